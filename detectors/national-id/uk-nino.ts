/**
 * NATIONAL_ID / uk_nino: UK National Insurance numbers, two prefix letters + 6 digits + suffix
 * A-D, compact ("QQ123456C") or spaced / dashed ("QQ 12 34 56 C", "QQ-123456-C"). HMRC NIM39110
 * prefix rules: D F I Q U V are never the 1st or 2nd letter, O never the 2nd, BG GB KN NK NT TN ZZ
 * are not allocated. There is no check character.
 *
 * The dummy "QQ 12 34 56 C" (any suffix) breaks the Q rule but is HMRC's own documented example:
 * it is what forms, help articles and test data show, and an agent pasting it into a reply is
 * pasting a NINO-shaped value. It is accepted as the one Q prefix; "QQ" followed by six digits and
 * A-D occurs in no other common format, so this costs no precision. Shown as the example of the
 * format ("in the format QQ 12 34 56 A") it is no one's number and not reported.
 *
 * Found from the digit runs (6 digits, grouped 6 or 2-2-2), then the letters either side are read
 * directly, so no regex runs over the whole text. Scoring: upper-case with its spaces 0.6, compact
 * 0.55 (codes of that shape exist: a reference label drops it); a NINO keyword before or right after
 * gives 0.95. Lower-case values are reported only with a keyword (0.9).
 */
import { words, type WordList } from '../context.js';
import type { Detector, ScanDoc } from '../detector.js';
import { keepLast } from '../mask.js';
import { REFERENCE_WORDS } from '../shared-words.js';
import type { Candidate } from '../types.js';

export const NINO_WORDS = words('uk-nino', [
  'national insurance', 'national insurance number', 'national insurance no', 'ni number', 'ni no', 'ni num',
  'nino', 'nino number', 'ni', 'nat ins', 'nat ins no', 'national ins no',
]);

const LABEL_LISTS: readonly WordList[] = [NINO_WORDS, REFERENCE_WORDS];

const NEVER_FIRST = 'DFIQUV';
const NEVER_SECOND = 'DFIOQUV';
const UNUSED = new Set(['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ']);

/** HMRC prefix rules on two upper-case letters, plus the documented dummy QQ. */
export function ninoPrefixValid(prefix: string): boolean {
  if (prefix === 'QQ') return true;
  if (!/^[A-Z]{2}$/.test(prefix)) return false;
  return !NEVER_FIRST.includes(prefix[0]!) && !NEVER_SECOND.includes(prefix[1]!) && !UNUSED.has(prefix);
}

function isLetter(c: string | undefined): boolean {
  return c !== undefined && /^[A-Za-z]$/.test(c);
}

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /^[\p{L}\p{N}_]$/u.test(c);
}

/** " " or "-" when that is the character at `i`, else "": what may stand between the parts. */
function sepAt(text: string, i: number): string {
  const c = text[i];
  return c === ' ' || c === '-' ? c : '';
}

interface Shape {
  start: number;
  end: number;
  value: string;
  spaced: boolean;
  upper: boolean;
}

/** The NINO around the 6 digits [ds, de), if the letters and separators fit. */
function shapeAround(text: string, ds: number, de: number, innerSep: string): Shape | undefined {
  const preSep = sepAt(text, ds - 1);
  const p = ds - preSep.length;
  if (!isLetter(text[p - 1]) || !isLetter(text[p - 2]) || isWordChar(text[p - 3])) return undefined;
  const postSep = sepAt(text, de);
  const q = de + postSep.length;
  const suffix = text[q];
  if (suffix === undefined || !'ABCDabcd'.includes(suffix) || isWordChar(text[q + 1])) return undefined;
  // One separator style throughout ("QQ 12 34 56 C", "QQ 123456 C", "QQ-12-34-56-C", "QQ123456C"),
  // or the letters glued to spaced pairs, as payroll forms print it ("QQ12 34 56C").
  if (preSep !== postSep || (innerSep && innerSep !== preSep && !(innerSep === ' ' && preSep === ''))) return undefined;
  // "-C" at the end of a dashed number that goes on ("QQ-123456-C-2") is a longer code.
  if ((text[q + 1] === '-' || text[q + 1] === '/') && isWordChar(text[q + 2])) return undefined;
  if ((text[p - 3] === '-' || text[p - 3] === '/') && isWordChar(text[p - 4])) return undefined;
  const start = p - 2;
  const end = q + 1;
  const value = text.slice(start, end);
  const prefix = text.slice(start, start + 2);
  const upper = prefix === prefix.toUpperCase() && suffix === suffix.toUpperCase();
  if (!ninoPrefixValid(prefix.toUpperCase())) return undefined;
  return { start, end, value, spaced: preSep !== '', upper };
}

const FORMAT_EXAMPLE = /\b(?:format|formatted|example|e\.g\.?|such as|looks? like|for instance|sample|template)\b[^.\n]{0,12}$/i;

/** A line break typed inside a number, maybe with a space either side. */
const WRAP = /^ ?\r?\n ?$/;

/** `wrapped`: the digits go over a line break, which only a NINO label makes one number. */
function evaluate(doc: ScanDoc, ds: number, de: number, innerSep: string, wrapped: boolean): Candidate | undefined {
  const shape = shapeAround(doc.text, ds, de, innerSep);
  if (!shape) return undefined;
  // "in the format QQ 12 34 56 A": the dummy shown as an example of the format is no one's number.
  if (/^qq/i.test(shape.value) && FORMAT_EXAMPLE.test(doc.text.slice(Math.max(0, shape.start - 32), shape.start))) return undefined;
  let label: 'nino' | 'other' | 'none' = 'none';
  const before = doc.labelBefore(shape.start, LABEL_LISTS, 48);
  if (before) label = before.list === NINO_WORDS ? 'nino' : 'other';
  else {
    const after = doc.labelAfter(shape.end, LABEL_LISTS, 16);
    if (after) label = after.list === NINO_WORDS ? 'nino' : 'other';
  }
  if (label === 'other' || (wrapped && label !== 'nino')) return undefined;
  let score: number;
  if (label === 'nino') score = shape.upper ? 0.95 : 0.9;
  else if (!shape.upper) return undefined;
  else score = shape.spaced ? 0.6 : 0.55;
  return { type: 'NATIONAL_ID', subtype: 'uk_nino', start: shape.start, end: shape.end, score, masked: keepLast(shape.value, 1), detector: 'uk-nino' };
}

export const ukNino: Detector = {
  id: 'uk-nino',
  types: ['NATIONAL_ID'],
  description: 'UK National Insurance numbers (2 letters + 6 digits + A-D, HMRC prefix rules); upper-case shape alone or a NINO keyword',
  wordLists: LABEL_LISTS,
  find(doc, out) {
    const text = doc.text;
    for (const run of doc.runs) {
      if (run.digits.length !== 6) continue;
      const g = run.groups;
      let innerSep = '';
      let wrapped = false;
      if (g.length === 6) {
        if (g[1]! - g[0]! !== 2 || g[3]! - g[2]! !== 2) continue;
        const first = text.slice(g[1]!, g[2]!);
        const second = text.slice(g[3]!, g[4]!);
        // "ZB 45\n93 07 D": one of the two separators is where the line wrapped.
        wrapped = WRAP.test(first) !== WRAP.test(second);
        innerSep = wrapped && WRAP.test(first) ? second : first;
        if ((innerSep !== ' ' && innerSep !== '-') || (!wrapped && second !== innerSep)) continue;
      } else if (g.length !== 2) continue;
      const c = evaluate(doc, run.start, run.end, innerSep, wrapped);
      if (c) out.push(c);
    }
  },
};
