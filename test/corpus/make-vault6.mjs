#!/usr/bin/env node
// Builds test/corpus/vault6.jsonl: 300 customer-support replies (about 165 with sensitive values,
// 135 hard negatives), written without reading the detectors or any other corpus's records.
// Deterministic (seeded PRNG), Node only, no dependencies. Every record is assembled from parts
// (plain text and labelled values); offsets are computed while joining, then every span is checked
// (start < end, text.slice(start, end) is exactly the inserted value) and every checksum-bearing
// value is re-validated from the text after undoing the obfuscation.
//
//   node test/corpus/make-vault6.mjs            writes test/corpus/vault6.jsonl
//   node test/corpus/make-vault6.mjs --phones   prints the phone values with their region (for a
//                                               libphonenumber validity check outside this script)
import { writeFileSync } from 'node:fs';

// ---------------------------------------------------------------- PRNG and small helpers
function mulberry32(a) {
  return function () {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = mulberry32(0x7a6b5c06);
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];
const chance = (p) => rnd() < p;
const digits = (n) => Array.from({ length: n }, () => ri(0, 9)).join('');
const pad = (n, w) => String(n).padStart(w, '0');
const UP = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const randFrom = (alphabet, n) => Array.from({ length: n }, () => alphabet[ri(0, alphabet.length - 1)]).join('');

// ---------------------------------------------------------------- parts and records
// A record body is a list of parts: plain strings and labelled values {type, text}.
const V = (type, text, meta = {}) => ({ type, text, ...meta });
function flat(x) {
  if (Array.isArray(x)) return x.flatMap(flat);
  if (x === null || x === undefined || x === false) return [];
  if (typeof x === 'object' && x.type) return [x];
  return [String(x)];
}
/** Tagged template: strings stay plain, ${V(...)} and ${[parts]} are spliced in. */
function t(strings, ...vals) {
  const out = [];
  strings.forEach((s, i) => {
    out.push(s);
    if (i < vals.length) out.push(vals[i]);
  });
  return flat(out);
}
/** Apply fn to the plain strings only (values untouched). */
const mapPlain = (parts, fn) => flat(parts).map((p) => (typeof p === 'string' ? fn(p) : p));
/** Apply fn to plain strings and to value texts (used for quoting, where a value may span lines). */
const mapAll = (parts, fn) => flat(parts).map((p) => (typeof p === 'string' ? fn(p) : { ...p, text: fn(p.text) }));

function quote(parts) {
  return ['> ', ...mapAll(parts, (s) => s.replace(/\n/g, '\n> '))];
}
function escHtml(s) {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/'/g, '&#39;').replace(/é/g, '&eacute;').replace(/ç/g, '&ccedil;').replace(/ã/g, '&atilde;');
}
function html(parts, { wrap = true } = {}) {
  const body = mapPlain(parts, (s) => escHtml(s).split('\n\n').map((x) => x.replace(/\n/g, '<br>\n')).join('</p>\n<p>'));
  if (!wrap) return body;
  const [open, close] = pick([['<div dir="ltr">', '</div>'], ['<div class="gmail_default">', '</div>'], ['<html><body>', '</body></html>'], ['<div style="font-family:Arial,sans-serif;font-size:14px">', '</div>']]);
  return [open + '<p>', ...body, '</p>' + close];
}

const records = [];
let negCount = 0;
function add(kind, parts) {
  parts = flat(parts);
  let text = '';
  const spans = [];
  for (const p of parts) {
    if (typeof p === 'string') text += p;
    else {
      const start = text.length;
      text += p.text;
      spans.push({ type: p.type, start, end: text.length, _v: p });
    }
  }
  if (kind === 'neg') negCount++;
  records.push({ kind, text, spans });
}

// ---------------------------------------------------------------- obfuscation
const FW = (s) => s.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));
const ZW = '\u200b';
const NB = '\u00a0';
function groupDigits(s, sizes, sep = ' ') {
  const out = [];
  let i = 0;
  for (const n of sizes) {
    if (i >= s.length) break;
    out.push(s.slice(i, i + n));
    i += n;
  }
  if (i < s.length) out.push(s.slice(i));
  return out.join(sep);
}
const g4 = (s, sep = ' ') => s.match(/.{1,4}/g).join(sep);

// ---------------------------------------------------------------- checksums
function luhnOk(s) {
  let sum = 0;
  let dbl = false;
  for (let i = s.length - 1; i >= 0; i--) {
    let d = Number(s[i]);
    if (dbl) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    dbl = !dbl;
  }
  return sum % 10 === 0;
}
function luhnComplete(body) {
  for (let c = 0; c < 10; c++) if (luhnOk(body + c)) return body + c;
  throw new Error('luhn');
}
function mod97(numStr) {
  let r = 0;
  for (const ch of numStr) r = (r * 10 + Number(ch)) % 97;
  return r;
}
const ibanNum = (s) => s.toUpperCase().replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
function ibanOk(s) {
  const c = s.replace(/[^0-9A-Za-z]/g, '').toUpperCase();
  return mod97(ibanNum(c.slice(4) + c.slice(0, 4))) === 1;
}
function makeIban(cc, bban) {
  const r = mod97(ibanNum(bban + cc + '00'));
  return cc + pad(98 - r, 2) + bban;
}
// Verhoeff
const VD = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
  [5, 9, 8, 7, 6, 0, 4, 3, 2, 1], [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4]];
for (let i = 2; i < 8; i++) VP.push(VP[1].map((_, j) => VP[i - 1][VP[1][j]]));
const VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9];
function verhoeffOk(s) {
  let c = 0;
  const a = s.split('').reverse().map(Number);
  a.forEach((d, i) => (c = VD[c][VP[i % 8][d]]));
  return c === 0;
}
function verhoeffDigit(s) {
  let c = 0;
  const a = s.split('').reverse().map(Number);
  a.forEach((d, i) => (c = VD[c][VP[(i + 1) % 8][d]]));
  return String(VINV[c]);
}
function abaOk(s) {
  const d = s.split('').map(Number);
  return d.length === 9 && (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8])) % 10 === 0;
}
const ZW_LETTERS = 'ZABCDEFGHJKLMNPQRSTVWXY';
const ZW_CODES = [2, 3, 4, 5, 6, 7, 8, 10, 11, 12, 13, 14, 15, 18, 19, 21, 22, 23, 24, 25, 26, 27, 28, 29, 32, 34, 35, 37, 38, 39, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 53, 54, 56, 58, 59, 61, 63, 66, 67, 68, 70, 71, 73, 75, 77, 79, 80, 83, 84, 85, 86];
const zwLetter = (officeSeq) => ZW_LETTERS[Number(BigInt(officeSeq) % 23n)];
function icaoCheck(s) {
  const w = [7, 3, 1];
  let sum = 0;
  [...s].forEach((ch, i) => {
    const v = ch === '<' ? 0 : /[0-9]/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 55;
    sum += v * w[i % 3];
  });
  return String(sum % 10);
}
function cpfDigits(nine) {
  const d = nine.split('').map(Number);
  let s = d.reduce((a, x, i) => a + x * (10 - i), 0);
  let c1 = (s * 10) % 11;
  if (c1 === 10) c1 = 0;
  d.push(c1);
  s = d.reduce((a, x, i) => a + x * (11 - i), 0);
  let c2 = (s * 10) % 11;
  if (c2 === 10) c2 = 0;
  return nine + c1 + c2;
}

// self-test against the reference vectors (detection.md)
function selfTest() {
  const ok = (c, m) => {
    if (!c) throw new Error('self-test failed: ' + m);
  };
  ok(luhnOk('4111111111111111') && !luhnOk('4012888888881882'), 'luhn');
  ok(ibanOk('GB82 WEST 1234 5698 7654 32') && ibanOk('MU17BOMM0101101030300200000MUR'), 'iban');
  ok(makeIban('GB', 'WEST12345698765432') === 'GB82WEST12345698765432', 'iban make');
  ok(verhoeffOk('234123412346') && !verhoeffOk('123456789012') && verhoeffDigit('236') === '3', 'verhoeff');
  ok(verhoeffDigit('23412341234') === '6', 'verhoeff digit');
  ok(abaOk('021000021') && abaOk('011000015'), 'aba');
  ok(zwLetter('50025544') === 'Q' && zwLetter('631174850') === 'T', 'zw');
  ok(zwLetter('078870909') === 'Y' && zwLetter('061522349') === 'S', 'zw2');
  ok(icaoCheck('L898902C3') === '6' && icaoCheck('740812') === '2' && icaoCheck('120415') === '9', 'icao');
  ok(luhnOk('8001015009087') && !luhnOk('8001015009086'), 'za');
  ok(cpfDigits('390533447') === '39053344705', 'cpf');
  ok(nubanCheck('011', '000001457') === '9', 'nuban');
  ok(mrzTd3Check(), 'mrz');
}
selfTest();

// ---------------------------------------------------------------- value generators
const card = {
  visa: () => luhnComplete('4' + pick(['0', '1', '2', '4', '5', '6', '7', '9']) + digits(13)),
  mc: () => luhnComplete(pick(['51', '52', '53', '54', '55']) + digits(13)),
  mc2: () => luhnComplete('2' + pick(['221', '223', '230', '250', '271', '720'].map((p) => p)) + digits(11)),
  amex: () => luhnComplete(pick(['34', '37']) + digits(12)),
  discover: () => luhnComplete(pick(['6011', '65' + ri(10, 99)]) + digits(11)),
  jcb: () => luhnComplete('35' + ri(28, 89) + digits(11)),
  unionpay19: () => luhnComplete('6228' + digits(14)),
  unionpay: () => luhnComplete('6250' + digits(11)),
  diners: () => luhnComplete('36' + digits(11)),
};
const cardKinds = ['visa', 'visa', 'visa', 'mc', 'mc', 'mc2', 'amex', 'discover', 'jcb', 'unionpay', 'unionpay19', 'diners'];
function cardNumber(kind = pick(cardKinds)) {
  const n = card[kind]();
  return { n, kind, brand: { visa: 'Visa', mc: 'Mastercard', mc2: 'Mastercard', amex: 'Amex', discover: 'Discover', jcb: 'JCB', unionpay: 'UnionPay', unionpay19: 'UnionPay', diners: 'Diners Club' }[kind] };
}
function fmtCard(n, style = pick(['space', 'space', 'plain', 'dash', 'dot', 'dspace', 'nbsp', 'spdash'])) {
  const sizes = n.length === 15 ? [4, 6, 5] : n.length === 14 ? [4, 6, 4] : [4, 4, 4, 4, 3];
  const sep = { space: ' ', plain: '', dash: '-', dot: '.', dspace: '  ', nbsp: NB, spdash: ' - ', zw: ZW }[style] ?? ' ';
  return groupDigits(n, sizes, sep);
}
const expiry = () => {
  const mm = ri(1, 12);
  const yy = ri(27, 31);
  return pick([`${pad(mm, 2)}/${yy}`, `${pad(mm, 2)}/20${yy}`, `${pad(mm, 2)}-${yy}`, `${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][mm - 1]} 20${yy}`]);
};
const cvv = (kind) => (kind === 'amex' ? digits(4) : pad(ri(101, 998), 3));

function zaId() {
  const y = ri(62, 99);
  const m = ri(1, 12);
  const d = ri(1, 28);
  return luhnComplete(pad(y, 2) + pad(m, 2) + pad(d, 2) + pad(ri(0, 9999), 4) + '0' + '8');
}
function zwId(style = pick(['dash', 'space', 'compact', 'dashletter'])) {
  const office = pad(pick(ZW_CODES), 2);
  const seq = chance(0.5) ? digits(6) : String(ri(1, 9)) + digits(6);
  const L = zwLetter(office + seq);
  const dist = pad(pick(ZW_CODES), 2);
  const v = { dash: `${office}-${seq} ${L} ${dist}`, space: `${office} ${seq} ${L} ${dist}`, compact: `${office}${seq}${L}${dist}`, dashletter: `${office}-${seq}-${L}-${dist}` }[style];
  return v;
}
function aadhaar(style = pick(['space', 'space', 'dash', 'plain'])) {
  const body = String(ri(2, 9)) + digits(10);
  const n = body + verhoeffDigit(body);
  return { n, text: style === 'space' ? groupDigits(n, [4, 4, 4]) : style === 'dash' ? groupDigits(n, [4, 4, 4], '-') : n };
}
function ssn() {
  let a;
  do a = ri(1, 899);
  while (a === 666);
  return `${pad(a, 3)}-${pad(ri(1, 99), 2)}-${pad(ri(1, 9999), 4)}`;
}
function nino() {
  const first = 'ABCEGHJKLMNOPRSTWXYZ';
  const second = 'ABCEGHJKLMNPRSTWXYZ';
  let p;
  do p = pick([...first]) + pick([...second]);
  while (['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'].includes(p));
  const d = digits(6);
  return chance(0.5) ? `${p} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${pick(['A', 'B', 'C', 'D'])}` : `${p}${d}${pick(['A', 'B', 'C', 'D'])}`;
}
const keId = () => String(ri(2, 3)) + digits(7);
const kraPin = () => 'A' + digits(9) + pick([...UP]);
const ngNin = () => String(ri(1, 9)) + digits(10);
const bvn = () => '22' + digits(9);
const ghCard = () => `GHA-${String(ri(1, 9))}${digits(8)}-${ri(0, 9)}`;
const zmNrc = () => `${String(ri(1, 9))}${digits(5)}/${pad(ri(10, 99), 2)}/1`;
const omang = () => digits(4) + String(ri(1, 2)) + digits(4);
function nida() {
  const y = ri(1970, 2002);
  return `${y}${pad(ri(1, 12), 2)}${pad(ri(1, 28), 2)}-${digits(5)}-${digits(5)}-${digits(2)}`;
}
function egId() {
  const y = ri(70, 99);
  return `2${pad(y, 2)}${pad(ri(1, 12), 2)}${pad(ri(1, 28), 2)}${pick(['01', '02', '12', '13', '14', '21', '88'])}${digits(4)}${ri(1, 9)}`;
}
function emiratesId() {
  const body = `784${ri(1970, 2000)}${digits(7)}`;
  const n = luhnComplete(body);
  return `${n.slice(0, 3)}-${n.slice(3, 7)}-${n.slice(7, 14)}-${n.slice(14)}`;
}
function cpf() {
  const n = cpfDigits(digits(9));
  return `${n.slice(0, 3)}.${n.slice(3, 6)}.${n.slice(6, 9)}-${n.slice(9)}`;
}
function passportNo(country) {
  switch (country) {
    case 'ZW': return pick(['FN', 'DN', 'BN']) + digits(6);
    case 'NG': return 'A' + digits(8);
    case 'KE': return 'AK' + digits(7);
    case 'IN': return pick([...'JKLMNPRSTUVZ']) + digits(7);
    case 'ZA': return pick(['A', 'M']) + digits(8);
    case 'GB': return String(ri(1, 9)) + digits(8);
    case 'US': return String(ri(5, 6)) + digits(8);
    default: return pick([...UP]) + digits(7);
  }
}
function mrzTd3Check() {
  const l2 = 'L898902C36UTO7408122F1204159ZE184226B<<<<<10';
  const comp = icaoCheck(l2.slice(0, 10) + l2.slice(13, 20) + l2.slice(21, 43));
  return icaoCheck(l2.slice(28, 42)) === l2[42] && comp === l2[43];
}
function mrzTd3(country, surname, given, docNo, sex) {
  const l1 = ('P<' + country + surname.toUpperCase().replace(/[^A-Z]/g, '<') + '<<' + given.toUpperCase().replace(/[^A-Z]/g, '<')).padEnd(44, '<').slice(0, 44);
  const doc = docNo.padEnd(9, '<');
  const dob = `${pad(ri(70, 99), 2)}${pad(ri(1, 12), 2)}${pad(ri(1, 28), 2)}`;
  const exp = `${pad(ri(28, 34), 2)}${pad(ri(1, 12), 2)}${pad(ri(1, 28), 2)}`;
  const pers = '<'.repeat(14);
  const persCk = '<';
  const part = doc + icaoCheck(doc) + country + dob + icaoCheck(dob) + sex + exp + icaoCheck(exp) + pers + persCk;
  const composite = icaoCheck(doc + icaoCheck(doc) + dob + icaoCheck(dob) + exp + icaoCheck(exp) + pers + persCk);
  const l2 = part + composite;
  if (l2.length !== 44) throw new Error('mrz len');
  return [l1, l2];
}

