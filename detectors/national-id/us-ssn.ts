/**
 * NATIONAL_ID / us_ssn: US Social Security numbers, AAA-GG-SSSS written with "-", " " or "." (one
 * separator throughout) or as 9 plain digits. There is no checksum, so validity is structural
 * (SSA POMS RM 10201.035 and Presidio's invalidations): area not 000, 666 or 900-999, group not
 * 00, serial not 0000, not all one digit, not the advertising / sample numbers 123-45-6789,
 * 078-05-1120 and 219-09-9999.
 *
 * Scoring: a formatted valid number alone on its line segment is distinctive enough for 0.55 (dotted
 * 536.90.4399 only with a keyword: dots also write versions and coordinates); an
 * SSN keyword before it (or right after it) gives 0.95; 9 plain digits are only reported with a
 * keyword (0.9). The nearest label decides: a phone, card, routing/account, ZIP, other-ID or
 * business-reference label (order, ticket, invoice...) means the digits are something else.
 */
import { CARD_WORDS } from '../card.js';
import { type Hit, words, type WordList } from '../context.js';
import type { Detector, ScanDoc } from '../detector.js';
import { gluedAfter, gluedBefore, isMaskedTail, type DigitRun } from '../digit-runs.js';
import { keepLast } from '../mask.js';
import { PHONE_WORDS } from '../phone.js';
import { REFERENCE_WORDS } from '../shared-words.js';
import type { Candidate } from '../types.js';

export const SSN_WORDS = words('us-ssn', [
  'ssn', 'ssn no', 'ssn number', 'ssn num', 'ss', 'ss no', 'ss number', 'ssid', 'social security',
  'social security number', 'social security no', 'social security num', 'social security card',
  'social sec', 'social sec no', 'soc sec', 'soc sec no', 'soc sec number', 'us ssn',
]);

/**
 * "My social is 030196136": the colloquial name, a label only as someone's "social" right before the
 * number or as a field ("Social: ..."); "social media", "social team" are no label (see socialNamed).
 */
const SOCIAL_WORDS = words('us-ssn-social', ['social', 'social number']);

/**
 * Labels that make a 9-digit number something other than an SSN. Shared by the 9-digit national-ID
 * detectors (a label may sit in several lists: the list that comes first in a query wins).
 */
export const NOT_SSN_WORDS = words('national-id-not-ssn', [
  'routing', 'routing number', 'routing no', 'aba', 'aba number', 'aba routing', 'transit', 'transit number',
  'rtn', 'account', 'account number', 'account no', 'acct', 'acct no', 'a/c', 'zip', 'zip code', 'zipcode',
  'postal code', 'postcode', 'ein', 'employer id', 'employer identification number', 'tax id', 'vat',
  'employee id', 'employee number', 'staff id', 'student id', 'student number', 'passport', 'passport number',
  'licence', 'license', "driver's licence", "driver's license", 'sin', 'social insurance', 'social insurance number',
  'nas', 'nin', 'bvn', 'aadhaar', 'sort code', 'swift', 'bic', 'iban', 'imei', 'msisdn',
]);

/** The number at the start of one line of a digit run: one group, or three groups. */
export interface NumberWindow {
  /** First digit. */
  start: number;
  /** After the last digit. */
  end: number;
  digits: string;
  lengths: number[];
  /** The text between consecutive groups (length = groups - 1). */
  seps: string[];
  /** The window is the whole line of its run (no other digits joined to it). */
  whole: boolean;
  /** Separator after the window (inside the line), "" when it ends the line. */
  sepAfter: string;
}

const NO_WINDOWS: readonly NumberWindow[] = [];

