/**
 * NATIONAL_ID / cl_rut: the Chilean RUT / RUN (Rol Único Tributario / Nacional, Servicio de
 * Registro Civil), a body of 7-8 digits and a check character 0-9 or K, written "22.116.098-3",
 * "9.876.543-K", "22116098-3" or in one piece. The check (python-stdnum cl/rut): the body's
 * digits from the right times 2, 3, 4, 5, 6, 7, 2, 3..., summed; 11 - sum mod 11, with 11 read
 * as 0 and 10 as K.
 *
 * The check passes one number in 11, and the body is also an amount in Chilean pesos
 * ("$22.116.098"), so a RUT is reported only with its keyword in the sentence (RUT, RUN, rol
 * único tributario, cédula de identidad): 0.95 right next to it, 0.85 further off. "RUN" counts
 * only in capitals (the English verb is not a keyword).
 */
import { words } from '../context.js';
import { checkedIdDetector, type GroupedNumber, type KeywordTrust, localCheckedScore } from './ke.js';

export const RUT_WORDS = words('cl-rut', [
  'rut', 'r.u.t', 'run', 'r.u.n', 'rol único tributario', 'rol unico tributario', 'rol único nacional', 'rol unico nacional',
  'cédula de identidad', 'cedula de identidad', 'carnet de identidad',
]);

/** The check character of a RUT body (7-8 digits): '0'-'9' or 'K'. */
export function rutCheck(body: string): string {
  let sum = 0;
  for (let i = body.length - 1, w = 2; i >= 0; i--, w = w === 7 ? 2 : w + 1) sum += (body.charCodeAt(i) - 48) * w;
  const r = 11 - (sum % 11);
  return r === 11 ? '0' : r === 10 ? 'K' : String(r);
}

/** A compact RUT, body and check character ("221160983", "9876543K"). */
export function rutValid(value: string): boolean {
  const m = /^([1-9]\d{6,7})([\dK])$/.exec(value);
  return !!m && !/^(\d)\1+$/.test(m[1]!) && rutCheck(m[1]!) === m[2];
}

/** Groupings whose last group is the check digit: "22.116.098-3", "22116098-3". */
const CHECK_APART = new Set(['2,3,3,1', '1,3,3,1', '8,1', '7,1']);
/** Groupings of a body alone, the check character K after it: "9.876.543-K", "9876543K". */
const BODY = new Set(['2,3,3', '1,3,3', '8', '7']);

/**
 * The whole RUT around the digits found: a K check glued after the body ("-K", "K"), else the last
 * digit is the check digit, set apart by "-" in the grouped forms (dots only between the body's groups).
 */
function rut(text: string, n: GroupedNumber): { start: number; end: number; value: string } | undefined {
  const shape = n.lengths.join(',');
  const k = /^-?[kK](?![\p{L}\d])/u.exec(text.slice(n.end, n.end + 3));
  if (k) {
    if (!BODY.has(shape) || !n.seps.every((s) => s === '.')) return undefined;
    return { start: n.start, end: n.end + k[0].length, value: n.digits + 'K' };
  }
  if (CHECK_APART.has(shape)) {
    const last = n.seps[n.seps.length - 1];
    if (last !== '-' || !n.seps.slice(0, -1).every((s) => s === '.')) return undefined;
  } else if (shape !== '8' && shape !== '9') return undefined;
  return { start: n.start, end: n.end, value: n.digits };
}

/** "RUN" only in capitals. */
const capitalRun: KeywordTrust = (word) => !/^r\.?u\.?n$/i.test(word) || /^R\.?U\.?N$/.test(word);

export const clRut = checkedIdDetector({
  id: 'cl-rut',
  subtype: 'cl_rut',
  description: 'Chilean RUT / RUN numbers (7-8 digits and a mod-11 check digit or K, 22.116.098-3 or plain); only with a RUT / RUN keyword in the sentence',
  words: RUT_WORDS,
  total: [7, 8, 9],
  groupings: ['2,3,3,1', '1,3,3,1', '8,1', '7,1', '2,3,3', '1,3,3', '9', '8', '7'],
  separators: ['.', '-'],
  sameSeparator: false,
  valid: rutValid,
  around: rut,
  score: (doc, labelOf, s) => localCheckedScore(doc, labelOf, s, capitalRun),
});
