/**
 * NATIONAL_ID / co_cedula: the Colombian cédula de ciudadanía (Registraduría Nacional), 6 to 10
 * digits, written with dots ("1.035.112.003", "79.456.123") or plain. No check digit: the same
 * digits are amounts in pesos, invoice, order and phone numbers, so a cédula is reported only with
 * its keyword right next to it ("cédula 1035112003", "C.C. 79.456.123", "cédula de ciudadanía
 * número ...", "CC No. ..."): 0.95. "C.C." / "CC" counts only in capitals ("cc" is a carbon copy).
 * The word "cédula" names the identity document in much of Latin America: a Chilean one with its
 * check digit (12.345.678-5) is cl-rut's, read there.
 */
import { words } from '../context.js';
import { checkedIdDetector, keywordNextToScore, type KeywordTrust } from './ke.js';

export const CEDULA_WORDS = words('co-cedula', [
  'cédula', 'cedula', 'cédula de ciudadanía', 'cedula de ciudadania', 'cédula de extranjería', 'cedula de extranjeria',
  'número de cédula', 'numero de cedula', 'no de cédula', 'c.c', 'cc',
  // Also cl-rut's (Ecuador, Venezuela, Costa Rica...: "cédula de identidad 1712345678"): a phrase only
  // one list held would hide the "cédula" inside it from the other.
  'cédula de identidad', 'cedula de identidad',
]);

/** 6-10 digits, not starting with 0, not one repeated digit. */
export function cedulaValid(d: string): boolean {
  return /^[1-9]\d{5,9}$/.test(d) && !/^(\d)\1+$/.test(d);
}

/** "C.C." / "CC" only in capitals, right before the number. */
const capitalCc: KeywordTrust = (word) => !/^c\.?c\b/i.test(word) || /^C\.?C\b/.test(word);

export const coCedula = checkedIdDetector({
  id: 'co-cedula',
  subtype: 'co_cedula',
  description: 'Colombian cédula de ciudadanía numbers (6-10 digits, 1.035.112.003 or plain; no check digit); only right next to a cédula / C.C. keyword',
  words: CEDULA_WORDS,
  total: [6, 7, 8, 9, 10],
  groupings: ['6', '7', '8', '9', '10', '3,3', '1,3,3', '2,3,3', '3,3,3', '1,3,3,3'],
  separators: ['.', ' '],
  sameSeparator: true,
  valid: cedulaValid,
  score: (doc, labelOf, s) => keywordNextToScore(doc, labelOf, s, capitalCc),
});
