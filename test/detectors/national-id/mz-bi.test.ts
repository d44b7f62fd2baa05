import { describe, expect, it } from 'vitest';
import { mzBiValid } from '../../../detectors/national-id/mz-bi.js';
import { expectFinding, expectNoFinding, found } from '../helpers.js';

// Mozambican BI: 12 digits and a letter, no check: only right next to its keyword.
const positives: [name: string, text: string, value: string, score: number][] = [
  ['field list', 'Confirmamos a actualização dos seus dados:\nBI: 036725453361U\nNUIT: 217114324', '036725453361U', 0.95],
  ['n.º filler', 'titular Osvaldo Mabunda, BI n.º 110101234567A. Obrigado.', '110101234567A', 0.95],
  ['long keyword', 'Bilhete de Identidade: 083819322722R', '083819322722R', 0.95],
  ['letter apart', 'BI 110101234567 A', '110101234567 A', 0.95],
  ['lower-case letter', 'o seu BI é 110101234567a', '110101234567a', 0.95],
  ['número do BI', 'Número do BI: 036725453361U', '036725453361U', 0.95],
  ['HTML', '<td>B.I.</td><td>036725453361U</td>', '036725453361U', 0.95],
];

const negatives: [name: string, text: string][] = [
  ['no keyword', 'Referência 036725453361U processada.'],
  ['keyword not next to it', 'Traga o BI ao balcão; a sua senha de atendimento é 036725453361U'],
  ['no letter', 'BI: 036725453361'],
  ['two letters (a code)', 'BI: 036725453361UX'],
  ['order number', 'Encomenda n.º 036725453361U'],
  ['Business Intelligence report id', 'BI report 036725453361 generated'],
  ['masked', 'BI: ********3361U'],
];

describe('mz-bi detector', () => {
  it.each(positives)('finds %s', (_name, text, value, score) => {
    expectFinding(text, 'NATIONAL_ID', value, 'mz_bi');
    expect(found(text).find((f) => f.value === value)?.score).toBe(score);
  });
  it.each(negatives)('ignores %s', (_name, text) => expectNoFinding(text, ['NATIONAL_ID']));

  it('checks the shape', () => {
    expect(mzBiValid('036725453361U')).toBe(true);
    expect(mzBiValid('036725453361')).toBe(false);
    expect(mzBiValid('000000000000A')).toBe(false);
  });
});
