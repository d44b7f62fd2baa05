/**
 * NATIONAL_ID / au_medicare: the Australian Medicare card number, 10 digits as printed on the card,
 * 2123 45670 1 (4-5-1), or 11 with the holder's individual reference number (IRN, 1-9) after it,
 * 2123 45670 1 1. The first digit is 2-6; the ninth is a check digit, (1·d1 + 3·d2 + 7·d3 + 9·d4 +
 * 1·d5 + 3·d6 + 7·d7 + 9·d8) mod 10; the tenth is the card's issue number (Services Australia's
 * format; python-stdnum has no module for it).
 *
 * The check passes 1 number in 10 of those starting 2-6, and 10-11 digits is also a phone, order
 * or account number (an Australian phone number starts with 0 and never passes), so a Medicare
 * number is reported only with a Medicare keyword in its sentence: 0.95 right next to it, 0.85
 * further off. "Medicare" alone is also the programme a reply names ("call Medicare at ...", the
 * US one too), so the bare word counts only right next to the value as a field label ("Medicare:
 * 2123 45670 1"); "Medicare number", "Medicare card" and the others anywhere in the sentence.
 */
import { weightedDigitSum } from '../checksums.js';
import { words } from '../context.js';
import { bareOnlyAsField, checkedIdDetector } from './ke.js';

export const MEDICARE_WORDS = words('au-medicare', [
  'medicare', 'medicare number', 'medicare no', 'medicare num', 'medicare card', 'medicare card number',
  'medicare card no', 'medicare irn',
]);

const WEIGHTS = [1, 3, 7, 9, 1, 3, 7, 9];

/** First digit 2-6 and the check digit of 10 Medicare digits; an 11th, the IRN, is 1-9. */
export function medicareValid(d: string): boolean {
  if (!/^[2-6]\d{9}[1-9]?$/.test(d)) return false;
  return weightedDigitSum(d, WEIGHTS) % 10 === d.charCodeAt(8) - 48;
}

export const auMedicare = checkedIdDetector({
  id: 'au-medicare',
  subtype: 'au_medicare',
  description: "Australian Medicare card numbers (10 digits 4-5-1, first 2-6, weighted check digit; 11 with the IRN); only with a Medicare keyword in the sentence, bare \"Medicare\" only as the value's field label",
  words: MEDICARE_WORDS,
  total: [10, 11],
  groupings: ['10', '4,5,1', '11', '4,5,1,1', '4,5,2', '10,1'],
  separators: [' ', '-'],
  sameSeparator: false,
  valid: medicareValid,
  trusted: bareOnlyAsField(/^medicares?$/i),
});
