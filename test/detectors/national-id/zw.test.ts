import { describe, expect, it } from 'vitest';
import { zwCheckLetter, zwIdValid } from '../../../detectors/national-id/zw.js';
import { expectFinding, expectNoFinding, found } from '../helpers.js';

// Vectors: detection.md §1.8 (id_validation tests and zim-id), all mod-23 valid with known district codes.
const positives: [name: string, text: string, value: string][] = [
  ['dashed with spaced letter', 'Your ID 63-1174850 T 45 is on file.', '63-1174850 T 45'],
  ['compact after dash', 'Registered under 63-1174850T45 today.', '63-1174850T45'],
  ['all dashes', 'National ID: 50-025544-Q-12', '50-025544-Q-12'],
  ['ID label before a reference in a prepositional phrase', 'the national ID number on the claim form is 15-021146 G 04', '15-021146 G 04'],
  ['spaces', 'ID number 50 025544 Q 12, thanks.', '50 025544 Q 12'],
  ['fully compact 9 digits', 'chitupa 501174850W45', '501174850W45'],
  ['fully compact 8 digits', 'Please confirm 50025544Q12 for us.', '50025544Q12'],
  ['six-digit sequence', 'The applicant (43-165780-A-42) called.', '43-165780-A-42'],
  ['vector 77', 'I.D. 77-040785-H-77', '77-040785-H-77'],
  ['vector 75', 'ID no: 75-341502-L-70', '75-341502-L-70'],
  ['vector 49', 'national registration 49-008555-S-49', '49-008555-S-49'],
  ['vector 50 W', 'metal ID 50-2001148W50', '50-2001148W50'],
  ['vector 06', 'ID: 06-1522349S21', '06-1522349S21'],
  ['vector 07', 'my ID is 07-8870909Y08', '07-8870909Y08'],
  ['lower-case letter', 'id 63-8158549w19', '63-8158549w19'],
  ['end of sentence', 'We have 50-9924604Y50.', '50-9924604Y50'],
  ['html', '<p>ID:&nbsp;63&#8209;1174850&nbsp;T&nbsp;45</p>', '63&#8209;1174850&nbsp;T&nbsp;45'],
  ['full-width', 'ＩＤ ６３-１１７４８５０Ｔ４５', '６３-１１７４８５０Ｔ４５'],
  ['next to a phone', 'Call 0772 123 456. ID 43-165780-A-42.', '43-165780-A-42'],
  ['foreigner code 00 with keyword', 'ID 00-908555-J-49', '00-908555-J-49'],
  ['Shona label', 'Nhamba yechitupa: 63-751545-G-63', '63-751545-G-63'],
  ['on an ID card', 'but the one on your card reads 63-493218R27. Which one is correct?', '63-493218R27'],
];

const negatives: [name: string, text: string][] = [
  ['checksum failure', 'ID 50-925544-Q-12'],
  ['letter I never used', 'ID 50-925544-I-13'],
  ['wrong letter compact', 'ID 501174850T45'],
  ['invalid office code', 'ID 01-025544-Q-12'],
  ['invalid district code', 'ID 50-025544-Q-99'],
  ['00 without keyword', 'Holder 00-908555-J-49 registered.'],
  ['district 00 without keyword', 'Holder 49-908555-S-00 registered.'],
  ['order label', 'Order 63-1174850T45 has shipped.'],
  ['tracking label', 'Tracking number 50-025544-Q-12 left the depot.'],
  ['glued to letters', 'Code INV63-1174850T45 applies.'],
  ['continues with a dash', 'Part 63-1174850T45-2 in stock.'],
  ['three trailing digits', 'Code 50-025544-Q-123 applies.'],
  ['letter-digit reference', 'Booking 12345678A12 confirmed.'],
  ['session id', 'Session ID 63-1174850T45'],
  ['plain number', 'Call 0772 123 456 today.'],
];

describe('zw national ID detector', () => {
  it.each(positives)('finds %s', (_name, text, value) => expectFinding(text, 'NATIONAL_ID', value, 'zw_national_id'));
  it.each(negatives)('ignores %s', (_name, text) => expectNoFinding(text, ['NATIONAL_ID']));

  it('scores 0.85 alone and 0.95 with a keyword', () => {
    expect(found('Holder 63-1174850T45 confirmed.')[0]?.score).toBe(0.85);
    expect(found('Chitupa: 63-1174850T45')[0]?.score).toBe(0.95);
    expect(found('holder 63-1174850t45')[0]?.score).toBe(0.8);
  });

  it('computes the mod-23 letter (remainder 0 is Z)', () => {
    expect(zwCheckLetter('50025544')).toBe('Q');
    expect(zwCheckLetter('631174850')).toBe('T');
    expect(zwCheckLetter('23')).toBe('Z');
    expect(zwIdValid('63-1174850 T 45')).toBe(true);
    expect(zwIdValid('50 025544 q 12')).toBe(true);
    expect(zwIdValid('00-908555-J-49')).toBe(false);
    expect(zwIdValid('00-908555-J-49', true)).toBe(true);
    expect(zwIdValid('50-925544-Q-12')).toBe(false);
  });
});
