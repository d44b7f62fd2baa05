/**
 * Digit runs: the numbers of a text, each as one unit however it is written. A run is a
 * sequence of digit groups joined by the separators people type inside numbers (spaces,
 * "-", ".", a single line break, brackets as in "(0)20"), so "4111 1111 1111 1111",
 * "5123 - 4567 - 8901 - 2345", "5123.4567.8901.2345" and a number broken over two lines (also in
 * quoted mail, where the next line starts with "> ") are each one run. Numeric detectors (cards,
 * IDs, phones, accounts) read runs instead of running their own regexes over the whole text: one
 * linear pass serves them all.
 */

export class DigitRun {
  constructor(
    /** Start of the first digit, in the normalised text. */
    readonly start: number,
    /** End of the last digit (exclusive). */
    readonly end: number,
    /** The digits alone. */
    readonly digits: string,
    /** Group bounds when there are two groups or more; a single group is [start, end]. */
    private readonly bounds?: readonly number[],
  ) {}

  /**
   * Start and end of each digit group: [s0, e0, s1, e1, ...]. Half the runs of a text are one
   * group: theirs is made when asked for, not kept (64 bytes a run, 4 MB in an 8 MB document).
   */
  get groups(): readonly number[] {
    return this.bounds ?? [this.start, this.end];
  }
}

/**
 * A digit group, then up to 47 more (separator, digit group). A tab never joins: it separates the
 * cells of a pasted table (and of HTML tables, see normalize.ts). Separators are bounded, so each
 * step consumes at least one digit after a bounded look: the scan is linear. The group count is
 * bounded too, because the regex engine keeps a backtrack entry per repetition (a 4 MB column of
 * one number per line overflowed its stack); a longer chain continues as the next run.
 */
const RUN = /\d+(?:(?: {1,3}| ?[-.] ?| {0,2}- {0,2}|-? *\r?\n(?: {0,3}>){0,4} *| ?\( ?| ?\) ?)\d+){0,47}/g;

/**
 * Runs of at least `minDigits` digits, in order. A large document holds hundreds of thousands of
 * runs, so each one is kept small: `groups` has exactly the length it needs.
 */
export function findDigitRuns(text: string, minDigits = 3): DigitRun[] {
  const runs: DigitRun[] = [];
  const bounds: number[] = [];
  const parts: string[] = [];
  RUN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = RUN.exec(text))) {
    const raw = m[0];
    const start = m.index;
    if (raw.length < minDigits) continue;
    // The digit groups, by hand (no match object per group). A run starts and ends with a digit,
    // so one group means the run is all digits.
    bounds.length = 0;
    parts.length = 0;
    const n = raw.length;
    let i = 0;
    while (i < n) {
      let c = raw.charCodeAt(i);
      if (c < 48 || c > 57) {
        i++;
        continue;
      }
      const from = i;
      do {
        i++;
        c = raw.charCodeAt(i);
      } while (c >= 48 && c <= 57);
      bounds.push(start + from, start + i);
    }
    if (bounds.length === 2) {
      runs.push(new DigitRun(start, start + n, raw));
      continue;
    }
    for (let k = 0; k < bounds.length; k += 2) parts.push(raw.slice(bounds[k]! - start, bounds[k + 1]! - start));
    // join, not +=: a flat string, where concatenation would leave cons strings for detectors to flatten.
    const digits = parts.join('');
    if (digits.length < minDigits) continue;
    runs.push(new DigitRun(start, start + raw.length, digits, bounds.slice()));
  }
  return runs;
}

/** Number of digit groups in a run. */
export function groupCount(run: DigitRun): number {
  return run.groups.length / 2;
}

/**
 * True when every group of `run` is one digit with one separator character between groups: a
 * number read out digit by digit in a transcript ("4 0 4 7", "0 6 6"). `space`: only spaces between.
 */
