import { describe, expect, it } from 'vitest';
import { cnicValid } from '../../../detectors/national-id/pk-cnic.js';
import { expectFinding, expectNoFinding, found } from '../helpers.js';

// CNICs: 13 digits 5-7-1, the first digit the province (1-8); no check digit is published.
// 35202-3924317-4 is the example of the brief; the others are made up in the same format.
const positives: [name: string, text: string, value: string, score: number][] = [
  ['CNIC keyword, official grouping', 'The receiver is registered with CNIC 42101-1234567-3; please bring the card.', '42101-1234567-3', 0.95],
  ['NIC keyword', 'NIC: 35202-3924317-4', '35202-3924317-4', 0.95],
  ['computerised national identity card', 'Computerised National Identity Card 61101-7654321-8', '61101-7654321-8', 0.95],
  ['shanakhti card', 'Aap ka shanakhti card number 17301-2345678-5 hai.', '17301-2345678-5', 0.95],
  ['keyword further in the sentence', 'Please verify the CNIC of the account holder: 42101-1234567-3', '42101-1234567-3', 0.85],
  ['keyword after', 'We have 35202-3924317-4 (CNIC) on file.', '35202-3924317-4', 0.95],
  ['plain digits right after the keyword', 'CNIC: 4210112345673', '4210112345673', 0.95],
  ['spaced groups right after the keyword', 'CNIC 42101 1234567 3', '42101 1234567 3', 0.95],
  ['generic ID label, hyphenated form', 'ID card no. 17301-2345678-5', '17301-2345678-5', 0.9],
  ['national ID label, hyphenated form', 'national ID: 42101-1234567-3', '42101-1234567-3', 0.9],
  ['Urdu (extended Arabic-Indic) digits', 'CNIC ۴۲۱۰۱-۱۲۳۴۵۶۷-۳', '۴۲۱۰۱-۱۲۳۴۵۶۷-۳', 0.95],
];

const negatives: [name: string, text: string][] = [
  ['hyphenated form, no label', 'We received 42101-1234567-3 yesterday.'],
  ['hyphenated form labelled as a case', 'Your case 42101-1234567-3 is open.'],
  ['province digit 9', 'CNIC 92101-1234567-3'],
  ['province digit 0', 'CNIC 02101-1234567-3'],
  ['plain digits, keyword not next to them', 'Your CNIC was updated when we linked 4210112345673 to it.'],
  ['plain digits, generic ID label', 'ID number 4210112345673'],
  ['spaced groups, generic ID label', 'ID number 42101 1234567 3'],
  ['keyword in another sentence', 'We need your CNIC. The tracking number is 42101-1234567-3.'],
  ['a Pakistani mobile number', 'CNIC holders can call 0300-1234567.'],
  ['masked', 'CNIC 42101-*******-3'],
  ['wrong grouping', 'CNIC 4210-11234567-3'],
  ['glued to letters', 'CNIC REF-42101-1234567-3'],
];

describe('pk-cnic detector', () => {
  it.each(positives)('finds %s', (_name, text, value, score) => {
    expectFinding(text, 'NATIONAL_ID', value, 'pk_cnic');
    expect(found(text).find((f) => f.value === value)?.score).toBe(score);
  });
  it.each(negatives)('ignores %s', (_name, text) => expectNoFinding(text, ['NATIONAL_ID']));

  it('checks the province digit', () => {
    expect(cnicValid('3520239243174')).toBe(true);
    expect(cnicValid('8220312345671')).toBe(true);
    expect(cnicValid('9220312345671')).toBe(false);
    expect(cnicValid('352023924317')).toBe(false);
    expect(cnicValid('1111111111111')).toBe(false);
  });
});
