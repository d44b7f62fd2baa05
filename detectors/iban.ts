/**
 * IBAN: International Bank Account Numbers (ISO 13616). Validation: mod-97 AND the country's
 * registered length, so an IBAN-shaped code with a wrong checksum is never reported. One exception
 * to the length: a mis-copied IBAN (a digit group too many or too few) of a country whose BBAN
 * starts with a letter bank code, that keeps that shape and passes mod-97, is reported at a lower
 * score (`nearLength`); an all-digit BBAN off its length never is.
 * Accepted writings: compact ("GB82WEST12345698765432"), in groups of four separated by spaces,
 * dashes or a line break ("GB82 WEST 1234 5698 7654 32"), lower-case, and other groupings whose
 * later groups hold digits ("GB82 WEST 123456 98765432"). The span ends exactly at the country's
 * length, so words or numbers after the IBAN ("... 7654 32 THANKS", "... 7654 32 12345") are
 * never swallowed.
 *
 * Scoring: a valid IBAN needs no keyword (Purview does not ask for one): 0.92 in the compact or
 * grouped-by-four form, a little less in other groupings or in lower/mixed case; an IBAN label
 * before it adds 0.05; a reference label ("payment reference:") takes 0.1 off but never below the
 * reporting threshold (it is still an IBAN).
 *
 * Speed: one regex over the whole text that needs a word start, two letters and two digits, so it
 * fails on the first character almost everywhere; from each start a bounded walk reads at most
 * 34 characters.
 */
import { detached, words } from './context.js';
import type { Detector, ScanDoc } from './detector.js';
import { ibanMod97Valid } from './checksums.js';
import { REFERENCE_WORDS } from './shared-words.js';
import type { Candidate } from './types.js';

export const IBAN_WORDS = words('iban', [
  'iban', 'iban no', 'iban number', 'iban code', 'international bank account number',
]);

/**
 * Registered IBAN lengths per country: detection.md §1.2 (php-iban registry.txt) plus the newer
 * SWIFT registry countries (LY, SD, SO, OM, RU, YE, FK, DJ, MN, NI, VA). BI and NI list the old
 * and the current registry length; both pass mod-97 with their own check digits.
 */
export const IBAN_LENGTHS: ReadonlyMap<string, readonly number[]> = new Map(
  Object.entries({
    AD: 24, AE: 23, AL: 28, AO: 25, AT: 20, AX: 18, AZ: 28, BA: 20, BE: 16, BF: 27, BG: 22, BH: 22,
    BI: [27, 16], BJ: 28, BL: 27, BR: 29, BY: 28, CF: 27, CG: 27, CH: 21, CI: 28, CM: 27, CR: 22, CV: 25,
    CY: 28, CZ: 24, DE: 22, DJ: 27, DK: 18, DO: 28, DZ: 24, EE: 20, EG: 29, ES: 24, FI: 18, FK: 18,
    FO: 18, FR: 27, GA: 27, GB: 22, GE: 22, GF: 27, GI: 23, GL: 18, GP: 27, GQ: 27, GR: 27, GT: 28,
    GW: 25, HN: 28, HR: 21, HU: 28, IE: 22, IL: 23, IQ: 23, IR: 26, IS: 26, IT: 27, JO: 30, KM: 27,
    KW: 30, KZ: 20, LB: 28, LC: 32, LI: 21, LT: 20, LU: 20, LV: 21, LY: 25, MA: 28, MC: 27, MD: 24,
    ME: 22, MF: 27, MG: 27, MK: 19, ML: 28, MN: 20, MQ: 27, MR: 27, MT: 31, MU: 30, MZ: 25, NC: 27,
    NE: 28, NI: [28, 32], NL: 18, NO: 15, OM: 23, PF: 27, PK: 24, PL: 28, PM: 27, PS: 29, PT: 25,
    QA: 29, RE: 27, RO: 24, RS: 22, RU: 33, SA: 24, SC: 31, SD: 18, SE: 24, SI: 19, SK: 24, SM: 27,
    SN: 28, SO: 23, ST: 25, SV: 28, TD: 27, TF: 27, TG: 28, TL: 23, TN: 24, TR: 26, UA: 29, VA: 22,
    VG: 24, WF: 27, XK: 20, YE: 30, YT: 27,
  }).map(([cc, len]) => [cc, typeof len === 'number' ? [len] : len]),
);

const MAX_LENGTH = 34;

