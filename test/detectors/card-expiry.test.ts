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
];

const negatives: [name: string, text: string][] = [
  ['plain date', 'Your order ships on 12/03/2025.'],
  ['membership expiry', 'Your gym membership expires 12/27, renew online.'],
  ['OTP expiry', 'The code expires in 10 minutes.'],
  ['no card', 'Meeting on 12/27 at noon.'],
];

describe('card expiry detector', () => {
  it.each(positives)('finds %s', (_name, text, value) => expectFinding(text, 'CARD_EXPIRY', value));
  it.each(negatives)('ignores %s', (_name, text) => expectNoFinding(text, ['CARD_EXPIRY']));
});
