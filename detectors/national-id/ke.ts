/**
 * NATIONAL_ID / ke_national_id: Kenyan national ID card numbers, 7 or 8 digits with NO checksum.
 * Reported only right after an ID keyword: "national ID", "ID number", "ID no.", "identity card",
 * "kitambulisho", "Kenyan ID", "ID:" (a bare "ID" counts only when written "ID:" / "ID#", as someone's
 * ID: "your ID", "the customer's ID", or with a nationality: "Kenyan ID"). Without such a label nothing is reported: 7-8 digit
 * numbers in support replies are amounts, order and ticket numbers, till and paybill numbers, dates.
 *
 * The keyword must stand right before the value (only filler such as "is", "number", "no.", ":",
 * "your", "on file" between them) or right after it ("12345678 (my ID number)"). "Customer ID",
 * "user ID", "order ID", "ticket ID", "M-Pesa transaction ID", "till", "paybill", "business number",
 * "account no" and other labels of other kinds win over the ID word. Scores: 0.95 after a specific
 * keyword, 0.9 after "ID number" / "ID:" and friends.
 *
 * This file also holds what the ID detectors (za, zw, ke, ng-nin, ng-bvn, and the European and
 * South American ones) share: the generic ID word lists, the label classifier and the number
 * segments (the registry allows no helper-only file under detectors/).
 */
import { CARD_WORDS } from '../card.js';
import { type Hit, words, type WordList } from '../context.js';
import type { Detector, ScanDoc } from '../detector.js';
import { gluedAfter, gluedBefore, isMaskedTail } from '../digit-runs.js';
import { keepLast } from '../mask.js';
import { OTHER_NUMBER_WORDS, PHONE_WORDS } from '../phone.js';
import { REFERENCE_WORDS } from '../shared-words.js';
import type { Candidate } from '../types.js';
import { NOT_SSN_WORDS, SSN_WORDS } from './us-ssn.js';

/**
 * "ID" alone and its short compounds: a person's ID in "your ID number", an account or a session in
 * "Apple ID", "session ID" (see NON_PERSON_QUALIFIERS).
 */
export const ID_WORDS = words('african-id-generic', [
  'id', 'i.d', 'id no', 'id number', 'id num', 'id nr', 'i.d no', 'i.d number', 'id card', 'id card no',
  'id card number',
]);

/** Unambiguous national-identity labels, country-neutral. */
export const NATIONAL_ID_WORDS = words('african-id-national', [
  'national id', 'identity number', 'identity no', 'identity card', 'identity card number', 'identity card no',
  'identity document', 'identity document number', 'identification number', 'identification no',
]);

export const KE_WORDS = words('ke-national-id', [
  'kitambulisho', 'kitambulisho cha taifa', 'nambari ya kitambulisho', 'namba ya kitambulisho', 'kipande',
]);

/** Mobile-money and payment labels: the numbers after them are tills, paybills and accounts. */
export const MOBILE_MONEY_WORDS = words('african-id-not-id', [
  'mpesa', 'm pesa', 'till', 'paybill', 'business number', 'business no', 'buy goods',
  'agent number', 'agent no', 'store number', 'ecocash', 'airtel money', 'mtn momo', 'momo', 'onemoney',
]);

/**
 * Words that, right before "ID", make it the ID of a thing or an account, not of a person:
 * "session ID", "Apple ID", "ticket ID". ("customer ID", "order ID", "transaction ID" are
 * REFERENCE_WORDS phrases already.) A possessive ("customer's ID") is a person's ID.
 */
const NON_PERSON_QUALIFIERS = new Set(
  ('account accounts agent api app apple application batch biller booking branch bug build business campaign candidate ' +
    'card case cart chat claim client company complaint conversation correlation customer delivery device dispute ' +
    'document driver email e-mail employee error event exam facebook file game google group hardware instance ' +
    'insurance invoice issue item job loan login m-pesa mpesa meter merchant member membership message microsoft ' +
    'network node order org organisation organization package page parcel partner patient payment paypal player ' +
    'policy post process product profile project property receipt record ref reference refund release request ' +
    'room route sender serial server session shipment shop sim skype staff station store student subscriber ' +
    'subscription supplier system task tax team tenant terminal thread ticket till trace tracking transaction ' +
    'transfer trip txn unit user vat vendor version video voter voucher wallet work workspace').split(' '),
);

const POSSESSIVES = new Set(['my', 'your', 'his', 'her', 'their', 'its']);

/**
 * Words that, right before "ID", make it a national ID: "Kenyan ID", "RSA ID", "South African ID",
 * "smart ID", "metal ID". (Country phrases are not listed as keywords of their own: "SA ID number"
 * must still give the phone detector its "ID number" label.)
 */