/**
 * Countries whose registered BBAN begins with a four-letter bank code (`4!a`, or `4!c` written in
 * letters): GB "NWBK", NL "ABNA", MU "BOMM", QA "DOHB"... (detection.md §1.2 formats).
 */
const LETTER_BANK_CODE = new Set([
  'AZ', 'BG', 'BH', 'BY', 'DO', 'GB', 'GI', 'GT', 'IE', 'IQ', 'JO', 'KW', 'LC', 'MT', 'MU', 'NI',
  'NL', 'PK', 'PS', 'QA', 'RO', 'SC', 'SV', 'VG', 'YE',
]);

/** Countries whose BBAN ends with an ISO 4217 currency code: MU "...000MUR", SC "...1497USD". */
const CURRENCY_SUFFIX = new Set(['MU', 'SC']);

/**
 * How far from the registered length a mis-copied IBAN may be and still be reported (one digit
 * group dropped or doubled), see `nearLengthShape`.
 */
const NEAR_LENGTH = 4;

/** A country code and check digits at a word start: the only whole-text regex of this file. */
const START = /\b[A-Za-z]{2}\d{2}/g;

/** An IBAN found in the text, shared with the SWIFT/BIC detector ("IBAN ..., BIC ..."). */
export interface IbanMatch {
  start: number;
  end: number;
  /** Upper-case country code. */
  country: string;
  /** The IBAN without separators, upper-case. */
  compact: string;
  score: number;
  masked: string;
}

function alnumCode(c: number): 0 | 1 | 2 | 3 {
  if (c >= 48 && c <= 57) return 1; // digit
  if (c >= 65 && c <= 90) return 2; // upper
  if (c >= 97 && c <= 122) return 3; // lower
  return 0;
}

/**
 * Length of the separator at `i` between two groups: 1-3 spaces or tabs, a dash with at most one
 * space on each side, one line break with spaces around it, or a dot before a digit. 0 when there is none.
 */
function separatorAt(text: string, i: number): number {
  let j = i;
  let spaces = 0;
  while (spaces < 3 && (text[j] === ' ' || text[j] === '\t')) {
    j++;
    spaces++;
  }
  // "AO98.0040.7429...": a dot right between groups, a digit after it (a sentence's full stop is
  // followed by a space or a letter).
  if (spaces === 0 && text[j] === '.') return alnumCode(text.charCodeAt(j + 1)) === 1 ? 1 : 0;
  if (text[j] === '-') {
    if (spaces > 1) return 0;
    j++;
    if (text[j] === ' ') j++;
  } else if (text[j] === '\n' || (text[j] === '\r' && text[j + 1] === '\n')) {
    j += text[j] === '\r' ? 2 : 1;
    let k = 0;
    while (k < 3 && (text[j] === ' ' || text[j] === '\t')) {
      j++;
      k++;
    }
  } else if (spaces === 0) {
    return 0;
  }
  return j > i && alnumCode(text.charCodeAt(j)) ? j - i : 0;
}

interface Walk {
  /** Alphanumerics read, in order (as written). */
  chars: string;
  /** End offset (exclusive) after each character read. */
  ends: number[];
  /** Index in `chars` where each group starts. */
  groupStarts: number[];
}

/** Reads up to MAX_LENGTH alphanumerics from `start`, across separators. Bounded work. */
function walk(text: string, start: number): Walk {
  let chars = '';
  const ends: number[] = [];
  const groupStarts = [0];
  let i = start;
  while (chars.length < MAX_LENGTH) {
    const c = text.charCodeAt(i);
    if (alnumCode(c)) {
      chars += text[i];
      i++;
      ends.push(i);
      continue;
    }
    const sep = separatorAt(text, i);
    if (!sep) break;
    i += sep;
    groupStarts.push(chars.length);
  }
  return { chars, ends, groupStarts };
}

type Grouping = 'compact' | 'fours' | 'other';

/**
 * How the first `len` characters are grouped, or undefined when the grouping does not look like an
 * IBAN: the standard print form is groups of four; other writings are accepted only when every
 * later group holds a digit (a bank code of four letters may follow the first group), so words
 * after a short IBAN-like code are never read as its continuation.
 */
