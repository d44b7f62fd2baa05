import { describe, expect, it } from 'vitest';
import { omangValid } from '../../../detectors/national-id/bw-omang.js';
import { expectFinding, expectNoFinding, found } from '../helpers.js';

// Omang numbers: 9 digits, the 5th the sex digit (1 male, 2 female); no check digit exists.
const positives: [name: string, text: string, value: string][] = [
  ['keyword right before', 'Dumela Kabo, the account is now linked to Omang 123415678.', '123415678'],
  ['"Omang number:" field', 'Omang number: 987624321', '987624321'],
  ['copula between', 'Thanks, your Omang is 123415678 and the card will be ready on Friday.', '123415678'],
  ['keyword after, in brackets', 'We received 987624321 (Omang) with the form.', '987624321'],
  ['grouped in threes', 'Omang no. 123 412 345', '123 412 345'],
  ['Omang ID label', 'Omang ID 987624321 verified.', '987624321'],
];

const negatives: [name: string, text: string][] = [
  ['5th digit not a sex digit', 'Omang 123435678'],
  ['one repeated digit', 'Omang 111111111'],
  ['no keyword, generic ID label', 'ID number 123415678'],
  ['no label at all', 'The parcel 123415678 left Gaborone this morning.'],
  ['keyword in the sentence but not next to the number', 'Your Omang was verified when we opened 123415678 for you.'],
  ['another label nearer the number', 'Your Omang was checked; meter number 123415678 is linked.'],
  ['8 digits (a Botswana mobile number)', 'Omang holder, call us on 71234567.'],
  ['10 digits', 'Omang 1234156789'],
  ['masked', 'Omang *****5678'],
  ['international phone number', 'Omang holders can call +267 123 415 678.'],
];

describe('bw-omang detector', () => {
  it.each(positives)('finds %s', (_name, text, value) => expectFinding(text, 'NATIONAL_ID', value, 'bw_omang'));
  it.each(negatives)('ignores %s', (_name, text) => expectNoFinding(text, ['NATIONAL_ID']));

  it('scores 0.95 right next to the keyword and masks all but two digits', () => {
    expect(found('Omang 123415678')).toEqual([{ type: 'NATIONAL_ID', subtype: 'bw_omang', value: '123415678', score: 0.95 }]);
  });

  it('checks the sex digit', () => {
    expect(omangValid('123415678')).toBe(true);
    expect(omangValid('987624321')).toBe(true);
    expect(omangValid('123405678')).toBe(false);
    expect(omangValid('12341567')).toBe(false);
    expect(omangValid('222222222')).toBe(false);
  });
});
