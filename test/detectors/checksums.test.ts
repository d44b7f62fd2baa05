import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { abaValid, cccValid, clabeValid, ibanMod97Valid, icaoCheckDigit, luhnValid, nibValid, ribValid, verhoeffValid } from '../../detectors/checksums.js';

const digitString = (min: number, max: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: min, maxLength: max }).map((a) => a.join(''));

/** Appends the digit that makes `check` pass (there is exactly one for these schemes). */
function complete(body: string, check: (s: string) => boolean): string {
  for (let d = 0; d <= 9; d++) if (check(body + d)) return body + d;
  throw new Error('no check digit');
}

/** Every string that differs from `s` in exactly one digit. */
function singleDigitErrors(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; i++) {
    for (let d = 0; d <= 9; d++) if (String(d) !== s[i]) out.push(s.slice(0, i) + d + s.slice(i + 1));
  }
  return out;
}

describe('checksums', () => {
  it.each([
    ['4111111111111111', true], ['4111111111111112', false], ['8001015009087', true], ['123456782', true], ['999999999', false],
  ])('luhn %s -> %s', (s, ok) => expect(luhnValid(s)).toBe(ok));

  it.each([
    ['312345678909', true], ['399876543211', true], ['234123412346', true], ['2363', true], ['123456789012', false],
  ])('verhoeff %s -> %s', (s, ok) => expect(verhoeffValid(s)).toBe(ok));

  it.each([
    ['GB82WEST12345698765432', true], ['DE89370400440532013000', true], ['gb82west12345698765432', true],
    ['GB83WEST12345698765432', false], ['MT84MALT011000012345MTLCAST001S', true], ['GB82WEST1234569876543!', false],
  ])('mod-97 %s -> %s', (s, ok) => expect(ibanMod97Valid(s)).toBe(ok));

  it.each([
    ['nib', '179090572400968026629', true], ['nib', '179090572400968026628', false], ['nib', '17909057240096802662', false],
    ['rib', '30004005500001001234534', true], ['rib', '30004005500001001234535', false],
    ['ccc', '21000418450200051332', true], ['ccc', '21000418460200051332', false], ['ccc', '21000418450200051333', false],
    ['clabe', '032180000118359719', true], ['clabe', '032180000118359718', false],
  ])('%s %s -> %s', (scheme, s, ok) => expect({ nib: nibValid, rib: ribValid, ccc: cccValid, clabe: clabeValid }[scheme]!(s)).toBe(ok));

  it.each([['021000021', true], ['011000015', true], ['021000022', false], ['02100002', false]])('aba %s -> %s', (s, ok) =>
    expect(abaValid(s)).toBe(ok));

  it.each([['L898902C3', 6], ['740812', 2], ['120415', 9], ['ZE184226B<<<<<', 1], ['D23145890', 7]])('icao %s -> %i', (s, d) =>
    expect(icaoCheckDigit(s)).toBe(d));

  it('luhn, verhoeff and aba catch every single-digit error', () => {
    fc.assert(
      fc.property(digitString(8, 18), (body) => {
        for (const [check, s] of [
          [luhnValid, complete(body, luhnValid)],
          [verhoeffValid, complete(body, verhoeffValid)],
        ] as const) {
          expect(check(s)).toBe(true);
          for (const wrong of singleDigitErrors(s)) expect(check(wrong)).toBe(false);
        }
      }),
      { numRuns: 200 },
    );
    fc.assert(
      fc.property(digitString(8, 8), (body) => {
        const s = complete(body, abaValid);
        for (const wrong of singleDigitErrors(s)) expect(abaValid(wrong)).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it('verhoeff catches every adjacent transposition', () => {
    fc.assert(
      fc.property(digitString(6, 14), (body) => {
        const s = complete(body, verhoeffValid);
        for (let i = 0; i + 1 < s.length; i++) {
          if (s[i] === s[i + 1]) continue;
          expect(verhoeffValid(s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2))).toBe(false);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('mod-97 accepts computed check digits and rejects any single-digit change', () => {
    const bban = fc.array(fc.constantFrom(...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'), { minLength: 11, maxLength: 30 }).map((a) => a.join(''));
    fc.assert(
      fc.property(fc.constantFrom('GB', 'DE', 'FR', 'NL', 'MU'), bban, (cc, body) => {
        let check = -1;
        for (let k = 2; k <= 98; k++) {
          if (ibanMod97Valid(cc + String(k).padStart(2, '0') + body)) check = k;
        }
        expect(check).toBeGreaterThanOrEqual(2);
        const iban = cc + String(check).padStart(2, '0') + body;
        for (let i = 4; i < iban.length; i++) {
          // A digit for a digit changes the number by (d' - d) * 10^k, never a multiple of 97.
          if (!/\d/.test(iban[i]!)) continue;
          const other = iban[i] === '7' ? '3' : '7';
          expect(ibanMod97Valid(iban.slice(0, i) + other + iban.slice(i + 1))).toBe(false);
        }
      }),
      { numRuns: 200 },
    );
  });
});
