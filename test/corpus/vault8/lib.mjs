// vault8 corpus helpers: seeded PRNG, record builder, check-digit value generators and validators.
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

let state = 0;
export function seed(n) { state = n >>> 0; }
export function rnd() { // mulberry32
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
export const int = (a, b) => a + Math.floor(rnd() * (b - a + 1));
export const pick = (arr) => arr[Math.floor(rnd() * arr.length)];
export const chance = (p) => rnd() < p;
export const digits = (n) => { let o = ''; for (let i = 0; i < n; i++) o += int(0, 9); return o; };
export const num = (n) => String(int(1, 9)) + digits(n - 1); // reference numbers without a leading 0 (no trunk-prefix look-alikes)
export const chars = (n, set) => { let o = ''; for (let i = 0; i < n; i++) o += set[int(0, set.length - 1)]; return o; };
export const UP = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
export const B62 = UP + 'abcdefghijklmnopqrstuvwxyz0123456789';
export const HEX = '0123456789abcdef';
export const pad = (n, w) => String(n).padStart(w, '0');
export function shuffle(a) { for (let i = a.length - 1; i > 0; i--) { const j = int(0, i); [a[i], a[j]] = [a[j], a[i]]; } return a; }

// ---- record builder: parts are strings, labelled values L(), or verified unlabelled values N()
export const L = (type, value, check) => ({ type, value, check });
export const N = (value, check) => ({ value, check });
export function rec(family, ...parts) {
  let text = '';
  const spans = [], checks = [];
  for (const p of parts.flat(Infinity)) {
    if (p === null || p === undefined || p === false) continue;
    if (typeof p === 'string') { text += p; continue; }
    const start = text.length;
    text += p.value;
    if (p.type) spans.push({ type: p.type, start, end: text.length, value: p.value });
    if (p.check) checks.push({ check: p.check, value: p.value, labelled: !!p.type });
  }
  return { family, text, spans, checks };
}

// ---- obfuscation and its inverse
const FW = (s) => s.replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
export function obf(kind, grouped) {
  switch (kind) {
    case 'nbsp': return grouped.replace(/ /g, '\u00a0');
    case 'zw': return grouped.replace(/ /g, '\u200b');
    case 'zwin': return grouped.replace(/(\d)(\d)/, '$1\u200b$2').replace(/ /g, ' \u200c');
    case 'fw': return FW(grouped).replace(/ /g, '\u3000');
    case 'html': return grouped.replace(/ /g, '&nbsp;').replace(/\d/, (c) => `&#${c.charCodeAt(0)};`);
    case 'dots': return grouped.replace(/ /g, '.');
    case 'dash': return grouped.replace(/ /g, ' - ');
    case 'dspace': return grouped.replace(/ /g, '  ');
    case 'nl': { const i = grouped.indexOf(' ', Math.floor(grouped.length / 2) - 2); return i < 0 ? grouped : grouped.slice(0, i) + '\n' + grouped.slice(i + 1); }
    default: return grouped;
  }
}
export const OBF = ['nbsp', 'zw', 'zwin', 'fw', 'html', 'dots', 'dash', 'dspace', 'nl'];
export function deobf(s) {
  return s.replace(/&#x([0-9a-f]+);/gi, (m, h) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (m, d) => String.fromCodePoint(+d)).replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&')
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '').replace(/[\uff10-\uff19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\u00a0\u202f\u3000]/g, ' ');
}
export const compact = (s) => deobf(s).replace(/[^0-9A-Za-z]/g, '').toUpperCase();
export const group = (s, sizes, sep = ' ') => { const o = []; let i = 0; for (const n of sizes) { if (i >= s.length) break; o.push(s.slice(i, i + n)); i += n; } if (i < s.length) o.push(s.slice(i)); return o.join(sep); };

// ---- checksums
export function luhnOk(d) { let sum = 0, alt = false; for (let i = d.length - 1; i >= 0; i--) { let x = +d[i]; if (alt) { x *= 2; if (x > 9) x -= 9; } sum += x; alt = !alt; } return /^\d+$/.test(d) && sum % 10 === 0; }
export const withLuhn = (body) => { for (let c = 0; c < 10; c++) if (luhnOk(body + c)) return body + c; throw new Error('luhn'); };
const VD = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],[3,4,0,1,2,8,9,5,6,7],[4,0,1,2,3,9,5,6,7,8],[5,9,8,7,6,0,4,3,2,1],[6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],[8,7,6,5,9,3,2,1,0,4],[9,8,7,6,5,4,3,2,1,0]];
const P1 = [1,5,7,6,2,8,3,0,9,4];
const VP = [[0,1,2,3,4,5,6,7,8,9]];
for (let i = 1; i < 8; i++) VP.push(VP[i - 1].map((_, j) => VP[i - 1][P1[j]]));
export function verhoeffOk(s) { let c = 0; const r = s.split('').reverse(); r.forEach((ch, i) => { c = VD[c][VP[i % 8][+ch]]; }); return /^\d+$/.test(s) && c === 0; }
const withVerhoeff = (body) => { for (let c = 0; c < 10; c++) if (verhoeffOk(body + c)) return body + c; throw new Error('verhoeff'); };
const mod97 = (s) => { let r = 0; for (const ch of s) { const v = /\d/.test(ch) ? ch : String(ch.charCodeAt(0) - 55); for (const c of v) r = (r * 10 + +c) % 97; } return r; };
export const abaOk = (d) => /^\d{9}$/.test(d) && [3, 7, 1, 3, 7, 1, 3, 7, 1].reduce((s, w, i) => s + w * +d[i], 0) % 10 === 0;
const ZWL = 'ZABCDEFGHJKLMNPQRSTVWXY';
const icao = (s) => String([...s].reduce((a, ch, i) => a + [7, 3, 1][i % 3] * (ch === '<' ? 0 : /\d/.test(ch) ? +ch : ch.charCodeAt(0) - 55), 0) % 10);

