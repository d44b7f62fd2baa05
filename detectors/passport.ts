/**
 * PASSPORT_NUMBER / passport: a passport number given after its label: "passport number:
 * 123456789", "passport no. A12345678", "my passport (FN123456)", "Passport GB1234567".
 * Label-driven: the detector iterates its keyword hits and reads only the few characters after
 * each (connectors such as ":", "#", "(", "number", "is", "on file is"), so its cost does not
 * depend on the length of the text.
 *
 * Value: 6-9 letters and digits with at least 5 digits and at most 3 letters (US 9 digits or
 * letter + 8, UK 9 digits or 2 letters + 7, IN letter + 7, ZA A/M/D/T + 8, KE AK + 7, NG letter + 8,
 * ZW FN/AB + 6, FR 12AB34567; German ones mix up to 7 letters in: C3LR4YNM2), or 1-2 letters, a space and 6-8 digits ("FN 123456").
 * Anything else after the label ("passport photo", "passport expiry 12/2027", "passport office
 * 0242 703 123", "passport application reference ...") stops the reader. There is no checksum, but
 * the label is specific: 0.85.
 */
import { words } from './context.js';
import type { Detector, ScanDoc } from './detector.js';
import { keepLast } from './mask.js';
import { REFERENCE_WORDS } from './shared-words.js';
import type { Candidate } from './types.js';

export const PASSPORT_WORDS = words('passport', [
  'passport', 'passport number', 'passport no', 'passport num', 'passport nr', 'passport nbr', 'passport id',
  'passport details', 'passport book number', 'travel document number', 'travel document no', 'passeport',
  'numéro de passeport', 'no de passeport', 'pasaporte', 'número de pasaporte', 'passaporte', 'reisepass',
  'reisepassnummer', 'paspoort', 'pasipoti',
  // Afrikaans and Dutch "passport number", Portuguese "passport number", Italian "passport".
  'paspoortnommer', 'paspoortnummer', 'número do passaporte', 'numero do passaporte', 'passaporto',
]);

/** Words that may stand between a label and its value ("passport number on file is ..."). */
export const CONNECTOR_WORDS = new Set(
  ('number numbers no nr nbr num is was are reads read shows showing on file record records our in id details ' +
    'of for the your my his her their we have has you provided gave given as be should will it that entered ' +
    'listed used stated written document book card being here below following booking reservation profile ' +
    'account ticket to now updated changed corrected set yours mine hers theirs recorded captured stored saved ' +
    'registered ni yako yetu n nº you uploaded submitted at checkout signup registration stays remains same ' +
    // Swahili relative verbs: "tuliyoiandika" (that we wrote down), "uliyotupa" (that you gave us)
    'tuliyoiandika tuliyoandika tuliyopokea tuliyonayo uliyotupa uliyotoa uliyoweka iliyosajiliwa').split(' '),
);

/** Abbreviations after which a "." is not the end of a sentence. */
const ABBREVIATIONS = new Set(['no', 'nr', 'nbr', 'num']);

const WORD = /[\p{L}\p{N}]{1,40}/uy;

/**
 * Where the value after a label starts: skips connector words (at most `maxWords`), spaces, up
 * to two line breaks and the punctuation people put after labels (":", "#", "-", "=", "(", quotes), within
 * `maxChars`. Returns -1 when a sentence end, a comma right after the label or any other word intervenes.
 */
export function valueStart(text: string, at: number, connectors: ReadonlySet<string>, maxWords = 4, maxChars = 40): number {
  const limit = Math.min(text.length, at + maxChars);
  let i = at;
  let wordsSeen = 0;
  let lineBreaks = 0;
  let lastWord = text.slice(Math.max(0, at - 3), at).toLowerCase().replace(/^.*[^a-z]/, '');
  while (i < limit) {
    const c = text[i]!;
    if (c === ' ' || c === '\t' || c === '\r') {
      i++;
    } else if (c === '\n') {
      // Two: a label and its value in adjacent table cells ("</td><td>" becomes "\n\n").
      if (++lineBreaks > 2) return -1;
      i++;
    } else if (':#=-([{"\'°º'.includes(c) || c === '№' || (c === ',' && wordsSeen > 0)) {
      // A comma only after connector words: "the passport number we recorded, FN7204581".
      i++;
    } else if (c === '.') {
      if (!ABBREVIATIONS.has(lastWord)) return -1;
      i++;
    } else {
      WORD.lastIndex = i;
      const m = WORD.exec(text);
      if (!m) return -1;
      const w = m[0].toLowerCase();
      if (!connectors.has(w)) return i;
      if (++wordsSeen > maxWords) return -1;
      lastWord = w;
      i += m[0].length;
    }
  }
  return -1;
}

/** True when the token [start, end) continues into a longer token ("A1234567-01", "123456/7", "x@y"). */
export function continues(text: string, end: number): boolean {
  const a = text[end];
  if (a === undefined) return false;
  if (/[\p{L}\p{N}_@]/u.test(a)) return true;
  const b = text[end + 1];
  if (b === undefined) return false;
  if ((a === '-' || a === '/' || a === '\\') && /[\p{L}\p{N}]/u.test(b)) return true;
  if ((a === '.' || a === ',' || a === ':') && /\d/.test(b)) return true;
  // Followed by more digits after a space: a spaced number, of which this is only a part (a tab
  // separates table cells instead).
  return a === ' ' && /\d/.test(b);
}

