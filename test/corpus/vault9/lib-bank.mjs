// Bank identifiers: IBAN (mod-97 + country length + national check digits),
// UK sort code / account modulus check (VocaLink rows, no exceptions), NUBAN, BIC.
import { mod97 } from './lib.mjs';

export const IBAN_LEN = { GB: 22, DE: 22, FR: 27, NL: 18, ES: 24, PT: 25, BE: 16, IE: 22, MU: 30 };

function esDc(digits) { // Spanish CCC control digit over 10 digits
  const w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]; let s = 0;
  for (let i = 0; i < 10; i++) s += +digits[i] * w[i];
  const d = 11 - (s % 11); return d === 11 ? 0 : d === 10 ? 1 : d;
}
function frRibKey(bank, branch, acct) {
  return 97 - Number((89n * BigInt(bank) + 15n * BigInt(branch) + 3n * BigInt(acct)) % 97n);
}
function ptNib(body19) { return 98 - Number((BigInt(body19) * 100n) % 97n); }
function nlElf(acct10) { let s = 0; for (let i = 0; i < 10; i++) s += +acct10[i] * (10 - i); return s % 11 === 0; }
function beCheck(first10) { const m = Number(BigInt(first10) % 97n); return m === 0 ? 97 : m; }

// national (BBAN-internal) check, where the scheme has one
export function bbanNationalValid(cc, b) {
  switch (cc) {
    case 'FR': return /^\d{23}$/.test(b) && frRibKey(b.slice(0, 5), b.slice(5, 10), b.slice(10, 21)) === +b.slice(21);
    case 'ES': return /^\d{20}$/.test(b) && esDc('00' + b.slice(0, 8)) === +b[8] && esDc(b.slice(10)) === +b[9];
    case 'PT': return /^\d{21}$/.test(b) && ptNib(b.slice(0, 19)) === +b.slice(19);
    case 'NL': return /^[A-Z]{4}\d{10}$/.test(b) && nlElf(b.slice(4));
    case 'BE': return /^\d{12}$/.test(b) && beCheck(b.slice(0, 10)) === +b.slice(10);
    case 'GB': case 'IE': return /^[A-Z]{4}\d{14}$/.test(b);
    case 'DE': return /^\d{18}$/.test(b);
    case 'MU': return /^[A-Z]{4}\d{16}000[A-Z]{3}$/.test(b);
    default: return false;
  }
}
export function ibanValid(iban) {
  const cc = iban.slice(0, 2);
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(iban) || IBAN_LEN[cc] !== iban.length) return false;
  return mod97(iban.slice(4) + iban.slice(0, 4)) === 1 && bbanNationalValid(cc, iban.slice(4));
}
export function ibanFromBban(cc, bban) {
  const chk = 98 - mod97(bban + cc + '00');
  return cc + String(chk).padStart(2, '0') + bban;
}
export function makeBban(r, cc) {
  const L = (n) => r.letters(n), D = (n) => r.digits(n);
  switch (cc) {
    case 'GB': return r.pick(['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL', 'NAIA']) + D(14);
    case 'IE': return r.pick(['AIBK', 'BOFI', 'IPBS']) + D(14);
    case 'DE': return r.pick(['37040044', '10070000', '50010517', '20041133', '70150000']) + D(10);
    case 'FR': { const bank = r.pick(['30004', '30003', '20041', '10278']), br = D(5), ac = D(11);
      return bank + br + ac + String(frRibKey(bank, br, ac)).padStart(2, '0'); }
    case 'ES': { const bb = r.pick(['2100', '0049', '0182', '2038']) + D(4), ac = D(10);
      return bb + esDc('00' + bb) + esDc(ac) + ac; }
    case 'PT': { const body = r.pick(['0035', '0033', '0007', '0010']) + D(4) + D(11);
      return body + String(ptNib(body)).padStart(2, '0'); }
    case 'NL': { let ac; do { ac = D(10); } while (!nlElf(ac) || ac[0] === '0');
      return r.pick(['ABNA', 'INGB', 'RABO', 'TRIO']) + ac; }
    case 'BE': { const f = r.pick(['001', '068', '310', '363']) + D(7); return f + String(beCheck(f)).padStart(2, '0'); }
    case 'MU': return r.pick(['MCBL', 'BOMM', 'SBMU']) + D(16) + '000' + r.pick(['MUR', 'USD', 'EUR']);
    default: throw new Error('no BBAN builder for ' + cc + L(0));
  }
}
export function makeIban(r, cc) {
  for (let i = 0; i < 50; i++) { const iban = ibanFromBban(cc, makeBban(r, cc)); if (ibanValid(iban)) return iban; }
  throw new Error('could not build IBAN ' + cc);
}
export function fmtIban(iban, style = 'groups') {
  if (style === 'compact') return iban;
  return iban.replace(/(.{4})(?=.)/g, style === 'dash' ? '$1-' : '$1 ');
}

