import { describe, it } from 'vitest';
import { expectFinding, expectNoFinding } from './helpers.js';

const positives: [name: string, text: string, value: string][] = [
  ['after card', 'The card on file is 4111 1111 1111 1111, expiring 12/27.', '12/27'],
  ['directly after card', '4111111111111111 12/27 123', '12/27'],
  ['labelled exp', 'card 5555555555554444 exp 08/2027', '08/2027'],
  ['valid thru', 'Visa, valid thru 11/26', '11/26'],
  ['expiry date label alone', 'Expiry date: 03/28', '03/28'],
  ['month name', 'card expires Dec 2027', 'Dec 2027'],
  ['spaced after card', 'Amex 378282246310005 11 26', '11 26'],
  ['compact after a card and label', 'card 4833-5064-9650-3260 exp 0328 cvv 044', '0328'],
  ['query string after a card', 'notes: "card=4217093338877679&exp=0927".', '0927'],
  ['expired after a card', 'Card A 4024 4509 3407 9816 - failed (expired 02/26)', '02/26'],
  ['JSON fields', '{"pan": "5597829837471937", "expiry": "12/27", "cvc": "090"}', '12/27'],
  ['German label', 'Kartennummer 4703 1364 0259 9298, gültig bis 11.2028, Prüfnummer 207.', '11.2028'],
  ['Spanish label', 'tarjeta 4978 6864 8939 7303, fecha de caducidad 08-27, código de seguridad 530.', '08-27'],
  ['label in brackets in Japanese', 'JCBカード 3528-2916-5664-7601（有効期限 05/29）で決済', '05/29'],
  ['French expirant le', 'carte 4149 4648 1851 3576 expirant le 09/26 a bien', '09/26'],
  ['French valable jusqu\'au', 'Votre nouvelle carte 4302 5827 3872 7027, valable jusqu\'au 08/29. Cordialement', '08/29'],
  ['Spanish válida hasta', 'la tarjeta 4978 6864 8939 7303 es válida hasta 10/28.', '10/28'],
  ['Shona inopera', 'ndeaya: 4486 8448 7924 3661 (inopera 06/27) ne', '06/27'],
  ['compact MMYY ending the run', 'for the annual plan: 5446 0123 4000 3173 0928. He asked', '0928'],
  ['compact YYMM in a payment message', 'POST /charge PAN=4122862213593468;EXP=2903;CVV2=406;AMT=189800', '2903'],
  ['abbreviated exp. in brackets after a card', 'the deposit on card 2201 8867 4127 6179 (exp. 05/29) did not go through', '05/29'],
  ['Exp. label with a card word', 'Visa card, Exp. 05/29, declined twice.', '05/29'],
  ['Swahili inaisha after a card', 'nambari ya kadi: 2203 2864 7929 9188\ninaisha: 11/29\nCVV: 996', '11/29'],
  ['Arabic expiry date label after a card', 'رقم البطاقة: 3589 8735 7654 1745\nتاريخ الانتهاء: 01/2026\nرمز التحقق: 933', '01/2026'],
  ['Arabic validity label after a card', 'رقم البطاقة 4111 1111 1111 1111 تاريخ انتهاء الصلاحية 11-29', '11-29'],
];

const negatives: [name: string, text: string][] = [
  ['plain date', 'Your order ships on 12/03/2025.'],
  ['Swahili offer ends', 'Ofa inaisha: 11/29. Karibu!'],
  ['Arabic expiry label of a subscription', 'تاريخ انتهاء الاشتراك: 01/2026'],
  ['Arabic expiry date of an offer, no card', 'تاريخ الانتهاء: 01/2026 للعرض'],
  ['membership expiry', 'Your gym membership expires 12/27, renew online.'],
  ['OTP expiry', 'The code expires in 10 minutes.'],
  ['no card', 'Meeting on 12/27 at noon.'],
  ['expiry of a masked card', 'Visa •••• 4417 (expires 08/27), Mastercard ending 0082 (expires 01/29)'],
  ['expiry of a masked Amex (five digits shown)', 'Amex •••• 31005 (expires 05/28); Amex ending 71009, expiry 11/27'],
  ['compact number without a card', 'the offer expires 1230 hours today'],
  ['voucher valid until', 'a gift voucher 6363 3166 8472, value €50.00, valid until 09/26. Redeem online.'],
  ['French valable jusqu\'au without a card', 'Ce bon de réduction est valable jusqu\'au 08/29.'],
  ['amount after a card in a table', '| 3 | 2235 2829 6870 8971 | 12.50 | Not received |'],
  ['amount after a card in CSV', 'CB-1003,5167139879237703,9.99,4837,2025-09-11'],
  ['a year after a card, not YYMM', 'card 4111111111111111 expired in 2012 and was replaced'],
  ['YYMM without a card', 'EXP=2903;AMT=189800'],
  ['exp. of a masked card', 'Visa ending 4417 (exp. 05/29)'],
];

// A transcript asks for the expiry and the answer comes on the next line; a batch's expiry is not a card's.
const asked: [name: string, text: string, value: string][] = [
  ['answer after a speaker tag', 'CALLER: it is 4111 1111 1111 1111.\nAGENT: And the expiry?\nCALLER: 05/28.', '05/28'],
  ['answer on the same line', 'Card 5555 5555 5555 4444. Expiry date? 11/27 I think', '11/27'],
  ['spoken card, then the question', 'AGENT: Can I take the card?\nCALLER: 4 1 1 1, 1 1 1 1, 1 1 1 1, 1 1 1 1.\nAGENT: Expiry?\nCustomer: 09/29', '09/29'],
];
const productExpiry: [name: string, text: string][] = [
  ['batch number before the expiry', 'The prescription charge is £9.90. Order reference PH-110233, batch number 31B204, expiry 11/2026.'],
  ['lot number', 'Card payment taken. Lot 4471B exp 03/27 on the box.'],
  ['best before', 'Paid by card. Best before end, expiry 09/26.'],
  ['a question with no card around', 'What is the expiry?\nCustomer: 05/28 on the passport'],
];

describe('card expiry detector', () => {
  it.each(asked)('finds an expiry given as an answer: %s', (_name, text, value) => expectFinding(text, 'CARD_EXPIRY', value));
  it.each(productExpiry)('ignores %s', (_name, text) => expectNoFinding(text, ['CARD_EXPIRY']));
  it.each(positives)('finds %s', (_name, text, value) => expectFinding(text, 'CARD_EXPIRY', value));
  it.each(negatives)('ignores %s', (_name, text) => expectNoFinding(text, ['CARD_EXPIRY']));
});
