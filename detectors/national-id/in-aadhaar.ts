/**
 * NATIONAL_ID / in_aadhaar: Indian Aadhaar numbers, 12 digits usually printed "2341 2341 2346"
 * (also "2341-2341-2346" or plain); first digit 2-9, Verhoeff over all twelve, not a palindrome.
 *
 * Scoring: Verhoeff passes for one number in ten, so it is weak evidence. With an Aadhaar keyword
 * (aadhaar, aadhar, UIDAI) the number scores 0.95 grouped, 0.9 plain; after the ambiguous "UID"
 * (also a user id) 0.9 grouped, 0.8 plain. Without a keyword only the card-style 4-4-4 grouping is reported, at
 * 0.52: just above the threshold, so any label of another kind (card, phone, account, order,
 * voucher...) drops it, and a Luhn- and range-valid 12-digit Maestro card (scored 0.65 by the card
 * detector) wins the overlap. Plain 12 digits without a keyword are not reported.
 */
import { CARD_WORDS } from '../card.js';
import { verhoeffValid } from '../checksums.js';
import { words, type WordList } from '../context.js';
import type { Detector, ScanDoc } from '../detector.js';
import { keepLast } from '../mask.js';
import { PHONE_WORDS } from '../phone.js';
import { REFERENCE_WORDS } from '../shared-words.js';
import type { Candidate } from '../types.js';
import { NOT_SSN_WORDS, numberWindows, standsAlone, uniformSeparator, type NumberWindow } from './us-ssn.js';

export const AADHAAR_WORDS = words('in-aadhaar', [
  'aadhaar', 'aadhar', 'adhaar', 'adhar', 'aadhaar no', 'aadhaar number', 'aadhar no', 'aadhar number', 'aadhaar card',
  'aadhar card', 'aadhaar id', 'e aadhaar', 'uidai', 'aadhaar uid', 'unique identification number',
]);

/** "UID" alone: an Aadhaar in Indian contexts, a user id in software ones. */
export const UID_WORDS = words('in-aadhaar-uid', ['uid', 'uid no', 'uid number']);

const LABEL_LISTS: readonly WordList[] = [AADHAAR_WORDS, UID_WORDS, NOT_SSN_WORDS, PHONE_WORDS, CARD_WORDS, REFERENCE_WORDS];

const SEPARATORS = [' ', '-', '  ', ' - '];

/** First digit 2-9, Verhoeff-valid, not a palindrome, not all one digit. */
export function aadhaarValid(d: string): boolean {
  if (!/^[2-9]\d{11}$/.test(d)) return false;
  if (d === [...d].reverse().join('')) return false;
  return verhoeffValid(d);
}

type Label = 'aadhaar' | 'uid' | 'other' | 'none';

function labelOf(doc: ScanDoc, w: NumberWindow): Label {
  const before = doc.labelBefore(w.start, LABEL_LISTS, 48);
  if (before) return before.list === AADHAAR_WORDS ? 'aadhaar' : before.list === UID_WORDS ? 'uid' : 'other';
  const after = doc.labelAfter(w.end, [AADHAAR_WORDS, REFERENCE_WORDS, PHONE_WORDS, CARD_WORDS], 16);
  if (after) return after.list === AADHAAR_WORDS ? 'aadhaar' : 'other';
  return 'none';
}

function evaluate(doc: ScanDoc, w: NumberWindow): Candidate | undefined {
  if (!aadhaarValid(w.digits) || !standsAlone(doc.text, w)) return undefined;
  const grouped = w.lengths.length === 3 && w.lengths.every((l) => l === 4);
  if (!grouped && w.lengths.length !== 1) return undefined;
  if (grouped && uniformSeparator(w.seps, SEPARATORS) === undefined) return undefined;
  if (!w.whole && (!grouped || w.sepAfter === w.seps[0])) return undefined;
  const label = labelOf(doc, w);
  if (label === 'other') return undefined;
  let score: number;
  if (label === 'aadhaar') score = grouped ? 0.95 : 0.9;
  else if (label === 'uid') score = grouped ? 0.9 : 0.8;
  else score = grouped && w.whole ? 0.52 : 0.2;
  if (!w.whole && label !== 'none') score -= 0.1;
  const raw = doc.text.slice(w.start, w.end);
  return { type: 'NATIONAL_ID', subtype: 'in_aadhaar', start: w.start, end: w.end, score, masked: keepLast(raw, 4), detector: 'in-aadhaar' };
}

export const inAadhaar: Detector = {
  id: 'in-aadhaar',
  types: ['NATIONAL_ID'],
  description: 'Indian Aadhaar numbers (12 digits, first 2-9, Verhoeff, not a palindrome); 4-4-4 grouping alone or an Aadhaar/UIDAI keyword',
  wordLists: LABEL_LISTS,
  find(doc, out) {
    for (const w of numberWindows(doc, 12)) {
      const c = evaluate(doc, w);
      if (c) out.push(c);
    }
  },
};
