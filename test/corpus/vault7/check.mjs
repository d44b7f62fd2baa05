// vault7 self-check: span offsets, de-obfuscation, checksums, and leak detection outside spans.
import { parsePhoneNumber, findPhoneNumbersInText } from '/work/main/node_modules/libphonenumber-js/max/index.js';
import { deobf, luhnOk, ibanOk, abaOk, nubanOk, verhoeffOk, mrzCheck, mod97 } from './lib.mjs';
import { zwLetter, ZW_CODES } from './lib2.mjs';

const dig = (s) => deobf(s).replace(/\D/g, '');
const an = (s) => deobf(s).toUpperCase().replace(/[^A-Z0-9]/g, '');
const IBAN_LEN = { GB: 22, DE: 22, FR: 27, NL: 18, ES: 24, IT: 27, BE: 16, CH: 21, PT: 25, AE: 23, SA: 24, MU: 30, TR: 26, EG: 29, TN: 24, MA: 28, PL: 28, IE: 22, SE: 24, NO: 15, MZ: 25, PK: 24, BR: 29 };
const BIC_CC = ['ZA', 'ZW', 'KE', 'NG', 'GB', 'DE', 'FR', 'US', 'IN', 'AE', 'PT', 'BR'];
const IIN = /^(4|5[1-5]|2(22[1-9]|2[3-9]|[3-6]|7[01]|720)|3[47]|36|6011|65|35(2[89]|[3-8])|62|220[0-4]|506)/;
const SOL_WORDS = /pin|password|passe|otp|cvv|code|c[oó]digo|card|cart|kadi|khadi|iphasiwedi|msimbo|koodu|lambar|رمز|البطاقة|nambari|passwor/i;

