/**
 * NATIONAL_ID / pt_nif: the Portuguese tax number (NIF, número de identificação fiscal, "número de
 * contribuinte"), 9 digits written plain or 235 370 274, sometimes after "PT". The last digit is a
 * mod-11 check: 11 − (9·d1 + 8·d2 + ... + 2·d8) mod 11, with 10 and 11 read as 0 (python-stdnum
 * pt/nif). The first digit says who holds it: 1-3 a person, 45 a non-resident person; 5-9 are
 * companies, public bodies, estates and funds, which are not personal data and are never reported.
 *
 * The check rejects 10 numbers in 11, and 9 digits is also an order, account or phone number, so a
 * NIF is reported only with a NIF / contribuinte keyword in its sentence: 0.95 right next to it,
 * 0.85 further off.
 */
import { words } from '../context.js';
import { checkedIdDetector } from './ke.js';

export const PT_NIF_WORDS = words('pt-nif', [
  'nif', 'número de identificação fiscal', 'numero de identificacao fiscal', 'número fiscal', 'numero fiscal',
  'contribuinte', 'número de contribuinte', 'numero de contribuinte', 'portuguese nif', 'portuguese tax number',
]);

/** The mod-11 check digit of 9 NIF digits. */
export function ptNifValid(d: string): boolean {
  if (!/^[1-9]\d{8}$/.test(d)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (d.charCodeAt(i) - 48) * (9 - i);
  return ((11 - (sum % 11)) % 11) % 10 === d.charCodeAt(8) - 48;
}

/** A person's NIF: resident (1-3) or non-resident (45). */
function personal(d: string): boolean {
  return '123'.includes(d[0]!) || d.startsWith('45');
}

/** Start of the value's "PT" country prefix ("PT235370274", "PT 235 370 274"), else its own start. */
function prefixStart(text: string, start: number): number {
  if (text.slice(start - 2, start) === 'PT') return start - 2;
  if (text.slice(start - 3, start) === 'PT ') return start - 3;
  return start;
}

export const ptNif = checkedIdDetector({
  id: 'pt-nif',
  subtype: 'pt_nif',
  description: "Portuguese NIF numbers of persons (9 digits, first 1-3 or 45, mod-11 check); only with a NIF / contribuinte keyword in the sentence",
  words: PT_NIF_WORDS,
  total: 9,
  groupings: ['9', '3,3,3'],
  separators: [' ', '.', '-'],
  sameSeparator: true,
  valid: (d) => ptNifValid(d) && personal(d),
  labelStart: prefixStart,
});