/** True when the separator between groups i and i + 1 of a run holds a line break. */
function breaksLine(text: string, g: readonly number[], i: number): boolean {
  for (let k = g[2 * i + 1]!; k < g[2 * i + 2]!; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}

/**
 * For each line of each digit run ("536-90-4399\n12 Main St" is one run of two lines), the number
 * at its start written as one group or three groups (the only ways these numbers are written:
 * 536904399, 536-90-4399, 123 456 782, 2341 2341 2346) when it holds exactly `total` digits. A
 * number in the middle of a line of digits ("+1 536-90-4399", "4111 2341 2341 2346") belongs to
 * something longer and is not a candidate. Linear, memoised per text and total.
 */
export function numberWindows(doc: ScanDoc, total: number): readonly NumberWindow[] {
  // Most texts hold no number this long: answer without touching the cache.
  let long = false;
  for (const run of doc.runs) {
    if (run.digits.length >= total) {
      long = true;
      break;
    }
  }
  if (!long) return NO_WINDOWS;
  const byTotal = doc.recalled<Map<number, NumberWindow[]>>(numberWindows) ?? doc.remember(numberWindows, new Map<number, NumberWindow[]>());
  let out = byTotal.get(total);
  if (out) return out;
  out = [];
  byTotal.set(total, out);
  const text = doc.text;
  for (const run of doc.runs) {
    if (run.digits.length < total) continue;
    const g = run.groups;
    const n = g.length / 2;
    const len = (k: number) => g[2 * k + 1]! - g[2 * k]!;
    const wrapped = wrappedWindow(text, run, total);
    if (wrapped) {
      out.push(wrapped);
      continue;
    }
    let a = 0;
    for (let i = 0; i < n; i++) {
      if (i < n - 1 && !breaksLine(text, g, i)) continue;
      // Groups a..i form one line of the run.
      const one = len(a) === total;
      if (one || (a + 2 <= i && len(a) + len(a + 1) + len(a + 2) === total)) {
        const b = one ? a : a + 2;
        // Arrays of their exact size (a pushed array keeps room for 17) and the digits as one flat
        // string: a large document keeps thousands of windows for the whole scan.
        const piece = (k: number) => text.slice(g[2 * k]!, g[2 * k + 1]!);
        const gap = (k: number) => text.slice(g[2 * k + 1]!, g[2 * k + 2]!);
        out.push({
          start: g[2 * a]!,
          end: g[2 * b + 1]!,
          digits: one ? piece(a) : [piece(a), piece(a + 1), piece(a + 2)].join(''),
          lengths: one ? [len(a)] : [len(a), len(a + 1), len(a + 2)],
          seps: one ? [] : [gap(a), gap(a + 1)],
          whole: b === i,
          sepAfter: b < i ? text.slice(g[2 * b + 1]!, g[2 * b + 2]!) : '',
        });
      }
      a = i + 1;
    }
  }
  return out;
}

/**
 * A number of exactly `total` digits wrapped over two lines, as text copied out of a PDF breaks
 * it ("NAS: 109\n012 179", "Aadhaar: 402\n671370603"): read as one number typed in one piece. Only
 * a run of two lines with three digits or more on each (a list's "2." or a log's "rc=05" above a
 * number is not half of it) and only spaces or hyphens inside a line; the detectors' checks and
 * labels decide the rest.
 */
function wrappedWindow(text: string, run: DigitRun, total: number): NumberWindow | undefined {
  if (run.digits.length !== total) return undefined;
  const g = run.groups;
  let breaks = 0;
  let first = 0;
  for (let i = 0; i + 1 < g.length / 2; i++) {
    if (!breaksLine(text, g, i)) {
      // Only spaces or hyphens inside a line: "32.56\n69310" is an amount above a row's number.
      if (!/^(?: {1,3}|-)$/.test(text.slice(g[2 * i + 1]!, g[2 * i + 2]!))) return undefined;
      continue;
    }
    breaks++;
    first = i;
  }
  if (breaks !== 1) return undefined;
  let head = 0;
  for (let k = 0; k <= first; k++) head += g[2 * k + 1]! - g[2 * k]!;
  if (head < 3 || total - head < 3) return undefined;
  return { start: run.start, end: run.end, digits: run.digits, lengths: [total], seps: [], whole: true, sepAfter: '' };
}

/** One separator used throughout the number, from `allowed`; "" for a single group. */
export function uniformSeparator(seps: readonly string[], allowed: readonly string[]): string | undefined {
  if (!seps.length) return '';
  const first = seps[0]!;
  if (!allowed.includes(first)) return undefined;
  for (const s of seps) if (s !== first) return undefined;
  return first;
}

/**
 * True when the window is a number on its own: not glued to letters or other digits ("INV-536-90-
 * 4399"), not a masked tail ("***-**-4399"), not an international phone number ("+1 ...").
 */
export function standsAlone(text: string, w: NumberWindow): boolean {
  if (gluedBefore(text, w.start) || isMaskedTail(text, w.start)) return false;
  let i = w.start - 1;
  while (i >= 0 && i >= w.start - 2 && (text[i] === ' ' || text[i] === '(')) i--;
  if (text[i] === '+') return false;
  return !w.whole || !gluedAfter(text, w.end);
}

const SAMPLE_NUMBERS = new Set(['123456789', '078051120', '219099999', '987654321']);

/** Structural validity of 9 SSN digits. */
export function ssnValid(d: string): boolean {
  if (!/^\d{9}$/.test(d)) return false;
  const area = d.slice(0, 3);
  if (area === '000' || area === '666' || area[0] === '9') return false;
  if (d.slice(3, 5) === '00' || d.slice(5) === '0000') return false;
  if (/^(\d)\1{8}$/.test(d)) return false;
  return !SAMPLE_NUMBERS.has(d);
}

const SEPARATORS = ['-', ' ', '.', ' - '];

/** Every list whose label can decide what a 9-digit number is, most specific first. */
const LABEL_LISTS: readonly WordList[] = [SSN_WORDS, SOCIAL_WORDS, NOT_SSN_WORDS, PHONE_WORDS, CARD_WORDS, REFERENCE_WORDS];

const SOCIAL_GAP = /^(?:[ \t]*(?:[:#=]|is\b|was\b))*[ \t]*$/i;
const POSSESSIVE_BEFORE = /(?:\b(?:my|your|his|her|their)|['’]s?)[ \t]+$/i;

/** "my social is", "your social:", "Social: " (a field), not "social media 536904399". */
function socialNamed(doc: ScanDoc, hit: Hit, at: number): boolean {
  const gap = doc.text.slice(hit.end, at);
  if (!SOCIAL_GAP.test(gap)) return false;
  return /[:#=]/.test(gap) || POSSESSIVE_BEFORE.test(doc.text.slice(Math.max(0, hit.start - 16), hit.start));
}

type Label = 'ssn' | 'weak-ssn' | 'other' | 'none';

/** The label of the number at `at`: "ss" counts only as "SS#", "SSID" is weak. */
function labelOf(doc: ScanDoc, at: number, end: number): Label {
  const before = doc.labelBefore(at, LABEL_LISTS, 48);
  if (before) {
    if (before.list === SOCIAL_WORDS) return socialNamed(doc, before.hit, at) ? 'ssn' : 'none';
    if (before.list !== SSN_WORDS) return 'other';
    const word = doc.text.slice(before.hit.start, before.hit.end).toLowerCase();
    if (word === 'ss') return doc.text[before.hit.end] === '#' ? 'ssn' : 'none';
    return word.startsWith('ssid') ? 'weak-ssn' : 'ssn';
  }
  const after = doc.labelAfter(end, [SSN_WORDS, REFERENCE_WORDS, PHONE_WORDS], 16);
  if (after) {
    if (after.list !== SSN_WORDS) return 'other';
    const word = doc.text.slice(after.hit.start, after.hit.end).toLowerCase();
    return word === 'ss' || word.startsWith('ssid') ? 'none' : 'ssn';
  }
  return 'none';
}

/** "SS#536-90-4399": the "#" of an SSN label glues the number to it, but it is still labelled. */
function afterSsnHash(doc: ScanDoc, w: NumberWindow): boolean {
  if (doc.text[w.start - 1] !== '#' || gluedAfter(doc.text, w.end)) return false;
  const hit = doc.hits.nearestBefore(w.start - 1, [SSN_WORDS], 0);
  return !!hit && hit.end === w.start - 1;
}

function evaluate(doc: ScanDoc, w: NumberWindow): Candidate | undefined {
  if (!ssnValid(w.digits) || !(standsAlone(doc.text, w) || (w.whole && afterSsnHash(doc, w)))) return undefined;
  const formatted = w.lengths.length === 3 && w.lengths[0] === 3 && w.lengths[1] === 2 && w.lengths[2] === 4;
  const plain = w.lengths.length === 1;
  if (!formatted && !plain) return undefined;
  if (formatted && uniformSeparator(w.seps, SEPARATORS) === undefined) return undefined;
  // Joined to more digits on the same line: only at the start of the line, labelled, and set apart
  // by a different separator ("SSN 536-90-4399 12" yes, "536-90-4399-12" no).
  if (!w.whole && (!formatted || w.sepAfter === w.seps[0])) return undefined;
  const label = labelOf(doc, w.start, w.end);
  if (label === 'other') return undefined;
  let score: number;
  if (!w.whole) score = label === 'none' ? 0.2 : 0.85;
  // Dotted groups without a keyword are more often versions, coordinates or measurements.
  else if (formatted) score = label !== 'none' ? 0.95 : w.seps[0] === '.' ? 0.45 : 0.55;
  else score = label === 'ssn' ? 0.9 : 0.2;
  const raw = doc.text.slice(w.start, w.end);
  return { type: 'NATIONAL_ID', subtype: 'us_ssn', start: w.start, end: w.end, score, masked: keepLast(raw, 4), detector: 'us-ssn' };
}

export const usSsn: Detector = {
  id: 'us-ssn',
  types: ['NATIONAL_ID'],
  description: 'US Social Security numbers AAA-GG-SSSS (SSA area/group/serial rules); plain 9 digits only with an SSN keyword',
  wordLists: LABEL_LISTS,
  find(doc, out) {
    for (const w of numberWindows(doc, 9)) {
      const c = evaluate(doc, w);
      if (c) out.push(c);
    }
  },
};
