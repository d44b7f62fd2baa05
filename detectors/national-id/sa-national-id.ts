/**
 * NATIONAL_ID / sa_national_id: the Saudi national ID (هوية وطنية, "hawiya") and the resident's
 * iqama (إقامة) number, 10 digits: the first 1 for citizens, 2 for residents, the last a Luhn
 * check digit over all ten (the Ministry of Interior's algorithm: odd positions doubled, digit
 * sums added, 10 - total mod 10; the same as Luhn on 10 digits). Written in one piece (on the card
 * in Arabic-Indic digits, which normalisation reads as ASCII).
 *
 * The prefix and the check pass one 10-digit number in 50; Saudi mobiles start with 05, so
 * they fail it, but order and account numbers do not. Labels: its own keyword (iqama, hawiya,
 * Saudi ID, or رقم الهوية / الهوية الوطنية / رقم الإقامة / السجل المدني in Arabic script before
 * the number) 0.95 right next to it, 0.85 further in its sentence; a country-neutral ID label
 * right next to it ("national ID 1919992840", "ID number:") 0.9, as for the Egyptian ID. Without a
 * label nothing is reported.
 */
import { luhnValid } from '../checksums.js';
import { words } from '../context.js';
import type { ScanDoc } from '../detector.js';
import { anyHit, checkedIdDetector, idLabelScore, NEUTRAL_ID_LISTS, segmentAlone, type IdLabeller } from './ke.js';

export const SA_ID_WORDS = words('sa-national-id', [
  'iqama', 'iqama number', 'iqama no', 'hawiya', 'hawiyah', 'huwiya', 'huwiyah', 'hawiya number',
  'raqam al hawiya', 'rakam al hawiya',
  // No "Saudi ID", "iqama ID", "Saudi national ID": the longer phrase would hide its "ID" / "national
  // ID" from the other detectors that read it (the phone's "not a phone" labels); those labels score 0.9 here.
]);

/** 10 digits, first 1 (citizen) or 2 (resident), Luhn, not one repeated digit. */
export function saIdValid(d: string): boolean {
  return /^[12]\d{9}$/.test(d) && luhnValid(d);
}

/** "هوية", "هويتك", "هويتي": the identity (card), bare or with a possessive. */
const HAWIYA = 'هوي(?:[ةه]|ت(?:ك|ي|ه|ها|كم|هم))';
/**
 * "رقم الهوية", "رقم هويتك", "رقم الهوية الوطنية", "الهوية الوطنية", "رقم الإقامة", "الإقامة",
 * "هوية مقيم", "رقم السجل المدني": the Arabic names of the number (word lists hold ASCII phrases
 * only), which count anywhere in the number's sentence.
 */
const ARABIC_LABEL = new RegExp(
  `(?:رقم(?:ك|ه|ها|ي)?\\s{0,2}(?:ال)?(?:${HAWIYA}(?:\\s{0,2}(?:ال)?وطني[ةه])?|[إا]قام(?:[ةه]|ت(?:ك|ي|ه|ها))|سجل\\s{0,2}(?:ال)?مدني)|(?:ال)?هوي[ةه]\\s{0,2}(?:ال)?وطني[ةه]|هوي[ةه]\\s{0,2}مقيم|(?:ال)?[إا]قام(?:[ةه]|ت(?:ك|ي|ه|ها)))([^\\d]{0,40})$`,
  'u',
);
/** "الهوية: ...", "هويتك ...": the bare word counts only right before the number. */
const BARE_LABEL = new RegExp(`(?:ال)?${HAWIYA}([^\\d]{0,12})$`, 'u');
/** Only punctuation between the Arabic label and the number, or the Arabic "is" / "your". */
const ARABIC_DIRECT_GAP = /^[\s:：#\-–(«"']*(?:(?:هو|هي|الخاص\s?بك|لديك|المسجل|الخاص\s?بي|الخاصة\s?بك)[\s:：#\-–(«"']*)?$/u;

function arabicLabelScore(doc: ScanDoc, labelOf: IdLabeller, s: { start: number; end: number }): number {
  const before = doc.text.slice(Math.max(0, s.start - 80), s.start);
  const m = ARABIC_LABEL.exec(before);
  const bare = m ? undefined : BARE_LABEL.exec(before);
  if ((!m && !bare) || !segmentAlone(doc.text, s)) return 0;
  const gap = (m ?? bare)![1]!;
  // "رقم الهوية ... order no. 1919...": a label of another kind nearer the number wins.
  const nearer = labelOf(doc, s.start, s.end);
  if (nearer.kind === 'other' && nearer.hit && nearer.hit.start >= s.start - gap.length) return 0;
  if (ARABIC_DIRECT_GAP.test(gap)) return 0.95;
  return m && !/[.!?؟;؛]\s|\n\s*\n/.test(gap) ? 0.85 : 0;
}

function score(doc: ScanDoc, labelOf: IdLabeller, s: { start: number; end: number }): number {
  return idLabelScore(doc, labelOf, s, { direct: false, national: true }) || arabicLabelScore(doc, labelOf, s);
}

export const saNationalId = checkedIdDetector({
  id: 'sa-national-id',
  subtype: 'sa_national_id',
  description: 'Saudi national ID and iqama numbers (10 digits, first 1 or 2, Luhn); with an iqama / hawiya / رقم الهوية keyword or an ID label right next to it',
  words: SA_ID_WORDS,
  total: 10,
  groupings: ['10'],
  separators: [],
  sameSeparator: true,
  valid: saIdValid,
  score,
  gate: (doc) => doc.hits.of(SA_ID_WORDS).length > 0 || anyHit(doc, NEUTRAL_ID_LISTS) || doc.text.includes('هوي') || doc.text.includes('قام') || doc.text.includes('سجل'),
});
