// Generators of sensitive values, each returned as a gold span S(type, display, check).
import { isValidPhoneNumber, parsePhoneNumber } from 'libphonenumber-js/max';
import { S } from './build.mjs';
import { luhnComplete, cardBrand, cardValid, makeIban, fmtIban, makeUkPair, fmtSort, nubanCheck, NG_BANKS, abaValid } from './lib.mjs';

const TEST_PANS = new Set(['4242424242424242', '4111111111111111', '5555555555554444', '4012888888881881', '378282246310005', '6011111111111117']);
const CARD_PREFIX = { visa: ['4'], mastercard: ['51', '52', '53', '54', '55', '2221', '2284', '2310', '2511', '2690', '2720'], amex: ['34', '37'], discover: ['6011', '65', '644'], diners: ['36', '300', '305', '38'], jcb: ['3528', '3541', '3566', '3589'], unionpay: ['6200', '6240', '6250'] };
const CARD_LEN = { visa: [16, 16, 16, 19], mastercard: [16], amex: [15], discover: [16], diners: [14], jcb: [16], unionpay: [16, 19] };
export const BRAND_NAME = { visa: 'Visa', mastercard: 'Mastercard', amex: 'Amex', discover: 'Discover', diners: 'Diners Club', jcb: 'JCB', unionpay: 'UnionPay' };
export function makePan(r, brand) {
  for (;;) {
    const len = r.pick(CARD_LEN[brand]); const pre = r.pick(CARD_PREFIX[brand]);
    const pan = luhnComplete(pre + r.digits(len - pre.length - 1));
    if (cardValid(pan) && cardBrand(pan) === brand && !TEST_PANS.has(pan)) return pan;
  }
}
export function groupPan(pan, sep = ' ') {
  const g = pan.length === 15 ? [4, 6, 5] : pan.length === 14 ? [4, 6, 4] : pan.length === 19 ? [4, 4, 4, 4, 3] : [4, 4, 4, 4];
  const out = []; let i = 0; for (const n of g) { out.push(pan.slice(i, i + n)); i += n; }
  return out.join(sep);
}
export function brandFor(r, cc) {
  const w = { US: ['visa', 'visa', 'mastercard', 'amex', 'discover'], IN: ['visa', 'mastercard', 'mastercard', 'visa', 'diners'], CA: ['visa', 'mastercard', 'amex'], GB: ['visa', 'visa', 'mastercard', 'amex'] }[cc] || ['visa', 'visa', 'mastercard', 'mastercard', 'amex', 'unionpay'];
  return r.pick(w);
}
export function card(r, cc, opts = {}) {
  const brand = opts.brand || brandFor(r, cc); const pan = makePan(r, brand);
  const style = opts.style ?? r.pick(['space', 'space', 'dash', 'none']);
  const display = opts.display ? opts.display(pan) : style === 'none' ? pan : groupPan(pan, style === 'dash' ? '-' : ' ');
  return S('CARD_NUMBER', display, { kind: 'card', value: pan }, { pan, brand, last4: pan.slice(-4), brandName: BRAND_NAME[brand] });
}
export function expiry(r, style) {
  const m = r.int(1, 12), y = r.int(26, 31); const mm = String(m).padStart(2, '0');
  style = style ?? r.pick(['mmyy', 'mmyy', 'mmyyyy', 'dash', 'mon']);
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1];
  const display = { mmyy: `${mm}/${y}`, mmyyyy: `${mm}/20${y}`, dash: `${mm}-${y}`, mon: `${mon} 20${y}` }[style];
  return S('CARD_EXPIRY', display, { kind: 'expiry', value: `${mm}/${y}` });
}
export function cvv(r, brand) { const n = brand === 'amex' ? 4 : 3; const v = r.digits(n); return S('CARD_CVV', v, { kind: 'cvv', value: v, len: n }); }

