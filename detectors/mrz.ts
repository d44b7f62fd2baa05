/**
 * PASSPORT_NUMBER / mrz: the machine-readable zone of a passport or ID card (ICAO 9303): TD3
 * (2 lines of 44), TD2 (2 x 36) or TD1 (3 x 30) lines of A-Z, 0-9 and "<". The finding covers the
 * whole block, from the first character of its first line to the end of its last line.
 *
 * Validation: the document-number check digit AND at least one more of the date-of-birth, expiry
 * and composite check digits (7-3-1 weights, icaoCheckDigit), plus the layout (dates are YYMMDD,
 * sex is M/F/X/<, name lines hold no digits). A block that passes is near-certain: 0.98 with no
 * keyword. A TD3/TD2 data line pasted without its name line is reported alone when its document
 * number and two more check digits pass (0.95).
 *
 * Speed: every MRZ holds "<<" (the name separator, the fillers), a rare pair in prose. The
 * detector jumps from one "<<" to the next with indexOf and looks only at the run of MRZ
 * characters around it and at the lines just above and below, each scan bounded by the longest
 * line length; runs longer than a line are skipped whole, so the pass is linear.
 *
 * Tolerated: leading and trailing spaces or tabs, CRLF, one blank line between lines, quote
 * markers ("> ") at the start of a line, any non-MRZ text before the first line on its line.
 * Not tolerated: spaces inside a line. Customers paste MRZ text as OCR or a scanner gives it; a
 * line broken by spaces is ambiguous (which gap is a "<"?) and would need a per-character scan.
 */
import { icaoCheckDigit } from './checksums.js';
import type { Detector } from './detector.js';
import { hideAll } from './mask.js';
import type { Candidate } from './types.js';

const MAX_LINE = 44;

function isMrz(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || c === 60;
}

interface Line {
  start: number;
  end: number;
  text: string;
}

/** The MRZ run ending at `end` (exclusive), if it is a whole run of a line length. */
function runEndingAt(text: string, end: number): Line | undefined {
  let s = end;
  while (s > 0 && end - s <= MAX_LINE && isMrz(text.charCodeAt(s - 1))) s--;
  if (s > 0 && isMrz(text.charCodeAt(s - 1))) return undefined;
  return lineOf(text, s, end);
}

/** The MRZ run starting at `start`, if it is a whole run of a line length. */
function runStartingAt(text: string, start: number): Line | undefined {
  let e = start;
  while (e < text.length && e - start <= MAX_LINE && isMrz(text.charCodeAt(e))) e++;
  if (e < text.length && isMrz(text.charCodeAt(e))) return undefined;
  return lineOf(text, start, e);
}

function lineOf(text: string, start: number, end: number): Line | undefined {
  const len = end - start;
  if (len !== 30 && len !== 36 && len !== 44) return undefined;
  // Glued to lower-case letters ("xP<UTO...") it is not an MRZ line.
  if (/[a-z]/.test(text[start - 1] ?? '') || /[a-z]/.test(text[end] ?? '')) return undefined;
  return { start, end, text: text.slice(start, end) };
}

/** The line just above: only spaces, tabs, quote markers and one or two line breaks between. */
function lineAbove(text: string, line: Line): Line | undefined {
  let i = line.start - 1;
  let breaks = 0;
  const stop = Math.max(0, line.start - 16);
  while (i >= stop) {
    const c = text[i]!;
    if (c === '\n') breaks++;
    else if (c !== ' ' && c !== '\t' && c !== '\r' && c !== '>') break;
    i--;
  }
  if (breaks < 1 || breaks > 2 || i < 0) return undefined;
  return runEndingAt(text, i + 1);
}

/** The line just below, under the same rules. */
function lineBelow(text: string, line: Line): Line | undefined {
  let i = line.end;
  let breaks = 0;
  const stop = Math.min(text.length, line.end + 16);
  while (i < stop) {
    const c = text[i]!;
    if (c === '\n') breaks++;
    else if (c !== ' ' && c !== '\t' && c !== '\r' && c !== '>') break;
    i++;
  }
  if (breaks < 1 || breaks > 2 || i >= text.length) return undefined;
  return runStartingAt(text, i);
}

