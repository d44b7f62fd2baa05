/**
 * NATIONAL_ID / uk_utr: UK Unique Taxpayer References, the 10-digit number HMRC gives each person
 * who files Self Assessment ("UTR: 84271 53096"). There is a check digit, but HMRC does not publish
 * its rule, so the number is reported only right after a UTR label, at 0.9 (a company's UTR has
 * the same shape; an agent quoting one is rare, and it is still a tax reference worth masking).
 */
import { words } from '../context.js';
import type { Detector } from '../detector.js';
import { keepLast } from '../mask.js';
import type { Candidate } from '../types.js';
import { idLabelLists, idLabeller, numberSegments, segmentAlone } from './ke.js';

export const UTR_WORDS = words('uk-utr', [
  'utr', 'utr number', 'utr no', 'self assessment utr', 'unique taxpayer reference', 'unique tax reference',
  'taxpayer reference', 'sa utr',
]);

const labelOf = idLabeller([UTR_WORDS]);

export const ukUtr: Detector = {
  id: 'uk-utr',
  types: ['NATIONAL_ID'],
  description: 'UK Unique Taxpayer References (10 digits, 5-5 or compact); only right after a UTR label',
  wordLists: idLabelLists([UTR_WORDS]),
  find(doc, out) {
    if (!doc.hits.of(UTR_WORDS).length) return;
    for (const s of numberSegments(doc)) {
      if (s.digits.length !== 10 || (s.lengths.length !== 1 && s.lengths.join(',') !== '5,5')) continue;
      const label = labelOf(doc, s.start, s.end);
      if (label.kind !== 'own' || !label.direct || !segmentAlone(doc.text, s, label.hit)) continue;
      const raw = doc.text.slice(s.start, s.end);
      out.push({ type: 'NATIONAL_ID', subtype: 'uk_utr', start: s.start, end: s.end, score: 0.9, masked: keepLast(raw, 3), detector: 'uk-utr' } satisfies Candidate);
    }
  },
};
