// vault7 corpus generator: PRNG, record builder, checksums, obfuscation, card/bank values.
// Deterministic: everything draws from one seeded mulberry32 stream.

let state = 0x7a017;
export function seed(n) { state = n >>> 0; }
export function rand() {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
export const int = (a, b) => a + Math.floor(rand() * (b - a + 1));
export const pick = (arr) => arr[Math.floor(rand() * arr.length)];
export const chance = (p) => rand() < p;
export const digits = (n) => Array.from({ length: n }, () => int(0, 9)).join('');
export const nz = (n) => String(int(1, 9)) + digits(n - 1);
const UP = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const AN = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
export const upper = (n) => Array.from({ length: n }, () => pick(UP)).join('');
export const alnum = (n, set = AN) => Array.from({ length: n }, () => pick(set)).join('');
export const hex = (n) => alnum(n, '0123456789abcdef');
export const pad = (x, n) => String(x).padStart(n, '0');
export function shuffle(a) { const b = a.slice(); for (let i = b.length - 1; i > 0; i--) { const j = int(0, i); [b[i], b[j]] = [b[j], b[i]]; } return b; }

// ---------- record builder ----------
// A labelled value: {lv:true, type, text (as inserted), raw (canonical), kind}
export const v = (type, text, raw = text, kind = '') => ({ lv: true, type, text, raw, kind });
export const sol = (text, kind = '') => v('SOLICITATION', text, text, kind);
// Tagged template: returns an array of parts (strings, labelled values, nested arrays).
export function T(strs, ...vals) {
  const out = [];
  strs.forEach((s, i) => { out.push(s); if (i < vals.length) out.push(vals[i]); });
  return out;
}
export function build(parts) {
  let text = '';
  const spans = [];
  const vals = [];
  const walk = (p) => {
    if (p == null || p === false) return;
    if (Array.isArray(p)) { p.forEach(walk); return; }
    if (typeof p === 'object' && p.lv) {
      const start = text.length;
      text += p.text;
      spans.push({ type: p.type, start, end: text.length });
      vals.push({ ...p, start, end: text.length });
      return;
    }
    text += String(p);
  };
  walk(parts);
  return { text, spans, vals };
}

// ---------- checksums ----------
function luhnSum(s) {
  let sum = 0, alt = false;
  for (let i = s.length - 1; i >= 0; i--) { let d = +s[i]; if (alt) { d *= 2; if (d > 9) d -= 9; } sum += d; alt = !alt; }
  return sum;
}
export const luhnOk = (s) => /^\d+$/.test(s) && luhnSum(s) % 10 === 0;
export const luhnComplete = (p) => p + ((10 - (luhnSum(p + '0') % 10)) % 10);

export function mod97(str) {
  const num = str.toUpperCase().split('').map((c) => (/[A-Z]/.test(c) ? String(c.charCodeAt(0) - 55) : c)).join('');
  let r = 0;
  for (let i = 0; i < num.length; i += 7) r = Number(String(r) + num.slice(i, i + 7)) % 97;
  return r;
}
export const ibanOk = (s) => /^[A-Z]{2}\d{2}[A-Z0-9]{8,30}$/.test(s) && mod97(s.slice(4) + s.slice(0, 4)) === 1;
export const ibanMake = (cc, bban) => { const c = 98 - mod97(bban + cc + '00'); return cc + pad(c, 2) + bban; };

const VD = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],[3,4,0,1,2,8,9,5,6,7],[4,0,1,2,3,9,5,6,7,8],[5,9,8,7,6,0,4,3,2,1],[6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],[8,7,6,5,9,3,2,1,0,4],[9,8,7,6,5,4,3,2,1,0]];
const VP = [[0,1,2,3,4,5,6,7,8,9]];
for (let i = 1; i < 8; i++) VP.push(VP[i - 1].map((x) => [1,5,7,6,2,8,3,0,9,4][x]));
const VINV = [0,4,3,2,1,5,6,7,8,9];
export function verhoeffOk(s) { let c = 0; const a = s.split('').reverse(); a.forEach((d, i) => { c = VD[c][VP[i % 8][+d]]; }); return c === 0; }
export function verhoeffComplete(p) { let c = 0; const a = p.split('').reverse(); a.forEach((d, i) => { c = VD[c][VP[(i + 1) % 8][+d]]; }); return p + VINV[c]; }

export const abaOk = (s) => /^\d{9}$/.test(s) && [3,7,1,3,7,1,3,7,1].reduce((a, w, i) => a + w * +s[i], 0) % 10 === 0;
export function abaMake() {
  const p = pad(pick([1,2,3,4,5,6,7,8,9,10,11,12,21,22,23,24,25,26,27,28,29,30,31,32]), 2) + digits(6);
  const s = [3,7,1,3,7,1,3,7].reduce((a, w, i) => a + w * +p[i], 0);
  return p + ((10 - (s % 10)) % 10);
}
const NUBAN_W = [3,7,3,3,7,3,3,7,3,3,7,3];
export const nubanCheck = (bank, serial) => { const s = (bank + serial).split('').reduce((a, d, i) => a + NUBAN_W[i] * +d, 0); return (10 - (s % 10)) % 10; };
export const nubanOk = (bank, acct) => /^\d{10}$/.test(acct) && nubanCheck(bank, acct.slice(0, 9)) === +acct[9];

