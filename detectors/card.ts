/**
 * CARD_NUMBER: payment card numbers (PANs), 12-19 digits written with any separators.
 * Validation: Luhn (the `luhn` package) AND an issuer (IIN) range with that brand's lengths, so
 * Luhn-valid timestamps, order numbers and case numbers are not cards. Context: a card word
 * before the number raises the score; a reference word (order, invoice, tracking...) drops it
 * below the reporting threshold.
 */
import luhn from 'luhn';
import { words } from './context.js';
import type { Detector, ScanDoc } from './detector.js';
import { gluedAfter, gluedBefore, isFourDigitBlock, isMaskedTail, readDigitByDigit, type DigitRun } from './digit-runs.js';
import { maskDigitsGrouped } from './mask.js';
import { REFERENCE_WORDS } from './shared-words.js';
import type { Candidate } from './types.js';

export const CARD_WORDS = words('card', [
  'card', 'card no', 'card number', 'card num', 'card details', 'credit card', 'debit card',
  'prepaid card', 'payment card', 'bank card', 'cc', 'ccn', 'pan', 'visa', 'mastercard', 'master card',
  'amex', 'american express', 'discover', 'diners', 'diners club', 'jcb', 'unionpay', 'union pay',
  'maestro', 'verve', 'elo', 'mir', 'rupay', 'charge', 'charged', 'carte', 'carte bancaire',
  'tarjeta', 'cartão', 'kaart', 'karte', 'kreditkarte',
  // Swahili, Shona, Zulu / Ndebele / Xhosa ("yekhadi": of the card), Setswana / Sesotho
  'kadi', 'kadhi', 'yekadhi', 'ikhadi', 'khadi', 'yekhadi', 'karete', 'karata',
]);

interface Brand {
  readonly name: string;
  /** Inclusive prefix ranges: [low, high] compared on the first digits of the same length. */
  readonly ranges: readonly (readonly [string, string])[];
  readonly lengths: readonly number[];
  /** Where the printed number has gaps, for the masked preview. */
  readonly gaps: readonly number[];
  /** Base score when Luhn and range pass: broad ranges (Maestro's bare "6") are weaker evidence. */
  readonly base: number;
}

const G444 = [4, 8, 12];

/** Most specific first: the first brand whose range and length match wins. */
export const BRANDS: readonly Brand[] = [
  {
    name: 'elo', lengths: [16], gaps: G444, base: 0.85,
    ranges: [['401178', '401179'], ['431274', '431274'], ['438935', '438935'], ['451416', '451416'],
      ['457393', '457393'], ['457631', '457632'], ['504175', '504175'], ['506699', '506778'],
      ['509000', '509999'], ['627780', '627780'], ['636297', '636297'], ['636368', '636368'],
      ['650031', '650033'], ['650035', '650051'], ['650405', '650439'], ['650485', '650538'],
      ['650541', '650598'], ['650700', '650718'], ['650720', '650727'], ['650901', '650978'],
      ['651652', '651679'], ['655000', '655019'], ['655021', '655058']],
  },
  { name: 'verve', lengths: [16, 18, 19], gaps: G444, base: 0.85,
    ranges: [['506099', '506198'], ['507865', '507964'], ['650002', '650027']] },
  { name: 'hipercard', lengths: [16], gaps: G444, base: 0.85, ranges: [['606282', '606282'],
    ['637095', '637095'], ['637568', '637568'], ['637599', '637599'], ['637609', '637609'], ['637612', '637612']] },
  { name: 'mir', lengths: [16, 17, 18, 19], gaps: G444, base: 0.85, ranges: [['2200', '2204']] },
  { name: 'amex', lengths: [15], gaps: [4, 10], base: 0.85, ranges: [['34', '34'], ['37', '37']] },
  { name: 'diners', lengths: [14, 16, 19], gaps: [4, 10], base: 0.85,
    ranges: [['300', '305'], ['3095', '3095'], ['36', '36'], ['38', '39']] },
  { name: 'jcb', lengths: [16, 17, 18, 19], gaps: G444, base: 0.85,
    ranges: [['2131', '2131'], ['1800', '1800'], ['3528', '3589']] },
  { name: 'discover', lengths: [16, 19], gaps: G444, base: 0.85,
    ranges: [['6011', '6011'], ['644', '649'], ['65', '65']] },
  { name: 'unionpay', lengths: [16, 17, 18, 19], gaps: G444, base: 0.85,
    ranges: [['62', '62'], ['8110', '8171']] },
  { name: 'unionpay', lengths: [14, 15], gaps: G444, base: 0.7, ranges: [['62', '62']] },
  { name: 'visa', lengths: [16, 18, 19], gaps: G444, base: 0.85, ranges: [['4', '4']] },
  { name: 'visa', lengths: [13], gaps: [4, 7, 10], base: 0.65, ranges: [['4', '4']] },
  { name: 'mastercard', lengths: [16], gaps: G444, base: 0.85, ranges: [['51', '55'], ['2221', '2720']] },
  { name: 'maestro', lengths: [16, 18, 19], gaps: G444, base: 0.8,
    ranges: [['493698', '493698'], ['500000', '508999'], ['56', '59'], ['63', '63'], ['67', '67']] },
  { name: 'maestro', lengths: [12, 13, 14, 15, 17], gaps: G444, base: 0.6,
    ranges: [['500000', '508999'], ['56', '59'], ['63', '63'], ['67', '67'], ['6', '6']] },
  { name: 'maestro', lengths: [16, 18, 19], gaps: G444, base: 0.7, ranges: [['6', '6']] },
];

