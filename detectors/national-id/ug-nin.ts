/**
 * NATIONAL_ID / ug_nin: the Ugandan National Identification Number (NIRA), 14 characters: C, M or
 * F (the sex), two digits, then ten digits and capital letters, "CF88875251BLOO", "CM930121003EGE".
 * No check character is published, so it is reported only with its keyword right next to it ("NIN
 * CF88875251BLOO", Luganda "ennamba ya ndagamuntu"): 0.95. The shape (C, M/F, digits then letters)
 * is one no order or ticket number shares, so a country-neutral ID label right next to it
 * ("National Identification Number: CM...", "national ID"), which is NIRA's own name for it, is
 * enough: 0.9. The shape is
 * read from the text around the first run of digits, so the value must hold at least three digits
 * in a row after the C[MF] (as issued numbers do) and at least one letter after them.
 */
import { words } from '../context.js';
import { anyHit, checkedIdDetector, type GroupedNumber, keywordNextToScore, NEUTRAL_ID_LISTS } from './ke.js';

export const UG_NIN_WORDS = words('ug-nin', [
  'nin', 'n.i.n', 'nira', 'ndagamuntu', 'ennamba ya ndagamuntu', 'namba ya ndagamuntu',
]);

/** The whole NIN around a run of digits: C[MF] glued before it, letters and digits after, 14 in all. */
function whole(text: string, n: GroupedNumber): { start: number; end: number; value: string } | undefined {
  const head = text.slice(n.start - 2, n.start);
  if (!/^C[MF]$/i.test(head) || /[\p{L}\d]/u.test(text[n.start - 3] ?? '')) return undefined;
  const rest = 12 - n.digits.length;
  if (rest < 1) return undefined;
  const tail = text.slice(n.end, n.end + rest);
  if (tail.length !== rest || !/^[A-Za-z][A-Za-z\d]*$/.test(tail) || /[\p{L}\d]/u.test(text[n.end + rest] ?? '')) return undefined;
  const value = (head + n.digits + tail).toUpperCase();
  return { start: n.start - 2, end: n.end + rest, value };
}

/** Where a NIN's digits start: C, M or F, then digits. */
const NIN_HEAD = /C[MF]\d{3}/i;

/** C[MF], two digits, ten digits or capitals (read upper-cased). */
export function ugNinValid(value: string): boolean {
  return /^C[MF]\d{2}[\dA-Z]{10}$/.test(value);
}

export const ugNin = checkedIdDetector({
  id: 'ug-nin',
  subtype: 'ug_nin',
  description: 'Ugandan NIN (14 characters: CM/CF, two digits, ten digits or letters; no check character); only right next to a NIN / NIRA / ndagamuntu keyword or a national-ID label',
  words: UG_NIN_WORDS,
  total: [3, 4, 5, 6, 7, 8, 9, 10, 11],
  groupings: ['3', '4', '5', '6', '7', '8', '9', '10', '11'],
  separators: [],
  sameSeparator: true,
  valid: ugNinValid,
  around: whole,
  score: (doc, labelOf, s) => keywordNextToScore(doc, labelOf, s, undefined, true),
  // Only a text with C[MF] glued to three digits can hold one (whole() reads them there): without it, the
  // 3-11 digit numbers of every text with an "ID" label are not grouped and read at all.
  gate: (doc) => (doc.hits.of(UG_NIN_WORDS).length > 0 || anyHit(doc, NEUTRAL_ID_LISTS)) && NIN_HEAD.test(doc.text),
});