export function mrzCheck(s) {
  const val = (c) => (c === '<' ? 0 : /\d/.test(c) ? +c : c.charCodeAt(0) - 55);
  return String(s.split('').reduce((a, c, i) => a + val(c) * [7,3,1][i % 3], 0) % 10);
}

// ---------- obfuscation / formatting ----------
export function group(raw, sizes, sep = ' ') {
  const out = []; let i = 0;
  for (const n of sizes) { if (i >= raw.length) break; out.push(raw.slice(i, i + n)); i += n; }
  if (i < raw.length) out.push(raw.slice(i));
  return out.join(sep);
}
export const fullwidth = (s) => s.replace(/[0-9A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
export const nbsp = (s) => s.replace(/ /g, '\u00a0');
export function zw(s) { return s.split('').map((c, i) => (i > 0 && i < s.length - 1 && /\d/.test(c) && chance(0.3) ? '\u200b' + c : c)).join(''); }
const WORDS = ['zero','one','two','three','four','five','six','seven','eight','nine'];
// speech-to-text style: "four five, double seven ..." (chunks separated by commas)
export function spoken(raw, chunk = 4) {
  const parts = [];
  for (let i = 0; i < raw.length; i += chunk) {
    const g = raw.slice(i, i + chunk); const w = [];
    for (let j = 0; j < g.length; j++) {
      if (j + 1 < g.length && g[j] === g[j + 1] && chance(0.6)) { w.push('double ' + WORDS[+g[j]]); j++; }
      else w.push(g[j] === '0' && chance(0.5) ? 'oh' : WORDS[+g[j]]);
    }
    parts.push(w.join(' '));
  }
  return parts.join(', ');
}
// Undo all of the above (used only by the self-check).
export function deobf(s) {
  let t = s.normalize('NFKC').replace(/[\u200b-\u200d\u2060\ufeff]/g, '');
  t = t.replace(/\b(double|triple)\s+(zero|oh|one|two|three|four|five|six|seven|eight|nine)\b/gi, (m, k, w) => Array(k.toLowerCase() === 'double' ? 2 : 3).fill(w).join(' '));
  t = t.replace(/\b(zero|oh|one|two|three|four|five|six|seven|eight|nine)\b/gi, (w) => String(w.toLowerCase() === 'oh' ? 0 : WORDS.indexOf(w.toLowerCase())));
  return t;
}
export function cardFormat(raw, style) {
  const n = raw.length;
  const gaps = n === 15 ? [4, 6, 5] : n === 14 ? [4, 6, 4] : [4, 4, 4, 4, 3];
  switch (style) {
    case 'plain': return raw;
    case 'dash': return group(raw, gaps, '-');
    case 'dots': return group(raw, [4, 4, 4, 4, 3], '.');
    case 'dspace': return group(raw, gaps, '  ');
    case 'sdash': return group(raw, [4, 4, 4, 4, 3], ' - ');
    case 'nbsp': return nbsp(group(raw, gaps));
    case 'zw': return zw(raw);
    case 'full': return fullwidth(group(raw, gaps));
    case 'break': return group(raw, [8], '\n');
    case 'words': return spoken(raw);
    default: return group(raw, gaps);
  }
}

// ---------- cards ----------
const BRANDS = {
  visa: () => ['4' + digits(14), 16], visa19: () => ['4' + digits(17), 19],
  mastercard: () => [pick(['51','52','53','54','55']) + digits(14), 16],
  mc2: () => [String(int(2221, 2720)) + digits(11), 16],
  amex: () => [pick(['34','37']) + digits(12), 15], diners: () => ['36' + digits(11), 14],
  discover: () => [pick(['6011' + digits(11), '65' + digits(13)]), 16],
  jcb: () => [String(int(3528, 3589)) + digits(11), 16],
  unionpay: () => ['62' + pick(['4','5','6']) + digits(15), 19],
  mir: () => ['220' + int(0, 4) + digits(11), 16],
  verve: () => ['5061' + pick(['02','05','11','18']) + digits(12), 19],
};
export const BRAND_NAMES = Object.keys(BRANDS);
export function cardRaw(brand = pick(BRAND_NAMES)) { const [p] = BRANDS[brand](); return luhnComplete(p); }
export function card(brand = pick(BRAND_NAMES), style = 'space') {
  const raw = cardRaw(brand);
  return v('CARD_NUMBER', cardFormat(raw, style), raw, brand);
}
export function expiry(style = pick(['mm/yy', 'mm/yyyy', 'mm-yy', 'mm / yy'])) {
  const m = pad(int(1, 12), 2), y = int(26, 31);
  const t = { 'mm/yy': `${m}/${y}`, 'mm/yyyy': `${m}/20${y}`, 'mm-yy': `${m}-${y}`, 'mm / yy': `${m} / ${y}` }[style];
  return v('CARD_EXPIRY', t, `${m}/${y}`, style);
}
export const cvv = (n = 3) => { const c = digits(n); return v('CARD_CVV', c, c, String(n)); };

// ---------- banking ----------
const BBAN = {
  GB: () => upper(4) + digits(14), DE: () => digits(18), FR: () => digits(23), NL: () => upper(4) + digits(10),
  ES: () => digits(20), IT: () => upper(1) + digits(22), BE: () => digits(12), CH: () => digits(17),
  PT: () => digits(21), AE: () => digits(19), SA: () => digits(20), MU: () => upper(4) + digits(19) + 'MUR',
  TR: () => digits(5) + '0' + digits(16), EG: () => digits(25), TN: () => digits(20), MA: () => digits(24), PL: () => digits(24),
  BR: () => digits(23) + pick(['C', 'P']) + int(1, 2), IE: () => upper(4) + digits(14), SE: () => digits(20), NO: () => digits(11), MZ: () => digits(21), PK: () => upper(4) + digits(16),
};
export const IBAN_CC = Object.keys(BBAN);
export function ibanRaw(cc = pick(IBAN_CC)) { return ibanMake(cc, BBAN[cc]()); }
export function iban(cc = pick(IBAN_CC), style = pick(['space', 'space', 'plain', 'lower', 'dash'])) {
  const raw = ibanRaw(cc);
  const t = style === 'plain' ? raw : style === 'lower' ? group(raw.toLowerCase(), [4, 4, 4, 4, 4, 4, 4, 4]) :
    style === 'dash' ? group(raw, [4, 4, 4, 4, 4, 4, 4, 4], '-') : group(raw, [4, 4, 4, 4, 4, 4, 4, 4]);
  return v('IBAN', t, raw, cc);
}
export function routing(style = pick(['plain', 'plain', 'dash'])) {
  const raw = abaMake();
  return v('ROUTING_NUMBER', style === 'dash' ? `${raw.slice(0, 4)}-${raw.slice(4, 8)}-${raw[8]}` : raw, raw, 'aba');
}
const BIC_BANKS = { ZA: ['SBZA', 'FIRN', 'ABSA', 'NEDS', 'CABL'], ZW: ['CBZA', 'STBL', 'FBCP', 'CABS'], KE: ['KCBL', 'EQBL', 'SCBL', 'CITI'],
  NG: ['GTBI', 'ZEIB', 'FBNI', 'UNAF'], GB: ['BARC', 'LOYD', 'NWBK', 'HBUK'], DE: ['DEUT', 'COBA', 'INGD'], FR: ['BNPA', 'SOGE', 'AGRI'],
  US: ['CHAS', 'BOFA', 'WFBI'], IN: ['SBIN', 'HDFC', 'ICIC'], AE: ['EBIL', 'NBAD'], PT: ['CGDI', 'BCOM'], BR: ['BRAS', 'ITAU'] };
export const BIC_CC = Object.keys(BIC_BANKS);
export function bic(cc = pick(BIC_CC), branch = chance(0.4)) {
  const raw = pick(BIC_BANKS[cc]) + cc + pick(['JJ', 'HX', 'NX', '22', '2L', 'LA', 'PP', 'MM', 'FF', 'BB']) + (branch ? pick(['XXX', '001', '0AB', '300', 'HRE']) : '');
  return v('SWIFT_BIC', raw, raw, cc);
}
export const NG_BANKS = { 'Access Bank': '044', 'GTBank': '058', 'First Bank': '011', 'Zenith Bank': '057', 'UBA': '033' };
export function nuban(bankName = pick(Object.keys(NG_BANKS))) {
  const serial = digits(9); const raw = serial + nubanCheck(NG_BANKS[bankName], serial);
  return v('BANK_ACCOUNT', raw, raw, 'nuban:' + NG_BANKS[bankName]);
}
export const acct = (n, fmt = (x) => x, kind = 'acct') => { const raw = nz(n); return v('BANK_ACCOUNT', fmt(raw), raw, kind); };
export function sortCode(sep = '-') { const raw = pick(['20', '40', '30', '60', '09', '11', '83']) + digits(4); return v('ROUTING_NUMBER', group(raw, [2, 2, 2], sep), raw, 'sortcode'); }
// random light obfuscation of an already-labelled value (raw kept): NBSP, zero-width joiners, full-width digits
export function obf(x, p = 1) {
  if (!chance(p)) return x;
  const m = pick(['nbsp', 'zw', 'full']);
  const t = m === 'nbsp' ? (x.text.includes(' ') ? nbsp(x.text) : zw(x.text)) : m === 'zw' ? zw(x.text) : fullwidth(x.text);
  return { ...x, text: t };
}
