import { describe, expect, it } from 'vitest';
import { aoBiValid } from '../../../detectors/national-id/ao-bi.js';
import { expectFinding, expectNoFinding, found } from '../helpers.js';

// Angolan BI: 9 digits, 2 province letters, 3 digits; no check: only right next to its keyword.
const positives: [name: string, text: string, value: string, score: number][] = [
  ['n.º filler, mid sentence', 'O salário será transferido para o IBAN AO70 0040 0793 0489 9342 5699 7, titular Teresa Baptista, BI n.º 000630513LA084. Obrigado.', '000630513LA084', 0.95],
  ['colon', 'BI: 000465823BE026', '000465823BE026', 0.95],
  ['spaced', 'Bilhete de Identidade 000465823 BE 026', '000465823 BE 026', 0.95],
  ['nº', 'BI nº 004512345HO031', '004512345HO031', 0.95],
  ['HTML', '<li><b>BI:</b> 000630513LA084</li>', '000630513LA084', 0.95],
  ["NIF (a person's NIF is the BI number)", 'NIF: 000630513LA084', '000630513LA084', 0.95],
  ['keyword after', 'Documento 000630513LA084 (BI)', '000630513LA084', 0.95],
];

const negatives: [name: string, text: string][] = [
  ['no keyword', 'Código 000630513LA084 registado.'],
  ['keyword in another sentence', 'Traga o BI. O processo 000630513LA084 está aberto.'],
  ['three letters', 'BI: 000630513LAX084'],
  ['short tail', 'BI: 000630513LA08'],
  ['tracking number', 'Tracking 000630513LA084'],
  ['masked', 'BI n.º *********LA084'],
];

describe('ao-bi detector', () => {
  it.each(positives)('finds %s', (_name, text, value, score) => {
    expectFinding(text, 'NATIONAL_ID', value, 'ao_bi');
    expect(found(text).find((f) => f.value === value)?.score).toBe(score);
  });
  it.each(negatives)('ignores %s', (_name, text) => expectNoFinding(text, ['NATIONAL_ID']));

  it('checks the shape', () => {
    expect(aoBiValid('000630513LA084')).toBe(true);
    expect(aoBiValid('000630513L0084')).toBe(false);
  });
});
