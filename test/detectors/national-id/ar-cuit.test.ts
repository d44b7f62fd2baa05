import { describe, expect, it } from 'vitest';
import { cuitValid } from '../../../detectors/national-id/ar-cuit.js';
import { expectFinding, expectNoFinding, found } from '../helpers.js';

// CUIL / CUIT of persons: prefix 20/23/24/27, the DNI, a mod-11 check digit.
const positives: [name: string, text: string, value: string, score: number][] = [
  ['CUIL, dashed', 'CUIL 20-39325828-5', '20-39325828-5', 0.95],
  ['CUIT, one piece', 'CUIT: 27123456780', '27123456780', 0.95],
  ['Spanish copula', 'Su CUIL es 23-34567890-5 según ANSES.', '23-34567890-5', 0.95],
  ['spaced, further in the sentence', 'Tu número de CUIL, que figura en el recibo, es 20 39325828 5.', '20 39325828 5', 0.85],
  ['HTML', '<p>C.U.I.T.: <b>20-39325828-5</b></p>', '20-39325828-5', 0.95],
  ['N° filler', 'CUIL N° 20-39325828-5', '20-39325828-5', 0.95],
];

const negatives: [name: string, text: string][] = [
  ['wrong check digit', 'CUIL 20-39325828-4'],
  ["a company's CUIT", 'CUIT 30-71234567-1'],
  ['no keyword', 'Referencia 20-39325828-5'],
  ['invoice number with the keyword elsewhere', 'Factura 20-39325828-5 emitida. Revisá tu CUIT en AFIP.'],
  ['phone number', 'CUIL pendiente; llamanos al 11 6082 2131'],
  ['masked', 'CUIL 20-********-5'],
  ['the DNI alone', 'CUIL 39325828'],
];

describe('ar-cuit detector', () => {
  it.each(positives)('finds %s', (_name, text, value, score) => {
    expectFinding(text, 'NATIONAL_ID', value, 'ar_cuit');
    expect(found(text).find((f) => f.value === value)?.score).toBe(score);
  });
  it.each(negatives)('ignores %s', (_name, text) => expectNoFinding(text, ['NATIONAL_ID']));

  it('checks prefix and check digit', () => {
    expect(cuitValid('20393258285')).toBe(true);
    expect(cuitValid('20393258284')).toBe(false);
    expect(cuitValid('30712345671')).toBe(false);
  });
});
