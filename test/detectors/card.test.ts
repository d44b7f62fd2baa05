import { describe, it } from 'vitest';
import { expectFinding, expectNoFinding } from './helpers.js';

// Real-format PANs: Stripe and Presidio test numbers from detection.md §1.1, all Luhn-valid.
const positives: [name: string, text: string, value: string, subtype: string][] = [
  ['visa spaced', 'The card on file is 4111 1111 1111 1111, thanks.', '4111 1111 1111 1111', 'visa'],
  ['visa plain', 'I tried to charge 4242424242424242 again.', '4242424242424242', 'visa'],
  ['visa dashed', 'card 4012-8888-8888-1881 declined', '4012-8888-8888-1881', 'visa'],
  ['visa dotted', 'use 4000.0566.5566.5556 please', '4000.0566.5566.5556', 'visa'],
  ['visa double spaces', 'number 4111  1111  1111  1111 ok', '4111  1111  1111  1111', 'visa'],
  ['spaced hyphens', 'card 5123 - 4567 - 8901 - 2346 here', '5123 - 4567 - 8901 - 2346', 'mastercard'],
  ['line break inside', 'card number 4111 1111\n1111 1111 is on file', '4111 1111\n1111 1111', 'visa'],
  ['mastercard 5-series', 'Mastercard 5555555555554444.', '5555555555554444', 'mastercard'],
  ['mastercard 2-series', 'new card 2223003122003222 added', '2223003122003222', 'mastercard'],
  ['mastercard debit', 'debit 5200 8282 8282 8210', '5200 8282 8282 8210', 'mastercard'],
  ['amex 4-6-5', 'Amex 3782 822463 10005 expires soon', '3782 822463 10005', 'amex'],
  ['amex plain', 'card: 371449635398431', '371449635398431', 'amex'],
  ['discover', 'Discover 6011 1111 1111 1117', '6011 1111 1111 1117', 'discover'],
  ['diners 14', 'Diners 3622 720627 1667', '3622 720627 1667', 'diners'],
  ['jcb', 'JCB 3566 0020 2036 0505', '3566 0020 2036 0505', 'jcb'],
  ['unionpay 19', 'UnionPay 6205500000000000004', '6205500000000000004', 'unionpay'],
  ['maestro dankort', 'card 5019717010103742', '5019717010103742', 'maestro'],
  // Its first 16 digits are Luhn-valid too: the whole 4-4-4-4-3 number is the card, not 16 digits and a CVV.
  ['maestro 19 digits printed 4-4-4-4-3', 'the Maestro card 5020 8437 6659 3451 321 cannot be used', '5020 8437 6659 3451 321', 'maestro'],
  ['no card word', 'Can you confirm 4111111111111111 is right?', '4111111111111111', 'visa'],
  ['full-width digits', 'カード ４１１１ １１１１ １１１１ １１１１', '４１１１ １１１１ １１１１ １１１１', 'visa'],
  ['non-breaking spaces', 'card 4111\u00a01111\u00a01111\u00a01111', '4111\u00a01111\u00a01111\u00a01111', 'visa'],
  ['zero-width spaces', 'card 4111\u200b1111\u200b1111\u200b1111', '4111\u200b1111\u200b1111\u200b1111', 'visa'],
  ['html markup inside', '<p>Card: 4111<span>1111</span>1111 1111</p>', '4111<span>1111</span>1111 1111', 'visa'],
  ['html entities', 'Card: 4111&nbsp;1111&nbsp;1111&nbsp;1111', '4111&nbsp;1111&nbsp;1111&nbsp;1111', 'visa'],
  ['numeric entities', 'Card: &#52;111 1111 1111 1111', '&#52;111 1111 1111 1111', 'visa'],
  ['followed by expiry and cvv', '4111 1111 1111 1111 12 27 123', '4111 1111 1111 1111', 'visa'],
  ['two cards', 'old 4111111111111111, new 5555555555554444', '5555555555554444', 'mastercard'],
  ['diners international 3095', 'the Diners 3095 3621 5476 7838 card', '3095 3621 5476 7838', 'diners'],
  ['slashes between groups', 'my card is 4916/4206/3736/6811 pls check', '4916/4206/3736/6811', 'visa'],
  ['commas between groups', 'the digits as 4916, 2905, 6643, 7960 in the form', '4916, 2905, 6643, 7960', 'visa'],
  ['card word before a prepositional reference', 'the card on the order is 5481 3542 0107 2400', '5481 3542 0107 2400', 'mastercard'],
  ['field label with a reference noun', 'Card number on the booking: 5534  7541  4066  7201', '5534  7541  4066  7201', 'mastercard'],
  ['card word right before, reference earlier', 'the order for card 4111111111111111 was refunded', '4111111111111111', 'visa'],
  ['reference mentioned, not labelling', 'The card stored for your monthly membership is 4216120765609415.', '4216120765609415', 'visa'],
  ['loyalty account mentioned', 'add the following card to your loyalty account: 4046 6151<br>9696 1240.', '4046 6151<br>9696 1240', 'visa'],
  ['dash then a line break', 'the customer used 5393-2075-\n8148-3315, please refund', '5393-2075-\n8148-3315', 'mastercard'],
  ['over a line break in quoted mail', '> Yes, it is 3412 730552\n> 95761 expiring 11 / 30', '3412 730552\n> 95761', 'amex'],
  ['over a line break, quoted twice', '> > card 4111 1111\n> > 1111 1111 thanks', '4111 1111\n> > 1111 1111', 'visa'],
  ['in a ticket, over a line break', 'it wrapped over two lines in the ticket: 4485 2145\n6657 9002. I asked', '4485 2145\n6657 9002', 'visa'],
  ['a sentence ends after the reference word', 'Thanks for the order. 4111 1111 1111 1111 is the card we charged.', '4111 1111 1111 1111', 'visa'],
  ['after a word of four capitals, not an IBAN', 'Card VISA 4111 1111 1111 1111 was declined.', '4111 1111 1111 1111', 'visa'],
];

