import { describe, expect, it } from 'vitest';
import { panValid } from '../../../detectors/national-id/in-pan.js';
import { expectFinding, found } from '../helpers.js';

// 5 letters + 4 digits + letter; the 4th letter is the holder type (P = person).
const labelled: [name: string, text: string, value: string, min: number][] = [
  ['PAN', 'PAN: ABCPE1234F', 'ABCPE1234F', 0.95],
  ['PAN card', 'Your PAN card number BNZPM2501F is verified.', 'BNZPM2501F', 0.95],
  ['permanent account number', 'Permanent Account Number AFZPK7190K', 'AFZPK7190K', 0.95],
  ['income tax', 'Income tax records show ALWPG5809L.', 'ALWPG5809L', 0.95],
  ['HUF PAN with keyword', 'PAN AAAHR5055K of the family', 'AAAHR5055K', 0.9],
  ['lower case with keyword', 'pan card abcpe1234f', 'abcpe1234f', 0.9],
  ['label after', 'ABCPE1234F (PAN) was updated', 'ABCPE1234F', 0.95],
  ['form example with impossible holder letter, labelled', 'PAN: ABCDE1234F', 'ABCDE1234F', 0.8],
  ['html', '<td>PAN</td><td><b>ABCPE1234F</b></td>', 'ABCPE1234F', 0.95],
  ['full-width', 'PAN ＡＢＣＰＥ１２３４Ｆ', 'ＡＢＣＰＥ１２３４Ｆ', 0.95],
];

const negatives: [name: string, text: string][] = [
  ['company PAN without keyword', 'Vendor AAACR5055K invoiced us.'],
  ['lower case without keyword', 'token abcpe1234f expired'],
  ['invalid holder letter without keyword', 'ABCDE1234F'],
  ['invalid holder letter, reference label', 'Ticket ABCDE1234F is open.'],
  ['too few letters', 'PAN ABCP1234F'],
  ['five digits', 'PAN ABCPE12345F'],
  ['longer token', 'XABCPE1234F'],
  ['digit after', 'ABCPE1234F9'],
  ['code continues', 'ABCPE1234F-01'],
  ['booking reference', 'Booking reference ABCPE1234F confirmed.'],
  ['coupon', 'Use coupon SAVEP2024X at checkout.'],
  ['order', 'Order ABCPE1234F has shipped.'],
  ['a company PAN even with its keyword', 'Our GSTIN is 29AABCT1332L1ZU and company PAN AABCT1332L.'],
];

describe('in-pan detector', () => {
  it.each(labelled)('finds %s', (_name, text, value, min) => {
    expectFinding(text, 'NATIONAL_ID', value, 'in_pan');
    const f = found(text).find((x) => x.value === value);
    expect(f?.score).toBeGreaterThanOrEqual(min);
  });

  it('finds an upper-case person PAN without a keyword at a modest score', () => {
    const text = 'Please verify ABCPE1234F before filing.';
    expectFinding(text, 'NATIONAL_ID', 'ABCPE1234F', 'in_pan');
    const f = found(text).find((x) => x.subtype === 'in_pan');
    expect(f?.score).toBeGreaterThanOrEqual(0.5);
    expect(f?.score).toBeLessThan(0.7);
  });

  it.each(negatives)('ignores %s', (_name, text) => {
    expect(found(text).filter((f) => f.subtype === 'in_pan')).toEqual([]);
  });

  it('validates the holder type', () => {
    for (const t of 'PCHFATBLJG') expect(panValid(`ABC${t}E1234F`), t).toBe(true);
    for (const t of 'DEIKMNOQRSUVWXYZ') expect(panValid(`ABC${t}E1234F`), t).toBe(false);
  });
});
