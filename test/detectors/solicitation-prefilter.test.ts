/**
 * The solicitation detector's prefilters skip work on sentences that cannot pass the full rule:
 * each must accept every sentence the rule it guards accepts (no finding may depend on them).
 */
import { describe, expect, it } from 'vitest';
import { solicitationPrefilters } from '../../detectors/solicitation.js';
import { expectFinding } from './helpers.js';

const { PLEASE_WORDS, PLEASE_ANY } = solicitationPrefilters;

/** Every code point as a string (surrogate halves excluded). */
function* codePoints(): Generator<string> {
  for (let cp = 0; cp <= 0x10ffff; cp++) if (cp < 0xd800 || cp > 0xdfff) yield String.fromCodePoint(cp);
}

describe('bare-request prefilter (a PLEASE word in any case)', () => {
  it('lists every PLEASE word, all lower-case ASCII letters', () => {
    expect(PLEASE_WORDS.length).toBeGreaterThanOrEqual(13);
    for (const w of PLEASE_WORDS) expect(w).toMatch(/^[a-z]+$/);
  });

  // The rule reads a token as the sentence's characters lower-cased (toLowerCase): the prefilter
  // must match every spelling whose lower case is the word, i.e. every character that lower-cases
  // to one of the word's letters must match that letter under /iu.
  it('matches every character whose lower case is an ASCII letter, as that letter', () => {
    const misses: string[] = [];
    for (const ch of codePoints()) {
      const lower = ch.toLowerCase();
      if (!/^[a-z]$/.test(lower)) continue;
      if (!new RegExp(lower, 'iu').test(ch)) misses.push(ch.codePointAt(0)!.toString(16));
    }
    expect(misses).toEqual([]);
  });

  const spellings: [word: string, sentence: string][] = PLEASE_WORDS.flatMap((w): [string, string][] => [
    [w, `${w} the PIN`],
    [w, `And the CVV, ${w.toUpperCase()}?`],
    [w, `${w[0]!.toUpperCase()}${w.slice(1)}, your OTP`],
    [w, `OTP ${w.replace(/k/g, '\u212a')}`], // Kelvin sign: lower-cases to "k"
  ]);
  it.each(spellings)('accepts %s in %j', (_w, sentence) => expect(PLEASE_ANY.test(sentence)).toBe(true));

  // Bare requests the rule accepts (one per PLEASE word): the prefilter lets each through.
  it.each([
    ['And the CVV, please?', 'cvv'],
    ['The PIN, kindly.', 'pin'],
    ['OTP pls', 'otp'],
    ['PLZ the OTP', 'otp'],
    ['PIN pliz', 'pin'],
    ['OTP plis', 'otp'],
    ['OTP abeg', 'otp'],
    ['OTP biko', 'otp'],
    ['Tafadhali PIN.', 'pin'],
    ['The PIN tapota.', 'pin'],
    ['PIN asseblief', 'pin'],
    ['Sicela i-PIN.', 'pin'],
    ['CVV svp', 'cvv'],
    ['Thanks Tendai, your PIN please.', 'pin'],
  ])('finds the bare request %j', (text, subtype) => expectFinding(text, 'SOLICITATION', text, subtype));
});
