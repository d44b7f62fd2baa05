/**
 * NATIONAL_ID / mz_nuit: the Mozambican NUIT (Número Único de Identificação Tributária, Autoridade
 * Tributária), 9 digits, "400339910" or "400 339 910": the first digit the kind of holder (1 for
 * persons, 4 and 5 for companies...), seven serial digits and a check digit: the first eight
 * times 8, 9, 4, 5, 6, 7, 8, 9, summed, mod 11, with 10 read as 1 (python-stdnum mz/nuit, whose
 * published examples 400339910 and 400005834 pass it).
 *
 * Labels. "NUIT" names this number only, so a 9-digit number with the keyword right next to it
 * ("NUIT: 217114324", "NUIT n.º ...") is reported even when its check digit fails (a mistyped or
 * badly copied NUIT is still the holder's): 0.95 when the check passes, 0.9 when it does not. With
 * the keyword further off in its sentence only a number whose check passes counts: 0.85.
 */
import { weightedDigitSum } from '../checksums.js';
import { words } from '../context.js';
import { checkedIdDetector, checkedIdScore, keywordNextToScore } from './ke.js';

export const NUIT_WORDS = words('mz-nuit', [
  'nuit', 'n.u.i.t', 'número único de identificação tributária', 'numero unico de identificacao tributaria',
  'número único de identificação tributaria',
]);

const WEIGHTS = [8, 9, 4, 5, 6, 7, 8, 9];

/** The check digit of 9 NUIT digits. */
export function nuitCheckValid(d: string): boolean {
  if (!/^\d{9}$/.test(d)) return false;
  return '01234567891'[weightedDigitSum(d, WEIGHTS) % 11] === d[8];
}

export const mzNuit = checkedIdDetector({
  id: 'mz-nuit',
  subtype: 'mz_nuit',
  description: 'Mozambican NUIT numbers (9 digits, 3-3-3 or plain; weighted mod-11 check digit); right next to a NUIT keyword, or with it in the sentence when the check passes',
  words: NUIT_WORDS,
  total: 9,
  groupings: ['9', '3,3,3'],
  separators: [' ', '.', '-'],
  sameSeparator: true,
  valid: (d) => /^\d{9}$/.test(d) && !/^(\d)\1+$/.test(d),
  score: (doc, labelOf, s, n) => {
    const next = keywordNextToScore(doc, labelOf, s);
    if (!nuitCheckValid(n.digits)) return next ? 0.9 : 0;
    return next || checkedIdScore(doc, labelOf, s);
  },
});
