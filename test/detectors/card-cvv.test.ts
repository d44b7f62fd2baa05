import { describe, it } from 'vitest';
import { expectFinding, expectNoFinding } from './helpers.js';

const positives: [name: string, text: string, value: string][] = [
  ['labelled', 'Card: 4111 1111 1111 1111 CVV: 123 - please never send these.', '123'],
  ['cvc label alone', 'The CVC is 987.', '987'],
  ['after expiry', '4111111111111111 12/27 123', '123'],
  ['after expiry with commas', '4111 1111 1111 1111, 08/26, 737', '737'],
  ['amex cid', 'Amex 3782 822463 10005, exp 11/2026, CID 1234', '1234'],
  ['security code near card', 'Your Visa card security code: 552', '552'],
  ['cvv2 in parentheses', 'CVV2 (321) on the back', '321'],
  ['digits on the back', 'the card ending 0611 and the three digits on the back (908) please', '908'],
  ['JSON field', '{"pan": "5597829837471937", "expiry": "12/27", "cvc": "090"}', '090'],
  ['German label', 'Kartennummer 4703 1364 0259 9298, gültig bis 11.2028, Prüfnummer 207.', '207'],
  ['Spanish label', 'tarjeta 4978 6864 8939 7303, fecha de caducidad 08-27, código de seguridad 530.', '530'],
  ['security number near a card', 'the card ending 4417, security number 790 please', '790'],
  ["forgot, it's", "card 4111 1111 1111 1111 - I forgot the security code, it's 796", '796'],
  ['Arabic verification code after a card', 'رقم البطاقة: 3589 8735 7654 1745\nتاريخ الانتهاء: 01/2026\nرمز التحقق: 933', '933'],
  ['Arabic card security code', 'رقم البطاقة 4111 1111 1111 1111 رمز الأمان 482', '482'],
];

const negatives: [name: string, text: string][] = [
  ['explanation', 'The CVV is the 3-digit code on the back of your card.'],
  ['masked', 'CVV: *** on file'],
  ['security code without card', 'Your security code for login is 482913.'],
  ['Arabic verification code of an SMS, no card', 'رمز التحقق: 933'],
  ['year after card', 'card 4111111111111111 renewed in 2027'],
  ['amount after card', '4111 1111 1111 1111 charged 250.00'],
  ['input placeholder', '<label for="cvc">CVC</label><input id="cvc" placeholder="123" maxlength="4">'],
];

describe('card CVV detector', () => {
  it.each(positives)('finds %s', (_name, text, value) => expectFinding(text, 'CARD_CVV', value));
  it.each(negatives)('ignores %s', (_name, text) => expectNoFinding(text, ['CARD_CVV']));
});