const COMPACT = /[A-Za-z0-9]{6,9}/y;
const SPACED = /[A-Za-z]{1,2} \d{6,8}/y;

/**
 * German passport numbers: 9 characters of an alphabet without vowels, letters mixed in among the
 * digits ("C01X7H1NT", "C3LR4YNM2"); two digits are enough, since no word fits the alphabet.
 */
function germanShape(value: string): boolean {
  return /^[CFGHJK][0-9CFGHJKLMNPRTVWXYZ]{8}$/i.test(value) && /\d[A-Za-z]/.test(value) && (value.match(/\d/g)?.length ?? 0) >= 2;
}

/** Dutch passport numbers: 2 letters, 6 letters or digits mixed, a digit; no letter O ("NXK4R82P1", not "ABCDE1234"). */
function dutchShape(value: string): boolean {
  return /^[A-NP-Z]{2}[A-NP-Z0-9]{6}\d$/.test(value) && /\d[A-Z]/.test(value) && (value.match(/\d/g)?.length ?? 0) >= 3;
}

/** The passport number at `at`, or undefined. */
export function passportValue(text: string, at: number): { start: number; end: number } | undefined {
  if (at > 0 && /[\p{L}\p{N}*•]/u.test(text[at - 1]!)) return undefined;
  for (const re of [SPACED, COMPACT]) {
    re.lastIndex = at;
    if (!re.test(text)) continue;
    const end = re.lastIndex;
    if (continues(text, end)) continue;
    const value = text.slice(at, end).replace(' ', '');
    let digits = 0;
    for (const ch of value) if (ch >= '0' && ch <= '9') digits++;
    if ((digits < 5 || value.length - digits > 3) && !germanShape(value) && !dutchShape(value)) continue;
    if (/^(.)\1+$/.test(value)) continue;
    return { start: at, end };
  }
  return undefined;
}

