/**
 * NATIONAL_ID / uk_nhs: the NHS number of England, Wales and the Isle of Man, 10 digits written
 * 943 476 5919 (3-3-4, the NHS's own presentation), 943-476-5919 or plain. The last digit is a
 * mod-11 check: 11 − (10·d1 + 9·d2 + ... + 2·d9) mod 11, where 11 is read as 0 and 10 means no
 * valid number (python-stdnum gb/nhs: the weighted sum of all 10 digits is a multiple of 11).
 * Numbers of one repeated digit pass the check and are not issued.
 *
 * The check rejects about 10 numbers in 11, but 10 digits in 3-3-4 is also how a North American
 * phone number is written, and an order or account number, so an NHS number is reported only with
 * an NHS keyword in its sentence: 0.95 right next to it, 0.85 further off. "NHS" alone is also the
 * name in a surgery's, a trust's or a helpline's title ("NHS Direct 0800 ..."), so the bare word
 * counts only right next to the value, as a field label ("NHS: 943 476 5919", "NHS 943 476 5919",
 * "... (NHS)"); "NHS number", "NHS no." and the others anywhere in the sentence. With such a keyword
 * the phone detector does not claim the number either (phone.ts OTHER_NUMBER_WORDS). Scotland's
 * CHI number has the same check and is read by uk-chi.
 */
import { words } from '../context.js';
import { bareOnlyAsField, checkedIdDetector } from './ke.js';

export const NHS_WORDS = words('uk-nhs', [
  'nhs', 'nhs number', 'nhs no', 'nhs num', 'nhs nr', 'nhs id', 'nhs patient number', 'national health service number',
  'nhs wales number', 'nhs england number',
]);

/** The mod-11 check of 10 NHS-style digits (also Scotland's CHI), and not one repeated digit. */
export function nhsCheckValid(d: string): boolean {
  if (!/^\d{10}$/.test(d) || /^(\d)\1{9}$/.test(d)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += (d.charCodeAt(i) - 48) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return check % 11 === d.charCodeAt(9) - 48;
}

export const ukNhs = checkedIdDetector({
  id: 'uk-nhs',
  subtype: 'uk_nhs',
  description: "UK NHS numbers (10 digits, 3-3-4 or plain; mod-11 check digit); only with an NHS number keyword in the sentence, bare \"NHS\" only as the value's field label (the phone detector then leaves the number alone)",
  words: NHS_WORDS,
  total: 10,
  groupings: ['10', '3,3,4'],
  separators: [' ', '-'],
  sameSeparator: true,
  valid: nhsCheckValid,
  trusted: bareOnlyAsField(/^nhs$/i),
});
