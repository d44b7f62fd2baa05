/**
 * NATIONAL_ID / se_personnummer, se_samordningsnummer: the Swedish personal identity number,
 * YYMMDD-NNNN or YYYYMMDD-NNNN ("+" instead of "-" after a 100th birthday), and the coordination
 * number given to people not registered in Sweden, the same with 60 added to the day. The birth
 * date must exist, and the last digit is a Luhn check over the 10 digits YYMMDDNNNN
 * (python-stdnum se/personnummer).
 *
 * Luhn rejects 9 numbers in 10 and the date most of the rest, but date-stamped references pass the
 * date ("240115-0001"), so a number is reported only with a personnummer keyword in its sentence:
 * 0.95 right next to it, 0.85 further off.
 */
import { luhnValid } from '../checksums.js';
import { words } from '../context.js';
import type { Detector, ScanDoc } from '../detector.js';
import { keepLast } from '../mask.js';
import type { Candidate } from '../types.js';
import { checkedIdScore, groupedNumbers, idLabelLists, idLabeller, type GroupedNumber } from './ke.js';

export const PERSONNUMMER_WORDS = words('se-personnummer', [
  'personnummer', 'personnumret', 'personnr', 'samordningsnummer', 'samordningsnumret', 'personal identity number',
  'swedish personal identity number', 'swedish personal number', 'coordination number',
]);

const labelOf = idLabeller([PERSONNUMMER_WORDS]);

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The kind of a compact 10- or 12-digit number: a personnummer, a coordination number (day + 60),
 * or undefined when the date does not exist or the Luhn check fails.
 */
export function personnummerKind(d: string): 'personnummer' | 'samordningsnummer' | undefined {
  if (!/^(?:\d{10}|(?:18|19|20)\d{10})$/.test(d)) return undefined;
  const ten = d.slice(-10);
  const month = Number(ten.slice(2, 4));
  let day = Number(ten.slice(4, 6));
  const coordination = day > 60;
  if (coordination) day -= 60;
  if (month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month - 1]!) return undefined;
  if (!luhnValid(ten)) return undefined;
  return coordination ? 'samordningsnummer' : 'personnummer';
}

/** Date and serial apart ("691016-2574", "19691016 2574") or in one piece. */
const GROUPINGS = new Set(['10', '12', '6,4', '8,4']);

function candidate(doc: ScanDoc, start: number, end: number, digits: string): Candidate | undefined {
  const kind = personnummerKind(digits);
  if (!kind) return undefined;
  const score = checkedIdScore(doc, labelOf, { start, end });
  if (!score) return undefined;
  const raw = doc.text.slice(start, end);
  return { type: 'NATIONAL_ID', subtype: `se_${kind}`, start, end, score, masked: keepLast(raw, 2), detector: 'se-personnummer' };
}

function evaluate(doc: ScanDoc, n: GroupedNumber): Candidate | undefined {
  if (!GROUPINGS.has(n.lengths.join(',')) || (n.seps.length && n.seps[0] !== '-' && n.seps[0] !== ' ')) return undefined;
  return candidate(doc, n.start, n.end, n.digits);
}

/** "691016+2574": the "+" of a centenarian does not join digit runs, so it is read here. */
function centenarian(doc: ScanDoc, n: GroupedNumber): Candidate | undefined {
  const text = doc.text;
  if (n.lengths.length !== 1 || text[n.end] !== '+' || !/^\d{4}(?!\d)/.test(text.slice(n.end + 1, n.end + 6))) return undefined;
  return candidate(doc, n.start, n.end + 5, n.digits + text.slice(n.end + 1, n.end + 5));
}

export const sePersonnummer: Detector = {
  id: 'se-personnummer',
  types: ['NATIONAL_ID'],
  description: 'Swedish personnummer / samordningsnummer (YYMMDD-NNNN or YYYYMMDD-NNNN: birth date, Luhn); only with a personnummer keyword in the sentence',
  wordLists: idLabelLists([PERSONNUMMER_WORDS]),
  find(doc, out) {
    if (!doc.hits.of(PERSONNUMMER_WORDS).length) return;
    for (const total of [10, 12]) {
      for (const n of groupedNumbers(doc, total)) {
        const c = evaluate(doc, n);
        if (c) out.push(c);
      }
    }
    for (const n of groupedNumbers(doc, 6)) {
      const c = centenarian(doc, n);
      if (c) out.push(c);
    }
  },
};
