/**
 * NATIONAL_ID / de_steuer_id: the German tax identification number (Steuer-Identifikationsnummer,
 * IdNr), 11 digits given to every resident for life, written plain or 86 714 952 009. The first
 * digit is not 0; in the first 10 digits exactly one digit occurs twice or three times and every
 * other at most once; the last digit is the ISO 7064 MOD 11,10 check (python-stdnum de/idnr).
 *
 * The repetition rule and the check together reject all but about 1 number in 300, but 11 digits
 * is also a phone, customer or invoice number, so an IdNr is reported only with a Steuer-ID / tax ID
 * keyword in its sentence: 0.95 right next to it, 0.85 further off. The business Steuernummer
 * (10-13 digits with slashes) is a different number and not read here.
 */
import { words } from '../context.js';
import { checkedIdDetector } from './ke.js';

export const STEUER_ID_WORDS = words('de-steuer-id', [
  'steuer identifikationsnummer', 'steuerliche identifikationsnummer', 'identifikationsnummer', 'steuer id',
  'steuer idnr', 'steuer id nr', 'steuer id nummer', 'idnr', 'tax id', 'tax identification number', 'german tax id',
]);

/** True when exactly one of the first 10 digits occurs twice or three times and no other repeats. */
function repetitionRuleHolds(d: string): boolean {
  const counts = new Array<number>(10).fill(0);
  for (let i = 0; i < 10; i++) counts[d.charCodeAt(i) - 48]!++;
  const repeated = counts.filter((c) => c > 1);
  return repeated.length === 1 && repeated[0]! <= 3;
}

/** ISO 7064 MOD 11,10 over all 11 digits, check digit last. */
function mod11x10Valid(d: string): boolean {
  let check = 5;
  for (let i = 0; i < d.length; i++) check = ((((check || 10) * 2) % 11) + d.charCodeAt(i) - 48) % 10;
  return check === 1;
}

/** Structural validity of 11 IdNr digits. */
export function steuerIdValid(d: string): boolean {
  return /^[1-9]\d{10}$/.test(d) && repetitionRuleHolds(d) && mod11x10Valid(d);
}

export const deSteuerId = checkedIdDetector({
  id: 'de-steuer-id',
  subtype: 'de_steuer_id',
  description: 'German tax IDs (Steuer-Identifikationsnummer, 11 digits: digit-repetition rule, ISO 7064 MOD 11,10); only with a Steuer-ID / tax ID keyword in the sentence',
  words: STEUER_ID_WORDS,
  total: 11,
  groupings: ['11', '2,3,3,3'],
  separators: [' ', '-', '.'],
  sameSeparator: true,
  valid: steuerIdValid,
});
