/**
 * NATIONAL_ID / it_codice_fiscale: the Italian codice fiscale of a person, 16 characters
 * RSSMRA85T10A562S: three letters of the surname and three of the name, the birth year (2 digits),
 * the birth month as a letter (ABCDEHLMPRST), the birth day (01-31, plus 40 for women), the place
 * of birth (a letter A-M for an Italian comune or Z for a foreign country, and 3 digits), and a
 * check letter: the sum of the 15 characters' odd-position and even-position values mod 26
 * (python-stdnum it/codicefiscale). Where two people would share a code, digits of the year, day
 * and place are replaced from the right by the letters LMNPQRSTUV ("omocodia"); those are read too.
 * A company's codice fiscale is its 11-digit partita IVA and is not read here.
 *
 * No keyword is required for a code in capitals. Its structure is checked over all 16 positions:
 * nine fixed letter positions and seven digit positions, a month letter (12 of 26), a real day, a
 * place letter (14 of 26) and the check letter (1 in 26). A random 16-character string of capitals
 * and digits passes all of it about once in ten million, and codes that people paste (order codes,
 * licence keys, tokens, hashes) are rarely all capitals in this letter-digit order. So a code in
 * capitals scores 0.85 alone; with a keyword (codice fiscale, C.F., tax code, tessera sanitaria) in
 * its sentence 0.95 right next to it, 0.85 further off. A lower-case code needs the keyword. A label
 * of another kind nearer the code (order, reference, coupon, password) drops it.
 */
import { words } from '../context.js';
import type { Detector, ScanDoc } from '../detector.js';
import { keepLast } from '../mask.js';
import type { Candidate } from '../types.js';
import { checkedIdScore, idLabelLists, idLabeller, segmentAlone } from './ke.js';

export const CF_WORDS = words('it-codice-fiscale', [
  'codice fiscale', 'cod fiscale', 'cod fisc', 'c.f', 'c.fisc', 'codice fiscale personale', 'fiscal code',
  'italian fiscal code', 'italian tax code', 'tax code', 'tessera sanitaria', 'tesserino fiscale',
]);

const labelOf = idLabeller([CF_WORDS]);

const MONTHS = 'ABCDEHLMPRST';
const OMOCODIA = 'LMNPQRSTUV';
const ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];

/** The shape in capitals; near a keyword the same shape in any case. */
const SHAPE = '[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-MZ][0-9LMNPQRSTUV]{3}[A-Z]';
const UPPER = new RegExp(SHAPE, 'g');
const ANY_CASE = new RegExp(SHAPE, 'gi');

/** A digit position's value: the digit, or the omocodia letter standing for it. */
function digitAt(code: string, i: number): number {
  const c = code.charCodeAt(i);
  return c >= 48 && c <= 57 ? c - 48 : OMOCODIA.indexOf(code[i]!);
}

/** The check letter of the first 15 characters of an upper-case code. */
export function cfCheckLetter(first15: string): string {
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const c = first15.charCodeAt(i);
    const v = c >= 48 && c <= 57 ? c - 48 : c - 65;
    sum += i % 2 === 0 ? ODD[v]! : v;
  }
  return String.fromCharCode(65 + (sum % 26));
}

const WHOLE = new RegExp(`^${SHAPE}$`);
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Shape, month, day, place and check letter of a 16-character upper-case code. */
export function cfValid(code: string): boolean {
  if (!WHOLE.test(code)) return false;
  const month = MONTHS.indexOf(code[8]!) + 1;
  // Women's days are 41-71. The century is not in the code: 29 February is accepted for every year.
  const dd = digitAt(code, 9) * 10 + digitAt(code, 10);
  const day = dd > 40 ? dd - 40 : dd;
  if (day < 1 || day > DAYS_IN_MONTH[month - 1]!) return false;
  if (digitAt(code, 12) * 100 + digitAt(code, 13) * 10 + digitAt(code, 14) === 0) return false;
  return cfCheckLetter(code.slice(0, 15)) === code[15];
}

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /^[\p{L}\p{N}_]$/u.test(c);
}

function evaluate(doc: ScanDoc, start: number, end: number): Candidate | undefined {
  const text = doc.text;
  if (isWordChar(text[start - 1]) || isWordChar(text[end])) return undefined;
  // Part of a longer code: "X-RSSMRA85T10A562S", "RSSMRA85T10A562S-01".
  if ('-/'.includes(text[end] ?? '_') && isWordChar(text[end + 1])) return undefined;
  if ('-/'.includes(text[start - 1] ?? '_') && isWordChar(text[start - 2])) return undefined;
  const value = text.slice(start, end);
  const upper = value.toUpperCase();
  if (!cfValid(upper)) return undefined;
  const span = { start, end };
  let score = checkedIdScore(doc, labelOf, span);
  if (!score && value === upper) {
    const label = labelOf(doc, start, end);
    if (label.kind !== 'other' && segmentAlone(text, span, label.hit)) score = 0.85;
  }
  if (!score) return undefined;
  return { type: 'NATIONAL_ID', subtype: 'it_codice_fiscale', start, end, score, masked: keepLast(value, 2), detector: 'it-codice-fiscale' };
}

export const itCodiceFiscale: Detector = {
  id: 'it-codice-fiscale',
  types: ['NATIONAL_ID'],
  description: 'Italian codici fiscali of persons (16 characters: name letters, birth date and place, mod-26 check letter); in capitals alone, any case with a codice fiscale / C.F. keyword',
  wordLists: idLabelLists([CF_WORDS]),
  find(doc, out) {
    const text = doc.text;
    UPPER.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = UPPER.exec(text))) {
      const c = evaluate(doc, m.index, m.index + 16);
      if (c) out.push(c);
    }
    // Other spellings count only with a keyword in reach (48 characters before the code, 24 after
    // it): only the text around each keyword is read again, case-insensitively.
    let from = 0;
    for (const hit of doc.hits.of(CF_WORDS)) {
      const start = Math.max(from, hit.start - 40);
      const end = Math.min(text.length, hit.end + 64);
      if (end - start < 16) continue;
      const window = text.slice(start, end);
      ANY_CASE.lastIndex = 0;
      while ((m = ANY_CASE.exec(window))) {
        if (m[0] === m[0].toUpperCase()) continue;
        const c = evaluate(doc, start + m.index, start + m.index + 16);
        if (c) out.push(c);
      }
      from = end;
    }
  },
};
