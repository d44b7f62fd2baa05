/**
 * NATIONAL_ID / ar_cuit: the Argentine CUIL / CUIT (Código Único de Identificación Laboral /
 * Clave Única de Identificación Tributaria, AFIP/ARCA), 11 digits written 2-8-1 with hyphens,
 * "20-39325828-4", or in one piece: a type prefix (20, 23, 24, 27 for persons; 30, 33, 34 for
 * companies), the holder's DNI padded to 8 digits, and a check digit: the first ten digits times
 * 5, 4, 3, 2, 7, 6, 5, 4, 3, 2, summed; 11 - sum mod 11, 11 read as 0, 10 never issued (AFIP
 * then changes the prefix to 23 or 33) (python-stdnum ar/cuit). Only persons' numbers are
 * reported, as for pt-nif and mx-rfc: a company's CUIT is printed on every invoice.
 *
 * The check and the prefix pass about one 11-digit number in 250, but 11 digits is also an
 * Argentine mobile number without its 9 ("11 6082 2131" with the area code) and an invoice
 * number, so a CUIL/CUIT is reported only with its keyword in the sentence: 0.95 right next to
 * it (Spanish filler included: "Su CUIL es ..."), 0.85 further off.
 */
import { weightedDigitSum } from '../checksums.js';
import { words } from '../context.js';
import { checkedIdDetector, localCheckedScore } from './ke.js';

export const CUIT_WORDS = words('ar-cuit', [
  'cuil', 'c.u.i.l', 'cuit', 'c.u.i.t', 'cuil cuit', 'código único de identificación laboral', 'codigo unico de identificacion laboral',
  'clave única de identificación tributaria', 'clave unica de identificacion tributaria', 'clave única de identificación laboral',
]);

const WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
const PERSON_PREFIXES = new Set(['20', '23', '24', '27']);

/** 11 digits: a person's prefix and the mod-11 check digit. */
export function cuitValid(d: string): boolean {
  if (!/^\d{11}$/.test(d) || !PERSON_PREFIXES.has(d.slice(0, 2))) return false;
  const r = 11 - (weightedDigitSum(d.slice(0, 10), WEIGHTS) % 11);
  const check = r === 11 ? 0 : r;
  return check < 10 && check === d.charCodeAt(10) - 48;
}

export const arCuit = checkedIdDetector({
  id: 'ar-cuit',
  subtype: 'ar_cuit',
  description: "Argentine CUIL / CUIT numbers of persons (11 digits 2-8-1: prefix 20/23/24/27, the DNI, a mod-11 check digit; companies' never); only with a CUIL / CUIT keyword in the sentence",
  words: CUIT_WORDS,
  total: 11,
  groupings: ['2,8,1', '11'],
  separators: ['-', ' '],
  sameSeparator: true,
  valid: cuitValid,
  score: (doc, labelOf, s) => localCheckedScore(doc, labelOf, s),
});