/** Per length, the brands in priority order with their ranges widened to six-digit prefixes. */
const BRANDS_BY_LENGTH: ReadonlyMap<number, readonly { brand: Brand; low: number; high: number }[]> = (() => {
  const byLength = new Map<number, { brand: Brand; low: number; high: number }[]>();
  for (const brand of BRANDS) {
    for (const length of brand.lengths) {
      const list = byLength.get(length) ?? [];
      for (const [low, high] of brand.ranges) {
        list.push({ brand, low: Number(low.padEnd(6, '0')), high: Number(high.padEnd(6, '9')) });
      }
      byLength.set(length, list);
    }
  }
  return byLength;
})();

/** The brand whose issuer range and length fit `digits`, or undefined. */
export function brandOf(digits: string): Brand | undefined {
  const candidates = BRANDS_BY_LENGTH.get(digits.length);
  if (!candidates) return undefined;
  const prefix = Number(digits.slice(0, 6));
  for (const c of candidates) if (prefix >= c.low && prefix <= c.high) return c.brand;
  return undefined;
}

/** A PAN found in the text: its place, digits and brand. Shared with the expiry and CVV detectors. */
export interface Pan {
  start: number;
  end: number;
  digits: string;
  brand: Brand;
  score: number;
}

/** Every PAN candidate of a text, scored with context (memoised per text). */
export function findPans(doc: ScanDoc): Pan[] {
  let pans = doc.recalled<Pan[]>(findPans);
  if (pans) return pans;
  pans = [];
  const runs = doc.runs;
  for (let r = 0; r < runs.length; r++) {
    const run = runs[r]!;
    if (run.digits.length >= 12) scanRun(doc, run.groups, pans);
    else if (run.groups.length === 2 && doc.text[run.start - 1] === '\t') r = scanCellRow(doc, r, pans);
    else if (run.groups.length === 2 || run.groups.length === 2 * run.digits.length) r = scanListedGroups(doc, r, pans);
  }
  return doc.remember(findPans, pans);
}

/**
 * True when a reportable PAN (score 0.5 or more) of the text ends at a position in [from, to).
 * The expiry, CVV and credential detectors ask it per label: a binary search over the sorted ends
 * keeps a document with thousands of cards and labels linear.
 */
