import { describe, expect, it } from 'vitest';
import { nuitCheckValid } from '../../../detectors/national-id/mz-nuit.js';
import { expectFinding, expectNoFinding, found } from '../helpers.js';

// NUIT: 9 digits, weighted mod-11 check digit; the keyword right next to it, or in the sentence when the check passes.
const positives: [name: string, text: string, value: string, score: number][] = [
  ['field list, check fails', 'Confirmamos a actualização dos seus dados:\nBI: 036725453361U\nNUIT: 217114324\nNIB/IBAN: MZ59292568398875209352746', '217114324', 0.9],
  ['check passes', 'NUIT 102345673', '102345673', 0.95],
  ['grouped 3-3-3', 'O seu NUIT é 400 339 910.', '400 339 910', 0.95],
  ['n.º filler', 'NUIT n.º 400005834', '400005834', 0.95],
  ['keyword further off, check passes', 'Recebemos o NUIT que nos enviou por e-mail ontem: 102346041', '102346041', 0.85],
  ['HTML', '<td>NUIT</td><td>102345673</td>', '102345673', 0.95],
  ['keyword after', 'Contribuinte 102345673 (NUIT)', '102345673', 0.95],
];

const negatives: [name: string, text: string][] = [
  ['keyword further off, check fails', 'Recebemos o NUIT que nos enviou por e-mail ontem: 217114324'],
  ['no keyword', 'Pedido 102345673 entregue.'],
  ['order number, keyword in another sentence', 'Envie o seu NUIT. A encomenda 102345673 segue amanhã.'],
  ['phone number', 'NUIT pendente, ligue para +258 84 123 4567'],
  ['amount', 'NUIT registado. Valor: 102.345.673,00 MT'],
  ['masked', 'NUIT *****5673'],
  ['one repeated digit', 'NUIT 111111111'],
];

describe('mz-nuit detector', () => {
  it.each(positives)('finds %s', (_name, text, value, score) => {
    expectFinding(text, 'NATIONAL_ID', value, 'mz_nuit');
    expect(found(text).find((f) => f.value === value)?.score).toBe(score);
  });
  it.each(negatives)('ignores %s', (_name, text) => {
    expect(found(text).filter((f) => f.subtype === 'mz_nuit')).toEqual([]);
  });
  it('ignores a bare number', () => expectNoFinding('Pedido 102345673 entregue.', ['NATIONAL_ID']));

  it('computes the check digit (python-stdnum examples)', () => {
    expect(nuitCheckValid('400339910')).toBe(true);
    expect(nuitCheckValid('400005834')).toBe(true);
    expect(nuitCheckValid('400339911')).toBe(false);
  });
});
