#!/usr/bin/env node
// Generator for vault3.src.txt (see that file's header). Seeded, so `node test/corpus/vault3.gen.mjs`
// rewrites the same file. Every template below is a hand-written reply; the generator only fills
// names and freshly minted values (check digits made valid with lib.mjs) and picks a format or an
// obfuscation for some of them. No template is used more than twice.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import {
  luhnComplete, luhnValid, ibanFor, ibanValid, abaComplete, verhoeffComplete, zwCheckLetter,
  zaId, nubanValid, parseSource, checkValue,
} from './lib.mjs';

// ---------- randomness ----------
let state = 0x5eed3;
const rnd = () => {
  state |= 0; state = (state + 0x6d2b79f5) | 0;
  let t = Math.imul(state ^ (state >>> 15), 1 | state);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];
const chance = (p) => rnd() < p;
const dig = (n) => { let s = ''; for (let i = 0; i < n; i++) s += ri(0, 9); return s; };
const nzdig = (n) => String(ri(1, 9)) + dig(n - 1);
const pad = (n, w = 2) => String(n).padStart(w, '0');
const UP = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const HEX = '0123456789abcdef';
const chars = (set, n) => { let s = ''; for (let i = 0; i < n; i++) s += set[ri(0, set.length - 1)]; return s; };
const shuffle = (a) => { for (let i = a.length - 1; i > 0; i--) { const j = ri(0, i); [a[i], a[j]] = [a[j], a[i]]; } return a; };

// ---------- markers ----------
const M = (label, v) => `⟦${label}|${v}⟧`;
const CARD = (v) => M('CARD_NUMBER', v);
const EXP = (v) => M('CARD_EXPIRY', v);
const CVV = (v) => M('CARD_CVV', v);
const NID = (v) => M('NATIONAL_ID', v);
const PASS = (v) => M('PASSPORT_NUMBER', v);
const PH = (v) => M('PHONE_NUMBER', v);
const EM = (v) => M('EMAIL_ADDRESS', v);
const IB = (v) => M('IBAN', v);
const ACC = (v) => M('BANK_ACCOUNT', v);
const RT = (v) => M('ROUTING_NUMBER', v);
const BIC = (v) => M('SWIFT_BIC', v);
const CRED = (v) => M('CREDENTIAL', v);
const SOL = (v) => M('SOLICITATION', v);

// ---------- obfuscation helpers ----------
const FW = (s) => s.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));
const ENT = (s) => s.replace(/[0-9]/g, (d) => `&#${48 + Number(d)};`);
const ZW = '\u200b';
const NBSP = '\u00a0';
const group = (d, sizes, sep) => {
  const out = []; let i = 0;
  for (const n of sizes) { if (i >= d.length) break; out.push(d.slice(i, i + n)); i += n; }
  if (i < d.length) out.push(d.slice(i));
  return out.join(sep);
};

// ---------- cards ----------
const BRANDS = {
  visa: () => ['4' + dig(14), 16], visa19: () => ['4' + dig(17), 19],
  mc: () => [String(ri(51, 55)) + dig(13), 16], mc2: () => [String(ri(2221, 2720)) + dig(11), 16],
  amex: () => [pick(['34', '37']) + dig(12), 15], discover: () => [pick(['6011', '65' + dig(2), '64' + ri(4, 9) + dig(1)]) + dig(11), 16],
  diners14: () => ['36' + dig(11), 14], diners16: () => ['30' + ri(0, 5) + dig(12), 16],
  jcb: () => [String(ri(3528, 3589)) + dig(11), 16], unionpay: () => ['62' + ri(4, 6) + dig(12), 16],
  unionpay19: () => ['625' + dig(15), 19], maestro: () => ['6759' + dig(13), 18], maestro12: () => ['6763' + dig(7), 12],
  elo: () => ['509' + dig(12), 16], mir: () => ['220' + ri(0, 4) + dig(11), 16], verve: () => ['50610' + dig(13), 19],
  dankort: () => ['5019' + dig(11), 16], hiper: () => ['606282' + dig(9), 16],
};
const card = (brand = 'visa') => luhnComplete(BRANDS[brand]()[0]);
const cardFmt = (d, sep = ' ') => {
  if (d.length === 15) return group(d, [4, 6, 5], sep);
  if (d.length === 14) return group(d, [4, 6, 4], sep);
  return group(d, [4, 4, 4, 4], sep);
};
const expiry = () => `${pad(ri(1, 12))}/${ri(27, 31)}`;
const expiryLong = () => `${pad(ri(1, 12))}/20${ri(27, 31)}`;
const cvv = (n = 3) => nzdig(n);

// ---------- national IDs ----------
const ssn = () => {
  let a; do a = ri(1, 899); while (a === 666);
  return `${pad(a, 3)}-${pad(ri(1, 99))}-${pad(ri(1, 9999), 4)}`;
};
const ninoRaw = () => {
  const A = 'ABCEGHJKLMNPRSTWXYZ'; const B = 'ABCEGHJKLMNPRSTWXYZ';
  let p; do p = pick([...A]) + pick([...B]); while (['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'].includes(p));
  return [p, dig(2), dig(2), dig(2), pick(['A', 'B', 'C', 'D'])];
};
const nino = (sp = true) => { const [p, a, b, c, s] = ninoRaw(); return sp ? `${p} ${a} ${b} ${c} ${s}` : `${p}${a}${b}${c}${s}`; };
const yymmdd = (y0 = 55, y1 = 99) => `${pad(ri(y0, y1) % 100)}${pad(ri(1, 12))}${pad(ri(1, 28))}`;
const saId = () => zaId(yymmdd(60, 103), pad(ri(0, 9999), 4), chance(0.85) ? '0' : '1');
const ZW_OFFICES = ['02', '03', '04', '05', '06', '07', '08', '10', '11', '12', '13', '14', '15', '18', '19', '21', '22', '23', '24', '25', '26', '27', '28', '29', '32', '34', '35', '37', '38', '39', '41', '42', '43', '44', '45', '46', '47', '48', '49', '50', '53', '54', '56', '58', '59', '61', '63', '66', '67', '68', '70', '71', '73', '75', '77', '79', '80', '83', '84', '85', '86'];
const zwId = (style = 0) => {
  const off = pick(ZW_OFFICES); const seq = chance(0.5) ? dig(6) : nzdig(7); const dist = pick(ZW_OFFICES);
  const L = zwCheckLetter(off + seq);
  return [`${off}-${seq} ${L} ${dist}`, `${off}-${seq}${L}${dist}`, `${off}${seq}${L}${dist}`, `${off}-${seq}-${L}-${dist}`, `${off} ${seq} ${L} ${dist}`][style];
};
const aadhaar = (sep = ' ') => group(verhoeffComplete(String(ri(2, 9)) + dig(10)), [4, 4, 4], sep);
const nin = () => verhoeffComplete(nzdig(10));
const bvn = () => '22' + dig(9);
const sin = (sep = ' ') => group(luhnComplete(pick(['1', '2', '3', '4', '5', '6', '7', '9']) + dig(7)), [3, 3, 3], sep);
const kenyaId = () => String(ri(20000000, 39999999));
const kraPin = () => 'A' + dig(9) + pick([...UP]);
const panIn = (surname) => chars(UP, 3) + 'P' + (surname ? surname[0].toUpperCase() : pick([...UP])) + dig(4) + pick([...UP]);
const steuerId = () => {
  let d;
  do {
    const pool = shuffle([...'0123456789']); const ten = pool.slice(0, 9); ten.push(ten[ri(0, 8)]);
    d = shuffle(ten).join('');
  } while (d[0] === '0');
  let product = 10;
  for (const ch of d) { let s = (Number(ch) + product) % 10; if (s === 0) s = 10; product = (s * 2) % 11; }
  let c = 11 - product; if (c === 10) c = 0;
  return d + c;
};
const dni = () => { const n = ri(10000000, 99999999); return `${n}${'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}`; };
const nie = () => { const p = ri(0, 2); const n = dig(7); return `${'XYZ'[p]}${n}${'TRWAGMYFPDXBNJZSQVHLCKE'[Number(p + n) % 23]}`; };
const nir = () => {
  const s = `${ri(1, 2)}${pad(ri(60, 99))}${pad(ri(1, 12))}${pick(['75', '69', '13', '33', '59', '92', '31'])}${pad(ri(1, 400), 3)}${pad(ri(1, 999), 3)}`;
  const key = 97 - Number(BigInt(s) % 97n);
  return `${s[0]} ${s.slice(1, 3)} ${s.slice(3, 5)} ${s.slice(5, 7)} ${s.slice(7, 10)} ${s.slice(10, 13)} ${pad(key)}`;
};
const cpf = () => {
  const b = [...nzdig(9)].map(Number);
  const dv = (arr) => { let s = 0; for (let i = 0; i < arr.length; i++) s += arr[i] * (arr.length + 1 - i); const r = (s * 10) % 11; return r === 10 ? 0 : r; };
  b.push(dv(b)); b.push(dv(b));
  const x = b.join('');
  return `${x.slice(0, 3)}.${x.slice(3, 6)}.${x.slice(6, 9)}-${x.slice(9)}`;
};
const bsn = () => {
  for (;;) {
    const d = [...nzdig(8)].map(Number); let s = 0;
    for (let i = 0; i < 8; i++) s += d[i] * (9 - i);
    const last = s % 11; if (last < 10) return d.join('') + last;
  }
};
const personnummer = () => { const b = yymmdd(60, 99) + dig(3); return `${b.slice(0, 6)}-${luhnComplete(b).slice(6)}`; };
const zmNrc = () => `${dig(6)}/${pad(ri(10, 99))}/1`;
const ghanaCard = () => `GHA-${nzdig(9)}-${ri(0, 9)}`;
const ukDrivingLicence = (surname) => {
  const s = (surname.toUpperCase().replace(/[^A-Z]/g, '') + '99999').slice(0, 5);
  const y = ri(60, 99); const m = ri(1, 12) + (chance(0.5) ? 50 : 0);
  return `${s}${String(y)[0]}${pad(m)}${pad(ri(1, 28))}${String(y)[1]}${chars(UP, 2)}9${chars(UP, 2)}`;
};

// ---------- passports / MRZ ----------
const MRZV = (c) => (c === '<' ? 0 : c >= '0' && c <= '9' ? Number(c) : c.charCodeAt(0) - 55);
const mrzCd = (s) => { const w = [7, 3, 1]; let t = 0; [...s].forEach((c, i) => { t += MRZV(c) * w[i % 3]; }); return String(t % 10); };
const mrz = (state, surname, given, docNo, dob, sex, exp, personal = '') => {
  const name = `${surname.toUpperCase().replace(/[^A-Z]/g, '<')}<<${given.toUpperCase().replace(/[^A-Z]/g, '<')}`;
  const l1 = `P<${state}${name}`.padEnd(44, '<').slice(0, 44);
  const doc = docNo.padEnd(9, '<');
  const pers = personal.padEnd(14, '<');
  const a = doc + mrzCd(doc); const b = dob + mrzCd(dob); const c = exp + mrzCd(exp); const p = pers + (personal ? mrzCd(pers) : '<');
  const composite = mrzCd(a + b + c + p);
  const l2 = `${a}${state}${b}${sex}${c}${p}${composite}`;
  if (l2.length !== 44) throw new Error('mrz length ' + l2.length);
  return [l1, l2];
};
const passportNo = {
  GB: () => nzdig(9), US: () => pick(['A', 'B', 'C']) + dig(8), ZA: () => pick(['A', 'M']) + dig(8), ZW: () => pick(['FN', 'CN', 'DN', 'EN']) + dig(6),
  NG: () => pick(['A', 'B']) + dig(8), KE: () => pick(['AK', 'BK', 'CK']) + dig(7), IN: () => pick([...'JKLMNPRSTUVWZ']) + nzdig(7),
  DE: () => 'C' + chars('CFGHJKLMNPRTVWXYZ0123456789', 8), FR: () => pad(ri(10, 24)) + chars(UP, 2) + dig(5), CA: () => chars(UP, 2) + dig(6),
  BR: () => chars(UP, 2) + dig(6), PT: () => chars(UP, 1) + dig(6), ES: () => chars(UP, 3) + dig(6),
};

// ---------- phones ----------
const PHONE_GEN = {
  ZW: () => pick(['77', '78', '71', '73']) + dig(7),
  ZWfix: () => '242' + pick(['70', '79', '25', '30']) + dig(4),
  ZA: () => pick(['82', '83', '72', '73', '76', '79', '84', '61', '60', '71', '81']) + dig(7),
  ZAfix: () => pick(['11', '21', '31', '12', '41']) + dig(7),
  ZAtoll: () => pick(['800', '860', '861']) + dig(6),
  KE: () => pick(['70', '71', '72', '74', '79', '11']) + dig(7),
  KEfix: () => '20' + dig(7),
  NG: () => pick(['803', '806', '813', '816', '703', '706', '810', '905', '802', '808', '701', '902']) + dig(7),
  NGfix: () => '20' + pick(['1', '9']) + dig(7),
  GB: () => '7' + pick(['4', '5', '7', '8', '9']) + dig(8),
  GBfix: () => pick(['20' + pick(['7', '8', '3']) + dig(7), '161' + dig(7), '131' + dig(7), '113' + dig(7), '117' + dig(7)]),
  GBtoll: () => pick(['800', '808']) + dig(7),
  GB03: () => pick(['300', '330', '345']) + dig(7),
  US: () => pick(['212', '312', '415', '617', '713', '206', '404', '305', '720', '646', '202', '503']) + ri(2, 9) + dig(2) + dig(4),
  UStoll: () => pick(['800', '888', '877', '866']) + ri(2, 9) + dig(6),
  CA: () => pick(['416', '604', '514', '613', '403', '780', '902', '647']) + ri(2, 9) + dig(6),
  IN: () => pick(['98', '97', '99', '91', '88', '70', '80', '63']) + dig(8),
  INfix: () => pick(['22', '80', '11', '44']) + pick(['2', '4', '6']) + dig(7),
  DE: () => pick(['151', '160', '170', '171', '176', '157']) + dig(8),
  DEfix: () => pick(['30', '40', '89', '69']) + ri(2, 9) + dig(7),
  FR: () => pick(['6', '7']) + dig(8), FRfix: () => pick(['1', '4', '5']) + dig(8),
  PT: () => pick(['91', '92', '93', '96']) + dig(7), BR: () => pick(['11', '21', '31']) + '9' + ri(6, 9) + dig(7),
  ES: () => '6' + dig(8), AU: () => '4' + pick(['0', '1', '2', '3']) + dig(7), AE: () => pick(['50', '52', '55', '56']) + dig(7),
  IE: () => '8' + pick(['3', '5', '6', '7']) + dig(7), NL: () => '6' + ri(1, 5) + dig(7), UG: () => pick(['77', '78', '70', '75']) + dig(7),
  TZ: () => pick(['71', '75', '76', '68', '65']) + dig(7), ZM: () => pick(['95', '96', '97']) + dig(7), GH: () => pick(['24', '54', '20', '55']) + dig(7),
  BW: () => pick(['71', '72', '74']) + dig(6), MW: () => pick(['99', '88']) + dig(7), MZ: () => pick(['82', '84', '86']) + dig(7),
  BE: () => '4' + pick(['7', '8', '9']) + dig(7), CH: () => '7' + pick(['6', '8', '9']) + dig(7), IT: () => '3' + pick(['3', '4', '8']) + dig(8),
  SG: () => pick(['8', '9']) + dig(7), PH: () => '9' + pick(['17', '18', '28']) + dig(7), MX: () => '55' + dig(8), AT: () => '6' + pick(['64', '60', '76']) + dig(7),
};
const REGION = (k) => k.replace(/(fix|toll|03)$/, '');
const phoneObj = (k) => {
  for (let i = 0; i < 500; i++) {
    const nsn = PHONE_GEN[k]();
    const p = parsePhoneNumberFromString(nsn, REGION(k));
    if (p && p.isValid() && p.nationalNumber === nsn) return p;
  }
  throw new Error('no valid phone for ' + k);
};
// style: intl (formatInternational), nat (formatNational), e164, compact (national digits), dash, dot, paren0 (+27 (0)82 ...)
const phone = (k, style = 'intl') => {
  const p = phoneObj(k);
  const intl = p.formatInternational(); const nat = p.formatNational();
  switch (style) {
    case 'intl': return intl;
    case 'nat': return nat;
    case 'e164': return p.number;
    case 'compact': return nat.replace(/[^\d]/g, '');
    case 'dash': return intl.replace(/ /g, '-');
    case 'natdash': return nat.replace(/[\s()]+/g, '-').replace(/^-|-$/g, '');
    case 'dot': return nat.replace(/[\s()-]+/g, '.').replace(/^\.|\.$/g, '');
    case 'paren0': return intl.replace(/^(\+\d+) /, '$1 (0)');
    case '00': return intl.replace(/^\+/, '00');
    case 'ccnoplus': return p.number.slice(1);
    case 'both': return [intl, nat, p.number];
    default: throw new Error(style);
  }
};
const phoneAll = (k) => { const p = phoneObj(k); return { intl: p.formatInternational(), nat: p.formatNational(), e164: p.number, uri: p.getURI() }; };

