/**
 * NATIONAL_ID / nl_bsn: the Dutch burgerservicenummer (BSN, formerly the sofinummer), 9 digits
 * passing the "11-proof": 9·d1 + 8·d2 + ... + 2·d8 − d9 is a multiple of 11 (python-stdnum nl/bsn).
 * Written plain, 123 456 782-style in threes, or 1112.22.333 as stdnum formats it.
 *
 * The 11-proof rejects 10 numbers in 11, and 9 digits is also an order, account or phone number, so
 * a BSN is reported only with a BSN keyword in its sentence: 0.95 right next to it, 0.85 further off.
 */
import { words } from '../context.js';
import { checkedIdDetector } from './ke.js';

export const BSN_WORDS = words('nl-bsn', [
  'bsn', 'bsn nummer', 'burgerservicenummer', 'burger service nummer', 'sofinummer', 'sofi nummer',
  'citizen service number', 'dutch bsn',
]);

/** The 11-proof over 9 BSN digits, not all zero. */
export function bsnValid(d: string): boolean {
  if (!/^\d{9}$/.test(d) || /^0+$/.test(d)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (d.charCodeAt(i) - 48) * (9 - i);
  return (sum - (d.charCodeAt(8) - 48)) % 11 === 0;
}

export const nlBsn = checkedIdDetector({
  id: 'nl-bsn',
  subtype: 'nl_bsn',
  description: 'Dutch BSN numbers (burgerservicenummer, 9 digits, 11-proof); only with a BSN / sofinummer keyword in the sentence',
  words: BSN_WORDS,
  total: 9,
  groupings: ['9', '3,3,3', '4,2,3'],
  separators: ['.', '-', ' '],
  sameSeparator: true,
  valid: bsnValid,
});
