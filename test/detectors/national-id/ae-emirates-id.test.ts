import { describe, expect, it } from 'vitest';
import { emiratesIdValid } from '../../../detectors/national-id/ae-emirates-id.js';
import { expectFinding, expectNoFinding, found } from '../helpers.js';

// 784, a birth year, a 7-digit serial and a Luhn check digit over all 15, computed to pass.
const positives: [name: string, text: string, value: string, score: number][] = [
  ['card grouping after the keyword', 'Emirates ID 784-1990-1234567-6', '784-1990-1234567-6', 0.95],
  ['card grouping alone', 'Please confirm 784-1985-7654321-3 is correct.', '784-1985-7654321-3', 0.85],
  ['spaced grouping alone', 'The holder 784 1976 3456789 1 renewed last month.', '784 1976 3456789 1', 0.85],
  ['plain after EID', 'EID 784200011223342', '784200011223342', 0.95],
  ['plain, keyword further in the sentence', 'The Emirates ID on the tenancy contract reads 784199212345674.', '784199212345674', 0.85],
  ['label after the value', 'We received 784199012345676 (Emirates ID) today.', '784199012345676', 0.95],
];

const negatives: [name: string, text: string][] = [
  ['wrong check digit', 'Emirates ID 784-1990-1234567-5'],
  ['wrong check digit, grouped, alone', 'Please confirm 784-1990-1234567-5.'],
  ['not 784', 'Emirates ID 785-1990-1234567-6'],
  ['year outside 19xx/20xx', 'Emirates ID 784-1890-1234567-1'],
  ['plain, no keyword', 'Tracking 784199012345676 is in transit.'],
  ['"Eid" the holiday is no keyword', 'Eid Mubarak! Your order 784199012345676 ships after the holiday.'],
  ['order label nearer the grouped number', 'Order 784-1990-1234567-6 has shipped.'],
  ['order label nearer, keyword earlier', 'Emirates ID checked. Order number 784199012345676 shipped.'],
  ['keyword in another sentence', 'We have your Emirates ID. Your tracking number is 784199012345676.'],
  ['masked', 'Emirates ID 784-****-*****67-6'],
  ['masked tail only', 'Emirates ID ending 7-6'],
  ['other grouping', 'Emirates ID 7841 9901 2345 676'],
  ['glued to letters', 'Emirates ID REF-784-1990-1234567-6'],
];

describe('ae-emirates-id detector', () => {
  it.each(positives)('finds %s', (_name, text, value, score) => {
    expectFinding(text, 'NATIONAL_ID', value, 'ae_emirates_id');
    expect(found(text).find((f) => f.value === value)?.score).toBe(score);
  });
  it.each(negatives)('ignores %s', (_name, text) => expectNoFinding(text, ['NATIONAL_ID']));

  it('is no card number', () => {
    expect(found('784199012345676 Emirates ID').map((f) => f.type)).toEqual(['NATIONAL_ID']);
  });

  it('checks the prefix, the year and Luhn', () => {
    expect(emiratesIdValid('784199012345676')).toBe(true);
    expect(emiratesIdValid('784199012345675')).toBe(false);
    expect(emiratesIdValid('785199012345676')).toBe(false);
    expect(emiratesIdValid('78419901234567')).toBe(false);
  });
});
