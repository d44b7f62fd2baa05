// vault7: national IDs, passports, phones, e-mails, credentials, people, look-alikes.
import { parsePhoneNumber } from '/work/main/node_modules/libphonenumber-js/max/index.js';
import { v, int, pick, chance, digits, nz, upper, alnum, hex, pad, luhnComplete, luhnOk, verhoeffComplete, mrzCheck, group, spoken, fullwidth, nbsp } from './lib.mjs';

// ---------- national IDs ----------
export const ZW_CODES = [2,3,4,5,6,7,8,10,11,12,13,14,15,18,19,21,22,23,24,25,26,27,28,29,32,34,35,37,38,39,41,42,43,44,45,46,47,48,49,50,53,54,56,58,59,61,63,66,67,68,70,71,73,75,77,79,80,83,84,85,86];
const ZW_LET = 'ZABCDEFGHJKLMNPQRSTVWXY';
export const zwLetter = (officeSeq) => ZW_LET[Number(BigInt(officeSeq) % 23n)];
export function zwId(style = pick(['dash', 'compact', 'spaced', 'alldash'])) {
  const off = pad(pick(ZW_CODES), 2), seq = chance(0.5) ? digits(6) : nz(7), dist = pad(pick(ZW_CODES), 2);
  const L = zwLetter(off + seq); const raw = off + seq + L + dist;
  const t = { dash: `${off}-${seq} ${L} ${dist}`, compact: `${off}-${seq}${L}${dist}`, spaced: `${off} ${seq} ${L} ${dist}`, alldash: `${off}-${seq}-${L}-${dist}` }[style];
  return v('NATIONAL_ID', t, raw, 'zw');
}
export function saIdRaw() {
  const y = int(1955, 2005), m = int(1, 12), d = int(1, 28);
  return luhnComplete(pad(y % 100, 2) + pad(m, 2) + pad(d, 2) + pad(int(0, 9999), 4) + pick(['0', '0', '1']) + '8');
}
export const saId = (spaced = chance(0.3)) => { const r = saIdRaw(); return v('NATIONAL_ID', spaced ? group(r, [6, 4, 3]) : r, r, 'za'); };
export const keId = () => { const r = String(int(2, 3)) + digits(7); return v('NATIONAL_ID', r, r, 'ke_id'); };
export const kraPin = () => { const r = 'A' + pad(int(0, 99999999), 9) + upper(1); return v('NATIONAL_ID', r, r, 'ke_kra'); };
export const ngNin = (spaced = false) => { const r = verhoeffComplete(nz(10)); return v('NATIONAL_ID', spaced ? group(r, [4, 3, 4]) : r, r, 'ng_nin'); };
export const ngBvn = () => { const r = '22' + digits(9); return v('NATIONAL_ID', r, r, 'ng_bvn'); };
export function nino(style = pick(['spaced', 'plain', 'pairs'])) {
  let p; do { p = pick('ABCEGHJKLMNPRSTWXYZ'.split('')) + pick('ABCEGHJKLMNPRSTWXYZ'.split('')); } while (['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'].includes(p));
  const d = digits(6), s = pick(['A', 'B', 'C', 'D']); const raw = p + d + s;
  const t = style === 'plain' ? raw : style === 'pairs' ? `${p} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${s}` : `${p}${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)}${s}`;
  return v('NATIONAL_ID', t, raw, 'uk_nino');
}
export function ssn(sep = pick(['-', '-', ' ', ''])) {
  let a; do { a = int(1, 899); } while (a === 666);
  const raw = pad(a, 3) + pad(int(1, 99), 2) + pad(int(1, 9999), 4);
  return v('NATIONAL_ID', sep === '' ? raw : `${raw.slice(0, 3)}${sep}${raw.slice(3, 5)}${sep}${raw.slice(5)}`, raw, 'us_ssn');
}
export function aadhaar(sep = pick([' ', ' ', '-', ''])) {
  let r; do { r = verhoeffComplete(String(int(2, 9)) + digits(10)); } while (r === r.split('').reverse().join(''));
  return v('NATIONAL_ID', group(r, [4, 4, 4], sep), r, 'in_aadhaar');
}
export const inPan = () => { const r = upper(3) + 'P' + upper(1) + digits(4) + upper(1); return v('NATIONAL_ID', r, r, 'in_pan'); };
export function caSin(sep = pick(['-', ' ', ''])) {
  const r = luhnComplete(pick(['1', '2', '3', '4', '5', '6', '7', '9']) + digits(7));
  return v('NATIONAL_ID', group(r, [3, 3, 3], sep), r, 'ca_sin');
}
export const esDni = () => { const n = nz(8); const r = n + 'TRWAGMYFPDXBNJZSQVHLCKE'[Number(n) % 23]; return v('NATIONAL_ID', chance(0.5) ? r : n + '-' + r[8], r, 'es_dni'); };
export function brCpf() {
  const d = digits(9).split('').map(Number);
  const c1 = ((d.reduce((a, x, i) => a + x * (10 - i), 0) * 10) % 11) % 10; d.push(c1);
  const c2 = ((d.reduce((a, x, i) => a + x * (11 - i), 0) * 10) % 11) % 10; d.push(c2);
  const r = d.join(''); return v('NATIONAL_ID', `${r.slice(0, 3)}.${r.slice(3, 6)}.${r.slice(6, 9)}-${r.slice(9)}`, r, 'br_cpf');
}
export function plPesel() {
  const y = int(1960, 2004), m = int(1, 12) + (y >= 2000 ? 20 : 0);
  const b = pad(y % 100, 2) + pad(m, 2) + pad(int(1, 28), 2) + digits(4);
  const s = b.split('').reduce((a, x, i) => a + +x * [1, 3, 7, 9][i % 4], 0);
  const r = b + ((10 - (s % 10)) % 10); return v('NATIONAL_ID', r, r, 'pl_pesel');
}
export function trTc() {
  const d = [int(1, 9), ...digits(8).split('').map(Number)];
  const d10 = (((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10 + 10) % 10; d.push(d10);
  d.push(d.reduce((a, x) => a + x, 0) % 10); const r = d.join(''); return v('NATIONAL_ID', r, r, 'tr_tc');
}

// ---------- passports ----------
export function passportNo(cc) {
  const r = { GB: () => '5' + digits(8), US: () => upper(1) + digits(8), ZA: () => 'A' + digits(8), NG: () => 'A' + digits(8), KE: () => 'AK' + digits(7),
    IN: () => upper(1) + digits(7), ZW: () => 'FN' + digits(6), FR: () => digits(2) + upper(2) + digits(5), BR: () => upper(2) + digits(6), CA: () => upper(2) + digits(6) }[cc]();
  return v('PASSPORT_NUMBER', r, r, cc.toLowerCase());
}
const ISO3 = { GB: 'GBR', US: 'USA', ZA: 'ZAF', NG: 'NGA', KE: 'KEN', IN: 'IND', ZW: 'ZWE', FR: 'FRA', BR: 'BRA', CA: 'CAN' };
export function mrz(cc, surname, given, sex = pick(['M', 'F'])) {
  const doc = (passportNo(cc).raw + '<<<').slice(0, 9), nat = ISO3[cc];
  const dob = pad(int(55, 99), 2) + pad(int(1, 12), 2) + pad(int(1, 28), 2), exp = pad(int(27, 35), 2) + pad(int(1, 12), 2) + pad(int(1, 28), 2);
  const pn = '<'.repeat(14), name = (surname + '<<' + given.replace(/ /g, '<')).toUpperCase().replace(/[^A-Z<]/g, '<');
  const l1 = ('P<' + nat + name + '<'.repeat(44)).slice(0, 44);
  const body = doc + mrzCheck(doc) + nat + dob + mrzCheck(dob) + sex + exp + mrzCheck(exp) + pn + mrzCheck(pn);
  const comp = body.slice(0, 10) + body.slice(13, 20) + body.slice(21, 43);
  const l2 = body + mrzCheck(comp);
  return v('PASSPORT_NUMBER', l1 + '\n' + l2, l1 + '\n' + l2, 'mrz_td3');
}

// ---------- phones ----------
const P = {
  US: () => pick(['201', '212', '305', '312', '415', '617', '713', '206', '404', '646']) + int(2, 9) + digits(6),
  CA: () => pick(['416', '604', '514', '403', '613']) + int(2, 9) + digits(6),
  GB: () => pick(['7' + int(4, 9) + digits(8), '20' + pick(['3', '7', '8']) + digits(7), '161' + int(2, 9) + digits(6), '131' + int(2, 9) + digits(6)]),
  ZA: () => pick(['7' + pick(['1', '2', '3', '4', '6', '9']) + digits(7), '8' + pick(['2', '3', '4']) + digits(7), '11' + int(2, 8) + digits(6), '21' + int(4, 9) + digits(6)]),
  ZW: () => pick(['77', '78', '71', '73']) + digits(7),
  NG: () => pick(['803', '806', '813', '816', '703', '706', '805', '807', '809', '817', '818', '909', '908', '802', '812', '701', '708']) + digits(7),
  KE: () => pick(['70', '71', '72', '74', '79', '11']) + digits(7),
  IN: () => pick(['98', '99', '97', '96', '95', '94', '93', '91', '90', '88', '87', '86', '85', '70', '73', '77', '78', '81', '89']) + digits(8),
  DE: () => pick(['151', '152', '157', '160', '170', '176']) + digits(8), FR: () => pick(['6', '7']) + digits(8),
  BR: () => pick(['11', '21', '31', '41', '61']) + '9' + int(6, 9) + digits(7), GH: () => pick(['24', '54', '20', '50', '55']) + digits(7),
  UG: () => pick(['77', '70', '75', '78']) + digits(7), TZ: () => pick(['71', '75', '65', '68', '74']) + digits(7),
  ZM: () => pick(['97', '96', '95', '76']) + digits(7), BW: () => pick(['71', '72', '74']) + digits(6), MW: () => pick(['99', '88']) + digits(7),
  MZ: () => pick(['82', '84', '85', '86']) + digits(7), EG: () => pick(['10', '11', '12']) + digits(8), AE: () => pick(['50', '52', '55', '56']) + digits(7),
  PT: () => pick(['91', '93', '96']) + digits(7), ES: () => '6' + digits(8), MA: () => '6' + pick(['1', '6', '7']) + digits(7),
  SN: () => pick(['77', '78', '76']) + digits(7), RW: () => pick(['78', '72', '73']) + digits(7), NA: () => '81' + digits(7), AU: () => '4' + digits(8),
};
export const PHONE_CC = Object.keys(P);
export function phoneObj(cc) {
  for (let i = 0; i < 500; i++) { const p = parsePhoneNumber(P[cc](), cc); if (p && p.isValid() && p.country === cc) return p; }
  throw new Error('no valid phone for ' + cc);
}
export const PHONE_STYLES = ['intl', 'intl', 'national', 'national', 'e164', '00', 'dots', 'dashes', 'compact', 'words', 'nbsp'];
export function phone(cc = pick(PHONE_CC), style = pick(PHONE_STYLES)) {
  const p = phoneObj(cc); const intl = p.formatInternational(), nat = p.formatNational();
  const t = { intl, national: nat, e164: p.number, '00': intl.replace('+', '00'), dots: nat.replace(/[ -]/g, '.'), dashes: intl.replace(/ /g, '-'),
    compact: nat.replace(/[^\d]/g, ''), words: spoken(nat.replace(/[^\d]/g, ''), 3), nbsp: nbsp(intl), full: fullwidth(intl) }[style];
  return v('PHONE_NUMBER', t, p.number, cc);
}
// returns [hrefValue, textValue] for an HTML tel: link; both are labelled
export function telLink(cc = pick(PHONE_CC)) {
  const p = phoneObj(cc);
  return ['<a href="tel:', v('PHONE_NUMBER', p.number, p.number, cc), '">', v('PHONE_NUMBER', p.formatInternational(), p.number, cc), '</a>'];
}

// ---------- e-mail ----------
export const FREEMAIL = ['gmail.com', 'yahoo.com', 'outlook.com', 'hotmail.co.uk', 'icloud.com', 'zol.co.zw', 'mweb.co.za', 'afrihost.co.za', 'yahoo.co.ke', 'rediffmail.com', 'proton.me', 'gmx.de', 'orange.fr', 'uol.com.br', 'sapo.pt'];
export function email(name, domain = pick(FREEMAIL), style = 'plain') {
  const [f, l = 'x'] = name.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z ]/g, '').split(' ');
  const local = pick([`${f}.${l}`, `${f}${l}${int(1, 99)}`, `${f[0]}${l}`, `${f}_${l}${int(70, 99)}`, `${l}.${f}`]);
  const t = style === 'at' ? `${local} [at] ${domain.replace(/\./g, ' [dot] ')}` : `${local}@${domain}`;
  return v('EMAIL_ADDRESS', t, `${local}@${domain}`, style);
}
export const corpMail = (box, domain) => v('EMAIL_ADDRESS', `${box}@${domain}`, `${box}@${domain}`, 'corp');

