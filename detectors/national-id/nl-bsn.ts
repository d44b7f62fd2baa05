/**
 * NATIONAL_ID / nl_bsn: the Dutch burgerservicenummer (BSN, formerly the sofinummer), 9 digits
 * passing the "11-proof": 9·d1 + 8·d2 + ... + 2·d8 − d9 is a multiple of 11 (python-stdnum nl/bsn).
 * Written plain, 123 456 782-style in threes, or 1112.22.333 as stdnum formats it.
 *
 * The 11-proof rejects 10 numbers in 11, and 9 digits is also an order, account or phone number, so
 * a BSN is reported only with a BSN keyword in its sentence: 0.95 right next to it, 0.85 further off.
 */
import { words } from '../context.js';
import type { Detector, ScanDoc } from '../detector.js';
import { keepLast } from '../mask.js';
import type { Candidate } from '../types.js';
import { checkedIdScore, groupedNumbers, idLabelLists, idLabeller, type GroupedNumber } from './ke.js';

export const BSN_WORDS = words('nl-bsn', [
  'bsn', 'bsn nummer', 'burgerservicenummer', 'burger service nummer', 'sofinummer', 'sofi nummer',
  'citizen service number', 'dutch bsn',
]);

const labelOf = idLabeller([BSN_WORDS]);

const GROUPINGS = new Set(['9', '3,3,3', '4,2,3']);
const SEPARATORS = new Set(['.', '-', ' ']);

/** The 11-proof over 9 BSN digits, not all zero. */
export function bsnValid(d: string): boolean {
  if (!/^\d{9}$/.test(d) || /^0+$/.test(d)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (d.charCodeAt(i) - 48) * (9 - i);
  return (sum - (d.charCodeAt(8) - 48)) % 11 === 0;
}

function evaluate(doc: ScanDoc, n: GroupedNumber): Candidate | undefined {
  if (!GROUPINGS.has(n.lengths.join(',')) || !n.seps.every((s) => s === n.seps[0] && SEPARATORS.has(s))) return undefined;
  if (!bsnValid(n.digits)) return undefined;
  const score = checkedIdScore(doc, labelOf, n);
  if (!score) return undefined;
  const raw = doc.text.slice(n.start, n.end);
  return { type: 'NATIONAL_ID', subtype: 'nl_bsn', start: n.start, end: n.end, score, masked: keepLast(raw, 2), detector: 'nl-bsn' };
}

export const nlBsn: Detector = {
  id: 'nl-bsn',
  types: ['NATIONAL_ID'],
  description: 'Dutch BSN numbers (burgerservicenummer, 9 digits, 11-proof); only with a BSN / sofinummer keyword in the sentence',
  wordLists: idLabelLists([BSN_WORDS]),
  find(doc, out) {
    if (!doc.hits.of(BSN_WORDS).length) return;
    for (const n of groupedNumbers(doc, 9)) {
      const c = evaluate(doc, n);
      if (c) out.push(c);
    }
  },
};
