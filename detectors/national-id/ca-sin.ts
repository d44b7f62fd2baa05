/**
 * NATIONAL_ID / ca_sin: Canadian Social Insurance Numbers, 9 digits written 123-456-782,
 * 123 456 782 (one separator throughout) or plain; Luhn over all nine; the first digit is not 0
 * or 8 (not issued to individuals). The one exception: a Luhn-valid 0-number after a SIN keyword
 * (the specimen 046 454 286) is reported at 0.8.
 *
 * Scoring: Luhn passes for one number in ten, and 3-3-3 is a common shape (phone fragments,
 * account and reference numbers), so without a SIN keyword a number stays at 0.4 and is not
 * reported. A SIN keyword before it (or right after it) gives 0.95 formatted, 0.9 plain. The bare
 * word "SIN" counts only in capitals or followed by ":" / "#" ("sin" is Spanish for "without");
 * "NAS" only in capitals (it is also network storage). As for SSNs, the nearest label decides,
 * except that a SIN keyword heading the value's sentence beats a claim or file word in between,
 * and a Canadian programme (Employment Insurance, Service Canada) nearby reports a 3-3-3 SIN at 0.75.
 */
import { CARD_WORDS } from '../card.js';
import { words, type WordList } from '../context.js';
import type { Detector, ScanDoc } from '../detector.js';
import { luhnValid } from '../checksums.js';
import { keepLast } from '../mask.js';
import { PHONE_WORDS } from '../phone.js';
import { REFERENCE_WORDS } from '../shared-words.js';
import type { Candidate } from '../types.js';
import { NOT_SSN_WORDS, SSN_WORDS, numberWindows, standsAlone, uniformSeparator, type NumberWindow } from './us-ssn.js';

export const SIN_WORDS = words('ca-sin', [
  'sin', 'sin no', 'sin number', 'sin num', 'social insurance', 'social insurance number', 'social insurance no',
  'canadian sin', 'nas', 'no nas', 'numéro nas', "numéro d'assurance sociale", "numero d'assurance sociale",
  'assurance sociale', 'n.a.s', 's.i.n', 'social ins no', 'social ins number', 'soc ins no', 'no d\'assurance sociale',
]);

/**
 * Canadian programmes a SIN is quoted for: "for your Employment Insurance claim is 253 687 222".
 * Context, not a label: with one nearby a Luhn-valid SIN in the 3-3-3 print form is reported (0.75)
 * unless another kind of label (phone, card, SSN) names it.
 */
export const SIN_CONTEXT_WORDS = words('ca-sin-context', [
  'employment insurance', 'ei claim', 'ei benefits', 'ei benefit', 'assurance-emploi', 'assurance emploi',
  'service canada', 'canada pension plan', 'record of employment', 'my service canada account',
]);

/** How far before a value a SIN keyword of the same sentence still names it ("The SIN we have on file for your ... claim is ..."). */
const SENTENCE_LABEL = 100;

/** SIN keywords first: "SIN" sits in the SSN detector's "not an SSN" list too. */
const LABEL_LISTS: readonly WordList[] = [SIN_WORDS, SSN_WORDS, NOT_SSN_WORDS, PHONE_WORDS, CARD_WORDS, REFERENCE_WORDS];

const SEPARATORS = ['-', ' ', '.', ' - '];

