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
    // Left to right, each match resuming after the previous one, as a global regex would.
    let at = 0;
    while (at + shape.length <= window.length) {
      if (!standsAlone(window, at, shape)) {
        at++;
        continue;
      }
      const start = from + at;
      const end = start + shape.length;
      at += shape.length;
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
        masked: keepLast(text.slice(start, end), visibleTail(c.masked)),
        detector: `${c.detector}:sibling`,
      });
    }
  }
  return out;
}

const DIGIT = -1;
const UPPER = -2;
const LOWER = -3;

/**
 * The shape of `value`, one entry a character: DIGIT, UPPER, LOWER, or the code of a separator
 * (" ", "-", ".", "/"); undefined for values too short to tell apart or holding anything else.
 * Matched by hand, not compiled to a regex: every new shape would compile one, on the hot path.
 */
function shapeOf(value: string): number[] | undefined {
  const shape: number[] = [];
  let alnum = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 48 && c <= 57) shape.push(DIGIT);
    else if (c >= 65 && c <= 90) shape.push(UPPER);
    else if (c >= 97 && c <= 122) shape.push(LOWER);
    else if (c === 32 || c === 45 || c === 46 || c === 47) {
      shape.push(c);
      continue;
    } else return undefined;
    alnum++;
  }
  return alnum < 6 ? undefined : shape;
}

/** `shape` matches s at `at`, with no letter or digit right before or after it. */
function standsAlone(s: string, at: number, shape: readonly number[]): boolean {
  for (let k = 0; k < shape.length; k++) {
    const c = s.charCodeAt(at + k);
    const kind = shape[k]!;
    if (kind === DIGIT ? c < 48 || c > 57 : kind === UPPER ? c < 65 || c > 90 : kind === LOWER ? c < 97 || c > 122 : c !== kind) return false;
  }
  return !letterOrDigitBefore(s, at) && !letterOrDigitAt(s, at + shape.length);
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isLead(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isTrail(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** The code point ending at i is a letter or digit (a surrogate pair read whole, as /u reads it). */
function letterOrDigitBefore(s: string, i: number): boolean {
  if (i === 0) return false;
  const c = s.charCodeAt(i - 1);
  if (c < 128) return isAsciiAlnum(c);
  const from = isTrail(c) && i >= 2 && isLead(s.charCodeAt(i - 2)) ? i - 2 : i - 1;
  return LETTER_OR_DIGIT.test(s.slice(from, i));
}

/** The code point starting at i is a letter or digit. */
function letterOrDigitAt(s: string, i: number): boolean {
  if (i >= s.length) return false;
  const c = s.charCodeAt(i);
  if (c < 128) return isAsciiAlnum(c);
  const to = isLead(c) && i + 1 < s.length && isTrail(s.charCodeAt(i + 1)) ? i + 2 : i + 1;
  return LETTER_OR_DIGIT.test(s.slice(i, to));
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