// ---------- banks ----------
const iban = (cc) => {
  const b = {
    DE: () => nzdig(8) + dig(10), FR: () => { const bk = dig(5); const br = dig(5); const ac = dig(11); const k = 97 - Number((89n * BigInt(bk) + 15n * BigInt(br) + 3n * BigInt(ac)) % 97n); return bk + br + ac + pad(k); },
    ES: () => { const e = dig(4); const o = dig(4); const a = dig(10); const dc = (s) => { const w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]; let t = 0; [...s].forEach((c, i) => { t += Number(c) * w[i]; }); const r = 11 - (t % 11); return r === 11 ? 0 : r === 10 ? 1 : r; }; return e + o + dc('00' + e + o) + dc(a) + a; },
    IT: () => pick([...'ABCDEFGHIJKLMNOPQRSTUVWXYZ']) + dig(5) + dig(5) + dig(12), NL: () => { for (;;) { const a = nzdig(10); let s = 0; [...a].forEach((c, i) => { s += Number(c) * (10 - i); }); if (s % 11 === 0) return pick(['INGB', 'RABO', 'ABNA', 'SNSB', 'TRIO', 'KNAB']) + a; } },
    BE: () => { const x = dig(10); let r = Number(BigInt(x) % 97n); if (r === 0) r = 97; return x + pad(r); },
    PT: () => { const x = dig(19); const r = 98 - Number((BigInt(x) * 100n) % 97n); return x + pad(r); },
    IE: () => pick(['AIBK', 'BOFI', 'IPBS', 'ULSB']) + dig(6) + dig(8), GB: () => pick(['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL', 'MONZ']) + dig(6) + dig(8),
    AT: () => dig(16), CH: () => dig(17), PL: () => dig(24), SE: () => dig(20), FI: () => dig(14), LU: () => dig(3) + dig(13), GR: () => dig(7) + dig(16),
    CY: () => dig(8) + dig(16), TR: () => dig(5) + '0' + dig(16), SA: () => dig(2) + dig(18), AE: () => dig(3) + dig(16), NO: () => dig(11), DK: () => dig(14),
    RO: () => chars(UP, 4) + dig(16), HU: () => dig(24), HR: () => dig(17), CZ: () => dig(20), MU: () => chars(UP, 4) + dig(19) + 'MUR', MT: () => chars(UP, 4) + dig(5) + dig(18),
    LT: () => dig(16), EE: () => dig(16), SI: () => dig(15), SK: () => dig(20),
  }[cc]();
  const v = ibanFor(cc, b);
  if (!ibanValid(v)) throw new Error('bad iban');
  return v;
};
const ibanPaper = (v, sep = ' ') => group(v, Array(10).fill(4), sep);
const aba = () => abaComplete(pad(pick([ri(1, 12), ri(21, 32), ri(61, 72)])) + dig(6));
const nuban = (bank3) => {
  const w = [3, 7, 3, 3, 7, 3, 3, 7, 3, 3, 7, 3]; const serial = dig(9); const s = bank3 + serial; let t = 0;
  for (let i = 0; i < 12; i++) t += Number(s[i]) * w[i];
  const a = serial + ((10 - (t % 10)) % 10);
  if (!nubanValid(bank3, a)) throw new Error('nuban');
  return a;
};
const sortCode = () => `${pad(ri(1, 99))}-${pad(ri(0, 99))}-${pad(ri(0, 99))}`;
const ukAcct = () => dig(8);
const bicCode = (cc, inst) => (inst || chars(UP, 4)) + cc + chars('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 2) + (chance(0.4) ? chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 3) : '');

// ---------- credentials ----------
const password = () => pick([
  () => pick(['Harare', 'Mombasa', 'Lagos', 'Durban', 'Sunrise', 'Baobab', 'Falcon', 'Kudu', 'Maple', 'Orchid', 'Zambezi', 'Tembo']) + pick(['@', '#', '!', '$', '_']) + ri(1990, 2026),
  () => chars(ALNUM, 3) + pick(['#', '!', '%', '&', '*']) + chars(ALNUM, 4) + dig(2),
  () => `${pick(['Blue', 'Quiet', 'Red', 'Lucky', 'Brave', 'Green'])}-${pick(['River', 'Tiger', 'Lamp', 'Cloud', 'Stone', 'Mango'])}-${ri(10, 99)}`,
  () => pick(['Welcome', 'Temp', 'Change', 'Start', 'Reset']) + ri(100, 999) + pick(['!', '?', '#']),
])();
const pin = (n = 4) => { let p; do p = dig(n); while (/^(\d)\1+$/.test(p) || p === '1234'); return p; };
const otp = (n = 6) => dig(n);
const b64url = (s) => Buffer.from(s).toString('base64url');
const jwt = () => `${b64url('{"alg":"HS256","typ":"JWT"}')}.${b64url(`{"sub":"${nzdig(7)}","scope":"orders:read","iat":${ri(1760000000, 1790000000)}}`)}.${chars(ALNUM + '-_', 43)}`;
const apiKey = (kind) => ({
  stripe: () => 'sk_live_' + chars(ALNUM, 24), rk: () => 'rk_live_' + chars(ALNUM, 24), aws: () => 'AKIA' + chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16),
  awsSecret: () => chars(ALNUM + '/+', 40), gh: () => 'ghp_' + chars(ALNUM, 36), slack: () => `xoxb-${nzdig(11)}-${nzdig(12)}-${chars(ALNUM, 24)}`,
  sg: () => `SG.${chars(ALNUM + '-_', 22)}.${chars(ALNUM + '-_', 43)}`, google: () => 'AIza' + chars(ALNUM + '-_', 35), hex32: () => chars(HEX, 32),
  hex40: () => chars(HEX, 40), jwt, glpat: () => 'glpat-' + chars(ALNUM + '-_', 20), pk: () => 'pk_live_' + chars(ALNUM, 24),
})[kind]();

// ---------- people, places ----------
const NAMES = {
  ZW: ['Tendai Moyo', 'Rudo Chikwanha', 'Tatenda Ncube', 'Farai Mutasa', 'Chiedza Dube', 'Tinashe Sibanda', 'Nyasha Mhlanga', 'Kudakwashe Zhou', 'Rutendo Marufu', 'Blessing Chigumba', 'Tapiwa Nyathi', 'Shamiso Gumbo'],
  ZA: ['Thabo Nkosi', 'Lerato Mokoena', 'Pieter van der Merwe', 'Ayanda Khumalo', 'Zanele Dlamini', 'Johan Botha', 'Nomsa Mahlangu', 'Sipho Ndlovu', 'Annelie Pretorius', 'Kagiso Molefe', 'Riaan Steyn', 'Palesa Mthembu'],
  KE: ['Wanjiru Kamau', 'Otieno Ochieng', 'Achieng Odhiambo', 'Kiprono Rotich', 'Njeri Mwangi', 'Mutua Musyoka', 'Amina Hassan', 'Wafula Barasa', 'Chebet Kirui', 'Kamau Njoroge'],
  NG: ['Chinedu Okafor', 'Aisha Bello', 'Oluwaseun Adeyemi', 'Ngozi Eze', 'Emeka Nwosu', 'Funmilayo Ogunleye', 'Ibrahim Musa', 'Tolulope Adebayo', 'Chiamaka Obi', 'Yusuf Abdullahi'],
  GB: ['Oliver Hughes', 'Emily Carter', 'Priya Shah', 'Callum MacLeod', 'Sophie Turner', 'Harry Evans', 'Megan Jones', 'Aled Morgan', 'Fiona Reid', 'Daniel Okoro'],
  US: ['Jessica Alvarez', 'Michael Chen', 'Brianna Johnson', 'Tyler Brooks', 'Maria Gonzalez', 'Kevin O\'Neill', 'Ashley Nguyen', 'Marcus Williams', 'Hannah Kowalski', 'DeShawn Harris'],
  IN: ['Ananya Iyer', 'Rahul Verma', 'Priyanka Nair', 'Arjun Reddy', 'Sneha Kulkarni', 'Vikram Singh', 'Meera Pillai', 'Rohan Gupta', 'Kavya Menon', 'Aditya Joshi'],
  CA: ['Émilie Tremblay', 'Liam MacDonald', 'Chloé Gagnon', 'Noah Singh', 'Ava Roy', 'Mathieu Côté', 'Olivia Wilson'],
  FR: ['Camille Dubois', 'Julien Moreau', 'Léa Fontaine', 'Mamadou Diallo', 'Sophie Lefèvre', 'Antoine Girard'],
  DE: ['Lukas Schneider', 'Anna Becker', 'Jonas Wagner', 'Lena Hoffmann', 'Murat Yilmaz', 'Katrin Schulz'],
  PT: ['João Ferreira', 'Ana Sousa', 'Mariana Costa', 'Tiago Santos', 'Beatriz Almeida', 'Inês Carvalho'],
  BR: ['Lucas Oliveira', 'Fernanda Lima', 'Rafael Souza', 'Juliana Ribeiro'],
  ES: ['Lucía García', 'Javier Martínez', 'Carmen López', 'Pablo Sánchez', 'Alejandro Ruiz'],
  NL: ['Sanne de Vries', 'Daan Jansen', 'Femke Bakker'], IT: ['Giulia Rossi', 'Marco Bianchi', 'Francesca Romano'],
  MX: ['Diego Hernández', 'Valeria Torres'], AU: ['Jack Thompson', 'Chloe Nguyen', 'Ruby Mitchell'],
};
const name = (r) => pick(NAMES[r] || NAMES.GB);
const first = (n) => n.split(' ')[0];
const last = (n) => n.split(' ').slice(-1)[0];
const AGENTS = ['Grace', 'Tawanda', 'Lindiwe', 'Brian', 'Fatima', 'Sam', 'Ruth', 'Kelvin', 'Neha', 'Joseph', 'Mercy', 'Olu', 'Hannah', 'Kwame', 'Zodwa', 'Peter', 'Esther', 'Imran', 'Chipo', 'Daniel', 'Sarah', 'Musa', 'Aoife', 'Carlos'];
const agent = () => pick(AGENTS);
const slug = (n) => n.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z ]/g, '');
const DOMAINS = {
  ZW: ['zol.co.zw', 'gmail.com', 'yahoo.com'], ZA: ['webmail.co.za', 'gmail.com', 'icloud.com', 'outlook.com'], KE: ['gmail.com', 'yahoo.com', 'outlook.com'],
  NG: ['yahoo.com', 'gmail.com', 'hotmail.com'], GB: ['yahoo.co.uk', 'outlook.com', 'icloud.com', 'btinternet.com', 'gmail.com'], US: ['gmail.com', 'icloud.com', 'outlook.com', 'yahoo.com', 'proton.me'],
  IN: ['rediffmail.com', 'gmail.com', 'yahoo.co.in'], CA: ['gmail.com', 'videotron.ca', 'outlook.com'], FR: ['orange.fr', 'gmail.com', 'free.fr'], DE: ['gmx.de', 'web.de', 'gmail.com'],
  PT: ['sapo.pt', 'gmail.com'], BR: ['gmail.com', 'uol.com.br'], ES: ['gmail.com', 'telefonica.net'], NL: ['ziggo.nl', 'gmail.com'], IT: ['libero.it', 'gmail.com'],
};
const regionOf = (n) => Object.keys(NAMES).find((r) => NAMES[r].includes(n)) || 'US';
const personalEmail = (n) => {
  const [f, ...r] = slug(n).split(' '); const l = r[r.length - 1] || 'x';
  const local = pick([`${f}.${l}`, `${f}${l}${ri(1, 99)}`, `${f[0]}${l}`, `${f}_${l}`, `${l}.${f}${ri(70, 99)}`, `${f}.${l}+orders`]);
  return `${local}@${pick(DOMAINS[regionOf(n)] || DOMAINS.US)}`;
};
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const longDate = () => `${ri(1, 28)} ${pick(MONTHS)} 2026`;
const luhnRef = (len, lead) => luhnComplete(lead + dig(len - lead.length - 1));
const imei = () => luhnComplete(pick(['35', '86', '01', '35']) + dig(12));
const ticket = () => `${pick(['#', 'INC', 'CS-', 'TKT-', 'REQ'])}${ri(100000, 9999999)}`;

// ---------- templates ----------
// Each: { t: 'pos'|'neg' or one kind per use, tags: 'sector cc=XX notes', n: 1|2 (uses), f: (use) => marked text,
// tags2: the tags of the second use when it differs (a positive whose second use masks or drops the value) }
const T = [];
const add = (t, tags, n, f, tags2) => T.push({ t, tags, n, f, tags2 });