// Hard negatives: Luhn-valid or card-shaped numbers that are not cards.
const negatives: [name: string, text: string][] = [
  ['a prepaid electricity token of five four-digit groups', 'Meter number: 42908667817 Token: 6369-3562-8971-9112-9490 Units: 195.3 kWh'],
  ['decimal fraction (Luhn-valid digits after "0.")', 'the element had `opacity: 0.4111111111111111` which Safari truncated'],
  ['decimal fraction in a measurement', 'Latitude -17.5123456789012346 was logged by the courier app.'],
  ['luhn-valid order number', 'Your order number 4111111111111111 has shipped.'],
  ['invoice label', 'Invoice 5555555555554444 is attached.'],
  ['tracking number', 'Tracking 1Z999AA10123456784 left the depot.'],
  ['ms timestamp', 'event at 1748503543012 in the log'],
  ['court case number', 'case no 1747-9192-2056-7223 was closed'],
  ['luhn failure', 'card 4111 1111 1111 1112'],
  ['luhn failure user expectation', 'card 1234-5678-1234-5678'],
  ['masked', 'The card shown as **** **** **** 4242 will be charged.'],
  ['masked with X', 'card XXXX-XXXX-XXXX-4242 removed'],
  ['card ending in', 'The card ending in 1111 has been removed.'],
  ['phone with plus', 'Call +44 20 7946 0958 now'],
  ['ean barcode', 'Item SKU 4006381333931 is back in stock.'],
  ['imei', 'IMEI 356938035643809 registered'],
  ['glued to letters', 'ref ABC4111111111111111 noted'],
  ['amount', 'We refunded USD 1,250.00 on 14/03/2025.'],
  ['no issuer range', 'number 9111111111111110 in our system'],
  ['list of amounts', 'instalments 1234, 5678, 9012, 3456 are due'],
  ['order number is', 'your order number is 4111 1111 1111 1111'],
  ['quoted order number over a line break into a date', '> Order 4111 1111\n> 2025-09-17 shipped'],
  ['reference number over a line break into a date', 'stan=004471 rrn=526011004471\n2025-09-17 11:02:41 auth'],
  ['backup codes in a row', 'Backup codes: 4829-1177 3301-9046 7712-5830   0094-2263 6158-4472 2840-7719'],
  ['order no. with its dot', 'Thanks for your order! Order no. 5625 7372 4126 5470 has shipped and should arrive in 3-5 days.'],
  ['ref. with its dot', 'Ref. 4111 1111 1111 1111 is on the invoice.'],
  ['digits inside an IBAN of the wrong length', "Beneficiary Achieng O'Brien, IBAN MU71 BOMM 5071 2436 1756 0247 57MU R, SWIFT code MCBLMUMU."],
];

