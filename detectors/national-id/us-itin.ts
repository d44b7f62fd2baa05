/**
 * NATIONAL_ID / us_itin: US Individual Taxpayer Identification Numbers, the IRS's SSN for people who
 * cannot get one: 9XX-GG-SSSS with group 50-65, 70-88, 90-92 or 94-99 (IRS), written like an SSN
 * (one separator throughout: "-", " " or ".") or as 9 plain digits. No checksum. The SSN detector
 * rejects area 9XX, so the two never report the same number.
 *
 * Scoring mirrors us-ssn: formatted and alone on its segment 0.55 (dotted only with a keyword); an
 * ITIN keyword, an SSN keyword (forms put ITINs in the SSN field) or a tax-ID keyword before it (or
 * right after) 0.95; 9 plain digits only after an ITIN or SSN keyword (0.9), because a "tax ID" of
 * 9 plain digits is as often a business's EIN. The nearest label decides: a phone, card, account,
 * ZIP or reference label means the digits are something else.
 */
import { CARD_WORDS } from '../card.js';
import { words, type WordList } from '../context.js';
import type { Detector, ScanDoc } from '../detector.js';
import { keepLast } from '../mask.js';
import { PHONE_WORDS } from '../phone.js';
import { REFERENCE_WORDS } from '../shared-words.js';
import type { Candidate } from '../types.js';
import { NOT_SSN_WORDS, SSN_WORDS, numberWindows, standsAlone, uniformSeparator, type NumberWindow } from './us-ssn.js';

export const ITIN_WORDS = words('us-itin', [
  'itin', 'itin number', 'itin no', 'us itin', 'individual taxpayer identification number', 'individual taxpayer id',
]);

/** Tax-ID labels that fit an ITIN written like one, and a business's EIN as 9 plain digits. */
export const TAX_ID_WORDS = words('us-itin-tax-id', [
  'tax id', 'tax id number', 'tax identification number', 'taxpayer identification number', 'taxpayer id', 'tin',
]);

/** The specific lists first: "tax id" is also a "not an SSN" word. */
const LABEL_LISTS: readonly WordList[] = [ITIN_WORDS, SSN_WORDS, TAX_ID_WORDS, NOT_SSN_WORDS, PHONE_WORDS, CARD_WORDS, REFERENCE_WORDS];

type Label = 'itin' | 'tax' | 'other' | 'none';

/** Structural validity of 9 ITIN digits. */
export function itinValid(d: string): boolean {
  if (!/^9\d{8}$/.test(d) || /^(\d)\1{8}$/.test(d)) return false;
  const group = Number(d.slice(3, 5));
  return (group >= 50 && group <= 65) || (group >= 70 && group <= 88) || (group >= 90 && group <= 92) || group >= 94;
}

/** An SSN word counts when it names the number ("SSN", "social security number"), not bare "ss" or "social". */
function ssnNamed(word: string): boolean {
  return /^(?:ssn|social[\s-]*sec|soc[\s-]*sec|us[\s-]*ssn)/i.test(word);
}

function kindOf(doc: ScanDoc, hit: { start: number; end: number }, list: WordList): Label {
  if (list === ITIN_WORDS) return 'itin';
  if (list === SSN_WORDS) return ssnNamed(doc.text.slice(hit.start, hit.end)) ? 'itin' : 'none';
  return list === TAX_ID_WORDS ? 'tax' : 'other';
}

function labelOf(doc: ScanDoc, w: NumberWindow): Label {
  const before = doc.labelBefore(w.start, LABEL_LISTS, 48);
  if (before) return kindOf(doc, before.hit, before.list);
  const after = doc.labelAfter(w.end, [ITIN_WORDS, SSN_WORDS, TAX_ID_WORDS, REFERENCE_WORDS, PHONE_WORDS], 16);
  return after ? kindOf(doc, after.hit, after.list) : 'none';
}

const SEPARATORS = ['-', ' ', '.', ' - '];

function evaluate(doc: ScanDoc, w: NumberWindow): Candidate | undefined {
  if (!itinValid(w.digits) || !standsAlone(doc.text, w)) return undefined;
  const formatted = w.lengths.length === 3 && w.lengths[0] === 3 && w.lengths[1] === 2 && w.lengths[2] === 4;
  if (!formatted && w.lengths.length !== 1) return undefined;
  const sep = formatted ? uniformSeparator(w.seps, SEPARATORS) : '';
  if (sep === undefined) return undefined;
  if (!w.whole && (!formatted || w.sepAfter === sep)) return undefined;
  const label = labelOf(doc, w);
  if (label === 'other') return undefined;
  let score: number;
  if (!formatted) score = label === 'itin' ? 0.9 : 0.2;
  else if (label !== 'none') score = w.whole ? 0.95 : 0.85;
  else score = w.whole && sep !== '.' ? 0.55 : 0.2;
  const raw = doc.text.slice(w.start, w.end);
  return { type: 'NATIONAL_ID', subtype: 'us_itin', start: w.start, end: w.end, score, masked: keepLast(raw, 4), detector: 'us-itin' };
}

export const usItin: Detector = {
  id: 'us-itin',
  types: ['NATIONAL_ID'],
  description: 'US ITINs 9XX-GG-SSSS (IRS group ranges 50-65, 70-88, 90-92, 94-99); plain 9 digits only with an ITIN / SSN keyword',
  wordLists: LABEL_LISTS,
  find(doc, out) {
    for (const w of numberWindows(doc, 9)) {
      const c = evaluate(doc, w);
      if (c) out.push(c);
    }
  },
};
