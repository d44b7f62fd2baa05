/**
 * NATIONAL_ID / ng_bvn: Nigerian Bank Verification Numbers, 11 digits issued by the CBN/NIBSS to
 * every bank customer (reported as NATIONAL_ID: it identifies a person across all banks). There is no
 * published check digit and 11 digits is also a Nigerian mobile number, so a BVN is reported ONLY
 * right after (or right before) a BVN keyword ("BVN", "bank verification number"), at 0.95. Never
 * without one. A phone, NIN, account or reference label nearer to the number wins.
 */
import { words, type WordList } from '../context.js';
import type { Detector, ScanDoc } from '../detector.js';
import { keepLast } from '../mask.js';
import type { Candidate } from '../types.js';
import { anyHit, idLabelLists, idLabeller, numberSegments, segmentAlone, type Segment } from './ke.js';

export const BVN_WORDS = words('ng-bvn', ['bvn', 'bank verification number', 'bank verification no']);

/**
 * The BVN keyword must stand right next to the number, so another keyword between them ("BVN and
 * NIN: ...") leaves the number unlabelled.
 */
const labelOf = idLabeller([BVN_WORDS]);

function evaluate(doc: ScanDoc, s: Segment): Candidate | undefined {
  if (/^(\d)\1+$/.test(s.digits)) return undefined;
  const label = labelOf(doc, s.start, s.end);
  if (!label.direct || label.kind !== 'own') return undefined;
  if (!segmentAlone(doc.text, s, label.hit)) return undefined;
  const raw = doc.text.slice(s.start, s.end);
  return { type: 'NATIONAL_ID', subtype: 'ng_bvn', start: s.start, end: s.end, score: 0.95, masked: keepLast(raw, 3), detector: 'ng-bvn' };
}

const TRIGGERS: readonly WordList[] = [BVN_WORDS];

export const ngBvn: Detector = {
  id: 'ng-bvn',
  types: ['NATIONAL_ID'],
  description: 'Nigerian BVN (11 digits, no published checksum); only right next to a BVN / bank verification number keyword',
  wordLists: idLabelLists([BVN_WORDS]),
  find(doc, out) {
    if (!anyHit(doc, TRIGGERS)) return;
    for (const s of numberSegments(doc)) {
      if (s.digits.length !== 11) continue;
      const c = evaluate(doc, s);
      if (c) out.push(c);
    }
  },
};
