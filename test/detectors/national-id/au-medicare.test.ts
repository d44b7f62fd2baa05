import { describe, expect, it } from 'vitest';
import { medicareValid } from '../../../detectors/national-id/au-medicare.js';
import { expectFinding, expectNoFinding } from '../helpers.js';

// First digit 2-6, check digit 9 = (1,3,7,9,1,3,7,9)·d1..d8 mod 10, then the issue number and
// optionally the IRN. 2123 45670 1 is the example of Microsoft Presidio's recogniser tests; the
// others were computed to pass.
const positives: [name: string, text: string, value: string][] = [
  ['card grouping 4-5-1', 'Medicare 2123 45670 1', '2123 45670 1'],
  ['with the IRN', 'Medicare card number 2123 45670 1 1', '2123 45670 1 1'],
  ['IRN after a hyphen', 'Your Medicare number is 2950 12348 0-2.', '2950 12348 0-2'],
  ['plain 10 digits', 'Medicare no: 3716284900', '3716284900'],
  ['plain 11 digits', 'Medicare: 42817365803', '42817365803'],
  ['label further in the sentence', 'The Medicare card number we hold for you is 2123 45670 1.', '2123 45670 1'],
  ['label after the value', 'Received 2950 12348 0 (Medicare) today.', '2950 12348 0'],
  ['"Medicare card" further in the sentence', 'Your Medicare card ending in May still shows 2123 45670 1.', '2123 45670 1'],
];

const negatives: [name: string, text: string][] = [
  ['wrong check digit', 'Medicare 2123 45671 1'],
  ['first digit 7', 'Medicare 7123 45670 1'],
  ['IRN 0', 'Medicare 2123 45670 1 0'],
  ['valid, no keyword', 'Reference 2123 45670 1 noted.'],
  ['valid, order number', 'Order 3716284900 is on its way.'],
  ['invoice label nearer', 'Medicare details checked; invoice 3716284900 attached.'],
  ['phone label nearer', 'For Medicare questions call us on 2123 45670 1.'],
  ['claim label nearer than the keyword', 'The Medicare card we have on your claim is 2123 45670 1.'],
  ['bare "Medicare" as the programme, a US phone number', 'You can call Medicare at 2025550103.'],
  ['bare "Medicare" in a plan name', 'Medicare Advantage plan, member services 2025550103'],
  ['Australian mobile beside the keyword', 'Medicare will call you on 0412 345 678.'],
  ['keyword in another sentence', 'Bring your Medicare card. Your booking code is 3716284900.'],
  ['masked', 'Medicare **** ***70 1'],
  ['3-3-4 grouping', 'Medicare 212 345 6701'],
  ['12 digits', 'Medicare 212345670112'],
];

describe('au-medicare detector', () => {
  it.each(positives)('finds %s', (_name, text, value) => expectFinding(text, 'NATIONAL_ID', value, 'au_medicare'));
  it.each(negatives)('ignores %s', (_name, text) => expectNoFinding(text, ['NATIONAL_ID']));

  it('checks the first digit, the check digit and the IRN', () => {
    expect(medicareValid('2123456701')).toBe(true);
    expect(medicareValid('21234567011')).toBe(true);
    expect(medicareValid('21234567010')).toBe(false);
    expect(medicareValid('2123456711')).toBe(false);
    expect(medicareValid('1123456701')).toBe(false);
    expect(medicareValid('212345670')).toBe(false);
  });
});