export function panEndsWithin(doc: ScanDoc, from: number, to: number): boolean {
  let ends = doc.recalled<number[]>(panEndsWithin);
  if (!ends) {
    ends = doc.remember(panEndsWithin, findPans(doc).filter((p) => p.score >= 0.5).map((p) => p.end).sort((a, b) => a - b));
  }
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < ends.length && ends[lo]! < to;
}

/** Separators that never join a digit run but do appear inside typed card numbers: "4916/4206/...". */
const LIST_SEPARATORS = new Set(['/', ', ', ',', ' / ', '|', ' | ']);

/**
 * The digit groups of one item of a typed or spoken list: a single group of 3-6 digits ("4916"),
 * or 3-6 digits read out one by one ("4 0 4 7", a transcript). Undefined for anything else.
 */
function listItem(text: string, run: DigitRun): { groups: readonly number[]; spoken: boolean } | undefined {
  const n = run.digits.length;
  if (n < 3 || n > 6) return undefined;
  const groups = run.groups;
  if (groups.length === 2) return { groups, spoken: false };
  return readDigitByDigit(text, run, true) ? { groups, spoken: true } : undefined;
}

/** How far before a spoken list a card word must be ("Can I take the card ...? ... it's 4 0 4 7, 1 8 9 8, ..."). */
const SPOKEN_CONTEXT = 240;

/**
 * "4916/4206/3736/6811", "4916, 2905, 6643, 7960": three to five single-group runs of 3-6 digits
 * with the same separator each time are read as one number, when all of them make the card.
 * A transcript reads the groups out digit by digit ("4 0 4 7, 1 8 9 8, 7 3 5 7, 1 5 3 1"): such a
 * list is a card only with a card word before it within SPOKEN_CONTEXT characters (a caller
 * reading out quantities or amounts is not asked for a card). Returns the last run index used.
 */
function scanListedGroups(doc: ScanDoc, r: number, out: Pan[]): number {
  const runs = doc.runs;
  const text = doc.text;
  const first = listItem(text, runs[r]!);
  if (!first) return r;
  const groups = [...first.groups];
  let items = 1;
  let sep: string | undefined;
  let k = r + 1;
  for (; k < runs.length && items < 5; k++) {
    const run = runs[k]!;
    const gap = text.slice(groups[groups.length - 1]!, run.start);
    const item = listItem(text, run);
    if (!item || item.spoken !== first.spoken || !LIST_SEPARATORS.has(gap)) break;
    if (sep !== undefined && gap !== sep) break;
    sep = gap;
    groups.push(...item.groups);
    items++;
  }
  if (items < 3) return r;
  if (first.spoken) {
    const hit = doc.hits.nearestBefore(groups[0]!, [CARD_WORDS], SPOKEN_CONTEXT);
    if (!hit || /\d/.test(text.slice(hit.end, groups[0]!))) return k - 1;
  }
  // Only the whole list as one card: a 12-digit tail of "1234, 5678, 9012, 3456" is no card.
  const found: Pan[] = [];
  scanRun(doc, groups, found);
  for (const pan of found) {
    if (pan.start === groups[0] && pan.end === groups[groups.length - 1] && pan.digits.length >= 14) out.push(pan);
  }
  return k - 1;
}

/** Cell sizes of a card typed one group per cell: the brands' print groupings. */
const CELL_GROUPINGS = new Set(['4,4,4,4', '4,6,5', '4,6,4', '4,4,4,4,3', '4,4,4,4,2']);
/** How far before a card-in-cells row a card word may be ("The card ... is below:"). */
const CELL_ROW_CONTEXT = 200;

/**
 * "<td>4457</td><td>9126</td><td>4606</td><td>3814</td>": a card typed one group per cell of a
 * form or table (normalize.ts turns each cell into a tab and the cell's text). The cells are read
 * as one number only when (1) they are the brand's grouping (4-4-4-4, 4-6-5...), (2) they are the
 * last cells of their row, with at most digit-free label cells before them, (3) together they make
 * a card (Luhn and issuer range), and (4) a card word comes before the row within
 * CELL_ROW_CONTEXT characters with no other number in between. A row of quantities, prices or
 * years passes (3) one time in ten or more, but not (4) as well. Returns the last run index used.
 */