function groupingOf(w: Walk, len: number, country: string): Grouping | undefined {
  const starts = w.groupStarts.filter((s) => s < len);
  if (starts.length === 1) return 'compact';
  const sizes = starts.map((s, k) => (k + 1 < starts.length ? starts[k + 1]! : len) - s);
  if (sizes.slice(0, -1).every((n) => n === 4) && sizes[sizes.length - 1]! <= 4) return 'fours';
  if (sizes[0]! < 4) return undefined;
  for (let k = 1; k < starts.length; k++) {
    const group = w.chars.slice(starts[k]!, k + 1 < starts.length ? starts[k + 1]! : len);
    if (/\d/.test(group)) continue;
    if (k === 1 && group.length === 4) continue;
    // "MU17 BOMM 0101 1010 3030 0200 000 MUR": the currency code that ends the BBAN, on its own.
    if (k === starts.length - 1 && group.length === 3 && CURRENCY_SUFFIX.has(country)) continue;
    return undefined;
  }
  return 'other';
}

function caseOf(chars: string): 'upper' | 'lower' | 'mixed' {
  let upper = false;
  let lower = false;
  for (let i = 0; i < chars.length; i++) {
    const k = alnumCode(chars.charCodeAt(i));
    if (k === 2) upper = true;
    else if (k === 3) lower = true;
  }
  return upper && lower ? 'mixed' : lower ? 'lower' : 'upper';
}

/** "GB•• •••• •••• •••• ••54 32": country kept, last four kept, separators kept, the rest hidden. */
function maskIban(raw: string, len: number): string {
  let seen = 0;
  const out: string[] = [];
  for (const ch of raw) {
    if (alnumCode(ch.charCodeAt(0))) {
      seen++;
      out.push(seen <= 2 || seen > len - 4 ? ch.toUpperCase() : '•');
    } else {
      out.push(ch === '\n' || ch === '\r' || ch === '\t' ? ' ' : ch);
    }
  }
  // join, not +=: a flat string (see mask.ts).
  return out.join('');
}

/**
 * Where walk() stops reading alphanumerics from `start` (the same loop, nothing built). What an
 * evaluation finds depends on the text from `start` to 8 characters past this (separatorAt looks
 * up to 8 characters ahead), and on the label before `start`.
 */
function walkStop(text: string, start: number): number {
  let i = start;
  let n = 0;
  while (n < MAX_LENGTH) {
    if (alnumCode(text.charCodeAt(i))) {
      i++;
      n++;
      continue;
    }
    const sep = separatorAt(text, i);
    if (!sep) break;
    i += sep;
  }
  return i;
}

/** Characters past walkStop() an evaluation may read (see separatorAt). */
const LOOKAHEAD = 9;

/** An IBAN as written, without its label: the score before the label's adjustment. */
interface IbanShape {
  /** End, relative to the start. */
  readonly length: number;
  readonly country: string;
  readonly compact: string;
  readonly score: number;
  /** The score is capped at 0.98 once the label is counted (registered lengths only). */
  readonly capped: boolean;
  readonly masked: string;
}

/**
 * Shapes by the text they were read from (start to walkStop + LOOKAHEAD, copied so that the memo
 * keeps no text alive): the same IBANs recur across a conversation's replies, and reading one
 * (walk, grouping, mod-97, mask) costs far more than a lookup.
 */
const shapes = new Map<string, IbanShape | null>();
const SHAPE_CACHE_SIZE = 20_000;

function evaluate(doc: ScanDoc, start: number): IbanMatch | undefined {
  const text = doc.text;
  const country = text.slice(start, start + 2).toUpperCase();
  const lengths = IBAN_LENGTHS.get(country);
  if (!lengths) return undefined;
  const key = text.slice(start, walkStop(text, start) + LOOKAHEAD);
  let shape = shapes.get(key);
  if (shape === undefined) {
    shape = shapeAt(text, start, country, lengths) ?? null;
    if (shapes.size >= SHAPE_CACHE_SIZE) shapes.clear();
    shapes.set(detached(key), shape);
  }
  if (!shape) return undefined;
  let score = shape.score;
  const label = doc.labelBefore(start, [IBAN_WORDS, REFERENCE_WORDS], 60);
  if (label?.list === IBAN_WORDS) score += 0.05;
  else if (label?.list === REFERENCE_WORDS) score -= 0.1;
  return { start, end: start + shape.length, country, compact: shape.compact, score: shape.capped ? Math.min(0.98, score) : score, masked: shape.masked };
}