// ---- phones --------------------------------------------------------------------------
const MOB = { ZW: [['71', '73', '77', '78'], 7], ZA: [['60', '61', '71', '72', '73', '74', '76', '79', '81', '82', '83', '84'], 7], KE: [['70', '71', '72', '74', '79', '11'], 7], NG: [['803', '806', '813', '816', '703', '706', '802', '808', '812', '701', '705', '815', '905', '809'], 7], GB: [['74', '75', '77', '78', '79'], 8], IN: [['98', '99', '97', '96', '94', '93', '91', '90', '88', '87', '86', '85', '81', '80', '70', '63'], 8], US: [['312', '773', '713', '832', '303', '720', '404', '678', '206', '425', '617', '415'], 7], CA: [['416', '647', '604', '778', '514', '438', '403', '587', '902', '613'], 7] };
const LAND = { ZW: [['242'], 6], ZA: [['11', '21', '31', '12'], 7], KE: [['20'], 7], NG: [['1'], 7], GB: [['20', '161', '113', '117', '141'], 7], IN: [['22', '80', '20', '44'], 8], US: MOB.US, CA: MOB.CA };
const FREE = { ZA: [['800', '860'], 6], GB: [['800'], 7], US: [['800', '888', '877', '866'], 7], CA: [['800', '888', '877'], 7], IN: [['1800'], 6], KE: [['800'], 6], NG: [['800'], 8], ZW: [['8080'], 3] };
export const CALLING = { ZW: '263', ZA: '27', KE: '254', NG: '234', GB: '44', US: '1', IN: '91', CA: '1' };
export function makePhoneE164(r, cc, type = 'mobile') {
  const [pres, n] = (type === 'land' ? LAND : type === 'free' ? FREE : MOB)[cc];
  for (let i = 0; i < 500; i++) {
    let rest = r.digits(n); if (cc === 'US' || cc === 'CA') rest = String(r.int(2, 9)) + rest.slice(1);
    const e164 = `+${CALLING[cc]}${r.pick(pres)}${rest}`;
    if (isValidPhoneNumber(e164) && (parsePhoneNumber(e164).country === cc || (type === 'free' && cc === 'CA' && parsePhoneNumber(e164).country === 'US')) && !/555/.test(e164.slice(-7, -4))) return e164;
  }
  throw new Error(`phone ${cc} ${type}`);
}
export function phoneDisplay(r, e164, style) {
  const p = parsePhoneNumber(e164);
  style = style ?? r.pick(['intl', 'intl', 'national', 'national', 'e164', 'compact']);
  if (style === 'intl') return p.formatInternational();
  if (style === 'national') return p.formatNational();
  if (style === 'e164') return e164;
  if (style === 'compact') return p.formatNational().replace(/[\s()-]/g, '');
  if (style === 'dash') return p.formatInternational().replace(/ /g, '-');
  if (style === 'dots') return p.formatNational().replace(/[()]/g, '').replace(/[\s-]+/g, '.');
  if (style === '00') return '00' + e164.slice(1);
  throw new Error('phone style ' + style);
}
export function phone(r, cc, opts = {}) {
  const e164 = makePhoneE164(r, cc, opts.type); const display = opts.display ? opts.display(e164) : phoneDisplay(r, e164, opts.style);
  return S('PHONE_NUMBER', display, { kind: 'phone', value: e164, country: parsePhoneNumber(e164).country }, { e164, last3: e164.slice(-3) });
}

// ---- e-mail ------------------------------------------------------------------------------
const plain = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z]/g, '');
export function emailAddr(r, who, domains) {
  const f = plain(who.first), l = plain(who.last);
  const local = r.pick([`${f}.${l}`, `${f}${l}${r.int(1, 99)}`, `${f[0]}${l}`, `${f}_${l}`, `${l}.${f}${r.int(70, 99)}`, `${f}${r.int(1980, 2004)}`]);
  return `${local}@${r.pick(domains)}`;
}
export function email(r, who, domains, display) { const v = emailAddr(r, who, domains); return S('EMAIL_ADDRESS', display ? display(v) : v, { kind: 'email', value: v }, { value: v }); }
export function emailFixed(v, display) { return S('EMAIL_ADDRESS', display ?? v, { kind: 'email', value: v.toLowerCase() }); }