// IBANs
function frIban() {
  const bank = digits(5), branch = digits(5), acct = digits(11);
  const key = 97 - ((89 * Number(bank) + 15 * Number(branch) + 3 * Number(acct)) % 97);
  return makeIban('FR', bank + branch + acct + pad(key, 2));
}
function beIban() {
  const ten = digits(10);
  let k = Number(BigInt(ten) % 97n);
  if (k === 0) k = 97;
  return makeIban('BE', ten + pad(k, 2));
}
function esIban() {
  const w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6];
  const dc = (s) => {
    const r = 11 - (s.split('').reduce((a, d, i) => a + Number(d) * w[i], 0) % 11);
    return r === 11 ? 0 : r === 10 ? 1 : r;
  };
  const bank = pick(['2100', '0049', '0182', '2085']), branch = digits(4), acct = digits(10);
  return makeIban('ES', bank + branch + dc('00' + bank + branch) + dc(acct) + acct);
}
function ptIban() {
  const b = pick(['0033', '0035', '0007', '0010']) + digits(4) + digits(11);
  const ck = 98 - Number((BigInt(b) * 100n) % 97n);
  return makeIban('PT', b + pad(ck, 2));
}
const IBAN = {
  GB: () => makeIban('GB', pick(['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL']) + digits(14)),
  DE: () => makeIban('DE', pick(['3704', '1007', '5001', '2004']) + digits(4) + digits(10)),
  NL: () => makeIban('NL', pick(['ABNA', 'RABO', 'INGB']) + digits(10)),
  IE: () => makeIban('IE', pick(['AIBK', 'BOFI']) + digits(14)),
  FR: frIban,
  BE: beIban,
  ES: esIban,
  PT: ptIban,
  AE: () => makeIban('AE', pick(['033', '026', '035', '030']) + digits(16)),
  SA: () => makeIban('SA', pick(['80', '10', '45', '20']) + digits(18)),
  QA: () => makeIban('QA', pick(['DOHB', 'QNBA', 'CBQA']) + digits(21)),
  KW: () => makeIban('KW', pick(['NBOK', 'CBKU']) + digits(22)),
  MU: () => makeIban('MU', pick(['MCBL', 'BOMM', 'SBMM']) + digits(16) + '000MUR'),
  EG: () => makeIban('EG', digits(25)),
  TN: () => makeIban('TN', digits(20)),
  CH: () => makeIban('CH', '00' + digits(3) + digits(12)),
  LU: () => makeIban('LU', digits(3) + digits(13)),
};
// registered lengths (detection.md §1.2)
const IBAN_LEN = { GB: 22, DE: 22, NL: 18, IE: 22, FR: 27, BE: 16, ES: 24, PT: 25, AE: 23, SA: 24, QA: 29, KW: 30, MU: 30, EG: 29, TN: 24, CH: 21, LU: 20 };
function fmtIban(s, style = pick(['group', 'group', 'compact', 'lower', 'dash'])) {
  if (style === 'compact') return s;
  if (style === 'lower') return g4(s).toLowerCase();
  if (style === 'dash') return g4(s, '-');
  if (style === 'nbsp') return g4(s, NB);
  if (style === 'zw') return g4(s, ZW);
  return g4(s);
}
function aba() {
  const pref = pad(pick([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 21, 22, 23, 24, 25, 26, 27, 28, 29, 31, 32, 26, 11, 6]), 2);
  const body = pref + digits(6);
  for (let c = 0; c < 10; c++) if (abaOk(body + c)) return body + c;
  throw new Error('aba');
}
function nubanCheck(bankCode, serial) {
  const w = [3, 7, 3, 3, 7, 3, 3, 7, 3, 3, 7, 3];
  const sum = (bankCode + serial).split('').reduce((a, d, i) => a + Number(d) * w[i], 0);
  return String((10 - (sum % 10)) % 10);
}
function nuban(bankCode) {
  const serial = digits(9);
  return serial + nubanCheck(bankCode, serial);
}
const NG_BANKS = [['GTBank', '058'], ['Access Bank', '044'], ['First Bank', '011'], ['Zenith Bank', '057'], ['UBA', '033']];
// (sort code, account) pairs that pass the VocaLink modulus check (detection.md §1.5 and the IBAN fixtures)
const UK_PAIRS = [['08-99-99', '66374958'], ['10-79-99', '88837491'], ['13-40-20', '63849203'], ['77-27-98', '99345694'], ['60-16-13', '31926819'], ['49-92-73', '12345678']];
const BICS = {
  ZW: ['AGBAZWHX', 'SCBLZWHX', 'CBZKZWHX', 'FMBZZWHX', 'STBLZWHX'],
  ZA: ['SBZAZAJJ', 'FIRNZAJJ', 'ABSAZAJJ', 'NEDSZAJJ'],
  KE: ['KCBLKENX', 'EQBLKENA', 'SCBLKENX', 'CBAFKENX'],
  NG: ['GTBINGLA', 'FBNINGLA', 'ZEIBNGLA', 'ABNGNGLA'],
  GH: ['GHCBGHAC', 'SCBLGHAC', 'ECOCGHAC'],
  ZM: ['ZNCOZMLU', 'SBICZMLX', 'FIRNZMLX'],
  UG: ['DFCUUGKA', 'SBICUGKX', 'CERBUGKA'],
  TZ: ['CORUTZTZ', 'NMIBTZTZ'],
  BW: ['BARCBWGX', 'FIRNBWGX'],
  GB: ['BARCGB22', 'NWBKGB2L', 'LOYDGB2L', 'HBUKGB4B'],
  DE: ['DEUTDEFF', 'COBADEFFXXX', 'INGDDEFFXXX'],
  FR: ['BNPAFRPP', 'SOGEFRPP', 'AGRIFRPP'],
  NL: ['ABNANL2A', 'RABONL2U', 'INGBNL2A'],
  AE: ['EBILAEAD', 'NBADAEAAXXX', 'ADCBAEAA'],
  SA: ['NCBKSAJE', 'RIBLSARI'],
  US: ['CHASUS33', 'CITIUS33', 'BOFAUS3N'],
  IN: ['HDFCINBB', 'SBININBB', 'ICICINBB'],
  PT: ['CGDIPTPL', 'BCOMPTPL'],
  ES: ['CAIXESBB', 'BBVAESMM'],
  MU: ['MCBLMUMU'],
  QA: ['QNBAQAQA', 'DOHBQAQA'],
  KW: ['NBOKKWKW'],
  CH: ['UBSWCHZH80A', 'CRESCHZZ80A'],
  LU: ['BCEELULL'],
  TN: ['BIATTNTT', 'STBKTNTT'],
  BE: ['GEBABEBB', 'KREDBEBB'],
  IE: ['AIBKIE2D', 'BOFIIE2D'],
  EG: ['NBEGEGCX'],
};

// phones: [region, country code, national prefix, generator of the national significant number, formatter]
const PH = {
  ZW: { cc: '263', np: '0', nsn: () => pick(['77', '78', '71', '73']) + String(ri(1, 9)) + digits(6), fmt: [(n) => `${n.slice(0, 2)} ${n.slice(2, 5)} ${n.slice(5)}`, (n) => `${n.slice(0, 2)} ${n.slice(2, 6)} ${n.slice(6)}`] },
  ZA: { cc: '27', np: '0', nsn: () => pick(['82', '83', '72', '73', '76', '79', '84', '61', '71']) + String(ri(1, 9)) + digits(6), fmt: [(n) => `${n.slice(0, 2)} ${n.slice(2, 5)} ${n.slice(5)}`] },
  KE: { cc: '254', np: '0', nsn: () => '7' + pick(['01', '10', '12', '22', '20', '23', '90', '45', '68']) + digits(6), fmt: [(n) => `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`, (n) => `${n.slice(0, 3)} ${n.slice(3)}`] },
  NG: { cc: '234', np: '0', nsn: () => pick(['803', '806', '813', '816', '703', '706', '802', '808', '905', '810']) + String(ri(1, 9)) + digits(6), fmt: [(n) => `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`, (n) => `${n.slice(0, 3)} ${n.slice(3, 7)} ${n.slice(7)}`] },
  GH: { cc: '233', np: '0', nsn: () => pick(['24', '54', '55', '20', '50', '27']) + String(ri(1, 9)) + digits(6), fmt: [(n) => `${n.slice(0, 2)} ${n.slice(2, 5)} ${n.slice(5)}`] },
  ZM: { cc: '260', np: '0', nsn: () => pick(['97', '96', '95', '76', '77']) + String(ri(1, 9)) + digits(6), fmt: [(n) => `${n.slice(0, 2)} ${n.slice(2, 5)} ${n.slice(5)}`] },
  UG: { cc: '256', np: '0', nsn: () => pick(['772', '782', '752', '701', '756', '774']) + String(ri(1, 9)) + digits(5), fmt: [(n) => `${n.slice(0, 3)} ${n.slice(3)}`, (n) => `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`] },
  TZ: { cc: '255', np: '0', nsn: () => pick(['754', '713', '784', '655', '767', '621']) + String(ri(1, 9)) + digits(5), fmt: [(n) => `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`] },
  BW: { cc: '267', np: '', nsn: () => pick(['71', '72', '74', '75', '76']) + String(ri(1, 9)) + digits(5), fmt: [(n) => `${n.slice(0, 2)} ${n.slice(2, 5)} ${n.slice(5)}`, (n) => `${n.slice(0, 4)} ${n.slice(4)}`] },
  GB: { cc: '44', np: '0', nsn: () => pick(['7912', '7488', '7825', '7402', '7723', '7956']) + digits(6), fmt: [(n) => `${n.slice(0, 4)} ${n.slice(4)}`, (n) => `${n.slice(0, 4)} ${n.slice(4, 7)} ${n.slice(7)}`] },
  GBL: { cc: '44', np: '0', nsn: () => '20' + pick(['7946', '3123', '8765', '7183']) + digits(4), fmt: [(n) => `${n.slice(0, 2)} ${n.slice(2, 6)} ${n.slice(6)}`] },
  US: { cc: '1', np: '', nsn: () => pick(['415', '312', '646', '213', '617', '404', '512', '206']) + String(ri(2, 9)) + digits(2) + digits(4), fmt: [(n) => `(${n.slice(0, 3)}) ${n.slice(3, 6)}-${n.slice(6)}`, (n) => `${n.slice(0, 3)}-${n.slice(3, 6)}-${n.slice(6)}`, (n) => `${n.slice(0, 3)}.${n.slice(3, 6)}.${n.slice(6)}`] },
  IN: { cc: '91', np: '0', nsn: () => pick(['98', '99', '97', '90', '81', '70']) + String(ri(1, 9)) + digits(7), fmt: [(n) => `${n.slice(0, 5)} ${n.slice(5)}`, (n) => `${n.slice(0, 5)}-${n.slice(5)}`] },
  AE: { cc: '971', np: '0', nsn: () => pick(['50', '52', '55', '56']) + digits(7), fmt: [(n) => `${n.slice(0, 2)} ${n.slice(2, 5)} ${n.slice(5)}`] },
  SA: { cc: '966', np: '0', nsn: () => pick(['50', '53', '55', '56', '54']) + digits(7), fmt: [(n) => `${n.slice(0, 2)} ${n.slice(2, 5)} ${n.slice(5)}`] },
  BR: { cc: '55', np: '0', nsn: () => pick(['11', '21', '31', '41']) + '9' + String(ri(6, 9)) + digits(7), fmt: [(n) => `(${n.slice(0, 2)}) ${n.slice(2, 7)}-${n.slice(7)}`] },
  MX: { cc: '52', np: '', nsn: () => pick(['55', '33', '81']) + String(ri(1, 9)) + digits(7), fmt: [(n) => `${n.slice(0, 2)} ${n.slice(2, 6)} ${n.slice(6)}`] },
  FR: { cc: '33', np: '0', nsn: () => pick(['61', '62', '64', '65', '66', '67', '68', '73', '74', '75', '76', '77', '78']) + digits(7), fmt: [(n) => `${n[0]} ${n.slice(1, 3)} ${n.slice(3, 5)} ${n.slice(5, 7)} ${n.slice(7)}`] },
  DE: { cc: '49', np: '0', nsn: () => pick(['151', '160', '170', '176']) + digits(8), fmt: [(n) => `${n.slice(0, 3)} ${n.slice(3)}`] },
  PT: { cc: '351', np: '', nsn: () => pick(['91', '93', '96']) + digits(7), fmt: [(n) => `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`] },
  ES: { cc: '34', np: '', nsn: () => '6' + String(ri(0, 9)) + digits(7), fmt: [(n) => `${n.slice(0, 3)} ${n.slice(3, 5)} ${n.slice(5, 7)} ${n.slice(7)}`, (n) => `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`] },
  NL: { cc: '31', np: '0', nsn: () => '6' + String(ri(1, 5)) + digits(7), fmt: [(n) => `${n[0]} ${n.slice(1)}`, (n) => `${n[0]} ${n.slice(1, 5)} ${n.slice(5)}`] },
  EG: { cc: '20', np: '0', nsn: () => pick(['10', '11', '12', '15']) + digits(8), fmt: [(n) => `${n.slice(0, 2)} ${n.slice(2, 6)} ${n.slice(6)}`] },
};
const phoneLog = [];
/** A phone number of region r; form 'intl' (+CC ...), 'nat' (national prefix), 'e164', 'intl00' */
function phone(r, form = pick(['intl', 'intl', 'nat', 'e164'])) {
  const P = PH[r];
  const n = P.nsn();
  const f = pick(P.fmt)(n);
  let text;
  if (form === 'nat' && (P.np || r === 'US' || r === 'BW')) text = r === 'US' ? f : P.np + f;
  else if (form === 'e164') text = '+' + P.cc + n;
  else if (form === 'intl00') text = '00' + P.cc + ' ' + f;
  else if (form === 'intlp') text = '+' + P.cc + ' (0)' + f;
  else text = '+' + P.cc + ' ' + f;
  phoneLog.push({ region: r === 'GBL' ? 'GB' : r, text });
  return text;
}