// ---- cards (lengths the brand really issues)
const CARD = {
  visa: { pre: () => '4' + digits(int(1, 3)), lens: [16, 16, 16, 13, 19], re: /^4/, ok: [13, 16, 19] },
  mastercard: { pre: () => chance(0.6) ? '5' + int(1, 5) : String(int(2221, 2720)), lens: [16], re: /^(5[1-5]|222[1-9]|22[3-9]\d|2[3-6]\d\d|27[01]\d|2720)/, ok: [16] },
  amex: { pre: () => pick(['34', '37']), lens: [15], re: /^3[47]/, ok: [15] },
  discover: { pre: () => pick(['6011', String(int(644, 649)), '65' + int(1, 9)]), lens: [16, 16, 19], re: /^(6011|64[4-9]|65)/, ok: [16, 19] },
  diners: { pre: () => pick(['30' + int(0, 5), '36', '38']), lens: [14], re: /^(30[0-5]|36|38)/, ok: [14] },
  jcb: { pre: () => '35' + int(28, 89), lens: [16], re: /^35(2[89]|[3-8]\d)/, ok: [16] },
  unionpay: { pre: () => pick(['6210', '6217', '6228', '6250', '6259']), lens: [16, 17, 18, 19], re: /^62/, ok: [16, 17, 18, 19] },
  verve: { pre: () => String(int(506100, 506198)), lens: [16, 19], re: /^5061/, ok: [16, 19] },
};
export function card(brand, len) {
  const b = CARD[brand]; const n = len || pick(b.lens);
  const p = b.pre();
  const full = withLuhn(p + digits(n - 1 - p.length));
  if (full.length !== n || !b.ok.includes(n)) throw new Error(`card length ${brand} ${n}`);
  return full;
}
export const cardOk = (v, brand) => { const d = compact(v); const b = CARD[brand]; return luhnOk(d) && b.re.test(d) && b.ok.includes(d.length); };
export const fmtCard = (d, sep = ' ') => group(d, d.length === 15 ? [4, 6, 5] : d.length === 14 ? [4, 6, 4] : [4, 4, 4, 4], sep);
export const expiry = () => { const m = pad(int(1, 12), 2), y = int(26, 31); return pick([`${m}/${y}`, `${m}/20${y}`, `${m}-${y}`, `${m} / ${y}`]); };

