// vault9 helpers: seeded PRNG and the check-digit schemes used by the corpus.
// Written from the rules in /work/shared/reference/detection.md (no detector code read).
export * from './lib-bank.mjs';
export * from './lib-token.mjs';

// ---- seeded PRNG (mulberry32) ---------------------------------------------
export function makeRng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const r = {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (arr) => arr[Math.floor(next() * arr.length)],
    chance: (p) => next() < p,
    digits: (n) => { let s = ''; for (let i = 0; i < n; i++) s += Math.floor(next() * 10); return s; },
    letters: (n, set = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') => { let s = ''; for (let i = 0; i < n; i++) s += set[Math.floor(next() * set.length)]; return s; },
    shuffle: (arr) => { const a2 = arr.slice(); for (let i = a2.length - 1; i > 0; i--) { const j = Math.floor(next() * (i + 1)); [a2[i], a2[j]] = [a2[j], a2[i]]; } return a2; },
  };
  return r;
}

// ---- Luhn -------------------------------------------------------------------
export function luhnValid(d) {
  if (!/^\d+$/.test(d)) return false;
  let sum = 0;
  for (let i = 0; i < d.length; i++) {
    let x = +d[d.length - 1 - i];
    if (i % 2 === 1) { x *= 2; if (x > 9) x -= 9; }
    sum += x;
  }
  return sum % 10 === 0;
}
export function luhnComplete(partial) { // append the digit that makes partial Luhn-valid
  for (let c = 0; c < 10; c++) if (luhnValid(partial + c)) return partial + c;
  throw new Error('luhn');
}

// ---- card brands (IIN + length, braintree table) ---------------------------
export function cardBrand(pan) {
  const n = pan.length, p = (k) => +pan.slice(0, k);
  if (pan[0] === '4' && [16, 18, 19].includes(n)) return 'visa';
  if (n === 16 && ((p(2) >= 51 && p(2) <= 55) || (p(4) >= 2221 && p(4) <= 2720))) return 'mastercard';
  if (n === 15 && (p(2) === 34 || p(2) === 37)) return 'amex';
  if ([16, 19].includes(n) && (p(4) === 6011 || (p(3) >= 644 && p(3) <= 649) || p(2) === 65)) return 'discover';
  if ([14, 16, 19].includes(n) && ((p(3) >= 300 && p(3) <= 305) || p(2) === 36 || p(2) === 38 || p(2) === 39)) return 'diners';
  if (n >= 16 && n <= 19 && p(4) >= 3528 && p(4) <= 3589) return 'jcb';
  if (n >= 14 && n <= 19 && (p(3) === 620 || (p(3) >= 623 && p(3) <= 626))) return 'unionpay';
  return null;
}
export function cardValid(pan) { return luhnValid(pan) && cardBrand(pan) !== null; }

// ---- mod-97 (IBAN) ----------------------------------------------------------
export function mod97(str) { // str of digits and letters, letters A=10..Z=35
  let rem = 0;
  for (const ch of str) {
    const v = /[0-9]/.test(ch) ? ch : String(ch.charCodeAt(0) - 55);
    for (const d of v) rem = (rem * 10 + +d) % 97;
  }
  return rem;
}

// ---- Verhoeff (Aadhaar, NIN) -------------------------------------------------
const VD = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],[3,4,0,1,2,8,9,5,6,7],[4,0,1,2,3,9,5,6,7,8],[5,9,8,7,6,0,4,3,2,1],[6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],[8,7,6,5,9,3,2,1,0,4],[9,8,7,6,5,4,3,2,1,0]];
const VP = (() => { const p1 = [1,5,7,6,2,8,3,0,9,4]; const rows = [[0,1,2,3,4,5,6,7,8,9]]; for (let i = 1; i < 8; i++) rows.push(rows[i - 1].map((x) => p1[x])); return rows; })();
const VINV = [0,4,3,2,1,5,6,7,8,9];
export function verhoeffValid(d) {
  let c = 0; const a = d.split('').reverse().map(Number);
  for (let i = 0; i < a.length; i++) c = VD[c][VP[i % 8][a[i]]];
  return c === 0;
}
export function verhoeffComplete(partial) {
  let c = 0; const a = partial.split('').reverse().map(Number);
  for (let i = 0; i < a.length; i++) c = VD[c][VP[(i + 1) % 8][a[i]]];
  return partial + VINV[c];
}

// ---- ABA routing --------------------------------------------------------------
export function abaValid(d) {
  if (!/^\d{9}$/.test(d)) return false;
  const w = [3, 7, 1]; let s = 0;
  for (let i = 0; i < 9; i++) s += +d[i] * w[i % 3];
  const pre = +d.slice(0, 2);
  return s % 10 === 0 && ((pre >= 1 && pre <= 12) || (pre >= 21 && pre <= 32));
}

// ---- national IDs -------------------------------------------------------------
const ZW_LETTERS = 'ZABCDEFGHJKLMNPQRSTVWXY';
export const ZW_DISTRICTS = ['02','03','04','05','06','07','08','10','11','12','13','14','15','18','19','21','22','23','24','25','26','27','28','29','32','34','35','37','38','39','41','42','43','44','45','46','47','48','49','50','53','54','56','58','59','61','63','66','67','68','70','71','73','75','77','79','80','83','84','85','86'];
export function zwCheckLetter(office, seq) { return ZW_LETTERS[Number(BigInt(office + seq) % 23n)]; }
export function zwIdValid(s) {
  const m = /^(\d{2})(\d{6,7})([A-Z])(\d{2})$/.exec(s);
  return !!m && ZW_DISTRICTS.includes(m[1]) && ZW_DISTRICTS.includes(m[4]) && zwCheckLetter(m[1], m[2]) === m[3];
}
export function zaIdValid(s) {
  if (!/^\d{13}$/.test(s) || !luhnValid(s)) return false;
  const mm = +s.slice(2, 4), dd = +s.slice(4, 6);
  if (mm < 1 || mm > 12 || dd < 1 || dd > new Date(2000 + +s.slice(0, 2), mm, 0).getDate()) return false;
  return '012'.includes(s[10]) && '89'.includes(s[11]);
}
export function aadhaarValid(s) { return /^[2-9]\d{11}$/.test(s) && verhoeffValid(s) && s !== s.split('').reverse().join(''); }
export function sinValid(s) { return /^[1-79]\d{8}$/.test(s) && luhnValid(s); }
export function ssnValid(s) {
  const m = /^(\d{3})(\d{2})(\d{4})$/.exec(s); if (!m) return false;
  const a = +m[1]; return a !== 0 && a !== 666 && a < 900 && m[2] !== '00' && m[3] !== '0000' && s !== '078051120' && s !== '123456789';
}
export function ninoValid(s) {
  return /^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$/.test(s) && !['BG','GB','KN','NK','NT','TN','ZZ'].includes(s.slice(0, 2)) && !s.startsWith('QQ');
}
export function esDniLetter(n) { return 'TRWAGMYFPDXBNJZSQVHLCKE'[+n % 23]; }
export function esDniValid(s) { const m = /^(\d{8})([A-Z])$/.exec(s); return !!m && esDniLetter(m[1]) === m[2]; }

// ---- ICAO 9303 check digit (MRZ) ------------------------------------------------
export function icaoCheck(str) {
  const w = [7, 3, 1]; let s = 0;
  for (let i = 0; i < str.length; i++) {
    const ch = str[i]; const v = ch === '<' ? 0 : /\d/.test(ch) ? +ch : ch.charCodeAt(0) - 55;
    s += v * w[i % 3];
  }
  return String(s % 10);
}