const NATIONAL_QUALIFIERS = new Set(
  ('kenyan kenya nigerian nigeria zimbabwean zimbabwe zim african sa rsa za ghanaian ghana smart metal plastic ' +
    'citizen citizens government govt').split(' '),
);

/** Labels of other kinds of numbers, shared by the African ID detectors' label queries. */
export const OTHER_KIND_LISTS: readonly WordList[] = [
  MOBILE_MONEY_WORDS, SSN_WORDS, NOT_SSN_WORDS, OTHER_NUMBER_WORDS, PHONE_WORDS, CARD_WORDS, REFERENCE_WORDS,
];

/**
 * What labels a value: `own` = the detector's own keywords; `national` = a country-neutral national
 * identity label; `id` = "ID" and its short compounds; `other` = a label of another kind (phone,
 * order, till, account, "session ID"...). Other countries' ID keywords are not queried: for a
 * keyword-driven detector they are no label at all, and a checksum-validated value keeps its base.
 */
export type LabelKind = 'own' | 'national' | 'id' | 'other' | 'none';

export interface IdLabel {
  kind: LabelKind;
  hit?: Hit;
  /** The label stands right next to the value (only filler between). */
  direct: boolean;
  /** For `id`: written as a label ("ID:", "ID#", "your ID", "ID number"), not a bare "ID". */
  strongId: boolean;
}

/** Words that may stand between a label and its value: "NIN on file is", "ID number of the holder:". */
const CONNECTORS = new Set(
  ('number numbers no nr nbr num is was are reads read shows showing on file record records system our in of for ' +
    'the your my his her their we have has had as entered listed used stated written provided given card slip ' +
    'document here below following application form profile holder customer client applicant namba nambari ni ' +
    'yako yangu yake ya nhamba chako changu chake wako wangu ɗinka dinka naka taka rẹ re gị gi you na uploaded ' +
    'submitted gave linked registered attached associated captured recorded saved stored updated quoted remains remain stays still ' +
    'now yin ti a forukosile').split(' '),
);

/**
 * "BVN on your account (22590092700)", "NIN in our system: ...": after one of these prepositions and a
 * determiner, one noun says where the value is, not what it is (ScanDoc.labelBefore reads it so too).
 */
const PLACE_PREPOSITIONS = new Set(['on', 'in']);
const DETERMINERS = new Set(['the', 'your', 'my', 'our', 'his', 'her', 'their', 'this']);

const ABBREVIATIONS = new Set(['no', 'nr', 'nbr', 'num', 'd']);

/**
 * A Swahili relative verb, "that we / you / it ...-ed": "tuliyosajili" (that we registered),
 * "tuliyothibitisha" (that we verified), "iliyosajiliwa" (that was registered).
 */
const SWAHILI_RELATIVE = /^(?:tu|u|a|wa|i|ni|m)liyo\p{L}{3,}$/u;