// ---- IBAN + BIC of a bank of that country
const BANKS = {
  DE: [['COBADEFFXXX', () => '37040044' + digits(10)], ['DEUTDEBBXXX', () => '10070000' + digits(10)], ['INGDDEFFXXX', () => '50010517' + digits(10)]],
  GB: [['NWBKGB2L', () => 'NWBK60' + digits(12)], ['BARCGB22', () => 'BARC20' + digits(12)], ['HBUKGB4B', () => 'HBUK40' + digits(12)]],
  FR: [['BNPAFRPP', () => rib('30004')], ['SOGEFRPP', () => rib('30003')], ['PSSTFRPPXXX', () => rib('20041')]],
  NL: [['ABNANL2A', () => 'ABNA' + elf()], ['RABONL2U', () => 'RABO' + elf()], ['INGBNL2A', () => 'INGB' + elf()]],
  BE: [['GEBABEBB', () => be('001')], ['KREDBEBB', () => be('735')], ['BBRUBEBB', () => be('310')]],
  ES: [['CAIXESBBXXX', () => es('2100')], ['BSCHESMMXXX', () => es('0049')], ['BBVAESMMXXX', () => es('0182')]],
  AT: [['BKAUATWW', () => '12000' + digits(11)], ['GIBAATWWXXX', () => '20111' + digits(11)]],
  CH: [['UBSWCHZH80A', () => '00230' + digits(12)], ['CRESCHZZ80A', () => '04835' + digits(12)]],
  IE: [['AIBKIE2D', () => 'AIBK93' + digits(12)], ['BOFIIE2D', () => 'BOFI90' + digits(12)]],
  PT: [['CGDIPTPL', () => nib('0035')], ['BCOMPTPL', () => nib('0033')]],
  SA: [['NCBKSAJE', () => '10' + digits(18)], ['RJHISARI', () => '80' + digits(18)]],
  AE: [['EBILAEAD', () => '026' + digits(16)], ['BOMLAEAD', () => '033' + digits(16)]],
  MU: [['MCBLMUMU', () => 'MCBL' + digits(4) + digits(12) + '000MUR']],
};
const IBAN_LEN = { DE: 22, GB: 22, FR: 27, NL: 18, BE: 16, ES: 24, AT: 20, CH: 21, IE: 22, PT: 25, SA: 24, AE: 23, MU: 30 };
function rib(bank) { const br = digits(5), ac = digits(11); return bank + br + ac + pad(97 - ((89 * +bank + 15 * +br + 3 * +ac) % 97), 2); }
function elf() { for (;;) { const a = digits(10); if (a[0] !== '0' && [...a].reduce((s, c, i) => s + +c * (10 - i), 0) % 11 === 0) return a; } }
function be(bank) { const a = bank + digits(7); const c = +a % 97 || 97; return a + pad(c, 2); }
function esdc(s) { const w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]; const r = 11 - ([...s].reduce((t, c, i) => t + +c * w[i], 0) % 11); return String(r === 11 ? 0 : r === 10 ? 1 : r); }
function es(bank) { const br = digits(4), ac = digits(10); return bank + br + esdc('00' + bank + br) + esdc(ac) + ac; }
function nib(bank) { const s = bank + digits(4) + digits(11); return s + pad(98 - mod97(s + '00'), 2); }
export function iban(cc) {
  const [bic, bban] = pick(BANKS[cc]); const b = bban();
  const v = cc + pad(98 - mod97(b + cc + '00'), 2) + b;
  if (v.length !== IBAN_LEN[cc] || !ibanOk(v)) throw new Error('iban ' + cc);
  return { iban: v, bic, printed: group(v, Array(9).fill(4)) };
}
export function ibanOk(v) { const s = compact(v); return /^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(s) && IBAN_LEN[s.slice(0, 2)] === s.length && mod97(s.slice(4) + s.slice(0, 4)) === 1; }
export const IBAN_CC = Object.keys(BANKS);