function scanCellRow(doc: ScanDoc, r: number, out: Pan[]): number {
  const runs = doc.runs;
  const text = doc.text;
  const first = runs[r]!;
  const groups = [first.start, first.end];
  let k = r + 1;
  for (; k < runs.length && groups.length < 10; k++) {
    const run = runs[k]!;
    if (run.groups.length !== 2 || !/^ *\t *$/.test(text.slice(groups[groups.length - 1]!, run.start))) break;
    groups.push(run.start, run.end);
  }
  const last = k - 1;
  if (groups.length < 6) return r;
  const sizes: number[] = [];
  for (let i = 0; i < groups.length; i += 2) sizes.push(groups[i + 1]! - groups[i]!);
  if (!CELL_GROUPINGS.has(sizes.join(','))) return last;
  // A card's row is short: its line ends within MAX_ROW characters either side (bounded work on a
  // huge one-line table).
  const lineStart = lineEdge(text, first.start, -1);
  const lineEnd = lineEdge(text, groups[groups.length - 1]!, 1);
  if (lineStart < 0 || lineEnd < 0) return last;
  const before = text.slice(lineStart, first.start);
  if (/\d/.test(before) || text.slice(groups[groups.length - 1]!, lineEnd).trim() !== '') return last;
  const hit = doc.hits.nearestBefore(first.start, [CARD_WORDS], CELL_ROW_CONTEXT);
  if (!hit || /\d/.test(text.slice(hit.end, lineStart))) return last;
  // A row of a larger table: a neighbouring row of numbers makes it a table of figures; a header
  // row above it names the columns, and then the card word must be in that header.
  const prev = neighbourLine(text, lineStart, -1);
  const next = neighbourLine(text, lineEnd, 1);
  if ((prev && NUMERIC_ROW.test(prev.line)) || (next && NUMERIC_ROW.test(next.line))) return last;
  if (prev && prev.line.includes('\t') && hit.start < prev.start) return last;
  const found: Pan[] = [];
  scanRun(doc, groups, found);
  for (const pan of found) {
    if (pan.start === groups[0] && pan.end === groups[groups.length - 1]) out.push(pan);
  }
  return last;
}

const MAX_ROW = 400;

/** The start (dir -1) or end (dir 1) of the line holding `at`, or -1 when it is more than MAX_ROW away. */
function lineEdge(text: string, at: number, dir: -1 | 1): number {
  if (dir < 0) {
    for (let i = at; i > at - MAX_ROW; i--) if (i <= 0 || text[i - 1] === '\n') return Math.max(0, i);
    return -1;
  }
  for (let i = at; i < at + MAX_ROW; i++) if (i >= text.length || text[i] === '\n') return Math.min(text.length, i);
  return -1;
}

/** A table row of figures: two cells or more, each a number (amounts, counts, years). */
const NUMERIC_ROW = /^[ \t]*(?:[-+$€£(]?\d[\d.,:/%)-]*[ \t]+){1,}[-+$€£(]?\d[\d.,:/%)-]*[ \t]*$/;

/** The nearest non-blank line before (`dir` -1, from a line start) or after (+1, from a line end). */
function neighbourLine(text: string, at: number, dir: -1 | 1): { start: number; line: string } | undefined {
  let i = at;
  for (let hops = 0; hops < 4; hops++) {
    if (dir < 0) {
      if (i <= 0) return undefined;
      const end = i - 1;
      const start = lineEdge(text, end, -1);
      if (start < 0) return undefined;
      const line = text.slice(start, end);
      if (line.trim()) return { start, line };
      i = start;
    } else {
      if (i >= text.length) return undefined;
      const start = i + 1;
      const end = lineEdge(text, start, 1);
      if (end < 0) return undefined;
      const line = text.slice(start, end);
      if (line.trim()) return { start, line };
      i = end;
    }
  }
  return undefined;
}

