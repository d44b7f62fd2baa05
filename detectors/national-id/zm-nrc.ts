/**
 * NATIONAL_ID / zm_nrc: Zambian National Registration Card numbers, written NNNNNN/NN/N (six-digit
 * serial, two-digit district, one-digit citizenship code: 1 citizen, others for foreigners). No
 * check digit is published, but the slashed 6/2/1 shape is not a date, amount or reference format:
 * 0.7 alone, 0.95 after an NRC keyword; a label of another kind (order, reference, account...)
 * drops it. Found with one regex gated on "/" in the text.
 */
import { words } from '../context.js';
import type { Detector } from '../detector.js';
import { keepLast } from '../mask.js';
import type { Candidate } from '../types.js';
import { idLabelLists, idLabeller } from './ke.js';

export const NRC_WORDS = words('zm-nrc', ['nrc', 'nrc number', 'nrc no', 'national registration card', 'green card']);

const labelOf = idLabeller([NRC_WORDS]);

const NRC = /(?<![\d/.-])\d{6}\/\d{2}\/\d(?![\d/.-]\d|\d)/g;

export const zmNrc: Detector = {
  id: 'zm-nrc',
  types: ['NATIONAL_ID'],
  description: 'Zambian NRC numbers (NNNNNN/NN/N); the slashed shape alone, an NRC keyword raises',
  wordLists: idLabelLists([NRC_WORDS]),
  find(doc, out) {
    const text = doc.text;
    if (!text.includes('/')) return;
    NRC.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = NRC.exec(text))) {
      const start = m.index;
      const end = start + m[0].length;
      const label = labelOf(doc, start, end);
      if (label.kind === 'other') continue;
      const score = label.kind === 'own' || label.kind === 'national' ? 0.95 : 0.7;
      out.push({ type: 'NATIONAL_ID', subtype: 'zm_nrc', start, end, score, masked: keepLast(m[0], 1), detector: 'zm-nrc' } satisfies Candidate);
    }
  },
};
