/**
 * NATIONAL_ID / zw_national_id: Zimbabwean national registration numbers: a 2-digit registration
 * office, a 6-7 digit sequence, a check letter and a 2-digit district of origin, written
 * "63-1174850 T 45", "63-1174850T45", "50-025544-Q-12", "50 025544 Q 12", "501174850T45".
 * Normalised (separators dropped, upper-cased) it matches ^(\d{2})(\d{6,7})([A-Z])(\d{2})$. The check
 * letter is "ZABCDEFGHJKLMNPQRSTVWXY"[int(office + sequence) mod 23], and both codes must be known
 * district codes (detection.md; "00", used for foreigners, only with an ID keyword). Sources:
 * adieyal/id_validation and zim-id; the rule is anecdotal, not official.
 *
 * Found from the digit runs: the run holds the office and the sequence ("63-1174850"), and the
 * letter and district are read right after it, so no regex runs over the whole text.
 * Scoring: the mod-23 letter plus two valid district codes make the shape distinctive: 0.85 alone
 * (0.8 with a lower-case letter), 0.95 with an ID keyword (ID, national ID, ID number, I.D., ID no,
 * national registration, chitupa, isitupa, metal ID). A label of another kind drops it.
 */
import { CARD_WORDS } from '../card.js';
import { words } from '../context.js';
import type { Detector, ScanDoc } from '../detector.js';
import type { DigitRun } from '../digit-runs.js';
import { keepLast } from '../mask.js';
import type { Candidate } from '../types.js';
import { idLabelLists, idLabeller, segmentAlone } from './ke.js';

export const ZW_WORDS = words('zw-national-id', [
  'national registration', 'national registration number', 'national registration no', 'waiting pass', 'chitupa',
  'chitupa chenyika', 'nhamba yechitupa', 'isitupa',
]);

const labelOf = idLabeller([ZW_WORDS]);

const CHECK_LETTERS = 'ZABCDEFGHJKLMNPQRSTVWXY';

/** Registration office / district codes (detection.md §1.8, from id_validation's region table). */
const DISTRICTS = new Set(
  ('02 03 04 05 06 07 08 10 11 12 13 14 15 18 19 21 22 23 24 25 26 27 28 29 32 34 35 37 38 39 41 42 43 44 45 46 47 ' +
    '48 49 50 53 54 56 58 59 61 63 66 67 68 70 71 73 75 77 79 80 83 84 85 86').split(' '),
);

/** The mod-23 check letter of office + sequence. */
export function zwCheckLetter(officeAndSequence: string): string {
  let rem = 0;
  for (let i = 0; i < officeAndSequence.length; i++) rem = (rem * 10 + officeAndSequence.charCodeAt(i) - 48) % 23;
  return CHECK_LETTERS[rem]!;
}

/**
 * Validity of a Zimbabwean ID written any way: separators dropped, then office, sequence, check
 * letter and district. `allowForeign` admits the "00" code.
 */
export function zwIdValid(value: string, allowForeign = false): boolean {
  const m = /^(\d{2})(\d{6,7})([A-Z])(\d{2})$/.exec(value.replace(/[\s-]/g, '').toUpperCase());
  if (!m) return false;
  const known = (code: string) => DISTRICTS.has(code) || (allowForeign && code === '00');
  return known(m[1]!) && known(m[4]!) && zwCheckLetter(m[1]! + m[2]!) === m[3];
}

/** The letter and district after the digits: "T45", " T 45", "-Q-12", " - Q - 12". */
const TAIL = /(?: ?- ?| )?([A-Za-z])(?: ?- ?| )?(\d{2})/y;
const RUN_SEPARATORS = new Set(['-', ' ', ' - ']);

function evaluate(doc: ScanDoc, run: DigitRun): Candidate | undefined {
  const text = doc.text;
  const g = run.groups;
  if (g.length === 4) {
    if (g[1]! - g[0]! !== 2 || !RUN_SEPARATORS.has(text.slice(g[1]!, g[2]!))) return undefined;
  } else if (g.length !== 2) return undefined;
  TAIL.lastIndex = run.end;
  const m = TAIL.exec(text);
  if (!m) return undefined;
  const end = TAIL.lastIndex;
  const span = { start: run.start, end };
  const label = labelOf(doc, span.start, span.end);
  // "the one on your card reads 63-493218R27": an ID card is a card; this shape is never a PAN.
  const idCard = label.kind === 'other' && label.hit !== undefined && label.hit.lists.includes(CARD_WORDS.id);
  if ((label.kind === 'other' && !idCard) || !segmentAlone(text, span, label.hit)) return undefined;
  const labelled = label.kind !== 'none' && !idCard;
  if (!zwIdValid(run.digits + m[1]! + m[2]!, labelled)) return undefined;
  const upper = m[1] === m[1]!.toUpperCase();
  const score = labelled ? 0.95 : upper ? 0.85 : 0.8;
  const raw = text.slice(span.start, span.end);
  return { type: 'NATIONAL_ID', subtype: 'zw_national_id', start: span.start, end, score, masked: keepLast(raw, 2), detector: 'zw' };
}

const LISTS = idLabelLists([ZW_WORDS]);

export const zw: Detector = {
  id: 'zw',
  types: ['NATIONAL_ID'],
  description: 'Zimbabwean national IDs (NN-NNNNNN(N) L NN: mod-23 check letter, known district codes); ID keyword raises',
  wordLists: LISTS,
  find(doc, out) {
    for (const run of doc.runs) {
      if (run.digits.length !== 8 && run.digits.length !== 9) continue;
      const c = evaluate(doc, run);
      if (c) out.push(c);
    }
  },
};
