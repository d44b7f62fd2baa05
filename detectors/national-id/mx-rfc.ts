/**
 * NATIONAL_ID / mx_rfc: the RFC (Registro Federal de Contribuyentes) of a person, Mexico's tax
 * number: 13 characters, four letters of the names, the birth date YYMMDD and a 3-character
 * "homoclave" whose last character is a check: the values 0-9, A-N, &, O-Z, space, Ñ = 0..38 of
 * the first 12, weighted 13..2, give "0123456789A"[(11 − sum) mod 11] (python-stdnum mx/rfc).
 * Written GODE561231GR8, GODE 561231 GR8 or GODE-561231-GR8. A company's RFC (3 letters, 12
 * characters) is not personal data and is never read, nor the 10-character RFC without homoclave.
 *
 * The check digit is required. python-stdnum leaves it off by default because about 1.5% of RFCs
 * in use do not pass it; those are missed. The shape is also a product or booking code, so an RFC
 * is reported only with an RFC keyword in its sentence: 0.95 right next to it, 0.85 further off.
 * A homoclave that starts with a digit joins the birth date into one longer number and is missed too.
 */
import { words } from '../context.js';
import { checkedIdDetector, type GroupedNumber } from './ke.js';

export const RFC_WORDS = words('mx-rfc', [
  'rfc', 'rfc con homoclave', 'clave rfc', 'registro federal de contribuyentes', 'mexican rfc', 'mexican tax id',
]);

/** Name words the SAT replaces (python-stdnum's list): a person's RFC never starts with one. */
const NAME_BLACKLIST = new Set(
  ('BUEI BUEY CACA CACO CAGA CAGO CAKA CAKO COGE COJA COJE COJI COJO CULO FETO GUEY JOTO KACA KACO KAGA KAGO KAKA ' +
    'KOGE KOJO KULO MAME MAMO MEAR MEAS MEON MION MOCO MULA PEDA PEDO PENE PUTA PUTO QULO RATA RUIN').split(' '),
);

const ALPHABET = '0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ';

/** Shape, birth date (any century: 29 February in a leap year of either) and check character of a compact upper-case personal RFC. */
export function rfcValid(value: string): boolean {
  if (!/^[A-ZÑ&]{4}\d{6}[0-9A-Z]{3}$/.test(value) || NAME_BLACKLIST.has(value.slice(0, 4))) return false;
  const month = Number(value.slice(6, 8));
  const day = Number(value.slice(8, 10));
  const yy = Number(value.slice(4, 6));
  const date = new Date(Date.UTC(2000 + yy, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return false;
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += ALPHABET.indexOf(value[i]!) * (13 - i);
  return ALPHABET[(((11 - sum) % 11) + 11) % 11] === value[12];
}

/** Four letters before the birth date and three characters after it, glued or after the same "-" or " ". */
function around(text: string, n: GroupedNumber): { start: number; end: number; value: string } | undefined {
  const before = text[n.start - 1];
  const sep = before === '-' || before === ' ' ? before : '';
  if (sep && text[n.end] !== sep) return undefined;
  const start = n.start - sep.length - 4;
  const end = n.end + sep.length + 3;
  if (start < 0 || end > text.length) return undefined;
  const name = text.slice(start, start + 4);
  const homoclave = text.slice(end - 3, end);
  if (!/^[A-Za-zÑñ&]{4}$/.test(name) || !/^[0-9A-Za-z]{3}$/.test(homoclave)) return undefined;
  return { start, end, value: (name + n.digits + homoclave).toUpperCase() };
}

export const mxRfc = checkedIdDetector({
  id: 'mx-rfc',
  subtype: 'mx_rfc',
  description: "Mexican RFC of persons (13 characters: name letters, birth date, homoclave with its check character; companies' never); only with an RFC keyword in the sentence",
  words: RFC_WORDS,
  total: 6,
  groupings: ['6'],
  separators: [],
  sameSeparator: true,
  valid: rfcValid,
  around,
});
