import { describe, expect, it } from 'vitest';
import { directGap } from '../../../detectors/national-id/ke.js';
import { expectFinding, expectNoFinding, found } from '../helpers.js';

// No checksum: a Kenyan ID is reported only right next to an ID keyword (detection.md §1.8).
const positives: [name: string, text: string, value: string][] = [
  ['national ID', 'National ID: 23456789', '23456789'],
  ['ID number', 'Your ID number is 23456789.', '23456789'],
  ['ID no.', 'ID No. 2345678 is on the form.', '2345678'],
  ['ID no. glued', 'ID No.23456789', '23456789'],
  ['ID colon', 'Name: Jane Wanjiru\nID: 23456789\nPhone: 0712 345 678', '23456789'],
  ['ID hash glued', 'ID#23456789', '23456789'],
  ['I.D. no', 'I.D. no 23456789', '23456789'],
  ['your ID', 'your ID is 23456789', '23456789'],
  ["customer's ID", "the customer's ID is 23456789", '23456789'],
  ['identity card', 'Identity card no. 23456789', '23456789'],
  ['ID card number', 'ID card number 23456789', '23456789'],
  ['Kenyan ID', 'Kenyan ID 1234567', '1234567'],
  ['kitambulisho', 'Kitambulisho namba 23456789', '23456789'],
  ['Swahili phrase', 'nambari ya kitambulisho ni 23456789', '23456789'],
  ['Swahili: that we registered', 'Nambari yako ya kitambulisho tuliyosajili ni: 34991969', '34991969'],
  ['Swahili: that we verified', 'Nambari ya kitambulisho tuliyothibitisha ni 26980580.', '26980580'],
  ['label | value table row', '| national ID number | 28741241 |', '28741241'],
  ['label after in brackets', 'She gave 23456789 (my ID number) on the call.', '23456789'],
  ['label after', '23456789 is my national ID', '23456789'],
  ['ID / passport field', 'ID/Passport No: 23456789', '23456789'],
  ['label on the line above', 'National ID number:\n23456789', '23456789'],
  ['html table', '<tr><td>National ID</td><td>23456789</td></tr>', '23456789'],
  ['full-width digits', 'National ID: ２３４５６７８９', '２３４５６７８９'],
  ['spaced groups', 'ID number 23 456 789', '23 456 789'],
  ['before a comma and a phone', 'ID: 23456789, phone 0712345678', '23456789'],
  ['with a KRA PIN', 'Your ID 23456789 and KRA PIN A012345678K are on file', '23456789'],
  ['Markdown bold label', '**National ID:** 23456789', '23456789'],
  ['nationality before ID', 'RSA ID: 12345678', '12345678'],
  ['nationality label after', '23456789 is my Kenyan ID', '23456789'],
  ['bare ID after a person name in a list', '1. Peter Kamau, ID 23233877, KES 60,000 2. Mary Njeri, ID 47704849, KES 50,000', '47704849'],
  ['bare ID in brackets after a name', 'Contact: Grace Wanjiru (ID 31207745, KRA PIN A004512983Z)', '31207745'],
];

const negatives: [name: string, text: string][] = [
  ['unlabelled 8 digits', 'Please confirm 23456789 is right.'],
  ['unlabelled 7 digits', 'We noted 2345678 in the log.'],
  ['bare ID without colon', 'Dear customer, the ID 23456789 you quoted is not in our system.'],
  ['customer ID', 'Customer ID 23456789'],
  ['user ID', 'The user ID is 23456789'],
  ['order ID', 'Order ID: 23456789'],
  ['ticket ID', 'Ticket ID: 23456789'],
  ['session ID', 'Session ID: 23456789'],
  ['Apple ID', 'Apple ID: 23456789'],
  ['employee ID', 'Employee ID: 2345678'],
  ['agent ID', 'Agent ID - 7654321'],
  ['order/ID', 'Order/ID: 23456789'],
  ['transaction ID', 'M-Pesa transaction ID 23456789 received'],
  ['M-Pesa', 'Your M-Pesa number 23456789 was credited.'],
  ['paybill and account', 'Paybill 247247, account no 23456789'],
  ['till', 'Till number 2345678'],
  ['business number', 'Business number 2345678'],
  ['order', 'Your order 23456789 has shipped.'],
  ['amount', 'Paid KSh 12,500 on 12/05/2024.'],
  ['spaced amount', 'Paid KSh 12 500 000 today.'],
  ['date after ID label', 'ID: 12-05-2024'],
  ['phone after ID label', 'ID: 0712 345 678'],
  ['9 digits', 'National ID: 234567890'],
  ['6 digits', 'National ID: 234567'],
  ['all one digit', 'National ID: 11111111'],
  ['leading zero', 'National ID: 01234567'],
  ['ID word far from the number', 'Your ID was verified yesterday. Your new account 23456789 is active.'],
  ['sentence between', 'National ID scanned. 23456789 is the receipt no.'],
  ['other number between', 'ID: see ticket 55, amount 23456789'],
  ['NIN label', 'NIN: 23456789'],
  ['glued reference', 'ID: INV-23456789'],
  ['decimal', 'ID: 23456789.50'],
  ['more digits in the group', 'ID: 23456789 0712345678'],
  ['masked', 'National ID: ****5678'],
  ['after-label bare ID', '23456789 ID verified'],
  ['masked after a bold label', 'National ID: ** 23456789'],
  ['bare ID in brackets after a product name', 'Model Zeta Pro (ID 31207745) is out of stock'],
];

describe('ke national ID detector', () => {
  it.each(positives)('finds %s', (_name, text, value) => expectFinding(text, 'NATIONAL_ID', value, 'ke_national_id'));
  it.each(negatives)('ignores %s', (_name, text) => expectNoFinding(text, ['NATIONAL_ID']));

  it('scores 0.95 after a national-ID keyword and 0.9 after "ID:"', () => {
    expect(found('National ID: 23456789')).toEqual([{ type: 'NATIONAL_ID', subtype: 'ke_national_id', value: '23456789', score: 0.95 }]);
    expect(found('ID: 23456789')[0]?.score).toBe(0.9);
  });

  it('reports nothing for any unlabelled 7-8 digit number', () => {
    for (let i = 0; i < 200; i++) {
      const n = String(1_000_000 + ((i * 7_919_993) % 98_999_999));
      expect(found(`Thanks, ${n} noted.`).filter((f) => f.type === 'NATIONAL_ID')).toEqual([]);
    }
  });

  it('keeps "ID card number" a national-ID word, not a card-number request', () => {
    expect(found('Please send us your ID card number.')).toEqual([]);
    expect(found('Please reply with your identity card number and KRA PIN.')).toEqual([]);
  });

  it('accepts only filler between a label and its value', () => {
    const t = 'ID number on file is: 23456789';
    expect(directGap(t, 'ID number'.length, t.indexOf('2'))).toBe(true);
    const u = 'ID verified, send 23456789';
    expect(directGap(u, 2, u.indexOf('2'))).toBe(false);
  });
});
