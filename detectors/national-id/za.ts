/**
 * NATIONAL_ID / za_id: South African identity numbers, 13 digits YYMMDDSSSSCAZ: a valid date of
 * birth (rolling century: the latest year not in the future), C (citizenship) 0-2, A 8 or 9, and
 * Luhn over all 13 digits. Written plain (8001015009087) or grouped as on the ID book and smart
 * card ("800101 5009 087", "800101 5009 08 7", "800101 5009087"), with spaces or hyphens.
 *
 * Scoring: date + C/A + Luhn is a strong check (13-digit timestamps fail the month, EAN-13 barcodes
 * and "00 27 ..." phone numbers almost always fail C/A or the date), so a valid number alone scores
 * 0.75, above a Luhn-valid 13-digit Visa/Maestro reading of the same digits (0.65-0.7). An ID keyword
 * (ID, ID number, identity number, RSA ID, SA ID, South African ID, smart ID, ID book) gives 0.95.
 * A label of another kind (order, barcode, EAN, SKU, phone, card, account, "session ID"...) drops it;
 * other groupings are reported only with a keyword, or as the whole answer to a prompt for an ID
 * number in a call or IVR transcript (0.9: "SYSTEM: Please key in your ID number. / CALLER: 94 06 11
 * 0948 080", digit groups as read out). isiXhosa and isiZulu keywords (inombolo yesazisi, isazisi,
 * umazisi) count as ID keywords, and their copula written onto the number ("ngu-6305199214088")
 * does not glue it to a word.
 */
import { luhnValid } from '../checksums.js';
import { type Hit, words, type WordList } from '../context.js';
import type { Detector, ScanDoc } from '../detector.js';
import { gluedAfter } from '../digit-runs.js';
import { keepLast } from '../mask.js';
import type { Candidate } from '../types.js';
import { ID_WORDS, idLabelLists, idLabeller, NATIONAL_ID_WORDS, numberSegments, segmentAlone, type Segment } from './ke.js';

export const ZA_WORDS = words('za-id', [
  'id book', 'green id book', 'id nommer', 'identiteitsnommer', 'identiteitsdokument', 'id dokument',
  // isiXhosa and isiZulu: "inombolo yesazisi" (ID number), "isazisi" / "umazisi" (the ID document).
  'isazisi', 'inombolo yesazisi', 'inombolo yakho yesazisi', 'umazisi', 'inombolo kamazisi', 'inombolo yomazisi',
]);

const labelOf = idLabeller([ZA_WORDS]);

/** Today as yymmdd parts, fixed when the module loads (a scan must not change its answer mid-run). */
const TODAY = new Date();
const THIS_YEAR = TODAY.getUTCFullYear();
const TODAY_KEY = THIS_YEAR * 10000 + (TODAY.getUTCMonth() + 1) * 100 + TODAY.getUTCDate();

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** YYMMDD is a real date of birth: 20YY when that is not in the future, else 19YY. */
export function zaBirthDateValid(yymmdd: string): boolean {
  const yy = Number(yymmdd.slice(0, 2));
  const mm = Number(yymmdd.slice(2, 4));
  const dd = Number(yymmdd.slice(4, 6));
  if (mm < 1 || mm > 12 || dd < 1) return false;
  let year = 2000 + yy;
  if (year * 10000 + mm * 100 + dd > TODAY_KEY) year -= 100;
  return dd <= daysIn(year, mm);
}

/** Structural validity of 13 ZA ID digits: date, citizenship 0-2, A 8/9, Luhn. */
export function zaIdValid(d: string): boolean {
  if (!/^\d{13}$/.test(d)) return false;
  if (d[10]! > '2' || (d[11] !== '8' && d[11] !== '9')) return false;
  return zaBirthDateValid(d.slice(0, 6)) && luhnValid(d);
}

/** Groupings of the ID book, the smart card and the forms. */
const CANONICAL = new Set(['13', '6,4,3', '6,4,2,1', '6,7']);

