/**
 * Values set against a value already found: "sent to account 4308704445761 instead of
 * 4308704445716", "our records show 22409135302", "we have EN307725 but the form says EN307752".
 * Agents correcting a typo quote both; the second one is as sensitive as the first, but its own
 * label is far away and its checksum (a typo) may fail. A value of exactly the same shape as a
 * finding, joined to it by words that compare or correct, is reported with the finding's type.
 */
import { REFERENCE_WORDS } from './shared-words.js';
import type { ScanDoc } from './detector.js';
import { keepLast } from './mask.js';
import type { Candidate, FindingType } from './types.js';

/** Types whose values are identifiers an agent may quote twice; phones and e-mails are found on their own. */
const SIBLING_TYPES: ReadonlySet<FindingType> = new Set(['CARD_NUMBER', 'NATIONAL_ID', 'PASSPORT_NUMBER', 'BANK_ACCOUNT', 'IBAN']);

/** Farthest the second value may stand from the first, in characters between them. */
const MAX_GAP = 80;

/** Words between the two values that set one against the other. */
const CONTRAST =
  /\b(?:instead\s+of|rather\s+than|not|but|vs\.?|versus|or|records?\s+(?:show|shows|say|says|has|have)|(?:form|system|file|application|app)\s+(?:says|shows|has|had)|should\s+(?:be|read|have\s+been)|changed\s+(?:to|from)|corrected\s+to|differs?\s+from|does\s+not\s+match|doesn't\s+match)\b/i;

/** A gap must stay within one paragraph. */
const PARAGRAPH_BREAK = /\n\s*\n/;

/** Sensitive values of the same shape set against findings in `kept` (sorted by start), not overlapping any of them. */
export function contrastedSiblings(doc: ScanDoc, kept: readonly Candidate[], minScore: number): Candidate[] {
  const out: Candidate[] = [];
  const text = doc.text;
  // Exclusive findings do not overlap one another: sorted by start, they are sorted by end too.
  const taken = kept.filter((k) => k.type !== 'SOLICITATION');
  for (const c of taken) {
    if (!SIBLING_TYPES.has(c.type)) continue;
    const value = text.slice(c.start, c.end);
    const from = Math.max(0, c.start - MAX_GAP - value.length);
    const to = Math.min(text.length, c.end + MAX_GAP + value.length);
    const window = text.slice(from, to);
    if (!CONTRAST.test(window)) continue;
    const shape = shapeOf(value);
    if (!shape) continue;
    let m: RegExpExecArray | null;
    while ((m = shape.exec(window))) {
      const start = from + m.index;
      const end = start + m[0].length;
      if (overlapsTaken(start, end, taken) || out.slice(-4).some((o) => o.start < end && start < o.end)) continue;
      const gap = start >= c.end ? text.slice(c.end, start) : text.slice(end, c.start);
      if (gap.length > MAX_GAP || PARAGRAPH_BREAK.test(gap) || !CONTRAST.test(gap)) continue;
      if (doc.hits.nearestBefore(start, [REFERENCE_WORDS], 20)) continue;
      out.push({
        type: c.type,
        ...(c.subtype ? { subtype: c.subtype } : {}),
        start,
        end,
        score: Math.max(minScore, c.score - 0.1),
        masked: keepLast(m[0], visibleTail(c.masked)),
        detector: `${c.detector}:sibling`,
      });
    }
  }
  return out;
}

/**
 * A global regex matching values of `value`'s shape (digits, upper- and lower-case
 * letters, the same separators) standing alone; undefined for values too short to tell apart.
 */
function shapeOf(value: string): RegExp | undefined {
  let source = '';
  let alnum = 0;
  for (const ch of value) {
    if (ch >= '0' && ch <= '9') {
      source += '\\d';
      alnum++;
    } else if (ch >= 'A' && ch <= 'Z') {
      source += '[A-Z]';
      alnum++;
    } else if (ch >= 'a' && ch <= 'z') {
      source += '[a-z]';
      alnum++;
    } else if (ch === ' ' || ch === '-') {
      source += ch;
    } else if (ch === '.' || ch === '/') {
      source += '\\' + ch;
    } else return undefined;
  }
  if (alnum < 6) return undefined;
  return new RegExp(`(?<![\\p{L}\\p{N}])${source}(?![\\p{L}\\p{N}])`, 'gu');
}

/** Binary search in non-overlapping candidates sorted by start. */
function overlapsTaken(start: number, end: number, taken: readonly Candidate[]): boolean {
  let lo = 0;
  let hi = taken.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (taken[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo < taken.length && taken[lo]!.start < end;
}

/** How many characters the finding's own preview shows at its end. */
function visibleTail(masked: string): number {
  let n = 0;
  for (let i = masked.length - 1; i >= 0 && masked[i] !== '•'; i--) if (/[\p{L}\p{N}]/u.test(masked[i]!)) n++;
  return n;
}
