/**
 * NATIONAL_ID / ng_nin: Nigerian National Identification Numbers, 11 digits. NIMC publishes no
 * check digit (Presidio's Verhoeff check is unconfirmed, detection.md §1.8), and 11 digits is also
 * the length of every Nigerian mobile number (0803 123 4567), so a NIN is reported ONLY right after
 * (or right before) a NIN keyword: NIN, NIN slip, NIMC, national identification / identity number
 * (0.95 for the NIN-specific words, 0.9 for "national ID" / "national identification number").
 * Never without one. A phone, BVN, account or reference label nearer to the number wins.
 */
import { words, type WordList } from '../context.js';
import type { Detector, ScanDoc } from '../detector.js';
import { keepLast } from '../mask.js';
import type { Candidate } from '../types.js';
import { anyHit, ID_WORDS, idLabelLists, idLabeller, NATIONAL_ID_WORDS, numberSegments, segmentAlone, type Segment } from './ke.js';

export const NIN_WORDS = words('ng-nin', ['nin', 'nimc', 'national identity management commission']);

const labelOf = idLabeller([NIN_WORDS]);
const NIN_SLIP_BEFORE = /\bNIN[ \t]{1,2}(?:slip|card)[ \t]{0,2}[(:#-]?[ \t]{0,2}$/i;

function evaluate(doc: ScanDoc, s: Segment): Candidate | undefined {
  if (/^(\d)\1+$/.test(s.digits)) return undefined;
  // "The NIN on your NIN slip (52360640471)": the slip is where the NIN is printed, a label of its own.
  if (NIN_SLIP_BEFORE.test(doc.text.slice(Math.max(0, s.start - 24), s.start)) && segmentAlone(doc.text, s)) {
    return { type: 'NATIONAL_ID', subtype: 'ng_nin', start: s.start, end: s.end, score: 0.95, masked: keepLast(doc.text.slice(s.start, s.end), 3), detector: 'ng-nin' };
  }
  const label = labelOf(doc, s.start, s.end);
  if (!label.direct || (label.kind !== 'own' && label.kind !== 'national')) return undefined;
  if (!segmentAlone(doc.text, s, label.hit)) return undefined;
  const score = label.kind === 'own' ? 0.95 : 0.9;
  const raw = doc.text.slice(s.start, s.end);
  return { type: 'NATIONAL_ID', subtype: 'ng_nin', start: s.start, end: s.end, score, masked: keepLast(raw, 3), detector: 'ng-nin' };
}

/** "Nigerian ID" is an ID_WORDS hit made national by the word before it. */
const TRIGGERS: readonly WordList[] = [NIN_WORDS, NATIONAL_ID_WORDS, ID_WORDS];

export const ngNin: Detector = {
  id: 'ng-nin',
  types: ['NATIONAL_ID'],
  description: 'Nigerian NIN (11 digits, no published checksum); only right next to a NIN / NIMC / national identification number keyword',
  wordLists: idLabelLists([NIN_WORDS]),
  find(doc, out) {
    if (!anyHit(doc, TRIGGERS)) return;
    for (const s of numberSegments(doc)) {
      if (s.digits.length !== 11) continue;
      const c = evaluate(doc, s);
      if (c) out.push(c);
    }
  },
};
