/**
 * Safe previews. A preview keeps the shape of the value (separators, length class) and at most a
 * short tail, so an agent can tell which value is meant without the value itself leaving the
 * detector.
 */

const BULLET = '•';

const NON_ASCII_ALNUM = /[\p{L}\p{N}]/u;

function isAlnum(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
  return NON_ASCII_ALNUM.test(ch);
}

/**
 * Replaces every letter and digit with a bullet except the last `keep` of them; separators stay.
 * Masks are built with join, not +=: concatenation leaves each mask a tree of partial strings
 * (about 150 bytes more a value), kept as long as the finding, and a large document has 60,000.
 */
export function keepLast(raw: string, keep: number): string {
  const chars = [...raw];
  let alnum = 0;
  for (const ch of chars) if (isAlnum(ch)) alnum++;
  // Never reveal more than a third of a value, and nothing of a short one.
  const visible = Math.min(keep, Math.floor(alnum / 3));
  let seen = 0;
  const out = chars.map((ch) => {
    if (!isAlnum(ch)) return ch === '\n' || ch === '\r' || ch === '\t' ? ' ' : ch;
    seen++;
    return seen > alnum - visible ? ch : BULLET;
  });
  return out.join('');
}

/** A preview that reveals nothing but the kind of value: secrets, short codes. */
export function hideAll(): string {
  return BULLET.repeat(6);
}

/** "•••• •••• •••• 1111": the digits regrouped in fours, last four kept. */
export function maskDigitsGrouped(digits: string, gaps: readonly number[] = [4, 8, 12]): string {
  const visible = Math.min(4, Math.floor(digits.length / 3));
  const out: string[] = [];
  for (let i = 0; i < digits.length; i++) {
    if (gaps.includes(i)) out.push(' ');
    out.push(i >= digits.length - visible ? digits[i]! : BULLET);
  }
  return out.join('');
}
