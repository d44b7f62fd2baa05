/**
 * NATIONAL_ID / fr_nir: the French social security number (NIR, "numéro de sécurité sociale",
 * the number on the carte Vitale), 15 digits S YY MM DD CCC OOO KK: sex 1-4 or 7-8, month 01-12,
 * 20-42 or 50-99 (unknown or provisional months), a department, and the key KK = 97 - (first 13
 * digits mod 97). Corsica's "2A"/"2B" departments hold letters and are not read.
 *
 * Scoring: mod 97 rejects all but one in 97 random numbers, so a valid number is reported only
 * with a label (0.95) or in the grouping printed on the carte Vitale, "1 85 05 78 006 084 36"
 * (0.8). A label of another kind (order, tracking, invoice, phone, card, account...) drops it.
 */
import { words } from '../context.js';
import type { Detector, ScanDoc } from '../detector.js';
import { keepLast } from '../mask.js';
import type { Candidate } from '../types.js';
import { idLabelLists, idLabeller, segmentAlone } from './ke.js';

export const FR_NIR_WORDS = words('fr-nir', [
  'numéro de sécurité sociale', 'numero de securite sociale', 'n° de sécurité sociale', 'no de sécurité sociale',
  'numéro de sécu', 'numero de secu', 'n° sécu', 'sécurité sociale', 'securite sociale', 'nir', 'numéro insee',
  'numero insee', 'n° insee', 'carte vitale', 'french social security number', 'french social security',
]);

const labelOf = idLabeller([FR_NIR_WORDS]);
const LISTS = idLabelLists([FR_NIR_WORDS]);

/** Groupings people write: the carte Vitale's, and the unspaced number with or without its key apart. */
const VITALE = '1,2,2,2,3,3,2';
const LABELLED = new Set([VITALE, '15', '13,2', '1,2,2,5,3,2', '1,2,2,2,6,2']);

/** Structural validity of 15 NIR digits. */
export function frNirValid(d: string): boolean {
  if (!/^\d{15}$/.test(d)) return false;
  if (!'123478'.includes(d[0]!)) return false;
  const mm = Number(d.slice(3, 5));
  if (!((mm >= 1 && mm <= 12) || (mm >= 20 && mm <= 42) || mm >= 50)) return false;
  if (d.slice(5, 7) === '00') return false;
  const key = Number(d.slice(13));
  return key >= 1 && key <= 97 && 97 - Number(BigInt(d.slice(0, 13)) % 97n) === key;
}

function evaluate(doc: ScanDoc, start: number, end: number, digits: string, lengths: string): Candidate | undefined {
  if (!frNirValid(digits)) return undefined;
  const label = labelOf(doc, start, end);
  if (label.kind === 'other' || !segmentAlone(doc.text, { start, end }, label.hit)) return undefined;
  let score: number;
  if (label.kind !== 'none' && LABELLED.has(lengths)) score = 0.95;
  else if (lengths === VITALE) score = 0.8;
  else return undefined;
  const raw = doc.text.slice(start, end);
  return { type: 'NATIONAL_ID', subtype: 'fr_nir', start, end, score, masked: keepLast(raw, 2), detector: 'fr-nir' };
}

export const frNir: Detector = {
  id: 'fr-nir',
  types: ['NATIONAL_ID'],
  description: 'French social security numbers (NIR, 15 digits: sex, birth month, key = 97 - mod 97); label or carte Vitale grouping',
  wordLists: LISTS,
  find(doc, out) {
    const text = doc.text;
    for (const run of doc.runs) {
      if (run.digits.length !== 15) continue;
      const g = run.groups;
      const lengths: number[] = [];
      let tight = true;
      for (let i = 0; i < g.length; i += 2) {
        lengths.push(g[i + 1]! - g[i]!);
        if (i > 0 && !(g[i]! - g[i - 1]! === 1 && ' -'.includes(text[g[i - 1]!]!))) tight = false;
      }
      if (!tight) continue;
      const c = evaluate(doc, run.start, run.end, run.digits, lengths.join(','));
      if (c) out.push(c);
    }
  },
};