// ---------------------------------------------------------------- people, companies, phrasing
const PEOPLE = {
  ZW: ['Tendai Moyo', 'Rudo Chikwanha', 'Farai Mlambo', 'Nyasha Dube', 'Tatenda Ncube', 'Chipo Mutasa', 'Tapiwa Sibanda', 'Kudakwashe Marufu'],
  ZA: ['Thandeka Nkosi', 'Sipho Dlamini', 'Lerato Mokoena', 'Pieter van der Merwe', 'Ayanda Zulu', 'Nomvula Khumalo', 'Bongani Mthembu'],
  KE: ['Wanjiru Kamau', 'Otieno Ochieng', 'Achieng Odhiambo', 'Kipchoge Rotich', 'Njeri Mwangi', 'Mutua Kioko'],
  NG: ['Chinedu Okafor', 'Aisha Bello', 'Tunde Adeyemi', 'Ngozi Eze', 'Emeka Nwosu', 'Folake Ogunleye'],
  GH: ['Kwame Mensah', 'Akosua Boateng', 'Yaw Asante', 'Efua Owusu', 'Kofi Agyemang'],
  ZM: ['Mulenga Banda', 'Chanda Phiri', 'Natasha Mwale', 'Bwalya Tembo'],
  UG: ['Okello David', 'Nakato Sarah', 'Ssempijja Joseph', 'Akello Grace'],
  TZ: ['Neema Mushi', 'Baraka Massawe', 'Rehema Kimaro', 'Juma Hassan'],
  BW: ['Kabo Seretse', 'Naledi Molefe', 'Thato Kgosi', 'Mpho Ramotswa'],
  GB: ['Oliver Hughes', 'Priya Shah', 'Siobhan Kelly', 'James Whitfield', 'Aaliyah Begum'],
  US: ['Jordan Miller', 'Maria Gonzalez', 'Tyler Brooks', 'Keisha Washington'],
  IN: ['Rahul Verma', 'Ananya Iyer', 'Suresh Reddy', 'Meera Nair'],
  FR: ['Sophie Martin', 'Luc Moreau', 'Camille Dubois'],
  DE: ['Lukas Becker', 'Anna Schneider'],
  PT: ['Inês Costa', 'Rui Almeida'],
  ES: ['Javier Ruiz', 'Lucía Fernández'],
  NL: ['Daan de Vries', 'Sanne Bakker'],
  AE: ['Ahmed Al Mansoori', 'Fatima Al Hashimi', 'Omar Al Suwaidi'],
  SA: ['Omar Al Qahtani', 'Nora Al Harbi'],
  BR: ['João Pereira', 'Ana Souza'],
  MX: ['Diego Hernández', 'Camila Rodríguez'],
  EG: ['Mohamed Hassan', 'Yasmin Farouk'],
};
const AGENTS = ['Rudo', 'Sipho', 'Wanjiru', 'Tunde', 'Akosua', 'Chanda', 'Nakato', 'Neema', 'Kabo', 'Priya', 'Jordan', 'Meera', 'Camille', 'Rui', 'Fatima', 'Ana', 'Nomsa', 'Tariro', 'Baraka', 'Ifeoma', 'Kofi', 'Lindiwe', 'Amina', 'Musa'];
const CO = {
  ZW: [['Zambezi Mobile', 'zambezimobile.co.zw'], ['Msasa Insurance', 'msasa.co.zw'], ['Kopje Pay', 'kopjepay.co.zw']],
  ZA: [['Jacaranda Bank', 'jacarandabank.co.za'], ['Karoo Fibre', 'karoofibre.co.za'], ['Protea Shop', 'proteashop.co.za']],
  KE: [['Baobab Telecom', 'baobabtel.co.ke'], ['Kilima Energy', 'kilimaenergy.co.ke'], ['Sokoni Online', 'sokoni.co.ke']],
  NG: [['Naija Fibre', 'naijafibre.com.ng'], ['Eko Pay', 'ekopay.ng'], ['Lagos Lite Air', 'lagoslite.com']],
  GH: [['Volta Power', 'voltapower.com.gh'], ['Accra Express', 'accraexpress.com.gh']],
  ZM: [['Copperbelt Cell', 'cbcell.co.zm'], ['Kafue Insure', 'kafueinsure.co.zm']],
  UG: [['Nile Money', 'nilemoney.co.ug'], ['Pearl Telecom', 'pearltel.ug']],
  TZ: [['Kilimanjaro Pay', 'kilipay.co.tz'], ['Pwani Power', 'pwanipower.co.tz']],
  BW: [['Kalahari Courier', 'kalaharicourier.co.bw'], ['Okavango Bank', 'okavangobank.co.bw']],
  GB: [['Thameside Energy', 'thamesideenergy.co.uk'], ['Brightlane Broadband', 'brightlane.co.uk']],
  US: [['Tessera Cloud', 'tesseracloud.io'], ['Lakeshore Outfitters', 'lakeshoreoutfitters.com']],
  IN: [['Chaiwala Retail', 'chaiwala.in'], ['Indus Telecom', 'industel.in']],
  FR: [['Maison Lumière', 'maisonlumiere.fr']],
  DE: [['Nordlicht Reisen', 'nordlicht-reisen.de']],
  PT: [['Tejo Seguros', 'tejoseguros.pt']],
  ES: [['Sol y Mar Viajes', 'solymarviajes.es']],
  NL: [['Gracht Hosting', 'gracht.nl']],
  AE: [['Falcon Wallet', 'falconwallet.ae'], ['Dune Airways', 'duneairways.ae']],
  SA: [['Najd Telecom', 'najdtel.sa']],
  BR: [['Ipê Pagamentos', 'ipepag.com.br']],
  MX: [['Tianguis Digital', 'tianguis.mx']],
  EG: [['Nilus Shop', 'nilus.com.eg']],
};
const MAILHOSTS = { ZW: ['gmail.com', 'zol.co.zw', 'yahoo.com'], ZA: ['gmail.com', 'mweb.co.za', 'webmail.co.za', 'outlook.com'], KE: ['gmail.com', 'yahoo.com'], NG: ['gmail.com', 'yahoo.com'], GH: ['gmail.com'], ZM: ['gmail.com', 'zamnet.zm'], UG: ['gmail.com'], TZ: ['gmail.com', 'yahoo.com'], BW: ['gmail.com', 'btc.bw'], GB: ['gmail.com', 'btinternet.com', 'outlook.com'], US: ['gmail.com', 'icloud.com', 'yahoo.com'], IN: ['gmail.com', 'rediffmail.com'], FR: ['orange.fr', 'gmail.com'], DE: ['web.de', 'gmx.de'], PT: ['sapo.pt', 'gmail.com'], ES: ['gmail.com', 'hotmail.es'], NL: ['ziggo.nl'], AE: ['gmail.com', 'outlook.com'], SA: ['gmail.com'], BR: ['gmail.com', 'uol.com.br'], MX: ['gmail.com', 'hotmail.com'], EG: ['gmail.com'] };
const strip = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
function personEmail(name, r) {
  const [f, ...rest] = strip(name).split(' ');
  const l = rest.join('').replace(/[^a-z]/g, '');
  const user = pick([`${f}.${l}`, `${f}${l}${ri(1, 99)}`, `${f[0]}${l}`, `${f}_${l}`, `${l}.${f}${ri(70, 99)}`]);
  return `${user}@${pick(MAILHOSTS[r] || ['gmail.com'])}`;
}
const first = (n) => n.split(' ')[0];
const REG = Object.keys(PEOPLE);
const AFR = ['ZW', 'ZA', 'KE', 'NG', 'GH', 'ZM', 'UG', 'TZ', 'BW'];
const greet = {
  EN: (n) => pick([`Hi ${n},`, `Hello ${n},`, `Dear ${n},`, `Good morning ${n},`, `Hi ${n}`, `Good afternoon ${n},`]),
  ZW: (n) => pick([`Mhoro ${n},`, `Mangwanani ${n},`, `Hi ${n},`, `Makadii ${n},`]),
  ZA: (n) => pick([`Sawubona ${n},`, `Hi ${n},`, `Molo ${n},`, `Dear ${n},`]),
  KE: (n) => pick([`Habari ${n},`, `Hujambo ${n},`, `Hi ${n},`, `Dear ${n},`]),
  TZ: (n) => pick([`Habari ${n},`, `Shikamoo ${n},`, `Dear ${n},`]),
  NG: (n) => pick([`Hello ${n},`, `Good day ${n},`, `How far ${n},`, `Dear ${n},`]),
  GH: (n) => pick([`Hello ${n},`, `Good day ${n},`, `Akwaaba ${n},`]),
  FR: (n) => pick([`Bonjour ${n},`, `Chère cliente, cher client,`]),
  PT: (n) => pick([`Olá ${n},`, `Bom dia ${n},`, `Prezado(a) ${n},`]),
  ES: (n) => pick([`Hola ${n},`, `Estimado/a ${n},`]),
  AR: (n) => pick([`مرحبا ${n}،`, `Dear ${n},`, `Marhaba ${n},`]),
};
function greetFor(r, n) {
  lastGreeted = n;
  if (['ZW', 'ZA', 'KE', 'TZ', 'NG', 'GH'].includes(r) && chance(0.5)) return greet[r](n);
  if (['FR'].includes(r)) return greet.FR(n);
  if (['PT', 'BR'].includes(r)) return greet.PT(n);
  if (['ES', 'MX'].includes(r)) return greet.ES(n);
  if (['AE', 'SA', 'EG'].includes(r) && chance(0.5)) return greet.AR(n);
  return greet.EN(n);
}
function thanksFor(r) {
  if (r === 'ZW' && chance(0.5)) return pick(['Ndatenda,', 'Tatenda nekushivirira,', 'Mazvita,']);
  if (r === 'ZA' && chance(0.5)) return pick(['Ngiyabonga,', 'Siyabonga,', 'Enkosi,']);
  if ((r === 'KE' || r === 'TZ') && chance(0.5)) return pick(['Asante sana,', 'Asante,', 'Karibu tena,']);
  if (r === 'NG' && chance(0.4)) return pick(['Thank you o,', 'Thanks plenty,']);
  if (r === 'FR') return pick(['Cordialement,', 'Bien à vous,']);
  if (r === 'PT' || r === 'BR') return pick(['Atenciosamente,', 'Com os melhores cumprimentos,', 'Obrigado,']);
  if (r === 'ES' || r === 'MX') return pick(['Saludos cordiales,', 'Un saludo,', 'Gracias,']);
  if ((r === 'AE' || r === 'SA' || r === 'EG') && chance(0.4)) return pick(['شكرا،', 'Shukran,', 'Best regards,']);
  return pick(['Kind regards,', 'Best regards,', 'Thanks,', 'Regards,', 'Many thanks,', 'Warm regards,', 'Cheers,', 'Thank you,']);
}
const coOf = (r) => pick(CO[r] || CO.GB);
let lastGreeted = '';
function agentFor(r) {
  for (;;) {
    const a = PEOPLE[r] && chance(0.75) ? first(pick(PEOPLE[r])) : pick(AGENTS);
    if (a !== lastGreeted) return a;
  }
}
/** Signature; with sensitive contact details only when contacts = true. */
function signature(r, co, agent, contacts) {
  const lines = [`\n\n${thanksFor(r)}\n${agent}\n${co[0]} ${pick(['Customer Care', 'Support', 'Customer Experience', 'Help Desk', 'Client Services'])}`];
  if (contacts) {
    const style = ri(0, 3);
    const ph = phone(r === 'GB' && chance(0.5) ? 'GBL' : r, pick(['intl', 'nat', 'intl']));
    const em = `${pick(['support', 'help', 'care', 'customercare', 'hello'])}@${co[1]}`;
    if (style === 0) lines.push(t`\nTel: ${V('PHONE_NUMBER', ph)} | ${V('EMAIL_ADDRESS', em)}`);
    else if (style === 1) lines.push(t`\n${pick(['Call', 'Phone', 'WhatsApp'])}: ${V('PHONE_NUMBER', ph)}\nEmail: ${V('EMAIL_ADDRESS', em)}\nwww.${co[1]}`);
    else if (style === 2) lines.push(t`\n${V('EMAIL_ADDRESS', em)} · ${V('PHONE_NUMBER', ph)} (${pick(['Mon-Fri 8am-5pm', '24/7', 'weekdays 08:00-17:00'])})`);
    else lines.push(t`\n${pick(['Our support line', 'Helpline', 'Contact centre'])} ${V('PHONE_NUMBER', ph)}`);
  } else {
    lines.push(pick([`\nwww.${co[1]}`, `\n${co[1]}/help`, '', `\nTicket replies are monitored ${pick(['24/7', 'Mon-Sat'])}.`, `\nhttps://${co[1]}/support`]));
  }
  return flat(lines);
}
const ticket = () => pick(['#', 'Ticket #', 'Case ', 'Ref: ', 'SR-']) + ri(100000, 999999);
const dateStr = () => pick([`${ri(1, 28)} ${pick(['Nov', 'Dec', 'Oct'])} 2026`, `2026-${pad(ri(9, 12), 2)}-${pad(ri(1, 28), 2)}`, `${pad(ri(1, 28), 2)}/${pad(ri(9, 12), 2)}/2026`]);
/** Increasing chat timestamps. */
function ticker() {
  let m = ri(7, 19) * 60 + ri(0, 50);
  return () => {
    m += ri(0, 3);
    return `${pad(Math.floor(m / 60), 2)}:${pad(m % 60, 2)}`;
  };
}
const timeRange = () => {
  const h = ri(7, 15);
  return [`${pad(h, 2)}:${pick(['00', '30'])}`, `${pad(h + ri(1, 3), 2)}:${pick(['00', '30'])}`];
};
const timeStr = () => `${pad(ri(7, 18), 2)}:${pad(ri(0, 59), 2)}`;
function wroteLine(name, email) {
  return pick([
    t`On ${dateStr()} at ${timeStr()}, ${name} <${V('EMAIL_ADDRESS', email)}> wrote:\n`,
    t`-----Original Message-----\nFrom: ${name} <${V('EMAIL_ADDRESS', email)}>\nSent: ${dateStr()} ${timeStr()}\nSubject: Re: ${pick(['my account', 'payment problem', 'urgent', 'refund', 'order issue'])}\n\n`,
    [`On ${dateStr()}, ${name} wrote:\n`],
  ]);
}
/** Wrap a body in a randomly chosen e-mail form (plain or HTML). */
function emailForm(parts, p = 0.25) {
  return chance(p) ? html(parts) : parts;
}

// ---------------------------------------------------------------- positive scenarios
const POS = [];
const NEG = [];
const pos = (w, f) => POS.push([w, f]);
const neg = (w, f) => NEG.push([w, f]);

// 1 customer pasted card in a quoted thread
pos(10, () => {
  const r = pick(AFR.concat(['GB', 'US', 'IN', 'AE']));
  const name = pick(PEOPLE[r]);
  const co = coOf(r);
  const c = cardNumber();
  const exp = expiry();
  const cv = cvv(c.kind);
  const style = pick(['space', 'plain', 'dash', 'dspace', 'dot']);
  const em = personEmail(name, r);
  const body = t`${greetFor(r, first(name))}\n\n${pick([
    'Thank you for getting back to us. For your safety we have not used the details below and we recommend you cancel this card with your bank, because card numbers should never be sent by e-mail.',
    'We received your message, but please note we cannot take card payments over e-mail. Kindly use the secure payment link in your account instead.',
    'Sorry about the failed payment. Our system declined the card below twice; it may be worth asking your bank whether international payments are enabled.',
  ])}${signature(r, co, agentFor(r), chance(0.4))}\n\n`;
  const quoted = quote(
    pick([
      t`Hi, please charge my ${c.brand} ${V('CARD_NUMBER', fmtCard(c.n, style))} exp ${V('CARD_EXPIRY', exp)} cvv ${V('CARD_CVV', cv)} for the ${pick(['renewal', 'outstanding balance', 'upgrade'])}.\nThanks\n${first(name)}`,
      t`My card number: ${V('CARD_NUMBER', fmtCard(c.n, style))}\nExpiry: ${V('CARD_EXPIRY', exp)}\nSecurity code: ${V('CARD_CVV', cv)}\nPlease try again, it keeps failing.`,
      t`card ${V('CARD_NUMBER', fmtCard(c.n, style))} valid till ${V('CARD_EXPIRY', exp)}. pls sort it out asap`,
    ]),
  );
  add('pos', emailForm([body, wroteLine(name, em), quoted], 0.15));
});

// 2 agent echoes card number while confirming a refund (bad practice)
pos(5, () => {
  const r = pick(['ZA', 'NG', 'KE', 'GB', 'US', 'AE', 'ZW']);
  const name = pick(PEOPLE[r]);
  const c = cardNumber(pick(['visa', 'mc', 'mc2', 'amex']));
  const amt = amount(r);
  add('pos', emailForm(t`${greetFor(r, first(name))}\n\n${pick([
    t`Your refund of ${amt} has been processed back to the ${c.brand} card ${V('CARD_NUMBER', fmtCard(c.n))} (expiry ${V('CARD_EXPIRY', expiry())}). Please allow 5-10 working days for it to reflect.`,
    t`I have reversed the duplicate charge of ${amt}. The credit will go to card number ${V('CARD_NUMBER', fmtCard(c.n, 'plain'))}, the same card used on ${dateStr()}.`,
    t`Good news: the chargeback was approved and ${amt} will be returned to ${V('CARD_NUMBER', fmtCard(c.n, 'dash'))}. Reference ${ticket()}.`,
  ])}${signature(r, coOf(r), agentFor(r), chance(0.3))}`));
});

// 3 chat transcript where the customer types the card (line breaks, spaced parts)
pos(6, () => {
  const r = pick(AFR.concat(['IN', 'GB']));
  const name = pick(PEOPLE[r]);
  const c = cardNumber(pick(['visa', 'mc', 'visa', 'mc2']));
  const n = c.n;
  const agent = agentFor(r);
  const h = ri(8, 20);
  const ts = (m) => `[${pad(h, 2)}:${pad(m, 2)}]`;
  const split = pick([
    `${n.slice(0, 4)} ${n.slice(4, 8)}\n${n.slice(8, 12)} ${n.slice(12)}`,
    `${n.slice(0, 8)} ${n.slice(8)}`,
    `${n.slice(0, 4)}-${n.slice(4, 8)}-${n.slice(8, 12)}-${n.slice(12)}`,
    `${n.slice(0, 4)} ${n.slice(4, 8)} ${n.slice(8, 12)} ${n.slice(12)}`,
  ]);
  add('pos', t`Chat transcript ${ticket()}\n${ts(2)} ${agent} (Agent): Hello ${first(name)}, how can I help today?\n${ts(3)} ${name}: payment not going through on the app\n${ts(4)} ${name}: its this one ${V('CARD_NUMBER', split)}\n${ts(4)} ${name}: expires ${V('CARD_EXPIRY', expiry())}\n${ts(6)} ${agent} (Agent): Thank you. Please don't share card details in chat; I've flagged this message for deletion. ${pick(['Could you try the payment again from the app?', 'The decline came from your bank, so please contact them.', 'I will send you a secure payment link instead.'])}\n${ts(7)} ${name}: ok`);
});