// ---- UK modulus check: a few single-row, no-exception ranges of valacdos (v8.50) ----
const UK_ROWS = [
  ['089000', '089999', 'MOD10', [0, 0, 0, 0, 0, 0, 7, 1, 3, 7, 1, 3, 7, 1]],
  ['100000', '101099', 'MOD11', [0, 0, 0, 0, 0, 0, 8, 7, 6, 5, 4, 3, 2, 1]],
  ['102400', '107999', 'MOD11', [0, 0, 0, 0, 0, 0, 8, 7, 6, 5, 4, 3, 2, 1]],
  ['120000', '120961', 'MOD11', [0, 0, 1, 8, 2, 6, 3, 7, 9, 5, 8, 4, 2, 1]],
  ['124000', '124999', 'MOD11', [0, 0, 1, 8, 2, 6, 3, 7, 9, 5, 8, 4, 2, 1]],
  ['160000', '161027', 'MOD11', [0, 0, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2, 1]],
  ['050096', '058999', 'MOD11', [0, 0, 0, 0, 0, 0, 2, 1, 7, 5, 8, 2, 4, 1]],
];
export function ukModulusValid(sort, acct) {
  if (!/^\d{6}$/.test(sort) || !/^\d{8}$/.test(acct)) return false;
  const row = UK_ROWS.find(([a, b]) => sort >= a && sort <= b);
  if (!row) return false; // we only generate pairs we can check
  const d = (sort + acct).split('').map(Number), w = row[3];
  if (row[2] === 'DBLAL') { let s = 0; for (let i = 0; i < 14; i++) { const p = d[i] * w[i]; s += Math.floor(p / 10) + (p % 10); } return s % 10 === 0; }
  let s = 0; for (let i = 0; i < 14; i++) s += d[i] * w[i];
  return s % (row[2] === 'MOD10' ? 10 : 11) === 0;
}
export function makeUkPair(r) {
  for (let i = 0; i < 5000; i++) {
    const row = r.pick(UK_ROWS); const lo = +row[0], hi = +row[1];
    const sort = String(r.int(lo, hi)).padStart(6, '0'), acct = r.digits(8);
    if (acct[0] !== '0' && ukModulusValid(sort, acct)) return { sort, acct };
  }
  throw new Error('uk pair');
}
export function fmtSort(s, sep = '-') { return s.slice(0, 2) + sep + s.slice(2, 4) + sep + s.slice(4); }

// ---- Nigeria NUBAN ----------------------------------------------------------------
export const NG_BANKS = { '044': 'Access Bank', '058': 'GTBank', '011': 'First Bank', '057': 'Zenith Bank', '033': 'UBA' };
export function nubanCheck(bank, serial9) {
  const w = [3, 7, 3]; const s12 = bank + serial9; let s = 0;
  for (let i = 0; i < 12; i++) s += +s12[i] * w[i % 3];
  return String((10 - (s % 10)) % 10);
}
export function nubanValid(bank, nuban) { return /^\d{10}$/.test(nuban) && nubanCheck(bank, nuban.slice(0, 9)) === nuban[9]; }

// ---- SWIFT / BIC ---------------------------------------------------------------------
export const ISO_CC = new Set(['ZA', 'ZW', 'KE', 'NG', 'GB', 'US', 'IN', 'CA', 'DE', 'FR', 'NL', 'ES', 'PT', 'BE', 'IE', 'MU', 'BW']);
export function bicValid(b) { const m = /^[A-Z]{4}([A-Z]{2})[A-Z0-9]{2}([A-Z0-9]{3})?$/.exec(b); return !!m && ISO_CC.has(m[1]); }