const APPOSITION = /^,[ \t]{1,2}/;
/** "Passport (for I-9): A48213097": a short aside in brackets between the label and its ":". */
const ASIDE = /[ \t]{0,2}\([^()\n]{1,30}\)(?=[ \t]{0,2}[:#=])/y;

/** Where the label ends, after a bracketed aside before its ":". */
function labelEnd(text: string, end: number): number {
  if (text[end] !== '(' && text[end + 1] !== '(') return end;
  ASIDE.lastIndex = end;
  return ASIDE.test(text) ? ASIDE.lastIndex : end;
}

/** The shape most passports print: one or two capital letters, then 6-8 digits ("EN307725", "B15238236"). */
const LETTERED = /^[A-Z]{1,2}\d{6,8}$/;

/** "LLDDDDDD": the letter/digit pattern of a value, to recognise a second value of the same kind. */
const shapeOf = (value: string): string => value.replace(/[A-Z]/gi, 'L').replace(/\d/g, 'D');

/** What may come before the value in the sentence after a passport sentence: a few words, no number. */
const FOLLOW_UP = /[ \t]{0,3}(?:\n[ \t]*)?((?:[\p{L}']{1,14}[ \t]{1,2}){1,4})(?=[A-Z]{1,2}\d)/uy;

/**
 * "your new passport don ready. Number na B15238236.", "Your passport number ... does not match
 * our records. We have EN307725 ...": the label's sentence names the passport, the next sentence
 * gives it. Read only when the label's own sentence gave no value: the next sentence, at most 160
 * characters on, must open with one to four words (no number, no reference word such as order,
 * ticket or booking) and then a value of the lettered passport shape.
 */
function nextSentenceValue(doc: ScanDoc, from: number): { start: number; end: number } | undefined {
  const text = doc.text;
  const limit = Math.min(text.length, from + 160);
  let i = from;
  while (i < limit && !/[.!?\n]/.test(text[i]!)) i++;
  if (i >= limit || (text[i] === '.' && /\d/.test(text[i + 1] ?? ''))) return undefined;
  while (i < limit && /[.!?]/.test(text[i]!)) i++;
  FOLLOW_UP.lastIndex = i;
  const m = FOLLOW_UP.exec(text);
  if (!m) return undefined;
  const at = FOLLOW_UP.lastIndex;
  const v = passportValue(text, at);
  if (!v || !LETTERED.test(text.slice(v.start, v.end))) return undefined;
  const ref = doc.hits.nearestBefore(at, [REFERENCE_WORDS], at - i);
  if (ref && ref.start >= i) return undefined;
  return v;
}

/** After a value: a few words in the same sentence, then a second one ("We have EN307725 but the form says EN307752"). */
const SECOND = /[ \t,;]{1,3}(?:[\p{L}']{1,14}[ \t,]{1,2}){1,6}/uy;

/** Words between two values that make the second another document's or a reference ("passport A1234567, visa B7654321"). */
const OTHER_DOCUMENT = /\b(?:visa|licen[cs]e|permit|id|card|account|phone|mobile|order|booking|ref|reference|ticket|flight|pnr|policy|claim|invoice)\b/i;

function secondValue(doc: ScanDoc, first: { start: number; end: number }): { start: number; end: number } | undefined {
  const text = doc.text;
  SECOND.lastIndex = first.end;
  if (!SECOND.test(text)) return undefined;
  const at = SECOND.lastIndex;
  if (OTHER_DOCUMENT.test(text.slice(first.end, at))) return undefined;
  const ref = doc.hits.nearestBefore(at, [REFERENCE_WORDS], at - first.end);
  if (ref && ref.start >= first.end) return undefined;
  const v = passportValue(text, at);
  if (!v) return undefined;
  const a = text.slice(first.start, first.end);
  const b = text.slice(v.start, v.end);
  return a !== b && shapeOf(a) === shapeOf(b) && /[A-Za-z]/.test(a) ? v : undefined;
}

/**
 * A travel document object in JSON or a dict ("document":{"number":"I14547258","country":"USA",
 * "expires":"2031-07-13"}): no passport word, but an object named document whose number sits
 * beside an issuing country or an expiry date is a passport, unless its type says otherwise
 * ("type":"ID_CARD"), and only of the common passport shape (0-2 capitals, 6-9 digits: not an
 * invoice's "INV20240"). Only texts holding `ocument"` or `ocument'` are searched.
 */
const DOCUMENT_OBJECT = /["'](?:travel[_ ]?)?(?:document|Document)["']\s{0,3}:\s{0,3}\{([^{}]{0,400})\}/g;
const DOCUMENT_NUMBER = /["'](?:number|no|num|document_?number|documentNumber|doc_?number|docNumber)["']\s{0,3}:\s{0,3}["']/gi;
const DOCUMENT_SIBLING = /["'](?:country|issuing_?country|issuingCountry|nationality|issuer|expires|expiry|expiry_?date|expiryDate|expiration|expiration_?date|expirationDate|valid_?until|validUntil|date_?of_?expiry|dateOfExpiry)["']\s{0,3}:/i;
const DOCUMENT_TYPE = /["'](?:type|document_?type|documentType|kind)["']\s{0,3}:\s{0,3}["']([^"']{0,30})["']/i;

function documentObjects(text: string, out: Candidate[]): void {
  if (!text.includes('ocument"') && !text.includes("ocument'")) return;
  DOCUMENT_OBJECT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DOCUMENT_OBJECT.exec(text))) {
    const body = m[1]!;
    const bodyStart = m.index + m[0].indexOf('{') + 1;
    if (!DOCUMENT_SIBLING.test(body)) continue;
    const type = DOCUMENT_TYPE.exec(body);
    if (type && !/passport|^p$/i.test(type[1]!)) continue;
    DOCUMENT_NUMBER.lastIndex = 0;
    const n = DOCUMENT_NUMBER.exec(body);
    if (!n) continue;
    const at = bodyStart + n.index + n[0].length;
    const v = passportValue(text, at);
    if (!v || !/^["']/.test(text.slice(v.end, v.end + 1)) || !/^[A-Z]{0,2}\d{6,9}$/.test(text.slice(v.start, v.end))) continue;
    out.push(candidateOf(text, v));
  }
}

function candidateOf(text: string, v: { start: number; end: number }): Candidate {
  return {
    type: 'PASSPORT_NUMBER',
    subtype: 'passport',
    start: v.start,
    end: v.end,
    score: 0.85,
    masked: keepLast(text.slice(v.start, v.end), 2),
    detector: 'passport',
  };
}

export const passport: Detector = {
  id: 'passport',
  types: ['PASSPORT_NUMBER'],
  description: 'Passport numbers after a passport label (6-9 letters/digits, at least 5 digits or the German shape); label-driven',
  wordLists: [PASSPORT_WORDS, REFERENCE_WORDS],
  find(doc, out) {
    const text = doc.text;
    let lastEnd = -1;
    for (const hit of doc.hits.of(PASSPORT_WORDS)) {
      if (hit.start < lastEnd) continue;
      const at = valueStart(text, labelEnd(text, hit.end), CONNECTOR_WORDS);
      let v = at < 0 ? undefined : passportValue(text, at);
      // "we saved your passport number, 548812736, for ...": the number set off by commas.
      if (!v && APPOSITION.test(text.slice(hit.end, hit.end + 3)) && /(?:number|no)$/i.test(text.slice(hit.start, hit.end))) {
        const a = passportValue(text, hit.end + APPOSITION.exec(text.slice(hit.end, hit.end + 3))![0].length);
        if (a && /^(?:[,.;)]|$)/.test(text.slice(a.end, a.end + 1))) v = a;
      }
      v ??= nextSentenceValue(doc, hit.end);
      if (!v) continue;
      out.push(candidateOf(text, v));
      lastEnd = v.end;
      const second = secondValue(doc, v);
      if (second) {
        out.push(candidateOf(text, second));
        lastEnd = second.end;
      }
    }
    documentObjects(text, out);
  },
};