const GAP_WORD = /[\p{L}'’]{1,30}/uy;

/** True when only filler stands between a label ending at `from` and a value starting at `to`. */
export function directGap(text: string, from: number, to: number): boolean {
  if (to < from || to - from > 48) return false;
  let i = from;
  let wordsSeen = 0;
  let lineBreaks = 0;
  let placeNoun = false;
  let cellBar = false;
  let beforeLast = '';
  let last = /([a-z]+)$/i.exec(text.slice(Math.max(0, from - 4), from))?.[1]?.toLowerCase() ?? '';
  while (i < to) {
    const c = text[i]!;
    if (c === ' ' || c === '\t' || c === '\r') i++;
    else if (c === '\n') {
      if (++lineBreaks > 2 || cellBar) return false;
      i++;
    } else if (c === '|') {
      // "| NIN | 43610532596 |": a label | value row of a table; a bar on another line than the
      // value is a column's, not this row's.
      if (lineBreaks > 0) return false;
      cellBar = true;
      i++;
    } else if (':#=-([{"\'№)*_'.includes(c)) i++;
    else if (c === '.') {
      if (!ABBREVIATIONS.has(last)) return false;
      last = '';
      i++;
    } else {
      GAP_WORD.lastIndex = i;
      const m = GAP_WORD.exec(text);
      if (!m || GAP_WORD.lastIndex > to) return false;
      const w = m[0].toLowerCase();
      const place: boolean = !CONNECTORS.has(w) && !placeNoun && PLACE_PREPOSITIONS.has(beforeLast) && DETERMINERS.has(last);
      if ((!CONNECTORS.has(w) && !place && !SWAHILI_RELATIVE.test(w)) || ++wordsSeen > 5) return false;
      placeNoun ||= place;
      beforeLast = last;
      last = w;
      i = GAP_WORD.lastIndex;
    }
  }
  return true;
}

/** "12345678 (my ID number)", "22123456789 - BVN", "08031234567 is my NIN". */
const AFTER_GAP =
  /^[ \t]{0,3}(?:[([,:-][ \t]{0,3})?(?:(?:is|was|being|my|your|his|her|their|the|as)[ \t]{1,3}){0,3}(?:(?:kenyan|nigerian|zimbabwean|south[ \t]african|sa|rsa|ghanaian|national)[ \t]{1,3})?$/i;

function previousWord(text: string, at: number): string {
  const m = /([\p{L}'’-]{1,30})[ \t_/-]{0,3}$/u.exec(text.slice(Math.max(0, at - 34), at));
  return m ? m[1]!.toLowerCase() : '';
}

/** "ID:", "ID#", "ID -" (the punctuation of a form field) or "I.D. no" right after the hit. */
const FIELD_AFTER = /^\.?[ \t]{0,2}(?:[:#=-]|(?:no|nr|num|number)\b)/i;

function fieldPunctuation(text: string, end: number): boolean {
  return FIELD_AFTER.test(text.slice(end, end + 12));
}

export type IdLabeller = (doc: ScanDoc, start: number, end: number) => IdLabel;

/** The lists an `idLabeller(own)` queries: a detector using it declares them in its `wordLists`. */
export function idLabelLists(own: readonly WordList[]): readonly WordList[] {
  return [...own, NATIONAL_ID_WORDS, ID_WORDS, ...OTHER_KIND_LISTS];
}

/**
 * A classifier of the label of a value [start, end): the nearest label before it (within 48
 * characters, no other number between), else a label right after it. The `own` lists come first
 * (a phrase may sit in several lists: "NIN" is also a "not an SSN" word), then the country-neutral
 * ones, then the other kinds.
 */
export function idLabeller(own: readonly WordList[]): IdLabeller {
  const lists = idLabelLists(own);
  const kindOf = (list: WordList): LabelKind =>
    own.includes(list) ? 'own' : list === NATIONAL_ID_WORDS ? 'national' : list === ID_WORDS ? 'id' : 'other';
  const idLists = lists.filter((l) => kindOf(l) !== 'other');
  return (doc, start, end) => classify(doc, start, end, lists, idLists, kindOf);
}

/** "ID/Passport number", "ID or passport no": an ID label joined to another one. */
const JOINED = /^[ \t]{0,2}(?:\/|or|&)[ \t]{0,2}$/i;
const JOINER_BEFORE = /(?:\/|\bor|&)[ \t]{0,2}$/i;

function bareId(text: string, hit: Hit): boolean {
  const len = hit.end - hit.start;
  if (len > 4) return false;
  const word = text.slice(hit.start, hit.end).toLowerCase().replace(/\./g, '');
  return word === 'id' || word === 'ids';
}

function classify(
  doc: ScanDoc, start: number, end: number, lists: readonly WordList[], idLists: readonly WordList[], kindOf: (list: WordList) => LabelKind,
): IdLabel {
  const text = doc.text;
  const before = doc.labelBefore(start, lists, 48);
  if (before) {
    let hit = before.hit;
    let kind = kindOf(before.list);
    let joined = false;
    if (kind === 'other' && JOINER_BEFORE.test(text.slice(Math.max(0, hit.start - 6), hit.start))) {
      const first = doc.hits.nearestBefore(hit.start, idLists, 6);
      const list = first && idLists.find((l) => first.lists.includes(l.id));
      if (first && list && JOINED.test(text.slice(first.end, hit.start))) {
        kind = kindOf(list);
        hit = first;
        joined = true;
      }
    }
    if (kind === 'other') return { kind, hit, direct: false, strongId: false };
    const label: IdLabel = { kind, hit, direct: before.phrase === true || directGap(text, before.hit.end, start), strongId: joined };
    if (kind === 'id') refineId(text, label, hit, true);
    return label;
  }
  const after = doc.labelAfter(end, lists, 24);
  // "... is my NIN-linked phone": the keyword qualifies another word.
  if (after && AFTER_GAP.test(text.slice(end, after.hit.start)) && !/^[-/][\p{L}]/u.test(text.slice(after.hit.end, after.hit.end + 2))) {
    const kind = kindOf(after.list);
    const gap = text.slice(end, after.hit.start);
    // A word of another kind after the value is a label only as an annotation ("(barcode)", "- order
    // no") or a reference word: "GHA-... called", "... mobile app" say nothing about the value.
    if (kind !== 'other' || /[([:-]/.test(gap) || after.list === REFERENCE_WORDS) {
      const label: IdLabel = { kind, hit: after.hit, direct: true, strongId: false };
      // After the value a bare "ID" is too vague ("12345678 ID verified"), "12345678 is my ID" is not.
      if (kind === 'id') refineId(text, label, after.hit, false);
      return label;
    }
  }
  return { kind: 'none', direct: false, strongId: false };
}

/**
 * Reads the word before an "ID" hit: "session ID" is another kind, "Kenyan ID" a national ID, "your
 * ID" / "ID:" / "ID number" a person's ID label (`strongId`); a bare "ID" stays weak.
 */
function refineId(text: string, label: IdLabel, hit: Hit, before: boolean): void {
  const prev = previousWord(text, hit.start);
  const possessive = /['’]s?$/.test(prev) || POSSESSIVES.has(prev);
  if (NATIONAL_QUALIFIERS.has(prev)) {
    label.kind = 'national';
    label.strongId = true;
  } else if (!possessive && NON_PERSON_QUALIFIERS.has(prev.replace(/['’]s?$/, ''))) label.kind = 'other';
  else label.strongId ||= !bareId(text, hit) || possessive || (before && fieldPunctuation(text, hit.end)) || (before && afterPersonName(text, hit.start));
}

/** "1. Peter Kamau, ID 23233877", "James Mutua (ID 22856377)": a bare "ID" right after a person's name and a comma or bracket is that person's ID. */
function afterPersonName(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 40), at);
  // In brackets only a name that opens a field or follows a title: "Contact person: James Mutua (ID ...", not "Model Zeta Pro (ID ...".
  return /\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+, ?$/u.test(before) || /(?:^|[:\n]|\b(?:Mr|Mrs|Ms|Dr)\.?)[ \t]{0,3}\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+ ?\($/u.test(before);
}

/** A number written as one unit: digit groups joined by single spaces or hyphens only. */
export interface Segment {
  start: number;
  end: number;
  digits: string;
  /** Digit-group lengths, e.g. [6, 4, 3]. */
  lengths: number[];
}

/**
 * The numbers of 7-13 digits in a text. Digit runs are split where the separator is not one people
 * type inside an ID (line breaks, brackets, dots, tabs): "ID 12345678 (2019)" gives 12345678, while
 * "12345678 0712345678" stays one 18-digit number that is no ID. Memoised per text.
 */
export function numberSegments(doc: ScanDoc): readonly Segment[] {
  let out = doc.recalled<Segment[]>(numberSegments);
  if (out) return out;
  out = doc.remember<Segment[]>(numberSegments, []);
  const text = doc.text;
  for (const run of doc.runs) {
    if (run.digits.length < 7) continue;
    const g = run.groups;
    if (g.length === 2) {
      if (run.digits.length <= 13) out.push({ start: run.start, end: run.end, digits: run.digits, lengths: [run.digits.length] });
      continue;
    }
    const count = g.length / 2;
    let first = 0;
    let total = 0;
    let before = 0; // digits of the run before group `first`
    for (let i = 0; i < count; i++) {
      total += g[2 * i + 1]! - g[2 * i]!;
      if (i < count - 1 && isTight(text, g[2 * i + 1]!, g[2 * i + 2]!)) continue;
      // Groups first..i form one segment.
      if (total >= 7 && total <= 13) {
        const lengths: number[] = [];
        for (let k = first; k <= i; k++) lengths.push(g[2 * k + 1]! - g[2 * k]!);
        // A slice of the run's digits is one flat string (+= per group left a tree of pieces) and
        // lengths is copied to its exact size (a pushed array keeps room for 17): a large document
        // keeps tens of thousands of segments for the whole scan.
        out.push({ start: g[2 * first]!, end: g[2 * i + 1]!, digits: run.digits.slice(before, before + total), lengths: lengths.slice() });
      } else if (total > 13) {
        // Numbers side by side ("0009176445089 072 555 0164" in a pasted table): a group of 10-13
        // digits written in one piece is a number of its own (shorter ones may be a longer number's parts).
        for (let k = first; k <= i; k++) {
          const len = g[2 * k + 1]! - g[2 * k]!;
          if (len >= 10 && len <= 13) out.push({ start: g[2 * k]!, end: g[2 * k + 1]!, digits: text.slice(g[2 * k]!, g[2 * k + 1]!), lengths: [len] });
        }
      }
      before += total;
      first = i + 1;
      total = 0;
    }
  }
  return out;
}

/** A number of a known length as written on one line: its digit groups and what separates them. */
export interface GroupedNumber extends Segment {
  /** The text between consecutive groups (length = groups - 1): ".", "-", " "... */
  seps: string[];
}


/**
 * The numbers of exactly `total` digits, each the whole of one line of a digit run, however it is
 * grouped ("158.127.050-03", "86 714 952 009", "691016-2574"): the detectors whose numbers are
 * dotted or grouped in a national way check the grouping and separators themselves. On a line of
 * more digits only a group of exactly `total` digits written in one piece counts ("BSN 942395372
 * 0612345678"). Linear, memoised per text and total.
 */
export function groupedNumbers(doc: ScanDoc, total: number): readonly GroupedNumber[] {
  const byTotal = doc.recalled<Map<number, GroupedNumber[]>>(groupedNumbers) ?? doc.remember(groupedNumbers, new Map<number, GroupedNumber[]>());
  let out = byTotal.get(total);
  if (out) return out;
  out = [];
  byTotal.set(total, out);
  const text = doc.text;
  const runs = doc.runs;
  const lines = runLines(doc);
  for (let l = 0; l < lines.length; l += 4) {
    const digits = lines[l + 3]!;
    if (digits < total) continue;
    const g = runs[lines[l]!]!.groups;
    const first = lines[l + 1]!;
    const last = lines[l + 2]!;
    if (digits === total) out.push(lineNumber(text, g, first, last));
    else for (let k = first; k <= last; k++) if (g[2 * k + 1]! - g[2 * k]! === total) out.push(lineNumber(text, g, k, k));
  }
  return out;
}

/**
 * The lines of the text's digit runs, found once for every total groupedNumbers is asked for:
 * flat, four numbers a line (run index, first group, last group, digits), in text order.
 */
function runLines(doc: ScanDoc): readonly number[] {
  let lines = doc.recalled<number[]>(runLines);
  if (lines) return lines;
  lines = doc.remember<number[]>(runLines, []);
  const text = doc.text;
  const runs = doc.runs;
  for (let r = 0; r < runs.length; r++) {
    const g = runs[r]!.groups;
    const count = g.length / 2;
    let first = 0;
    let digits = 0;
    for (let i = 0; i < count; i++) {
      digits += g[2 * i + 1]! - g[2 * i]!;
      if (i < count - 1 && !hasLineBreak(text, g[2 * i + 1]!, g[2 * i + 2]!)) continue;
      // Groups first..i form one line of the run.
      lines.push(r, first, i, digits);
      first = i + 1;
      digits = 0;
    }
  }
  return lines;
}

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

function lineNumber(text: string, g: readonly number[], first: number, last: number): GroupedNumber {
  const lengths: number[] = [];
  const seps: string[] = [];
  const parts: string[] = [];
  for (let k = first; k <= last; k++) {
    parts.push(text.slice(g[2 * k]!, g[2 * k + 1]!));
    lengths.push(g[2 * k + 1]! - g[2 * k]!);
    if (k < last) seps.push(text.slice(g[2 * k + 1]!, g[2 * k + 2]!));
  }
  return { start: g[2 * first]!, end: g[2 * last + 1]!, digits: parts.join(''), lengths, seps };
}

/** Whether a keyword counts, by its spelling as written and the text between it and the value. */
export type KeywordTrust = (word: string, gap: string) => boolean;

/** Only punctuation of a field between a label and its value: "NHS: ", "NHS ", "**Medicare:** ", " (". */
const FIELD_LABEL_GAP = /^[\s:#(*]{0,6}$/;

/**
 * A keyword that is also an organisation's name ("NHS Direct", "call Medicare at ..."): written
 * `bare`, it counts only right next to the value as a field label; its compounds ("NHS number")
 * anywhere in the sentence.
 */
export function bareOnlyAsField(bare: RegExp): KeywordTrust {
  return (word, gap) => !bare.test(word) || FIELD_LABEL_GAP.test(gap);
}

/**
 * The label of a checksum-validated ID: its own keyword nearest before it (or right after it), in
 * the same sentence. A checksum stands in for the directness a number without one needs, so
 * "CPF do titular cadastrado: ..." still counts; a label of another kind nearer the number wins.
 * Returns the score (0.95 right next to the value, 0.85 further in the sentence) or 0. `trusted`
 * may reject a keyword by its spelling ("NIE" yes, German "nie" no) or by what stands between it
 * and the value (`gap`: "NHS: 943 ..." yes, "NHS Direct 0800 ..." no).
 */
export function checkedIdScore(
  doc: ScanDoc, labelOf: IdLabeller, s: { start: number; end: number }, trusted?: KeywordTrust,
): number {
  const label = labelOf(doc, s.start, s.end);
  if (label.kind !== 'own' || !label.hit || !segmentAlone(doc.text, s, label.hit)) return 0;
  const hit = label.hit;
  if (trusted && !trusted(doc.text.slice(hit.start, hit.end), hit.end <= s.start ? doc.text.slice(hit.end, s.start) : doc.text.slice(s.end, hit.start))) return 0;
  if (label.direct) return 0.95;
  return /[.!?;]\s|\n\s*\n/.test(doc.text.slice(label.hit.end, s.start)) ? 0 : 0.85;
}

/** The separator [from, to) is one typed inside an ID: " ", "-", "  " or " - " (no string built). */
function isTight(text: string, from: number, to: number): boolean {
  const len = to - from;
  if (len === 1) return text[from] === ' ' || text[from] === '-';
  if (len === 2) return text[from] === ' ' && text[from + 1] === ' ';
  return len === 3 && text[from] === ' ' && text[from + 1] === '-' && text[from + 2] === ' ';
}

/**
 * True when the segment stands on its own: not glued to letters or digits ("INV-12345678",
 * "12345678-A"), not a masked tail, not an international phone number ("+254 ..."). A label glued
 * with "#", "." or "-" ("ID#12345678", "No.12345678") is allowed when `label` ends right there.
 */
export function segmentAlone(text: string, s: { start: number; end: number }, label?: Hit): boolean {
  if (gluedAfter(text, s.end) || (isMaskedTail(text, s.start) && !boldMarkup(text, s.start))) return false;
  if (gluedBefore(text, s.start) && !(label && label.end === s.start - 1 && '#.-'.includes(text[s.start - 1]!))) return false;
  let i = s.start - 1;
  while (i >= 0 && i >= s.start - 3 && (text[i] === ' ' || text[i] === '(')) i--;
  return text[i] !== '+';
}

/** "**NIN:** 12345678901": the "**" closing a Markdown label is not a mask ("**** 5678"). */
function boldMarkup(text: string, start: number): boolean {
  let i = start - 1;
  if (text[i] !== ' ' && text[i] !== '\t') return false;
  while (i >= 0 && i > start - 4 && (text[i] === ' ' || text[i] === '\t')) i--;
  let stars = 0;
  while (i >= 0 && text[i] === '*' && stars < 3) {
    stars++;
    i--;
  }
  return stars >= 1 && stars <= 2 && i >= 0 && /[\p{L}:)]/u.test(text[i]!);
}

/** dd-mm-yyyy, yyyy-mm-dd, dd mm yyyy: a date, not an ID. */
export function looksLikeDate(lengths: readonly number[], digits: string): boolean {
  if (lengths.length !== 3) return false;
  const n = (from: number, len: number) => Number(digits.slice(from, from + len));
  const [a, b, c] = lengths as [number, number, number];
  if (a === 4 && b === 2 && c === 2) return n(4, 2) >= 1 && n(4, 2) <= 12 && n(6, 2) >= 1 && n(6, 2) <= 31;
  if (a === 2 && b === 2 && c === 4) return n(0, 2) >= 1 && n(0, 2) <= 31 && n(2, 2) >= 1 && n(2, 2) <= 31;
  return false;
}

/** True when any hit of `lists` occurs in the text: keyword-driven detectors skip texts without one. */
export function anyHit(doc: ScanDoc, lists: readonly WordList[]): boolean {
  // The index's per-list buckets are built once per text; several detectors ask about the same lists.
  for (const list of lists) if (doc.hits.of(list).length) return true;
  return false;
}

const labelOf = idLabeller([KE_WORDS]);

function evaluate(doc: ScanDoc, s: Segment): Candidate | undefined {
  if (s.digits.length < 7 || s.digits.length > 8) return undefined;
  if (/^(\d)\1+$/.test(s.digits) || s.digits[0] === '0' || looksLikeDate(s.lengths, s.digits)) return undefined;
  const label = labelOf(doc, s.start, s.end);
  if (!label.direct || !segmentAlone(doc.text, s, label.hit)) return undefined;
  let score: number;
  if (label.kind === 'own' || label.kind === 'national') score = 0.95;
  else if (label.kind === 'id' && label.strongId) score = 0.9;
  else return undefined;
  const raw = doc.text.slice(s.start, s.end);
  return { type: 'NATIONAL_ID', subtype: 'ke_national_id', start: s.start, end: s.end, score, masked: keepLast(raw, 2), detector: 'ke' };
}

const TRIGGERS: readonly WordList[] = [KE_WORDS, NATIONAL_ID_WORDS, ID_WORDS];

export const ke: Detector = {
  id: 'ke',
  types: ['NATIONAL_ID'],
  description: 'Kenyan national ID numbers (7-8 digits, no checksum); only right after an ID keyword (national ID, ID number, ID:, kitambulisho)',
  wordLists: idLabelLists([KE_WORDS]),
  find(doc, out) {
    if (!anyHit(doc, TRIGGERS)) return;
    for (const s of numberSegments(doc)) {
      const c = evaluate(doc, s);
      if (c) out.push(c);
    }
  },
};

/** A checksummed national number read by `checkedIdDetector`. */
export interface CheckedIdSpec {
  id: string;
  subtype: string;
  description: string;
  /** Its own keywords: nothing is read in a text without one (unless `unlabelled` says otherwise). */
  words: WordList;
  /** Digits in the number: one length, or each length it comes in (a TFN has 8 or 9). */
  total: number | readonly number[];
  /** Accepted group lengths, "3,3,3" for 123 456 789. */
  groupings: readonly string[];
  separators: readonly string[];
  /** Whether every separator must be the same one ("123.456.789", not "123.456-789"). */
  sameSeparator: boolean;
  /** Validity of the compact value: the digits, or what `around` read. */
  valid: (value: string) => boolean;
  /** Where the label is looked for before the number, when a prefix ("PT") may stand before it. */
  labelStart?: (text: string, start: number) => number;
  /**
   * For an ID with letters around its digits (S1234567D, HEGG560427MVZRRL04): the whole value's span
   * and its compact upper-case form, read from the text either side of the digits, or undefined
   * when the letters are not there.
   */
  around?: (text: string, n: GroupedNumber) => { start: number; end: number; value: string } | undefined;
  /** Whether a keyword counts as written ("FIN" in capitals, not the word "fin") and placed. */
  trusted?: KeywordTrust;
  /**
   * The score of a valid value without its keyword in the sentence, for a shape distinctive enough
   * to stand alone (784-1990-1234567-1), else 0. A label of another kind nearer the value drops it.
   */
  unlabelled?: (n: GroupedNumber, value: string, text: string) => number;
  /**
   * The score of a valid number from its label, for a number whose check is weak or absent (a date,
   * a province digit): see `idLabelScore`. Default: `checkedIdScore` (its keyword in the sentence).
   */
  score?: (doc: ScanDoc, labelOf: IdLabeller, s: { start: number; end: number }, n: GroupedNumber) => number;
  /** Whether a text is worth reading; cheap. Default: it holds one of `words`. */
  gate?: (doc: ScanDoc) => boolean;
}

/**
 * A detector for a national number with its own check digits, its own keyword, and a national
 * grouping: the keyword gates the text, `groupedNumbers` finds the numbers, the grouping, the
 * separators and the check filter them, and `checkedIdScore` needs the keyword in the sentence.
 */
export function checkedIdDetector(spec: CheckedIdSpec): Detector {
  const labelOf = idLabeller([spec.words]);
  const groupings = new Set(spec.groupings);
  const separators = new Set(spec.separators);
  const totals: readonly number[] = typeof spec.total === 'number' ? [spec.total] : spec.total;
  const evaluate = (doc: ScanDoc, n: GroupedNumber): Candidate | undefined => {
    if (!groupings.has(n.lengths.join(','))) return undefined;
    if (!n.seps.every((s) => separators.has(s) && (!spec.sameSeparator || s === n.seps[0]))) return undefined;
    const text = doc.text;
    const whole = spec.around ? spec.around(text, n) : { start: n.start, end: n.end, value: n.digits };
    if (!whole || !spec.valid(whole.value)) return undefined;
    const labelled = { start: spec.labelStart ? spec.labelStart(text, whole.start) : whole.start, end: whole.end };
    let score = spec.score ? spec.score(doc, labelOf, labelled, n) : checkedIdScore(doc, labelOf, labelled, spec.trusted);
    if (!score && spec.unlabelled) {
      const label = labelOf(doc, labelled.start, labelled.end);
      if (label.kind !== 'other' && segmentAlone(text, labelled, label.hit)) score = spec.unlabelled(n, whole.value, text);
    }
    if (!score) return undefined;
    const raw = text.slice(whole.start, whole.end);
    return { type: 'NATIONAL_ID', subtype: spec.subtype, start: whole.start, end: whole.end, score, masked: keepLast(raw, 2), detector: spec.id };
  };
  return {
    id: spec.id,
    types: ['NATIONAL_ID'],
    description: spec.description,
    wordLists: idLabelLists([spec.words]),
    find(doc, out) {
      if (spec.gate ? !spec.gate(doc) : !spec.unlabelled && !doc.hits.of(spec.words).length) return;
      for (const total of totals) {
        for (const n of groupedNumbers(doc, total)) {
          const c = evaluate(doc, n);
          if (c) out.push(c);
        }
      }
    },
  };
}

/** How a number with a weak check or none may be labelled (`idLabelScore`). */
export interface LabelRule {
  /** Its own keyword must stand right next to it (nothing stands in for that directness). */
  direct: boolean;
  /**
   * A country-neutral ID label right next to it is enough ("national ID", "ID card no.", "ID:"):
   * for a written form no other number has ("35202-3924317-4"). Scores 0.9.
   */
  national: boolean;
}

/**
 * The score of a number from its label under `rule`: its own keyword right next to it 0.95, further
 * in the sentence 0.85 (unless `rule.direct`); a strong country-neutral ID label right next to it
 * 0.9 (when `rule.national`); else 0. A label of another kind nearer the number wins, as in
 * `checkedIdScore`.
 */
export function idLabelScore(doc: ScanDoc, labelOf: IdLabeller, s: { start: number; end: number }, rule: LabelRule): number {
  const own = checkedIdScore(doc, labelOf, s);
  if (own === 0.95 || (own && !rule.direct)) return own;
  if (!rule.national) return 0;
  const label = labelOf(doc, s.start, s.end);
  const neutral = label.kind === 'national' || (label.kind === 'id' && label.strongId);
  return neutral && label.direct && segmentAlone(doc.text, s, label.hit) ? 0.9 : 0;
}

// What the keyword-only IDs of Latin America and Lusophone and Francophone Africa share (ar-dni,
// co-cedula, mz-bi, ao-bi, sn-cni, ug-nin, mz-nuit; ar-cuit and cl-rut with their check digit):
// the keyword right next to the value, with the filler of Spanish, Portuguese, French and Luganda
// between them ("N°", "n.º", "número", "de", "do", "votre", "ku") that directGap does not read.

/**
 * Filler between a keyword and its value in Spanish, Portuguese, French and Luganda: "N°", "Nº",
 * "n.º", "nro.", "núm.", "número", "numéro", "de", "do", "da", "du", "la", "su", "sua", "votre",
 * "é", "es", "est", "ku", "ye", "is", and field punctuation. No sentence end, at most four words.
 */
const LOCAL_GAP =
  /^[\s:：#=\-–(«"'*]*(?:(?:n[.ºo°]{0,3}|nro|núm|num|número|numero|numéro|no|de|do|da|del|du|d'|la|le|el|su|sua|seu|votre|ton|tu|é|es|est|era|fue|ni|ku|ye|yo|is)(?![\p{L}\d])\.?[\s:：#=\-–(«"'*º°]*){0,4}$/iu;

/**
 * 0.95 when the value's own keyword (`labelOf`'s own lists) stands right next to it: before it
 * with only filler between (ke.ts's English and Swahili filler, or LOCAL_GAP's), or right after it
 * ("39.325.828 (DNI)"); else 0. A label of another kind nearer the value wins. `trusted` may
 * reject a keyword by its spelling ("C.C." in capitals, not "cc"). With `neutral`, a country-neutral
 * national-ID label ("national identification number", "ID number:") right next to it scores 0.9,
 * for a shape no other number has.
 */
export function keywordNextToScore(
  doc: ScanDoc, labelOf: IdLabeller, s: { start: number; end: number }, trusted?: KeywordTrust, neutral = false,
): number {
  const label = labelOf(doc, s.start, s.end);
  const kindOk = label.kind === 'own' || (neutral && (label.kind === 'national' || (label.kind === 'id' && label.strongId)));
  if (!kindOk || !label.hit || !segmentAlone(doc.text, s, label.hit)) return 0;
  const hit: Hit = label.hit;
  const before = hit.end <= s.start;
  let gap = before ? doc.text.slice(hit.end, s.start) : doc.text.slice(s.end, hit.start);
  // "C.U.I.T.: ...", "R.U.T. ...": the dot closing a dotted abbreviation ends no sentence.
  if (before && gap.startsWith('.') && /\.\p{L}$/u.test(doc.text.slice(hit.start, hit.end))) gap = gap.slice(1);
  if (trusted && !trusted(doc.text.slice(hit.start, hit.end), gap)) return 0;
  if (!label.direct && !(before && LOCAL_GAP.test(gap))) return 0;
  return label.kind === 'own' ? 0.95 : 0.9;
}

/**
 * The score of a checksum-validated ID from its keyword: 0.95 right next to it (in the local
 * languages' filler too: "Su CUIL es 23-...", "RUT N° ..."), else `checkedIdScore` (0.85 further
 * in the sentence).
 */
export function localCheckedScore(doc: ScanDoc, labelOf: IdLabeller, s: { start: number; end: number }, trusted?: KeywordTrust): number {
  return keywordNextToScore(doc, labelOf, s, trusted) || checkedIdScore(doc, labelOf, s, trusted);
}

/** The lists a country-neutral ID label comes from: a detector reading them gates on them too. */
export const NEUTRAL_ID_LISTS: readonly WordList[] = [NATIONAL_ID_WORDS, ID_WORDS];

const BIRTH_TODAY = new Date();
/** Today as yyyymmdd, fixed when the module loads (a scan must not change its answer mid-run). */
const BIRTH_TODAY_KEY = BIRTH_TODAY.getUTCFullYear() * 10000 + (BIRTH_TODAY.getUTCMonth() + 1) * 100 + BIRTH_TODAY.getUTCDate();

/** A real calendar date from 1900 on and not after today: a living holder's date of birth. */
export function birthDateValid(year: number, month: number, day: number): boolean {
  if (year < 1900 || month < 1 || month > 12 || day < 1) return false;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return false;
  return year * 10000 + month * 100 + day <= BIRTH_TODAY_KEY;
}