// ---- routing, bank accounts
export function aba() { const b = pick(['01', '02', '03', '04', '06', '07', '09', '10', '11', '12', '21', '22', '26', '31']) + digits(6); for (let c = 0; c < 10; c++) if (abaOk(b + c)) return b + c; throw new Error('aba'); }
const NUBAN_W = [3, 7, 3, 3, 7, 3, 3, 7, 3, 3, 7, 3];
export const NG_BANKS = { '044': 'Access Bank', '058': 'GTBank', '011': 'First Bank', '057': 'Zenith Bank', '033': 'UBA' };
export function nuban(bank) { const s = digits(9); const sum = [...(bank + s)].reduce((t, c, i) => t + +c * NUBAN_W[i], 0); return s + ((10 - (sum % 10)) % 10); }
export const nubanOk = (v, bank) => { const d = compact(v); return d.length === 10 && [...(bank + d.slice(0, 9))].reduce((t, c, i) => t + +c * NUBAN_W[i], 0) % 10 === (10 - +d[9]) % 10; };
export const UK_PAIRS = [['08-99-99', '66374958'], ['10-79-99', '88837491'], ['13-40-20', '63849203'], ['77-27-98', '99345694']];

// ---- national IDs and passports
const ZW_OFF = ['02', '03', '04', '05', '07', '08', '13', '22', '24', '25', '27', '29', '32', '38', '42', '43', '47', '48', '50', '58', '59', '63', '66', '67', '70', '71', '75', '77', '79', '83', '86'];
export function zwId(style = 0) {
  const off = pick(ZW_OFF), seq = digits(chance(0.5) ? 6 : 7), dist = pick(ZW_OFF);
  const l = ZWL[Number(off + seq) % 23];
  return [`${off}-${seq} ${l} ${dist}`, `${off}-${seq}-${l}-${dist}`, `${off}-${seq}${l}${dist}`, `${off}${seq}${l}${dist}`][style % 4];
}
export const zwOk = (v) => { const m = compact(v).match(/^(\d{2})(\d{6,7})([A-Z])(\d{2})$/); return !!m && ZWL[Number(m[1] + m[2]) % 23] === m[3]; };
export function zaId() { const y = int(50, 104) % 100, m = int(1, 12), d = int(1, 28); return withLuhn(pad(y, 2) + pad(m, 2) + pad(d, 2) + digits(4) + pick(['0', '0', '1']) + '8'); }
export const zaOk = (v) => { const d = compact(v); const mm = +d.slice(2, 4), dd = +d.slice(4, 6); return d.length === 13 && luhnOk(d) && mm >= 1 && mm <= 12 && dd >= 1 && dd <= 31 && /[012]/.test(d[10]); };
export function sin() { const b = pick(['1', '2', '3', '4', '5', '6', '7', '9']) + digits(7); return group(withLuhn(b), [3, 3, 3], pick([' ', '-'])); }
export const sinOk = (v) => { const d = compact(v); return d.length === 9 && luhnOk(d) && !/^[08]/.test(d); };
export function ssn() { let a; do a = int(1, 772); while (a === 666); return `${pad(a, 3)}-${pad(int(1, 99), 2)}-${pad(int(1, 9999), 4)}`; }
export function nino() { const a = chars(1, 'ABCEGHJKLMNOPRSTWXYZ'), b = chars(1, 'ABCEGHJKLMNPRSTWXYZ'); if (['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'].includes(a + b) || a === 'O') return nino(); return `${a}${b} ${digits(2)} ${digits(2)} ${digits(2)} ${chars(1, 'ABCD')}`; }
export function aadhaar() { for (;;) { const v = withVerhoeff(int(2, 9) + digits(10)); if (v !== [...v].reverse().join('')) return group(v, [4, 4, 4]); } }
export const aadhaarOk = (v) => { const d = compact(v); return d.length === 12 && /^[2-9]/.test(d) && verhoeffOk(d); };
export const nin = () => withVerhoeff(int(1, 9) + digits(9));
export const ninOk = (v) => { const d = compact(v); return d.length === 11 && verhoeffOk(d); };
export const bvn = () => '22' + digits(9);
export const kePin = (t = 'A') => t + digits(9) + chars(1, UP);
export const panIn = (surname) => chars(3, UP) + 'P' + surname[0].toUpperCase() + digits(4) + chars(1, UP);
export function mrz(state, sur, given, sex = pick(['M', 'F'])) {
  const doc = chars(pick([1, 2]), UP); const num = (doc + digits(9 - doc.length));
  const dob = pad(int(60, 99), 2) + pad(int(1, 12), 2) + pad(int(1, 28), 2), exp = pad(int(27, 34), 2) + pad(int(1, 12), 2) + pad(int(1, 28), 2);
  const l1 = (`P<${state}${sur.toUpperCase().replace(/ /g, '<')}<<${given.toUpperCase().replace(/ /g, '<')}`).padEnd(44, '<').slice(0, 44);
  const pers = '<'.repeat(14);
  const a = num + icao(num), b = dob + icao(dob), c = exp + icao(exp), d = pers + '0';
  const l2 = a + state + b + sex + c + d + icao(a + b + c + d);
  return { l1, l2, num };
}
export const mrzOk = (v) => { const l = deobf(v).trim().split(/\s*\n\s*/).pop(); if (l.length !== 44) return false; const ok = (s, c) => icao(s) === c; return ok(l.slice(0, 9), l[9]) && ok(l.slice(13, 19), l[19]) && ok(l.slice(21, 27), l[27]) && ok(l.slice(0, 10) + l.slice(13, 20) + l.slice(21, 43), l[43]); };

