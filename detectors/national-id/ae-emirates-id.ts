/**
 * NATIONAL_ID / ae_emirates_id: the UAE Emirates ID number (ICP), 15 digits written
 * 784-1990-1234567-1: the country code 784, the holder's year of birth, a 7-digit serial and a
 * Luhn check digit over all 15. python-stdnum has no module for it; the layout and the Luhn
 * check are ICP's card format.
 *
 * Written in its own 3-4-7-1 grouping the number is distinctive on its own: the literal 784, a
 * year 19xx/20xx and Luhn leave about 1 random 15-digit number in 500,000, and no order, phone or
 * card number is written 3-4-7-1, so it is reported without a keyword at 0.85 (a label of another
 * kind nearer it, "order 784-...", drops it). Plain 15 digits are also tracking and order numbers:
 * those need an Emirates ID keyword in the sentence, 0.95 right next to it, 0.85 further off, as
 * the grouped form gets with its keyword. The bare "EID" counts only in capitals ("Eid" is the
 * holiday).
 */
import { luhnValid } from '../checksums.js';
import { words } from '../context.js';
import { checkedIdDetector } from './ke.js';

export const EMIRATES_ID_WORDS = words('ae-emirates-id', [
  'emirates id', 'emirates id number', 'emirates id no', 'emirates id card', 'emirates identity card',
  'emirates identity card number', 'emirates identity number', 'eid', 'eid number', 'eid no', 'uae id', 'uae id number',
  'uae id card', 'uae identity card',
]);

/** 784, a birth year 1900-2099, 7 serial digits and the Luhn check digit. */
export function emiratesIdValid(d: string): boolean {
  return /^784(?:19|20)\d{10}$/.test(d) && luhnValid(d);
}

export const aeEmiratesId = checkedIdDetector({
  id: 'ae-emirates-id',
  subtype: 'ae_emirates_id',
  description: 'UAE Emirates ID numbers (784-YYYY-NNNNNNN-C: the literal 784, a birth year, Luhn over the 15 digits); the 3-4-7-1 grouping alone, plain 15 digits with an Emirates ID / EID keyword',
  words: EMIRATES_ID_WORDS,
  total: 15,
  groupings: ['15', '3,4,7,1'],
  separators: ['-', ' '],
  sameSeparator: true,
  valid: emiratesIdValid,
  trusted: (word) => !/^eids?$/i.test(word) || word.startsWith('EID'),
  unlabelled: (n) => (n.lengths.length === 4 ? 0.85 : 0),
});