// ---------- credentials ----------
const PW_WORDS = ['Harare', 'Sunshine', 'Mombasa', 'Lagos', 'Baobab', 'Simba', 'Zebra', 'Kilimanjaro', 'Durban', 'Mango', 'Chelsea', 'Arsenal', 'Nandi', 'Jacaranda'];
export function password() {
  const r = pick([() => pick(PW_WORDS) + pick(['#', '@', '!', '$', '*']) + int(1970, 2025), () => alnum(int(10, 14), 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!#%&*?'),
    () => pick(PW_WORDS).toLowerCase() + int(10, 999) + pick(['!', '?', '']) + pick(PW_WORDS), () => 'Tmp-' + alnum(4) + '-' + alnum(4)])();
  return v('CREDENTIAL', r, r, 'password');
}
export const pin = (n = pick([4, 4, 5, 6])) => { let r; do { r = digits(n); } while (/^(\d)\1+$/.test(r) || '0123456789'.includes(r)); return v('CREDENTIAL', r, r, 'pin'); };
export const otp = (n = 6, spaced = chance(0.3)) => { const r = digits(n); return v('CREDENTIAL', spaced ? group(r, [3, 3]) : r, r, 'otp'); };
export const answer = (a) => v('CREDENTIAL', a, a, 'security_answer');
const B64U = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
export function apiKey(kind = pick(['stripe', 'github', 'aws', 'slack', 'google', 'jwt', 'sendgrid', 'twilio', 'bearer'])) {
  const r = {
    stripe: () => 'sk_live_' + alnum(24), github: () => 'ghp_' + alnum(36), aws: () => 'AKIA' + alnum(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'),
    slack: () => `xoxb-${nz(11)}-${nz(13)}-${alnum(24)}`, google: () => 'AIza' + alnum(35, B64U), sendgrid: () => `SG.${alnum(22, B64U)}.${alnum(43, B64U)}`,
    twilio: () => 'SK' + hex(32), bearer: () => alnum(40, B64U),
    jwt: () => 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.' + Buffer.from(JSON.stringify({ sub: nz(8), exp: 1790000000 + int(0, 9999999) })).toString('base64url') + '.' + alnum(43, B64U),
  }[kind]();
  return v('CREDENTIAL', r, r, 'api_key:' + kind);
}

// ---------- people, companies, look-alikes ----------
export const NAMES = {
  zw: ['Tendai Moyo', 'Rudo Chikwanha', 'Farai Mutasa', 'Nyasha Chirwa', 'Tatenda Gumbo', 'Chipo Marufu'],
  nd: ['Thandeka Dube', 'Sibusiso Ndlovu', 'Nomvula Sibanda', 'Mthokozisi Ncube'],
  za: ['Lerato Mokoena', 'Pieter van der Merwe', 'Thabo Nkosi', 'Ayanda Zulu', 'Annelie Botha', 'Sizwe Khumalo'],
  ke: ['Wanjiku Kamau', 'Otieno Odhiambo', 'Achieng Atieno', 'Kipchoge Ruto', 'Mwangi Njoroge', 'Amina Hassan'],
  ng: ['Chinedu Okafor', 'Aisha Bello', 'Oluwaseun Adeyemi', 'Ibrahim Musa', 'Ngozi Eze', 'Funmilayo Ajayi'],
  in: ['Priya Sharma', 'Rahul Verma', 'Ananya Iyer', 'Arjun Nair', 'Sunita Patel', 'Vikram Reddy'],
  uk: ['Oliver Hughes', 'Charlotte Evans', 'Amelia Clarke', 'Harry Patel', 'Siobhan Murphy'],
  us: ['Jessica Miller', 'Tyler Johnson', 'Brianna Lopez', 'Marcus Reed'], ca: ['Émilie Tremblay', 'Liam Gagnon', 'Noah MacDonald'],
  fr: ['Camille Laurent', 'Mamadou Diallo', 'Aminata Traoré', 'Julien Moreau'], pt: ['João Silva', 'Ana Costa', 'Lucas Oliveira', 'Célia Machava'],
  es: ['María García', 'Diego Fernández', 'Lucía Romero'], ar: ['Ahmed Hassan', 'Fatima Al-Sayed', 'Youssef Benali'],
};
export const name = (loc) => pick(NAMES[loc] || NAMES.uk);
export const first = (n) => n.split(' ')[0];
export const AGENTS = ['Kuda', 'Naledi', 'Wairimu', 'Tunde', 'Deepa', 'Sam', 'Grace', 'Blessing', 'Farah', 'Mateus', 'Inès', 'Zanele'];
export const BRANDS = ['Paynest', 'Kumbira Mobile', 'ZimFibre', 'SokoPay', 'Lumen Bank', 'Vaalstroom Insurance', 'Mawingu Telecom', 'Jollof Express', 'Kestrel Airways', 'Baobab Home Loans', 'Nyota Wallet', 'Karoo Outdoor'];
export const domainOf = (brand) => brand.toLowerCase().replace(/[^a-z]/g, '') + pick(['.com', '.co.zw', '.co.za', '.co.ke', '.ng', '.io', '.africa']);
export const orderNo = () => pick([`ORD-${int(2023, 2026)}-${nz(6)}`, `#${nz(7)}`, `SO${nz(8)}`, `${upper(2)}-${nz(5)}-${upper(1)}`]);
export const invoiceNo = () => pick([`INV-${pad(int(1, 999999), 6)}`, `INV/${int(2024, 2026)}/${nz(5)}`, `F${nz(9)}`]);
export const ticketNo = () => pick([`#${nz(6)}`, `TCK-${nz(7)}`, `CS${nz(8)}`]);
// digit runs that are NOT Luhn-valid, so look-alikes never double as card numbers
export const safeNz = (n) => { let r; do { r = nz(n); } while (luhnOk(r)); return r; };
export const trackingNo = () => pick([`1Z${alnum(6, 'ABCDEFGHJKLMNPRSTUVWXY')}${safeNz(10)}`, `JD${safeNz(16)}`, `RR${nz(9)}ZA`, `${safeNz(12)}`, `TBA${safeNz(12)}`]);
export const luhnOrder = () => { const r = luhnComplete(pick(['7', '9', '10', '14', '17']) + digits(14)); return chance(0.5) ? group(r, [4, 4, 4, 4], '-') : r; };
export const msTimestamp = () => '17' + digits(11);
export const masked = () => pick([`**** **** **** ${digits(4)}`, `XXXX-XXXX-XXXX-${digits(4)}`, `card ending in ${digits(4)}`, `XXX-XX-${digits(4)}`, `•••• ${digits(4)}`, `+263 77 *** **${digits(2)}`, `GB** **** **** **** **${digits(2)} ${digits(2)}`, `*******${digits(3)}`]);
export const maskedCard = () => pick([`**** **** **** ${digits(4)}`, `Visa •••• ${digits(4)}`, `Mastercard ending ${digits(4)}`, `card ending in ${digits(4)}`, `XXXX-XXXX-XXXX-${digits(4)}`, `EcoCash wallet ****${digits(3)}`, `M-Pesa`]);
export const amountPlain = () => `${pick(['ZAR', 'KES', 'NGN', 'USD', 'GBP', 'EUR', 'INR'])} ${int(10, 9999)}.${pad(int(0, 99), 2)}`;
export const version = () => `v${int(1, 9)}.${int(0, 24)}.${int(0, 40)}`;
export const ip = () => `${pick([10, 172, 192, 196, 41, 102])}.${int(0, 255)}.${int(0, 255)}.${int(1, 254)}`;
export const errCode = () => pick([`ERR_${pick(['GATEWAY', 'TIMEOUT', 'AUTH_EXPIRED', 'DECLINED'])}_${int(100, 599)}`, `E-${int(1000, 9999)}`, `0x${hex(8).toUpperCase()}`, `HTTP ${pick([400, 401, 403, 404, 409, 429, 500, 502, 503])}`]);
export const sha = (n = pick([40, 64])) => hex(n);
export const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-${pick(['8', '9', 'a', 'b'])}${hex(3)}-${hex(12)}`;
export const amount = () => pick([`R ${int(1, 20)} ${pad(int(0, 999), 3)},${pad(int(0, 99), 2)}`, `KES ${int(1, 99)},${pad(int(0, 999), 3)}`, `₦${int(1, 900)},${pad(int(0, 999), 3)}.00`, `US$${int(5, 950)}.${pad(int(0, 99), 2)}`, `£${int(3, 400)}.${pad(int(0, 99), 2)}`, `€${int(3, 900)},${pad(int(0, 99), 2)}`, `₹${int(1, 99)},${pad(int(0, 999), 3)}`, `ZiG ${int(10, 9000)}.00`]);
export const date = () => pick([`${pad(int(1, 28), 2)}/${pad(int(1, 12), 2)}/${int(2024, 2026)}`, `${int(2024, 2026)}-${pad(int(1, 12), 2)}-${pad(int(1, 28), 2)}`, `${int(1, 28)} ${pick(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'])} ${int(2024, 2026)}`, `${pad(int(1, 28), 2)}-${pad(int(1, 12), 2)}-${pad(int(24, 26), 2)}`]);
export const time = () => `${pad(int(0, 23), 2)}:${pad(int(0, 59), 2)}`;
export const postcode = () => pick(['SW1A 2AA', 'M1 1AE', 'EH1 1YZ', '2196', '8001', '00100', '100001', '110001', 'H3B 2Y5', '75008', '1000-001', '28013', '90210']);
export const address = () => pick(['14 Samora Machel Ave, Harare', '221 Jan Smuts Ave, Parktown, Johannesburg 2193', 'Kimathi St, Nairobi 00100', '12 Admiralty Way, Lekki Phase 1, Lagos', '4th Floor, Prestige Tower, MG Road, Bengaluru 560001', '10 Downing Ct, Leeds LS1 4AP', '88 Rua Augusta, 1100-053 Lisboa', 'Unit 5, 33 Fife Ave, Bulawayo']);