// ---- phones, validated with libphonenumber-js max metadata
const PH = {
  ZW: ['263', () => pick(['77', '78', '71', '73']) + digits(7), () => '242' + digits(6)], ZA: ['27', () => pick(['82', '83', '72', '73', '76', '81', '84', '61']) + digits(7), () => pick(['11', '21', '31', '12']) + digits(7)],
  KE: ['254', () => pick(['712', '722', '733', '701', '110', '740', '799']) + digits(6), () => '20' + digits(7)], NG: ['234', () => pick(['803', '806', '813', '816', '703', '706', '810', '903', '807']) + digits(7), () => '201' + digits(7)],
  GB: ['44', () => pick(['7700', '7911', '7400', '7824', '7588', '7956']) + digits(6), () => '20' + pick(['7', '3', '8']) + digits(7)], US: ['1', () => pick(['212', '305', '312', '415', '617', '646', '702', '713', '404']) + int(2, 9) + digits(6)],
  IN: ['91', () => pick(['98', '97', '99', '94', '70', '81', '63']) + digits(8)], FR: ['33', () => pick(['6', '7']) + digits(8), () => '1' + digits(8)],
  DE: ['49', () => pick(['151', '160', '170', '176']) + digits(8)], BR: ['55', () => pick(['11', '21', '31']) + '9' + int(6, 9) + digits(7)],
  ES: ['34', () => '6' + digits(8)], PT: ['351', () => pick(['91', '92', '93', '96']) + digits(7)], GH: ['233', () => pick(['24', '54', '20', '55']) + digits(7)],
  UG: ['256', () => pick(['772', '701', '752', '782']) + digits(6)], TZ: ['255', () => pick(['712', '754', '655', '621']) + digits(6)], ZM: ['260', () => pick(['95', '96', '97']) + digits(7)],
  BW: ['267', () => '7' + int(1, 6) + digits(6)], EG: ['20', () => pick(['10', '11', '12']) + digits(8)], AE: ['971', () => '5' + pick(['0', '2', '5', '6']) + digits(7)],
  SA: ['966', () => '5' + int(0, 9) + digits(7)], MA: ['212', () => '6' + digits(8)], ET: ['251', () => '9' + digits(8)], MZ: ['258', () => '8' + int(2, 7) + digits(7)], LS: ['266', () => pick(['5', '6']) + digits(7)],
};
export function phone(region, style = 'nat', kind = 1) {
  const [cc, ...gens] = PH[region]; const gen = gens[Math.min(kind, gens.length) - 1];
  for (let i = 0; i < 500; i++) {
    const p = parsePhoneNumberFromString('+' + cc + gen());
    if (p && p.isValid() && p.country === region) return style === 'intl' ? p.formatInternational() : style === 'e164' ? p.number : p.formatNational();
  }
  throw new Error('phone ' + region);
}
export const phoneOk = (v, region) => { const p = parsePhoneNumberFromString(deobf(v).replace(/\s+/g, ' '), region); return !!p && p.isValid() && p.country === region; };

