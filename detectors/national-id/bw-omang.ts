/**
 * NATIONAL_ID / bw_omang: the Botswana national identity card number (Omang), 9 digits whose 5th
 * digit is the holder's sex, 1 (male) or 2 (female), written 231527870 (also in threes, 231 527
 * 870). No check digit is published: the sex digit is the only structure, and it passes one
 * 9-digit number in five.
 *
 * So a number is reported only right next to the word "Omang" ("Omang 231527870", "Omang no.:
 * ...", "your Omang is ...", "231527870 (Omang)"): 0.95. Nine digits are also Botswana phone
 * numbers with a digit too many, order, account and meter numbers; a generic "ID number" label is
 * not enough, and a label of another kind nearer the number wins.
 */
import { words } from '../context.js';
import { checkedIdDetector, idLabelScore } from './ke.js';

export const OMANG_WORDS = words('bw-omang', [
  'omang', 'omang number', 'omang no', 'omang card', 'omang card number', 'omang id', 'omang id number',
]);

/** 9 digits, the 5th the sex digit 1 or 2, not one repeated digit. */
export function omangValid(d: string): boolean {
  return /^\d{4}[12]\d{4}$/.test(d) && !/^(\d)\1+$/.test(d);
}

export const bwOmang = checkedIdDetector({
  id: 'bw-omang',
  subtype: 'bw_omang',
  description: 'Botswana Omang numbers (9 digits, 5th digit the sex 1/2; no check digit); only right next to the word Omang',
  words: OMANG_WORDS,
  total: 9,
  groupings: ['9', '3,3,3'],
  separators: [' '],
  sameSeparator: true,
  valid: omangValid,
  score: (doc, labelOf, s) => idLabelScore(doc, labelOf, s, { direct: true, national: false }),
});
