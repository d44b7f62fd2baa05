import { describe, expect, it } from 'vitest';
import { chiValid } from '../../../detectors/national-id/uk-chi.js';
import { expectFinding, expectNoFinding, found } from '../helpers.js';

// Birth date DDMMYY, then the NHS mod-11 check. 0101011237 is Public Health Scotland's example
// (phsmethods chi_check); the others were computed to pass.
const positives: [name: string, text: string, value: string][] = [
  ['plain after "CHI number"', 'Your CHI number is 0101011237.', '0101011237'],
  ['birth date apart', 'CHI: 150385 4019', '150385 4019'],
  ['3-3-4', 'CHI no. 311 299 8766', '311 299 8766'],
  ['29 February', 'The CHI number on the referral is 2902881231.', '2902881231'],
  ['long name', 'Community Health Index number 0101011237', '0101011237'],
  ['lower-case compound keyword', 'your chi number 1503854019 was updated', '1503854019'],
  ['label after the value', 'Received 0101011237 (CHI) with the letter.', '0101011237'],
];

const negatives: [name: string, text: string][] = [
  ['wrong check digit', 'CHI number 0101011238'],
  ['not a birth date (day 32)', 'CHI number 3201201234'],
  ['not a birth date (month 13)', 'CHI number 0113011234'],
  ['lower-case bare "chi" is no keyword', 'tai chi class 0101011237 booked'],
  ['valid, no keyword', 'Reference 0101011237 noted.'],
  ['order label nearer', 'CHI number noted. Order number 0101011237 dispatched.'],
  ['phone label nearer', 'CHI number noted; call us on 0101011237.'],
  ['masked', 'CHI number ******1237'],
  ['11 digits', 'CHI number 01010112370'],
];

describe('uk-chi detector', () => {
  it.each(positives)('finds %s', (_name, text, value) => expectFinding(text, 'NATIONAL_ID', value, 'uk_chi'));
  it.each(negatives)('ignores %s', (_name, text) => expectNoFinding(text, ['NATIONAL_ID']));

  it('scores a labelled CHI number 0.95, and an NHS keyword gives the number to uk-nhs', () => {
    expect(found('CHI 0101011237')).toEqual([{ type: 'NATIONAL_ID', subtype: 'uk_chi', value: '0101011237', score: 0.95 }]);
    expect(found('NHS number 0101011237')).toEqual([{ type: 'NATIONAL_ID', subtype: 'uk_nhs', value: '0101011237', score: 0.95 }]);
  });

  it('checks the birth date and the check digit', () => {
    expect(chiValid('0101011237')).toBe(true);
    expect(chiValid('0101201234')).toBe(false);
    expect(chiValid('3201201234')).toBe(false);
    expect(chiValid('3102011234')).toBe(false);
    expect(chiValid('010101123')).toBe(false);
  });
});