// ---- people, e-mail, secrets
export const NAMES = {
  zw: ['Tendai Moyo', 'Rudo Chikwanha', 'Tatenda Ncube', 'Nyasha Mlambo', 'Farai Mutasa', 'Chipo Dube', 'Sibusiso Ndlovu', 'Tafadzwa Zvobgo'],
  za: ['Thabo Nkosi', 'Lerato Dlamini', 'Sipho Khumalo', 'Anele Mthembu', 'Pieter van der Merwe', 'Naledi Mokoena', 'Ayanda Xaba', 'Lindiwe Sithole'],
  ke: ['Wanjiru Kamau', 'Otieno Ochieng', 'Achieng Atieno', 'Kiprop Cheruiyot', 'Mwangi Njoroge', 'Amina Hassan'],
  ng: ['Chinedu Okafor', 'Aisha Bello', 'Oluwaseun Adeyemi', 'Ngozi Eze', 'Musa Abubakar', 'Funmilayo Ogunleye', 'Emeka Nwosu'],
  gb: ['Oliver Bennett', 'Sophie Clarke', 'Harriet Walsh', 'James Okoro', 'Priya Shah'], us: ['Megan Carter', 'Daniel Ruiz', 'Ashley Brooks', 'Marcus Green'],
  in: ['Ananya Iyer', 'Rohan Mehta', 'Kavya Reddy', 'Arjun Nair'], fr: ['Camille Lefevre', 'Julien Moreau', 'Awa Diallo'], pt: ['Joao Tembe', 'Ana Sitoe', 'Mariana Costa'],
  es: ['Lucia Fernandez', 'Carlos Ortega'], ar: ['Youssef El Amrani', 'Fatima Al Harbi', 'Omar Haddad'], et: ['Abebe Bekele', 'Hiwot Tesfaye', 'Selam Girma'],
};
const MAIL = ['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com', 'hotmail.co.uk', 'proton.me'];
export function email(name, domain) {
  const [f, ...r] = name.toLowerCase().replace(/[^a-z ]/g, '').split(' '); const l = r.join('');
  const local = pick([`${f}.${l}`, `${f}${l[0]}`, `${f}_${l}${int(1, 99)}`, `${l}.${f[0]}`, `${f}${int(70, 2005)}`]);
  return `${local}@${domain || pick(MAIL)}`;
}
export const password = () => pick([() => pick(['Rudo', 'Harare', 'Simba', 'Jabu', 'Kibet', 'Lagos', 'Mzansi', 'Tiger']) + pick(['#', '@', '!', '$', '_']) + int(1990, 2025) + chars(2, 'abcdefghkmnpqrstuvwxyz'), () => chars(4, B62) + pick(['-', '.', '!']) + chars(6, B62) + int(10, 99), () => pick(['Blue', 'Green', 'Sunny', 'Mango']) + '-' + pick(['Sky', 'River', 'Lion', 'Baobab']) + '-' + int(10, 99) + '!'])();
export const pinN = (n = 4) => { for (;;) { const p = digits(n); if (!/^(\d)\1+$/.test(p) && !'0123456789'.includes(p)) return p; } };
export const apiKey = (kind) => ({
  stripe: () => 'sk_live_' + chars(24, B62), aws: () => 'AKIA' + chars(16, UP + '234567'), awss: () => chars(40, B62 + '/+'), gh: () => 'ghp_' + chars(36, B62),
  slack: () => `xoxb-${digits(11)}-${digits(12)}-${chars(24, B62)}`, jwt: () => 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.' + chars(54, B62) + '.' + chars(43, B62 + '-_'),
  hex: () => chars(32, HEX), bearer: () => chars(40, B62), twilio: () => 'SK' + chars(32, HEX), sendgrid: () => 'SG.' + chars(22, B62) + '.' + chars(43, B62),
}[kind])();