// 4 HTML e-mail with card split by tags / entities
pos(4, () => {
  const r = pick(['ZA', 'GB', 'KE', 'NG', 'US']);
  const name = pick(PEOPLE[r]);
  const c = cardNumber(pick(['visa', 'mc']));
  const n = c.n;
  const v = pick([
    `${n.slice(0, 4)} <b>${n.slice(4, 8)}</b> ${n.slice(8, 12)} ${n.slice(12)}`,
    `<span>${n.slice(0, 4)}</span>&nbsp;<span>${n.slice(4, 8)}</span>&nbsp;<span>${n.slice(8, 12)}</span>&nbsp;<span>${n.slice(12)}</span>`,
    `${n.slice(0, 4)}&nbsp;${n.slice(4, 8)}&nbsp;${n.slice(8, 12)}&nbsp;${n.slice(12)}`,
  ]);
  add('pos', [
    '<div><p>',
    ...t`${escHtml(greetFor(r, first(name)))}</p>\n<p>As requested, here are the payment details we have on file for the ${pick(['annual plan', 'insurance premium', 'school fees instalment'])}:</p>\n<table><tr><td>Card</td><td>${V('CARD_NUMBER', v)}</td></tr><tr><td>Expiry</td><td>${V('CARD_EXPIRY', expiry())}</td></tr><tr><td>Amount</td><td>${amount(r)}</td></tr></table>\n<p>${escHtml(thanksFor(r))}<br>${agentFor(r)}</p></div>`,
  ]);
});

// 5 full-width / zero-width card
pos(3, () => {
  const r = pick(['AE', 'IN', 'GB', 'ZA']);
  const name = pick(PEOPLE[r]);
  const c = cardNumber(pick(['visa', 'mc', 'jcb', 'unionpay']));
  const v = pick([FW(fmtCard(c.n, 'space')), groupDigits(c.n, [4, 4, 4, 4], ZW), FW(c.n)]);
  add('pos', t`${greetFor(r, first(name))}\n\nWe could not match the card you sent (${V('CARD_NUMBER', v)}) to any booking. ${pick(['Could you confirm the booking reference instead?', 'It may have been typed on a phone keyboard with wide digits; please do not resend it, just the booking reference is enough.'])}${signature(r, coOf(r), agentFor(r), false)}`);
});

// 6 call transcript, card/OTP spoken digit by digit
const WORD = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const spoken = (s) => s.split('').map((d) => WORD[Number(d)]).join(' ');
pos(4, () => {
  const r = pick(['ZA', 'KE', 'NG', 'ZW', 'GB']);
  const name = pick(PEOPLE[r]);
  const agent = agentFor(r);
  const otp = digits(6);
  const ph = PH[r].np + PH[r].nsn();
  phoneLog.push({ region: r, text: ph, spoken: true });
  add('pos', t`Call notes ${ticket()} (${pick(['inbound', 'callback'])}, ${ri(4, 19)} min)\nAgent: Thanks for calling ${coOf(r)[0]}, you're speaking to ${agent}.\nCaller: Hi, it's ${name}. I'm locked out of the app.\nAgent: I can help. Can you confirm the number on the profile?\nCaller: ${V('PHONE_NUMBER', spoken(ph))}.\nAgent: Thank you. ${pick(['A reset message has gone out.', 'I have triggered a new code.'])}\nCaller: OK the code says ${V('CREDENTIAL', spoken(otp))}.\nAgent: You shouldn't read that to me, please type it in the app yourself. I've noted the call.\nOutcome: ${pick(['resolved', 'customer unlocked', 'escalated to fraud team'])}`);
});

// 7 signature with company contact details, otherwise ordinary reply
pos(9, () => {
  const r = pick(REG);
  const name = pick(PEOPLE[r]);
  const co = coOf(r);
  const body = pick([
    `Your order has been dispatched and should arrive within ${ri(2, 5)} working days. Tracking is available in your account under "My orders".`,
    `We have reset the router profile on our side. Please restart the device and wait about ten minutes before testing the connection again.`,
    `Thank you for your patience. The technician visit is booked for ${dateStr()} between ${timeRange().join(' and ')}.`,
    `I have applied a credit to your account for the outage on ${dateStr()}. It will show on your next statement.`,
    `Your claim has been registered and an assessor will contact you within 48 hours.`,
    `The issue with the double debit has been escalated to our billing team, who will confirm the reversal by e-mail.`,
    `Your subscription was paused as requested and will resume automatically on ${dateStr()}.`,
  ]);
  add('pos', emailForm(t`${greetFor(r, first(name))}\n\n${body}\n\n${pick(['If anything is unclear, just reply to this message.', 'Let us know if you need anything else.', 'We are happy to help further.', ''])}${signature(r, co, agentFor(r), true)}`, 0.3));
});

// 8 customer's own phone/email in body for callback or account change
pos(8, () => {
  const r = pick(REG);
  const name = pick(PEOPLE[r]);
  const ph = phone(r, pick(['intl', 'nat', 'e164', 'intl00']));
  const em = personEmail(name, r);
  const v = ri(0, 4);
  let body;
  if (v === 0) body = t`As agreed, a specialist will call you back on ${V('PHONE_NUMBER', ph)} ${pick(['tomorrow morning', 'before 5pm today', 'on Monday'])}.`;
  else if (v === 1) body = t`We have updated the contact e-mail on your profile to ${V('EMAIL_ADDRESS', em)}. From now on statements will be sent there.`;
  else if (v === 2) body = t`I've changed the mobile number linked to your account from the old one to ${V('PHONE_NUMBER', ph)}, as you asked. The change takes effect immediately.`;
  else if (v === 3) body = t`The delivery driver could not reach you on ${V('PHONE_NUMBER', ph)}. Please confirm a good time, or reply with another number.`;
  else body = t`Details on file:\nName: ${name}\nMobile: ${V('PHONE_NUMBER', ph)}\nE-mail: ${V('EMAIL_ADDRESS', em)}\nPlease confirm these are still correct.`;
  add('pos', emailForm(t`${greetFor(r, first(name))}\n\n${body}${signature(r, coOf(r), agentFor(r), false)}`, 0.25));
});

// 9 obfuscated e-mail addresses
pos(4, () => {
  const r = pick(REG);
  const name = pick(PEOPLE[r]);
  const em = personEmail(name, r);
  const [u, d] = em.split('@');
  const v = pick([`${u} [at] ${d.replace(/\./g, ' [dot] ')}`, `${u}&#64;${d}`, `${u} (at) ${d}`, `${u}@${d.replace('.', '<wbr>.')}`]);
  add('pos', t`${greetFor(r, first(name))}\n\nFor the record, the address registered for the ${pick(['loyalty account', 'e-statement', 'online banking profile'])} is ${V('EMAIL_ADDRESS', v)}. If that is no longer yours please visit a branch with your ID.${signature(r, coOf(r), agentFor(r), false)}`);
});

// 10 IBAN refund (EU, Gulf, Mauritius, Egypt, Tunisia)
pos(14, () => {
  const r = pick(['FR', 'DE', 'PT', 'ES', 'NL', 'AE', 'SA', 'GB', 'MU', 'EG', 'TN', 'BE', 'IE', 'QA', 'KW', 'CH', 'LU']);
  const pr = PEOPLE[r] ? r : pick(['FR', 'AE', 'EG', 'GB']);
  const name = pick(PEOPLE[pr]);
  const ib = IBAN[r]();
  const f = fmtIban(ib, pick(['group', 'group', 'compact', 'lower', 'dash', 'nbsp']));
  const bic = pick(BICS[r] || BICS.GB);
  const withBic = chance(0.6);
  const lang = pr;
  let body;
  if (lang === 'FR') body = t`Nous avons bien reçu votre RIB. Le remboursement de ${ri(20, 400)},${pad(ri(0, 99), 2)} € sera viré sur l'IBAN ${V('IBAN', f)}${withBic ? t` (BIC ${V('SWIFT_BIC', bic)})` : ''} sous 5 jours ouvrés.`;
  else if (lang === 'PT') body = t`Confirmamos a devolução de ${ri(20, 400)},${pad(ri(0, 99), 2)} € para o IBAN ${V('IBAN', f)}${withBic ? t`, código SWIFT ${V('SWIFT_BIC', bic)}` : ''}. O valor deverá estar disponível em 3 a 5 dias úteis.`;
  else if (lang === 'ES') body = t`Le confirmamos que el reembolso se realizará a la cuenta IBAN ${V('IBAN', f)}${withBic ? t` (BIC/SWIFT: ${V('SWIFT_BIC', bic)})` : ''}.`;
  else if (lang === 'DE') body = t`die Rückerstattung geht an folgende Bankverbindung: IBAN ${V('IBAN', f)}${withBic ? t`, BIC ${V('SWIFT_BIC', bic)}` : ''}. Bitte prüfen Sie die Angaben.`;
  else
    body = pick([
      t`The refund will be sent by bank transfer to IBAN ${V('IBAN', f)}${withBic ? t`, SWIFT ${V('SWIFT_BIC', bic)}` : ''}. Please check the account holder name matches the booking.`,
      t`Please find below the beneficiary details you asked for:\nBeneficiary: ${name}\nIBAN: ${V('IBAN', f)}\n${withBic ? t`BIC: ${V('SWIFT_BIC', bic)}\n` : ''}Reference: ${pick(['REF', 'INV', 'BK'])}-${ri(10000, 99999)}`,
      t`We tried to transfer the balance but the bank returned it. The IBAN we used was ${V('IBAN', f)}; could you confirm it is correct?`,
    ]);
  add('pos', emailForm(t`${greetFor(lang, first(name))}\n\n${body}${signature(pr, coOf(pr), agentFor(pr), chance(0.25))}`, 0.2));
});

// 11 SWIFT + domestic account for wire in Africa
pos(8, () => {
  const r = pick(['ZW', 'ZA', 'KE', 'GH', 'ZM', 'UG', 'TZ', 'BW']);
  const name = pick(PEOPLE[r]);
  const acct = { ZW: () => '0' + digits(12), ZA: () => '62' + digits(9), KE: () => '01' + digits(11), GH: () => digits(13), ZM: () => digits(13), UG: () => '01' + digits(11), TZ: () => '015' + digits(10), BW: () => digits(10) }[r]();
  const bic = pick(BICS[r]);
  const co = coOf(r);
  const bank = { ZW: 'CBZ Bank', ZA: 'Standard Bank', KE: 'KCB', GH: 'GCB Bank', ZM: 'Zanaco', UG: 'dfcu Bank', TZ: 'CRDB Bank', BW: 'Absa Botswana' }[r];
  const v = ri(0, 2);
  let body;
  if (v === 0) body = t`For the international transfer, please use:\nBank: ${bank}\nAccount name: ${co[0]} Ltd\nAccount number: ${V('BANK_ACCOUNT', acct)}\nSWIFT code: ${V('SWIFT_BIC', bic)}\nPlease quote your invoice number as the reference.`;
  else if (v === 1) body = t`We will pay the settlement into your ${bank} account no. ${V('BANK_ACCOUNT', acct)} (swift ${V('SWIFT_BIC', bic)}) once the claim form is signed.`;
  else body = t`| Field | Value |\n|---|---|\n| Bank | ${bank} |\n| Acc No | ${V('BANK_ACCOUNT', acct)} |\n| BIC | ${V('SWIFT_BIC', bic)} |\n| Currency | ${pick(['USD', 'ZAR', 'KES', 'GHS', 'ZMW'])} |`;
  add('pos', t`${greetFor(r, first(name))}\n\n${body}${signature(r, co, agentFor(r), chance(0.3))}`);
});

