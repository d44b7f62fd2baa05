/**
 * NATIONAL_ID / uk_chi: Scotland's CHI number (Community Health Index), 10 digits: the holder's
 * date of birth DDMMYY, two more digits, a sex digit (odd male, even female) and a check digit,
 * the NHS number's mod-11 (weights 10..2; 11 is read as 0, 10 is never issued). Written plain,
 * 010101 1237 (birth date apart) or in the NHS's 3-3-4.
 *
 * The birth date and the check together pass about 1 number in 300, but a 10-digit number is
 * also a phone, order or account number, so a CHI number is reported only with a CHI
 * keyword in its sentence: 0.95 right next to it, 0.85 further off. The bare keyword counts only
 * in capitals, "CHI" ("chi" is a word in Italian, a Greek letter, tai chi); "CHI number" and
 * "Community Health Index" in any case. An NHS keyword instead gives the number to uk-nhs.
 */
import { words } from '../context.js';
import { checkedIdDetector } from './ke.js';
import { nhsCheckValid } from './uk-nhs.js';

export const CHI_WORDS = words('uk-chi', [
  'chi', 'chi number', 'chi no', 'chi num', 'community health index', 'community health index number',
]);

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A birth date DDMMYY in the first six digits (the century is not written: 29 February always passes), and the mod-11 check. */
export function chiValid(d: string): boolean {
  if (!/^\d{10}$/.test(d)) return false;
  const day = Number(d.slice(0, 2));
  const month = Number(d.slice(2, 4));
  if (month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month - 1]!) return false;
  return nhsCheckValid(d);
}

export const ukChi = checkedIdDetector({
  id: 'uk-chi',
  subtype: 'uk_chi',
  description: 'Scottish CHI numbers (10 digits: birth date DDMMYY, mod-11 check digit); only with a CHI / Community Health Index keyword in the sentence',
  words: CHI_WORDS,
  total: 10,
  groupings: ['10', '6,4', '3,3,4'],
  separators: [' ', '-'],
  sameSeparator: true,
  valid: chiValid,
  trusted: (word) => !/^chis?$/i.test(word) || word.startsWith('CHI'),
});
