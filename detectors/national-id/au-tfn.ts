/**
 * NATIONAL_ID / au_tfn: the Australian Tax File Number, 9 digits (8 on older numbers) written
 * 123 456 782 or plain. The weighted sum 1·d1 + 4·d2 + 3·d3 + 7·d4 + 5·d5 + 8·d6 + 6·d7 + 9·d8 +
 * 10·d9 (the first eight weights for an 8-digit number) is a multiple of 11 (python-stdnum au/tfn).
 * Businesses hold TFNs too, but the number does not say whose it is: every TFN is reported.
 *
 * The check rejects 10 numbers in 11, and 8-9 digits is also an amount, an order, account or phone
 * number, so a TFN is reported only with a TFN / tax file number keyword in its sentence: 0.95
 * right next to it, 0.85 further off. The ABN (11 digits) is a business number and not read here.
 */
import { weightedDigitSum } from '../checksums.js';
import { words } from '../context.js';
import { checkedIdDetector } from './ke.js';

export const TFN_WORDS = words('au-tfn', [
  'tfn', 'tfn number', 'tfn no', 'tax file number', 'tax file no', 'tax file num', 'australian tax file number',
]);

const WEIGHTS = [1, 4, 3, 7, 5, 8, 6, 9, 10];

/** The weighted mod-11 check of an 8- or 9-digit TFN, and not one repeated digit. */
export function tfnValid(d: string): boolean {
  if (!/^\d{8,9}$/.test(d) || /^(\d)\1+$/.test(d)) return false;
  return weightedDigitSum(d, WEIGHTS) % 11 === 0;
}

export const auTfn = checkedIdDetector({
  id: 'au-tfn',
  subtype: 'au_tfn',
  description: 'Australian Tax File Numbers (8 or 9 digits, 3-3-3 or plain; weighted mod-11 check); only with a TFN / tax file number keyword in the sentence',
  words: TFN_WORDS,
  total: [9, 8],
  groupings: ['9', '3,3,3', '8', '3,3,2'],
  separators: [' ', '-'],
  sameSeparator: true,
  valid: tfnValid,
});
