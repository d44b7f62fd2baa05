/**
 * NATIONAL_ID / ar_dni: the Argentine Documento Nacional de Identidad (RENAPER), 7 or 8 digits,
 * written with dots as on the card ("39.325.828", "8.123.456") or plain. No check digit: the
 * number is a plain serial, so the same digits are amounts ("$39.325.828"), order, ticket and
 * phone numbers. It is reported only with its own keyword right next to it ("DNI 39.325.828",
 * "DNI N° 39325828", "(DNI 39.325.828)", "documento nacional de identidad: ..."): 0.95. A DNI
 * with a check letter (Spain, "54362315-K") is es-dni's; a CUIL/CUIT (the DNI between a 2-digit
 * prefix and a check digit) is ar-cuit's.
 *
 * This file also holds what the keyword-only IDs of Latin America and Lusophone and Francophone
 * Africa share (co-cedula, mz-bi, ao-bi, sn-cni, ug-nin, mz-nuit): the keyword right next to the
 * value, with the filler of Spanish, Portuguese, French and Luganda between them ("N°", "n.º",
 * "número", "de", "do", "votre", "ku") that ke.ts's directGap does not read.
 */
import type { Hit } from '../context.js';
import { words } from '../context.js';
import type { ScanDoc } from '../detector.js';
import { checkedIdDetector, checkedIdScore, segmentAlone, type IdLabeller, type KeywordTrust } from './ke.js';

// No compounds of "DNI" ("número de DNI"): the longer phrase would hide the "DNI" es-dni reads.
export const AR_DNI_WORDS = words('ar-dni', ['dni', 'd.n.i', 'documento nacional de identidad']);

/**
 * Filler between a keyword and its value in Spanish, Portuguese, French and Luganda: "N°", "Nº",
 * "n.º", "nro.", "núm.", "número", "numéro", "de", "do", "da", "du", "la", "su", "sua", "votre",
 * "é", "es", "est", "ku", "ye", "is", and field punctuation. No sentence end, at most four words.
 */
const LOCAL_GAP =
  /^[\s:：#=\-–(«"'*]*(?:(?:n[.ºo°]{0,3}|nro|núm|num|número|numero|numéro|no|de|do|da|del|du|d'|la|le|el|su|sua|seu|votre|ton|tu|é|es|est|era|fue|ni|ku|ye|yo|is)(?![\p{L}\d])\.?[\s:：#=\-–(«"'*º°]*){0,4}$/iu;

/**
 * 0.95 when the value's own keyword (`labelOf`'s own lists) stands right next to it: before it
 * with only filler between (ke.ts's English and Swahili filler, or LOCAL_GAP's), or right after it
 * ("39.325.828 (DNI)"); else 0. A label of another kind nearer the value wins. `trusted` may
 * reject a keyword by its spelling ("C.C." in capitals, not "cc"). With `neutral`, a country-neutral
 * national-ID label ("national identification number", "ID number:") right next to it scores 0.9,
 * for a shape no other number has.
 */
export function keywordNextToScore(
  doc: ScanDoc, labelOf: IdLabeller, s: { start: number; end: number }, trusted?: KeywordTrust, neutral = false,
): number {
  const label = labelOf(doc, s.start, s.end);
  const kindOk = label.kind === 'own' || (neutral && (label.kind === 'national' || (label.kind === 'id' && label.strongId)));
  if (!kindOk || !label.hit || !segmentAlone(doc.text, s, label.hit)) return 0;
  const hit: Hit = label.hit;
  const before = hit.end <= s.start;
  let gap = before ? doc.text.slice(hit.end, s.start) : doc.text.slice(s.end, hit.start);
  // "C.U.I.T.: ...", "R.U.T. ...": the dot closing a dotted abbreviation ends no sentence.
  if (before && gap.startsWith('.') && /\.\p{L}$/u.test(doc.text.slice(hit.start, hit.end))) gap = gap.slice(1);
  if (trusted && !trusted(doc.text.slice(hit.start, hit.end), gap)) return 0;
  if (!label.direct && !(before && LOCAL_GAP.test(gap))) return 0;
  return label.kind === 'own' ? 0.95 : 0.9;
}

/**
 * The score of a checksum-validated ID from its keyword: 0.95 right next to it (in the local
 * languages' filler too: "Su CUIL es 23-...", "RUT N° ..."), else `checkedIdScore` (0.85 further
 * in the sentence).
 */
export function localCheckedScore(doc: ScanDoc, labelOf: IdLabeller, s: { start: number; end: number }, trusted?: KeywordTrust): number {
  return keywordNextToScore(doc, labelOf, s, trusted) || checkedIdScore(doc, labelOf, s, trusted);
}

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
