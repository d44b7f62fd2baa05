import { describe, expect, it } from 'vitest';
import { saIdValid } from '../../../detectors/national-id/sa-national-id.js';
import { expectFinding, expectNoFinding, found } from '../helpers.js';

// Saudi national ID / iqama: 10 digits, first 1 or 2, Luhn.
const positives: [name: string, text: string, value: string, score: number][] = [
  ['Arabic label', 'تم تحديث بياناتك:\nرقم الهوية الوطنية: 1919992840\nرقم الآيبان: SA09 0125 2165 7552 6406 8791', '1919992840', 0.95],
  ['Arabic iqama label', 'رقم الإقامة 2087654329 مسجل لدينا', '2087654329', 0.95],
  ['iqama keyword', 'Your iqama number is 2087654329.', '2087654329', 0.95],
  ['hawiya keyword', 'hawiya: 1012345672', '1012345672', 0.95],
  ['national ID label', 'National ID: 1919992840', '1919992840', 0.9],
  ['keyword further in the sentence', 'We updated the iqama you sent us yesterday to 2087654337', '2087654337', 0.85],
  ['HTML', '<td>Iqama</td><td>2087654329</td>', '2087654329', 0.95],
  ['Arabic possessive', 'رقم هويتك 1919992840', '1919992840', 0.95],
  ['bare Arabic label right before it', 'الهوية: 1919992840', '1919992840', 0.95],
  ['Arabic iqama with possessive', 'رقم إقامتك: 2087654329', '2087654329', 0.95],
  ['Arabic-Indic digits', 'رقم الهوية: ١٩١٩٩٩٢٨٤٠', '١٩١٩٩٩٢٨٤٠', 0.95],
];

const negatives: [name: string, text: string][] = [
  ['Luhn failure', 'Iqama 2087654320'],
  ['first digit 3', 'Iqama 3087654321'],
  ['no label', 'Reference 1919992840 was processed.'],
  ['order number with an ID word elsewhere', 'Order 1919992840 shipped. Bring your ID.'],
  ['Saudi mobile', 'Iqama pending, call 0551234567'],
  ['customer ID', 'Customer ID: 1919992840'],
  ['masked', 'Iqama ******2840'],
  ['bare Arabic word elsewhere, order number', 'يرجى إحضار الهوية عند استلام الطلب رقم 1919992840'],
  ['amount', 'Iqama renewal fee SAR 1919992840.00'],
];

describe('sa-national-id detector', () => {
  it.each(positives)('finds %s', (_name, text, value, score) => {
    expectFinding(text, 'NATIONAL_ID', value, 'sa_national_id');
    expect(found(text).find((f) => f.value === value)?.score).toBe(score);
  });
  it.each(negatives)('ignores %s', (_name, text) => expectNoFinding(text, ['NATIONAL_ID']));

  it('checks prefix and Luhn', () => {
    expect(saIdValid('1919992840')).toBe(true);
    expect(saIdValid('1919992841')).toBe(false);
    expect(saIdValid('0919992840')).toBe(false);
  });
});