function shapeAt(text: string, start: number, country: string, lengths: readonly number[]): IbanShape | undefined {
  const w = walk(text, start);
  for (const len of lengths) {
    if (w.chars.length < len) continue;
    const end = w.ends[len - 1]!;
    // The IBAN must end where a group ends: a longer token is something else.
    if (alnumCode(text.charCodeAt(end))) continue;
    if (text[end] === '_') continue;
    const grouping = groupingOf(w, len, country);
    if (!grouping) continue;
    const compact = w.chars.slice(0, len).toUpperCase();
    if (!ibanMod97Valid(compact)) continue;
    let score = grouping === 'other' ? 0.86 : 0.92;
    const letterCase = caseOf(w.chars.slice(0, len));
    if (letterCase === 'lower') score -= 0.05;
    else if (letterCase === 'mixed') score -= 0.1;
    return { length: end - start, country, compact, score, capped: true, masked: maskIban(text.slice(start, end), len) };
  }
  return nearLength(text, start, country, lengths, w);
}

/**
 * True when `compact` has the shape of the country's BBAN apart from the length of its digit run:
 * the four-letter bank code right after the check digits, then only digits, and for MU/SC the
 * currency code at the end ("MU35 BOMM <digits> MUR"). Letters anywhere else (a word or code glued
 * to a real IBAN: "GB82WEST12345698765432X1") never pass.
 */
function nearLengthShape(compact: string, country: string): boolean {
  if (!LETTER_BANK_CODE.has(country)) return false;
  const tail = CURRENCY_SUFFIX.has(country) ? /^[A-Z]{4}\d+[A-Z]{3}$/ : /^[A-Z]{4}\d+$/;
  return tail.test(compact.slice(4));
}

/**
 * An IBAN written with a digit too many or too few (a real customer's mis-copied IBAN, or one
 * typed from a statement that groups differently) whose mod-97 still holds: reported when the
 * country's BBAN starts with a letter bank code and the value keeps that shape, within
 * NEAR_LENGTH of the registered length. Mod-97 alone passes 1 random string in 97; the bank-code
 * shape and a clean token end make a chance match rarer still, so this scores below a
 * registered-length IBAN but above the reporting threshold. All-digit BBANs (DE, FR...) are never
 * accepted off-length: there the shape says nothing.
 */
function nearLength(text: string, start: number, country: string, lengths: readonly number[], w: Walk): IbanShape | undefined {
  if (!LETTER_BANK_CODE.has(country)) return undefined;
  const registered = lengths[lengths.length - 1]!;
  const lo = Math.max(15, Math.min(...lengths) - NEAR_LENGTH);
  const hi = Math.min(MAX_LENGTH, registered + NEAR_LENGTH);
  for (let len = lo; len <= hi && len <= w.chars.length; len++) {
    if (lengths.includes(len)) continue;
    const end = w.ends[len - 1]!;
    if (alnumCode(text.charCodeAt(end)) || text[end] === '_') continue;
    const grouping = groupingOf(w, len, country);
    if (!grouping) continue;
    const compact = w.chars.slice(0, len).toUpperCase();
    if (caseOf(w.chars.slice(0, len)) !== 'upper') continue;
    if (!nearLengthShape(compact, country) || !ibanMod97Valid(compact)) continue;
    return { length: end - start, country, compact, score: 0.84, capped: false, masked: maskIban(text.slice(start, end), len) };
  }
  return undefined;
}

/** Every valid IBAN of a text, scored (memoised per text). */
export function findIbans(doc: ScanDoc): IbanMatch[] {
  let found = doc.recalled<IbanMatch[]>(findIbans);
  if (found) return found;
  found = [];
  const text = doc.text;
  START.lastIndex = 0;
  let m: RegExpExecArray | null;
  let resumeAt = 0;
  while ((m = START.exec(text))) {
    if (m.index < resumeAt) continue;
    const iban = evaluate(doc, m.index);
    if (iban) {
      found.push(iban);
      resumeAt = iban.end;
      START.lastIndex = iban.end;
    }
  }
  return doc.remember(findIbans, found);
}

export const iban: Detector = {
  id: 'iban',
  types: ['IBAN'],
  description: 'IBANs of 90 countries, compact or grouped, any case; mod-97 plus the registered length of the country',
  wordLists: [IBAN_WORDS, REFERENCE_WORDS],
  find(doc, out: Candidate[]) {
    for (const m of findIbans(doc)) {
      out.push({ type: 'IBAN', subtype: m.country.toLowerCase(), start: m.start, end: m.end, score: m.score, masked: m.masked, detector: 'iban' });
    }
  },
};
