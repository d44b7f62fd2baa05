/**
 * NATIONAL_ID / ao_bi: the Angolan Bilhete de Identidade (BI) number, 14 characters: 9 digits, two
 * letters (the province of issue: LA Luanda, BE Benguela, HO Huambo...) and 3 digits,
 * "000630513LA084". No check digit is published, so it is reported only with its keyword right
 * next to it ("BI n.º 000630513LA084", "Bilhete de Identidade: ..."): 0.95. The letters are glued
 * to the digits, or set apart by single spaces ("000630513 LA 084"). A person's NIF in Angola is
 * the BI number, so "NIF 000630513LA084" counts too.
 */
import { words } from '../context.js';
import { checkedIdDetector, type GroupedNumber, keywordNextToScore } from './ke.js';
import { BI_PHRASES } from './mz-bi.js';

/** An Angolan person's NIF is the number of their BI. */
export const AO_BI_WORDS = words('ao-bi', [...BI_PHRASES, 'nif', 'número de identificação fiscal', 'numero de identificacao fiscal']);

/** The two province letters and three digits after the first nine digits. */
function tail(text: string, n: GroupedNumber): { start: number; end: number; value: string } | undefined {
  const m = /^( ?)([A-Za-z]{2})\1(\d{3})(?![\p{L}\d])/u.exec(text.slice(n.end, n.end + 9));
  if (!m) return undefined;
  return { start: n.start, end: n.end + m[0].length, value: n.digits + m[2]!.toUpperCase() + m[3]! };
}

/** 9 digits, 2 letters, 3 digits. */
export function aoBiValid(value: string): boolean {
  return /^\d{9}[A-Z]{2}\d{3}$/.test(value) && !/^(\d)\1{8}/.test(value);
}

export const aoBi = checkedIdDetector({
  id: 'ao-bi',
  subtype: 'ao_bi',
  description: 'Angolan BI numbers (9 digits + 2 province letters + 3 digits; no check digit); only right next to a BI / Bilhete de Identidade keyword',
  words: AO_BI_WORDS,
  total: 9,
  groupings: ['9'],
  separators: [],
  sameSeparator: true,
  valid: aoBiValid,
  around: tail,
  score: (doc, labelOf, s) => keywordNextToScore(doc, labelOf, s),
});