// ---- unlabelled look-alikes that must still satisfy their own checksums
export const imei = () => withLuhn(pick(['35', '86', '35', '99']) + digits(12));
export const iccid = (cc = '263') => withLuhn(('89' + cc + digits(19)).slice(0, 19));
export const luhnOrder = () => withLuhn(pick(['9', '7']) + digits(14));
export const uuid = () => `${chars(8, HEX)}-${chars(4, HEX)}-4${chars(3, HEX)}-${pick(['8', '9', 'a', 'b'])}${chars(3, HEX)}-${chars(12, HEX)}`;

export const CHECKS = {
  card: cardOk, iban: ibanOk, aba: (v) => abaOk(compact(v)), zw: zwOk, za: zaOk, sin: sinOk, aadhaar: aadhaarOk, nin: ninOk, nuban: nubanOk, mrz: mrzOk, phone: phoneOk,
  luhn: (v) => luhnOk(compact(v)), email: (v) => /^[^\s@]+@[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(v),
  ssn: (v) => /^(?!000|666|9)\d{3}(?!00)\d{2}(?!0000)\d{4}$/.test(compact(v)), nino: (v) => /^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$/.test(compact(v)),
};
export const runCheck = (spec, v) => { const [k, arg] = spec.split(':'); return CHECKS[k](v, arg); };

// ---- small text helpers
const MON = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export function dateStr() { const d = int(1, 28), m = int(1, 12), y = pick([2024, 2025, 2026]); return pick([`${d} ${MON[m - 1]} ${y}`, `${y}-${pad(m, 2)}-${pad(d, 2)}`, `${pad(d, 2)}/${pad(m, 2)}/${y}`, `${MON[m - 1].slice(0, 3)} ${d}, ${y}`, `${d}.${pad(m, 2)}.${y}`]); }
export const timeStr = () => pick([`${pad(int(7, 18), 2)}:${pad(int(0, 59), 2)}`, `${int(1, 12)}:${pad(int(0, 59), 2)} ${pick(['AM', 'PM'])}`, `${pad(int(7, 18), 2)}h${pad(int(0, 59), 2)}`]);
export const money = (cur) => `${cur} ${int(1, 98)},${pad(int(0, 999), 3)}.${pad(int(0, 99), 2)}`;
export const ref = (p, n = 6) => `${p}${digits(n)}`;
export const person = (r) => pick(NAMES[r]);
export function sig(agent, company, region, domain, opts = {}) {
  const tel = L('PHONE_NUMBER', phone(region, opts.style || pick(['nat', 'intl']), opts.kind || 1), 'phone:' + region);
  const mail = L('EMAIL_ADDRESS', `${opts.box || pick(['support', 'care', 'help', 'customercare'])}@${domain}`, 'email');
  return [`\n\n${opts.close || 'Kind regards'},\n${agent}\n${company}\n`, opts.telLabel || 'Tel: ', tel, opts.sep || '\n', opts.mailLabel || 'Email: ', mail];
}