const DIGITS = /^\d+$/;

function digitOf(ch: string | undefined, fillerIsZero = false): number {
  if (ch === '<' && fillerIsZero) return 0;
  if (ch === undefined || ch < '0' || ch > '9') return -1;
  return ch.charCodeAt(0) - 48;
}

function checks(field: string, digit: string | undefined, fillerIsZero = false): boolean {
  const d = digitOf(digit, fillerIsZero);
  return d >= 0 && icaoCheckDigit(field) === d;
}

/** YYMMDD with a plausible month and day. */
function dateOk(s: string): boolean {
  if (!DIGITS.test(s)) return false;
  const m = Number(s.slice(2, 4));
  const d = Number(s.slice(4, 6));
  return m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

const NAME_LINE = /^[A-Z<]+$/;
const STATE = /^[A-Z<]{3}$/;

/** Check results of a TD3 (44) or TD2 (36) data line. */
function dataLine(l: string): { doc: boolean; others: number } {
  const n = l.length;
  const doc = checks(l.slice(0, 9), l[9]);
  if (!STATE.test(l.slice(10, 13)) || !'MFX<'.includes(l[20]!)) return { doc: false, others: 0 };
  let others = 0;
  if (dateOk(l.slice(13, 19)) && checks(l.slice(13, 19), l[19])) others++;
  if (dateOk(l.slice(21, 27)) && checks(l.slice(21, 27), l[27])) others++;
  const composite = l.slice(0, 10) + l.slice(13, 20) + l.slice(21, n - 1);
  if (checks(composite, l[n - 1])) others++;
  return { doc, others };
}

/** A TD3 / TD2 name line: document code, issuing state, name; no digits. */
function nameLine(l: string): boolean {
  return /^[A-Z][A-Z<]$/.test(l.slice(0, 2)) && STATE.test(l.slice(2, 5)) && NAME_LINE.test(l) && l.includes('<<');
}

function td1(l1: string, l2: string, l3: string): boolean {
  if (!/^[A-Z][A-Z<]$/.test(l1.slice(0, 2)) || !STATE.test(l1.slice(2, 5)) || !NAME_LINE.test(l3)) return false;
  let doc: boolean;
  if (l1[14] === '<') {
    // Document numbers longer than 9 characters continue in the optional field, check digit last.
    const more = /^[A-Z0-9]+/.exec(l1.slice(15))?.[0] ?? '';
    doc = more.length >= 2 && checks(l1.slice(5, 14) + more.slice(0, -1), more[more.length - 1]);
  } else {
    doc = checks(l1.slice(5, 14), l1[14]);
  }
  if (!doc || !'MFX<'.includes(l2[7]!) || !STATE.test(l2.slice(15, 18))) return false;
  let others = 0;
  if (dateOk(l2.slice(0, 6)) && checks(l2.slice(0, 6), l2[6])) others++;
  if (dateOk(l2.slice(8, 14)) && checks(l2.slice(8, 14), l2[14])) others++;
  if (checks(l1.slice(5, 30) + l2.slice(0, 7) + l2.slice(8, 15) + l2.slice(18, 29), l2[29])) others++;
  return others >= 1;
}

interface Block {
  start: number;
  end: number;
  format: string;
  score: number;
}

/** The MRZ block that `line` belongs to, if it validates. */
function blockOf(text: string, line: Line): Block | undefined {
  const up1 = lineAbove(text, line);
  const up2 = up1 && lineAbove(text, up1);
  const down1 = lineBelow(text, line);
  const down2 = down1 && lineBelow(text, down1);
  const lines = [up2, up1, line, down1, down2];
  const len = line.text.length;
  const same = (l: Line | undefined): l is Line => !!l && l.text.length === len;
  if (len === 44 || len === 36) {
    for (const i of [1, 2]) {
      const a = lines[i];
      const b = lines[i + 1];
      if (!same(a) || !same(b)) continue;
      const data = dataLine(b.text);
      if (nameLine(a.text) && data.doc && data.others >= 1) return { start: a.start, end: b.end, format: len === 44 ? 'TD3' : 'TD2', score: 0.98 };
    }
    // A data line on its own: the document number and two more check digits.
    const data = dataLine(line.text);
    if (data.doc && data.others >= 2) return { start: line.start, end: line.end, format: len === 44 ? 'TD3' : 'TD2', score: 0.95 };
    return undefined;
  }
  for (const i of [0, 1, 2]) {
    const a = lines[i];
    const b = lines[i + 1];
    const c = lines[i + 2];
    if (same(a) && same(b) && same(c) && td1(a.text, b.text, c.text)) return { start: a.start, end: c.end, format: 'TD1', score: 0.98 };
  }
  return undefined;
}

/** The name line of `data` when both follow text on their lines: the MRZ run ending the line above. */
function labelledNameLineAbove(text: string, data: Line): Line | undefined {
  const lineStart = text.lastIndexOf('\n', data.start - 1);
  if (lineStart < 1 || lineStart === data.start - 1) return undefined;
  let end = lineStart;
  if (text[end - 1] === '\r') end--;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  const above = runEndingAt(text, end);
  return above && above.text.length === data.text.length && nameLine(above.text) ? above : undefined;
}

/**
 * The name line of `data` pasted on the same line, a space or tab before it (the two lines of a
 * TD3/TD2 zone flattened by a form or a chat: "P<NGAADEYEMI<<NGOZI<<<... A202670511NGA8911089F...").
 */
function nameLineBeside(text: string, data: Line): Line | undefined {
  let end = data.start;
  while (end > 0 && data.start - end < 3 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  if (end === data.start) return undefined;
  const before = runEndingAt(text, end);
  return before && before.text.length === data.text.length && nameLine(before.text) ? before : undefined;
}

export const mrz: Detector = {
  id: 'mrz',
  types: ['PASSPORT_NUMBER'],
  description: 'Passport / ID-card machine-readable zones (ICAO 9303 TD1, TD2, TD3); document-number and date/composite check digits',
  wordLists: [],
  find(doc, out) {
    const text = doc.text;
    let from = 0;
    let coveredUntil = 0;
    for (;;) {
      const p = text.indexOf('<<', from);
      if (p < 0) break;
      let s = p;
      while (s > 0 && p - s <= MAX_LINE && isMrz(text.charCodeAt(s - 1))) s--;
      let e = p + 2;
      while (e < text.length && e - s <= MAX_LINE && isMrz(text.charCodeAt(e))) e++;
      if ((s > 0 && isMrz(text.charCodeAt(s - 1))) || (e < text.length && isMrz(text.charCodeAt(e)))) {
        // Longer than any MRZ line: skip the whole run.
        while (e < text.length && isMrz(text.charCodeAt(e))) e++;
        from = e;
        continue;
      }
      from = e;
      if (s < coveredUntil) continue;
      const line = lineOf(text, s, e);
      if (!line) continue;
      const block = blockOf(text, line);
      if (!block) continue;
      out.push({
        type: 'PASSPORT_NUMBER',
        subtype: 'mrz',
        start: block.start,
        end: block.end,
        score: block.score,
        masked: `${block.format} MRZ ${hideAll()}`,
        detector: 'mrz',
      } satisfies Candidate);
      // A log or a form prints each line after a label ("mrz.line1=P<GBR...", "mrz.line2=6767..."):
      // the name line ends the line above the data line found alone.
      const name = block.score < 0.98 ? (labelledNameLineAbove(text, line) ?? nameLineBeside(text, line)) : undefined;
      if (name && name.start >= coveredUntil) {
        out.push({ type: 'PASSPORT_NUMBER', subtype: 'mrz', start: name.start, end: name.end, score: block.score, masked: `${block.format} MRZ ${hideAll()}`, detector: 'mrz' } satisfies Candidate);
      }
      coveredUntil = block.end;
      from = Math.max(from, block.end);
    }
  },
};
