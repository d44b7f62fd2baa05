/**
 * NATIONAL_ID / es_dni, es_nie: Spanish identity numbers. The DNI (also a person's NIF) is 8 digits
 * and a check letter, 79361048P; the foreigner's NIE is X, Y or Z, 7 digits and a check letter,
 * X2482300W. The letter is "TRWAGMYFPDXBNJZSQVHLCKE"[number mod 23], the NIE's X/Y/Z read as 0/1/2
 * (python-stdnum es/dni, es/nie). Written also 79.361.048-P, 79361048-P, X-2482300-W, with a
 * lower-case letter glued on, or an upper-case one after a space.
 *
 * The letter rejects 22 numbers in 23, and product codes share the shape, so a number is reported
 * only with a DNI / NIE / NIF keyword in its sentence: 0.95 right next to it, 0.85 further off. The
 * bare keyword "NIE" counts only in capitals ("nie" is German and Afrikaans for "never"/"not").
 */
import { words } from '../context.js';
import type { Detector, ScanDoc } from '../detector.js';
import { keepLast } from '../mask.js';
import type { Candidate } from '../types.js';
import { checkedIdScore, groupedNumbers, idLabelLists, idLabeller, type GroupedNumber } from './ke.js';

export const ES_ID_WORDS = words('es-dni', [
  'dni', 'nie', 'nif', 'documento nacional de identidad', 'número de identidad de extranjero',
  'numero de identidad de extranjero', 'número de identificación de extranjero', 'numero de identificacion de extranjero',
  'número de identificación fiscal', 'numero de identificacion fiscal', 'spanish id', 'spanish id number',
]);

const labelOf = idLabeller([ES_ID_WORDS]);

const LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';

/** Check letter of a compact upper-case DNI ("79361048P") or NIE ("X2482300W"). */
export function esIdValid(value: string): boolean {
  const m = /^([XYZ]?)(\d{7,8})([A-Z])$/.exec(value);
  if (!m || m[2]!.length !== (m[1] ? 7 : 8)) return false;
  const number = Number((m[1] ? String('XYZ'.indexOf(m[1])) : '') + m[2]);
  return LETTERS[number % 23] === m[3];
}

function trustedWord(word: string): boolean {
  return !/^nies?$/i.test(word) || word.startsWith('NIE');
}

/** The check letter after the digits: glued on ("79361048P", "79361048p"), or after "-", "." or a space in capitals. */
function letterAfter(text: string, end: number): number | undefined {
  const glued = /^[A-Za-z]/.test(text[end] ?? '');
  if (glued) return end;
  if ('-. '.includes(text[end] ?? '_') && /^[A-Z]$/.test(text[end + 1] ?? '')) return end + 1;
  if (text.slice(end, end + 3) === ' - ' && /^[A-Z]$/.test(text[end + 3] ?? '')) return end + 3;
  return undefined;
}

/** The NIE's X, Y or Z before the digits: glued on, or in capitals before "-" or a space. */
function prefixBefore(text: string, start: number): number | undefined {
  if (/^[XYZxyz]$/.test(text[start - 1] ?? '')) return start - 1;
  if ('- '.includes(text[start - 1] ?? '_') && /^[XYZ]$/.test(text[start - 2] ?? '')) return start - 2;
  return undefined;
}

function evaluate(doc: ScanDoc, n: GroupedNumber, nie: boolean): Candidate | undefined {
  const text = doc.text;
  const grouping = n.lengths.join(',');
  if (nie ? grouping !== '7' : grouping !== '8' && !(grouping === '2,3,3' && n.seps[0] === n.seps[1] && '. '.includes(n.seps[0]!))) return undefined;
  const letterAt = letterAfter(text, n.end);
  const start = nie ? prefixBefore(text, n.start) : n.start;
  if (letterAt === undefined || start === undefined) return undefined;
  const end = letterAt + 1;
  const compact = (nie ? text[start]! : '') + n.digits + text[letterAt]!;
  if (!esIdValid(compact.toUpperCase())) return undefined;
  const score = checkedIdScore(doc, labelOf, { start, end }, trustedWord);
  if (!score) return undefined;
  const raw = text.slice(start, end);
  return { type: 'NATIONAL_ID', subtype: nie ? 'es_nie' : 'es_dni', start, end, score, masked: keepLast(raw, 2), detector: 'es-dni' };
}

export const esDni: Detector = {
  id: 'es-dni',
  types: ['NATIONAL_ID'],
  description: 'Spanish DNI / NIE numbers (8 digits or X/Y/Z + 7 digits, and a mod-23 check letter); only with a DNI / NIE / NIF keyword in the sentence',
  wordLists: idLabelLists([ES_ID_WORDS]),
  find(doc, out) {
    if (!doc.hits.of(ES_ID_WORDS).length) return;
    for (const n of groupedNumbers(doc, 8)) {
      const c = evaluate(doc, n, false);
      if (c) out.push(c);
    }
    for (const n of groupedNumbers(doc, 7)) {
      const c = evaluate(doc, n, true);
      if (c) out.push(c);
    }
  },
};
