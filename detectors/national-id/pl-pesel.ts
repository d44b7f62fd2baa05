/**
 * NATIONAL_ID / pl_pesel: the Polish PESEL (Powszechny Elektroniczny System Ewidencji Ludności),
 * 11 digits YYMMDDZZZXQ given to every resident: the birth date, a serial whose last digit X is
 * the sex (odd male, even female), and a check digit Q = (10 − Σ dᵢ·wᵢ mod 10) mod 10 over the
 * first ten digits with weights 1, 3, 7, 9, 1, 3, 7, 9, 1, 3 (python-stdnum pl/pesel). The month
 * carries the century: 01-12 the 1900s, 21-32 the 2000s, 41-52 the 2100s, 61-72 the 2200s, 81-92
 * the 1800s; the date must exist in it (29 February only in a leap year). Written plain, or with
 * the birth date apart from the serial (840409 35964).
 *
 * The check digit rejects 9 numbers in 10 and the date most of the rest, but 11 digits is also a
 * phone, order or invoice number, so a PESEL is reported only with a PESEL keyword in its
 * sentence: 0.95 right next to it, 0.85 further off.
 */
import { words } from '../context.js';
import { checkedIdDetector } from './ke.js';

export const PESEL_WORDS = words('pl-pesel', [
  'pesel', 'numer pesel', 'nr pesel', 'nr. pesel', 'numeru pesel', 'numerem pesel', 'numer ewidencyjny pesel',
  'peselu', 'pesel-u', 'peselem', 'pesel-em', 'pesel number', 'pesel no', 'polish pesel',
  'polish national id number', 'polish id number', 'polish personal identification number',
  'powszechny elektroniczny system ewidencji ludności',
]);

const WEIGHTS = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];

/** Month offset -> the century it encodes (month + 20·k). */
const CENTURIES: Readonly<Record<number, number>> = { 0: 1900, 20: 2000, 40: 2100, 60: 2200, 80: 1800 };

/** The birth date YYMMDD of a PESEL, read with its century, exists. */
function peselDateValid(d: string): boolean {
  const yy = Number(d.slice(0, 2));
  const mm = Number(d.slice(2, 4));
  const day = Number(d.slice(4, 6));
  const offset = Math.floor((mm - 1) / 20) * 20;
  const century = CENTURIES[offset];
  const month = mm - offset;
  if (century === undefined || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(century + yy, month, 0)).getUTCDate();
}

/** 11 PESEL digits: a real birth date in its century and the weighted check digit. */
export function peselValid(d: string): boolean {
  if (!/^\d{11}$/.test(d) || !peselDateValid(d)) return false;
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += (d.charCodeAt(i) - 48) * WEIGHTS[i]!;
  return (10 - (sum % 10)) % 10 === d.charCodeAt(10) - 48;
}

export const plPesel = checkedIdDetector({
  id: 'pl-pesel',
  subtype: 'pl_pesel',
  description: 'Polish PESEL numbers (11 digits YYMMDDZZZXQ: a real birth date, the century in the month, weighted check digit); only with a PESEL keyword in the sentence',
  words: PESEL_WORDS,
  total: 11,
  groupings: ['11', '6,5'],
  separators: [' ', '-'],
  sameSeparator: true,
  valid: peselValid,
});