// extra generators
const nifPt = () => { const b = String(ri(1, 2)) + dig(7); let s = 0; [...b].forEach((c, i) => { s += Number(c) * (9 - i); }); const r = 11 - (s % 11); return b + (r >= 10 ? 0 : r); };
const itin = () => `9${dig(2)}-${pick(['70', '71', '72', '73', '74', '75', '76', '77', '78', '80', '81', '82', '83', '84', '85', '86', '87', '88', '90', '91', '92', '94', '95', '96', '97', '98', '99'])}-${dig(4)}`;
const onDl = (surname) => `${surname[0].toUpperCase()}${dig(4)}-${dig(5)}-${dig(5)}`;
const usDl = () => pick([() => pick(['D', 'F', 'B', 'Y']) + dig(7), () => pick([...UP]) + dig(12), () => dig(9)])();
const amt = (lo, hi) => `${ri(lo, hi)}.${pad(ri(0, 99))}`;
const amtSp = (lo, hi) => { const n = ri(lo, hi); return `${String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ')},${pad(ri(0, 99))}`; };
const amtC = (lo, hi) => String(ri(lo, hi)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const time = () => `${pad(ri(7, 18))}:${pick(['00', '15', '30', '45'])}`;
const orderNo = () => `${pick(['', 'SW-', 'ORD-', '#'])}${ri(1000000, 99999999)}`;
const pnr = () => chars('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 6);

// ================= POSITIVE: cards =================
add(['pos', 'neg'], 'bank cc=ZA card exp', 2, (k) => {
  const n = name('ZA');
  return `Hi ${first(n)},

I've logged a dispute on your cheque card ${k ? `ending in ${dig(4)}` : `${CARD(cardFmt(card('visa')))} (exp ${EXP(expiry())})`} for the R${amtSp(300, 4800)} debit from "NETFLX*DIGITAL" on ${longDate()}. Provisional credit normally reflects within 5 working days; I'll update you once the merchant responds.

Regards,
${agent()}
Card Disputes`;
}, 'bank cc=ZA masked card twin');
add('pos', 'ecommerce cc=US card amex exp cvv quoted', 1, () => {
  const n = name('US'); const d = card('amex');
  return `Hi ${first(n)},

Thanks for your patience! I've removed the saved card from your profile like you asked, so it won't be charged for the subscription anymore.

On ${pick(['Mon', 'Tue', 'Wed'])}, ${pick(MONTHS)} ${ri(2, 27)}, 2026 at ${ri(1, 11)}:${pad(ri(0, 59))} PM ${n} wrote:
> hi, please delete the card i saved, its ${CARD(cardFmt(d))} exp ${EXP(expiry())} CID ${CVV(cvv(4))}. I dont use it anymore and
> i dont want the renewal to go through

Best,
${agent()} | Shopwell Customer Care`;
});
add('pos', 'airline cc=GB card dashes exp', 1, () => {
  const n = name('GB');
  return `Dear ${pick(['Mr', 'Ms'])} ${last(n)},

Booking reference ${pnr()}: the seat change on your ${pick(['LHR–JNB', 'MAN–DXB', 'LGW–NBO'])} flight has been confirmed. The card on file, ${CARD(cardFmt(card('visa'), '-'))}, expiring ${EXP(expiryLong())}, was charged GBP ${amt(40, 420)}.

If you did not request this change, please reply to this message.

Kind regards,
Reservations Team`;
});
add('pos', 'hotel cc=DE lang=de card exp cvv', 1, () => {
  const n = name('DE');
  return `Sehr geehrte${chance(0.5) ? ' Frau' : 'r Herr'} ${last(n)},

vielen Dank für Ihre Buchung vom ${ri(1, 28)}.${ri(1, 9)}.2026. Ihre Reservierung ist mit der Kreditkarte ${CARD(cardFmt(card('mc')))} (gültig bis ${EXP(expiry())}, Prüfnummer ${CVV(cvv())}) garantiert. Eine Belastung erfolgt erst bei Anreise.

Mit freundlichen Grüßen
Ihr Empfangsteam`;
});
add('pos', 'telecom cc=KE lang=sw card chat', 1, () => {
  const n = name('KE');
  return `sawa ${first(n).toLowerCase()}, card ${CARD(card('visa'))} ndio imetumika kulipia bill ya Ksh ${amtC(1500, 9000)} jana. naangalia kwa nini haijaonekana kwa account yako, nipe dakika 10`;
});
add('pos', 'gaming cc=US card obf=fullwidth', 1, () => {
  const n = name('US'); const d = card('visa');
  return `Hey ${first(n)},

The store kept rejecting your top-up because the card number came through in full-width characters (looks like your keyboard was set to Japanese input): ${CARD(FW(cardFmt(d)))}

Switch the keyboard back to normal and retype it in the payment form, not here, and it should go through. Your 1,200 Crystals bundle is still reserved for you.

GG,
${agent()} – Player Support`;
});
add('pos', 'insurance cc=ZA lang=af card exp', 1, () => {
  const n = name('ZA');
  return `Goeiemiddag ${first(n)},

Ons het jou maandelikse premie se debietorder na die kredietkaart ${CARD(cardFmt(card('visa')))} oorgeskakel (vervaldatum ${EXP(expiry())}). Die eerste aftrekking sal op die 1ste van volgende maand plaasvind.

Vriendelike groete
${agent()}
Polisadministrasie`;
});
add(['pos', 'neg'], 'ecommerce cc=NG card verve', 2, (k) => {
  const n = name('NG');
  return `Dear ${first(n)},

We are sorry about the double debit. Our records show that your Verve card ${k ? `ending in ${dig(4)}` : CARD(group(card('verve'), [4, 4, 4, 4, 3], ' '))} was charged twice for order ${orderNo()} (₦${amtC(8000, 95000)}). The second charge has been reversed and should reflect in 3–5 working days.

Thank you for shopping with us.
Customer Experience Team`;
}, 'ecommerce cc=NG masked card twin');
add('pos', 'saas cc=FR lang=fr card exp cvv', 1, () => {
  const n = name('FR');
  return `Bonjour ${first(n)},

Nous avons bien mis à jour votre moyen de paiement : carte ${CARD(cardFmt(card(pick(['visa', 'mc']))))}, exp. ${EXP(expiry())}, cryptogramme ${CVV(cvv())}. Le prélèvement de l'abonnement Pro (${ri(19, 89)},00 €) sera effectué le ${ri(1, 28)} du mois.

Bien cordialement,
${agent()} – Service client`;
});
add('pos', 'crypto cc=GB card obf=zwsp', 1, () => {
  const n = name('GB'); const d = card('mc2');
  return `Hi ${first(n)},

The card you tried to link (${CARD(cardFmt(d, ' ' + ZW))}) was declined by your issuer with code 05 "do not honour". This usually means the bank blocks crypto purchases; please contact them or use a bank transfer instead.

Cheers,
${agent()}`;
});
add('pos', 'travel cc=BR lang=pt card elo exp cvv', 1, () => {
  const n = name('BR');
  return `Olá ${first(n)}, tudo bem?

O pagamento da sua reserva com o cartão Elo ${CARD(cardFmt(card('elo')))} (validade ${EXP(expiry())}, CVV ${CVV(cvv())}) foi recusado pela operadora. Pode tentar novamente pelo link de pagamento ou usar Pix.

Abraços,
${agent()} – Atendimento`;
});
add(['pos', 'neg'], 'bank cc=IN card obf=linebreak', 2, (k) => {
  const n = name('IN'); const f = cardFmt(card('mc'));
  return `Dear ${first(n)},

As requested, we have hot-listed the debit card ${k ? `XXXX XXXX\nXXXX ${dig(4)}` : CARD(f.slice(0, 9) + '\n' + f.slice(10))} after the reported loss. A replacement card will be dispatched to your registered address within 7 working days.

Regards,
${agent()}
Cards Helpdesk`;
}, 'bank cc=IN masked card twin');
add('pos', 'ecommerce cc=US card exp cvv html table', 1, () => `<p>Hi ${first(name('US'))},</p>
<p>Here is what we have on the failed payment attempt:</p>
<table border="1" cellpadding="4">
<tr><td>Card</td><td>${CARD(cardFmt(card('discover')))}</td></tr>
<tr><td>Expiry</td><td>${EXP(expiry())}</td></tr>
<tr><td>CVC</td><td>${CVV(cvv())}</td></tr>
<tr><td>Amount</td><td>$${amt(20, 300)}</td></tr>
</table>
<p>The issuer returned "insufficient funds". Let us know if you want to try another card.</p>`);
add('pos', 'logistics cc=GB card exp csv', 1, () => {
  const rows = ['diners16', 'maestro12', 'unionpay'].map((b) => `${first(name('GB'))[0]}. ${last(name('GB'))},${CARD(card(b))},${EXP(expiry())},${amt(20, 300)}`);
  return `Hi team,

Pasting the failed courier-fee charges from this morning so finance can retry them:

customer,card,exp,amount_gbp
${rows.join('\n')}

Thanks,
${agent()}`;
});
add('pos', 'bank cc=US card obf=entity html', 1, () => `<p>Hello ${first(name('US'))},</p>
<p>We reissued your card. The old card number <b>${CARD(ENT(cardFmt(card('visa'))))}</b> is no longer active.</p>
<p>Best regards,<br>Card Services</p>`);
add('neg', 'fitness cc=ZA masked card dots', 1, () => {
  const n = name('ZA');
  return `Hi ${first(n)},

Your membership debit will now come off the card ••••.••••.••••.${dig(4)} from next month. The old card has been removed. Thanks for training with us!

${agent()}
Member Services`;
});
add('pos', 'travel cc=JP card jcb exp', 1, () => `Dear Mr ${pick(['Tanaka', 'Sato', 'Watanabe', 'Ito'])},

Thank you for booking the Victoria Falls sunset cruise. We have charged USD ${ri(80, 260)}.00 to your JCB card ${CARD(cardFmt(card('jcb')))}, valid until ${EXP(expiry())}. Pickup from your hotel is at 16:15.

Warm regards,
${agent()}
Reservations`);
add('pos', 'ecommerce cc=CN card unionpay19', 1, () => `Hi ${pick(['Wei', 'Li Na', 'Zhang Min', 'Chen Jie'])},

Sorry for the trouble. Our processor did accept UnionPay, but the 19-digit number ${CARD(group(card('unionpay19'), [6, 13], ' '))} was cut to 16 digits by the checkout form, which is why it failed. We have fixed the form; please try again.

Regards,
${agent()}`);
add('neg', 'restaurant cc=ZW masked card', 1, () => {
  const n = name('ZW');
  return `Mhoro ${first(n)},

Your table for 6 on Saturday at 19:30 is confirmed. We hold it with the Diners card 36${dig(2)} ****** ${dig(4)}; a no-show fee of US$25 per person applies after 20:00.

See you then,
${agent()}`;
});
add('neg', 'ecommerce cc=NL lang=nl masked card', 1, () => {
  const n = name('NL');
  return `Hoi ${first(n)},

Je bestelling is geannuleerd. Het bedrag van € ${ri(20, 250)},${pad(ri(0, 99))} wordt teruggestort op de Maestro-pas die eindigt op ${dig(4)}. Dit duurt meestal 3 tot 5 werkdagen.

Groetjes,
${agent()}`;
});
add(['pos', 'neg'], 'hotel cc=ZW card mir exp', 2, (k) => `Dear ${pick(['Mr Ivanov', 'Ms Petrova', 'Mr Smirnov'])},

Unfortunately our terminal in Victoria Falls cannot process Mir cards, so the deposit on ${k ? `your card (**** ${dig(4)})` : `card ${CARD(cardFmt(card('mir')))} (exp. ${EXP(expiry())})`} did not go through. Could you pay the US$${ri(100, 400)} deposit by bank transfer or at check-in in cash?

Best regards,
Front Office`, 'hotel cc=ZW masked card twin');
add('neg', 'utility cc=US masked card autopay', 1, () => {
  const n = name('US');
  return `Hi ${first(n)},

AutoPay is now turned on for your electric account. Each bill will be charged on the due date to your Discover card ending in ${dig(4)}. You'll get an email reminder 3 days before each payment.

Thank you,
${agent()}, Customer Care`;
});
add('pos', 'ecommerce cc=GB card obf=nbsp html', 1, () => `<div>Hi ${first(name('GB'))},<br><br>The refund of £${amt(10, 200)} has been sent back to ${CARD(cardFmt(card('visa19'), NBSP))}. It can take up to 10 days to appear.<br><br>Thanks,<br>${agent()}</div>`);
add('pos', 'school cc=ZW lang=sn card', 1, () => {
  const n = name('ZW');
  return `Mhoro ${first(n)},

Fees dze term 2 dzabhadharwa zvakanaka ne card ${CARD(cardFmt(card('diners14')))}, US$${ri(150, 900)}.00. Receipt tichaitumira kuna mwana kuchikoro muvhiki rino.

Maita basa,
Bursar's Office`;
});
add('pos', 'ecommerce cc=US card obf=spacedhyphen exp', 1, () => `Hi ${first(name('US'))},

I checked the order and the payment failed because the card number was entered as ${CARD(cardFmt(card('visa'), ' - '))} with the expiry ${EXP(expiry())} and CVC ${CVV(cvv())} — the form doesn't like the dashes. Can you place the order again without them?

Thanks!
${agent()}`);
add('pos', 'payments cc=KE card exp cvv log', 1, () => {
  const d = card('visa'); const e = `${ri(27, 31)}${pad(ri(1, 12))}`;
  return `Hi ${agent()},

Escalating this one: the customer's payment keeps timing out at the gateway. From the raw request log:

2026-${pad(ri(1, 9))}-${pad(ri(1, 28))}T${time()}:11Z POST /charge PAN=${CARD(d)};EXP=${EXP(e)};CVV2=${CVV(cvv())};AMT=${ri(500, 9000)}00;CUR=KES

Can payments-eng check why the acquirer isn't responding?

Thanks`;
});
add('pos', 'airline cc=IN card rupay obf=doublespace', 1, () => `Dear ${first(name('IN'))},

Your refund for PNR ${pnr()} (INR ${amtC(3000, 28000)}) has been initiated to the card ${CARD(cardFmt(card('visa'), '  '))}. Refunds to cards take 7–10 working days.

Regards,
Customer Relations`);
add('pos', 'bank cc=US card amex obf=html-split', 1, () => {
  const d = cardFmt(card('amex'));
  return `<p>Hi ${first(name('US'))},</p><p>The Platinum card <span class="pan">${CARD(d.slice(0, 4) + '</span> <span class="pan">' + d.slice(5))}</span> has been closed and the balance moved to your new card.</p>`;
});

// ================= POSITIVE: national IDs =================
add(['pos', 'neg'], 'payroll cc=US ssn', 2, (k) => {
  const n = name('US');
  return `Hello ${first(n)},

I corrected the typo on your W-2. It now shows ${k ? `the Social Security number ending in ${dig(4)}` : `Social Security number ${NID(ssn())}`} and the corrected form will be mailed by ${pick(MONTHS)} ${ri(1, 28)}.

Thanks,
${agent()}
Payroll Services`;
}, 'payroll cc=US masked ssn twin');
add('pos', 'tax cc=US ssn quoted nodash', 1, () => {
  const n = name('US'); const s = ssn().replace(/-/g, '');
  return `Hi ${first(n)},

Got it — we'll amend the return. For our records, below is what you sent:

> My social is ${NID(s)} not the one on the 1040, you guys had two digits swapped
> Thanks ${first(n)}

The amended return (1040-X) will be ready for your signature by Friday.

${agent()}
Tax Prep Team`;
});
add('pos', 'tax cc=US itin', 1, () => `Dear ${first(name('MX'))},

Your ITIN application was approved. Your Individual Taxpayer Identification Number is ${NID(itin())}. Please use it on your 2025 return instead of the temporary number.

Sincerely,
Taxpayer Assistance`);
add(['pos', 'neg'], 'payroll cc=GB nino', 2, (k) => {
  const n = name('GB');
  return k ? `Hiya ${first(n)}, thanks for sending the P45. I've added your National Insurance number to your payroll record so you won't be on the emergency tax code next month.` : `Hiya ${first(n)}, thanks for sending the P45. I've added your National Insurance number (${NID(nino(false))}) to your payroll record so you won't be on the emergency tax code next month.`;
}, 'payroll cc=GB nino no-value twin');
add('pos', 'payroll cc=GB nino csv', 1, () => {
  const rows = [0, 1, 2, 3].map(() => { const n = name('GB'); return `${last(n)},${first(n)},${NID(nino(false))},${pick(['1257L', 'BR', '1257L', 'K475'])}`; });
  return `Hi Sam,

Here's the starters list for this month, please check the tax codes:

surname,forename,ni_number,tax_code
${rows.join('\n')}

Cheers,
${agent()}`;
});
add('pos', 'car-rental cc=GB driving-licence', 1, () => {
  const n = name('GB');
  return `Hi ${first(n)},

Your rental is confirmed for pick-up at Edinburgh Waverley on ${longDate()}. We've checked your driving licence ${NID(ukDrivingLicence(last(n)))} with the DVLA and there are no endorsements on record.

Enjoy the trip,
${agent()}`;
});
add(['pos', 'neg'], 'bank cc=ZA said fica', 2, (k) => {
  const n = name('ZA');
  return `Dear ${first(n)},

Thank you for submitting your FICA documents. We have verified your identity ${k ? 'document' : `number ${NID(saId())}`} against the Home Affairs database and your account is now fully active.

Kind regards,
${agent()}
Client Onboarding`;
}, 'bank cc=ZA no-value twin');
add('pos', 'municipality cc=ZA lang=af said spaced', 1, () => {
  const n = name('ZA'); const id = saId();
  return `Beste ${first(n)},

Jou aansoek vir die pensioenarisse-korting op erfbelasting is ontvang. Ons het die ID-nommer ${NID(`${id.slice(0, 6)} ${id.slice(6, 10)} ${id.slice(10)}`)} op die rekening aangeteken. Die korting sal vanaf Julie op jou staat verskyn.

Groete,
Inkomstedienste`;
});
add(['pos', 'neg'], 'mobile-money cc=ZW lang=sn zwid', 2, (k) => {
  const n = name('ZW');
  return k ? `Mhoro ${first(n)}, account yenyu yava kushanda. Takanyoresa ne ID yenyu yatakatambira pamberi. Kana paine chakakanganisika, tiudzei.` : `Mhoro ${first(n)}, account yenyu yava kushanda. Takanyoresa ID ${NID(zwId(0))}. Kana paine chakakanganisika, tiudzei.`;
}, 'mobile-money cc=ZW lang=sn no-value twin');
add('pos', 'bank cc=ZW zwid compact', 1, () => `Good morning ${first(name('ZW'))},

The account opening form you sent has ID number ${NID(zwId(2))} but the copy of the ID card shows a different district code. Please bring the original ID to any branch so we can fix this.

Regards,
${agent()}`);
add('pos', 'telecom cc=IN aadhaar kyc', 1, (k) => {
  const n = name('IN');
  return k ? `Hi ${first(n)} ji, aapka e-KYC complete ho gaya hai. Aadhaar ${NID(aadhaar())} se verification successful raha. SIM 4 ghante mein activate ho jayega.` : `Dear ${first(n)},

Your SIM replacement request is approved. The e-KYC was done against Aadhaar number ${NID(aadhaar(''))}. Please visit the store with the original card to collect your new SIM.

Regards,
${agent()}`;
});
add('pos', 'bank cc=IN aadhaar pan', 1, () => {
  const n = name('IN');
  return `Dear ${first(n)} ${last(n)},

We have updated your KYC details as below:
PAN: ${NID(panIn(last(n)))}
Aadhaar: ${NID(aadhaar('-'))}

Your account freeze has been lifted. Thank you for your cooperation.

Branch Operations`;
});
add(['pos', 'neg'], 'telecom cc=NG nin pidgin', 2, (k) => {
  const n = name('NG');
  return `Hello ${first(n)}, abeg no vex for the delay. Your NIN ${k ? '' : `${NID(nin())} `}don link to your SIM now, you fit make calls again.`;
}, 'telecom cc=NG no-value twin');
add(['pos', 'neg'], 'bank cc=NG bvn', 2, (k) => {
  const n = name('NG');
  return `Dear ${first(n)},

We noticed the BVN on your account ${k ? '' : `(${NID(bvn())}) `}does not match the name on your profile. Kindly visit any of our branches with a valid means of identification to correct this.

Regards,
Customer Care`;
}, 'bank cc=NG no-value twin');
add('pos', 'government cc=KE kra id', 1, () => {
  const n = name('KE');
  return `Dear ${first(n)},

Your KRA PIN certificate is attached. For your records:
Name: ${n.toUpperCase()}
KRA PIN: ${NID(kraPin())}
ID number: ${NID(kenyaId())}

Remember to file your returns by 30th June.

Regards,
Taxpayer Services`;
});
add('pos', 'payroll cc=CA lang=fr sin', 1, () => {
  const n = name('CA');
  return `Bonjour ${first(n)},

Votre dossier de paie est maintenant complet. Nous avons inscrit votre numéro d'assurance sociale (NAS) ${NID(sin())} et vos feuillets T4 vous seront envoyés en février.

Cordialement,
${agent()}
Service de la paie`;
});
add('neg', 'government cc=CA masked sin', 1, () => `Hello ${first(name('CA'))},

We've updated your EI claim. The Social Insurance Number on the claim now ends in ${dig(3)}, which matches your Record of Employment. Your first payment should be issued within 28 days.

Service Canada Support`);
add('pos', 'payroll cc=DE lang=de steuerid', 1, () => {
  const n = name('DE');
  return `Hallo ${first(n)},

danke für die Unterlagen. Ich habe deine Steuer-Identifikationsnummer ${NID(steuerId())} im Personalsystem hinterlegt; ab der nächsten Abrechnung wird die richtige Steuerklasse angewendet.

Viele Grüße
${agent()} (HR)`;
});
add('pos', 'ecommerce cc=ES lang=es dni nie', 1, (k) => {
  const n = name('ES');
  return k ? `Hola ${first(n)},

Para emitir la factura a tu nombre hemos registrado el NIE ${NID(nie())}. La recibirás por correo en las próximas 24 horas.

Un saludo,
${agent()}` : `Hola ${first(n)}, ya está corregida la factura: ahora aparece tu DNI ${NID(dni())} en lugar del de la empresa. ¡Gracias por avisar!`;
});
add('pos', 'healthcare cc=FR lang=fr nir', 1, () => {
  const n = name('FR');
  return `Bonjour ${first(n)},

Nous avons bien reçu votre demande de remboursement. Votre dossier est enregistré sous le numéro de sécurité sociale ${NID(nir())}. Le remboursement sera versé sous 10 jours.

Cordialement,
Le service des prestations`;
});
add('pos', 'ecommerce cc=BR lang=pt cpf', 1, () => {
  const n = name('BR');
  return `Oi ${first(n)}! A nota fiscal do seu pedido ${orderNo()} foi emitida com o CPF ${NID(cpf())}. Se precisar trocar para CNPJ, é só responder aqui. Abraço!`;
});
add('pos', 'government cc=NL bsn', 1, () => {
  const n = name('NL');
  return `Beste ${first(n)},

Uw aanvraag voor zorgtoeslag is verwerkt. De aanvraag staat geregistreerd op burgerservicenummer (BSN) ${NID(bsn())}. U ontvangt binnen 8 weken een beschikking.

Met vriendelijke groet,
Klantcontact`;
});
add('pos', 'saas cc=SE personnummer', 1, () => `Hej ${pick(['Erik', 'Astrid', 'Johan', 'Elin'])},

The e-signature failed because the BankID personnummer on the contract (${NID(personnummer())}) is in a different format than your profile. I've updated the profile, please try signing again.

Best,
${agent()}`);
add('pos', 'mobile-money cc=ZM nrc', 1, () => `Dear ${pick(['Mwila', 'Chanda', 'Mutale', 'Bwalya'])},

Your wallet KYC is now complete. NRC number ${NID(zmNrc())} has been verified and your limits have been increased.

Thank you.`);
add('pos', 'telecom cc=GH ghanacard', 1, () => `Hello ${pick(['Kofi', 'Ama', 'Kwabena', 'Efua'])},

Your SIM re-registration is complete. The SIM is now linked to Ghana Card ${NID(ghanaCard())}. No further action needed.

Regards,
Customer Service`);
add('pos', 'car-rental cc=US driver-licence', 1, () => {
  const n = name('US');
  return `Hi ${first(n)},

All set for your pickup at SFO on ${longDate()}. We verified driver's license ${NID(usDl())} (CA) and the additional driver has been added at no charge.

Safe travels,
${agent()}`;
});
add('pos', 'insurance cc=CA driver-licence', 1, () => {
  const n = name('CA');
  return `Hi ${first(n)},

I've added the new driver to your auto policy. Ontario driver's licence ${NID(onDl(last(n)))} has been rated and your premium changes by $${ri(12, 60)}.${pad(ri(0, 99))}/month.

Thanks,
${agent()}`;
});
add('pos', 'tax cc=PT lang=pt nif', 1, () => {
  const n = name('PT');
  return `Bom dia ${first(n)},

A fatura foi reemitida com o seu NIF ${NID(nifPt())}. Já deve aparecer no Portal das Finanças dentro de alguns dias.

Com os melhores cumprimentos,
${agent()}`;
});

// ================= POSITIVE: passports / MRZ =================
const dobY = () => `${pad(ri(60, 99))}${pad(ri(1, 12))}${pad(ri(1, 28))}`;
const expY = () => `${ri(27, 35)}${pad(ri(1, 12))}${pad(ri(1, 28))}`;
add(['pos', 'neg'], 'airline cc=GB passport', 2, (k) => {
  const n = name('GB');
  return `Dear ${first(n)},

We have added your Advance Passenger Information to booking ${pnr()}. ${k ? `Passport ending ${dig(3)}` : `Passport number ${PASS(passportNo.GB())}`}, nationality GBR. Please make sure this matches the passport you travel with.

Kind regards,
${agent()}`;
}, 'airline cc=GB masked passport twin');
add('pos', 'visa-agency cc=ZW passport mrz', 2, (k) => {
  const n = name(k ? 'NG' : 'ZW'); const st = k ? 'NGA' : 'ZWE'; const no = k ? passportNo.NG() : passportNo.ZW();
  const [l1, l2] = mrz(st, last(n), first(n), no, dobY(), pick(['M', 'F']), expY());
  return `Hello ${first(n)},

The embassy rejected the scan because the bottom of the data page was cut off. This is what their system read from it:

${PASS(l1)}
${PASS(l2)}

Passport number ${PASS(no)} is correct, but please rescan the full page at 300 dpi and resend.

Regards,
${agent()}
Visa Desk`;
});
add('pos', 'government cc=NG passport dob', 1, () => {
  const n = name('NG');
  return `Dear ${first(n)},

Your passport renewal has been approved. New passport number: ${PASS(passportNo.NG())}. Date of issue: ${longDate()}. You can collect it at the Ikoyi office from Monday.

Immigration Service Desk`;
});
add('pos', 'travel cc=KE lang=sw passport', 1, () => `Habari ${first(name('KE'))},

Tiketi yako imethibitishwa. Tumeweka nambari ya pasipoti ${PASS(passportNo.KE())} kwenye taarifa za safari. Tafadhali fika uwanjani saa 3 kabla ya safari.

Asante,
${agent()}`);
add('pos', 'airline cc=IN passport', 1, () => {
  const n = name('IN');
  return `Dear ${first(n)},

For your Dubai flight we need the passport to be valid for 6 months. The passport we have on file (${PASS(passportNo.IN())}) expires in ${pick(MONTHS)} 2026, so please update it in Manage Booking before travel.

Regards,
${agent()}`;
});
add('pos', 'airline cc=FR lang=fr passport', 1, () => `Bonjour ${first(name('FR'))},

Nous avons mis à jour les informations API de votre réservation ${pnr()} : passeport n° ${PASS(passportNo.FR())}, nationalité française. Bon voyage !

L'équipe Réservations`);
add('pos', 'visa-agency cc=US passport mrz html', 1, () => {
  const n = name('US'); const no = passportNo.US();
  const [l1, l2] = mrz('USA', last(n), first(n), no, dobY(), pick(['M', 'F']), expY());
  return `<p>Hi ${first(n)},</p>
<p>The OCR of your passport failed on the second line. Here is what it read:</p>
<pre>${PASS(l1)}
${PASS(l2)}</pre>
<p>Could you upload a clearer photo, without glare on the bottom of the page?</p>`;
});
add('pos', 'airline cc=ZA passport mrz quoted', 1, () => {
  const n = name('ZA'); const no = passportNo.ZA();
  const [l1, l2] = mrz('ZAF', last(n), first(n), no, dobY(), pick(['M', 'F']), expY(), chance(0.5) ? '' : '');
  return `Hi ${first(n)},

Thanks, that worked. The check-in kiosk should accept it now.

-----Original Message-----
From: ${n}
Sent: ${longDate()} ${time()}
Subject: cant check in

the app keeps saying passport invalid, I typed the bottom lines like this
${PASS(l1)}
${PASS(l2)}
what am i doing wrong`;
});
add('neg', 'government cc=CA passport no-number', 1, () => `Hello ${first(name('CA'))},

Your passport application was received on ${longDate()}. Once printed, your new passport will have a different number from your old one, so remember to update it with your airline. Standard processing is 20 business days.

Passport Program`);
// ================= POSITIVE: phones =================
add(['pos', 'neg'], 'mobile-money cc=ZW phone', 2, (k) => {
  const n = name('ZW');
  return `Hi ${first(n)},

The reversal of US$${ri(5, 300)}.00 has gone back to your wallet ${k ? `07** *** ${dig(3)}` : PH(phone('ZW', 'nat'))}. Sorry for the inconvenience.

${agent()}
Wallet Support`;
}, 'mobile-money cc=ZW masked phone twin');
add('pos', 'insurance cc=ZA phone paren0', 1, () => {
  const n = name('ZA');
  return `Hi ${first(n)},

I've scheduled the assessor to call you on ${PH(phone('ZA', 'paren0'))} tomorrow between 10:00 and 12:00 to arrange the vehicle inspection.

Regards,
${agent()}
Claims`;
});
add(['pos', 'neg'], 'logistics cc=NG phone', 2, (k) => {
  const n = name('NG');
  return `Dear ${first(n)},

Your parcel is out for delivery today. Our rider Musa ${k ? 'will call the number on your order' : `(${PH(phone('NG', 'intl'))}) will contact you`} before arrival.

Thank you for choosing us.`;
}, 'logistics cc=NG no-value twin');
add('pos', 'bank cc=GB phone sig', 1, () => `Dear ${first(name('GB'))},

Thank you for your letter. Your complaint reference is CMP-${ri(100000, 999999)} and we aim to respond in full within 8 weeks.

Yours sincerely,

${agent()} ${last(name('GB'))}
Complaints Resolution Team
T: ${PH(phone('GBfix', 'nat'))}
M: ${PH(phone('GB', 'nat'))}`);
add('pos', 'saas cc=US phone tel-link html', 1, (k) => {
  const p = phoneAll(k ? 'US' : 'UStoll');
  return `<p>Hi ${first(name('US'))},</p>
<p>Happy to walk you through the SSO setup on a call. You can reach our onboarding line at <a href="tel:${PH(p.e164)}">${PH(p.nat)}</a>, Monday to Friday, 9am–6pm ET.</p>
<p>Best,<br>${agent()}</p>`;
});
add('pos', 'ecommerce cc=IN phone whatsapp', 1, () => `Hi ${first(name('IN'))}, I've shared the return pickup details on WhatsApp at ${PH(phone('IN', 'intl'))}. The courier will come between 10am and 2pm tomorrow.`);
add('pos', 'telecom cc=DE lang=de phone', 1, () => `Hallo ${first(name('DE'))},

wir haben die Rufnummernmitnahme für ${PH(phone('DE', 'nat'))} beauftragt. Die Portierung erfolgt am ${ri(1, 28)}.${ri(1, 12)}. zwischen 6 und 8 Uhr.

Beste Grüße
Ihr Kundenservice`);
add('pos', 'delivery cc=FR lang=fr phone', 1, () => `Bonjour ${first(name('FR'))}, le livreur vous appellera au ${PH(phone('FR', 'nat'))} une heure avant son passage. Merci de votre patience !`);
add('neg', 'ecommerce cc=BR lang=pt masked phone', 1, () => `Oi ${first(name('BR'))}, tudo certo! Cadastramos o celular (${pick(['11', '21', '31'])}) 9****-${dig(4)} para receber as atualizações de entrega por SMS.`);
add('neg', 'hotel cc=AE transfer no-phone', 1, () => `Dear Guest,

Your airport transfer is confirmed for 23:40. The driver, Imran, will hold a sign with your name at arrivals, Terminal 3, exit 2. We'll text you his details two hours before landing.

Concierge`);
add('pos', 'bank cc=ZA phone obf=dot', 1, () => `Hi ${first(name('ZA'))}, the number on your profile is ${PH(phone('ZA', 'dot'))}. If that's wrong, update it in the app under Settings > Personal details.`);
add('pos', 'telecom cc=KE phone obf=zwsp', 1, () => {
  const p = phone('KE', 'intl');
  return `Hi ${first(name('KE'))}, the number ${PH(p.replace(/ /g, ' ' + ZW))} has been unbarred and data is working again. Restart the phone if you still see "No service".`;
});
add('pos', 'healthcare cc=GB phone obf=nbsp html', 1, () => `<p>Dear ${first(name('GB'))},</p><p>Your physiotherapy appointment is on ${longDate()} at ${time()}. If you need to rebook, please call the clinic on ${PH(phone('GBfix', 'nat').replace(/ /g, '&nbsp;'))}.</p><p>Kind regards,<br>Reception</p>`);
add('pos', 'gaming cc=PH phone obf=fullwidth', 1, () => `Hi ${pick(['Miguel', 'Angelica', 'Paolo'])}, the number you registered for 2FA shows as ${PH(FW(phone('PH', 'intl')))}, full-width digits, so the SMS gateway couldn't send to it. I've asked engineering to normalise it.`);
add('pos', 'saas cc=ZA phone obf=entity html', 1, () => `<p>Hi ${first(name('ZA'))},</p><p>Your account manager's direct line is <b>${PH(phone('ZA', 'intl').replace('+', '&#43;'))}</b>.</p>`);
add('pos', 'bank cc=GB phone 00prefix', 1, () => `Dear ${first(name('GB'))},

While you're abroad, you can reach our card emergency line on ${PH(phone('GB03', '00'))}. Please don't use the freephone number from outside the UK, it won't connect.

Kind regards`);
add('pos', 'hr cc=ZA phone csv', 1, () => {
  const rows = shuffle([...NAMES.ZA]).slice(0, 4).map((n) => `${n},${pick(['Warehouse', 'Dispatch', 'Admin', 'Drivers'])},${PH(phone('ZA', pick(['nat', 'compact', 'intl'])))}`);
  return `Hi ${agent()},

Emergency contact list for the Germiston site as requested:

name,department,cell
${rows.join('\n')}

Regards`;
});
add('pos', 'mobile-money cc=KE phone ccnoplus', 1, () => `Hello ${first(name('KE'))}, the reversal request for Ksh ${amtC(200, 30000)} sent to ${PH(phone('KE', 'ccnoplus'))} by mistake has been submitted. The recipient has 24 hours to respond before we reverse it automatically.`);
add('neg', 'bank cc=AU masked phone', 1, () => `Hi ${first(name('AU'))},

We've updated your mobile; it now ends in ${dig(3)}. All future security codes will go to this number.

Cheers,
${agent()}`);
add('pos', 'logistics cc=MZ lang=pt phone', 1, () => `Bom dia, o camião chega à fronteira de Ressano Garcia por volta das 14h. O motorista é o Sr. Mabunda, contacto ${PH(phone('MZ', 'intl'))}.`);
// ================= POSITIVE: e-mail addresses =================
add(['pos', 'neg'], 'saas cc=US email', 2, (k) => {
  const n = name('US'); const e = personalEmail(n);
  return `Hi ${first(n)},

I've changed the admin on the workspace to ${k ? `${e[0]}•••@${e.split('@')[1]}` : EM(e)} as requested. The previous admin will get a notification.

Best,
${agent()}`;
}, 'saas cc=US masked email twin');
add('pos', 'ecommerce cc=GB email obf=brackets', 1, () => {
  const n = name('GB'); const e = personalEmail(n).replace('@', ' [at] ').replace(/\.(?=[^.]*$)/, ' [dot] ');
  return `Hi ${first(n)},

Our system stripped the address you wrote in the form: ${EM(e)}. I've entered it properly now, so the order confirmation should arrive shortly.

Thanks,
${agent()}`;
});
add('pos', 'telecom cc=ZA email obf=paren', 1, () => {
  const n = name('ZA'); const e = personalEmail(n).replace('@', '(at)');
  return `Hi ${first(n)}, I've updated the billing email to ${EM(e)} as you typed it, but please confirm it's the right one, since bounced statements block the account.`;
});
add('pos', 'bank cc=KE email mailto html', 1, () => {
  const e = `${pick(['disputes', 'cardcentre', 'kyc'])}@${pick(['tumaini-bank.co.ke', 'pwani-sacco.co.ke'])}`;
  return `<p>Dear ${first(name('KE'))},</p><p>Please send the signed dispute form to <a href="mailto:${EM(e)}">${EM(e)}</a> and include your case number in the subject.</p><p>Regards,<br>Card Centre</p>`;
});
add('pos', 'school cc=ZA email obf=entity html', 1, () => {
  const n = name('ZA'); const e = personalEmail(n);
  return `<p>Dear ${first(n)},</p><p>The report card was sent to ${EM(e.replace('@', '&#64;'))}. Please check your spam folder.</p>`;
});
add('pos', 'legal cc=GB email quoted-header', 1, () => {
  const n = name('GB'); const e = personalEmail(n);
  return `Dear ${first(n)},

Thank you, we have received the signed engagement letter and will start on the conveyancing searches this week.

Kind regards,
${agent()}

On ${longDate()}, at ${time()}, ${n} <${EM(e)}> wrote:
> Please find the signed letter attached.
> ${first(n)}`;
});
add('pos', 'government cc=ZW email upper', 1, () => {
  const n = name('ZW'); const e = personalEmail(n).toUpperCase();
  return `Dear ${first(n)},

Your birth certificate application status will be sent to the email you provided, ${EM(e)}. Processing takes about 14 working days.

Registrar's Office`;
});
add('pos', 'hr cc=IN email spelled', 1, () => {
  const n = name('IN'); const [f, l] = slug(n).split(' ');
  const e = `${f} dot ${l} at ${pick(['gmail', 'yahoo', 'outlook'])} dot com`;
  return `Hi ${first(n)}, as discussed on the call, I'll forward the offer letter to ${EM(e)}. Please acknowledge once received.`;
});
add('pos', 'saas cc=GB email csv', 1, () => {
  const rows = [0, 1, 2, 3, 4].map(() => { const n = name(pick(['GB', 'IN', 'NG', 'ZA'])); const dom = 'marlow-logistics.co.uk'; const e = `${slug(first(n))}.${slug(last(n))}@${dom}`; return `${n},${EM(e)},${pick(['Admin', 'Member', 'Member', 'Viewer'])}`; });
  return `Hi ${first(name('GB'))},

These are the users I've imported into your workspace; each of them has an invite waiting:

name,email,role
${rows.join('\n')}

Let me know if anyone is missing.
${agent()}`;
});
add('pos', 'airline cc=NG email obf=zwsp', 1, () => {
  const n = name('NG'); const e = personalEmail(n);
  return `Dear ${first(n)},

Your e-ticket was sent to ${EM(e.replace('@', ZW + '@' + ZW))} at ${time()} today. If you can't find it, reply and we'll resend.

Regards`;
});
add('neg', 'ecommerce cc=FR lang=fr no-email', 1, () => {
  const n = name('FR');
  return `Bonjour ${first(n)},

Nous avons modifié l'adresse e-mail de votre compte comme demandé. Un lien de confirmation a été envoyé à la nouvelle adresse ; il est valable 48 heures.

Cordialement,
Service client`;
});
add('neg', 'crypto cc=PT lang=pt masked email', 1, () => `Olá ${first(name('PT'))}, o e-mail da sua conta foi alterado para ${pick(['j', 'a', 'm', 't'])}*****@${pick(['gmail.com', 'sapo.pt'])}. Por segurança, os levantamentos ficam bloqueados durante 24 horas.`);
// ================= POSITIVE: IBAN / bank accounts / routing / SWIFT =================
add('pos', 'ecommerce cc=DE lang=de iban', 1, () => {
  const n = name('DE');
  return `Hallo ${first(n)},

die Rückerstattung über ${ri(20, 400)},${pad(ri(0, 99))} € wurde heute auf das von dir angegebene Konto ${IB(ibanPaper(iban('DE')))} angewiesen. Die Gutschrift dauert 1–2 Bankarbeitstage.

Viele Grüße
${agent()}`;
});
add('pos', 'insurance cc=FR lang=fr iban bic', 1, () => {
  const n = name('FR');
  return `Bonjour ${first(n)},

Le remboursement de votre sinistre (${ri(200, 3000)},00 €) sera viré sur le compte suivant :
IBAN : ${IB(ibanPaper(iban('FR')))}
BIC : ${BIC(bicCode('FR'))}

Merci de nous signaler toute erreur avant vendredi.

Cordialement,
${agent()}
Service Indemnisation`;
});
add('neg', 'saas cc=ES lang=es masked iban', 1, () => `Hola ${first(name('ES'))},

Hemos cambiado la domiciliación: a partir del próximo mes las cuotas se cargarán en la cuenta ES** **** **** **** **** ${dig(4)}.

Un saludo,
Equipo de Facturación`);
add('pos', 'ecommerce cc=IT lang=it iban', 1, () => `Gentile ${first(name('IT'))},

il rimborso di € ${ri(15, 300)},${pad(ri(0, 99))} è stato disposto sull'IBAN ${IB(ibanPaper(iban('IT')))}. Riceverà l'accredito entro 3 giorni lavorativi.

Cordiali saluti,
Servizio Clienti`);
add('pos', 'utility cc=BE lang=fr iban', 1, () => `Bonjour ${first(name('FR'))},

Votre domiciliation est activée sur le compte ${IB(ibanPaper(iban('BE')))}. Le premier prélèvement aura lieu le ${ri(1, 28)}/${pad(ri(1, 12))}.

Bien à vous`);
add('pos', 'bank cc=PT lang=pt iban nib', 1, () => {
  const n = name('PT'); const v = iban('PT');
  return `Olá ${first(n)},

Confirmamos os dados da sua conta para a transferência:
IBAN: ${IB(ibanPaper(v))}
NIB: ${ACC(group(v.slice(4), [4, 4, 11, 2], ' '))}

Qualquer dúvida, estamos ao dispor.
${agent()}`;
});
add('pos', 'airline cc=IE iban bic', 1, () => `Hi ${first(name('GB'))},

Since the original card has been cancelled, we'll send the refund of €${ri(60, 900)}.${pad(ri(0, 99))} by bank transfer to ${IB(ibanPaper(iban('IE')))} (BIC ${BIC(bicCode('IE'))}). Allow 5–7 working days.

Regards,
Refunds Team`);
add('pos', 'payroll cc=GB iban sortcode account bic', 1, () => {
  const n = name('GB'); const v = iban('GB'); const sc = v.slice(8, 14); const ac = v.slice(14);
  return `Hi ${first(n)},

I've set up the overseas payment to your UK account with these details, please double-check:

Account name: ${n}
Sort code: ${RT(`${sc.slice(0, 2)}-${sc.slice(2, 4)}-${sc.slice(4)}`)}
Account number: ${ACC(ac)}
IBAN: ${IB(ibanPaper(v))}
BIC: ${BIC(v.slice(4, 8) + 'GB' + chars('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 2))}

Thanks,
${agent()}`;
});
add('pos', 'payroll cc=AT iban csv', 1, () => {
  const people = shuffle([...NAMES.DE, ...NAMES.NL, ...NAMES.IT]);
  const rows = ['AT', 'NL', 'ES', 'CH', 'PL', 'SE'].map((c, i) => `${people[i]},${IB(iban(c))},${c === 'CH' ? 'CHF' : c === 'PL' ? 'PLN' : c === 'SE' ? 'SEK' : 'EUR'}`);
  return `Hi finance,

Bank details for the contractors in this month's batch (from the onboarding sheet):

contractor,iban,currency
${rows.join('\n')}

${agent()}`;
});
add('pos', 'remittance cc=TR iban', 1, () => `Dear ${pick(['Mehmet', 'Ayşe', 'Emre', 'Elif'])},

The transfer of USD ${amtC(500, 8000)} to ${IB(ibanPaper(iban('TR')))} has been released from compliance review and will arrive within 1 business day.

Regards,
Remittance Operations`);
add('pos', 'remittance cc=AE iban obf=dash', 1, () => `Hi ${pick(['Omar', 'Fatima', 'Rashid'])}, the beneficiary IBAN was entered as ${IB(ibanPaper(iban('AE'), '-'))}. Our system needs it without the dashes, so I've corrected it and resubmitted the payment.`);
add('pos', 'bank cc=MU iban', 1, () => `Dear Client,

Your incoming SWIFT transfer has been credited to account ${IB(iban('MU'))}. The correspondent bank deducted USD 25.00 in charges.

Treasury Services`);
add('pos', 'saas cc=DE iban lowercase', 1, () => `Hi ${first(name('DE'))}, I've copied the IBAN from your message into the SEPA mandate: ${IB(iban('LU').toLowerCase())}. It validated fine even though it's in lowercase.`);
add('neg', 'crypto cc=GB masked account', 1, () => `Hi ${first(name('GB'))},

Your GBP withdrawal of £${amtC(100, 9000)}.00 is being sent to your linked bank account ending ${dig(4)} via Faster Payments. It normally lands within two hours.

${agent()}`);
add(['pos', 'neg'], 'bank cc=GB sortcode-account combined', 2, (k) => {
  const n = name('GB');
  return `Hi ${first(n)}, the standing order will be paid to ${k ? `the account ending ${dig(4)}` : ACC(`${sortCode()} ${ukAcct()}`)} every month on the 1st, starting next month.`;
}, 'bank cc=GB masked account twin');
add('pos', 'council cc=GB sortcode account separate', 1, () => `Dear ${first(name('GB'))},

Your council tax refund will be paid into:
Sort code: ${RT(sortCode())}
Account: ${ACC(ukAcct())}

Please allow 10 working days.

Revenues Section`);
add(['pos', 'neg'], 'payroll cc=US routing account', 2, (k) => {
  const n = name('US');
  return k ? `Hey ${first(n)} – I set up the ACH for your rebate to the checking account ending ${dig(4)} that's already on file. Funds usually post in 2 business days.` : `Hey ${first(n)} – I set up the ACH for your rebate: ABA ${RT(aba())}, acct ${ACC(dig(10))}. Funds usually post in 2 business days.`;
}, 'payroll cc=US masked account twin');
add('pos', 'b2b cc=US routing obf=dash', 1, () => {
  const r = aba();
  return `Hi ${first(name('US'))},

For wires to us, please use routing ${RT(`${r.slice(0, 4)}-${r.slice(4, 8)}-${r.slice(8)}`)} and include the invoice number in the memo line. ACH payments use the same routing number.

Thanks,
Accounts Receivable`;
});
add('pos', 'bank cc=NG nuban', 2, (k) => {
  const n = name('NG'); const bank = pick([['058', 'GTBank'], ['044', 'Access Bank'], ['057', 'Zenith Bank'], ['033', 'UBA'], ['011', 'First Bank']]);
  return k ? `Dear ${first(n)},

The refund of ₦${amtC(5000, 400000)} has been sent to your ${bank[1]} account ${ACC(nuban(bank[0]))}. Kindly confirm receipt.

Thank you.` : `Hello ${first(n)}, abeg confirm say na this account we go pay your commission enter: ${bank[1]}, ${ACC(nuban(bank[0]))}, ${n.toUpperCase()}. Once you confirm, e go land today.`;
});
add('pos', 'bank cc=ZA account branchcode', 1, () => {
  const n = name('ZA');
  return `Hi ${first(n)},

We've received your proof of payment. For future reference, our bank details are:
Bank: Ubuntu Bank
Account number: ${ACC('62' + dig(9))}
Branch code: 250655
Reference: your policy number

Regards,
${agent()}`;
});
add('neg', 'sacco cc=KE masked account', 1, () => `Dear Member,

Your dividend of Ksh ${amtC(2000, 90000)} has been paid to your bank account ending ***${dig(4)} as per your instruction. Thank you for saving with us.

Management`);
add('pos', 'bank cc=ZW account swift', 1, () => `Hi ${first(name('ZW'))},

For the incoming USD transfer from South Africa, give the sender these details:
Beneficiary account: ${ACC(dig(ri(10, 13)))}
SWIFT: ${BIC(bicCode('ZW'))}
Branch: Borrowdale

Regards,
${agent()}`);
add('pos', 'ecommerce cc=IN account ifsc', 1, () => {
  const n = name('IN');
  return `Dear ${first(n)},

Your refund of INR ${amtC(500, 20000)} has been transferred by NEFT to account ${ACC(dig(ri(11, 14)))} (IFSC ${chars(UP, 4)}0${chars('0123456789', 6)}). The UTR will be shared once the bank confirms.

Regards,
Refunds Desk`;
});
add('pos', 'ngo cc=KE lang=fr swift', 1, () => `Bonjour ${first(name('FR'))},

Merci pour votre don. Pour un virement international, le code SWIFT de notre banque est ${BIC(bicCode('KE'))}.

Avec toute notre reconnaissance,
L'équipe`);
add('pos', 'bank cc=GB sortcode only', 1, () => `Hi ${first(name('GB'))}, the payment bounced because the sort code on your form, ${RT(sortCode())}, belongs to a bank that closed in 2023. Can you check your new card or statement for the current one?`);
add('pos', 'treasury cc=DE swift csv', 1, () => {
  const rows = ['DE', 'FR', 'NL', 'ZA', 'KE'].map((c) => `${c},${BIC(bicCode(c))},${pick(['EUR', 'USD', 'ZAR', 'KES'])}`);
  return `Hi all,

Correspondent list for the Q3 payments run (please don't change without treasury sign-off):

country,bic,currency
${rows.join('\n')}

${agent()}`;
});
add('pos', 'university cc=GB iban swift fees html', 1, () => `<p>Dear ${first(name('NG'))},</p>
<p>International students can pay tuition by bank transfer:</p>
<table>
<tr><th>Account name</th><td>University Fees Account</td></tr>
<tr><th>IBAN</th><td>${IB(ibanPaper(iban('GB')))}</td></tr>
<tr><th>SWIFT/BIC</th><td>${BIC(bicCode('GB'))}</td></tr>
</table>
<p>Please use your student number as the payment reference.</p>`);

// ================= POSITIVE: credentials =================
add(['pos', 'neg'], 'saas cc=US password temp', 2, (k) => {
  const n = name('US');
  return k ? `hey ${first(n)}, reset done — the temp pw went to your recovery email, change it after you log in pls` : `hey ${first(n)}, reset done — temp pw is ${CRED(password())} , change it after you log in pls`;
}, 'saas cc=US password no-value twin chat');
add('pos', 'telecom cc=ZA wifi password', 1, () => {
  const n = name('ZA');
  return `Hi ${first(n)},

Your fibre router has been reconfigured. New Wi-Fi details:
Network: ${pick(['Home', 'Fibre', 'House'])}_${chars(UP, 4)}
Password: ${CRED(chars(ALNUM, 12))}

Reconnect each device with the new password.

Regards,
${agent()}
Technical Support`;
});
add('neg', 'bank cc=ZW pin no-value', 1, () => `Hi ${first(name('ZW'))},

The new card is ready for collection at Samora Machel branch. The PIN mailer will be handed to you separately at the branch – please change the PIN at any of our ATMs before using the card in shops.

Regards,
${agent()}`);
add(['pos', 'neg'], 'bank cc=KE otp', 2, (k) => `Hi ${first(name('KE'))}, since the SMS isn't reaching you I ${k ? 'requested a new verification code by voice call instead; you should get the call within a minute' : `generated the verification code here: ${CRED(otp().replace(/(\d{3})(\d{3})/, '$1 $2'))}`}. Use it within 10 minutes.`, 'bank cc=KE otp no-value twin');
add('pos', 'mobile-money cc=ZW lang=sn pin reset', 1, () => `Mhoro ${first(name('ZW'))},

PIN yenyu yadzoserwa. PIN itsva yenguva pfupi ndeye ${CRED(pin())}. Ichinjei pakarepo nekudhaira *151# moenda ku "Change PIN".

Tatenda,
${agent()}`);
add('pos', 'telecom cc=KE lang=sw puk', 1, () => `Habari ${first(name('KE'))}, PUK ya laini yako ni ${CRED(dig(8))}. Iweke kwenye simu kisha uchague PIN mpya ya SIM.`);
add('pos', 'bank cc=GB security-answer', 1, () => `Dear ${first(name('GB'))},

As requested, I've updated your telephone banking security details. Your memorable word is now "${CRED(pick(['Blackpool', 'Snowdrop', 'Lighthouse', 'Marmalade', 'Harrogate']))}" and your security question is "Name of your first school".

Kind regards,
${agent()}`);
add('pos', 'saas cc=US apikey stripe', 1, () => `Hi ${first(name('US'))},

I had a look at the integration. The error happens because your server is still using the old restricted key. Replace it with this one in your .env:

PAYMENTS_SECRET=${CRED(apiKey('stripe'))}

Then restart the worker and re-send the webhook from the dashboard.

${agent()}, Developer Support`);
add('pos', 'saas cc=GB apikey aws', 1, () => `Hi ${first(name('GB'))},

The upload fails because the export job uses credentials that were rotated. Here's the new pair for the bucket user; please store them in your secrets manager, not in the repo:

aws_access_key_id = ${CRED(apiKey('aws'))}
aws_secret_access_key = ${CRED(apiKey('awsSecret'))}

Thanks,
${agent()}`);
add('pos', 'saas cc=IN apikey github', 1, () => `Hi ${first(name('IN'))}, the CI job can't clone the private repo. I created a deploy token for you: ${CRED(apiKey('gh'))} — add it as GH_TOKEN in the pipeline settings.`);
add('neg', 'saas cc=US token placeholder', 1, () => `Hey ${first(name('US'))}! The bot stopped posting because the token was revoked when the app was reinstalled. Grab the new Bot User OAuth Token (it begins with xoxb-) from the app's OAuth page, paste it into the integration page and hit Save.`);
add('pos', 'saas cc=DE jwt bearer', 1, () => `Hi ${first(name('DE'))},

I reproduced the 403 with your account. This call works for me, so the problem is the scope on your old token:

curl -H "Authorization: Bearer ${CRED(apiKey('jwt'))}" https://api.example-orders.io/v2/orders?status=open

Please generate a new token with the orders:read scope.

Best,
${agent()}`);
add('pos', 'saas cc=NG apikey google js', 1, () => `Hi ${first(name('NG'))}, the map isn't loading because the script tag still has the old key. Use this one:

<script src="https://maps.example.com/js?key=${CRED(apiKey('google'))}&callback=initMap"></script>`);
add('pos', 'saas cc=FR lang=fr password', 1, () => `Bonjour ${first(name('FR'))},

Votre compte a été débloqué. Voici votre mot de passe provisoire : ${CRED(password())}
Vous devrez le modifier lors de votre prochaine connexion.

Cordialement,
Support technique`);
add('neg', 'school cc=BR lang=pt password no-value', 1, () => `Olá ${first(name('BR'))}, a senha temporária do portal do aluno foi enviada por SMS para o celular do responsável. Ao entrar, o sistema vai pedir para criar uma nova senha.`);
add('pos', 'municipality cc=ZA lang=af password', 1, () => `Goeie dag ${first(name('ZA'))},

Jou e-dienste profiel is herstel. Jou tydelike wagwoord is ${CRED(password())}. Verander dit asseblief sodra jy aanmeld.

Groete`);
add('neg', 'gaming cc=MX lang=es password reset', 1, () => `Hola ${first(name('MX'))},

Recuperamos tu cuenta. Te enviamos un enlace para crear una contraseña nueva — úsalo en las próximas 2 horas y activa la verificación en dos pasos en Ajustes > Seguridad.

¡Nos vemos en el juego!`);
add('neg', 'telecom cc=GB voicemail no-pin', 1, () => `Hi ${first(name('GB'))}, your voicemail PIN has been reset to the default. Call 121 from your phone and you'll be asked to choose your own straight away.`);
add('pos', 'saas cc=US backup codes', 1, () => {
  const codes = [0, 1, 2, 3, 4].map(() => CRED(`${dig(4)}-${dig(4)}`));
  return `Hi ${first(name('US'))},

I disabled the old authenticator on your account. Here are fresh backup codes, each works once:

${codes.join('\n')}

Set up the authenticator again from Settings > Security as soon as you can.

${agent()}`;
});
add('pos', 'saas cc=GB db password connstring', 1, () => `Hi ${first(name('GB'))},

The migration failed because the connection string in your ticket has the wrong password. Use this one for the staging database:

postgres://app_user:${CRED(chars(ALNUM, 18))}@staging-db.internal:5432/orders

${agent()}`);
add('neg', 'bank cc=ZA pin sms html', 1, () => `<p>Hi ${first(name('ZA'))},</p><p>Your new app PIN has been sent to you <b>by SMS</b>; it is never shown to our staff.</p><p>Regards,<br>Digital Support</p>`);
add('pos', 'crypto cc=US apikey secret', 1, () => `Hi ${first(name('US'))},

The trading bot is failing with "invalid signature". I regenerated the API credentials for your sub-account:
API key: ${CRED(chars(ALNUM, 32))}
API secret: ${CRED(chars(ALNUM, 48))}

Permissions are read + trade, withdrawals disabled.

${agent()}`);
add('pos', 'telecom cc=NG otp obf=zwsp', 1, () => {
  const o = otp();
  return `Dear customer, the SIM swap code you requested is ${CRED([...o].join(ZW))}. Present it at the service centre with your ID.`;
});
add('neg', 'saas cc=US webhook secret masked', 1, () => `Hi ${first(name('US'))}, signature checks fail because you're using the secret from the test endpoint. Copy the live endpoint's signing secret (whsec_••••••${chars(ALNUM, 4)}) from the dashboard instead.`);
add('pos', 'utility cc=KE lang=sw security-answer', 1, () => `Habari ${first(name('KE'))}, tumebadilisha swali lako la usalama. Jibu jipya ni "${CRED(pick(['Kisumu', 'Mama Njeri', 'Simba', 'Nyeri']))}". Usimwambie mtu yeyote.`);
add('neg', 'saas cc=IN token prefix only', 1, () => `Hi ${first(name('IN'))},

The pipeline failed at the registry login step. Create a project access token (Settings > Access tokens, scope read_registry) and save it as the CI variable REGISTRY_TOKEN. The value starts with "glpat-"; don't paste it into this ticket.

Regards,
${agent()}`);
// ================= POSITIVE: solicitations =================
add('pos', 'bank cc=ZA solicit pin', 1, () => `Hi ${first(name('ZA'))},

I can see the card was blocked after three wrong attempts. To unblock it on my side, ${SOL('please reply with your current 4-digit card PIN')} and I'll reset the counter.

Regards,
${agent()}`);
add('pos', 'ecommerce cc=US solicit card cvv', 1, () => `Hi ${first(name('US'))},

Our refund system can't reach the original card, so I'll need to process it manually. ${SOL('Could you send me the full card number, the expiry date and the CVV')}? Once I have them I'll push the refund today.

Thanks,
${agent()}`);
add('pos', 'telecom cc=NG solicit otp', 2, (k) => k ? `Dear ${first(name('NG'))}, to complete the SIM upgrade ${SOL('kindly forward the OTP you have just received')} to this email.` : `Hello ${first(name('NG'))}, we are almost done with the account migration. ${SOL('Kindly send your ATM card PIN and the token code')} for final verification. Thank you.`);
add('pos', 'mobile-money cc=KE lang=sw solicit pin', 1, () => `Habari ${first(name('KE'))},

Tumeona muamala wako wa Ksh ${amtC(500, 20000)} umekwama. ${SOL('Tafadhali tutumie PIN yako ya M-Pesa')} ili tukurudishie pesa haraka.

Asante,
${agent()}`);
add('pos', 'mobile-money cc=ZW lang=sn solicit pin', 1, () => `Mhoro ${first(name('ZW'))}, kuti tidzorere mari yenyu, ${SOL('tapota titumirei PIN yenyu ye wallet')} pano pa WhatsApp.`);
add('pos', 'saas cc=FR lang=fr solicit otp', 1, () => `Bonjour ${first(name('FR'))},

Pour finaliser le transfert de votre compte, ${SOL('merci de nous communiquer le code à 6 chiffres reçu par SMS')}.

Cordialement,
${agent()}`);
add('pos', 'bank cc=PT lang=pt solicit password', 1, () => `Olá ${first(name('PT'))},

Para confirmarmos a titularidade da conta, ${SOL('por favor envie-nos a sua senha de acesso ao homebanking')} em resposta a este e-mail.

Obrigado,
${agent()}`);
add('pos', 'airline cc=ES lang=es solicit cvv', 1, () => `Estimado/a ${first(name('ES'))}:

Para completar el cambio de vuelo, ${SOL('envíenos los tres dígitos de seguridad (CVV) que figuran en el reverso de su tarjeta')}.

Atentamente,
Atención al Cliente`);
add('pos', 'bank cc=DE lang=de solicit pin', 1, () => `Sehr geehrte Kundin, sehr geehrter Kunde,

zur Freischaltung Ihres neuen Zugangs ${SOL('teilen Sie uns bitte Ihre aktuelle Online-Banking-PIN sowie die zuletzt erhaltene TAN mit')}.

Mit freundlichen Grüßen
Ihr Service-Team`);
add('neg', 'insurance cc=ZA lang=af never-ask otp', 1, () => `Hallo ${first(name('ZA'))},

Ons het 'n eenmalige PIN na jou selfoon gestuur. Tik dit asseblief self op die webwerf in – moet dit nooit vir ons of enigiemand anders stuur nie.

Dankie`);
add('pos', 'saas cc=US solicit password chat', 1, () => `hey ${first(name('US')).toLowerCase()} – easiest way for me to check your settings is to log in as you. ${SOL('can you DM me your password')}? i'll tell you when i'm done so you can change it`);
add('pos', 'gaming cc=GB solicit password 2fa', 1, () => `${SOL('send me ur account password n the 2FA code')} and ill get the skins moved to ur new account today 👍`);
add('pos', 'airline cc=GB solicit card full', 1, () => `Dear ${first(name('GB'))},

We were unable to take payment for the extra bag. To complete the booking, ${SOL('please provide the long number on the front of your card, its expiry date and the security code on the back')} by replying to this email.

Kind regards,
Ancillaries Team`);
add('pos', 'crypto cc=US solicit seedphrase', 1, () => `Hi ${first(name('US'))},

To recover the funds from the old wallet, ${SOL('please share your 12-word recovery phrase')} with our recovery specialist in this thread. It will only be used once.

Regards,
Wallet Recovery`);
add('pos', 'insurance cc=US solicit cvv question', 1, () => `Thanks ${first(name('US'))}! Almost there. ${SOL("What's the 3-digit code on the back of your card")}? Then I can finish setting up the monthly premium.`);
add('neg', 'utility cc=GB dont-send card', 1, () => `Hi ${first(name('GB'))},

The online payment page is down today. If you want to pay before the due date, you can use the app or pay at any PayPoint with the barcode on your bill. Please don't email us your card number.

${agent()}`);
add('pos', 'payroll cc=ZA solicit password', 1, () => `Hi ${first(name('ZA'))},

We're moving everyone to the new payslip portal this weekend. ${SOL('Can you confirm your current portal password')} so we can migrate your account without a reset?

Thanks,
HR Systems`);
add('pos', 'bank cc=KE solicit obf=zwsp pin', 1, () => `Dear ${first(name('KE'))}, your account is temporarily restricted. ${SOL(`Reply with your P${ZW}I${ZW}N`)} to restore access within 24 hours.`);
add('pos', 'bank cc=NG solicit html', 1, () => `<p><b>Action required:</b> your internet banking profile will be deactivated today.</p><p>To keep it active, ${SOL('reply with your online banking password and the last OTP you received')}.</p><p>Customer Care</p>`);
add('pos', 'ecommerce cc=IN solicit otp chat hinglish', 1, () => `${first(name('IN'))} ji, refund process karne ke liye ${SOL('jo OTP abhi aapke phone pe aaya hai woh yahan share kijiye')}. Phir 2 minute mein ho jayega.`);
add('pos', 'telecom cc=ZA solicit otp chat', 1, () => `ok perfect. ${SOL('pls type the otp here')} and i'll finish the sim swap`);
add('pos', 'bank cc=US solicit card number cvv', 1, () => `Hello ${first(name('US'))},

I'm sorry your card was declined at the gas station. For verification, ${SOL('please type your 16-digit card number and the CVV')} below and I'll lift the fraud hold.

${agent()}`);
add('neg', 'saas cc=CA lang=fr never-ask password', 1, () => `Bonjour ${first(name('CA'))}, pour vérifier la synchronisation, je n'ai pas besoin de votre mot de passe Outlook : il suffit d'accepter l'invitation de partage d'écran que je viens de vous envoyer.`);
add('neg', 'school cc=ZW dont-send pin', 1, () => `Dear Parent,

The fees payment did not reflect. Please send us the transaction reference from the confirmation SMS (not your PIN) so that the bursar can trace it.

Accounts Office`);
add('pos', 'delivery cc=KE solicit otp', 1, () => `Hi ${first(name('KE'))}, the rider says the parcel is on hold in our system. ${SOL('Please share the one-time code we sent to your phone here')} so I can release it to him. Thanks!`);

// ================= POSITIVE: mixed / long =================
add('pos', 'bank cc=ZA long kyc said phone email account', 1, () => {
  const n = name('ZA'); const e = personalEmail(n);
  return `Dear ${first(n)},

Thank you for visiting our Sandton branch on ${longDate()}. As promised, here is a summary of the changes made to your profile:

1. Your identity number ${NID(saId())} was re-verified and your FICA status is now compliant.
2. Your cellphone number was updated to ${PH(phone('ZA', 'nat'))}; all OTPs and notifications will be sent to this number.
3. Your e-mail address is now ${EM(e)}.
4. The salary account ${ACC('10' + dig(8))} has been linked as the default account for debit orders.

If any of these details are incorrect, please contact your relationship banker before month-end, as the debit order run on the 25th will use the new information.

We appreciate your business.

Kind regards,
${agent()} ${last(name('ZA'))}
Relationship Banker, Private Clients`;
});
add('pos', 'payroll cc=GB long quoted iban nino email', 1, () => {
  const n = name('GB'); const e = personalEmail(n); const v = iban('IE');
  return `Hi ${first(n)},

Thanks for the quick reply. I've now updated everything on our side:

- Salary will be paid to ${IB(ibanPaper(v))} from the next run (${longDate()}).
- Your NI number ${NID(nino())} is confirmed with HMRC.
- Payslips will go to ${EM(e)}.

Because this is an overseas account there may be a small receiving fee from your bank.

Best wishes,
${agent()}
Payroll

---- On ${longDate()} ${first(n)} wrote ----
> Hi, I've moved to Dublin and opened an account with a local bank. Can you pay my salary there from
> next month? My details are in the form attached. Also please send payslips to my personal email, the
> work one is being switched off.
>
> Thanks, ${first(n)}`;
});
add('pos', 'travel cc=KE long passport phone email', 1, () => {
  const n = name('KE');
  return `Dear ${first(n)},

Your Zanzibar package is confirmed. Details for your reference:

Lead traveller: ${n}
Passport: ${PASS(passportNo.KE())}
Contact on the trip: ${PH(phone('KE', 'intl'))}
Vouchers sent to: ${EM(personalEmail(n))}

Flights: ${pick(['NBO–ZNZ', 'MBA–ZNZ'])} on ${longDate()}, depart ${time()}
Hotel: 5 nights, half board, sea-view room
Transfers: included, our driver will meet you at arrivals

Paid with the card ending 4417. Balance due: none.

Karibu sana and have a wonderful holiday!
${agent()}
Holidays Desk`;
});
add('pos', 'bank cc=GB fraud long card exp phone email', 1, () => {
  const n = name('GB');
  return `Dear ${first(n)},

Following our call this afternoon, here is the summary of the fraud case we opened (case FR-${ri(1000000, 9999999)}):

Card: ${CARD(cardFmt(card('visa')))}
Expiry: ${EXP(expiry())}
Disputed transactions: 3 online purchases between ${longDate()} and today, total £${amt(200, 2000)}
Contact number for the investigator: ${PH(phone('GB', 'intl'))}
Updates will be sent to: ${EM(personalEmail(n))}

The card has been cancelled and a replacement is on its way. You don't need to do anything else for now; the investigator will contact you within 10 working days.

Kind regards,
${agent()}
Fraud Operations`;
});
add('pos', 'hr cc=US onboarding ssn routing account email', 1, () => {
  const n = name('US');
  return `Hi ${first(n)},

Welcome to the team! I've finished your onboarding in the HR system. Please look over what I entered from your forms:

Legal name: ${n}
SSN: ${NID(ssn())}
Direct deposit: routing ${RT(aba())}, account ${ACC(dig(ri(9, 12)))} (checking)
Personal email: ${EM(personalEmail(n))}
Start date: ${longDate()}

Your laptop will be shipped to your home address on Thursday.

Cheers,
${agent()}
People Operations`;
});
add('pos', 'telecom cc=ZW mixed zwid phone', 1, () => {
  const n = name('ZW');
  return `Hi ${first(n)},

SIM registration for ${PH(phone('ZW', 'nat'))} is complete. It's registered to ${n}, national ID ${NID(zwId(4))}. You can now use mobile money on the line.

Regards,
${agent()}`;
});
add('pos', 'bank cc=NG mixed nuban bvn phone', 1, () => {
  const n = name('NG');
  return `Dear ${first(n)},

Your new savings account is ready:
Account number: ${ACC(nuban('058'))}
BVN linked: ${NID(bvn())}
Alerts phone: ${PH(phone('NG', 'nat'))}

Your debit card will be ready for collection in 3 working days.

Thank you for banking with us.`;
});
add('pos', 'healthcare cc=IN mixed aadhaar phone email', 1, () => {
  const n = name('IN');
  return `Namaste ${first(n)},

Your appointment with Dr. ${pick(['Rao', 'Mehta', 'Banerjee'])} is booked for ${longDate()} at ${time()}. We have linked the health record to Aadhaar ${NID(aadhaar())}. Reminders will go to ${PH(phone('IN', 'nat'))} and ${EM(personalEmail(n))}.

Please bring your previous reports.

Patient Services`;
});
add('pos', 'ecommerce cc=CA quoted card phone', 1, () => {
  const n = name('CA');
  return `Hi ${first(n)},

Thanks, I've passed this to our payments team and they'll call you at the number you gave us.

> From: ${n}
> my card ${CARD(cardFmt(card('mc')))} exp ${EXP(expiry())} cvv ${CVV(cvv())} was charged twice for the same order!!
> call me at ${PH(phone('CA', 'nat'))} i want this fixed today

Regards,
${agent()}`;
});
add('pos', 'bank cc=ZA html signature phone email tel', 1, () => {
  const p = phoneAll('ZAtoll'); const e = `help@${pick(['ubuntu-bank.co.za', 'kgotso-bank.co.za'])}`;
  return `<p>Hi ${first(name('ZA'))},</p>
<p>Your overdraft limit has been increased to R${amtSp(5000, 40000)}. No action is needed from your side.</p>
<p>Kind regards,<br>
<b>${agent()}</b><br>
Personal Banking<br>
<a href="tel:${PH(p.e164)}">${PH(p.nat)}</a> | <a href="mailto:${EM(e)}">${EM(e)}</a></p>`;
});
add('pos', 'crypto cc=NG mixed email solicit', 1, () => {
  const n = name('NG');
  return `Hello ${first(n)},

We have received your complaint about the missing USDT deposit. Our records show your account email as ${EM(personalEmail(n))}. To speed things up, ${SOL('kindly send the Google Authenticator code on your phone')} so we can unlock the withdrawal.

Support`;
});
add('pos', 'bank cc=GB card expiry cvv chat multi-line', 1, () => `right so the card they sent u is
${CARD(group(card('maestro'), [4, 4, 4, 4, 2], ' '))}
exp ${EXP(expiry())}
cvc ${CVV(cvv())}
can u confirm thats the one ur holding?`);
add('pos', 'logistics cc=ZA phone email sig plain', 1, () => `Hi ${first(name('ZA'))},

Your container has cleared customs in Durban and will be on the road to Johannesburg tomorrow.

Regards,
${agent()} | Import Coordinator
Cell: ${PH(phone('ZA', 'intl'))}
Office: ${PH(phone('ZAfix', 'nat'))}
Email: ${EM(`imports@${pick(['bayline-freight.co.za', 'umlazi-logistics.co.za'])}`)}`);
add('pos', 'telecom cc=GB otp and password', 1, () => `Hi ${first(name('GB'))},

Your eSIM is ready. Scan the QR code in the app, and when asked for the activation code enter ${CRED(otp(8))}. Your My Account password has also been reset to ${CRED(password())}.

Thanks,
${agent()}`);
add('pos', 'ngo cc=MW phone email', 1, () => `Dear ${pick(['Chisomo', 'Thoko', 'Madalitso'])},

Thank you for volunteering for the Zomba clinic day. Our field coordinator can be reached at ${PH(phone('MW', 'intl'))} or ${EM(`zomba.field@${pick(['tiyende-health.org', 'mudzi-care.org'])}`)}.

With gratitude,
${agent()}`);

// ================= NEGATIVE: masked values =================
add('neg', 'bank cc=ZA masked card', 2, (k) => k ? `Hi ${first(name('ZA'))},

The card ending in ${dig(4)} has been blocked and a new card has been ordered. It will be delivered to your nearest branch in 5–7 working days.

Regards,
${agent()}` : `Hi ${first(name('ZA'))}, I can see the R${amtSp(100, 3000)} payment on the card ending ${dig(4)} on ${longDate()}. It's still pending, so it may drop off by itself within 7 days.`);
add('neg', 'ecommerce cc=US masked card dashes', 1, () => `Hi ${first(name('US'))},

Your refund of $${amt(10, 400)} was issued on ${longDate()} to XXXX-XXXX-XXXX-${dig(4)}. Depending on your bank it can take 5–10 business days to show up.

Thanks for shopping with us!
${agent()}`);
add('neg', 'bank cc=GB masked card html table', 1, () => {
  const rows = [0, 1, 2, 3].map(() => `<tr><td>${ri(1, 28)}/${pad(ri(1, 9))}/2026</td><td>${pick(['TESCO STORES', 'TFL TRAVEL', 'AMAZON MKTPLACE', 'SHELL 4412', 'PRET A MANGER'])}</td><td>**** **** **** ${dig(4)}</td><td>£${amt(2, 120)}</td></tr>`);
  return `<p>Hi ${first(name('GB'))},</p>
<p>These are the transactions you asked about:</p>
<table>
<tr><th>Date</th><th>Merchant</th><th>Card</th><th>Amount</th></tr>
${rows.join('\n')}
</table>
<p>None of them are flagged as fraud on our side. If you don't recognise one, reply and tell me which.</p>`;
});
add('neg', 'bank cc=FR lang=fr masked card', 1, () => `Bonjour ${first(name('FR'))},

Votre carte se terminant par ${dig(4)} a bien été mise en opposition. Une nouvelle carte vous sera envoyée sous 7 jours ouvrés, avec un nouveau code confidentiel par courrier séparé.

Cordialement,
Votre conseiller`);
add('neg', 'ecommerce cc=BR lang=pt masked card', 1, () => `Oi ${first(name('BR'))}! O estorno de R$ ${ri(20, 900)},${pad(ri(0, 99))} foi feito no cartão final ${dig(4)}. Pode levar até duas faturas para aparecer, dependendo do banco.`);
add('neg', 'saas cc=US masked apikey', 1, () => `Hi ${first(name('US'))},

I checked the logs: the requests are coming in with the key sk_live_••••••••${chars(HEX, 4)}, which was revoked on ${longDate()}. Generate a new key under Developers > API keys and update your server config.

${agent()}`);
add('neg', 'bank cc=DE masked iban', 1, () => `Hallo ${first(name('DE'))},

die Lastschrift über ${ri(10, 200)},${pad(ri(0, 99))} € wurde vom Konto DE${dig(2)} **** **** **** **${dig(2)} ${dig(2)} eingezogen. Die Gläubiger-ID finden Sie auf Ihrem Kontoauszug.

Viele Grüße`);
add('neg', 'telecom cc=KE masked phone', 1, () => `Hi ${first(name('KE'))}, we sent the verification SMS to +254 7** *** ${dig(3)}. If that's not your current line, visit any of our shops with your ID to update it.`);
add('neg', 'saas cc=GB masked email', 1, () => `Hi there,

For security we can't discuss the account with anyone other than the owner. We've sent a confirmation link to the address on file (${pick('abcdefghjkmnprstw'.split(''))}***@${pick(['gmail.com', 'outlook.com', 'yahoo.co.uk'])}). Once the owner clicks it, we'll be able to help.

Regards,
${agent()}`);
add('neg', 'tax cc=US masked ssn', 1, (k, l4 = dig(4)) => `Hi ${first(name('US'))},

We found your return. It's filed under the SSN ending in ${l4} (***-**-${l4} on the form). The refund was approved and should arrive by direct deposit within 21 days.

Taxpayer Help`);
add('neg', 'telecom cc=IN masked aadhaar', 1, () => `Dear ${first(name('IN'))}, your KYC is linked to Aadhaar XXXX XXXX ${dig(4)}. If this is not your Aadhaar, please visit the nearest store with your original documents.`);
add('neg', 'bank cc=ZA masked id and account', 1, () => `Hi ${first(name('ZA'))},

Your statement request for account ending ${dig(4)} is being processed. We verified you using the ID number ending ${dig(3)} on our records.

You'll receive the statements by email within 24 hours.

Regards`);
add('neg', 'legal cc=GB redacted glyphs', 1, () => `Dear ${first(name('GB'))},

Attached is the redacted bank statement we will file with the court. The card and account numbers have been blacked out, so the copy shows them as ████ ████ ████ ${dig(4)} and ██████${dig(2)}. Please confirm you're happy with the redactions.

Kind regards,
${agent()}`);

// ================= NEGATIVE: look-alike numbers =================
add('neg', 'ecommerce cc=US luhn-order', 2, (k) => {
  const o = luhnRef(16, k ? '4' : '5');
  return k ? `Hi ${first(name('US'))},

Your order number is ${o}. Please keep it handy if you need to contact us about the delivery.

Thanks!` : `Hello ${first(name('US'))},

Thanks for your order! Order no. ${group(o, [4, 4, 4, 4], ' ')} has shipped and should arrive in 3–5 business days. You can track it in your account under "My orders".

The Shop Team`;
});
add('neg', 'retail cc=ZA luhn-order nonIIN', 1, () => `Hi ${first(name('ZA'))},

Your online order ${luhnRef(16, '9')} is ready for collection at the Menlyn store. Please bring the order number and your ID.

Thanks`);
add('neg', 'saas cc=US luhn-timestamp log', 1, () => {
  const ts = luhnComplete('17' + dig(10));
  return `Hi ${first(name('US'))},

I found the failed job in our logs:

[worker-3] job=export-csv started_at=${ts} status=FAILED reason="timeout after 300s"
[worker-3] job=export-csv retry=1 scheduled

The export is too large for one batch. I've split it, you'll get three files shortly.

${agent()}`;
});
add('neg', 'telecom cc=ZA imei', 2, (k) => k ? `Hi ${first(name('ZA'))},

We've blacklisted the stolen handset with IMEI ${imei()} on all networks. Please keep the case number from the police; the insurer will ask for it.

Regards,
${agent()}` : `Hi ${first(name('ZA'))}, the phone on your contract is registered as IMEI ${imei()}. The new one you brought in has a different IMEI, so we need to update the device record before the warranty claim.`);
add('neg', 'telecom cc=NG iccid', 1, () => `Dear ${first(name('NG'))},

Your SIM replacement is ready. Please confirm the serial printed on the new SIM card matches ICCID ${luhnComplete('89234' + dig(13))} before inserting it.

Thank you.`);
add('neg', 'logistics cc=US tracking', 2, (k) => k ? `Hi ${first(name('US'))},

Your package shipped today! Tracking: 1Z${chars('ABCDEFGHJKLMNPRSTVWXYZ0123456789', 6)}${dig(10)} (UPS Ground). Estimated delivery: ${longDate()}.

Thanks,
${agent()}` : `Hey ${first(name('US'))}, the replacement went out USPS Priority. Tracking # 9400 ${dig(4)} ${dig(4)} ${dig(4)} ${dig(4)} ${dig(2)}. Should be there Thursday.`);
add('neg', 'logistics cc=GB tracking multi', 1, () => `Hi ${first(name('GB'))},

Your order was split into two parcels:
- Royal Mail Tracked 48: ${chars(UP, 2)}${dig(9)}GB
- DPD: ${dig(14)}

Both should arrive by ${longDate()}.

Regards,
Dispatch`);
add('neg', 'logistics cc=KE tracking dhl', 1, () => `Hi ${first(name('KE'))}, your documents left Nairobi this morning. DHL waybill ${dig(10)}, expected in Frankfurt on ${longDate()}. You can track on the DHL site with that number.`);
add('neg', 'utility cc=ZA invoice amounts', 2, (k) => k ? `Dear ${first(name('ZA'))},

Your municipal account for ${pick(MONTHS)} is R${amtSp(600, 4500)} (electricity R${amtSp(300, 2000)}, water R${amtSp(100, 900)}, refuse R${ri(100, 300)},00). Invoice INV-2026-${ri(100000, 999999)} is due on ${longDate()}.

Revenue Services` : `Hi ${first(name('ZA'))}, invoice ${ri(2026000000, 2026999999)} (R${amtSp(200, 3000)}) was paid on ${longDate()}, so your account is up to date. The reminder you got was sent before the payment cleared.`);
add('neg', 'airline cc=KE pnr eticket', 1, () => `Dear ${first(name('KE'))},

Your booking ${pnr()} is confirmed.
E-ticket number: ${pick(['706', '071', '083'])}${dig(10)}
Flight: ${pick(['KQ', 'ET'])} ${ri(100, 999)}, ${longDate()}, departs ${time()} from Terminal 1A
Seat: ${ri(10, 40)}${pick(['A', 'C', 'D', 'F'])}

Have a pleasant flight.`);
add('neg', 'insurance cc=ZA policy claim numbers', 1, () => `Hi ${first(name('ZA'))},

Your claim CLM-2026-${dig(6)} under policy ${chars(UP, 2)}${dig(8)} has been approved. The payout of R${amtSp(2000, 60000)} will be made to the panel beater directly.

Regards,
${agent()}
Claims`);
add('neg', 'utility cc=NG meter number', 1, () => `Dear ${first(name('NG'))},

Your prepaid meter ${dig(11)} has been reset. Kindly load a new token and the meter should come back on within a few minutes. If it still shows "Err 05", call the attention of our technician.

Thank you.`);
add('neg', 'school cc=KE student number', 1, () => `Dear Parent,

${first(name('KE'))}'s admission number is ${ri(20260000, 20269999)}. Term 2 opens on ${longDate()} at 8:00am; reporting for boarders is between 2pm and 5pm the day before.

Fees balance: Ksh ${amtC(5000, 60000)}.

Principal`);
add('neg', 'mobile-money cc=KE transaction code', 2, (k) => k ? `Hi ${first(name('KE'))}, transaction ${chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 10)} of Ksh ${amtC(100, 50000)} to Paybill ${ri(100000, 999999)} was successful. The biller will update your account within 24 hours.` : `Habari ${first(name('KE'))}, muamala nambari ${chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 10)} wa Ksh ${amtC(100, 50000)} umekamilika tarehe ${ri(1, 28)}/${ri(1, 12)}/2026 saa ${time()}. Asante.`);
add('neg', 'mobile-money cc=ZW merchant code ussd', 1, () => `Hi ${first(name('ZW'))},

To pay the school fees with your wallet, dial *151*2*2# and enter merchant code ${ri(10000, 99999)}, then the amount (US$${ri(50, 400)}). Use the student's name as the reference.

Regards,
${agent()}`);
add('neg', 'telecom cc=ZA ussd short codes', 1, () => `Hi ${first(name('ZA'))}, you can check your data balance by dialling *136# or by SMSing BAL to 31${ri(100, 999)}. To stop the WASP subscription, SMS STOP to ${ri(30000, 49999)}.`);
add('neg', 'payroll cc=ZA payslip amounts', 1, () => `Hi ${first(name('ZA'))},

Here's the breakdown you asked for, for the ${pick(MONTHS)} run:
Basic salary: R${amtSp(15000, 60000)}
Overtime (12.5 h): R${amtSp(1000, 5000)}
PAYE: -R${amtSp(2000, 12000)}
UIF: -R177,12
Medical aid: -R${amtSp(1500, 4000)}
Net pay: R${amtSp(12000, 45000)}

Pay date: 25th. Employee no. ${chars(UP, 1)}${dig(5)}.

${agent()}, Payroll`);
add('neg', 'crypto cc=US txhash wallet', 1, () => `Hi ${first(name('US'))},

Your withdrawal of ${ri(1, 9)}.${dig(4)} ETH was broadcast successfully.
Tx hash: 0x${chars(HEX, 64)}
To: 0x${chars(HEX, 40)}
Confirmations: 14/12

It's complete on our side; the receiving wallet may take a few minutes to show it.

${agent()}`);
add('neg', 'gaming cc=US player ids', 1, () => `Hey ${first(name('US'))},

We reviewed match #${dig(10)} and the report against player ID ${dig(9)} was valid, so they've been suspended for 7 days. Your 500 V-Coins compensation has been added.

GL HF,
Fair Play Team`);
add('neg', 'bank cc=GB uppercase words', 1, () => `Hi ${first(name('GB'))},

Here's the status from our payments screen:

PAYMENT   STATUS     CHANNEL
${ri(100, 999)}-A   REFUNDED   ONLINE
${ri(100, 999)}-B   CUSTOMER   CANCELLED
${ri(100, 999)}-C   PENDING    TRANSFER

So the first one was refunded, the second you cancelled yourself, and the third is still waiting on the bank.

${agent()}`);
add('neg', 'legal cc=US luhn case number', 1, () => `Dear ${first(name('US'))},

The court has scheduled the hearing for ${longDate()} at ${time()}. Case number: ${group(luhnRef(16, '1'), [4, 4, 4, 4], '-')}. Please arrive 30 minutes early for security.

Sincerely,
Clerk's Office`);
add('neg', 'ecommerce cc=GB css html', 1, () => `<div style="font-family:Arial;color:#1a73e8;line-height:1.4;margin:0 0 12px">Hi ${first(name('GB'))},</div>
<div style="color:#333333;opacity:0.${dig(8)}">Your return has been received at our warehouse and the refund has been approved.</div>
<div style="font-size:12px;color:#999">Return ref RMA-${ri(100000, 999999)} &middot; Processed ${longDate()}</div>`);
add('neg', 'saas cc=US guids error', 1, () => `Hi ${first(name('US'))},

The 500 error you saw has request ID ${chars(HEX, 8)}-${chars(HEX, 4)}-4${chars(HEX, 3)}-a${chars(HEX, 3)}-${chars(HEX, 12)}. Engineering traced it to a bad deploy (build ${ri(2026, 2026)}.${ri(1, 12)}.${ri(1, 28)}-${chars(HEX, 7)}), which has been rolled back.

Sorry for the trouble,
${agent()}`);
add('neg', 'saas cc=DE ip ports', 1, () => `Hallo ${first(name('DE'))},

bitte tragen Sie folgende IP-Adressen in Ihrer Firewall als erlaubt ein: 185.${ri(10, 250)}.${ri(0, 255)}.${ri(1, 254)} und 185.${ri(10, 250)}.${ri(0, 255)}.${ri(1, 254)}, jeweils Port 443 und 8443. Danach sollte der Webhook wieder durchkommen.

Gruß
${agent()}`);
add('neg', 'ecommerce cc=IN pincode postal', 1, () => `Dear ${first(name('IN'))},

Unfortunately we don't deliver to PIN code ${ri(110001, 855999)} yet. Kindly share an alternate PIN code (the 6-digit postal code) near you and we'll check serviceability.

Regards,
${agent()}`);
add('neg', 'insurance cc=ZA phone-like case ref', 1, () => `Hi ${first(name('ZA'))},

Your case number is ${pick(['0861', '0860'])} ${dig(3)} ${dig(3)} — please quote it whenever you contact us about this claim. An assessor will be appointed within 48 hours.

Regards,
${agent()}`);
add('neg', 'telecom cc=US phone-like ticket', 1, () => `Hi ${first(name('US'))},

I've opened a repair ticket for the outage: ticket no. ${ri(200, 989)}-${ri(200, 999)}-${dig(4)}. A technician is booked for ${longDate()} between 8am and 12pm.

${agent()}`);
add('neg', 'retail cc=ZA ean barcodes', 1, () => {
  const ean = () => { const b = '600' + dig(9); let s = 0; [...b].forEach((c, i) => { s += Number(c) * (i % 2 ? 3 : 1); }); return b + ((10 - (s % 10)) % 10); };
  return `Hi ${first(name('ZA'))},

We checked stock for the items on your list:
${ean()} – Rooibos tea 80s – in stock
${ean()} – Maize meal 5kg – out of stock until Friday
${ean()} – Dishwashing liquid 750ml – in stock

Regards,
Store ${ri(100, 999)}`;
});
add('neg', 'school cc=GB isbn', 1, () => `Dear Parents,

Year 9 will need the following books from September:
- ISBN 978-${ri(0, 1)}-${dig(3)}-${dig(5)}-${ri(0, 9)} (English anthology)
- ISBN 978-${ri(0, 1)}-${dig(2)}-${dig(6)}-${ri(0, 9)} (French workbook)

Second-hand copies are fine.

School Office`);
add('neg', 'ecommerce cc=GB loyalty card', 1, () => `Hi ${first(name('GB'))},

I've merged your two loyalty accounts. All ${amtC(500, 9000)} points are now on loyalty card ${group(luhnRef(16, '9'), [4, 4, 4, 4], ' ')}. The old card has been deactivated.

Thanks,
${agent()}`);
add('neg', 'government cc=ZA company registration vat', 1, () => `Dear Sir/Madam,

Your company registration ${ri(2015, 2025)}/${dig(6)}/07 is complete and the VAT registration for the company (VAT no. 4${dig(9)}) has been approved. The certificates are attached.

Registration Services`);
add('neg', 'bank cc=GB date like sortcode', 1, () => `Hi ${first(name('GB'))},

Statements are produced monthly. The last three were issued on ${pad(ri(1, 28))}-${pad(ri(1, 9))}-26, ${pad(ri(1, 28))}-${pad(ri(1, 9))}-26 and ${pad(ri(1, 28))}-${pad(ri(1, 9))}-26 and you can download all of them from the app.

Kind regards`);
add('neg', 'logistics cc=ZA container awb', 1, () => `Hi ${first(name('ZA'))},

Container ${chars(UP, 3)}U${dig(7)} was discharged at Durban Pier 2 on ${longDate()}. The air freight portion is on AWB ${ri(100, 999)}-${dig(8)}, landing at OR Tambo tomorrow at ${time()}.

Regards,
Import Desk`);
add('neg', 'ecommerce cc=US coupon', 1, () => `Hey ${first(name('US'))}! Sorry about the late delivery. Here's 20% off your next order: use code ${chars(UP, 4)}${ri(10, 99)}${chars(UP, 2)} at checkout (valid until ${longDate()}).`);
add('neg', 'healthcare cc=GB appointment lab', 1, () => `Dear ${first(name('GB'))},

Your blood results from ${longDate()} are back: HbA1c ${ri(38, 60)} mmol/mol, cholesterol ${ri(3, 6)}.${ri(0, 9)} mmol/L. Dr ${last(name('GB'))} would like to review them with you on ${longDate()} at ${time()}.

Reception`);
add('neg', 'government cc=ZW passport application ref', 1, () => `Dear ${first(name('ZW'))},

Your passport application ${chars(UP, 2)}${ri(100000, 999999)}/26 has been processed and the passport is ready for collection at the Harare office, Monday to Friday 08:00–16:00. Bring the original receipt.

Registrar General`);
add('neg', 'bank cc=ZA loan schedule html', 1, () => {
  const rows = [1, 2, 3, 4].map((i) => `<tr><td>${i}</td><td>${pad(25)}/${pad(i + 2)}/2026</td><td>R${amtSp(2000, 5000)}</td><td>R${amtSp(50000, 90000)}</td></tr>`);
  return `<p>Dear ${first(name('ZA'))},</p>
<p>Here is your repayment schedule for loan LN${dig(9)}:</p>
<table><tr><th>#</th><th>Date</th><th>Instalment</th><th>Balance</th></tr>
${rows.join('\n')}</table>
<p>Interest rate: ${ri(10, 18)}.${ri(0, 9)}% p.a., fixed.</p>`;
});
add('neg', 'saas cc=US version numbers', 2, (k) => k ? `Hi ${first(name('US'))},

This was fixed in v${ri(3, 6)}.${ri(0, 20)}.${ri(0, 9)}. You're on ${ri(2, 3)}.${ri(0, 20)}.${ri(0, 9)}, so please upgrade the agent (build ${ri(10000, 99999)}) and restart the service.

${agent()}` : `hey, upgrading to ${ri(1, 9)}.${ri(0, 9)}.${ri(10, 40)}-rc.${ri(1, 5)} should do it, the crash was in the ${ri(1, 9)}.${ri(0, 9)}.x line only`);
add('neg', 'logistics cc=GB postcodes', 1, () => `Hi ${first(name('GB'))},

We deliver to ${pick(['LS6', 'M14', 'EH7', 'CF24', 'BS3'])} ${ri(1, 9)}${chars('ABDEFGHJLNPQRSTUWXYZ', 2)} on Tuesdays and Fridays only. If you'd rather collect, our depot at ${pick(['WF10', 'NG15', 'DN4'])} ${ri(1, 9)}${chars('ABDEFGHJLNPQRSTUWXYZ', 2)} is open 7am–7pm.

Regards`);
add('neg', 'ecommerce cc=CA postal code', 1, () => `Hi ${first(name('CA'))},

Free shipping applies to postal codes starting with M${ri(1, 9)} only; your address (${pick(['K1A', 'V6B', 'H2X', 'T2P'])} ${ri(1, 9)}${pick([...'ABCEGHJKLMNPRSTVWXYZ'])}${ri(1, 9)}) is outside the zone, so a $${ri(9, 19)}.99 fee applies.

Thanks,
${agent()}`);

// ================= NEGATIVE: never-ask warnings, resets, docs =================
add('neg', 'bank cc=ZA never-ask', 2, (k) => k ? `Hi ${first(name('ZA'))},

Thank you for reporting the suspicious SMS. Please remember that we will never ask for your PIN, password or OTP by phone, SMS or email. If anyone does, it's a scam — don't reply, and forward the message to our fraud team.

Stay safe,
${agent()}` : `Hi ${first(name('ZA'))}, good call not clicking that link. Our staff will never request your card PIN or your one-time PIN, not even to "verify" you. I've blocked the sender on our side.`);
add('neg', 'mobile-money cc=KE lang=sw never-ask', 1, () => `Habari ${first(name('KE'))},

Asante kwa kutujulisha. Kumbuka: hatutawahi kukuomba PIN yako ya M-Pesa wala nambari ya siri. Mtu yeyote akikuomba, ni tapeli. Usimtumie chochote.

Asante,
${agent()}`);
add('neg', 'mobile-money cc=ZW lang=sn never-ask', 1, () => `Mhoro ${first(name('ZW'))},

Tinokuyeuchidzai kuti hatimbokumbirei PIN yenyu kana kodhi yeOTP. Kana munhu akakufonerai achiti ndiye mushandi wedu achikumbira PIN, musamupa.

Maita basa,
${agent()}`);
add('neg', 'bank cc=ZA lang=af never-ask', 1, () => `Hallo ${first(name('ZA'))},

Baie dankie dat jy die verdagte e-pos aangemeld het. Ons sal jou nooit vir jou PIN, wagwoord of eenmalige PIN vra nie. Moenie op die skakel klik nie en skrap die e-pos.

Groete,
Bedrogvoorkoming`);
add('neg', 'bank cc=FR lang=fr never-ask', 1, () => `Bonjour ${first(name('FR'))},

Par sécurité, nous vous rappelons que votre banque ne vous demandera jamais votre code confidentiel, votre mot de passe ou un code reçu par SMS, ni par téléphone ni par e-mail. En cas de doute, raccrochez et contactez votre agence.

Cordialement`);
add('neg', 'bank cc=PT lang=pt never-ask', 1, () => `Olá ${first(name('PT'))},

Recebemos a sua denúncia. Lembramos que nunca pedimos códigos de acesso, senhas ou códigos SMS por e-mail ou telefone. Se receber um pedido destes, não responda.

Com os melhores cumprimentos`);
add('neg', 'bank cc=DE lang=de never-ask', 1, () => `Guten Tag ${first(name('DE'))},

bitte beachten Sie: Wir werden Sie niemals per E-Mail, SMS oder Telefon nach Ihrer PIN, Ihrem Passwort oder einer TAN fragen. Geben Sie diese Daten ausschließlich in unserer App ein.

Freundliche Grüße
Ihr Sicherheitsteam`);
add('neg', 'ecommerce cc=ES lang=es never-ask', 1, () => `Hola ${first(name('ES'))},

Ese mensaje no es nuestro. Nunca te pediremos el número completo de tu tarjeta, el código CVV ni tu contraseña por correo o WhatsApp. Bórralo y, si ya respondiste, avisa a tu banco.

Un saludo`);
add('neg', 'telecom cc=NG never-ask pidgin', 1, () => `Hello ${first(name('NG'))}, abeg note say our staff no go ever ask you for your PIN or OTP. If anybody call you say na from us and dem dey ask for am, na scam. Just end the call.`);
add('neg', 'saas cc=US never-ask dont-send', 1, () => `Hi ${first(name('US'))},

Please don't paste your password in the chat — our team never needs it to help you, and we'll never ask for it. I've deleted the message with it from the transcript. To be safe, change your password now from Settings > Security.

${agent()}`);
add('neg', 'ecommerce cc=GB dont-send card', 1, () => `Hi ${first(name('GB'))},

For your security, please don't send your card details by email. If you'd like to pay the remaining balance, use the secure payment link in your account; we never take card numbers over email or chat.

Thanks,
${agent()}`);
add('neg', 'bank cc=KE enter otp in app', 1, () => `Hi ${first(name('KE'))}, you'll get a 6-digit code by SMS. Enter it only in the app on the confirmation screen — never share it with anyone, including our staff.`);
add('neg', 'saas cc=US password reset steps', 2, (k) => k ? `Hi ${first(name('US'))},

To reset your password:
1. Go to the sign-in page and click "Forgot password?".
2. Enter the email on your account.
3. Open the link we send you (it expires in 30 minutes) and choose a new password of at least 12 characters.

If the email doesn't arrive, check your spam folder or reply here.

${agent()}` : `No worries! Click "Forgot password" on the login screen, and we'll email you a reset link. The new password needs 10+ characters with at least one number.`);
add('neg', 'gaming cc=GB password reset link', 1, () => `Hey ${first(name('GB'))},

Sounds like someone tried to log into your account. We've locked it for now. Use this link to set a new password: https://account.example-games.com/reset?ticket=${ticket().replace(/[^A-Z0-9]/gi, '')}
After that, turn on two-factor authentication in Security settings.

Player Support`);
add('neg', 'bank cc=ZA pin reset branch', 1, () => `Hi ${first(name('ZA'))},

Your card PIN has been reset. You can choose a new PIN at any of our ATMs using the "Select PIN" option, or in the app under Cards > Manage PIN. We'll never send a PIN by email.

Regards`);
add('neg', 'bank cc=US otp troubleshooting', 1, () => `Hi ${first(name('US'))},

If the security code isn't arriving: make sure your phone has signal, wait 60 seconds, then tap "Resend code". Codes expire after 5 minutes, so always use the newest one. If it still fails, you can choose "Call me instead" on the same screen.

${agent()}`);
add('neg', 'saas cc=US api docs placeholders', 2, (k) => k ? `Hi ${first(name('US'))},

Here's a minimal example for creating an order:

curl -X POST https://api.example-orders.io/v2/orders \\
  -H "Authorization: Bearer <YOUR_API_KEY>" \\
  -H "Content-Type: application/json" \\
  -d '{"sku": "TSHIRT-BLK-M", "qty": 2}'

Replace <YOUR_API_KEY> with a key from Settings > API. Keys start with "live_" for production.

${agent()}` : `Hi ${first(name('US'))}, set these env vars and restart:

EXPORT_API_KEY=your-api-key-here
EXPORT_API_SECRET=********
EXPORT_REGION=eu-west-1

Never commit the real values to git.`);
add('neg', 'saas cc=GB sdk placeholder xxx', 1, () => `Hi ${first(name('GB'))},

In the sample config you copied, the key is just a placeholder:

payments:
  secret_key: "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx"
  webhook_secret: "whsec_..."

You need to paste your own key from the dashboard there. That's why you get "Invalid API Key provided".

${agent()}`);
add('neg', 'saas cc=US 2fa setup placeholder', 1, () => `Hi ${first(name('US'))},

To set up two-factor authentication, open your authenticator app, tap "+", and scan the QR code shown in Settings > Security. If you can't scan it, choose "Enter key manually" — the key shown on screen looks like XXXX XXXX XXXX XXXX. Then enter the 6-digit code from the app to finish.

${agent()}`);
add('neg', 'saas cc=US webhook payload ids', 1, () => `Hi ${first(name('US'))},

The webhook payload looks like this:

{
  "id": "evt_${chars(ALNUM, 14)}",
  "type": "invoice.paid",
  "data": { "customer": "cus_${chars(ALNUM, 14)}", "amount": ${ri(1000, 90000)}, "currency": "usd" }
}

Use the customer ID to look up the account on your side.

${agent()}`);
add('neg', 'saas cc=US git hashes docker', 1, () => `Hi ${first(name('US'))},

The regression came in with commit ${chars(HEX, 40)} and the image you're running is sha256:${chars(HEX, 64)}. Pull the latest tag (${ri(2, 4)}.${ri(0, 9)}.${ri(0, 9)}) and it's fixed.

${agent()}`);
add('neg', 'crypto cc=GB never share seed', 1, () => `Hi ${first(name('GB'))},

We're sorry to hear about the lost funds. Please be aware that nobody from our team will ever ask for your recovery phrase or private key. Anyone who does is a scammer. We've added the wallet address you reported to our watch list.

Security Team`);
add('neg', 'bank cc=GB security question guidance', 1, () => `Hi ${first(name('GB'))},

When you set up your security questions, pick answers only you would know and that can't be found on social media. You can update them at any time in Settings > Security. We'll ask you one of them whenever you call us.

Kind regards`);
add('neg', 'saas cc=US password policy', 1, () => `Hi ${first(name('US'))},

Your organisation's password policy requires at least 14 characters, one uppercase letter, one number and one symbol, and passwords expire every 90 days. The last 5 passwords can't be reused. That's why "the same password with a 1 at the end" was rejected.

${agent()}`);
add('neg', 'bank cc=ZA swift iban generic', 1, () => `Hi ${first(name('ZA'))},

For international transfers you'll need the recipient's full name, their IBAN (or account number for non-IBAN countries), the bank's SWIFT/BIC code and the reason for the payment. Transfers usually take 2–3 working days.

Regards`);
add('neg', 'bank cc=IN never-ask hinglish', 1, () => `Dear ${first(name('IN'))}, hum kabhi bhi aapka OTP, PIN ya CVV phone pe nahi maangte. Agar koi bank ke naam se call kare aur ye details maange, toh call kaat dijiye aur 1930 pe cyber fraud report kijiye.`);

// ================= build =================
const HEADER = `# vault3.src.txt: a third labelled evaluation corpus of customer-support agent replies for ReplyGuard.
# WRITTEN UNSEEN: its author did not read detectors/, test/detectors/, src/ or any other corpus's records
# (only CONTRACT.md, lib.mjs, build.mjs, detection.md and the header plus first records of vault2.src.txt,
# to learn the format and conventions), and never ran the detectors or the eval on it.
# Records come from test/corpus/vault3.gen.mjs: a seeded generator filling __TEMPLATES__ distinct hand-written
# replies (none used more than twice; the second use gets other names, values and often other wording or
# format), record order shuffled. __RECORDS__ records: __POS__ with at least one span, __NEG__ without any.
# Sectors: banks, mobile money, telecoms, insurers, airlines, travel, hotels, e-commerce, logistics, SaaS,
# government, tax, healthcare, schools, utilities, payroll/HR, gaming, crypto, legal, NGOs. Regions: ZW, ZA,
# KE, NG, GB, US, IN, CA, EU (IBANs of DE FR ES IT NL BE PT IE GB AT CH PL SE LU TR AE MU), others.
# Languages besides English: French, Portuguese, Swahili, Shona, Afrikaans, Spanish, German, Dutch, Italian,
# Hinglish, Nigerian Pidgin, non-native English. Forms: plain text, HTML (tables, links, entities), quoted
# threads, CSV/spreadsheet pastes, logs, config snippets, signatures, chat one-liners, long e-mails.
# Hard negatives: Luhn-valid order/loyalty/case numbers, ms timestamps, IMEI/ICCID, tracking/AWB/container
# numbers, PNR/e-ticket, invoices, meter/student numbers, EAN/ISBN, masked cards/IBANs/phones/e-mails/SSN/
# Aadhaar/keys, placeholders in API docs, "we will never ask for your PIN" in 9 languages, password-reset
# and OTP instructions without a secret, phone-like case/ticket numbers, dates like sort codes, versions,
# GUIDs, hashes, IPs, postcodes, Indian "PIN code" (postal), company registration/VAT numbers.
# Tags after the id: pos/neg, sector, cc=XX (the region for national-format phone numbers), notes
# (obf=zwsp|fullwidth|nbsp|linebreak|entity|dots|dash|..., html, quoted, csv, mrz, never-ask, luhn-order, lang=xx).
# Labelling conventions: each value is its own span, without its label word. UK sort code and account in
# separate labelled fields are ROUTING_NUMBER + BANK_ACCOUNT; written together as one value they are one
# BANK_ACCOUNT span. Portuguese NIB is BANK_ACCOUNT. Each TD3 MRZ line is its own PASSPORT_NUMBER span.
# A value inside an HTML attribute (tel:, mailto:) is a span of its own, without the "tel:"/"mailto:"
# scheme. A value split by HTML tags or entities spans the whole visible run, markup included.
# Obfuscated e-mails ("x [at] y [dot] com", "x dot y at gmail dot com") span the whole written form.
# SOLICITATION spans the request clause, from the request word ("please", "kindly", "can you", the
# imperative verb, or the language's equivalent) to the last word naming the secret. Company support
# phones/e-mails in signatures are findings. CREDENTIAL covers passwords, PINs, OTP/activation/backup/
# SIM-swap codes, PUKs, memorable words/security answers, API keys, tokens, webhook and DB secrets (in a
# connection string only the password). KRA PIN, PAN, ITIN, BVN, NIN, SIN, NIR, CPF, BSN, NIF, DNI/NIE,
# Steuer-ID, personnummer, NRC, Ghana Card and driving licences are NATIONAL_ID. Not labelled (no label
# in CONTRACT.md): names, addresses, dates of birth, SA branch codes, Indian IFSC, company VAT/registration
# numbers, utility/meter/policy/customer/student numbers, crypto addresses and hashes, short codes/USSD.
# Masked values are never spans. All people, companies and values are invented; cards, IBANs, ABA, SA/ZW
# IDs, Aadhaar, NIN, SIN, NUBAN, MRZ (and CPF, BSN, NIR, DNI, Steuer-ID, NIF) check digits were minted
# valid; phone numbers are valid for libphonenumber-js/max.
# Format: see lib.mjs. Build: node test/corpus/build.mjs`;

const records = [];
const bodies = new Set();
T.forEach((tpl, ti) => {
  for (let k = 0; k < tpl.n; k++) {
    const text = tpl.f(k).replace(/\s+$/, '');
    if (bodies.has(text)) throw new Error('duplicate body in template ' + ti);
    bodies.add(text);
    records.push({ kind: Array.isArray(tpl.t) ? tpl.t[k] : tpl.t, tags: k && tpl.tags2 ? tpl.tags2 : tpl.tags, text, ti });
  }
});
shuffle(records);
const out = [HEADER.replace('__TEMPLATES__', String(T.length)).replace('__RECORDS__', String(records.length))
  .replace('__POS__', String(records.filter((r) => r.kind === 'pos').length)).replace('__NEG__', String(records.filter((r) => r.kind === 'neg').length))];
records.forEach((r, i) => { out.push(`=== vault3-${pad(i + 1, 4)} ${r.kind} ${r.tags}`); out.push(r.text); out.push(''); });
const src = out.join('\n');

// ---- self-checks ----
const parsed = parseSource(src, 'vault3.src.txt');
const visible = (s) => s.replace(/<[^>]*>/g, '').replace(/&nbsp;/g, ' ').replace(/&#(\d+);?/g, (_, d) => String.fromCodePoint(Number(d)))
  .normalize('NFKC').replace(/\u200b|\u200c|\u200d|\u2060/g, '');
const problems = [];
const perLabel = {};
parsed.forEach((r, i) => {
  const kind = records[i].kind;
  if (kind === 'neg' && r.spans.length) problems.push(`${r.id}: negative with spans`);
  if (kind === 'pos' && !r.spans.length) problems.push(`${r.id}: positive without spans`);
  if (r.text.includes('⟦') || r.text.includes('⟧')) problems.push(`${r.id}: stray marker`);
  const cc = (/cc=([A-Z]{2})/.exec(r.tags) || [])[1];
  for (const s of r.spans) {
    perLabel[s.type] = (perLabel[s.type] || 0) + 1;
    const p = checkValue(s); if (p) problems.push(`${r.id}: ${s.type} ${s.value}: ${p}`);
    if (s.type === 'PHONE_NUMBER') {
      const v = visible(s.value);
      const ph = v.startsWith('+') || v.startsWith('00') ? parsePhoneNumberFromString(v.replace(/^00/, '+')) : parsePhoneNumberFromString(v, cc);
      if (!ph || !ph.isValid()) {
        const ph2 = parsePhoneNumberFromString('+' + v.replace(/\D/g, ''));
        if (!(ph2 && ph2.isValid() && /ccnoplus/.test(r.tags))) problems.push(`${r.id}: phone not valid for ${cc}: ${JSON.stringify(s.value)}`);
      }
    }
    if (s.type === 'CARD_NUMBER' && !luhnValid(visible(s.value).replace(/\D/g, ''))) problems.push(`${r.id}: card`);
    if (s.value !== s.value.trim()) problems.push(`${r.id}: span with outer whitespace ${JSON.stringify(s.value)}`);
  }
});
const uses = {}; records.forEach((r) => { uses[r.ti] = (uses[r.ti] || 0) + 1; });
if (Object.values(uses).some((n) => n > 2)) problems.push('template used more than twice');
if (problems.length) { console.error(problems.join('\n')); process.exit(1); }
const target = fileURLToPath(new URL('./vault3.src.txt', import.meta.url));
if (!process.argv.includes('--dry')) writeFileSync(target, src + '\n');
console.log(`${records.length} records (${records.filter((r) => r.kind === 'pos').length} pos, ${records.filter((r) => r.kind === 'neg').length} neg) from ${T.length} templates`);
console.log(perLabel);