export function readDigitByDigit(text: string, run: DigitRun, space = false): boolean {
  const groups = run.groups;
  if (groups.length !== 2 * run.digits.length) return false;
  for (let i = 1; i + 1 < groups.length; i += 2) {
    if (groups[i + 1]! - groups[i]! !== 1 || (space && text[groups[i]!] !== ' ')) return false;
  }
  return true;
}

/**
 * Five or more groups of exactly four digits with one separator between them, and nothing after
 * but perhaps a decimal ("4635 0351 8389 9214 8776 189.9 kWh", the units a prepaid electricity
 * token bought): a token, a voucher or a list of backup codes, read as one block. A longer group
 * after them ("5411 1383 7226 5447 0966 579709") starts another number.
 */
export function isFourDigitBlock(text: string, groups: readonly number[]): boolean {
  const count = groups.length / 2;
  if (count < 5) return false;
  const sep = text.slice(groups[1]!, groups[2]!);
  let quads = 0;
  while (quads < count && groups[2 * quads + 1]! - groups[2 * quads]! === 4 && (quads === 0 || text.slice(groups[2 * quads - 1]!, groups[2 * quads]!) === sep)) quads++;
  if (quads < 5) return false;
  return quads === count || (count - quads === 2 && text[groups[2 * quads + 1]!] === '.');
}

/** Lengths of the digit groups, e.g. [4, 4, 4, 4]. */
export function groupLengths(run: DigitRun): number[] {
  const out: number[] = [];
  for (let i = 0; i < run.groups.length; i += 2) out.push(run.groups[i + 1]! - run.groups[i]!);
  return out;
}

/**
 * The text between group i and group i + 1 ("" when i is the last group), e.g. " ", "-", "\n".
 */
export function separatorAfter(text: string, run: DigitRun, i: number): string {
  const end = run.groups[2 * i + 1];
  const next = run.groups[2 * i + 2];
  if (end === undefined || next === undefined) return '';
  return text.slice(end, next);
}

const LETTER = /[\p{L}_]/u;

/**
 * True when the characters just outside [start, end) make it part of a bigger token: a letter
 * or underscore right next to it, or a "-", "/" or "." bridging to a letter or digit
 * ("INV-558201", "1Z999AA10123456784", "558201-A"). Such numbers are references, not values.
 */
export function isGlued(text: string, start: number, end: number): boolean {
  return gluedBefore(text, start) || gluedAfter(text, end);
}

export function gluedBefore(text: string, start: number): boolean {
  const before = text[start - 1];
  if (before === undefined) return false;
  if (LETTER.test(before) || isDigit(before)) return true;
  if (before === '-' || before === '/' || before === '.' || before === '#' || before === '_') {
    const b2 = text[start - 2];
    if (b2 !== undefined && (LETTER.test(b2) || isDigit(b2))) return true;
  }
  return false;
}

export function gluedAfter(text: string, end: number): boolean {
  const after = text[end];
  if (after === undefined) return false;
  if (LETTER.test(after) || isDigit(after)) return true;
  if (after === '-' || after === '/' || after === '_' || after === '.') {
    const a2 = text[end + 1];
    if (a2 !== undefined && (isDigit(a2) || (after !== '.' && LETTER.test(a2)))) return true;
  }
  return false;
}

function isDigit(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return c >= 48 && c <= 57;
}

const MASK_CHARS = /[*•●·xX#]/;

/**
 * True when the number is the visible tail of a masked value: "**** **** **** 4242",
 * "XXXX-XXXX-4242", "•••• 4242", "***-**-4399".
 */
export function isMaskedTail(text: string, start: number): boolean {
  let i = start - 1;
  // Skip one separator run.
  while (i >= 0 && i > start - 4 && (text[i] === ' ' || text[i] === '-' || text[i] === '.')) i--;
  let masks = 0;
  while (i >= 0 && masks < 4) {
    const ch = text[i]!;
    if (MASK_CHARS.test(ch)) masks++;
    else if (ch === ' ' || ch === '-') {
      if (masks > 0) break;
    } else break;
    i--;
  }
  return masks >= 2;
}
