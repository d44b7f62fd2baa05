/**
 * NATIONAL_ID / eg_national_id: the Egyptian national ID number (الرقم القومي, "raqam qawmi"), 14
 * digits C YYMMDD GG SSSS K: C the century of birth (2 for 19YY, 3 for 20YY), YYMMDD the date of
 * birth, GG the governorate of birth (01-04 the cities, 11-19 the Delta, 21-29 Upper Egypt, 31-35
 * the frontier governorates, 88 born abroad), SSSS a serial whose last digit is the sex (odd male),
 * K a check digit. The check digit's algorithm is not published by the Civil Status Organization
 * (the libraries that decode these numbers leave it unchecked or guess at it), so it is not checked
 * here: the century, a real birth date (from 1910 on, not in the future) and a known governorate
 * are the check, and together pass about one 14-digit number in 500. The number is written as one
 * piece of 14 digits (on the card in Arabic-Indic digits, which normalisation reads as ASCII).
 *
 * Labels. Its own keyword (Egyptian ID, raqam qawmi, or الرقم القومي / رقم قومي in Arabic script
 * before the number) right next to it 0.95, further in its sentence 0.85; a country-neutral ID
 * label right next to it ("national ID 29809230201234", "ID number:") 0.9: 14-digit numbers of that
 * structure are not order, phone or card numbers (those fail the century, the date or the
 * governorate), so the generic label Egyptians use is enough. Without a label nothing is reported.
 */
import { words } from '../context.js';
import type { ScanDoc } from '../detector.js';
import { anyHit, birthDateValid, checkedIdDetector, idLabelScore, NEUTRAL_ID_LISTS, segmentAlone, type IdLabeller } from './ke.js';

export const EG_ID_WORDS = words('eg-national-id', [
  'egyptian id', 'egyptian id number', 'egyptian id card', 'egyptian national id', 'egyptian national id number',
  'egypt national id', 'raqam qawmi', 'raqam qawmy', 'raqam qomi', 'rakam qawmi', 'rakam kawmy', 'el raqam el qawmi',
  'al raqam al qawmi',
]);

/** The governorate codes of birth. */
const GOVERNORATES = new Set([
  '01', '02', '03', '04', '11', '12', '13', '14', '15', '16', '17', '18', '19', '21', '22', '23', '24', '25', '26',
  '27', '28', '29', '31', '32', '33', '34', '35', '88',
]);

/** Century, birth date and governorate of 14 digits. */
export function egIdValid(d: string): boolean {
  if (!/^[23]\d{13}$/.test(d) || !GOVERNORATES.has(d.slice(7, 9))) return false;
  const year = (d[0] === '2' ? 1900 : 2000) + Number(d.slice(1, 3));
  return year >= 1910 && birthDateValid(year, Number(d.slice(3, 5)), Number(d.slice(5, 7)));
}

/** "الرقم القومي", "رقم قومي", "رقمك القومى": the Arabic name of the number (word lists hold ASCII phrases only). */
const ARABIC_LABEL = /رقم(?:ك|ه|ها|ي)?\s{0,2}(?:ال)?قوم[يىی]/u;
const ARABIC_LABEL_BEFORE = new RegExp(`${ARABIC_LABEL.source}([^\\d]{0,40})$`, 'u');
/** Only punctuation between the Arabic label and the number, or the Arabic "is" / "your". */
const ARABIC_DIRECT_GAP = /^[\s:：#\-–(«"']*(?:(?:هو|هي|الخاص\s?بك|لديك|المسجل|الخاص\s?بي)[\s:：#\-–(«"']*)?$/u;

function arabicLabelScore(doc: ScanDoc, labelOf: IdLabeller, s: { start: number; end: number }): number {
  const m = ARABIC_LABEL_BEFORE.exec(doc.text.slice(Math.max(0, s.start - 60), s.start));
  if (!m || !segmentAlone(doc.text, s)) return 0;
  const gap = m[1]!;
  // "الرقم القومي ... order no. 2980...": a label of another kind nearer the number wins.
  const nearer = labelOf(doc, s.start, s.end);
  if (nearer.kind === 'other' && nearer.hit && nearer.hit.start >= s.start - gap.length) return 0;
  if (ARABIC_DIRECT_GAP.test(gap)) return 0.95;
  return /[.!?؟;؛]\s|\n\s*\n/.test(gap) ? 0 : 0.85;
}

function score(doc: ScanDoc, labelOf: IdLabeller, s: { start: number; end: number }): number {
  return idLabelScore(doc, labelOf, s, { direct: false, national: true }) || arabicLabelScore(doc, labelOf, s);
}

export const egNationalId = checkedIdDetector({
  id: 'eg-national-id',
  subtype: 'eg_national_id',
  description: 'Egyptian national ID numbers (14 digits: century 2/3, birth date, governorate code; the check digit is unpublished); with an Egyptian ID / الرقم القومي keyword or an ID label right next to it',
  words: EG_ID_WORDS,
  total: 14,
  groupings: ['14'],
  separators: [],
  sameSeparator: true,
  valid: egIdValid,
  score,
  gate: (doc) => doc.hits.of(EG_ID_WORDS).length > 0 || anyHit(doc, NEUTRAL_ID_LISTS) || doc.text.includes('رقم'),
});