// 12 US ACH: routing + account
pos(6, () => {
  const name = pick(PEOPLE.US);
  const rt = aba();
  const acct = digits(ri(9, 12));
  const f = pick([rt, `${rt.slice(0, 4)}-${rt.slice(4, 8)}-${rt[8]}`, rt]);
  add('pos', emailForm(t`${greetFor('US', first(name))}\n\n${pick([
    t`We've set up the direct deposit. Routing number ${V('ROUTING_NUMBER', f)}, checking account ${V('BANK_ACCOUNT', acct)}. The first payout will arrive on ${dateStr()}.`,
    t`The ACH pull failed with code R03. The details we used were ABA ${V('ROUTING_NUMBER', f)} and account # ${V('BANK_ACCOUNT', acct)}. Can you double-check them with your bank?`,
    t`Payout method updated:\n  Routing (ABA): ${V('ROUTING_NUMBER', f)}\n  Account: ${V('BANK_ACCOUNT', acct)}\n  Type: ${pick(['Checking', 'Savings'])}`,
  ])}${signature('US', coOf('US'), agentFor('US'), chance(0.3))}`, 0.2));
});

// 13 UK sort code + account
pos(5, () => {
  const name = pick(PEOPLE.GB);
  const [sc, ac] = pick(UK_PAIRS);
  const scf = pick([sc, sc.replace(/-/g, ' '), sc.replace(/-/g, '')]);
  add('pos', t`${greetFor('GB', first(name))}\n\n${pick([
    t`Thanks for confirming your bank details. We will refund the overpayment to sort code ${V('ROUTING_NUMBER', scf)}, account number ${V('BANK_ACCOUNT', ac)} within 7 working days.`,
    t`The Direct Debit mandate has been set up on account ${V('BANK_ACCOUNT', ac)}, sort code ${V('ROUTING_NUMBER', scf)}. The first collection will be on ${dateStr()}.`,
    t`Bank details received:\nSort code: ${V('ROUTING_NUMBER', scf)}\nAccount no: ${V('BANK_ACCOUNT', ac)}\nName on account: ${name}`,
  ])}${signature('GB', coOf('GB'), agentFor('GB'), chance(0.4))}`);
});

// 14 Nigeria NUBAN + BVN (Pidgin/English)
pos(6, () => {
  const name = pick(PEOPLE.NG);
  const [bank, code] = pick(NG_BANKS);
  const nb = nuban(code);
  const b = bvn();
  add('pos', t`${greetFor('NG', first(name))}\n\n${pick([
    t`We don receive your complaint. The reversal of ₦${ri(5, 90)},${pad(ri(0, 999), 3)} go enter your ${bank} account ${V('BANK_ACCOUNT', nb)} within 24 hours.`,
    t`Your wallet has been upgraded to Tier 3. Linked account: ${bank}, account number ${V('BANK_ACCOUNT', nb)}. BVN on file: ${V('NATIONAL_ID', b)}.`,
    t`To complete the KYC we matched your BVN ${V('NATIONAL_ID', b)} with the ${bank} account ${V('BANK_ACCOUNT', nb)} you provided. Everything checks out.`,
  ])}${signature('NG', coOf('NG'), agentFor('NG'), chance(0.3))}`);
});

// 15 South African ID for FICA / RICA
pos(6, () => {
  const name = pick(PEOPLE.ZA);
  const id = zaId();
  const f = pick([id, `${id.slice(0, 6)} ${id.slice(6, 10)} ${id.slice(10)}`, id]);
  add('pos', emailForm(t`${greetFor('ZA', first(name))}\n\n${pick([
    t`Your RICA registration is complete. We verified the SIM against ID number ${V('NATIONAL_ID', f)}.`,
    t`The FICA documents were accepted. For reference, the ID on the account is ${V('NATIONAL_ID', f)} and the proof of address is dated ${dateStr()}.`,
    t`Unfortunately the policy cannot be issued: the identity number ${V('NATIONAL_ID', f)} on the application does not match the Home Affairs record. Please send a certified copy of your ID.`,
  ])}${signature('ZA', coOf('ZA'), agentFor('ZA'), chance(0.3))}`, 0.2));
});

// 16 Zimbabwe national ID (some Shona)
pos(7, () => {
  const name = pick(PEOPLE.ZW);
  const id = zwId();
  add('pos', t`${greetFor('ZW', first(name))}\n\n${pick([
    t`Tinokutendai for visiting our Samora Machel branch. Your SIM replacement was approved against national ID ${V('NATIONAL_ID', id)}.`,
    t`Kuti tipedze registration yenyu, we have recorded ID number ${V('NATIONAL_ID', id)}. The new line will be active within two hours.`,
    t`The EcoCash-style wallet upgrade needs your ID to match the one on file. The one we have is ${V('NATIONAL_ID', id)}; if it changed, bring the new one to any shop.`,
    t`Zita: ${name}\nID: ${V('NATIONAL_ID', id)}\nStatus: verified ✅`,
  ])}${signature('ZW', coOf('ZW'), agentFor('ZW'), chance(0.3))}`);
});

// 17 Kenya ID + KRA PIN + phone (Swahili mix)
pos(7, () => {
  const name = pick(PEOPLE.KE);
  const v = ri(0, 2);
  const ph = phone('KE', pick(['intl', 'nat', 'e164']));
  let body;
  if (v === 0) body = t`Tumepokea maombi yako. Your national ID ${V('NATIONAL_ID', keId())} has been linked to the M-Pesa line ${V('PHONE_NUMBER', ph)}.`;
  else if (v === 1) body = t`For the tax invoice we need the KRA PIN on your profile, which is currently ${V('NATIONAL_ID', kraPin())}. Tafadhali confirm it is correct.`;
  else body = t`Customer: ${name}\nID No: ${V('NATIONAL_ID', keId())}\nKRA PIN: ${V('NATIONAL_ID', kraPin())}\nPhone: ${V('PHONE_NUMBER', ph)}\nLoan limit reviewed on ${dateStr()}.`;
  add('pos', t`${greetFor('KE', first(name))}\n\n${body}${signature('KE', coOf('KE'), agentFor('KE'), chance(0.2))}`);
});

// 18 other African IDs: Ghana Card, Zambia NRC, Omang, NIDA, NIN
pos(14, () => {
  const k = pick(['GH', 'ZM', 'BW', 'TZ', 'NG', 'GH', 'ZM', 'BW', 'TZ', 'NG']);
  const name = pick(PEOPLE[k]);
  let body;
  let co18 = null;
  if (k === 'GH') body = pick([t`Your Ghana Card number ${V('NATIONAL_ID', ghCard())} has been linked to your SIM as required by the NCA.`, t`Ghana Card: ${V('NATIONAL_ID', ghCard())}\nVerification: successful. You can now withdraw above GH₵ 1,000.`]);
  else if (k === 'ZM') body = pick([t`We have updated the policy holder details with NRC ${V('NATIONAL_ID', zmNrc())}.`, t`Tikutotela. Your NRC number ${V('NATIONAL_ID', zmNrc())} was verified and the loan of K ${ri(1, 9)},${pad(ri(0, 999), 3)} is approved.`]);
  else if (k === 'BW') body = pick([t`The parcel can only be released to the Omang holder ${V('NATIONAL_ID', omang())} named on the waybill.`, t`Re ya leboga. Omang number ${V('NATIONAL_ID', omang())} has been registered against the account.`]);
  else if (k === 'TZ') body = pick([t`Usajili wa laini yako umekamilika kwa NIDA ${V('NATIONAL_ID', nida())}.`, t`Your line was registered with NIDA number ${V('NATIONAL_ID', nida())}. Asante kwa kuchagua ${(co18 = coOf('TZ'))[0]}.`]);
  else body = pick([t`Abeg note say we don link your NIN ${V('NATIONAL_ID', ngNin())} to the line. E go reflect within 48 hours.`, t`Your NIN ${V('NATIONAL_ID', ngNin())} has been verified by NIMC and your SIM is no longer barred.`]);
  add('pos', emailForm(t`${greetFor(k, first(name))}\n\n${body}${signature(k, co18 || coOf(k), agentFor(k), chance(0.3))}`, 0.15));
});

// 19 India Aadhaar / PAN
pos(5, () => {
  const name = pick(PEOPLE.IN);
  const a = aadhaar();
  add('pos', t`${greetFor('IN', first(name))}\n\n${pick([
    t`Your e-KYC is complete. Aadhaar ${V('NATIONAL_ID', a.text)} was verified via OTP with UIDAI.`,
    t`We noticed the Aadhaar number ${V('NATIONAL_ID', a.text)} was typed in the address field of your order. We have removed it from the delivery label.`,
    t`KYC details:\n- Name: ${name}\n- Aadhaar: ${V('NATIONAL_ID', a.text)}\n- Mobile: ${V('PHONE_NUMBER', phone('IN', 'intl'))}`,
  ])}${signature('IN', coOf('IN'), agentFor('IN'), chance(0.3))}`);
});

// 20 US SSN / UK NINO
pos(6, () => {
  if (chance(0.5)) {
    const name = pick(PEOPLE.US);
    add('pos', emailForm(t`${greetFor('US', first(name))}\n\n${pick([
      t`The 1099 form could not be generated because the SSN on file (${V('NATIONAL_ID', ssn())}) does not match your legal name. Please update it in Settings > Tax.`,
      t`Thanks, I've confirmed your identity using the last employer and your Social Security number ${V('NATIONAL_ID', ssn())}.`,
    ])}${signature('US', coOf('US'), agentFor('US'), chance(0.3))}`, 0.3));
  } else {
    const name = pick(PEOPLE.GB);
    add('pos', t`${greetFor('GB', first(name))}\n\n${pick([
      t`We have added your National Insurance number ${V('NATIONAL_ID', nino())} to the pension record.`,
      t`Payroll query: the NI number we hold is ${V('NATIONAL_ID', nino())}. HMRC shows a different tax code, so please check with them.`,
    ])}${signature('GB', coOf('GB'), agentFor('GB'), chance(0.3))}`);
  }
});

// 21 Gulf / Egypt / Brazil IDs
pos(6, () => {
  const k = pick(['AE', 'EG', 'BR', 'AE', 'EG', 'BR']);
  const name = pick(PEOPLE[k]);
  let body;
  if (k === 'AE') body = pick([t`Your Emirates ID ${V('NATIONAL_ID', emiratesId())} has been verified and the wallet limit raised to AED 20,000.`, t`شكرا. We updated the Emirates ID on file to ${V('NATIONAL_ID', emiratesId())}.`]);
  else if (k === 'EG') body = pick([t`تم تحديث بياناتك. الرقم القومي: ${V('NATIONAL_ID', egId())}`, t`The national ID ${V('NATIONAL_ID', egId())} matches the name on the contract, so the installment plan is approved.`]);
  else body = pick([t`Seu cadastro foi atualizado com o CPF ${V('NATIONAL_ID', cpf())}. Obrigado!`, t`A nota fiscal foi emitida para o CPF ${V('NATIONAL_ID', cpf())} e enviada ao seu e-mail.`]);
  add('pos', t`${greetFor(k, first(name))}\n\n${body}${signature(k, coOf(k), agentFor(k), chance(0.3))}`);
});

// 22 passport number / MRZ
pos(7, () => {
  const k = pick(['ZW', 'NG', 'KE', 'IN', 'ZA', 'GB', 'US']);
  const name = pick(PEOPLE[k]);
  const pn = passportNo(k);
  const iso = { ZW: 'ZWE', NG: 'NGA', KE: 'KEN', IN: 'IND', ZA: 'ZAF', GB: 'GBR', US: 'USA' }[k];
  const co = pick([['Savanna Air', 'savannaair.com'], ['Dune Airways', 'duneairways.ae'], ['Lumen Airlines', 'lumenair.com']]);
  if (chance(0.35)) {
    const [sur, ...giv] = name.split(' ').reverse();
    const [l1, l2] = mrzTd3(iso, sur, giv.reverse().join(' '), pn, pick(['M', 'F']));
    add('pos', t`${greetFor(k, first(name))}\n\nThe check-in kiosk rejected the scan below, so we have entered it manually. Please make sure the passport is valid for six months after travel.\n\n${V('PASSPORT_NUMBER', `${l1}\n${l2}`)}\n\nBooking ${randFrom(UP, 6)}${signature(k, co, agentFor(k), false)}`);
  } else {
    add('pos', emailForm(t`${greetFor(k, first(name))}\n\n${pick([
      t`Advance Passenger Information saved: passport number ${V('PASSPORT_NUMBER', pn)}, expiring ${dateStr().replace('2026', '2031')}.`,
      t`The visa letter has been issued with passport no. ${V('PASSPORT_NUMBER', pn)}. If this is your old passport please tell us before ${dateStr()}.`,
      t`We can't change the name on ticket ${randFrom(UP, 6)} unless it matches passport ${V('PASSPORT_NUMBER', pn)} exactly.`,
    ])}${signature(k, co, agentFor(k), chance(0.3))}`, 0.2));
  }
});

// 23 temporary password / PIN / OTP given out by the agent
pos(14, () => {
  const r = pick(REG);
  const name = pick(PEOPLE[r]);
  const v = ri(0, 6);
  const pw = pick([randFrom(ALNUM, 3) + pick(['#', '!', '@', '$']) + randFrom(ALNUM, 6), pick(['Harare', 'Nairobi', 'Lagos', 'Durban', 'Accra', 'Summer', 'Welcome']) + ri(10, 99) + pick(['!', '#', '@']) + randFrom(UP, 2), randFrom(ALNUM, 10)]);
  let body;
  if (v === 0) body = t`I have reset your portal login. Your temporary password is ${V('CREDENTIAL', pw)} and you will be asked to change it when you sign in.`;
  else if (v === 1) body = t`Your new card PIN is ${V('CREDENTIAL', pad(ri(0, 9999), 4))}. Please change it at any ATM and delete this message.`;
  else if (v === 2) body = t`Username: ${strip(first(name))}${ri(10, 99)}\nPassword: ${V('CREDENTIAL', pw)}\nLogin at https://${coOf(r)[1]}/login`;
  else if (v === 3) body = t`As discussed on the phone, the verification code for the transfer is ${V('CREDENTIAL', digits(6))}. It expires in 10 minutes.`;
  else if (v === 4) body = t`The Wi-Fi details for the new router are:\nNetwork: ${pick(['Home', 'Fibre', 'MyNet'])}_${randFrom(UP, 4)}\nWi-Fi password: ${V('CREDENTIAL', pw)}`;
  else if (v === 5) body = t`The voicemail PIN has been set back to ${V('CREDENTIAL', digits(4))}. You can change it by dialling 121.`;
  else body = t`Here are your backup codes. Keep them somewhere safe:\n${V('CREDENTIAL', digits(4) + ' ' + digits(4))}\n${V('CREDENTIAL', digits(4) + ' ' + digits(4))}\n${V('CREDENTIAL', digits(4) + ' ' + digits(4))}`;
  add('pos', emailForm(t`${greetFor(r, first(name))}\n\n${body}${signature(r, coOf(r), agentFor(r), chance(0.25))}`, 0.2));
});

// 24 API keys / tokens in developer support (JSON, logs)
pos(8, () => {
  const name = pick(PEOPLE.US.concat(PEOPLE.GB, PEOPLE.NG, PEOPLE.KE, PEOPLE.ZA));
  const v = ri(0, 4);
  const key = [
    () => 'sk_live_' + randFrom(ALNUM, 24),
    () => 'AKIA' + randFrom(UP + '234567', 16),
    () => 'ghp_' + randFrom(ALNUM, 36),
    () => 'xoxb-' + digits(12) + '-' + digits(13) + '-' + randFrom(ALNUM, 24),
    () => 'AIza' + randFrom(ALNUM + '-_', 35),
  ][v]();
  const co = coOf('US');
  const form = ri(0, 2);
  let body;
  if (form === 0) body = t`Looking at the request you pasted, the 401 comes from the header. You sent:\n\n    Authorization: Bearer ${V('CREDENTIAL', key)}\n\nPlease rotate this key now, since it has been shared in a ticket.`;
  else if (form === 1) body = t`Your config file contains a live secret:\n\n{\n  "region": "af-south-1",\n  "api_key": "${V('CREDENTIAL', key)}",\n  "timeout_ms": 30000\n}\n\nWe've revoked it for you; generate a new one in the dashboard.`;
  else body = t`From the log excerpt:\n2026-11-${pad(ri(1, 28), 2)}T${timeStr()}:12Z ERROR auth failed token=${V('CREDENTIAL', key)} status=403 req_id=${randFrom('abcdef0123456789', 12)}\nThe token is valid but lacks the write scope.`;
  add('pos', t`${greetFor('GB', first(name))}\n\n${body}${signature('US', co, agentFor('US'), chance(0.2))}`);
});

// 25 solicitations (English), several frames
pos(16, () => {
  const r = pick(REG);
  const name = pick(PEOPLE[r]);
  const co = coOf(r);
  const reqs = [
    'please reply with your online banking password',
    'kindly send us the 6-digit OTP that was just sent to your phone',
    'could you send the full card number and the CVV on the back',
    'please confirm your 4-digit PIN in your reply',
    'reply to this e-mail with the one-time code you received by SMS',
    'we need you to send us your current password',
    'please share the three-digit security code on the back of your card',
    'can you tell us the verification code we just texted you',
    'send the long number on the front of your card together with the CVV',
    'just type your ATM PIN here in the chat',
    'forward us the login code from the authenticator app',
    'we will need the full 16-digit card number and expiry date',
    'please provide your mobile money PIN',
  ];
  const req = pick(reqs);
  const cap = (x) => x[0].toUpperCase() + x.slice(1);
  const topic = pick(['the blocked account', 'your failed transfer', 'the suspicious transaction', 'your card renewal', 'the wallet upgrade', 'the double charge']);
  const f = ri(0, 5);
  if (f === 0) add('pos', emailForm(t`${greetFor(r, first(name))}\n\nThank you for contacting us about ${topic}. ${pick(['To verify your identity, ', 'Before we can unblock the account, ', 'So that we can complete the reversal, '])}${V('SOLICITATION', req)}${pick([' so we can proceed.', '.', ' within 24 hours.'])}${signature(r, co, agentFor(r), chance(0.3))}`, 0.2));
  else if (f === 1) add('pos', t`${greetFor(r, first(name))}\n\nWe're sorry for the trouble with ${topic}. ${V('SOLICITATION', cap(req))}. Once we have it, the hold on your account will be lifted and you will get an SMS.${signature(r, co, agentFor(r), chance(0.3))}`);
  else if (f === 2) {
    const clock = ticker();
    const agent = agentFor(r);
    add('pos', t`[${clock()}] ${first(name)}: my money is stuck since yesterday\n[${clock()}] ${agent}: I can see the transaction of ${amount(r)} on hold.\n[${clock()}] ${agent}: ${V('SOLICITATION', cap(req))}${pick(['?', ' please', ', then I can release it.'])}\n[${clock()}] ${first(name)}: ${pick(['ok', 'are you sure?', 'one sec'])}`);
  } else if (f === 3) add('pos', t`${greetFor(r, first(name))}\n\nTo reactivate ${pick(['your profile', 'the card', 'the line'])}:\n1. Log in to the ${co[0]} app\n2. ${V('SOLICITATION', cap(req))}\n3. Wait for the confirmation SMS\n\nThis usually takes less than an hour.${signature(r, co, agentFor(r), chance(0.2))}`);
  else if (f === 4) {
    const em = personEmail(name, r);
    add('pos', [t`Hi ${first(name)},\n\nNo problem at all, ${V('SOLICITATION', req)} and I'll process the refund today.\n\n${agentFor(r)}\n\n`, wroteLine(name, em), quote([`I was charged twice for ${pick(['my order', 'the subscription', 'airtime'])}, can you refund one? ${amount(r)}`])]);
  } else add('pos', t`Dear customer, ${V('SOLICITATION', req)} to avoid suspension of your ${co[0]} account. ${pick(['Ref', 'Case'])} ${ri(10000, 99999)}.`);
});

// 26 solicitations in other languages / Pidgin / chat
pos(9, () => {
  const k = pick(['NG', 'KE', 'FR', 'PT', 'ES', 'ZW', 'ZA', 'BR', 'AE']);
  const name = pick(PEOPLE[k]);
  const agent = agentFor(k);
  let clk;
  const m = {
    NG: pick([['Abeg send us the OTP wey dem send to your phone', ' make we fit reverse am.'], ['Abeg drop your card PIN for here', ' so we go fit unblock the card sharp sharp.']]),
    KE: pick([['Tafadhali tutumie PIN yako ya M-Pesa', ' ili tuweze kuthibitisha akaunti.'], ['Tafadhali tuma nambari ya siri uliyopokea kwa SMS', ' ili tukamilishe malipo.']]),
    FR: pick([['Merci de nous communiquer le code de vérification reçu par SMS', ' afin de finaliser le remboursement.'], ['Pourriez-vous nous envoyer votre mot de passe actuel', ' pour que nous puissions vérifier le compte ?']]),
    PT: ['Por favor, envie-nos o número completo do cartão e o código CVV', ' para concluirmos o pagamento.'],
    ES: pick([['Por favor envíenos su contraseña actual', ' para restablecer el acceso.'], ['Por favor, indíquenos el número completo de su tarjeta y el código de seguridad', ' para procesar el cargo.']]),
    ZW: pick([['Tapota titumirei PIN yenyu', ' kuti tikwanise kuvhura account.'], ['Ndapota tumirai OTP yamatumirwa', ' kuti tipedze kubhadhara.']]),
    ZA: ['Sicela usithumelele i-OTP oyitholile', ' ukuze siqinisekise i-akhawunti yakho.'],
    BR: ['Pode nos enviar a senha do aplicativo', ' para verificarmos o problema?'],
    AE: ['please send us the OTP you received from the bank', ' to confirm the payment.'],
  }[k];
  if (chance(0.5)) add('pos', t`[${(clk = ticker())()}] ${agent}: ${greetFor(k, first(name))} ${V('SOLICITATION', m[0])}${m[1]}\n[${clk()}] ${first(name)}: ${pick(['ok wait', 'why?', 'is this safe?', 'hmm'])}`);
  else add('pos', t`${greetFor(k, first(name))}\n\n${V('SOLICITATION', m[0])}${m[1]}${signature(k, coOf(k), agent, false)}`);
});

