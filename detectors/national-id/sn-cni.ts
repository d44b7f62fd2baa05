/**
 * NATIONAL_ID / sn_cni: the Senegalese national identification number (NIN) printed on the carte
 * nationale d'identité (CNI), 13 digits: the sex (1 male, 2 female), a 3-digit registration
 * centre, the year of birth and a 5-digit serial, "2 307 1999 42716" or in one piece; the CEDEAO
 * (ECOWAS) biometric card also carries a 17-digit card number starting with 1 or 2. No check digit
 * is published: the first digit and, in the 13-digit NIN, a birth year from 1900 to this year are
 * the structure checked. Thirteen digits are also EAN-13 barcodes, South African IDs and order
 * numbers, so a CNI is reported only with its own keyword right next to it ("CNI : 2307199942716",
 * "NIN n° ...", "carte nationale d'identité n° ..."): 0.95.
 */
import { words } from '../context.js';
import { checkedIdDetector, keywordNextToScore } from './ke.js';

export const CNI_WORDS = words('sn-cni', [
  'cni', 'c.n.i', 'nin', 'n.i.n', 'carte nationale d\'identite', 'carte d\'identité nationale',
  'carte d\'identite nationale', 'carte d\'identite', 'numéro d\'identification nationale',
  'numero d\'identification nationale', 'numéro d\'identification national', 'carte cedeao', 'carte d\'identité cedeao',
]);

const THIS_YEAR = new Date().getUTCFullYear();

/** 13 digits: sex 1/2, centre, a birth year 1900..this year, serial; or 17 digits starting 1/2. */
export function cniValid(d: string): boolean {
  if (/^[12]\d{16}$/.test(d)) return !/^(\d)\1+$/.test(d);
  if (!/^[12]\d{12}$/.test(d)) return false;
  const year = Number(d.slice(4, 8));
  return year >= 1900 && year <= THIS_YEAR;
}

export const snCni = checkedIdDetector({
  id: 'sn-cni',
  subtype: 'sn_cni',
  description: "Senegalese CNI / NIN numbers (13 digits: sex 1/2, centre, birth year, serial; or the 17-digit CEDEAO card number; no check digit); only right next to a CNI / NIN / carte nationale d'identité keyword",
  words: CNI_WORDS,
  total: [13, 17],
  groupings: ['13', '1,3,4,5', '17'],
  separators: [' ', '-'],
  sameSeparator: true,
  valid: cniValid,
  score: (doc, labelOf, s) => keywordNextToScore(doc, labelOf, s),
});
