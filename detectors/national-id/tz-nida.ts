/**
 * NATIONAL_ID / tz_nida: the Tanzanian national identification number (NIN) issued by NIDA, the
 * National Identification Authority: 20 digits written 8-5-5-2, "20000803-93383-05005-10", the first
 * eight the holder's date of birth YYYYMMDD. No check digit is published: the birth date (a real
 * date from 1900 on, not in the future; about one 8-digit prefix in 2,000 passes) is the check.
 *
 * Labels. With its own keyword (NIDA, "namba ya NIDA", "kitambulisho cha taifa", NIN) a number in
 * the 8-5-5-2 grouping counts anywhere in the keyword's sentence: 0.95 right next to it, 0.85 further
 * off. The same 20 digits in one piece are also what many systems use as transaction and request
 * ids (a timestamp YYYYMMDDhhmmss and a counter), so those need the keyword right next to them. The
 * grouped form belongs to no other number, so a country-neutral ID label right next to it
 * ("national ID 20000803-93383-05005-10", "ID number:") is enough for it: 0.9.
 */
import { words } from '../context.js';
import { anyHit, birthDateValid, checkedIdDetector, idLabelScore, NEUTRAL_ID_LISTS, type GroupedNumber } from './ke.js';

export const NIDA_WORDS = words('tz-nida', [
  'nida', 'nida number', 'nida no', 'nida id', 'nida card', 'namba ya nida', 'nambari ya nida',
  'kitambulisho cha taifa', 'kitambulisho cha nida', 'nin', 'national identification authority',
]);

/** 20 digits whose first eight are a date of birth YYYYMMDD. */
export function nidaValid(d: string): boolean {
  if (!/^\d{20}$/.test(d)) return false;
  return birthDateValid(Number(d.slice(0, 4)), Number(d.slice(4, 6)), Number(d.slice(6, 8)));
}

function grouped(n: GroupedNumber): boolean {
  return n.lengths.length === 4;
}

export const tzNida = checkedIdDetector({
  id: 'tz-nida',
  subtype: 'tz_nida',
  description: 'Tanzanian NIDA numbers (20 digits 8-5-5-2, the first 8 a birth date YYYYMMDD); with a NIDA keyword, or an ID label right next to the grouped form',
  words: NIDA_WORDS,
  total: 20,
  groupings: ['8,5,5,2', '20'],
  separators: ['-', ' '],
  sameSeparator: true,
  valid: nidaValid,
  // In one piece only the keyword right next to it counts: skip the label reading in a text without one.
  score: (doc, labelOf, s, n) =>
    grouped(n) ? idLabelScore(doc, labelOf, s, { direct: false, national: true }) : doc.hits.of(NIDA_WORDS).length ? idLabelScore(doc, labelOf, s, { direct: true, national: false }) : 0,
  gate: (doc) => doc.hits.of(NIDA_WORDS).length > 0 || anyHit(doc, NEUTRAL_ID_LISTS),
});
