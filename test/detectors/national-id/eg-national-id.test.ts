import { describe, expect, it } from 'vitest';
import { egIdValid } from '../../../detectors/national-id/eg-national-id.js';
import { expectFinding, expectNoFinding, found } from '../helpers.js';

// Egyptian IDs: C YYMMDD GG SSSS K, century 2/3, a real birth date, a governorate code; the check
// digit's algorithm is unpublished, so K is free. 29001011234567: 1990-01-01, Dakahlia (12).
const positives: [name: string, text: string, value: string, score: number][] = [
  ['national ID label', 'The application was matched to national ID 29001011234567.', '29001011234567', 0.9],
  ['Egyptian ID keyword', 'Egyptian ID: 30105152101238', '30105152101238', 0.95],
  ['keyword further in the sentence', 'We matched your Egyptian ID against the register and it is 30105152101238', '30105152101238', 0.85],
  ['Arabic label, Arabic-Indic digits', 'الرقم القومي: ٢٨٥١١٣٠٨٨٠٠١٢٥', '٢٨٥١١٣٠٨٨٠٠١٢٥', 0.95],
  ['Arabic label without the article', 'رقم قومي 29001011234567', '29001011234567', 0.95],
  ['Arabic label with "is"', 'الرقم القومى هو 29001011234567', '29001011234567', 0.95],
  ['transliterated keyword', 'raqam qawmi 29001011234567', '29001011234567', 0.95],
  ['ID number label', 'ID number 30105152101238', '30105152101238', 0.9],
  ['born abroad (88)', 'national ID: 28511308800125', '28511308800125', 0.9],
];

const negatives: [name: string, text: string][] = [
  ['unknown governorate 20', 'national ID 29001012034567'],
  ['century digit 1', 'national ID 19001011234567'],
  ['month 13', 'national ID 29013011234567'],
  ['birth date in the future', 'national ID 39912311234567'],
  ['a 2010 timestamp (born 1901)', 'ID: 20101231235959'],
  ['no label', 'Payment 29001011234567 was received.'],
  ['labelled as an order', 'Your order 29001011234567 has shipped.'],
  ['generic label not next to it', 'Your national ID was updated when we processed 29001011234567.'],
  ['Arabic label, an order label nearer', 'الرقم القومي و order no 29001011234567'],
  ['13 digits', 'national ID 2900101123456'],
  ['15 digits', 'national ID 290010112345678'],
  ['masked', 'national ID ***********567'],
];

describe('eg-national-id detector', () => {
  it.each(positives)('finds %s', (_name, text, value, score) => {
    expectFinding(text, 'NATIONAL_ID', value, 'eg_national_id');
    expect(found(text).find((f) => f.value === value)?.score).toBe(score);
  });
  it.each(negatives)('ignores %s', (_name, text) => expectNoFinding(text, ['NATIONAL_ID']));

  it('checks century, date and governorate', () => {
    expect(egIdValid('29001011234567')).toBe(true);
    expect(egIdValid('30002291234567')).toBe(true);
    expect(egIdValid('29002291234567')).toBe(false);
    expect(egIdValid('29001013634567')).toBe(false);
    expect(egIdValid('2900101123456')).toBe(false);
  });
});
