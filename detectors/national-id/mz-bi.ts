/**
 * NATIONAL_ID / mz_bi: the Mozambican Bilhete de Identidade (BI), 12 digits and a letter,
 * "110101234567A" (the first two digits the province of issue). No check digit is published, and
 * "BI" is also Business Intelligence, so a BI is reported only with its keyword right next to it
 * ("BI: 036725453361U", "BI n.º ...", "Bilhete de Identidade ..."): 0.95. The letter is glued to
 * the digits or set apart by one space or hyphen. An Angolan BI (9 digits, 2 letters, 3 digits)
 * is ao-bi's.
 */
import { words } from '../context.js';
import { checkedIdDetector, type GroupedNumber, keywordNextToScore } from './ke.js';

/** The Portuguese names of the identity card (Mozambique's and Angola's). */
export const BI_PHRASES: readonly string[] = [
  'bi', 'b.i', 'bilhete de identidade', 'bilhete de identificação', 'bilhete de identificacao',
  'nº do bi', 'n.º do bi', 'número do bi', 'numero do bi', 'número de bi', 'numero de bi',
];

export const MZ_BI_WORDS = words('mz-bi', BI_PHRASES);

/** The letter after the 12 digits: glued, or after one space or hyphen, and ending the token. */
function letter(text: string, n: GroupedNumber): { start: number; end: number; value: string } | undefined {
  const m = /^[ -]?([A-Za-z])(?![\p{L}\d])/u.exec(text.slice(n.end, n.end + 3));
  if (!m) return undefined;
  return { start: n.start, end: n.end + m[0].length, value: n.digits + m[1]!.toUpperCase() };
}

/** 12 digits and a letter, not one repeated digit. */
export function mzBiValid(value: string): boolean {
  return /^\d{12}[A-Z]$/.test(value) && !/^(\d)\1{11}/.test(value);
}

export const mzBi = checkedIdDetector({
  id: 'mz-bi',
  subtype: 'mz_bi',
  description: 'Mozambican BI numbers (12 digits + a letter; no check digit); only right next to a BI / Bilhete de Identidade keyword',
  words: MZ_BI_WORDS,
  total: 12,
  groupings: ['12'],
  separators: [],
  sameSeparator: true,
  valid: mzBiValid,
  around: letter,
  score: (doc, labelOf, s) => keywordNextToScore(doc, labelOf, s),
});