/**
 * Tries windows of consecutive digit groups holding 12-19 digits, left to right; takes the longest
 * valid one at each start and continues after it, so a card followed by an expiry and a CVV in
 * the same run ("4111 1111 1111 1111 12 27 123") is still found.
 */
function scanRun(doc: ScanDoc, groups: readonly number[], out: Pan[]): void {
  const text = doc.text;
  const count = groups.length / 2;
  let g = 0;
  while (g < count) {
    // Cheap gate first: no issuer starts with these digits at any card length -> next group.
    if (!hasIssuerPrefix(text, groups, g)) {
      g++;
      continue;
    }
    let best: Pan | undefined;
    let digits = '';
    let bestEnd = g;
    for (let h = g; h < count; h++) {
      const gs = groups[2 * h]!;
      const ge = groups[2 * h + 1]!;
      digits += text.slice(gs, ge);
      if (digits.length > 19) break;
      if (digits.length < 12) continue;
      const start = groups[2 * g]!;
      const pan = evaluate(doc, digits, start, ge, groups, g, h);
      if (pan && (!best || pan.score >= best.score)) {
        best = pan;
        bestEnd = h;
      }
    }
    if (best) {
      out.push(best);
      g = bestEnd + 1;
    } else {
      g++;
    }
  }
}

/** Six-digit prefixes that start a card of some brand and length: merged, sorted, disjoint. */
const ISSUER_PREFIXES: readonly (readonly [number, number])[] = (() => {
  const ranges: [number, number][] = [];
  for (const list of BRANDS_BY_LENGTH.values()) for (const c of list) ranges.push([c.low, c.high]);
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1] + 1) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
})();

function hasIssuerPrefix(text: string, groups: readonly number[], g: number): boolean {
  // The first six digits as a number, without building strings (this runs for every group).
  let p = 0;
  let n = 0;
  for (let h = g; h < groups.length / 2 && n < 6; h++) {
    for (let i = groups[2 * h]!; i < groups[2 * h + 1]! && n < 6; i++, n++) p = p * 10 + text.charCodeAt(i) - 48;
  }
  for (; n < 6; n++) p *= 10;
  let lo = 0;
  let hi = ISSUER_PREFIXES.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [low, high] = ISSUER_PREFIXES[mid]!;
    if (p < low) hi = mid - 1;
    else if (p > high) lo = mid + 1;
    else return true;
  }
  return false;
}

function evaluate(doc: ScanDoc, digits: string, start: number, end: number, groups: readonly number[], g: number, h: number): Pan | undefined {
  const brand = brandOf(digits);
  if (!brand || !luhn.validate(digits)) return undefined;
  const text = doc.text;
  // "+44 20 7946 0958 ..." is a phone number: helpdesks never treat "+" numbers as cards.
  if (text[start - 1] === '+') return undefined;
  if (g === 0 && (gluedBefore(text, start) || isMaskedTail(text, start) || afterIbanPrefix(text, start))) return undefined;
  // "opacity: 0.5440049604579338": unbroken digits after "<digit>." are a decimal fraction; a
  // dotted card is written in groups ("4000.0566.5566.5556").
  if (g === h && g > 0 && text[start - 1] === '.' && isDigit(text[start - 2])) return undefined;
  if (h === groups.length / 2 - 1 && gluedAfter(text, end)) return undefined;
  // "rrn=526011004471\n2025-09-17": digits joined over a line break that go on as a date are not one number.
  if (h < groups.length / 2 - 1 && (text[end] === '-' || text[end] === '.') && text.slice(start, end).includes('\n')) return undefined;
  // Weak evidence (Maestro's bare "6" and odd lengths) only for a number standing alone, not for a
  // window of a longer run ("4829-1177 3301-9046 7712-5830 0094-2263" are backup codes).
  if (brand.base < 0.8 && (g > 0 || h < groups.length / 2 - 1)) return undefined;
  // A block of four-digit groups ("Token: 6369-3562-8971-9112-9490", a prepaid electricity token)
  // holds a card only as its first sixteen digits with an expiry after them ("... 3173 0928").
  if ((g > 0 || h < groups.length / 2 - 1) && isFourDigitBlock(text, groups) && !(g === 0 && h === groups.length / 2 - 2 && expiryShaped(text, groups[2 * h + 2]!))) return undefined;
  let score = brand.base;
  score += groupingBonus(digits.length, brand, groups, g, h);
  const label = doc.labelBefore(start, [CARD_WORDS, REFERENCE_WORDS], 60);
  if (label?.list === CARD_WORDS) score += 0.12;
  // "order 4111..." names the number; "the card stored for your membership is 4216..." only
  // mentions a reference nearby, which a checksum- and issuer-valid PAN outweighs.
  else if (label?.list === REFERENCE_WORDS) score -= doc.directlyBefore(label.hit, start) ? 0.5 : 0.2;
  else if (doc.labelAfter(end, [REFERENCE_WORDS], 12)) score -= 0.4;
  return { start, end, digits, brand, score: Math.min(1, score) };
}