// 27 pasted CSV / spreadsheet rows with customer contacts
pos(6, () => {
  const r = pick(AFR);
  const rows = [];
  const n = ri(2, 4);
  for (let i = 0; i < n; i++) {
    const name = pick(PEOPLE[r]);
    rows.push(t`${ri(10000, 99999)},${name},${V('PHONE_NUMBER', phone(r, pick(['e164', 'intl', 'nat'])))},${V('EMAIL_ADDRESS', personEmail(name, r))},${pick(['active', 'suspended', 'pending'])},${ri(1, 999)}.${pad(ri(0, 99), 2)}\n`);
  }
  add('pos', t`Hi team,\n\nHere are the accounts affected by the billing run on ${dateStr()}, copied from the export:\n\ncustomer_id,name,msisdn,email,status,balance\n${rows}\nCan billing check these before Friday?\n\n${agentFor(r)}`);
});

// 28 JSON / log snippet with customer object
pos(6, () => {
  const r = pick(REG);
  const name = pick(PEOPLE[r]);
  const c = chance(0.4) ? cardNumber() : null;
  add('pos', t`Escalating to L2. The webhook payload for ${ticket()} was:\n\n{"customer":{"name":"${name}","email":"${V('EMAIL_ADDRESS', personEmail(name, r))}","phone":"${V('PHONE_NUMBER', phone(r, 'e164'))}"},"order_id":"${ri(1000000, 9999999)}","amount":${ri(5, 900)}.${pad(ri(0, 99), 2)}${c ? t`,"card":"${V('CARD_NUMBER', c.n)}"` : ''},"status":"FAILED"}\n\nIt looks like the ${pick(['retry job', 'fraud rule', 'gateway'])} rejected it.`);
});

// 29 HTML e-mail: phone/email with entities and mailto/tel links
pos(5, () => {
  const r = pick(REG);
  const name = pick(PEOPLE[r]);
  const em = personEmail(name, r);
  const ph = phone(r, 'intl');
  const co = coOf(r);
  add('pos', [
    '<html><body><p>',
    ...t`${escHtml(greetFor(r, first(name)))}</p><p>Your account manager is ${pick(['Nomsa', 'Fatima', 'Amina', 'Lindiwe', 'Tariro', 'Ana', 'Meera'])}. You can reach her on <a href="tel:${V('PHONE_NUMBER', ph.replace(/[^\d+]/g, ''))}">${V('PHONE_NUMBER', ph.replace(/ /g, '&nbsp;'))}</a>.</p><p>We will send the contract to <a href="mailto:${V('EMAIL_ADDRESS', em)}">${V('EMAIL_ADDRESS', em.replace('@', '&#64;'))}</a>.</p><p>${escHtml(thanksFor(r))}<br>${co[0]}</p></body></html>`,
  ]);
});

// 30 phone with obfuscation (nbsp, zero-width, full-width, dots)
pos(5, () => {
  const r = pick(AFR.concat(['AE', 'IN']));
  const name = pick(PEOPLE[r]);
  let ph = phone(r, 'intl');
  ph = pick([ph.replace(/ /g, NB), ph.replace(/ /g, ZW), FW(ph), ph.replace(/ /g, '.'), ph.replace(/ /g, '-')]);
  add('pos', t`${greetFor(r, first(name))}\n\n${pick([t`The courier will call ${V('PHONE_NUMBER', ph)} on arrival.`, t`Noted, the new WhatsApp number for alerts is ${V('PHONE_NUMBER', ph)}.`, t`We sent the SMS to ${V('PHONE_NUMBER', ph)} but it bounced.`])}${signature(r, coOf(r), agentFor(r), false)}`);
});

// 31 mixed: thread where a customer sends ID + phone + email, agent answers
pos(8, () => {
  const r = pick(['ZW', 'ZA', 'KE', 'ZM', 'UG', 'TZ', 'GH', 'NG', 'BW']);
  const name = pick(PEOPLE[r]);
  const em = personEmail(name, r);
  const ph = phone(r, pick(['nat', 'intl']));
  const idv = { ZW: () => V('NATIONAL_ID', zwId()), ZA: () => V('NATIONAL_ID', zaId()), KE: () => V('NATIONAL_ID', keId()), ZM: () => V('NATIONAL_ID', zmNrc()), UG: () => null, TZ: () => V('NATIONAL_ID', nida()), GH: () => V('NATIONAL_ID', ghCard()), NG: () => V('NATIONAL_ID', ngNin()), BW: () => V('NATIONAL_ID', omang()) }[r]();
  const label = { ZW: 'ID', ZA: 'ID no', KE: 'ID number', ZM: 'NRC', TZ: 'NIDA', GH: 'Ghana card', NG: 'NIN', BW: 'Omang' }[r];
  const agentBody = t`${greetFor(r, first(name))}\n\n${pick([
    'Thank you, we have what we need. The account has been reactivated.',
    'Thanks for the details. The change of ownership will be completed within 3 working days.',
    'Received, thank you. Please keep your ticket number for follow-up.',
  ])}${signature(r, coOf(r), agentFor(r), chance(0.35))}\n\n`;
  const q = quote(t`Good day, my details are:\n${name}\n${idv ? t`${label}: ${idv}\n` : ''}cell ${V('PHONE_NUMBER', ph)}\n${pick(['Thanks', 'Regards', 'Ndatenda', 'Asante'])}`);
  add('pos', [agentBody, wroteLine(name, em), q]);
});

// 32 Uganda / mobile money with phone and account
pos(4, () => {
  const name = pick(PEOPLE.UG);
  const ph = phone('UG', pick(['intl', 'nat']));
  add('pos', t`${greetFor('UG', first(name))}\n\n${pick([
    t`Webale for your patience. The UGX ${ri(10, 900)},000 sent to the wrong number has been recovered and credited back to ${V('PHONE_NUMBER', ph)}.`,
    t`Your mobile money line ${V('PHONE_NUMBER', ph)} is now linked to the savings account. Transaction charges apply as per the tariff guide.`,
  ])}${signature('UG', coOf('UG'), agentFor('UG'), chance(0.4))}`);
});

// 33 card + expiry + CVV in an internal note pasted in a reply, with line break inside the card
pos(3, () => {
  const r = pick(['ZA', 'KE', 'ZW', 'GH']);
  const name = pick(PEOPLE[r]);
  const c = cardNumber(pick(['visa', 'mc']));
  const n = c.n;
  add('pos', t`Internal note (do not send): customer read out\n${V('CARD_NUMBER', `${n.slice(0, 4)} ${n.slice(4, 8)} ${n.slice(8, 12)}\n${n.slice(12)}`)} exp ${V('CARD_EXPIRY', expiry())} cvc ${V('CARD_CVV', cvv(c.kind))}\n\n${greetFor(r, first(name))}\n\nYour booking is confirmed. ${pick(['The deposit has been taken.', 'We will charge the balance on arrival.'])}${signature(r, coOf(r), agentFor(r), false)}`);
});

// 34 quoted SMS / OTP forwarded by the customer
pos(5, () => {
  const r = pick(AFR.concat(['GB', 'IN', 'AE']));
  const name = pick(PEOPLE[r]);
  const co = coOf(r);
  const otp = digits(pick([4, 6, 6, 8]));
  const em = personEmail(name, r);
  const body = t`${greetFor(r, first(name))}\n\n${pick([
    'Thanks for flagging this. We did not send that code to you for a login, so someone may have tried to sign in with your number. We have locked the profile as a precaution.',
    'Please never forward these codes to anyone, including us. The code below has now expired and we have reset your session.',
    'The code in your message is for approving a new device. If that was not you, reply STOP and we will block the device.',
  ])}${signature(r, co, agentFor(r), chance(0.3))}\n\n`;
  const q = quote(t`${pick(['got this sms just now:', 'is this you?', 'FYI'])}\n${co[0]}: ${pick([t`Your verification code is ${V('CREDENTIAL', otp)}. Do not share it with anyone.`, t`${V('CREDENTIAL', otp)} is your one-time PIN. Valid for 5 min.`, t`Use ${V('CREDENTIAL', otp)} to confirm the payment of ${amount(r)}.`])}`);
  add('pos', [body, wroteLine(name, em), q]);
});

// 35 local-language credentials and cards
pos(5, () => {
  const k = pick(['KE', 'ZW', 'FR', 'PT', 'BR', 'ES', 'ZA']);
  const name = pick(PEOPLE[k]);
  const c = cardNumber(pick(['visa', 'mc', 'mc2']));
  const body = {
    KE: t`PIN yako mpya ya muda ni ${V('CREDENTIAL', digits(4))}. Tafadhali ibadilishe mara moja kwenye menyu ya *${ri(100, 999)}#.`,
    ZW: t`PIN yenyu itsva ndeye ${V('CREDENTIAL', digits(5))}. Ichinjei pamunoshandisa account kekutanga.`,
    FR: t`Nous avons bien enregistré la carte n° ${V('CARD_NUMBER', fmtCard(c.n, 'space'))}, date d'expiration ${V('CARD_EXPIRY', expiry())}. Le prélèvement aura lieu le 5 du mois.`,
    PT: t`O cartão ${V('CARD_NUMBER', fmtCard(c.n, pick(['space', 'dash'])))}, validade ${V('CARD_EXPIRY', expiry())}, foi associado à sua conta.`,
    BR: t`Sua senha provisória é ${V('CREDENTIAL', randFrom(ALNUM, 8))}. Troque-a no primeiro acesso.`,
    ES: t`Hemos actualizado la tarjeta terminada en ${c.n.slice(-4)}. Número completo registrado: ${V('CARD_NUMBER', fmtCard(c.n, 'plain'))}, caducidad ${V('CARD_EXPIRY', expiry())}.`,
    ZA: t`Siyabonga. I-PIN yakho entsha yesikhashana ithi ${V('CREDENTIAL', digits(4))}; yishintshe ku-ATM.`,
  }[k];
  add('pos', emailForm(t`${greetFor(k, first(name))}\n\n${body}${signature(k, coOf(k), agentFor(k), chance(0.3))}`, 0.2));
});

// 36 payments ops sheet with card rows (spaced-hyphen, 19-digit, dots)
pos(3, () => {
  const r = pick(['ZA', 'KE', 'NG', 'GB', 'AE']);
  const rows = [];
  for (let i = 0; i < ri(2, 3); i++) {
    const c = cardNumber(pick(['visa', 'mc', 'unionpay19', 'amex', 'discover']));
    rows.push(t`${ri(1000, 9999)}\t${pick(PEOPLE[r])}\t${V('CARD_NUMBER', fmtCard(c.n, pick(['spdash', 'dot', 'space', 'plain'])))}\t${V('CARD_EXPIRY', `${pad(ri(1, 12), 2)}/${ri(27, 31)}`)}\t${amount(r)}\n`);
  }
  add('pos', t`Hi ${pick(AGENTS)},\n\nThese chargebacks came in overnight (pasted from the acquirer portal):\n\nid\tcardholder\tpan\texp\tamount\n${rows}\nCan you match them to orders? Please delete this mail afterwards, the full PANs should not be in e-mail.\n\n${pick(AGENTS)}`);
});

// 37 security answer, recovery phrase, password in URL, JWT
pos(5, () => {
  const r = pick(REG);
  const name = pick(PEOPLE[r]);
  const v = ri(0, 3);
  const W = ['apple', 'river', 'orbit', 'salt', 'mango', 'lizard', 'copper', 'window', 'gentle', 'kite', 'velvet', 'harbor', 'pepper', 'tunnel', 'echo', 'zebra', 'garden', 'crane', 'absorb', 'fossil', 'ladder', 'mercy', 'notable', 'quantum', 'rescue', 'spider', 'thumb', 'uncle', 'wisdom', 'yellow'];
  for (let i = W.length - 1; i > 0; i--) {
    const j = ri(0, i);
    [W[i], W[j]] = [W[j], W[i]];
  }
  const b64 = (n) => randFrom(ALNUM + '-_', n);
  let body;
  if (v === 0) body = t`I have confirmed your identity. For your records, the security question is "${pick(["mother's maiden name", 'name of your first school', 'favourite teacher'])}" and the answer we hold is ${V('CREDENTIAL', pick(['Mutasa', 'Chikwanha', 'Kamau', 'Okafor', 'Mensah', 'Dlamini', 'St Mary\'s', 'Mrs Banda']))}.`;
  else if (v === 1) body = t`We restored the wallet from the phrase you sent: ${V('CREDENTIAL', W.slice(0, 12).join(' '))}. Please move your funds to a new wallet now, since this phrase is no longer secret.`;
  else if (v === 2) body = t`The backup job fails because the URL has an old password in it:\n\n  sftp://backup:${V('CREDENTIAL', randFrom(ALNUM, 12))}@files.${coOf('US')[1]}:22/nightly\n\nUpdate the credentials in the job settings.`;
  else body = t`The session token you pasted is still valid, so please log out everywhere:\n${V('CREDENTIAL', `eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.${b64(40)}.${b64(43)}`)}`;
  add('pos', t`${greetFor(r, first(name))}\n\n${body}${signature(r, coOf(r), agentFor(r), chance(0.2))}`);
});

// 38 UK driving licence / sort code alone / US SSN table
pos(4, () => {
  const v = ri(0, 2);
  if (v === 0) {
    const name = pick(PEOPLE.GB);
    const sur = name.split(' ').slice(-1)[0].toUpperCase().replace(/[^A-Z]/g, '').padEnd(5, '9').slice(0, 5);
    const y = ri(60, 99);
    const m = ri(1, 12) + (chance(0.5) ? 50 : 0);
    const dl = `${sur}${String(y)[0]}${pad(m, 2)}${pad(ri(1, 28), 2)}${String(y)[1]}${first(name)[0].toUpperCase()}9${ri(0, 9)}${randFrom(UP, 2)}`;
    add('pos', t`${greetFor('GB', first(name))}\n\nThe hire desk needs the driving licence number ${V('NATIONAL_ID', dl)} to match the name on the booking, so please bring the photocard.${signature('GB', ['Lumen Car Hire', 'lumencarhire.co.uk'], agentFor('GB'), chance(0.3))}`);
  } else if (v === 1) {
    const name = pick(PEOPLE.GB);
    const [sc] = pick(UK_PAIRS);
    add('pos', t`${greetFor('GB', first(name))}\n\nThe payment was returned because the sort code ${V('ROUTING_NUMBER', sc)} belongs to a savings account that can't receive Faster Payments. Could you give us a current account instead?${signature('GB', coOf('GB'), agentFor('GB'), false)}`);
  } else {
    const rows = Array.from({ length: ri(2, 3) }, () => { const nm = pick(PEOPLE.US); return t`| ${nm} | ${V('NATIONAL_ID', ssn())} | ${pick(['W-9 received', 'W-9 missing', 'TIN mismatch'])} |\n`; });
    add('pos', t`Hi ${pick(AGENTS)},\n\nFor the 1099 run, these contractors still need review:\n\n| Name | SSN | Status |\n|---|---|---|\n${rows}\nThanks`);
  }
});