function saOk(r) {
  if (!/^\d{13}$/.test(r) || !luhnOk(r)) return false;
  const m = +r.slice(2, 4), d = +r.slice(4, 6);
  return m >= 1 && m <= 12 && d >= 1 && d <= 31 && '012'.includes(r[10]) && '89'.includes(r[11]);
}
function zwOk(r) {
  const m = /^(\d{2})(\d{6,7})([A-Z])(\d{2})$/.exec(r);
  return !!m && ZW_CODES.includes(+m[1]) && ZW_CODES.includes(+m[4]) && zwLetter(m[1] + m[2]) === m[3];
}
function cpfOk(r) {
  const d = r.split('').map(Number); if (d.length !== 11) return false;
  const c1 = ((d.slice(0, 9).reduce((a, x, i) => a + x * (10 - i), 0) * 10) % 11) % 10;
  const c2 = ((d.slice(0, 10).reduce((a, x, i) => a + x * (11 - i), 0) * 10) % 11) % 10;
  return c1 === d[9] && c2 === d[10];
}
const peselOk = (r) => /^\d{11}$/.test(r) && (10 - (r.slice(0, 10).split('').reduce((a, x, i) => a + +x * [1, 3, 7, 9][i % 4], 0) % 10)) % 10 === +r[10];
function tcOk(r) {
  if (!/^[1-9]\d{10}$/.test(r)) return false; const d = r.split('').map(Number);
  return ((((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10) + 10) % 10 === d[9] && d.slice(0, 10).reduce((a, x) => a + x, 0) % 10 === d[10];
}
const ID = {
  zw: zwOk, za: saOk, ke_id: (r) => /^\d{7,8}$/.test(r), ke_kra: (r) => /^A\d{9}[A-Z]$/.test(r), ng_nin: (r) => /^\d{11}$/.test(r) && verhoeffOk(r),
  ng_bvn: (r) => /^22\d{9}$/.test(r), uk_nino: (r) => /^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$/.test(r) && !/^(BG|GB|KN|NK|NT|TN|ZZ)/.test(r),
  us_ssn: (r) => /^\d{9}$/.test(r) && !/^(000|666|9)/.test(r) && r.slice(3, 5) !== '00' && r.slice(5) !== '0000',
  in_aadhaar: (r) => /^[2-9]\d{11}$/.test(r) && verhoeffOk(r) && r !== r.split('').reverse().join(''), in_pan: (r) => /^[A-Z]{3}P[A-Z]\d{4}[A-Z]$/.test(r),
  ca_sin: (r) => /^[1-79]\d{8}$/.test(r) && luhnOk(r), es_dni: (r) => /^\d{8}[A-Z]$/.test(r) && 'TRWAGMYFPDXBNJZSQVHLCKE'[+r.slice(0, 8) % 23] === r[8],
  br_cpf: cpfOk, pl_pesel: peselOk, tr_tc: tcOk,
};
function mrzOk(t) {
  const [l1, l2] = t.split('\n'); if (!l1 || !l2 || l1.length !== 44 || l2.length !== 44 || !/^P[A-Z<][A-Z]{3}/.test(l1) || !/^[A-Z0-9<]{44}$/.test(l2)) return false;
  const c = (s, i) => mrzCheck(s) === l2[i];
  return c(l2.slice(0, 9), 9) && c(l2.slice(13, 19), 19) && c(l2.slice(21, 27), 27) && c(l2.slice(28, 42), 42) && c(l2.slice(0, 10) + l2.slice(13, 20) + l2.slice(21, 43), 43);
}
function phoneOk(t, raw, cc) {
  let s = deobf(t).replace(/[^\d+]/g, ''); if (s.startsWith('00')) s = '+' + s.slice(2);
  try { const p = parsePhoneNumber(s, cc); return !!p && p.isValid() && p.number === raw; } catch { return false; }
}
function checkVal(x) {
  const t = x.text, r = x.raw, k = x.kind;
  switch (x.type) {
    case 'CARD_NUMBER': { const d = dig(t); return d === r && luhnOk(d) && d.length >= 12 && d.length <= 19 && IIN.test(d); }
    case 'CARD_EXPIRY': { const d = dig(t), [m, y] = r.split('/'); return +m >= 1 && +m <= 12 && (d === m + y || d === m + '20' + y); }
    case 'CARD_CVV': return dig(t) === r && /^\d{3,4}$/.test(r);
    case 'NATIONAL_ID': return an(t) === r && !!ID[k] && ID[k](r);
    case 'PASSPORT_NUMBER': return k === 'mrz_td3' ? t === r && mrzOk(t) : an(t) === r && /^[A-Z0-9]{6,9}$/.test(r);
    case 'PHONE_NUMBER': return phoneOk(t, r, k);
    case 'EMAIL_ADDRESS': { const s = deobf(t).replace(/\s*\[at\]\s*/g, '@').replace(/\s*\[dot\]\s*/g, '.'); return s === r && /^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(r); }
    case 'IBAN': return an(t) === r && ibanOk(r) && IBAN_LEN[r.slice(0, 2)] === r.length;
    case 'BANK_ACCOUNT': {
      const d = dig(t); if (d !== r.replace(/\D/g, '')) return false;
      if (k.startsWith('nuban:')) return nubanOk(k.slice(6), d);
      if (k === 'uk_pair') return d.length === 14; return d.length >= 6 && d.length <= 20;
    }
    case 'ROUTING_NUMBER': { const d = dig(t); return d === r && (k === 'aba' ? abaOk(d) : d.length === 6); }
    case 'SWIFT_BIC': return t === r && /^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$/.test(r) && BIC_CC.includes(r.slice(4, 6));
    case 'CREDENTIAL': return t.trim() === t && t.length >= 3 && deobf(t).replace(/\s/g, '') === r.replace(/\s/g, '');
    case 'SOLICITATION': return t.trim() === t && SOL_WORDS.test(t);
  }
  return false;
}
// look for sensitive values that were left unlabelled (generator bugs)
function leaks(text, vals) {
  let masked = text;
  for (const x of vals) masked = masked.slice(0, x.start) + ' '.repeat(x.end - x.start) + masked.slice(x.end);
  const out = [];
  const em = masked.match(/[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+\.[A-Za-z]{2,}/g); if (em) out.push('email ' + em[0]);
  for (const m of findPhoneNumbersInText(masked.replace(/[,;]/g, ' '))) out.push('phone ' + masked.slice(m.startsAt, m.endsAt));
  for (const m of masked.normalize('NFKC').matchAll(/\d(?:[ -]?\d){12,18}/g)) { const d = m[0].replace(/\D/g, ''); const okLen = /^3[47]/.test(d) ? d.length === 15 : /^36/.test(d) ? d.length === 14 : d.length >= 16; if (luhnOk(d) && IIN.test(d) && okLen) out.push('card ' + m[0]); }
  for (const m of masked.matchAll(/\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?\b/g)) { const s = m[0].replace(/ /g, ''); if (IBAN_LEN[s.slice(0, 2)] && mod97(s.slice(4) + s.slice(0, 4)) === 1) out.push('iban ' + m[0]); }
  return out;
}
export function validate(rec, id) {
  const errs = [];
  if (rec.text.length < 100 || rec.text.length > 2500) errs.push(`length ${rec.text.length}`);
  let last = -1;
  for (const x of rec.vals) {
    if (!(x.start < x.end)) errs.push(`empty span ${x.type}`);
    if (rec.text.slice(x.start, x.end) !== x.text) errs.push(`slice mismatch ${x.type}`);
    if (x.start < last) errs.push(`overlap ${x.type}`);
    last = x.end;
    if (!checkVal(x)) errs.push(`invalid ${x.type}/${x.kind}: ${JSON.stringify(x.text)}`);
  }
  errs.push(...leaks(rec.text, rec.vals).map((l) => 'unlabelled ' + l));
  if (errs.length) throw new Error(`${id}: ${errs.join('; ')}`);
}
