/**
 * NATIONAL_ID / ke_kra_pin: Kenya Revenue Authority PINs (personal tax numbers), a letter + 9 digits
 * + a letter: A123456789Z (A = individual, P = non-individual). No check character is published.
 *
 * Found from the digit runs (a single 9-digit group) with the letters either side read directly, so
 * no regex runs over the whole text. Scoring: the upper-case shape is distinctive: 0.6 alone for an
 * individual's PIN (A...), 0.55 for a P... PIN (mostly companies); a KRA keyword before or right after
 * (KRA, PIN, KRA PIN, tax PIN, iTax, tax ID) gives 0.95. Lower-case values only with a keyword (0.9).
 * A label of another kind (order, reference, voucher, serial, account...) drops it.
 */
import { words } from '../context.js';
import type { Detector, ScanDoc } from '../detector.js';
import { keepLast } from '../mask.js';
import type { Candidate } from '../types.js';
import { idLabelLists, idLabeller } from './ke.js';

export const KRA_WORDS = words('ke-kra-pin', [
  'kra', 'kra pin', 'pin', 'pin no', 'pin number', 'tax pin', 'itax', 'itax pin', 'taxpayer pin', 'pin certificate',
  'tax id', 'tax number', 'tax identification number', 'personal identification number',
]);

const labelOf = idLabeller([KRA_WORDS]);

/** Words before a P... PIN that say whose it is: a business's, not a person's. */
const BUSINESS_OWNER = /\b(?:company|company's|business|our|employer|supplier|vendor|ltd|limited|plc|firm|organi[sz]ation|merchant)\b/i;

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /^[\p{L}\p{N}_]$/u.test(c);
}

function isAsciiLetter(c: string | undefined): boolean {
  return c !== undefined && /^[A-Za-z]$/.test(c);
}

function evaluate(doc: ScanDoc, ds: number, de: number): Candidate | undefined {
  const text = doc.text;
  const start = ds - 1;
  const end = de + 1;
  const first = text[start];
  if (first === undefined || !'AaPp'.includes(first) || !isAsciiLetter(text[de])) return undefined;
  if (isWordChar(text[start - 1]) || isWordChar(text[end])) return undefined;
  // Part of a longer code: "X-A123456789Z", "A123456789Z-01".
  if ((text[end] === '-' || text[end] === '/') && isWordChar(text[end + 1])) return undefined;
  if ((text[start - 1] === '-' || text[start - 1] === '/') && isWordChar(text[start - 2])) return undefined;
  const value = text.slice(start, end);
  // P... PINs belong to companies and other non-individuals: "our company KRA PIN is P051234567Q".
  if ((first === 'P' || first === 'p') && BUSINESS_OWNER.test(text.slice(Math.max(0, start - 48), start))) return undefined;
  const upper = value === value.toUpperCase();
  const label = labelOf(doc, start, end);
  let score: number;
  if (label.kind === 'own') score = upper ? 0.95 : 0.9;
  // A generic "ID" label neither confirms nor contradicts the shape.
  else if (label.kind === 'other' || !upper) return undefined;
  else score = first === 'A' ? 0.6 : 0.55;
  return { type: 'NATIONAL_ID', subtype: 'ke_kra_pin', start, end, score, masked: keepLast(value, 1), detector: 'ke-kra-pin' };
}

const LISTS = idLabelLists([KRA_WORDS]);

export const keKraPin: Detector = {
  id: 'ke-kra-pin',
  types: ['NATIONAL_ID'],
  description: 'Kenyan KRA PINs (A/P + 9 digits + letter); upper-case shape alone, lower-case with a KRA/PIN keyword',
  wordLists: LISTS,
  find(doc, out) {
    for (const run of doc.runs) {
      if (run.digits.length !== 9 || run.groups.length !== 2) continue;
      const c = evaluate(doc, run.start, run.end);
      if (c) out.push(c);
    }
  },
};
