/**
 * NATIONAL_ID / ar_dni: the Argentine Documento Nacional de Identidad (RENAPER), 7 or 8 digits,
 * written with dots as on the card ("39.325.828", "8.123.456") or plain. No check digit: the
 * number is a plain serial, so the same digits are amounts ("$39.325.828"), order, ticket and
 * phone numbers. It is reported only with its own keyword right next to it ("DNI 39.325.828",
 * "DNI N° 39325828", "(DNI 39.325.828)", "documento nacional de identidad: ..."): 0.95. A DNI
 * with a check letter (Spain, "54362315-K") is es-dni's; a CUIL/CUIT (the DNI between a 2-digit
 * prefix and a check digit) is ar-cuit's.
 */
import { words } from '../context.js';
import { checkedIdDetector, keywordNextToScore } from './ke.js';

// No compounds of "DNI" ("número de DNI"): the longer phrase would hide the "DNI" es-dni reads.
export const AR_DNI_WORDS = words('ar-dni', ['dni', 'd.n.i', 'documento nacional de identidad']);

/** One letter standing alone right after the number. */
const LETTER_AFTER = /^[ -]?\p{L}(?![\p{L}\d])/u;

/** 7-8 digits, not starting with 0, not one repeated digit. */
export function arDniValid(d: string): boolean {
  return /^[1-9]\d{6,7}$/.test(d) && !/^(\d)\1+$/.test(d);
}

export const arDni = checkedIdDetector({
  id: 'ar-dni',
  subtype: 'ar_dni',
  description: 'Argentine DNI numbers (7-8 digits, 39.325.828 or plain; no check digit); only right next to a DNI keyword',
  words: AR_DNI_WORDS,
  total: [7, 8],
  groupings: ['7', '8', '1,3,3', '2,3,3'],
  separators: ['.', ' '],
  sameSeparator: true,
  valid: arDniValid,
  // "DNI 54362315 k": a letter after the digits makes it a Spanish DNI written loosely (es-dni's to judge).
  score: (doc, labelOf, s) => (LETTER_AFTER.test(doc.text.slice(s.end, s.end + 3)) ? 0 : keywordNextToScore(doc, labelOf, s)),
});
