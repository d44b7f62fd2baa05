/**
 * NATIONAL_ID / gh_card: Ghana Card personal ID numbers (National Identification Authority), the
 * literal "GHA", 9 digits and one more digit: "GHA-123456789-0" (also "GHA 123456789 0",
 * "GHA-1234567890"). The check-digit algorithm is not published, so only the shape is checked.
 *
 * Found from the digit runs (10 digits, grouped 9-1 or plain) with the "GHA" prefix read right
 * before them. Scoring: the literal country prefix plus the exact shape is distinctive: 0.85 alone
 * in capitals; an ID keyword (Ghana Card, NIA, national ID, ID number, PIN) gives 0.95; a lower-case
 * "gha-" only with a keyword (0.9). A label of another kind (order, reference, voucher...) drops it.
 */
import { words } from '../context.js';
import type { Detector, ScanDoc } from '../detector.js';
import type { DigitRun } from '../digit-runs.js';
import { keepLast } from '../mask.js';
import type { Candidate } from '../types.js';
import { idLabelLists, idLabeller } from './ke.js';

export const GH_WORDS = words('gh-card', [
  'ghana card', 'ghana card number', 'ghana card no', 'ghana card pin', 'nia', 'nia card',
  'national identification authority', 'pin',
]);

const labelOf = idLabeller([GH_WORDS]);

const SEPARATORS = new Set(['-', ' ']);

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /^[\p{L}\p{N}_]$/u.test(c);
}

function evaluate(doc: ScanDoc, run: DigitRun): Candidate | undefined {
  const text = doc.text;
  const g = run.groups;
  if (g.length === 4) {
    if (g[1]! - g[0]! !== 9 || !SEPARATORS.has(text.slice(g[1]!, g[2]!))) return undefined;
  } else if (g.length !== 2) return undefined;
  const start = run.start - 4;
  if (start < 0 || !/^GHA[- ]$/i.test(text.slice(start, run.start))) return undefined;
  if (isWordChar(text[start - 1]) || isWordChar(text[run.end])) return undefined;
  if ((text[run.end] === '-' || text[run.end] === '/') && isWordChar(text[run.end + 1])) return undefined;
  if (text[run.end] === '.' && /\d/.test(text[run.end + 1] ?? '')) return undefined;
  const upper = text.slice(start, start + 3) === 'GHA';
  const label = labelOf(doc, start, run.end);
  if (label.kind === 'other') return undefined;
  let score: number;
  if (label.kind !== 'none') score = upper ? 0.95 : 0.9;
  else if (upper) score = 0.85;
  else return undefined;
  const raw = text.slice(start, run.end);
  return { type: 'NATIONAL_ID', subtype: 'gh_card', start, end: run.end, score, masked: keepLast(raw, 2), detector: 'gh-card' };
}

export const ghCard: Detector = {
  id: 'gh-card',
  types: ['NATIONAL_ID'],
  description: 'Ghana Card numbers (GHA-NNNNNNNNN-N); the literal prefix and shape alone, ID keyword raises',
  wordLists: idLabelLists([GH_WORDS]),
  find(doc, out) {
    for (const run of doc.runs) {
      if (run.digits.length !== 10) continue;
      const c = evaluate(doc, run);
      if (c) out.push(c);
    }
  },
};