// ---------------------------------------------------------------- hard negatives
function luhnOrder() {
  // Luhn-valid 16-digit numbers that look like cards but are order / reference numbers
  return luhnComplete(pick(['4', '5', '6']) + digits(14));
}
const masked = () => pick([`**** **** **** ${digits(4)}`, `card ending in ${digits(4)}`, `Visa •••• ${digits(4)}`, `XXXX-XXXX-XXXX-${digits(4)}`, `Mastercard ending ${digits(4)}`, `************${digits(4)}`]);
const CUR = { ZW: ['US$', 'ZiG '], ZA: ['R '], KE: ['KES '], NG: ['₦'], GH: ['GH₵ '], ZM: ['K '], UG: ['UGX '], TZ: ['TSh '], BW: ['P '], GB: ['£'], US: ['$'], IN: ['₹'], FR: ['€'], DE: ['€'], PT: ['€'], ES: ['€'], NL: ['€'], AE: ['AED '], SA: ['SAR '], BR: ['R$ '], MX: ['MX$'], EG: ['EGP '] };
function amount(r = pick(REG)) {
  const c = pick(CUR[r] || ['US$']);
  const big = ['UGX ', 'TSh ', '₦', 'KES ', 'ZiG '].includes(c);
  const n = big ? ri(500, 250000) : ri(5, 2500);
  const cents = pad(ri(0, 99), 2);
  if (c === 'R ') return `R ${n.toLocaleString('en').replace(/,/g, ' ')},${cents}`;
  if (c === '€') return pick([`${n},${cents} €`, `€${n},${cents}`]);
  if (c === 'R$ ') return `R$ ${n},${cents}`;
  return big ? `${c}${n.toLocaleString('en')}` : `${c}${n.toLocaleString('en')}.${cents}`;
}
const tracking = () => pick([`1Z${randFrom(UP + '0123456789', 6)}${digits(10)}`, `JD${digits(18)}`, `${digits(10)}`, `RR${digits(9)}ZA`, `CP${digits(9)}KE`, `${randFrom(UP, 2)}${digits(9)}GB`]);
const negRegion = () => pick(REG);
const wrapNeg = (r, name, body, p = 0.2) => add('neg', emailForm(t`${greetFor(r, first(name))}\n\n${body}${signature(r, coOf(r), agentFor(r), false)}`, p));

neg(8, () => {
  // shipping update with tracking, order numbers (some Luhn-valid 16 digits), dates
  const r = negRegion();
  const name = pick(PEOPLE[r]);
  const o = luhnOrder();
  wrapNeg(r, name, pick([
    `Your order ${o} left our warehouse on ${dateStr()}. Tracking number: ${tracking()}. Expected delivery: ${dateStr()}.`,
    `Order no. ${g4(o)} has been split into two parcels (${tracking()} and ${tracking()}). The second one ships on ${dateStr()}.`,
    `We're sorry the parcel is late. Order #${o} is at the ${{ ZW: 'Harare', ZA: 'Johannesburg', KE: 'Nairobi', NG: 'Lagos', GH: 'Accra', ZM: 'Lusaka', UG: 'Kampala', TZ: 'Dar es Salaam', BW: 'Gaborone', GB: 'Daventry', US: 'Memphis', IN: 'Bhiwandi', FR: 'Roissy', DE: 'Leipzig', PT: 'Porto', ES: 'Madrid', NL: 'Tilburg', AE: 'Dubai South', SA: 'Riyadh', BR: 'Cajamar', MX: 'Tepotzotlán', EG: 'Cairo' }[r]} depot and will be delivered tomorrow before 17:00.`,
  ]));
});
neg(7, () => {
  // refund to masked card
  const r = negRegion();
  const name = pick(PEOPLE[r]);
  wrapNeg(r, name, pick([
    `The refund of ${amount(r)} was sent to your ${masked()} on ${dateStr()}. Depending on your bank it can take up to 10 working days.`,
    `We can see two attempts on the ${masked()}: one declined at ${timeStr()} and one successful at ${timeStr()}. Only ${amount(r)} was charged.`,
    `Your saved payment method is ${masked()}, expiring soon. You can update it under Billing.`,
  ]));
});
neg(8, () => {
  // security notice: we will never ask
  const r = negRegion();
  const name = pick(PEOPLE[r]);
  wrapNeg(r, name, pick([
    `Please remember that we will never ask for your PIN, password or one-time code by phone, SMS or e-mail. If someone does, it is a scam.`,
    `The message you received was not from us. ${coOf(r)[0]} staff will never ask you to share your OTP or card CVV. Please delete it and do not click the link.`,
    `For your security, never share your password with anyone, including our agents. You can reset it yourself from the login page.`,
    `Do not reply to this e-mail with any card details. Payments can only be made through the app.`,
    { ZW: `Hatitongokumbiri PIN yenyu. (We will never ask for your PIN.) If someone calls claiming to be us, hang up.`, KE: `Kumbuka: hatutawahi kukuomba PIN au nenosiri lako. Remember: we will never ask you for your PIN or password.`, TZ: `Kumbuka: hatutawahi kukuomba PIN au nenosiri lako.`, FR: `Nous ne vous demanderons jamais votre mot de passe ni le code reçu par SMS.`, ZA: `Asisoze sikucele i-PIN yakho. We will never ask for your PIN or OTP, not even on WhatsApp.`, NG: `Abeg no give anybody your PIN or OTP o, even if dem say na from us. We no dey ask for am.`, PT: `Nunca lhe pediremos a sua palavra-passe nem o código recebido por SMS.`, BR: `Nunca pedimos sua senha ou o código de verificação por telefone ou e-mail.`, ES: `Nunca le pediremos su contraseña ni el código de verificación.` }[r] || `A reminder: genuine staff will never ask for your password, PIN or the code in our SMS, so never read them out on a call.`,
  ]));
});
neg(6, () => {
  // password reset instructions without secrets
  const r = negRegion();
  const name = pick(PEOPLE[r]);
  wrapNeg(r, name, pick([
    `To reset your password, open the app, tap "Forgot password" and follow the steps. The reset link is valid for 30 minutes.`,
    `Your account was locked after 5 failed PIN attempts. It unlocks automatically after 24 hours, or you can visit a branch.`,
    `The one-time code expires after 5 minutes. If it expired, tap "Resend code" in the app and enter the new code there; you don't need to send it to us.`,
    `Your password must be at least 12 characters and include a number. Passwords you used in the last 12 months cannot be reused.`,
  ]));
});
neg(7, () => {
  // invoice / billing with amounts, invoice numbers, VAT (company), account reference
  const r = negRegion();
  const name = pick(PEOPLE[r]);
  const inv = `INV-${2026}-${pad(ri(1, 99999), 5)}`;
  wrapNeg(r, name, pick([
    `Invoice ${inv} for ${amount(r)} is attached. Payment is due on ${dateStr()}. Our VAT number is ${pick(['4', '9'])}${digits(9)}.`,
    `Your statement shows ${amount(r)} for ${pick(['October', 'November'])} plus a late fee of ${amount(r)}. Customer number: ${ri(100000, 9999999)}.`,
    `Credit note CN-${ri(1000, 9999)} of ${amount(r)} has been applied against invoice ${inv}. Remaining balance: ${amount(r)}.`,
    ['ZA', 'BW', 'ZW'].includes(r) ? `Company reg. ${ri(2000, 2024)}/${digits(6)}/07 — the quotation Q${ri(10000, 99999)} is valid for 30 days.` : `Quotation Q${ri(10000, 99999)} (${ri(2, 40)} items, ${amount(r)} excl. tax) is valid for 30 days from ${dateStr()}.`,
  ]), 0.3);
});
neg(6, () => {
  // software / versions / logs with IDs, hashes, IPs
  const name = pick(PEOPLE.US.concat(PEOPLE.GB, PEOPLE.ZA, PEOPLE.KE));
  const r = 'US';
  const uuid = `${randFrom('0123456789abcdef', 8)}-${randFrom('0123456789abcdef', 4)}-4${randFrom('0123456789abcdef', 3)}-a${randFrom('0123456789abcdef', 3)}-${randFrom('0123456789abcdef', 12)}`;
  wrapNeg(r, name, pick([
    `This was fixed in version ${ri(2, 9)}.${ri(0, 30)}.${ri(0, 9)} (build ${ri(1000, 9999)}). Please update the app from the store; Android ${ri(10, 15)} and iOS ${ri(15, 18)} are supported.`,
    `The request id was ${uuid} and the error was HTTP 502 at ${timeStr()} UTC from 10.${ri(0, 255)}.${ri(0, 255)}.${ri(1, 254)}. It was a timeout in our gateway; no action is needed.`,
    `Log excerpt:\n2026-11-${pad(ri(1, 28), 2)} ${timeStr()}:${pad(ri(0, 59), 2)} WARN job=${ri(100000, 999999)} retry=3 latency_ms=${ri(100, 9000)} commit=${randFrom('0123456789abcdef', 7)}\nThe job succeeded on the fourth attempt.`,
    `Error 0x${randFrom('0123456789ABCDEF', 8)} means the installer could not write to the folder. Run it as administrator and try again.`,
  ]));
});
neg(6, () => {
  // appointments, times, postcodes
  const r = pick(['GB', 'US', 'IN', 'ZA', 'KE', 'NL', 'DE']);
  const name = pick(PEOPLE[r]);
  let tr;
  const pc = { GB: pick(['SW1A 2AA', 'M1 1AE', 'EH1 1YZ', 'B33 8TH']), US: pick(['94103', '10001', '60614-2301']), IN: pick(['560001', '400076', '110017']), ZA: pick(['0181', '2196', '8001']), KE: pick(['00100', '00200']), NL: '1012 AB', DE: '10115' }[r];
  wrapNeg(r, name, pick([
    `The engineer is booked for ${dateStr()} between ${(tr = timeRange())[0]} and ${tr[1]} at the address with postcode ${pc}.`,
    `Delivery to ${pc} is available from next week. Orders placed before 14:00 ship the same day.`,
    r === 'IN' ? `Yes, we deliver to PIN code ${pc}. Cash on delivery is available for orders under ₹5,000.` : `Store hours in ${pc} are 08:30-17:30 Monday to Friday and 09:00-13:00 on Saturdays.`,
  ]));
});
neg(9, () => {
  // chat transcripts without secrets
  const r = negRegion();
  const name = pick(PEOPLE[r]);
  lastGreeted = first(name);
  const agent = agentFor(r);
  const clock = ticker();
  let l4;
  const v = ri(0, 2);
  if (v === 0) add('neg', t`Chat ${ticket()} — ${dateStr()}\n[${clock()}] ${first(name)}: hi my order ${ri(1000000, 9999999)} never arrived\n[${clock()}] ${agent}: Sorry to hear that! I can see it was marked delivered at ${timeStr()}. Was it left with a neighbour?\n[${clock()}] ${first(name)}: no\n[${clock()}] ${agent}: I've opened claim CLM-${ri(10000, 99999)} and you'll get ${amount(r)} back to the ${masked()} within 5 days.\n[${clock()}] ${first(name)}: thanks 👍`);
  else if (v === 1) add('neg', t`${clock()}  ${first(name)}: the OTP is not coming\n${clock()}  ${agent}: It goes to the number ending ${(l4 = digits(4))} on your profile (+${(PH[r] || PH.GB).cc} ** *** ${l4}). Please check you have signal and tap Resend.\n${clock()}  ${first(name)}: got it now\n${clock()}  ${agent}: Great. Enter it in the app only — never share it with anyone, including me 🙂\n${clock()}  ${first(name)}: done, thanks`);
  else {
    const co = coOf(r);
    const day = `${pad(ri(1, 28), 2)}/${pad(ri(9, 12), 2)}/2026`;
    add('neg', t`--- WhatsApp export ---\n${day}, ${clock()} - ${first(name)}: Can I pay you with my card number here?\n${day}, ${clock()} - ${agent} (${co[0]}): Please don't send card details in chat. Use the link ${co[1]}/pay/${randFrom('abcdefghjkmnpqrstuvwxyz23456789', 8)} instead, it expires in 24h.\n${day}, ${clock()} - ${first(name)}: ok paid ${amount(r)}\n${day}, ${clock()} - ${agent} (${co[0]}): Received, thank you! Receipt no. ${ri(100000, 999999)}.`);
  }
});
neg(6, () => {
  // call transcripts without secrets
  const r = negRegion();
  const name = pick(PEOPLE[r]);
  lastGreeted = first(name);
  if (chance(0.5)) add('neg', t`Call summary ${ticket()}\nAgent: Good afternoon, ${coOf(r)[0]}, ${agentFor(r)} speaking.\nCaller: I was charged twice, ${amount(r)} each time.\nAgent: I can see both on the ${masked()}. One is a pending authorisation and will drop off in 3-5 days.\nCaller: Do you need my PIN?\nAgent: No, never. We don't need it and you should never share it.\nOutcome: explained pending authorisation. Duration ${ri(3, 14)}:${pad(ri(0, 59), 2)}.`);
  else add('neg', t`Transcript (auto) ${ticket()}\n00:00:04 AGENT: ${coOf(r)[0]}, this is ${agentFor(r)}, how may I help?\n00:00:09 CUSTOMER: My new card hasn't come yet.\n00:00:15 AGENT: I see it was posted on ${dateStr()}. Cards take five to seven working days. It arrives inactive; the PIN comes separately in a sealed letter.\n00:00:41 CUSTOMER: And the old one?\n00:00:44 AGENT: It was cancelled when you reported it, so please cut it up.\n00:01:02 [call ended, ${ri(1, 3)}m ${ri(0, 59)}s]`);
});
neg(6, () => {
  // IMEI, serial numbers, meter numbers
  const r = negRegion();
  const name = pick(PEOPLE[r]);
  const imei = luhnComplete('35' + digits(12));
  wrapNeg(r, name, pick([
    `The repair centre received the handset with IMEI ${imei} on ${dateStr()}. The screen replacement costs ${amount(r)} and takes 3 days.`,
    `Meter number ${digits(11)} was recharged with ${ri(20, 300)} kWh on ${dateStr()}. If the units have not loaded, press 0 then Enter on the keypad.`,
    `Serial number SN-${randFrom(UP, 3)}${digits(8)} is covered by warranty until ${dateStr().replace('2026', '2028')}.`,
    `The decoder smartcard ${digits(10)} was reactivated; switch the decoder off and on, and leave it on channel 100 for 15 minutes.`,
  ]));
});
neg(5, () => {
  // M-Pesa / mobile money confirmation codes, paybill, USSD
  const r = pick(['KE', 'TZ', 'UG', 'ZW', 'GH', 'ZM']);
  const name = pick(PEOPLE[r]);
  wrapNeg(r, name, pick([
    `We received your payment with transaction code ${randFrom(UP, 3)}${randFrom(UP + '0123456789', 7)} on ${dateStr()} at ${timeStr()}. Paybill ${ri(100000, 999999)}, amount ${amount(r)}.`,
    `To check your balance dial *${ri(100, 999)}# and choose option ${ri(1, 6)}. Airtime bundles renew every 30 days.`,
    `The reversal reference is ${randFrom(UP, 2)}${digits(8)}. Please allow 72 hours for the ${amount(r)} to return to your wallet.`,
  ]));
});
neg(5, () => {
  // travel booking references
  const r = pick(['AE', 'KE', 'NG', 'ZA', 'GB', 'ZW']);
  const name = pick(PEOPLE[r]);
  wrapNeg(r, name, pick([
    `Booking reference ${randFrom(UP, 6)} is confirmed: flight ${pick(['KQ', 'ET', 'SA', 'EK', 'QR', 'UM'])} ${ri(100, 999)} departs ${dateStr()} at ${timeStr()}, seat ${ri(1, 40)}${pick(['A', 'C', 'D', 'F'])}.`,
    `Your e-ticket number ${digits(3)}-${digits(10)} has been reissued for the new date. The fare difference was ${amount(r)}.`,
    `Passport details can be added in "Manage booking" before check-in opens; we don't need them by e-mail.`,
  ]));
});
neg(4, () => {
  // spreadsheet / CSV of orders, with Luhn-valid order numbers
  const rows = Array.from({ length: ri(3, 5) }, () => `${luhnOrder()},${dateStr()},${pick(['shipped', 'returned', 'pending'])},${ri(1, 5)},${ri(5, 900)}.${pad(ri(0, 99), 2)}`).join('\n');
  add('neg', `Hi ${pick(AGENTS)},\n\nThese are the orders still open from the export:\n\norder_number,date,status,qty,total\n${rows}\n\nCan you chase the warehouse?\n\nThanks`);
});
neg(5, () => {
  // quoted thread negative
  const r = negRegion();
  const name = pick(PEOPLE[r]);
  const o = ri(10000000, 99999999);
  const body = t`${greetFor(r, first(name))}\n\n${pick(['Thanks for the photos. We will send a replacement at no charge.', 'We have extended your return window by 14 days.', 'The voucher has been re-issued and will arrive by e-mail.'])}${signature(r, coOf(r), agentFor(r), false)}\n\nOn ${dateStr()}, ${name} wrote:\n`;
  add('neg', [body, quote([`the item from order ${o} arrived broken. I paid ${amount(r)} with my ${masked()}. please help`])]);
});
neg(6, () => {
  // HTML negative with amounts/entities
  const r = negRegion();
  const name = pick(PEOPLE[r]);
  add('neg', html([`${greetFor(r, first(name))}\n\nYour plan changes on ${dateStr()}:\n\n• Data: ${ri(5, 100)} GB → ${ri(10, 200)} GB\n• Price: ${amount(r)} per month\n• Contract ref: CT-${ri(100000, 999999)}\n\nNothing else changes & you don't need to do anything.${pick(['', '\n\nThe team at ' + coOf(r)[0]])}`]));
});
neg(5, () => {
  // multilingual negatives
  const k = pick(['FR', 'PT', 'ES', 'ZW', 'KE', 'ZA', 'NG', 'AE', 'BR']);
  const name = pick(PEOPLE[k]);
  const b = {
    FR: `Votre commande n° ${ri(100000, 999999)} a été expédiée le ${ri(1, 28)}/11/2026. Montant : ${ri(10, 300)},${pad(ri(0, 99), 2)} €.`,
    PT: `A sua encomenda ${ri(100000, 999999)} foi entregue em ${ri(1, 28)}/11/2026. O reembolso de ${ri(10, 300)},${pad(ri(0, 99), 2)} € foi processado.`,
    ES: `Su pedido ${ri(100000, 999999)} llegará el ${ri(1, 28)} de diciembre. El importe total es ${ri(10, 300)},${pad(ri(0, 99), 2)} €.`,
    ZW: `Tagamuchira mari yenyu ye ${amount(k)}. Odha ${ri(10000, 99999)} ichasvika musi wa ${dateStr()}.`,
    KE: `Tumepokea malipo yako ya ${amount(k)}. Oda namba ${ri(10000, 99999)} itafika tarehe ${dateStr()}.`,
    ZA: `Siyabonga ngokukhokha ${amount(k)}. I-oda yakho ${ri(10000, 99999)} izofika ngo ${dateStr()}.`,
    NG: `Your money don land: ${amount(k)}. Order ${ri(10000, 99999)} go reach you by ${dateStr()}, no wahala.`,
    AE: `تم استلام طلبك رقم ${ri(100000, 999999)} وسيتم التوصيل خلال ${ri(2, 5)} أيام. المبلغ: ${ri(50, 900)} درهم.`,
    BR: `Seu pedido ${ri(100000, 999999)} foi enviado. Valor: R$ ${ri(10, 900)},${pad(ri(0, 99), 2)}. Código de rastreio: ${tracking()}.`,
  }[k];
  wrapNeg(k, name, b);
});
neg(5, () => {
  // loyalty, policy, customer numbers labelled as such
  const r = negRegion();
  const name = pick(PEOPLE[r]);
  wrapNeg(r, name, pick([
    `Your rewards number is ${digits(4)} ${digits(4)} ${digits(4)} and you now have ${ri(100, 9999)} points.`,
    `Policy number POL-${r}-${ri(2020, 2026)}-${pad(ri(1, 99999), 5)} renews on ${dateStr()}. The premium stays at ${amount(r)}.`,
    `Customer ID ${ri(1000000, 9999999)} — your account manager will contact you about the ${ri(12, 36)}-month contract.`,
    `Student number ${ri(20000000, 29999999)} has been cleared for exam registration; fees of ${amount(r)} are paid.`,
  ]));
});
neg(5, () => {
  // bank transfer info with masked account, reference only
  const r = negRegion();
  const name = pick(PEOPLE[r]);
  wrapNeg(r, name, pick([
    `We sent ${amount(r)} to your account ending ${digits(4)} on ${dateStr()}. Transfer reference: TRF${digits(10)}.`,
    `The payment to IBAN ending ${digits(4)} was rejected by your bank with code AC04 (closed account). Please add a new payout method in the app.`,
    `Bank payouts run every Tuesday. The minimum payout is ${amount(r)}; yours is scheduled for ${dateStr()}.`,
  ]));
});
neg(3, () => {
  // tables / pasted rows with amounts and dates (no PII)
  const r = negRegion();
  const rows = Array.from({ length: ri(3, 5) }, () => `| ${dateStr()} | ${pick(['Airtime', 'Data bundle', 'Electricity', 'Transfer fee', 'Subscription'])} | ${amount(r)} | ${pick(['OK', 'Reversed', 'Pending'])} |`).join('\n');
  const name = pick(PEOPLE[r]);
  wrapNeg(r, name, `Here is the breakdown you asked for:\n\n| Date | Item | Amount | Status |\n|---|---|---|---|\n${rows}\n\nThe reversed item will show as a credit on your next statement.`, 0);
});
neg(4, () => {
  // discount / gift codes (not credentials) & promo
  const r = negRegion();
  const name = pick(PEOPLE[r]);
  wrapNeg(r, name, pick([
    `As an apology, use promo code ${pick(['SORRY', 'WELCOME', 'THANKS'])}${ri(10, 30)} for ${ri(10, 25)}% off your next order. It is valid until ${dateStr()}.`,
    `Your referral link has been used ${ri(2, 9)} times. Each successful referral earns ${amount(r)} in credit.`,
  ]));
});
neg(5, () => {
  // phone-number lookalikes: extensions, counts, long numbers, coordinates
  const r = negRegion();
  const name = pick(PEOPLE[r]);
  wrapNeg(r, name, pick([
    `Between ${timeRange().join(' and ')} we handled ${ri(1000, 9999)} calls, and ${ri(100, 999)} customers were affected by the outage in zones ${ri(1, 9)}-${ri(10, 20)}.`,
    `The branch is at GPS ${-ri(1, 34)}.${digits(5)}, ${ri(18, 40)}.${digits(5)}, opposite the main bus terminus.`,
    `Your contract ${ri(2020, 2026)}-${pad(ri(1, 12), 2)}-${digits(5)} runs for 24 months; the device instalment is ${amount(r)}.`,
    `Press 1 for billing, 2 for technical support and 3 for sales when you call. Queue times are currently about ${ri(2, 15)} minutes.`,
  ]));
});

