/**
 * NATIONAL_ID / tr_tc_kimlik: the Turkish identity number (T.C. Kimlik No, TCKN), 11 digits given
 * to every citizen, the first not 0, and two check digits (python-stdnum tr/tckimlik):
 * d10 = (7·(d1 + d3 + d5 + d7 + d9) − (d2 + d4 + d6 + d8)) mod 10, d11 = (d1 + ... + d10) mod 10.
 * Written plain, or in threes with the check digits apart (100 000 001 46).
 *
 * The two check digits reject 99 numbers in 100, but 11 digits is also a phone, order or invoice
 * number, so a TCKN is reported only with a TC Kimlik / TCKN keyword in its sentence: 0.95 right
 * next to it, 0.85 further off. Turkish words end in dotless ı and other letters a keyword may not
 * end in, and a non-ASCII letter ends a word for the matcher, so "numara" is listed for "numarası",
 * "numaran" for "numaranız": the rest of that word ("sı", "ız") is then read as part of the keyword,
 * and "kimlik numarası: 10000000146" is right next to it.
 */
import { words } from '../context.js';
import type { ScanDoc } from '../detector.js';
import { checkedIdDetector, checkedIdScore, directGap, type IdLabeller } from './ke.js';

export const TCKN_WORDS = words('tr-tckn', [
  'tckn', 't.c. kimlik', 't.c. kimlik no', 't.c. kimlik numara', 't.c. kimlik numaras', 't.c. kimlik numarasi',
  't.c. kimlik numaran', 't.c. kimlik numaraniz', 't.c. kimlik numaram', 't.c. no', 't.c. numara', 't.c. numarasi',
  'kimlik no', 'kimlik numara', 'kimlik numaras', 'kimlik numarasi', 'kimlik numaran', 'kimlik numaraniz',
  'kimlik numaram', 'vatandaşlık numara', 'vatandaslik numarasi', 'vatandaslik no',
  'turkish id', 'turkish id number', 'turkish id no', 'turkish national id', 'turkish national id number',
  'turkish identity number', 'turkish identification number', 'turkish citizenship number', 't.c. id',
  't.c. id number', 't.c. identity number', 't.c. identification number',
]);

/** 11 TCKN digits: first not 0, and both check digits. */
export function tcknValid(d: string): boolean {
  if (!/^[1-9]\d{10}$/.test(d)) return false;
  const n = (i: number) => d.charCodeAt(i) - 48;
  const odd = n(0) + n(2) + n(4) + n(6) + n(8);
  const even = n(1) + n(3) + n(5) + n(7);
  if ((((odd * 7 - even) % 10) + 10) % 10 !== n(9)) return false;
  return (odd + even + n(9)) % 10 === n(10);
}

/** The rest of a word the keyword ended inside, at a non-ASCII letter: "sı" of "numarası". */
const WORD_REST = /^(?!\p{ASCII})\p{L}+/u;

/** `checkedIdScore`, with a keyword ending inside a Turkish word read up to the word's end. */
function tcknScore(doc: ScanDoc, labelOf: IdLabeller, s: { start: number; end: number }): number {
  const score = checkedIdScore(doc, labelOf, s);
  if (score !== 0.85) return score;
  const hit = labelOf(doc, s.start, s.end).hit!;
  if (hit.end > s.start) return score;
  const rest = WORD_REST.exec(doc.text.slice(hit.end, hit.end + 8));
  return rest && directGap(doc.text, hit.end + rest[0].length, s.start) ? 0.95 : score;
}

export const trTckn = checkedIdDetector({
  id: 'tr-tckn',
  subtype: 'tr_tc_kimlik',
  description: 'Turkish T.C. Kimlik numbers (TCKN, 11 digits, first not 0, two check digits); only with a TC Kimlik / TCKN keyword in the sentence',
  words: TCKN_WORDS,
  total: 11,
  groupings: ['11', '3,3,3,2'],
  separators: [' ', '-'],
  sameSeparator: true,
  valid: tcknValid,
  score: tcknScore,
});
