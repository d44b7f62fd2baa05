import { describe, expect, it } from 'vitest';
import { expectFinding, expectNoFinding, found } from '../helpers.js';

const positives: [name: string, text: string, value: string][] = [
  ['BVN colon', 'BVN: 22123456789', '22123456789'],
  ['your BVN is', 'Your BVN is 22123456789.', '22123456789'],
  ['long form', 'Bank Verification Number 22123456789', '22123456789'],
  ['BVN number', 'BVN number - 22123456789', '22123456789'],
  ['grouped', 'BVN 2212 345 6789', '2212 345 6789'],
  ['label after', 'He sent 22123456789 (BVN).', '22123456789'],
  ['phone-shaped but labelled', 'BVN: 08031234567', '08031234567'],
  ['html', '<td>BVN</td><td>22123456789</td>', '22123456789'],
  ['next to NIN', 'NIN: 12345678901, BVN: 22123456789', '22123456789'],
  ['label heading a phrase', 'the BVN on your GTBank account is 22409135320, and our records', '22409135320'],
  ['you entered', 'The BVN you entered (22301556534) is linked to another phone.', '22301556534'],
  ['where it is kept', 'We noticed the BVN on your account (22301556534) does not match your name.', '22301556534'],
  ['a participle as the field name', 'Account number: 0123456789\nBVN linked: 22409135320\nAlerts phone: 0803 123 4567', '22409135320'],
  ['in our system', 'The BVN in our system is 22409135320.', '22409135320'],
];

const negatives: [name: string, text: string][] = [
  ['unlabelled', 'Please confirm 22123456789 is correct.'],
  ['unlabelled mobile', 'Call 08031234567 for help.'],
  ['phone after BVN sentence', 'To link your BVN, call 08031234567.'],
  ['BVN verification of a phone', 'BVN verification failed for 08031234567'],
  ['10 digits', 'BVN 2212345678'],
  ['all one digit', 'BVN 22222222222'],
  ['account number', 'BVN linked. Account number 2212345678901'],
  ['reference', 'BVN update reference 22123456789'],
  ['linked to a phone', 'Your BVN is linked to 08031234567.'],
  ['two nouns after the preposition', 'The BVN on your savings account statement 22123456789'],
];

describe('ng BVN detector', () => {
  it.each(positives)('finds %s', (_name, text, value) => expectFinding(text, 'NATIONAL_ID', value, 'ng_bvn'));
  it.each(negatives)('ignores %s', (_name, text) => expectNoFinding(text, ['NATIONAL_ID']));

  it('leaves a number labelled NIN to the NIN detector', () => {
    expect(found('NIN: 22123456789').map((f) => f.subtype)).toEqual(['ng_nin']);
  });

  it('scores 0.95 and wins over the phone reading', () => {
    expect(found('BVN: 08031234567')).toEqual([{ type: 'NATIONAL_ID', subtype: 'ng_bvn', value: '08031234567', score: 0.95 }]);
  });
});