/** MMYY at `at`: a month 01-12 and a year 20-49. */
function expiryShaped(text: string, at: number): boolean {
  const month = Number(text.slice(at, at + 2));
  const year = Number(text.slice(at + 2, at + 4));
  return month >= 1 && month <= 12 && year >= 20 && year <= 49;
}

/**
 * Numbers written in the brand's own grouping (4-4-4-4, 4-6-5) or in one piece look like cards;
 * odd groupings ("41 1111 11 11111111") are more often several numbers side by side.
 */
/** "MU71 BOMM 5071 2436 ...": a country, two check digits and groups of four before the digits. */
const IBAN_PREFIX_BEFORE = /(?:^|[^\p{L}\p{N}])[A-Z]{2}\d{2}(?: [A-Z0-9]{4}){1,3} $/u;

/** The digits continue an IBAN written in groups (one the IBAN detector did not take, e.g. of a wrong length): not a card. */
function afterIbanPrefix(text: string, start: number): boolean {
  return text.charCodeAt(start - 1) === 32 && /[A-Z0-9]/.test(text[start - 2] ?? '') && IBAN_PREFIX_BEFORE.test(text.slice(Math.max(0, start - 24), start));
}

function groupingBonus(length: number, brand: Brand, groups: readonly number[], g: number, h: number): number {
  if (g === h) return 0.05;
  const cuts: number[] = [];
  let at = 0;
  for (let k = g; k < h; k++) {
    at += groups[2 * k + 1]! - groups[2 * k]!;
    cuts.push(at);
  }
  // 17 to 19 digits are printed 4-4-4-4-3 where 16 are 4-4-4-4: one more group after the 16th digit.
  const brandGaps = (length > 16 && brand.gaps[brand.gaps.length - 1] === 12 ? [...brand.gaps, 16] : brand.gaps).filter((x) => x < length);
  if (cuts.length === brandGaps.length && cuts.every((c, i) => c === brandGaps[i])) return 0.05;
  if (cuts.every((c) => c % 4 === 0)) return 0.03;
  return -0.15;
}

export const card: Detector = {
  id: 'card',
  types: ['CARD_NUMBER'],
  description: 'Payment card numbers, 12-19 digits, any separators; Luhn plus issuer range and length per brand',
  wordLists: [CARD_WORDS, REFERENCE_WORDS],
  find(doc: ScanDoc, out: Candidate[]) {
    for (const pan of findPans(doc)) {
      out.push({
        type: 'CARD_NUMBER',
        subtype: pan.brand.name,
        start: pan.start,
        end: pan.end,
        score: pan.score,
        masked: maskDigitsGrouped(pan.digits, pan.brand.gaps),
        detector: 'card',
      });
    }
  },
};