neg(4, () => {
  // quoted thread: customer offers card, agent declines
  const r = negRegion();
  const name = pick(PEOPLE[r]);
  const body = t`${greetFor(r, first(name))}\n\nPlease don't send your card number by e-mail — we can't accept it this way and would have to delete it. You can pay the ${amount(r)} securely at ${coOf(r)[1]}/pay or at any of our shops.${signature(r, coOf(r), agentFor(r), false)}\n\nOn ${dateStr()}, ${name} wrote:\n`;
  add('neg', [body, quote([`${pick(['hi', 'hello', 'good day'])}, can I just email you my card details to pay the ${pick(['arrears', 'renewal', 'balance'])}? the website keeps timing out`])]);
});
neg(4, () => {
  // KYC document rejected, no numbers
  const r = negRegion();
  const name = pick(PEOPLE[r]);
  wrapNeg(r, name, pick([
    `The photo of your ${pick(['ID', 'passport', 'driving licence'])} was too blurry for us to read. Please upload a new one in the app under Profile > Documents; don't attach it to an e-mail.`,
    `Your verification was rejected because the selfie and the document photo were taken on different days (${dateStr()} and ${dateStr()}). Please retake both in one session.`,
  ]));
});
neg(4, () => {
  // developer support with placeholders, no real keys
  const name = pick(PEOPLE.US.concat(PEOPLE.GB, PEOPLE.KE, PEOPLE.NG));
  wrapNeg('US', name, pick([
    `Rather than hard-coding the key, read it from an environment variable:\n\n    export TESSERA_API_KEY="<your key here>"\n    curl -H "Authorization: Bearer $TESSERA_API_KEY" https://api.tesseracloud.io/v2/usage\n\nAnd please never paste the real value into a ticket.`,
    `Rate limits are ${ri(60, 600)} requests per minute per key. The response headers X-RateLimit-Remaining and X-RateLimit-Reset (a Unix time such as ${ri(1764000000, 1766000000)}) tell you where you stand.`,
    `The webhook signature is an HMAC of the raw body. Compare it with a constant-time function; the header looks like t=${ri(1764000000, 1766000000)},v1=<signature>.`,
  ]));
});
neg(4, () => {
  // masked contact details
  const r = negRegion();
  const name = pick(PEOPLE[r]);
  const f = strip(first(name));
  wrapNeg(r, name, pick([
    `We sent the receipt to ${f[0]}${'*'.repeat(ri(3, 6))}@${pick(MAILHOSTS[r] || ['gmail.com'])} as registered. If you no longer use that address, update it in Settings.`,
    `The number we have ends in ${digits(3)}. If that's not yours any more, please visit a branch to change it.`,
  ]));
});
neg(4, () => {
  // JSON order log without personal data
  const r = negRegion();
  add('neg', t`Adding this for the warehouse team:\n\n{"order_id":"${ri(10000000, 99999999)}","sku":"${randFrom(UP, 2)}-${ri(1000, 9999)}-${pick(['BLK', 'WHT', 'RED'])}","qty":${ri(1, 6)},"total":"${amount(r)}","created_at":"2026-${pad(ri(9, 12), 2)}-${pad(ri(1, 28), 2)}T${timeStr()}:00Z","carrier":"${pick(['DHL', 'Aramex', 'FedEx', 'Courier Guy', 'G4S'])}","awb":"${tracking()}"}\n\nStatus stuck on "${pick(['PICKING', 'PACKED', 'AWAITING_STOCK'])}" since ${dateStr()}.`);
});
neg(3, () => {
  // exchange rates and fees
  const r = pick(['ZW', 'ZA', 'KE', 'NG', 'GH', 'ZM', 'UG', 'TZ', 'BW']);
  const name = pick(PEOPLE[r]);
  wrapNeg(r, name, `Today's rate is 1 USD = ${ri(13, 1600)}.${pad(ri(0, 99), 2)} ${{ ZW: 'ZiG', ZA: 'ZAR', KE: 'KES', NG: 'NGN', GH: 'GHS', ZM: 'ZMW', UG: 'UGX', TZ: 'TZS', BW: 'BWP' }[r]}. Sending ${amount(r)} costs a flat fee plus ${ri(1, 3)}.${ri(0, 9)}%, and the money arrives within ${ri(10, 60)} minutes.`);
});
neg(3, () => {
  // RMA / warranty
  const r = negRegion();
  const name = pick(PEOPLE[r]);
  wrapNeg(r, name, `Your return is approved: RMA-${2026}-${pad(ri(9, 12), 2)}-${pad(ri(1, 9999), 4)} for model ${randFrom(UP, 2)}-${ri(100, 9999)} (batch ${digits(6)}). Print the label and drop the parcel at any ${pick(['Post Office', 'PostNet', 'Aramex counter', 'pick-up point'])} before ${dateStr()}.`);
});

// ---------------------------------------------------------------- assemble
function runWeighted(list, target) {
  const total = list.reduce((a, [w]) => a + w, 0);
  const counts = list.map(([w]) => Math.round((w * target) / total));
  let diff = target - counts.reduce((a, b) => a + b, 0);
  for (let i = 0; diff !== 0; i = (i + 1) % counts.length) {
    counts[i] += Math.sign(diff);
    diff -= Math.sign(diff);
  }
  const jobs = [];
  list.forEach(([, f], i) => {
    for (let j = 0; j < counts[i]; j++) jobs.push(f);
  });
  return jobs;
}
const jobs = [...runWeighted(POS, 165), ...runWeighted(NEG, 135)];
// shuffle order deterministically
for (let i = jobs.length - 1; i > 0; i--) {
  const j = Math.floor(rnd() * (i + 1));
  [jobs[i], jobs[j]] = [jobs[j], jobs[i]];
}
for (const f of jobs) f();

// ---------------------------------------------------------------- verification
const undo = (s) =>
  s
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&#64;/g, '@')
    .replace(/[\uff10-\uff19]/g, (c) => String(c.charCodeAt(0) - 0xff10));
const onlyDigits = (s) => undo(s).replace(/[^0-9]/g, '');
let problems = 0;
const fail = (i, m) => {
  problems++;
  console.error(`record ${i + 1}: ${m}`);
};
const seen = new Set();
records.forEach((rec, i) => {
  if (rec.kind === 'neg' && rec.spans.length) fail(i, 'negative with spans');
  if (rec.kind === 'neg' && /[\w.]+@[\w-]+\.[a-z]{2,}/i.test(rec.text.replace(/\*+@/g, ''))) fail(i, 'negative with an e-mail address');
  if (rec.kind === 'neg' && /\+\d{2,3}[\s\d]{6,}\d/.test(rec.text)) fail(i, 'negative with a phone-like number');
  if (rec.kind === 'pos' && !rec.spans.length) fail(i, 'positive without spans');
  if (seen.has(rec.text)) fail(i, 'duplicate text');
  seen.add(rec.text);
  let last = -1;
  for (const s of rec.spans) {
    if (!(s.start < s.end)) fail(i, 'empty span');
    if (rec.text.slice(s.start, s.end) !== s._v.text) fail(i, 'slice mismatch');
    if (s.start < last) fail(i, 'overlapping spans');
    last = s.end;
    if (s._v.text !== s._v.text.trim()) fail(i, `span with outer whitespace ${s.type}`);
    const v = s._v.text;
    const d = onlyDigits(v);
    if (s.type === 'CARD_NUMBER' && !(luhnOk(d) && d.length >= 14 && d.length <= 19)) fail(i, 'bad card');
    if (s.type === 'IBAN') {
      const c = undo(v).replace(/[^0-9A-Za-z]/g, '').toUpperCase();
      if (!ibanOk(c) || IBAN_LEN[c.slice(0, 2)] !== c.length) fail(i, 'bad iban');
    }
    if (s.type === 'ROUTING_NUMBER' && d.length === 9 && !abaOk(d)) fail(i, 'bad aba');
    if (s.type === 'NATIONAL_ID') {
      const c = undo(v).replace(/[\s-]/g, '');
      if (/^\d{13}$/.test(c) && c[10] === '0' && !luhnOk(c)) fail(i, 'bad za id');
      if (/^\d{12}$/.test(c) && (!verhoeffOk(c) || c === [...c].reverse().join(''))) fail(i, 'bad aadhaar');
      const z = c.match(/^(\d{2})(\d{6,7})([A-Z])(\d{2})$/);
      if (z && zwLetter(z[1] + z[2]) !== z[3]) fail(i, 'bad zw id');
      if (/^784\d{12}$/.test(c) && !luhnOk(c)) fail(i, 'bad emirates id');
    }
    if (s.type === 'PASSPORT_NUMBER' && v.includes('\n')) {
      const l2 = v.split('\n')[1];
      if (icaoCheck(l2.slice(0, 9)) !== l2[9] || icaoCheck(l2.slice(13, 19)) !== l2[19] || icaoCheck(l2.slice(21, 27)) !== l2[27]) fail(i, 'bad mrz');
    }
  }
  const nonws = rec.text.replace(/\s/g, '');
  if (!nonws.length) fail(i, 'empty');
});
if (records.length !== 300 || negCount !== 135) fail(-1, `counts ${records.length} / ${negCount}`);
if (problems) {
  console.error(`${problems} problem(s); not writing`);
  process.exit(1);
}

if (process.argv.includes('--phones')) {
  if (process.argv.includes('--sample')) for (const r of Object.keys(PH)) for (let k = 0; k < 300; k++) phone(r, pick(['intl', 'nat', 'e164', 'intl00']));
  writeFileSync(1, JSON.stringify(phoneLog.map((p) => ({ ...p, norm: undo(p.text) }))) + '\n');
  process.exit(0);
}
const out = records
  .map((rec, i) => JSON.stringify({ id: `vault6-${pad(i + 1, 4)}`, text: rec.text, spans: rec.spans.map(({ type, start, end }) => ({ type, start, end })) }))
  .join('\n');
writeFileSync(new URL('./vault6.jsonl', import.meta.url), out + '\n');
const byType = {};
for (const rec of records) for (const s of rec.spans) byType[s.type] = (byType[s.type] || 0) + 1;
console.log(`wrote ${records.length} records (${records.length - negCount} with spans, ${negCount} negatives), ${Object.values(byType).reduce((a, b) => a + b, 0)} spans:`, byType);