// A card typed one group per cell of a form or an HTML/TSV table.
const cells = (...groups: string[]) => groups.map((g) => `<td>${g}</td>`).join('');
const inCells: [name: string, text: string, value: string, subtype: string][] = [
  ['one group per HTML cell', `<p>The card the customer entered is below (one group per cell):</p>\n<table><tr>${cells('4111', '1111', '1111', '1111')}</tr></table>`, '4111</td><td>1111</td><td>1111</td><td>1111', 'visa'],
  ['after a label cell', `<table><tr><td>Card number</td>${cells('5500', '0000', '0000', '0004')}</tr></table>`, '5500</td><td>0000</td><td>0000</td><td>0004', 'mastercard'],
  ['under a card header', `<table><tr><th>Card number</th><th></th><th></th><th></th></tr><tr>${cells('4111', '1111', '1111', '1111')}</tr></table>`, '4111</td><td>1111</td><td>1111</td><td>1111', 'visa'],
  ['amex 4-6-5 in cells', `Amex on the old form:\n<table><tr>${cells('3782', '822463', '10005')}</tr></table>`, '3782</td><td>822463</td><td>10005', 'amex'],
  ['pasted TSV', 'card from the sheet:\n\t4111\t1111\t1111\t1111\nthanks', '4111\t1111\t1111\t1111', 'visa'],
];
const inCellsNegatives: [name: string, text: string][] = [
  ['quantities under column names', `<p>Card sales by season:</p><table><tr><th>Spring</th><th>Summer</th><th>Autumn</th><th>Winter</th></tr><tr>${cells('4111', '1111', '1111', '1111')}</tr></table>`],
  ['a row of a table of figures', `<p>Card payments:</p><table><tr>${cells('4111', '1111', '1111', '1111')}</tr><tr>${cells('1200', '1300', '1400', '1500')}</tr></table>`],
  ['no card word', `<p>Totals below:</p><table><tr>${cells('4111', '1111', '1111', '1111')}</tr></table>`],
  ['years', `<p>Card schemes we supported:</p><table><tr>${cells('2019', '2020', '2021', '2022')}</tr></table>`],
  ['a number between the card word and the row', `<p>Card report 2024, units per depot:</p><table><tr>${cells('4111', '1111', '1111', '1111')}</tr></table>`],
  ['not the last cells of the row', `<p>The card:</p><table><tr>${cells('4111', '1111', '1111', '1111')}<td>12 units</td></tr></table>`],
  ['Luhn fails', `<p>The card the customer entered:</p><table><tr>${cells('4111', '1111', '1111', '1112')}</tr></table>`],
  ['groups of three', `<p>Card counts:</p><table><tr>${cells('411', '111', '111', '111', '111')}</tr></table>`],
];

// A transcript reads a card out digit by digit, a comma between the groups.
const spoken: [name: string, text: string, value: string, subtype: string][] = [
  ['spoken groups after a card question', 'AGENT: Can I take the card for the excess?\nCALLER: Yeah, hang on.\nCALLER: Okay, it\'s 4 1 1 1, 1 1 1 1, 1 1 1 1, 1 1 1 1.', '4 1 1 1, 1 1 1 1, 1 1 1 1, 1 1 1 1', 'visa'],
  ['mastercard read out', 'Customer: my Mastercard is 5 5 0 0, 0 0 0 0, 0 0 0 0, 0 0 0 4 thanks', '5 5 0 0, 0 0 0 0, 0 0 0 0, 0 0 0 4', 'mastercard'],
];
const spokenNegatives: [name: string, text: string][] = [
  ['no card word', 'CALLER: the pallet counts are 4 1 1 1, 1 1 1 1, 1 1 1 1, 1 1 1 1.'],
  ['amounts in a card context', 'Card payments this week: 1,250, 3,400, 2,100 and 4,111.'],
  ['a number between the card word and the list', 'Card fees for 2025 were: 4 1 1 1, 1 1 1 1, 1 1 1 1, 1 1 1 1.'],
  ['spoken Luhn failure', 'Can I take the card? CALLER: 4 1 1 1, 1 1 1 1, 1 1 1 1, 1 1 1 2.'],
];

describe('card detector', () => {
  it.each(spoken)('finds a spoken card: %s', (_name, text, value, subtype) => expectFinding(text, 'CARD_NUMBER', value, subtype));
  it.each(spokenNegatives)('ignores spoken: %s', (_name, text) => expectNoFinding(text, ['CARD_NUMBER']));
  it.each(inCells)('finds a card in cells: %s', (_name, text, value, subtype) => expectFinding(text, 'CARD_NUMBER', value, subtype));
  it.each(inCellsNegatives)('ignores cells: %s', (_name, text) => expectNoFinding(text, ['CARD_NUMBER']));
  it.each(positives)('finds %s', (_name, text, value, subtype) => expectFinding(text, 'CARD_NUMBER', value, subtype));
  it.each(negatives)('ignores %s', (_name, text) => expectNoFinding(text, ['CARD_NUMBER']));
});
