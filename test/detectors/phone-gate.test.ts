// The phone detector's pre-parse gate may only skip numbers libphonenumber-js would reject: a
// differential check on seeded random digits and on mutations of each region's example number.
import { getCountryCallingCode, getExampleNumber, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import examples from 'libphonenumber-js/mobile/examples';
import { describe, expect, it } from 'vitest';
import { FALLBACK_REGIONS, mayMatchNumberType, validInternational, validNational } from '../../detectors/phone.js';

/** mulberry32: a small seeded generator, so a failure reproduces. */
function generator(seed: number): (n: number) => number {
  let s = seed;
  return (n) => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) % n;
  };
}

/** National-looking digit strings: random ones, and prefixes of the example number with a random tail. */
function candidates(region: CountryCode, count: number, rnd: (n: number) => number): string[] {
  const example = getExampleNumber(region, examples)?.nationalNumber ?? '';
  const out: string[] = [];
  while (out.length < count) {
    let d: string;
    if (example && rnd(2) === 0) {
      d = (rnd(2) ? '0' : '') + example.slice(0, rnd(example.length + 1));
      const target = d.length + rnd(4) - 1;
      while (d.length < target || d.length < 7) d += String(rnd(10));
    } else {
      d = rnd(3) === 0 ? '0' : String(1 + rnd(9));
      const target = 7 + rnd(9);
      while (d.length < target) d += String(rnd(10));
    }
    if (d.length <= 15 && !d.startsWith('00')) out.push(d);
  }
  return out;
}

/** "020 7946 0958" -> "3,4,4". */
const groupingOf = (formatted: string): string => (formatted.match(/\d+/g) ?? []).map((g) => g.length).join(',');

/** Regions tried by default, plus shared calling codes (IM under 44, RU with KZ) and prefix rules that rewrite digits (BR, CO, VI). */
const REGIONS: readonly CountryCode[] = [...FALLBACK_REGIONS, 'RU', 'IM', 'BR', 'CO', 'VI'];

describe('phone pre-parse gate', () => {
  it.each(REGIONS)('never skips a number valid with %s as default region', (region) => {
    const rnd = generator(region.charCodeAt(0) * 256 + region.charCodeAt(1));
    let valid = 0;
    let skipped = 0;
    for (const digits of candidates(region, 3000, rnd)) {
      const parsed = parsePhoneNumberFromString(digits, region);
      const isValid = parsed?.isValid() === true;
      if (isValid) valid++;
      if (mayMatchNumberType(digits, region)) continue;
      skipped++;
      expect(isValid, `${region} ${digits} is valid (${parsed?.country}) but the gate skips it`).toBe(false);
    }
    expect(valid, 'valid numbers sampled').toBeGreaterThan(30);
    // The check has teeth where it matters: in the regions tried by default, most candidates are skipped.
    if (FALLBACK_REGIONS.includes(region)) expect(skipped).toBeGreaterThan(1000);
  });

  it.each(REGIONS)('accepts without parsing only numbers the parser finds valid in %s itself', (region) => {
    const rnd = generator(region.charCodeAt(1) * 256 + region.charCodeAt(0));
    let valid = 0;
    let accepted = 0;
    for (const digits of candidates(region, 3000, rnd)) {
      const parsed = parsePhoneNumberFromString(digits, region);
      const isValid = parsed?.isValid() === true;
      if (isValid) valid++;
      const claimed = validNational(digits, region);
      if (!claimed) continue;
      accepted++;
      expect(isValid && parsed?.country, `${region} ${digits}: accepted without parsing, the parser says ${isValid ? parsed?.country : 'invalid'}`).toBe(region);
      expect(claimed.nationalGrouping, `${region} ${digits}: grouping of ${parsed?.formatNational()}`).toBe(groupingOf(parsed!.formatNational()));
    }
    expect(valid, 'valid numbers sampled').toBeGreaterThan(30);
    // Regions with a plain trunk prefix and a calling code of their own are decided without parsing.
    if (['ZW', 'ZA', 'KE', 'NG', 'GB', 'IN', 'GH', 'ZM', 'DE', 'FR', 'US'].includes(region)) expect(accepted).toBeGreaterThan(valid * 0.5);
  });

  it.each(REGIONS)('accepts international numbers of %s without parsing only when the parser agrees', (region) => {
    const rnd = generator(region.charCodeAt(0) * 7919 + region.charCodeAt(1));
    const code = getCountryCallingCode(region);
    let valid = 0;
    let accepted = 0;
    let rejected = 0;
    // National-looking digits after the calling code (a trunk 0 kept sometimes, "+44 (0)20..."), and random other codes.
    const numbers = candidates(region, 3000, rnd).map((d, i) => (i % 5 === 4 ? String(1 + rnd(999)) : code) + d);
    for (const digits of numbers) {
      const parsed = parsePhoneNumberFromString(`+${digits}`);
      const isValid = parsed?.isValid() === true;
      if (isValid) valid++;
      const claimed = validInternational(digits);
      if (claimed === null) {
        rejected++;
        expect(isValid, `+${digits}: rejected without parsing, the parser finds it valid (${parsed?.country})`).toBe(false);
      }
      if (!claimed) continue;
      accepted++;
      expect(isValid && parsed?.country, `+${digits}: accepted as ${claimed.country} without parsing, the parser says ${isValid ? parsed?.country : 'invalid'}`).toBe(claimed.country);
      expect(claimed.nationalGrouping, `+${digits}: grouping of ${parsed?.formatNational()}`).toBe(groupingOf(parsed!.formatNational()));
    }
    expect(valid, 'valid numbers sampled').toBeGreaterThan(30);
    if (['ZW', 'ZA', 'KE', 'NG', 'GB', 'IN', 'GH', 'ZM', 'DE', 'FR', 'US'].includes(region)) expect(accepted).toBeGreaterThan(valid * 0.5);
    if (['ZW', 'ZA', 'KE', 'NG', 'IN', 'GH', 'ZM', 'DE', 'FR'].includes(region)) expect(rejected).toBeGreaterThan(500);
  });
});
