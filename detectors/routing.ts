/**
 * ROUTING_NUMBER: (a) US ABA routing transit numbers, 9 digits (or 4-4-1 "0210-0002-1"), with the
 * 3-7-1 checksum and a Federal Reserve prefix (00-12, 21-32, 61-72, 80); (b) UK sort codes on their
 * own, NN-NN-NN / NN NN NN / NNNNNN.
 *
 * Neither has a distinctive shape: one in ten 9-digit numbers passes the ABA checksum, and a sort
 * code has the shape of a date. Both are reported ONLY with their own label: a routing word right
 * before the number ("routing number", "ABA", "RTN", "transit number", "wire routing"), or after it
 * ("021000021 (routing)"): 0.9; a sort-code word right before it ("sort code", "s/c"): 0.85. A sort
 * code written together with its account number is one BANK_ACCOUNT finding (bank-account.ts),
 * scored higher so that it wins over the sort code alone.
 */
import { CARD_WORDS } from './card.js';
import { words, type Hit, type WordList } from './context.js';
import type { Detector, ScanDoc } from './detector.js';
import { gluedAfter, gluedBefore, isMaskedTail, separatorAfter, type DigitRun } from './digit-runs.js';
import { abaValid } from './checksums.js';
import { keepLast } from './mask.js';
import { OTHER_NUMBER_WORDS, PHONE_WORDS } from './phone.js';
import { REFERENCE_WORDS } from './shared-words.js';
import type { Candidate } from './types.js';

export const ROUTING_WORDS = words('routing', [
  'routing', 'routing number', 'routing no', 'routing num', 'routing code', 'aba', 'aba number', 'aba no',
  'aba routing', 'rtn', 'transit number',
]);

export const SORT_CODE_WORDS = words('sort-code', ['sort code', 'sort code number', 's/c', 's/code', 'sort cd']);

/** Federal Reserve routing symbols: 00-12 (banks), 21-32 (thrifts), 61-72 (electronic), 80 (traveller's cheques). */
function abaPrefixValid(digits: string): boolean {
  const p = Number(digits.slice(0, 2));
  return p <= 12 || (p >= 21 && p <= 32) || (p >= 61 && p <= 72) || p === 80;
}

/**
 * Between a label and its value: punctuation and filler only ("sort code is:", "routing no. of our
 * bank -"), plus at most one other word, a name or the paper it is on ("sort code for our Leeds
 * branch is", "the sort code on your form, 79-81-25").
 */
const LABEL_FILLER =
  /^[\s:#=.\-(),]{0,6}(?:(?:number|numbers|num|no|nr|is|was|are|of|our|your|the|bank|bank's|branch|for|code|on|in|from|printed|shown|written|given|listed)\b[\s:#=.\-(),]{0,6}){0,4}(?:[\p{L}]{2,20}[\s:#=.\-(),]{1,6}(?:(?:number|no|is|was|branch|code)\b[\s:#=.\-(),]{0,6}){0,3})?$/iu;

export function isFillerGap(text: string, from: number, to: number): boolean {
  return to >= from && to - from <= 40 && LABEL_FILLER.test(text.slice(from, to));
}

/** Where a sort code written at the start of a run ends, and how many digit groups it takes. */
export interface SortCodeShape {
  end: number;
  groups: number;
  /** Written NN-NN-NN (the common form; the other forms are also dates and plain numbers). */
  dashed: boolean;
}

function sepKind(sep: string): string | undefined {
  const t = sep.trim();
  if (t === '-' || t === '.') return sep.length <= 3 ? t : undefined;
  if (t === '' && sep.length >= 1 && sep.length <= 2 && !sep.includes('\n')) return ' ';
  return undefined;
}

/** The sort code at the start of `run` (from group `g`), or undefined. */
export function sortCodeAt(text: string, run: DigitRun, g = 0): SortCodeShape | undefined {
  const count = run.groups.length / 2;
  const len = (k: number) => run.groups[2 * k + 1]! - run.groups[2 * k]!;
  if (g >= count) return undefined;
  if (len(g) === 6) return { end: run.groups[2 * g + 1]!, groups: 1, dashed: false };
  if (g + 2 < count && len(g) === 2 && len(g + 1) === 2 && len(g + 2) === 2) {
    const a = sepKind(separatorAfter(text, run, g));
    const b = sepKind(separatorAfter(text, run, g + 1));
    if (a && a === b) return { end: run.groups[2 * g + 5]!, groups: 3, dashed: a === '-' };
  }
  return undefined;
}

/** True when the sort code ends a number: nothing glued after it but a separator and another group. */
function sortCodeEndsCleanly(text: string, run: DigitRun, shape: SortCodeShape): boolean {
  const lastGroup = shape.groups - 1;
  if (lastGroup === run.groups.length / 2 - 1) return !gluedAfter(text, shape.end);
  // "20-00-00 55779911": a space or line break before the account; "20-00-00-5577" is not a sort code.
  const sep = separatorAfter(text, run, lastGroup);
  return sep.trim() === '';
}

/** The first run starting within `window` characters after `hit`, with only filler between. */
export function runAfter(doc: ScanDoc, hit: Hit, window = 40): DigitRun | undefined {
  const runs = doc.runs;
  let lo = 0;
  let hi = runs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (runs[mid]!.start < hit.end) lo = mid + 1;
    else hi = mid;
  }
  const run = runs[lo];
  return run && run.start - hit.end <= window && isFillerGap(doc.text, hit.end, run.start) ? run : undefined;
}

