import { describe, expect, it } from 'vitest';
import { tfnValid } from '../../../detectors/national-id/au-tfn.js';
import { expectFinding, expectNoFinding, found } from '../helpers.js';

// Weights 1, 4, 3, 7, 5, 8, 6, 9, 10, sum a multiple of 11. 123 456 782 is python-stdnum's example,
// 876 543 210 and 112474082 from its test list; the 8-digit ones were computed to pass.
const positives: [name: string, text: string, value: string][] = [
  ['3-3-3 after TFN', 'TFN 123 456 782', '123 456 782'],
  ['plain after the long name', 'My tax file number is 876543210.', '876543210'],
  ['stdnum test number', 'Your TFN: 112474082 has been added to the payroll form.', '112474082'],
  ['hyphens', 'Tax file no. 465-738-290', '465-738-290'],
  ['label further in the sentence', 'The TFN that the ATO has on your employment record is 718 234 564.', '718 234 564'],
  ['label after the value', 'We received 385 910 241 (TFN) by email.', '385 910 241'],
  ['older 8-digit TFN', 'TFN 81234567', '81234567'],
  ['8-digit grouped 3-3-2', 'tax file number 812 345 67', '812 345 67'],
];

const negatives: [name: string, text: string][] = [
  ['wrong check', 'TFN 123 456 783'],
  ['stdnum invalid example', 'TFN 999 999 999'],
  ['valid, no keyword', 'Your reference is 123 456 782.'],
  ['valid, order number', 'Order 876543210 has shipped.'],
  ['invoice label nearer', 'TFN received; invoice 876543210 is attached.'],
  ['phone label nearer', 'Questions about your TFN? Call 465 738 290.'],
  ['keyword in another sentence', 'We do not need your TFN. Your member number is 718 234 564.'],
  ['masked', 'TFN *** *** 782'],
  ['masked with bullets', 'TFN ••• ••• 782'],
  ['10 digits', 'TFN 1234567820'],
  ['an amount', 'TFN withholding of $876,543,210 applies.'],
  ['glued to letters', 'TFN ref AB-123456782'],
];

describe('au-tfn detector', () => {
  it.each(positives)('finds %s', (_name, text, value) => expectFinding(text, 'NATIONAL_ID', value, 'au_tfn'));
  it.each(negatives)('ignores %s', (_name, text) => expectNoFinding(text, ['NATIONAL_ID']));

  it('is the only finding on a labelled TFN that is also Luhn-valid (a SIN shape)', () => {
    expect(found('TFN 123 456 782')).toEqual([{ type: 'NATIONAL_ID', subtype: 'au_tfn', value: '123 456 782', score: 0.95 }]);
  });

  it('checks the weighted sum', () => {
    expect(tfnValid('123456782')).toBe(true);
    expect(tfnValid('876543210')).toBe(true);
    expect(tfnValid('123456789')).toBe(false);
    expect(tfnValid('12345679')).toBe(true);
    expect(tfnValid('1234567')).toBe(false);
    expect(tfnValid('000000000')).toBe(false);
  });
});
