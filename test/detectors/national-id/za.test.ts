import { describe, expect, it } from 'vitest';
import { zaBirthDateValid, zaIdValid } from '../../../detectors/national-id/za.js';
import { expectFinding, expectNoFinding, found } from '../helpers.js';

// Vectors: detection.md §1.8 (Presidio / Purview / VeerGosai), date + C/A + Luhn valid.
const positives: [name: string, text: string, value: string][] = [
  ['plain with keyword', 'Your ID number is 8001015009087.', '8001015009087'],
  ['plain without keyword', 'Please confirm 8001015000086 is correct.', '8001015000086'],
  ['ID book grouping', 'Her ID is 800101 5009 087.', '800101 5009 087'],
  ['ID book grouping 6-4-2-1', 'RSA ID 800101 5009 08 7', '800101 5009 08 7'],
  ['hyphens', 'Applicant 800101-5009-087 verified.', '800101-5009-087'],
  ['6-7 grouping', 'SA ID: 920220 1234088', '920220 1234088'],
  ['leap day 2000', 'identity number 0002294321191', '0002294321191'],
  ['1999 birth', 'South African ID 9912316789285', '9912316789285'],
  ['2000 birth', 'smart ID card 0001015002288', '0001015002288'],
  ['odd grouping with keyword', 'ID 80 01 01 5009 087', '80 01 01 5009 087'],
  ['after a label on the line above', 'ID Number:\n8001015009087', '8001015009087'],
  ['html table', '<tr><td>ID number</td><td>8001015009087</td></tr>', '8001015009087'],
  ['full-width', 'ＩＤ ８００１０１５００９０８７', '８００１０１５００９０８７'],
  ['nbsp groups', 'ID&nbsp;800101&nbsp;5009&nbsp;087', '800101&nbsp;5009&nbsp;087'],
  ['ID/passport field', 'ID/Passport number: 8001015009087', '8001015009087'],
  ['Afrikaans label', 'ID-nommer 8001015009087', '8001015009087'],
  ['beside a phone', 'ID: 8001015009087, phone 082 123 4567', '8001015009087'],
  // Born in 1945: the same digits are a Luhn-valid 13-digit Visa (0.7); the ID reading wins.
  ['Visa-shaped ID without keyword', 'Client 4501015009080 confirmed.', '4501015009080'],
  ['Maestro-shaped ID', 'Client 6301015009083 confirmed.', '6301015009083'],
  ['two IDs side by side', 'IDs 8001015009087 8001015000086', '8001015000086'],
  ['in a pasted table row before a phone', 'Lebo Masilo 0009176445089 072 555 0164 Capitec', '0009176445089'],
  ['label before a place phrase', 'he confirmed his ID number on the call as 8308049014086. Regards', '8308049014086'],
  ['IVR answer, digit groups as read out', 'IVR log 27-02-2026 13:20\nSYSTEM: Please say or key in your ID number.\nCALLER: 94 06 11 0948 080\nSYSTEM: Thank you.', '94 06 11 0948 080'],
  ['call transcript answer with timestamp and filler', '[00:01:10] Agent: Can I have your SA ID number please?\n[00:01:14] Customer: yes, it\'s 80 0101 50 09 087', '80 0101 50 09 087'],
  ['isiXhosa keyword and copula', 'Sifumene isicelo sakho. Inombolo yesazisi esiyibhalileyo ngu-6305199214088. Uza kufumana i-SMS.', '6305199214088'],
  ['isiXhosa keyword, odd grouping', 'Inombolo yesazisi: 63 05 19 9214 088', '63 05 19 9214 088'],
  ['isiZulu keyword', 'Inombolo kamazisi wakho ngu-8001015009087.', '8001015009087'],
];

const negatives: [name: string, text: string][] = [
  ['checksum failure', 'ID number 8001015009086'],
  ['invalid date', 'ID number 9913326789285'],
  ['not a date', 'ID number 1234567890123'],
  ['29 Feb in a non-leap year', 'ID 0102294321199'],
  ['citizenship digit 3 (Luhn-valid)', 'ID 8001015009384'],
  ['A digit 7 (Luhn-valid)', 'ID 8001015009079'],
  ['ms timestamp', 'event at 1748503543012 in the log'],
  ['ms timestamp 2', 'created 1548138160707'],
  ['EAN-13 labelled barcode (also a valid ID shape)', 'Barcode 6001015000096 scanned at the till.'],
  ['EAN label', 'EAN: 6001015000096'],
  ['SKU label', 'SKU 6001015000096 is back in stock.'],
  ['barcode label after', 'Scan 6001015000096 (barcode) at the till.'],
  ['order number', 'Order number 8001015009087 has shipped.'],
  ['reference label', 'Reference: 8001015009087'],
  ['customer id', 'Customer ID 8001015009087'],
  ['session id', 'Session ID 8001015009087'],
  ['phone label', 'tel 8001015009087'],
  ['card label', 'Card 4501015009080 was declined.'],
  ['international phone', 'Call +27 82 123 4567 today.'],
  ['00-prefixed phone', 'Dial 00 27 82 123 4567 from abroad.'],
  ['plus-prefixed', 'Number +8001015009087'],
  ['part of a longer number', 'Code 80010150090871 applies.'],
  ['glued to letters', 'Ref ZA8001015009087 applies.'],
  ['odd grouping without keyword', 'Numbers 80 01 01 5009 087 listed.'],
  ['answer to a prompt for a phone number', 'SYSTEM: Please key in your phone number.\nCALLER: 94 06 11 0948 080'],
  ['prompt answered by another number first', 'SYSTEM: Please key in your ID number.\nCALLER: 1234\nSYSTEM: And your reference?\nCALLER: 94 06 11 0948 080'],
  ['more than the number in the turn', 'SYSTEM: Please key in your ID number.\nCALLER: the order was 94 06 11 0948 080 last week'],
  ['prompt three turns above', 'Agent: Can I have your ID number?\nCustomer: hold on, I need to find the document first.\nAgent: no problem, take your time.\nCustomer: 94 06 11 0948 080'],
  ['glued to a word that is no copula', 'Ref ngumbhalo-94061109480 80'],
];

describe('za ID detector', () => {
  it.each(positives)('finds %s', (_name, text, value) => expectFinding(text, 'NATIONAL_ID', value, 'za_id'));
  it.each(negatives)('ignores %s', (_name, text) => expectNoFinding(text, ['NATIONAL_ID']));

  it('scores 0.75 alone and 0.95 with a keyword', () => {
    expect(found('Please confirm 8001015009087 is correct.')).toEqual([{ type: 'NATIONAL_ID', subtype: 'za_id', value: '8001015009087', score: 0.75 }]);
    expect(found('RSA ID 8001015009087')[0]?.score).toBe(0.95);
  });

  it('wins over the 13-digit Visa reading of the same digits', () => {
    const all = found('Client 4501015009080 confirmed.');
    expect(all.map((f) => f.type)).toEqual(['NATIONAL_ID']);
  });

  it('validates date, C/A digits and Luhn', () => {
    for (const v of ['8001015009087', '8001015000086', '9202201234088', '0002294321191', '9912316789285', '0001015002288']) {
      expect(zaIdValid(v), v).toBe(true);
    }
    for (const v of ['8001015009086', '9913326789285', '1234567890123', '800101500908']) expect(zaIdValid(v), v).toBe(false);
    expect(zaBirthDateValid('000229')).toBe(true);
    expect(zaBirthDateValid('010229')).toBe(false);
    expect(zaBirthDateValid('801301')).toBe(false);
    expect(zaBirthDateValid('800100')).toBe(false);
  });
});
