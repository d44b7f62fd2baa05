/**
 * Check-digit algorithms shared by detectors. Each takes the bare characters (no separators)
 * and returns whether the check passes. Vectors: ../shared/reference/detection.md §1.
 */
import luhn from 'luhn';

/** Σ digit × weight over the first `weights.length` digits of `digits` (or fewer, if it is shorter). */
export function weightedDigitSum(digits: string, weights: readonly number[]): number {
  let sum = 0;
  const n = Math.min(digits.length, weights.length);
  for (let i = 0; i < n; i++) sum += (digits.charCodeAt(i) - 48) * weights[i]!;
  return sum;
}

/** Luhn (mod 10), via the `luhn` package: cards, SA ID, Canadian SIN. */
export function luhnValid(digits: string): boolean {
  return digits.length > 1 && luhn.validate(digits);
}

// Verhoeff: d is the multiplication table of the dihedral group D5; p is generated from its
// first row (detection.md warns that hand-typed tables silently break it).
const VERHOEFF_D: readonly (readonly number[])[] = (() => {
  const d: number[][] = [];
  for (let i = 0; i < 10; i++) {
    d.push([]);
    for (let j = 0; j < 10; j++) {
      if (i < 5 && j < 5) d[i]!.push((i + j) % 5);
      else if (i < 5) d[i]!.push(((i + j) % 5) + 5);
      else if (j < 5) d[i]!.push(((i - j + 5) % 5) + 5);
      else d[i]!.push((i - j + 5) % 5);
    }
  }
  return d;
})();
const VERHOEFF_P1 = [1, 5, 7, 6, 2, 8, 3, 0, 9, 4];
const VERHOEFF_P: readonly (readonly number[])[] = (() => {
  const p: number[][] = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]];
  for (let i = 1; i < 8; i++) p.push(p[i - 1]!.map((x) => VERHOEFF_P1[x]!));
  return p;
})();

/** Verhoeff over all digits, check digit last: Aadhaar, Nigerian NIN. */
export function verhoeffValid(digits: string): boolean {
  let c = 0;
  for (let i = 0; i < digits.length; i++) {
    const digit = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (digit < 0 || digit > 9) return false;
    c = VERHOEFF_D[c]![VERHOEFF_P[i % 8]![digit]!]!;
  }
  return c === 0;
}

/** ISO 13616 mod-97 over an IBAN without separators (upper- or lower-case). */
export function ibanMod97Valid(iban: string): boolean {
  if (iban.length < 5) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let rem = 0;
  for (let i = 0; i < rearranged.length; i++) {
    const c = rearranged.charCodeAt(i);
    let v: number;
    if (c >= 48 && c <= 57) v = c - 48;
    else if (c >= 65 && c <= 90) v = c - 55;
    else if (c >= 97 && c <= 122) v = c - 87;
    else return false;
    rem = v < 10 ? (rem * 10 + v) % 97 : (rem * 100 + v) % 97;
  }
  return rem === 1;
}

/** ABA routing number: weights 3, 7, 1 repeated, sum divisible by 10. */
export function abaValid(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false;
  const w = [3, 7, 1];
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += (digits.charCodeAt(i) - 48) * w[i % 3]!;
  return sum % 10 === 0;
}

/** ICAO 9303 check digit (weights 7, 3, 1; A-Z = 10-35, "<" = 0) of `field`. */
export function icaoCheckDigit(field: string): number {
  const w = [7, 3, 1];
  let sum = 0;
  for (let i = 0; i < field.length; i++) {
    const c = field.charCodeAt(i);
    let v: number;
    if (c >= 48 && c <= 57) v = c - 48;
    else if (c >= 65 && c <= 90) v = c - 55;
    else if (c === 60) v = 0;
    else return -1;
    sum += v * w[i % 3]!;
  }
  return sum % 10;
}

/** Mod 97 of a digit string, read left to right. */
function mod97(digits: string): number {
  let rem = 0;
  for (let i = 0; i < digits.length; i++) rem = (rem * 10 + digits.charCodeAt(i) - 48) % 97;
  return rem;
}

/** Portuguese NIB (21 digits: bank, branch, account, 2 check digits): the whole number mod 97 is 1, as in its IBAN. */
export function nibValid(digits: string): boolean {
  return /^\d{21}$/.test(digits) && mod97(digits) === 1;
}

/** French RIB (23 digits: bank 5, branch 5, account 11, key 2): key = 97 - (89 bank + 15 branch + 3 account) mod 97, so the whole number is 0 mod 97. */
export function ribValid(digits: string): boolean {
  return /^\d{23}$/.test(digits) && mod97(digits) === 0 && digits.slice(21) !== '00';
}

const CCC_WEIGHTS = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6];

function cccDigit(ten: string): number {
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += (ten.charCodeAt(i) - 48) * CCC_WEIGHTS[i]!;
  const d = 11 - (sum % 11);
  return d === 11 ? 0 : d === 10 ? 1 : d;
}

/** Spanish CCC (20 digits: bank 4, branch 4, 2 check digits, account 10): one mod-11 digit for "00"+bank+branch, one for the account. */
export function cccValid(digits: string): boolean {
  if (!/^\d{20}$/.test(digits)) return false;
  return cccDigit('00' + digits.slice(0, 8)) === digits.charCodeAt(8) - 48 && cccDigit(digits.slice(10)) === digits.charCodeAt(9) - 48;
}

/** Mexican CLABE (18 digits): weights 3, 7, 1 repeated, each product mod 10; check = (10 - sum mod 10) mod 10. */
export function clabeValid(digits: string): boolean {
  if (!/^\d{18}$/.test(digits)) return false;
  const w = [3, 7, 1];
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += ((digits.charCodeAt(i) - 48) * w[i % 3]!) % 10;
  return (10 - (sum % 10)) % 10 === digits.charCodeAt(17) - 48;
}
