/**
 * NATIONAL_ID / pk_cnic: the Pakistani Computerised National Identity Card number (NADRA), 13
 * digits written 5-7-1, "35202-3924317-4" (also plain or with spaces). The first five digits are
 * the place of registration, the first of them the province or territory (1 Khyber Pakhtunkhwa,
 * 2 FATA, 3 Punjab, 4 Sindh, 5 Balochistan, 6 Islamabad, 7 Gilgit-Baltistan, 8 Azad Kashmir); the
 * last digit is the holder's sex (odd male, even female). No check digit is published, so the
 * province digit 1-8 is the only structure checked.
 *
 * Labels. With its own keyword (CNIC, NIC, NADRA, "computerised national identity card",
 * "shanakhti card", "B-form") a number in the 5-7-1 grouping with hyphens counts anywhere in the
 * keyword's sentence: 0.95 right next to it, 0.85 further off. Plain or spaced 13 digits are also
 * EAN-13 barcodes, South African IDs, order and tracking numbers, so those need the keyword right
 * next to them. The hyphenated 5-7-1 form is one no other number in support mail is written in
 * (phones are 4-7, "0300-1234567"; dates and references do not run 5-7-1), which is why a
 * country-neutral ID label right next to it ("ID card no. 35202-3924317-4", "national ID:",
 * "identity card number") is enough for it: 0.9. Without any label it is not reported: with no
 * check digit the shape alone would still catch a ticket or case number someone formatted that way.
 */
import { words } from '../context.js';
import type { ScanDoc } from '../detector.js';
import { anyHit, checkedIdDetector, idLabelScore, NEUTRAL_ID_LISTS, type GroupedNumber } from './ke.js';

export const CNIC_WORDS = words('pk-cnic', [
  'cnic', 'cnic number', 'cnic no', 'cnic card', 'nic', 'nic number', 'nic no', 'snic', 'nicop', 'nadra',
  'computerised national identity card', 'computerized national identity card', 'computerised national id card',
  'computerized national id card', 'shanakhti card', 'shanakhti card number', 'shinakhti card', 'b form', 'bform',
]);

/** 13 digits, the first a province or territory code 1-8, not one repeated digit. */
export function cnicValid(d: string): boolean {
  return /^[1-8]\d{12}$/.test(d) && !/^(\d)\1+$/.test(d);
}

/** The 5-7-1 grouping with hyphens, the form NADRA prints. */
function dashed(n: GroupedNumber): boolean {
  return n.lengths.length === 3 && n.seps[0] === '-';
}

export const pkCnic = checkedIdDetector({
  id: 'pk-cnic',
  subtype: 'pk_cnic',
  description: 'Pakistani CNIC numbers (13 digits 5-7-1, province digit 1-8; no check digit); with a CNIC / NIC keyword, or an ID label right next to the hyphenated form',
  words: CNIC_WORDS,
  total: 13,
  groupings: ['5,7,1', '13'],
  separators: ['-', ' '],
  sameSeparator: true,
  valid: cnicValid,
  // In one piece only the keyword right next to it counts: skip the label reading in a text without one.
  score: (doc, labelOf, s, n) =>
    dashed(n) ? idLabelScore(doc, labelOf, s, { direct: false, national: true }) : doc.hits.of(CNIC_WORDS).length ? idLabelScore(doc, labelOf, s, { direct: true, national: false }) : 0,
  gate: (doc: ScanDoc) => doc.hits.of(CNIC_WORDS).length > 0 || anyHit(doc, NEUTRAL_ID_LISTS),
});
