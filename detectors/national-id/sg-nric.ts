/**
 * NATIONAL_ID / sg_nric: Singapore's NRIC and FIN numbers (ICA), a prefix letter, 7 digits and a
 * check letter: S1234567D. S and T (born from 2000) are citizens' and permanent residents' NRICs,
 * F and G foreigners' FINs, M the FINs issued from 2022. The check: 2·d1 + 7·d2 + 6·d3 + 5·d4 +
 * 4·d5 + 3·d6 + 2·d7, plus 4 for T and G, 3 for M, mod 11, indexes "JZIHGFEDCBA" (S, T),
 * "XWUTRQPNMLK" (F, G) or "XWUTRQPNJLK" (M; ICA publishes it as 11 − remainder into
 * "KLJNPQRTUWX"). python-stdnum has no module for it; this is ICA's published algorithm.
 *
 * The letter rejects 10 values in 11, but a letter, 7 digits and a letter is also a product,
 * parcel or booking code (and a Singapore passport number has another prefix), so an NRIC/FIN is
 * reported only with its keyword in the sentence: 0.95 right next to it, 0.85 further off. The
 * bare "FIN" counts only in capitals ("fin" is French and a fish's); lower-case values
 * ("s1234567d", as typed into forms) count the same as capitals.
 */
import { weightedDigitSum } from '../checksums.js';
import { words } from '../context.js';
import { checkedIdDetector, type GroupedNumber } from './ke.js';

export const NRIC_WORDS = words('sg-nric', [
  'nric', 'nric no', 'nric number', 'nric fin', 'fin', 'fin no', 'fin number', 'uin', 'ic number', 'ic no',
  'singapore ic', 'pink ic', 'blue ic', 'identity card number', 'foreign identification number',
]);

const WEIGHTS = [2, 7, 6, 5, 4, 3, 2];
const TABLES: Record<string, string> = { S: 'JZIHGFEDCBA', T: 'JZIHGFEDCBA', F: 'XWUTRQPNMLK', G: 'XWUTRQPNMLK', M: 'XWUTRQPNJLK' };
const OFFSET: Record<string, number> = { S: 0, T: 4, F: 0, G: 4, M: 3 };

/** The check letter of a compact upper-case NRIC/FIN ("S1234567D"). */
export function nricValid(value: string): boolean {
  const m = /^([STFGM])(\d{7})([A-Z])$/.exec(value);
  if (!m) return false;
  const sum = OFFSET[m[1]!]! + weightedDigitSum(m[2]!, WEIGHTS);
  return TABLES[m[1]!]![sum % 11] === m[3];
}

/** The prefix letter glued before the 7 digits and the check letter glued after them. */
function letters(text: string, n: GroupedNumber): { start: number; end: number; value: string } | undefined {
  const prefix = text[n.start - 1];
  const check = text[n.end];
  if (!prefix || !check || !/^[STFGM]$/i.test(prefix) || !/^[A-Z]$/i.test(check)) return undefined;
  return { start: n.start - 1, end: n.end + 1, value: (prefix + n.digits + check).toUpperCase() };
}

export const sgNric = checkedIdDetector({
  id: 'sg-nric',
  subtype: 'sg_nric',
  description: 'Singapore NRIC / FIN numbers (S, T, F, G or M + 7 digits + a mod-11 check letter); only with an NRIC / FIN / IC keyword in the sentence',
  words: NRIC_WORDS,
  total: 7,
  groupings: ['7'],
  separators: [],
  sameSeparator: true,
  valid: nricValid,
  around: letters,
  trusted: (word) => !/^fins?$/i.test(word) || word.startsWith('FIN'),
});