const ABA_LABEL_LISTS: readonly WordList[] = [ROUTING_WORDS, SORT_CODE_WORDS, REFERENCE_WORDS, PHONE_WORDS, CARD_WORDS, OTHER_NUMBER_WORDS];

/** "routing and account numbers: 021000021 / ...": a routing word joined to the account label. */
const JOINED_LABEL = /^[\s]{0,2}(?:and|&|\/|,|or)[\s]{0,2}$/i;

function abaScore(doc: ScanDoc, start: number, end: number): number {
  const text = doc.text;
  const label = doc.labelBefore(start, ABA_LABEL_LISTS, 48);
  if (label?.list === ROUTING_WORDS) {
    if (isFillerGap(text, label.hit.end, start)) return 0.93;
    // "The routing number for wires is 021000021": words between only after an explicit routing
    // word, in the same sentence ("ABA therapy session 123..." is no routing number).
    const gap = text.slice(label.hit.end, start);
    return /rout|transit/i.test(text.slice(label.hit.start, label.hit.end)) && !/[.!?]\s|\n/.test(gap) ? 0.9 : 0;
  }
  if (label?.list === OTHER_NUMBER_WORDS) {
    const first = doc.labelBefore(label.hit.start, [ROUTING_WORDS], 6);
    if (first && JOINED_LABEL.test(text.slice(first.hit.end, label.hit.start))) return 0.88;
    return 0;
  }
  if (label) return 0;
  const after = doc.labelAfter(end, [ROUTING_WORDS], 16);
  if (after && /^[\s(\-,:]*$/.test(text.slice(end, after.hit.start))) return 0.88;
  return 0;
}

function abaCandidates(doc: ScanDoc, run: DigitRun, out: Candidate[]): void {
  const text = doc.text;
  const count = run.groups.length / 2;
  const len = (k: number) => run.groups[2 * k + 1]! - run.groups[2 * k]!;
  for (let g = 0; g < count; g++) {
    let h = -1;
    if (len(g) === 9) h = g;
    else if (g + 2 < count && len(g) === 4 && len(g + 1) === 4 && len(g + 2) === 1 &&
      separatorAfter(text, run, g).trim() === '-' && separatorAfter(text, run, g + 1).trim() === '-') h = g + 2;
    if (h < 0) continue;
    const start = run.groups[2 * g]!;
    const end = run.groups[2 * h + 1]!;
    // A part of a bigger number ("1-021000021", "021000021.5") is not a routing number.
    if (g === 0 ? gluedBefore(text, start) || isMaskedTail(text, start) : separatorAfter(text, run, g - 1).trim() !== '') continue;
    if (h === count - 1 ? gluedAfter(text, end) : separatorAfter(text, run, h).trim() !== '') continue;
    const raw = text.slice(start, end);
    const digits = raw.replace(/\D/g, '');
    if (!abaPrefixValid(digits) || !abaValid(digits) || /^(\d)\1+$/.test(digits)) continue;
    const score = abaScore(doc, start, end);
    if (score > 0) out.push({ type: 'ROUTING_NUMBER', subtype: 'aba', start, end, score, masked: keepLast(raw, 4), detector: 'routing' });
    g = h;
  }
}

function hasHit(doc: ScanDoc, list: WordList): boolean {
  return doc.hits.of(list).length > 0;
}

export const routing: Detector = {
  id: 'routing',
  types: ['ROUTING_NUMBER'],
  description: 'US ABA routing numbers (3-7-1 checksum, Fed prefix) and UK sort codes, only with a routing / sort-code label',
  wordLists: [ROUTING_WORDS, SORT_CODE_WORDS, REFERENCE_WORDS, PHONE_WORDS, CARD_WORDS, OTHER_NUMBER_WORDS],
  find(doc, out) {
    const text = doc.text;
    if (hasHit(doc, ROUTING_WORDS)) {
      for (const run of doc.runs) {
        if (run.digits.length >= 9) abaCandidates(doc, run, out);
      }
    }
    for (const hit of doc.hits.of(SORT_CODE_WORDS)) {
      const run = runAfter(doc, hit);
      if (!run || (gluedBefore(text, run.start) && run.start - hit.end > 1)) continue;
      const shape = sortCodeAt(text, run);
      if (!shape || !sortCodeEndsCleanly(text, run, shape)) continue;
      const raw = text.slice(run.start, shape.end);
      if (/^(\d)\1+$/.test(raw.replace(/\D/g, ''))) continue;
      out.push({ type: 'ROUTING_NUMBER', subtype: 'gb_sort_code', start: run.start, end: shape.end, score: 0.85, masked: keepLast(raw, 2), detector: 'routing' });
    }
  },
};