/** What may follow a PAN on its line: an expiry and a security code, labelled or not. */
export interface PanTrailer {
  expiry?: { start: number; end: number };
  cvv?: { start: number; end: number };
}

/** After a PAN: punctuation, "and", or a short label in brackets in any language ("（有効期限 05/29）", "(exp. 05/29)"). */
const TRAILER_GAP = /[ \t,;:|/]{0,4}(?:and\s|&\s?|[(（]\s?(?:\p{L}{1,12}\.?:?\s?){0,2})?/uy;
const TRAILER_SEPARATOR = /[ \t,;:|/-]{0,4}(?:and\s|&\s?)?/y;
const EXPIRY_LABEL = /(?:exp(?:iry|iring|ires|iration|ired|irant|\.)?(?:\s?(?:date|le))?|valid\s?(?:thru|through|till|until|to)|good\s?thru|inopera)\s*[:.-]?\s*/iy;
const EXPIRY_VALUE = /(?:0?[1-9]|1[0-2])\s?[/.-]\s?(?:20)?\d{2}(?![\d/])/y;
/** Unlabelled, "MM.YY" right after a PAN is more often an amount ("| 12.50 |", ",9.99,"). */
const AMOUNT_LIKE = /^\d{1,2}\.\d{2}$/;
/** "5446 0123 4000 3173 0928": MMYY as the last group of the PAN's own run. */
const EXPIRY_COMPACT = / (?:0[1-9]|1[0-2])\d{2}(?![\d/-])(?![.,]\d)(?! \d)/y;
const EXPIRY_SPACED = /(?:0[1-9]|1[0-2]) (?:20)?\d{2}(?![\d/])/y;
const CVV_LABEL = /(?:cvv2?|cvc2?|cid|csc|cvn|security\s?code|sec\.?\s?code)\s*[:.-]?\s*/iy;
const CVV_VALUE = /\d{3,4}(?![\d/.,])/y;

function stickyMatch(re: RegExp, text: string, at: number): number {
  re.lastIndex = at;
  return re.test(text) ? re.lastIndex : -1;
}

/** Reads "<PAN>, exp 12/27, CVV 123" / "<PAN> 12/27 123" right after a PAN. */
export function panTrailer(text: string, pan: Pan): PanTrailer {
  const trailer: PanTrailer = {};
  let i = pan.end;
  let j = stickyMatch(TRAILER_GAP, text, i);
  if (j >= 0) i = j;
  const labelled = stickyMatch(EXPIRY_LABEL, text, i);
  const valueAt = labelled >= 0 ? labelled : i;
  let e = stickyMatch(EXPIRY_VALUE, text, valueAt);
  if (e >= 0 && labelled < 0 && AMOUNT_LIKE.test(text.slice(valueAt, e))) e = -1;
  let expiryAt = valueAt;
  if (e < 0 && labelled < 0) e = stickyMatch(EXPIRY_SPACED, text, valueAt);
  if (e < 0 && labelled < 0 && (e = stickyMatch(EXPIRY_COMPACT, text, pan.end)) >= 0) expiryAt = pan.end + 1;
  if (e >= 0) {
    trailer.expiry = { start: expiryAt, end: e };
    i = e;
    j = stickyMatch(TRAILER_SEPARATOR, text, i);
    if (j >= 0) i = j;
  }
  const cvvLabel = stickyMatch(CVV_LABEL, text, i);
  const cvvAt = cvvLabel >= 0 ? cvvLabel : i;
  const c = stickyMatch(CVV_VALUE, text, cvvAt);
  // Without a label a security code must directly follow the expiry or the PAN on the same line.
  if (c >= 0 && (cvvLabel >= 0 || c - cvvAt === (pan.brand.name === 'amex' ? 4 : 3))) {
    if (cvvLabel >= 0 || trailer.expiry || c - pan.end <= 6) trailer.cvv = { start: cvvAt, end: c };
  }
  return trailer;
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}