/** What may stand between a bare "SIN" / "NAS" and its number: "SIN: ", "NAS est ", "SIN no. ". */
const BARE_GAP = /^[\s:#.()-]{0,6}(?:(?:is|est|no|nr|number|num|numéro|de)[\s:#.()-]{1,6}){0,2}$/i;

/**
 * "SIN" / "Sin:" yes, "sin embargo" no; "NAS" yes, "nas drive" no. "Sin" and "NAS" must also stand
 * right before their number ("the NAS backup job 123456782" is a storage box).
 */
function trusted(doc: ScanDoc, start: number, end: number, valueAt: number): boolean {
  const word = doc.text.slice(start, end);
  const lower = word.toLowerCase();
  // "SIN" in capitals is specific enough anywhere before the number; "NAS" and "Sin:" are not.
  const bare = ((lower === 'sin' || lower === 'sins') && !word.startsWith('SIN')) || lower === 'nas';
  if (lower === 'sin' || lower === 'sins') {
    if (!word.startsWith('SIN') && !/^[ \t]{0,2}[:#]/.test(doc.text.slice(end, end + 3))) return false;
  }
  if (lower === 'nas' && word !== 'NAS') return false;
  return !bare || valueAt < end || BARE_GAP.test(doc.text.slice(end, valueAt));
}

/**
 * "The SIN we have on file for your Employment Insurance claim is 253 687 222": the nearest label
 * is the claim's, but the sentence is about the SIN, which heads it and no other number stands
 * between. Only a "<SIN> ... is/: <value>" sentence and only a reference word (claim, file, case)
 * in between: a phone or card word nearer still wins.
 */
function sinHeadsSentence(doc: ScanDoc, w: NumberWindow, nearest: { list: WordList } | undefined): boolean {
  if (nearest && nearest.list !== REFERENCE_WORDS) return false;
  const hit = doc.hits.nearestBefore(w.start, [SIN_WORDS], SENTENCE_LABEL);
  if (!hit || !trusted(doc, hit.start, hit.end, -1)) return false;
  const gap = doc.text.slice(hit.end, w.start);
  return !/\d|[.!?](?:\s|$)|\n/.test(gap) && /(?:\b(?:is|was|are|reads)|:)[ \t]{0,3}$/i.test(gap);
}

function hasSinLabel(doc: ScanDoc, w: NumberWindow): boolean {
  const before = doc.labelBefore(w.start, LABEL_LISTS, 48);
  if (sinHeadsSentence(doc, w, before)) return true;
  if (before) return before.list === SIN_WORDS && trusted(doc, before.hit.start, before.hit.end, w.start);
  const after = doc.labelAfter(w.end, [SIN_WORDS, REFERENCE_WORDS, PHONE_WORDS], 16);
  return !!after && after.list === SIN_WORDS && trusted(doc, after.hit.start, after.hit.end, -1);
}

/** Luhn-valid, first digit 1-7 or 9, not all one digit. */
export function sinValid(d: string): boolean {
  if (!/^[1-79]\d{8}$/.test(d) || /^(\d)\1{8}$/.test(d)) return false;
  return luhnValid(d);
}

/**
 * Luhn-valid with first digit 0: never issued to a person, but the form of the specimen SIN
 * (046 454 286) that documentation, sample forms and test data use. Reported only after a SIN
 * keyword, where it is meant as a SIN (and would otherwise be read as a phone number).
 */
export function sinSpecimen(d: string): boolean {
  return /^0\d{8}$/.test(d) && !/^0{9}$/.test(d) && luhnValid(d);
}

/** A SIN programme word near the value, and no other kind of label naming it. */
function programmeNear(doc: ScanDoc, w: NumberWindow): boolean {
  if (!doc.hits.near(w.start, w.end, SIN_CONTEXT_WORDS, 120, 80)) return false;
  const before = doc.labelBefore(w.start, LABEL_LISTS, 48);
  return !before || before.list === SIN_WORDS || before.list === REFERENCE_WORDS;
}

function evaluate(doc: ScanDoc, w: NumberWindow): Candidate | undefined {
  const valid = sinValid(w.digits);
  const specimen = !valid && sinSpecimen(w.digits);
  if ((!valid && !specimen) || !standsAlone(doc.text, w)) return undefined;
  const formatted = w.lengths.length === 3 && w.lengths[0] === 3 && w.lengths[1] === 3 && w.lengths[2] === 3;
  if (!formatted && w.lengths.length !== 1) return undefined;
  if (formatted && uniformSeparator(w.seps, SEPARATORS) === undefined) return undefined;
  if (!w.whole && (!formatted || w.sepAfter === w.seps[0])) return undefined;
  const labelled = hasSinLabel(doc, w);
  if (specimen && !labelled) return undefined;
  let score = 0.4;
  if (labelled) score = specimen ? 0.8 : !w.whole ? 0.85 : formatted ? 0.95 : 0.9;
  else if (valid && formatted && w.whole && programmeNear(doc, w)) score = 0.75;
  const raw = doc.text.slice(w.start, w.end);
  return { type: 'NATIONAL_ID', subtype: 'ca_sin', start: w.start, end: w.end, score, masked: keepLast(raw, 3), detector: 'ca-sin' };
}

export const caSin: Detector = {
  id: 'ca-sin',
  types: ['NATIONAL_ID'],
  description: 'Canadian Social Insurance Numbers (9 digits, Luhn, first digit not 0/8); reported only with a SIN/NAS keyword',
  wordLists: [...LABEL_LISTS, SIN_CONTEXT_WORDS],
  find(doc, out) {
    for (const w of numberWindows(doc, 9)) {
      const c = evaluate(doc, w);
      if (c) out.push(c);
    }
  },
};