// ---- bank --------------------------------------------------------------------------------
export function iban(r, cc, style) { const v = makeIban(r, cc); return S('IBAN', fmtIban(v, style ?? r.pick(['groups', 'groups', 'compact'])), { kind: 'iban', value: v }, { value: v }); }
export function aba(r, display) {
  for (;;) {
    const pre = String(r.pick([r.int(1, 12), r.int(21, 32)])).padStart(2, '0'); const d8 = pre + r.digits(6);
    for (let c = 0; c < 10; c++) { const v = d8 + c; if (abaValid(v) && v !== '021000021' && v !== '011000015') return S('ROUTING_NUMBER', display ? display(v) : v, { kind: 'aba', value: v }); }
  }
}
export function ukPair(r) { return makeUkPair(r); }
export function sortSpan(pair, sep = '-') { return S('ROUTING_NUMBER', fmtSort(pair.sort, sep), { kind: 'sort', value: pair.sort }); }
export function ukAcctSpan(pair) { return S('BANK_ACCOUNT', pair.acct, { kind: 'uk_acct', value: pair.acct, sort: pair.sort }); }
export function ukPairSpan(pair, sep = '-', mid = ' ') { return S('BANK_ACCOUNT', fmtSort(pair.sort, sep) + mid + pair.acct, { kind: 'uk_pair', sort: pair.sort, value: pair.acct }); }
export function nuban(r, bankCode) {
  const code = bankCode ?? r.pick(Object.keys(NG_BANKS)); const serial = r.digits(9); const v = serial + nubanCheck(code, serial);
  return S('BANK_ACCOUNT', v, { kind: 'nuban', value: v, bank: code }, { bankName: NG_BANKS[code] });
}
const ACCTS = { ZA: [['FNB', '62', 11], ['Capitec', '1', 10], ['Standard Bank', '0', 9], ['Absa', '40', 10], ['Nedbank', '1', 10]], ZW: [['CBZ', '0', 14], ['Stanbic', '914', 13], ['Steward Bank', '1', 11], ['FBC', '411', 13]], KE: [['Equity', '01', 13], ['KCB', '11', 10], ['Co-op Bank', '011', 14]], IN: [['SBI', '3', 11], ['HDFC Bank', '50100', 14], ['ICICI Bank', '0', 12]], US: [['Chase', '', 10], ['Wells Fargo', '', 10], ['Bank of America', '', 12]] };
export function account(r, cc) {
  const [bankName, pre, len] = r.pick(ACCTS[cc]); const v = pre + r.digits(len - pre.length);
  return S('BANK_ACCOUNT', v, { kind: 'acct', value: v, len }, { bankName });
}
export const BICS = { ZA: ['SBZAZAJJ', 'FIRNZAJJ', 'ABSAZAJJ', 'NEDSZAJJ', 'CABLZAJJ'], ZW: ['CBZKZWHA', 'SBICZWHX', 'SCBLZWHX', 'FBCPZWHA'], KE: ['KCBLKENX', 'EQBLKENA', 'KCOOKENA', 'SCBLKENX'], NG: ['GTBINGLA', 'FBNINGLA', 'ABNGNGLA', 'ZEIBNGLA', 'UNAFNGLA'], GB: ['BARCGB22', 'NWBKGB2L', 'HBUKGB4B', 'LOYDGB2L'], US: ['CHASUS33', 'BOFAUS3N', 'CITIUS33', 'WFBIUS6S'], IN: ['SBININBB', 'HDFCINBB', 'ICICINBB'], CA: ['ROYCCAT2', 'TDOMCATTTOR', 'BOFMCAM2'], DE: ['DEUTDEFF', 'COBADEFFXXX'], FR: ['BNPAFRPP', 'SOGEFRPP'], NL: ['ABNANL2A', 'INGBNL2A'], ES: ['CAIXESBB', 'BBVAESMM'], PT: ['CGDIPTPL', 'BCOMPTPL'], BE: ['GEBABEBB'], IE: ['AIBKIE2D'], MU: ['MCBLMUMU'] };
export function bic(r, cc) { const v = r.pick(BICS[cc]); return S('SWIFT_BIC', v, { kind: 'bic', value: v }); }