/** "ngu-6305199214088", "yi-...": an isiXhosa / isiZulu copula written onto the number ("it is ..."). */
const NGUNI_COPULA = /(?:^|[^\p{L}])(?:ngu|ngi|ngo|yi|ngu[ -]?nombolo)-$/iu;

function alone(text: string, s: Segment, label?: Hit): boolean {
  return segmentAlone(text, s, label) || (NGUNI_COPULA.test(text.slice(Math.max(0, s.start - 14), s.start)) && !gluedAfter(text, s.end));
}

/**
 * A speaker's turn that is only the number, in a call or IVR transcript ("CALLER: 94 06 11 0948
 * 080", "[00:01:12] Customer: it's 800101 5009 087"): a timestamp, a speaker tag and filler before
 * it on its line, nothing after it.
 */
const ANSWER_BEFORE =
  /^[ \t]*(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]*)?(?:[\p{L}][\p{L} .()'’-]{0,30}:[ \t]*)?(?:(?:it['’]?s|it is|yes|yeah|yep|ok|okay|sure|um+|uh+|er+|so|my id(?: number)? is)[ \t,.]*){0,3}$/iu;
const ANSWER_AFTER = /^[ \t.,!]*(?:\n|$)/;
const PROMPT_LISTS: readonly WordList[] = [ZA_WORDS, NATIONAL_ID_WORDS, ID_WORDS];

/**
 * The number is the answer to a prompt for an ID number: its turn holds nothing else, and the line
 * or two before it ask for it ("SYSTEM: Please say or key in your ID number."): an ID keyword within
 * 160 characters before the turn's line, no other number between. Digit groups read out in a
 * transcript follow no written grouping, so any grouping counts here.
 */
function promptedAnswer(doc: ScanDoc, s: Segment): boolean {
  const text = doc.text;
  const lineStart = text.lastIndexOf('\n', s.start - 1) + 1;
  if (lineStart === 0 || !ANSWER_BEFORE.test(text.slice(lineStart, s.start)) || !ANSWER_AFTER.test(text.slice(s.end, s.end + 8))) return false;
  const hit = doc.hits.nearestBefore(lineStart, PROMPT_LISTS, 160);
  if (!hit) return false;
  const between = text.slice(hit.end, lineStart);
  return !/\d/.test(between) && between.split('\n').length <= 3;
}

function evaluate(doc: ScanDoc, s: Segment): Candidate | undefined {
  if (s.digits.length !== 13 || !zaIdValid(s.digits)) return undefined;
  const label = labelOf(doc, s.start, s.end);
  if (!alone(doc.text, s, label.hit)) return undefined;
  let score: number;
  if (label.kind === 'own' || label.kind === 'national' || label.kind === 'id') score = 0.95;
  else if (promptedAnswer(doc, s)) score = 0.9;
  else if (label.kind === 'other') return undefined;
  else if (CANONICAL.has(s.lengths.join(','))) score = 0.75;
  else return undefined;
  const raw = doc.text.slice(s.start, s.end);
  return { type: 'NATIONAL_ID', subtype: 'za_id', start: s.start, end: s.end, score, masked: keepLast(raw, 3), detector: 'za' };
}

const LISTS = idLabelLists([ZA_WORDS]);

export const za: Detector = {
  id: 'za',
  types: ['NATIONAL_ID'],
  description: 'South African ID numbers (13 digits YYMMDDSSSSCAZ: birth date, C 0-2, A 8/9, Luhn); ID keyword raises',
  wordLists: LISTS,
  find(doc, out) {
    let long = false;
    for (const run of doc.runs) if (run.digits.length >= 13) long = true;
    if (!long) return;
    for (const s of numberSegments(doc)) {
      if (s.digits.length !== 13) continue;
      const c = evaluate(doc, s);
      if (c) out.push(c);
    }
  },
};
