/**
 * NATIONAL_ID / in_pan: Indian Permanent Account Numbers, 5 letters + 4 digits + 1 letter
 * (ABCPE1234F). The 4th letter is the holder type: P person, C company, H HUF, F firm, A AOP,
 * T trust, B BOI, L local authority, J artificial juridical person, G government. The last letter
 * is a check letter whose algorithm is not published, so there is no checksum.
 *
 * Found from the digit runs (a single 4-digit group) with the letters either side read directly.
 * Scoring: an upper-case person PAN (4th letter P) is distinctive enough for 0.6 alone; a family's
 * (H, HUF) needs a keyword; other holder types (companies, firms, trusts, government) are not
 * personal data and are never reported. A PAN keyword before or right after gives 0.95 (0.9 for
 * HUF and for lower-case values). A reference label (order, booking, coupon, sku...) drops it.
 *
 * A value with an impossible holder letter ("ABCDE1234F", the example printed on forms and help
 * pages, much as HMRC's QQ 12 34 56 C) is still reported at 0.8 when a PAN keyword labels it: a
 * PAN-labelled value of exactly this shape is meant as a PAN, and no other labelled value has it.
 */
import { words, type WordList } from '../context.js';
import type { Detector, ScanDoc } from '../detector.js';
import { keepLast } from '../mask.js';
import { REFERENCE_WORDS } from '../shared-words.js';
import type { Candidate } from '../types.js';

export const PAN_WORDS = words('in-pan', [
  'pan', 'pan no', 'pan number', 'pan card', 'pan card number', 'pan card no', 'pan id', 'permanent account number',
  'permanent account no', 'income tax', 'income tax pan', 'income tax number', 'it pan',
]);

const LABEL_LISTS: readonly WordList[] = [PAN_WORDS, REFERENCE_WORDS];

const HOLDER_TYPES = 'PCHFATBLJG';

const PAN = /^[A-Z]{3}[PCHFATBLJG][A-Z]\d{4}[A-Z]$/;
const PAN_SHAPE = /^[A-Z]{5}\d{4}[A-Z]$/;

/** Structural validity of an upper-case PAN. */
export function panValid(value: string): boolean {
  return PAN.test(value);
}

function isAsciiLetter(c: string | undefined): boolean {
  return c !== undefined && /^[A-Za-z]$/.test(c);
}

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /^[\p{L}\p{N}_]$/u.test(c);
}

function evaluate(doc: ScanDoc, ds: number): Candidate | undefined {
  const text = doc.text;
  const start = ds - 5;
  const end = ds + 5;
  if (start < 0 || end > text.length) return undefined;
  for (let i = start; i < ds; i++) if (!isAsciiLetter(text[i])) return undefined;
  if (!isAsciiLetter(text[ds + 4]) || isWordChar(text[start - 1]) || isWordChar(text[end])) return undefined;
  // Part of a longer code: "X-ABCPE1234F", "ABCPE1234F-01".
  if ((text[end] === '-' || text[end] === '/') && isWordChar(text[end + 1])) return undefined;
  if ((text[start - 1] === '-' || text[start - 1] === '/') && isWordChar(text[start - 2])) return undefined;
  const value = text.slice(start, end);
  const upper = value === value.toUpperCase();
  // The shape without the holder-type rule: "ABCDE1234F" is the example every form shows.
  if (!PAN_SHAPE.test(value.toUpperCase())) return undefined;
  const holderValid = panValid(value.toUpperCase());
  let label: 'pan' | 'other' | 'none' = 'none';
  const before = doc.labelBefore(start, LABEL_LISTS, 48);
  if (before) label = before.list === PAN_WORDS ? 'pan' : 'other';
  else {
    const after = doc.labelAfter(end, LABEL_LISTS, 16);
    if (after) label = after.list === PAN_WORDS ? 'pan' : 'other';
  }
  if (label === 'other' || (!holderValid && label !== 'pan')) return undefined;
  const holder = value[3]!.toUpperCase();
  // Companies, firms, trusts and governments hold PANs too; only a person's (P) or a family's (H) is personal data.
  if (holderValid && holder !== 'P' && holder !== 'H') return undefined;
  const person = holder === 'P';
  let score: number;
  if (!holderValid) score = 0.8;
  else if (label === 'pan') score = upper && person ? 0.95 : 0.9;
  else score = upper && person ? 0.6 : 0.3;
  return { type: 'NATIONAL_ID', subtype: 'in_pan', start, end, score, masked: keepLast(value, 1), detector: 'in-pan' };
}

export const inPan: Detector = {
  id: 'in-pan',
  types: ['NATIONAL_ID'],
  description: `Indian PAN (5 letters + 4 digits + letter, holder type ${HOLDER_TYPES}); person PANs alone, a family's (HUF) with a PAN keyword, never a company's`,
  wordLists: LABEL_LISTS,
  find(doc, out) {
    for (const run of doc.runs) {
      if (run.digits.length !== 4 || run.groups.length !== 2) continue;
      const c = evaluate(doc, run.start);
      if (c) out.push(c);
    }
  },
};
