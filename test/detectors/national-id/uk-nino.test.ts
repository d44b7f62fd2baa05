import { describe, expect, it } from 'vitest';
import { ninoPrefixValid } from '../../../detectors/national-id/uk-nino.js';
import { expectFinding, found } from '../helpers.js';

// HMRC NIM39110: 2 letters + 6 digits + A-D; QQ 12 34 56 C is HMRC's documented dummy.
const labelled: [name: string, text: string, value: string][] = [
  ['NI number spaced', 'NI number QQ 12 34 56 C is on the P60.', 'QQ 12 34 56 C'],
  ['national insurance compact', 'Your National Insurance number: AB123456C', 'AB123456C'],
  ['NINO', 'NINO: JG 10 32 59 A', 'JG 10 32 59 A'],
  ['NI no', 'NI no. ZR 98 76 54 D', 'ZR 98 76 54 D'],
  ['lower case with keyword', 'national insurance: ab123456c', 'ab123456c'],
  ['dashed', 'National Insurance No QQ-12-34-56-B', 'QQ-12-34-56-B'],
  ['grouped digits', 'NI number CE 123456 A', 'CE 123456 A'],
  ['letters glued to spaced pairs', 'NI number: ML03 07 05C', 'ML03 07 05C'],
  ['label after', 'TW 65 43 21 B (national insurance number)', 'TW 65 43 21 B'],
  ['html', '<td>NI number</td><td>AB&nbsp;12&nbsp;34&nbsp;56&nbsp;C</td>', 'AB&nbsp;12&nbsp;34&nbsp;56&nbsp;C'],
  ['full-width', 'NI number ＡＢ１２３４５６Ｃ', 'ＡＢ１２３４５６Ｃ'],
  ['wrapped over two lines', 'Your National Insurance number is ZB 45\n93 07 D. Please quote it.', 'ZB 45\n93 07 D'],
];

const unlabelled: [name: string, text: string, value: string, min: number][] = [
  ['spaced shape', 'Please check QQ 12 34 56 C against the form.', 'QQ 12 34 56 C', 0.6],
  ['compact shape', 'Please check AB123456C against the form.', 'AB123456C', 0.55],
];

const negatives: [name: string, text: string][] = [
  ['lower case without keyword', 'see ab123456c in the log'],
  ['suffix E', 'NI number AB 12 34 56 E'],
  ['wrapped, without a NINO label', 'Your ref is ZB 45\n93 07 D.'],
  ['wrapped twice', 'NI number: AB 12\n34\n56 C'],
  ['first letter D', 'NI number DA 12 34 56 C'],
  ['second letter O', 'NI number AO 12 34 56 C'],
  ['unused prefix GB', 'NI number GB 12 34 56 C'],
  ['unused prefix ZZ', 'ZZ123456A'],
  ['unused prefix NT', 'NT 12 34 56 A'],
  ['five digits', 'NI number AB 12 34 5 C'],
  ['seven digits', 'AB1234567C'],
  ['inside a longer code', 'Part XAB123456C ships today.'],
  ['code continues', 'Ref AB123456C-2 attached.'],
  ['mixed separators', 'AB 12-34-56 C'],
  ['letters glued to dashed pairs', 'AB12-34-56C'],
  ['glued letters, one space-glued side', 'NI number AB 12 34 56C'],
  ['order label', 'Order AB123456C has shipped.'],
  ['booking reference', 'Booking reference AB 12 34 56 C confirmed.'],
  ['postcode', 'Deliver to SW1A 1AA, London.'],
  ['masked', 'NI number AB ** ** 56 C'],
  ['the dummy as a format example', 'Enter your National Insurance number in the format QQ 12 34 56 A (two letters, six digits, one letter).'],
];

describe('uk-nino detector', () => {
  it.each(labelled)('finds %s', (_name, text, value) => {
    expectFinding(text, 'NATIONAL_ID', value, 'uk_nino');
    const f = found(text).find((x) => x.value === value);
    expect(f?.score).toBeGreaterThanOrEqual(0.9);
  });

  it.each(unlabelled)('finds %s without a keyword', (_name, text, value, min) => {
    expectFinding(text, 'NATIONAL_ID', value, 'uk_nino');
    const f = found(text).find((x) => x.value === value);
    expect(f?.score).toBeGreaterThanOrEqual(min);
    expect(f?.score).toBeLessThan(0.7);
  });

  it.each(negatives)('ignores %s', (_name, text) => {
    expect(found(text).filter((f) => f.subtype === 'uk_nino')).toEqual([]);
  });

  it('applies the HMRC prefix rules', () => {
    for (const p of ['AB', 'CE', 'JG', 'ZR', 'TW', 'QQ']) expect(ninoPrefixValid(p), p).toBe(true);
    for (const p of ['DA', 'FA', 'IA', 'QA', 'UA', 'VA', 'AD', 'AF', 'AI', 'AO', 'AQ', 'AU', 'AV', 'BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ']) {
      expect(ninoPrefixValid(p), p).toBe(false);
    }
  });
});
