#!/usr/bin/env node
// Writes test/corpus/vault4.src.txt: a fourth labelled evaluation corpus of customer-support agent
// replies, written UNSEEN (see HEADER below). Seeded: the same seed always writes the same file.
//
//   node test/corpus/vault4.gen.mjs && node test/corpus/build.mjs
//
// Every reply below is hand-written; each template is used at most twice, the second time with other
// names and values and, where the template offers one, another format or obfuscation. Values are fresh
// and their check digits are made valid here or with the helpers of lib.mjs.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { luhnComplete, luhnValid, ibanFor, ibanValid, abaComplete, verhoeffComplete, zwCheckLetter, zaId, nubanValid, parseMarked } from './lib.mjs';

const SEED = 0x7a0117e4;
const OUT = fileURLToPath(new URL('./vault4.src.txt', import.meta.url));

// ---------------------------------------------------------------- random

function mulberry32(a) {
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const R = mulberry32(SEED);
const int = (a, b) => a + Math.floor(R() * (b - a + 1));
const pick = (arr) => arr[Math.floor(R() * arr.length)];
const chance = (p) => R() < p;
const dig = (n) => { let s = ''; for (let i = 0; i < n; i++) s += int(0, 9); return s; };
const nzd = (n) => String(int(1, 9)) + dig(n - 1);
const UP = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const chars = (n, al = UP) => { let s = ''; for (let i = 0; i < n; i++) s += al[int(0, al.length - 1)]; return s; };
const pad = (n, w) => String(n).padStart(w, '0');
const shuffle = (arr) => { for (let i = arr.length - 1; i > 0; i--) { const j = int(0, i); [arr[i], arr[j]] = [arr[j], arr[i]]; } return arr; };
const M = (label, value) => `⟦${label}|${value}⟧`;

// ---------------------------------------------------------------- people

const NAMES = {
  ZW: [['Tendai', 'Rutendo', 'Tatenda', 'Farai', 'Nyasha', 'Tapiwa', 'Chipo', 'Kudzai', 'Rufaro', 'Takudzwa', 'Vimbai', 'Tinashe'], ['Moyo', 'Chikore', 'Mhlanga', 'Ncube', 'Dube', 'Mutasa', 'Chinyama', 'Sibanda', 'Makoni', 'Gumbo', 'Marufu', 'Zvobgo']],
  ZA: [['Thandeka', 'Pieter', 'Lerato', 'Sipho', 'Annelie', 'Bongani', 'Nomvula', 'Riaan', 'Zanele', 'Kagiso', 'Mpho', 'Jaco'], ['Mokoena', 'van der Merwe', 'Dlamini', 'Nkosi', 'Botha', 'Khumalo', 'Naidoo', 'Pretorius', 'Mthembu', 'Molefe', 'Coetzee', 'Zulu']],
  KE: [['Wanjiru', 'Otieno', 'Achieng', 'Kiprotich', 'Mwangi', 'Njeri', 'Wafula', 'Chebet', 'Kamau', 'Atieno', 'Mutua', 'Wairimu'], ['Kamau', 'Odhiambo', 'Ouma', 'Kiptoo', 'Njoroge', 'Wekesa', 'Mutiso', 'Korir', 'Onyango', 'Kariuki', 'Nyaga', 'Cheruiyot']],
  NG: [['Chiamaka', 'Babatunde', 'Ngozi', 'Ifeanyi', 'Aisha', 'Emeka', 'Funmilayo', 'Tunde', 'Amaka', 'Yusuf', 'Chidi', 'Bisola'], ['Okafor', 'Adeyemi', 'Eze', 'Obi', 'Bello', 'Nwosu', 'Balogun', 'Okonkwo', 'Abubakar', 'Adebayo', 'Ibe', 'Oyelaran']],
  GH: [['Kwame', 'Akosua', 'Kofi', 'Efua', 'Yaw', 'Abena', 'Kwabena', 'Adwoa', 'Kojo', 'Ama'], ['Mensah', 'Asante', 'Boateng', 'Owusu', 'Appiah', 'Darko', 'Osei', 'Agyemang', 'Quaye', 'Tetteh']],
  GB: [['Harriet', 'Owen', 'Priya', 'Callum', 'Niamh', 'Rhys', 'Imogen', 'Declan', 'Fatima', 'George', 'Eleanor', 'Hamish'], ['Cole', 'Pritchard', 'Shah', 'Reid', 'Gallagher', 'Hughes', 'Ashworth', 'Begum', 'Fletcher', 'Doyle', 'Whitfield', 'McKenzie']],
  US: [['Jordan', 'Maria', 'Tyler', 'Keisha', 'Brandon', 'Ashley', 'Marcus', 'Lindsey', 'Hector', 'Megan', 'Darnell', 'Courtney'], ['Blake', 'Delgado', 'Brooks', 'Howard', 'Kowalski', 'Nguyen', 'Patterson', 'Reyes', 'Sullivan', 'Washington', 'Fischer', 'Lam']],
  IN: [['Ananya', 'Rahul', 'Sneha', 'Arjun', 'Pooja', 'Vikram', 'Kavya', 'Rohit', 'Meera', 'Siddharth', 'Divya', 'Aditya'], ['Iyer', 'Verma', 'Kulkarni', 'Nair', 'Sharma', 'Reddy', 'Chatterjee', 'Gupta', 'Menon', 'Joshi', 'Bhatt', 'Deshpande']],
  CA: [['Émilie', 'Liam', 'Avery', 'Jean-François', 'Noah', 'Chloé', 'Mathis', 'Harpreet', 'Olivia', 'Gabriel'], ['Gagnon', 'Tremblay', 'Singh', 'Bouchard', 'MacDonald', 'Côté', 'Roy', 'Gill', 'Campbell', 'Lavoie']],
  AU: [['Mia', 'Jack', 'Chloe', 'Lachlan', 'Ruby', 'Cooper', 'Isla', 'Hamish', 'Matilda', 'Tarni'], ['Nguyen', "O'Connell", 'Papadopoulos', 'Walsh', 'Kelly', 'Morrison', 'Tran', 'Rossi', 'Baker', 'Jackson']],
  BR: [['João', 'Ana Luiza', 'Thiago', 'Camila', 'Rafael', 'Beatriz', 'Lucas', 'Fernanda', 'Gustavo', 'Larissa'], ['Pereira', 'Costa', 'Almeida', 'Souza', 'Oliveira', 'Ribeiro', 'Carvalho', 'Gomes', 'Martins', 'Araújo']],
  MX: [['Guadalupe', 'Diego', 'Ximena', 'Alejandro', 'Valeria', 'Emiliano', 'Fernanda', 'Santiago', 'Regina', 'Iván'], ['Hernández', 'Ramírez', 'García', 'López', 'Martínez', 'Flores', 'Torres', 'Cruz', 'Morales', 'Vázquez']],
  DE: [['Lukas', 'Jana', 'Felix', 'Katrin', 'Jonas', 'Sabine', 'Matthias', 'Leonie', 'Tobias', 'Anja'], ['Hoffmann', 'Becker', 'Schäfer', 'Wagner', 'Krüger', 'Schulz', 'Neumann', 'Braun', 'Zimmermann', 'Hartmann']],
  FR: [['Camille', 'Mathieu', 'Léa', 'Julien', 'Manon', 'Nicolas', 'Chloé', 'Antoine', 'Inès', 'Baptiste'], ['Durand', 'Lefèvre', 'Moreau', 'Girard', 'Fontaine', 'Rousseau', 'Mercier', 'Blanc', 'Garnier', 'Faure']],
  ES: [['Lucía', 'Javier', 'Marta', 'Pablo', 'Carmen', 'Álvaro', 'Elena', 'Sergio', 'Nuria', 'Iker'], ['Fernández', 'Ortega', 'Navarro', 'Ruiz', 'Jiménez', 'Molina', 'Serrano', 'Castro', 'Iglesias', 'Vidal']],
  PT: [['Inês', 'Duarte', 'Beatriz', 'Tiago', 'Mariana', 'Rui', 'Catarina', 'Nuno'], ['Carvalho', 'Ferreira', 'Santos', 'Rodrigues', 'Marques', 'Pinto', 'Lopes', 'Teixeira']],
  NL: [['Sanne', 'Daan', 'Femke', 'Bram', 'Lotte', 'Ruben'], ['de Vries', 'Jansen', 'Bakker', 'Visser', 'Smit', 'van Dijk']],
  SE: [['Elin', 'Oskar', 'Maja', 'Viktor', 'Saga', 'Linnea'], ['Lindqvist', 'Andersson', 'Nyström', 'Berg', 'Holm', 'Sandberg']],
  IT: [['Giulia', 'Marco', 'Chiara', 'Davide', 'Francesca', 'Luca'], ['Romano', 'Bianchi', 'Esposito', 'Ricci', 'Colombo', 'Gallo']],
  SG: [['Wei Ling', 'Jun Hao', 'Priyanka', 'Hui Min', 'Darren', 'Farhan'], ['Tan', 'Lim', 'Ng', 'Goh', 'Rahman', 'Chua']],
  TZ: [['Neema', 'Baraka', 'Rehema', 'Juma', 'Zawadi', 'Hamisi'], ['Mushi', 'Massawe', 'Mwakyusa', 'Lyimo', 'Kimaro', 'Swai']],
  UG: [['Joseph', 'Nakato', 'Brian', 'Achan', 'Ronald', 'Namubiru'], ['Ssemwogerere', 'Okello', 'Mugisha', 'Nantongo', 'Kato', 'Atuhaire']],
  ZM: [['Mwila', 'Chanda', 'Bwalya', 'Mutale', 'Natasha', 'Kelvin'], ['Banda', 'Phiri', 'Mwale', 'Tembo', 'Lungu', 'Zulu']],
  MZ: [['Celso', 'Ivone', 'Ernesto', 'Lurdes'], ['Mabunda', 'Cossa', 'Machava', 'Sitoe']],
  EG: [['Omar', 'Nour', 'Karim', 'Yasmin'], ['Hassan', 'El-Sayed', 'Mahmoud', 'Farouk']],
  PK: [['Ayesha', 'Bilal', 'Hira', 'Usman'], ['Qureshi', 'Malik', 'Siddiqui', 'Chaudhry']],
  BW: [['Kagiso', 'Onalenna', 'Tumelo', 'Boitumelo'], ['Seretse', 'Molefhe', 'Kgosi', 'Ramotswe']],
  AE: [['Fatima', 'Rashid', 'Mariam', 'Khalid'], ['Al Mansoori', 'Al Hashimi', 'Haddad', 'Nasser']],
};
let usedFirsts = new Set();
function person(cc) {
  const [firsts, lasts] = NAMES[cc] || NAMES.GB;
  let first = pick(firsts);
  for (let i = 0; i < 20 && usedFirsts.has(first); i++) first = pick(firsts);
  usedFirsts.add(first);
  const last = pick(lasts);
  return { first, last, full: `${first} ${last}` };
}
/** An agent's first name, different from the names already used in the record. */
const agent = (cc) => person(cc).first;
const ascii = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
const slug = (s) => ascii(s).toLowerCase().replace(/[^a-z]/g, '');

// ---------------------------------------------------------------- cards

const BRANDS = {
  visa: () => ['4' + dig(5), 16],
  mc: () => ['5' + int(1, 5) + dig(4), 16],
  mc2: () => [String(int(2221, 2720)) + dig(2), 16],
  amex: () => [pick(['34', '37']) + dig(4), 15],
  discover: () => [pick(['6011' + dig(2), '65' + dig(4), String(int(644, 649)) + dig(3)]), 16],
  diners: () => ['36' + dig(4), 14],
  jcb: () => [String(int(3528, 3589)) + dig(2), 16],
  unionpay: () => ['62' + int(3, 6) + dig(3), 16],
  unionpay19: () => ['62' + int(3, 6) + dig(3), 19],
  maestro: () => [pick(['6759', '5018', '5020', '6304']) + dig(2), 16],
  verve: () => ['5061' + dig(2), 19],
  elo: () => [pick(['509' + dig(3), '636368', '6504' + String(int(85, 99))]), 16],
  mir: () => ['220' + int(0, 4) + dig(2), 16],
  rupay: () => ['6521' + dig(2), 16],
};
function card(brand) {
  const [pre, len] = BRANDS[brand]();
  return luhnComplete(pre + dig(len - pre.length - 1));
}
function gaps(d) {
  if (d.length === 15) return [4, 6, 5];
  if (d.length === 14) return [4, 6, 4];
  if (d.length === 19) return [4, 4, 4, 4, 3];
  return [4, 4, 4, 4];
}
function groups(d, g = gaps(d)) {
  const out = [];
  let i = 0;
  for (const n of g) { out.push(d.slice(i, i + n)); i += n; }
  if (i < d.length) out.push(d.slice(i));
  return out;
}
const fmtCard = (d, sep = ' ', g) => groups(d, g).join(sep);
const expiry = (style = 0) => {
  const mm = pad(int(1, 12), 2);
  const yy = int(27, 31);
  return [`${mm}/${yy}`, `${mm}/20${yy}`, `${mm}-${yy}`, `${mm}/${yy}`][style % 4];
};
const cvv = (n = 3) => { let c; do c = dig(n); while (/^(\d)\1+$/.test(c)); return c; };

// ---------------------------------------------------------------- obfuscation

const ZW = '\u200b';
const fullwidth = (s) => s.replace(/[0-9]/g, (c) => String.fromCharCode(0xff10 + Number(c)));
/** Inserts zero-width spaces after about every `every` digits. */
function zwsp(s, every = 4) {
  let out = '';
  let n = 0;
  for (const ch of s) {
    out += ch;
    if (/\d/.test(ch) && ++n % every === 0) out += ZW;
  }
  return out.replace(new RegExp(ZW + '$'), '');
}
/** Writes some digits as HTML numeric entities. */
const entities = (s, p = 0.5) => s.replace(/[0-9]/g, (c) => (chance(p) ? `&#${c.charCodeAt(0)};` : c));
const nbsp = (s) => s.replace(/ /g, '\u00a0');

// ---------------------------------------------------------------- IBAN and bank

function mod97str(s) { let r = 0; for (const ch of s) r = (r * 10 + Number(ch)) % 97; return r; }
function ribKey(bank, branch, acct) { return pad(97 - ((89 * mod97str(bank) + 15 * mod97str(branch) + 3 * mod97str(acct)) % 97), 2); }
function esDc(ten) { const w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]; let s = 0; for (let i = 0; i < 10; i++) s += Number(ten[i]) * w[i]; const d = 11 - (s % 11); return String(d === 11 ? 0 : d === 10 ? 1 : d); }
const BBAN = {
  DE: () => pick(['10070000', '20041133', '37040044', '50010517', '70150000', '43060967']) + dig(10),
  FR: () => { const b = pick(['30004', '20041', '30003', '10278', '18206']); const br = dig(5); const a = dig(11); return b + br + a + ribKey(b, br, a); },
  ES: () => { const b = pick(['2100', '0049', '0182', '2085', '1465']); const br = dig(4); const a = dig(10); return b + br + esDc('00' + b + br) + esDc(a) + a; },
  IT: () => pick(UP.replace(/[IO]/g, '').split('')) + pick(['03069', '02008', '05034', '01030']) + dig(5) + dig(12),
  NL: () => pick(['RABO', 'INGB', 'ABNA', 'TRIO', 'SNSB', 'KNAB']) + dig(10),
  BE: () => { const a = dig(10); return a + pad(mod97str(a) || 97, 2); },
  PT: () => { const x = pick(['0035', '0033', '0007', '0010', '0036']) + dig(4) + dig(11); return x + pad(98 - mod97str(x + '00'), 2); },
  GB: () => pick(['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL', 'MONZ']) + dig(6) + dig(8),
  IE: () => pick(['AIBK', 'BOFI', 'IPBS']) + dig(6) + dig(8),
  AT: () => dig(5) + dig(11),
  CH: () => pick(['00762', '00230', '08390', '00700']) + dig(12),
  LU: () => dig(3) + dig(13),
  PL: () => dig(8) + dig(16),
  SE: () => pick(['500', '800', '300', '600']) + dig(17),
  DK: () => dig(4) + dig(10),
  GR: () => pick(['011', '026', '017']) + dig(4) + dig(16),
  TR: () => dig(5) + '0' + dig(16),
  AE: () => pick(['033', '026', '035']) + dig(16),
  SA: () => pick(['80', '10', '45']) + dig(18),
  MU: () => pick(['MCBL', 'BOMM', 'SBMM']) + dig(2) + dig(2) + dig(12) + '000' + 'MUR',
  BR: () => dig(8) + dig(5) + dig(10) + pick(['C', 'P']) + '1',
  MZ: () => '0001' + dig(17),
  RO: () => pick(['BTRL', 'BRDE', 'RNCB', 'INGB']) + dig(16),
  HU: () => dig(24),
  CZ: () => pick(['0800', '0100', '2010', '0300']) + dig(16),
  QA: () => pick(['QNBA', 'DOHB', 'CBQA']) + dig(21),
  EG: () => dig(25),
  PK: () => pick(['HABB', 'MUCB', 'SCBL']) + dig(16),
};
function iban(cc) {
  const s = ibanFor(cc, BBAN[cc]());
  if (!ibanValid(s)) throw new Error('bad IBAN ' + cc);
  return s;
}
const fmtIban = (s, sep = ' ') => s.match(/.{1,4}/g).join(sep);
function aba() { return abaComplete(pick(['0', '1', '2', '3']) === '0' ? pad(int(1, 12), 2) + dig(6) : pad(int(21, 32), 2) + dig(6)); }
const sortCode = (sep = '-') => [pick(['20', '40', '30', '60', '09', '77', '83', '11', '04', '16']), dig(2), dig(2)].join(sep);
const ukAcct = () => nzd(8);
const NG_BANKS = { 'Access Bank': '044', GTBank: '058', 'First Bank': '011', 'Zenith Bank': '057', UBA: '033', 'Fidelity Bank': '070', 'Sterling Bank': '232', 'Wema Bank': '035', 'Stanbic IBTC': '221', FCMB: '214' };
function nuban(bankName) {
  const code = NG_BANKS[bankName];
  const serial = dig(9);
  const w = [3, 7, 3, 3, 7, 3, 3, 7, 3, 3, 7, 3];
  const s = code + serial;
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(s[i]) * w[i];
  const acct = serial + ((10 - (sum % 10)) % 10);
  if (!nubanValid(code, acct)) throw new Error('nuban');
  return acct;
}
function clabe() {
  const base = pick(['002', '012', '014', '021', '072']) + pick(['180', '320', '650', '010']) + dig(11);
  const w = [3, 7, 1];
  let s = 0;
  for (let i = 0; i < 17; i++) s += (Number(base[i]) * w[i % 3]) % 10;
  return base + ((10 - (s % 10)) % 10);
}
const swift = (inst, cc, loc = null, branch = '') => inst + cc + (loc || chars(1) + pick(['X', 'A', 'J', 'H', '2', 'N'])) + branch;

// ---------------------------------------------------------------- national IDs

function ssn(sep = '-') {
  let a;
  do a = int(1, 899); while (a === 666);
  return [pad(a, 3), pad(int(1, 99), 2), pad(int(1, 9999), 4)].join(sep);
}
function itin(sep = '-') { return ['9' + dig(2), String(pick([70, 71, 72, 73, 75, 78, 80, 83, 88, 90, 92, 94, 96, 99])), pad(int(1, 9999), 4)].join(sep); }
function nino(spaced = true) {
  const L1 = 'ABCEGHJKLMNOPRSTWXYZ';
  const L2 = 'ABCEGHJKLMNPRSTWXYZ';
  let p;
  do p = chars(1, L1) + chars(1, L2); while (['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'].includes(p));
  const d = dig(6);
  const s = chars(1, 'ABCD');
  return spaced ? `${p} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${s}` : p + d + s;
}
function saId() {
  const y = int(62, 99) ;
  const yy = chance(0.25) ? pad(int(0, 5), 2) : pad(y, 2);
  const mm = pad(int(1, 12), 2);
  const dd = pad(int(1, 28), 2);
  return zaId(yy + mm + dd, pad(int(0, 9999), 4), chance(0.9) ? '0' : '1');
}
const ZW_DISTRICTS = ['02', '03', '04', '05', '06', '07', '08', '10', '13', '15', '18', '19', '22', '24', '25', '27', '29', '32', '34', '38', '42', '43', '44', '45', '47', '48', '50', '53', '54', '56', '58', '59', '61', '63', '66', '67', '68', '70', '71', '73', '75', '77', '79', '80', '83', '84', '86'];
function zwId(style = 0) {
  const office = pick(ZW_DISTRICTS);
  const seq = chance(0.6) ? dig(7) : dig(6);
  const L = zwCheckLetter(office + seq);
  const dist = pick(ZW_DISTRICTS);
  return [`${office}-${seq} ${L} ${dist}`, `${office}-${seq}${L}${dist}`, `${office}${seq}${L}${dist}`, `${office}-${seq}-${L}-${dist}`, `${office} ${seq} ${L} ${dist}`][style % 5];
}
function aadhaar(sep = ' ') {
  let a;
  do a = verhoeffComplete(String(int(2, 9)) + dig(10)); while (a === [...a].reverse().join(''));
  return [a.slice(0, 4), a.slice(4, 8), a.slice(8)].join(sep);
}
const ngNin = () => verhoeffComplete(nzd(10));
const bvn = () => '22' + dig(9);
const keId = () => String(int(21, 39)) + dig(6);
const kraPin = () => 'A0' + dig(8) + chars(1);
function sin(sep = ' ') {
  const s = luhnComplete(pick(['1', '2', '3', '4', '5', '6', '7', '9']) + dig(7));
  return [s.slice(0, 3), s.slice(3, 6), s.slice(6)].join(sep);
}
function cpf(formatted = true) {
  let b;
  do b = dig(9); while (/^(\d)\1+$/.test(b));
  const d = (s, w0) => { let t = 0; for (let i = 0; i < s.length; i++) t += Number(s[i]) * (w0 - i); return ((t * 10) % 11) % 10; };
  const d1 = d(b, 10);
  const d2 = d(b + d1, 11);
  const c = b + d1 + d2;
  return formatted ? `${c.slice(0, 3)}.${c.slice(3, 6)}.${c.slice(6, 9)}-${c.slice(9)}` : c;
}
function curp(p) {
  const CH = '0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ';
  const l = ascii(p.last).toUpperCase().replace(/[^A-Z]/g, '');
  const f = ascii(p.first).toUpperCase().replace(/[^A-Z]/g, '');
  const vow = (s) => (s.slice(1).match(/[AEIOU]/) || ['X'])[0];
  const con = (s) => (s.slice(1).match(/[B-DF-HJ-NP-TV-Z]/) || ['X'])[0];
  const yy = int(60, 99);
  const head = l[0] + vow(l) + pick(['R', 'L', 'G', 'M', 'S', 'T']) + f[0] + pad(yy, 2) + pad(int(1, 12), 2) + pad(int(1, 28), 2) +
    pick(['H', 'M']) + pick(['DF', 'JC', 'NL', 'MC', 'PL', 'VZ', 'GT', 'YN']) + con(l) + pick(['R', 'L', 'Z', 'S', 'N']) + con(f) + String(int(0, 9));
  let s = 0;
  for (let i = 0; i < 17; i++) s += CH.indexOf(head[i]) * (18 - i);
  return head + ((10 - (s % 10)) % 10);
}
function dni() { const n = dig(8); return n + 'TRWAGMYFPDXBNJZSQVHLCKE'[Number(n) % 23]; }
function nie() { const k = int(0, 2); const n = dig(7); return 'XYZ'[k] + n + 'TRWAGMYFPDXBNJZSQVHLCKE'[Number(k + n) % 23]; }
function steuerId(spaced = false) {
  let ten;
  for (;;) {
    const ds = shuffle([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]).slice(0, 9);
    const twice = ds[int(0, 8)];
    const arr = shuffle([...ds, twice]);
    if (arr[0] === 0) continue;
    ten = arr.join('');
    break;
  }
  let prod = 10;
  for (const c of ten) {
    let s = (Number(c) + prod) % 10;
    if (s === 0) s = 10;
    prod = (s * 2) % 11;
  }
  let chk = 11 - prod;
  if (chk === 10) chk = 0;
  const id = ten + chk;
  return spaced ? `${id.slice(0, 2)} ${id.slice(2, 5)} ${id.slice(5, 8)} ${id.slice(8)}` : id;
}
function nir(spaced = true) {
  const body = pick(['1', '2']) + pad(int(60, 99), 2) + pad(int(1, 12), 2) + pick(['75', '69', '13', '33', '59', '44', '31', '67']) + pad(int(1, 999), 3) + pad(int(1, 999), 3);
  const key = pad(97 - Number(BigInt(body) % 97n), 2);
  return spaced ? `${body[0]} ${body.slice(1, 3)} ${body.slice(3, 5)} ${body.slice(5, 7)} ${body.slice(7, 10)} ${body.slice(10)} ${key}` : body + key;
}
function bsn() {
  for (;;) {
    const e = String(int(1, 6)) + dig(7);
    let s = 0;
    for (let i = 0; i < 8; i++) s += Number(e[i]) * (9 - i);
    const last = s % 11;
    if (last <= 9) return e + last;
  }
}
function nifPt() {
  for (;;) {
    const e = pick(['1', '2', '2', '3']) + dig(7);
    let s = 0;
    for (let i = 0; i < 8; i++) s += Number(e[i]) * (9 - i);
    const c = 11 - (s % 11);
    return e + (c >= 10 ? 0 : c);
  }
}
function codiceFiscale(p) {
  const cons = (s) => ascii(s).toUpperCase().replace(/[^A-Z]/g, '').replace(/[AEIOU]/g, '');
  const vows = (s) => ascii(s).toUpperCase().replace(/[^AEIOU]/g, '');
  const three = (s) => (cons(s) + vows(s) + 'XXX').slice(0, 3);
  const fc = cons(p.first);
  const first3 = fc.length >= 4 ? fc[0] + fc[2] + fc[3] : three(p.first);
  const female = chance(0.5);
  const head = three(p.last) + first3 + pad(int(60, 99), 2) + pick('ABCDEHLMPRST'.split('')) + pad(int(1, 28) + (female ? 40 : 0), 2) + pick(['H501', 'F205', 'L219', 'F839', 'G273', 'A944']);
  const ODD = { 0: 1, 1: 0, 2: 5, 3: 7, 4: 9, 5: 13, 6: 15, 7: 17, 8: 19, 9: 21, A: 1, B: 0, C: 5, D: 7, E: 9, F: 13, G: 15, H: 17, I: 19, J: 21, K: 2, L: 4, M: 18, N: 20, O: 11, P: 3, Q: 6, R: 8, S: 12, T: 14, U: 16, V: 10, W: 22, X: 25, Y: 24, Z: 23 };
  let s = 0;
  for (let i = 0; i < 15; i++) {
    const c = head[i];
    if (i % 2 === 0) s += ODD[c];
    else s += /\d/.test(c) ? Number(c) : c.charCodeAt(0) - 65;
  }
  return head + UP[s % 26];
}
function personnummer() {
  const b = pad(int(60, 99), 2) + pad(int(1, 12), 2) + pad(int(1, 28), 2) + dig(3);
  const full = luhnComplete(b);
  return `${full.slice(0, 6)}-${full.slice(6)}`;
}
function nric() {
  const p = pick(['S', 'T']);
  const d = dig(7);
  const w = [2, 7, 6, 5, 4, 3, 2];
  let s = p === 'T' ? 4 : 0;
  for (let i = 0; i < 7; i++) s += Number(d[i]) * w[i];
  return p + d + 'JZIHGFEDCBA'[s % 11];
}
function tfn(spaced = true) {
  for (;;) {
    const e = dig(8);
    const w = [1, 4, 3, 7, 5, 8, 6, 9];
    let s = 0;
    for (let i = 0; i < 8; i++) s += Number(e[i]) * w[i];
    const last = s % 11;
    if (last > 9) continue;
    const t = e + last;
    return spaced ? `${t.slice(0, 3)} ${t.slice(3, 6)} ${t.slice(6)}` : t;
  }
}
function nhs() {
  for (;;) {
    const e = String(int(4, 9)) + dig(8);
    let s = 0;
    for (let i = 0; i < 9; i++) s += Number(e[i]) * (10 - i);
    let c = 11 - (s % 11);
    if (c === 11) c = 0;
    if (c === 10) continue;
    const n = e + c;
    return `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`;
  }
}
const panIn = (p) => chars(3) + 'P' + ascii(p.last)[0].toUpperCase() + dig(4) + chars(1);
const ghanaCard = () => `GHA-${nzd(9)}-${int(0, 9)}`;
const zmNrc = () => `${nzd(6)}/${pad(int(10, 99), 2)}/1`;
const nida = () => `${int(1965, 2002)}${pad(int(1, 12), 2)}${pad(int(1, 28), 2)}-${dig(5)}-${dig(5)}-${dig(2)}`;
const cnic = () => `${pick(['35202', '42101', '61101', '37405'])}-${nzd(7)}-${int(1, 9)}`;
const egyptId = () => `${pick(['2', '3'])}${pad(int(60, 99), 2)}${pad(int(1, 12), 2)}${pad(int(1, 28), 2)}${pick(['01', '02', '21', '88'])}${dig(4)}${int(1, 9)}`;
const omang = () => `${nzd(4)}${pick(['1', '2'])}${dig(4)}`;
const caDl = () => chars(1) + dig(7);
function ukDrivingLicence(p) {
  const s = (ascii(p.last).toUpperCase().replace(/[^A-Z]/g, '') + '99999').slice(0, 5);
  const y = pad(int(60, 99), 2);
  const mm = int(1, 12) + (chance(0.5) ? 50 : 0);
  return s + y[0] + pad(mm, 2) + pad(int(1, 28), 2) + y[1] + ascii(p.first)[0].toUpperCase() + chars(1) + '9' + chars(2);
}

// ---------------------------------------------------------------- passports and MRZ

const PASSPORT = {
  GB: () => nzd(9), US: () => (chance(0.5) ? chars(1) + dig(8) : nzd(9)), ZA: () => 'A0' + dig(7), NG: () => chars(1, 'AB') + dig(8),
  IN: () => chars(1, 'JKLMNPRSTUVWZ') + nzd(7), KE: () => 'AK' + dig(7), ZW: () => chars(2, 'EFGN') + dig(6), BR: () => chars(2) + dig(6),
  DE: () => chars(1, 'CFGHJK') + chars(8, 'CFGHJKLMNPRTVWXYZ0123456789'), FR: () => pad(int(10, 24), 2) + chars(2) + dig(5), CA: () => chars(2) + dig(6),
  AU: () => chars(1, 'NPR') + chars(1) + dig(7), MX: () => chars(1, 'GN') + dig(8), GH: () => 'G' + dig(7), ES: () => chars(3) + dig(6),
};
const ICAO = (c) => (c === '<' ? 0 : /\d/.test(c) ? Number(c) : c.charCodeAt(0) - 55);
function cd(s) { const w = [7, 3, 1]; let t = 0; for (let i = 0; i < s.length; i++) t += ICAO(s[i]) * w[i % 3]; return String(t % 10); }
function mrz({ state, surname, given, num, nat = state, dob, sex, exp, personal = '' }) {
  const nm = (s) => ascii(s).toUpperCase().replace(/[^A-Z ]/g, '').trim().replace(/ +/g, '<');
  const l1 = ('P<' + state + nm(surname) + '<<' + nm(given)).padEnd(44, '<').slice(0, 44);
  const n = num.padEnd(9, '<');
  const pn = personal.padEnd(14, '<');
  const c1 = cd(n);
  const c2 = cd(dob);
  const c3 = cd(exp);
  const c4 = cd(pn);
  const comp = cd(n + c1 + dob + c2 + exp + c3 + pn + c4);
  const l2 = n + c1 + nat + dob + c2 + sex + exp + c3 + pn + c4 + comp;
  if (l2.length !== 44) throw new Error('mrz length');
  return [l1, l2];
}
const yymmdd = (y0, y1) => pad(int(y0, y1) % 100, 2) + pad(int(1, 12), 2) + pad(int(1, 28), 2);

// ---------------------------------------------------------------- phones

const PH = {
  ZW: () => { const p = pick(['77', '78', '71', '73']); const n = p + (p === '73' ? String(int(1, 9)) + dig(6) : dig(7)); return { cc: '263', nsn: n, nat: `0${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`, intl: `+263 ${n.slice(0, 2)} ${n.slice(2, 5)} ${n.slice(5)}` }; },
  ZA: () => { const n = pick(['60', '61', '63', '66', '71', '72', '73', '76', '78', '79', '81', '82', '83', '84']) + dig(7); return { cc: '27', nsn: n, nat: `0${n.slice(0, 2)} ${n.slice(2, 5)} ${n.slice(5)}`, intl: `+27 ${n.slice(0, 2)} ${n.slice(2, 5)} ${n.slice(5)}` }; },
  ZAland: () => { const n = pick(['11', '21', '31', '12', '41']) + nzd(7); return { cc: '27', nsn: n, nat: `0${n.slice(0, 2)} ${n.slice(2, 5)} ${n.slice(5)}`, intl: `+27 ${n.slice(0, 2)} ${n.slice(2, 5)} ${n.slice(5)}` }; },
  ZAfree: () => { const n = '800' + nzd(6); return { cc: '27', nsn: n, nat: `0${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`, intl: `+27 ${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}` }; },
  KE: () => { const n = pick(['712', '722', '733', '740', '757', '768', '790', '110', '115']) + dig(6); return { cc: '254', nsn: n, nat: `0${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`, intl: `+254 ${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}` }; },
  KEland: () => { const n = '20' + String(int(2, 8)) + dig(6); return { cc: '254', nsn: n, nat: `0${n.slice(0, 2)} ${n.slice(2, 5)} ${n.slice(5)}`, intl: `+254 ${n.slice(0, 2)} ${n.slice(2, 5)} ${n.slice(5)}` }; },
  NG: () => { const n = pick(['803', '806', '813', '816', '703', '706', '810', '814', '903', '906', '805', '807', '815', '802', '808', '701', '708', '902', '907', '901', '809', '818', '909']) + dig(7); return { cc: '234', nsn: n, nat: `0${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`, intl: `+234 ${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}` }; },
  GH: () => { const n = pick(['24', '54', '55', '20', '50', '26', '27', '59']) + String(int(1, 9)) + dig(6); return { cc: '233', nsn: n, nat: `0${n.slice(0, 2)} ${n.slice(2, 5)} ${n.slice(5)}`, intl: `+233 ${n.slice(0, 2)} ${n.slice(2, 5)} ${n.slice(5)}` }; },
  GB: () => { const n = '7' + pick(['31', '39', '40', '47', '51', '59', '81', '84', '92', '96', '38', '86']) + dig(7); return { cc: '44', nsn: n, nat: `0${n.slice(0, 4)} ${n.slice(4)}`, intl: `+44 ${n.slice(0, 4)} ${n.slice(4)}` }; },
  GBland: () => { const k = pick(['20', '161', '113', '131', '121', '117', '29']); const n = k + (k.length === 2 ? (k === '29' ? '2' : pick(['3', '7', '8'])) + dig(7) : String(pick([2, 3, 4])) + dig(6)); return { cc: '44', nsn: n, nat: k.length === 2 ? `0${k} ${n.slice(2, 6)} ${n.slice(6)}` : `0${k} ${n.slice(3, 6)} ${n.slice(6)}`, intl: k.length === 2 ? `+44 ${k} ${n.slice(2, 6)} ${n.slice(6)}` : `+44 ${k} ${n.slice(3, 6)} ${n.slice(6)}` }; },
  GBfree: () => { const k = pick(['800', '808', '345', '300', '330']); const n = k + String(int(1, 9)) + dig(6); return { cc: '44', nsn: n, nat: `0${k} ${n.slice(3, 6)} ${n.slice(6)}`, intl: `+44 ${k} ${n.slice(3, 6)} ${n.slice(6)}` }; },
  US: () => { const a = pick(['212', '312', '415', '617', '713', '404', '206', '305', '480', '503', '919', '646', '720', '214', '615']); let e; do e = String(int(2, 9)) + dig(2); while (/11$/.test(e) || e === '555'); const l = dig(4); return { cc: '1', nsn: a + e + l, nat: `(${a}) ${e}-${l}`, intl: `+1 ${a} ${e} ${l}`, dash: `${a}-${e}-${l}`, dot: `${a}.${e}.${l}` }; },
  USfree: () => { const a = pick(['800', '888', '877', '866', '855', '844']); const e = String(int(2, 9)) + dig(2); const l = dig(4); return { cc: '1', nsn: a + e + l, nat: `1-${a}-${e}-${l}`, intl: `+1 ${a} ${e} ${l}`, dash: `${a}-${e}-${l}`, dot: `${a}.${e}.${l}` }; },
  CA: () => { const a = pick(['416', '647', '604', '778', '514', '438', '403', '587', '613', '902', '306', '204']); let e; do e = String(int(2, 9)) + dig(2); while (/11$/.test(e) || e === '555'); const l = dig(4); return { cc: '1', nsn: a + e + l, nat: `(${a}) ${e}-${l}`, intl: `+1 ${a} ${e} ${l}`, dash: `${a}-${e}-${l}`, dot: `${a}.${e}.${l}` }; },
  IN: () => { const n = pick(['98', '99', '97', '94', '90', '88', '70', '80', '63', '91', '81', '95']) + dig(8); return { cc: '91', nsn: n, nat: `0${n.slice(0, 5)} ${n.slice(5)}`, intl: `+91 ${n.slice(0, 5)} ${n.slice(5)}` }; },
  INfree: () => { const n = '1800' + nzd(3) + dig(4); return { cc: '91', nsn: n, nat: `${n.slice(0, 4)} ${n.slice(4, 7)} ${n.slice(7)}`, intl: `${n.slice(0, 4)}-${n.slice(4, 7)}-${n.slice(7)}` }; },
  AU: () => { const n = '4' + pick(['00', '01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14', '15', '16', '17', '18', '19', '20', '21', '22', '23', '24', '25', '27', '28', '29', '30', '31', '32', '33', '34', '35', '38', '39', '40', '47', '48', '49']) + dig(6); return { cc: '61', nsn: n, nat: `0${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`, intl: `+61 ${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}` }; },
  AUfree: () => { const k = pick(['1300', '1800']); const n = k + nzd(6); return { cc: '61', nsn: n, nat: `${k} ${n.slice(4, 7)} ${n.slice(7)}`, intl: `${k} ${n.slice(4, 7)} ${n.slice(7)}` }; },
  AUland: () => { const k = pick(['2', '3', '7', '8']); const n = k + pick(['9', '8']) + dig(7); return { cc: '61', nsn: n, nat: `(0${k}) ${n.slice(1, 5)} ${n.slice(5)}`, intl: `+61 ${k} ${n.slice(1, 5)} ${n.slice(5)}` }; },
  DE: () => { const k = pick(['151', '152', '160', '162', '170', '171', '172', '175', '176', '177', '178', '179']); const n = k + (k.startsWith('15') ? dig(8) : dig(7)); return { cc: '49', nsn: n, nat: `0${k} ${n.slice(3)}`, intl: `+49 ${k} ${n.slice(3)}` }; },
  DEland: () => { const k = pick(['30', '89', '40', '221', '69']); const n = k + String(int(2, 9)) + dig(k.length === 2 ? 7 : 6); return { cc: '49', nsn: n, nat: `0${k} ${n.slice(k.length)}`, intl: `+49 ${k} ${n.slice(k.length)}` }; },
  FR: () => { const f = pick(['6', '7']); const n = f + (f === '6' ? pick(['1', '2', '4', '5', '6', '7', '8']) : pick(['3', '5', '6', '8'])) + dig(7); return { cc: '33', nsn: n, nat: `0${n[0]} ${n.slice(1, 3)} ${n.slice(3, 5)} ${n.slice(5, 7)} ${n.slice(7)}`, intl: `+33 ${n[0]} ${n.slice(1, 3)} ${n.slice(3, 5)} ${n.slice(5, 7)} ${n.slice(7)}` }; },
  FRland: () => { const n = pick(['1', '4', '5']) + String(int(1, 8)) + dig(7); return { cc: '33', nsn: n, nat: `0${n[0]} ${n.slice(1, 3)} ${n.slice(3, 5)} ${n.slice(5, 7)} ${n.slice(7)}`, intl: `+33 ${n[0]} ${n.slice(1, 3)} ${n.slice(3, 5)} ${n.slice(5, 7)} ${n.slice(7)}` }; },
  ES: () => { const n = '6' + dig(8); return { cc: '34', nsn: n, nat: `${n.slice(0, 3)} ${n.slice(3, 5)} ${n.slice(5, 7)} ${n.slice(7)}`, intl: `+34 ${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}` }; },
  PT: () => { const n = pick(['91', '92', '93', '96']) + dig(7); return { cc: '351', nsn: n, nat: `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`, intl: `+351 ${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}` }; },
  BR: () => { const d = pick(['11', '21', '31', '41', '51', '61', '71', '81', '19', '48']); const n = d + '9' + String(int(6, 9)) + dig(7); return { cc: '55', nsn: n, nat: `(${d}) ${n.slice(2, 7)}-${n.slice(7)}`, intl: `+55 ${d} ${n.slice(2, 7)}-${n.slice(7)}` }; },
  BRland: () => { const d = pick(['11', '21', '31', '41']); const n = d + String(int(2, 4)) + dig(7); return { cc: '55', nsn: n, nat: `(${d}) ${n.slice(2, 6)}-${n.slice(6)}`, intl: `+55 ${d} ${n.slice(2, 6)}-${n.slice(6)}` }; },
  MX: () => { const d = pick(['55', '33', '81']); const n = d + String(int(1, 9)) + dig(7); return { cc: '52', nsn: n, nat: `${d} ${n.slice(2, 6)} ${n.slice(6)}`, intl: `+52 ${d} ${n.slice(2, 6)} ${n.slice(6)}` }; },
  TZ: () => { const n = pick(['71', '74', '75', '76', '77', '78', '65', '68', '69', '62']) + String(int(1, 9)) + dig(6); return { cc: '255', nsn: n, nat: `0${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`, intl: `+255 ${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}` }; },
  UG: () => { const n = pick(['70', '71', '75', '77', '78']) + String(int(1, 9)) + dig(6); return { cc: '256', nsn: n, nat: `0${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`, intl: `+256 ${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}` }; },
  ZM: () => { const n = pick(['95', '96', '97', '76', '77']) + String(int(1, 9)) + dig(6); return { cc: '260', nsn: n, nat: `0${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`, intl: `+260 ${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}` }; },
  MW: () => { const n = pick(['99', '88']) + String(int(1, 9)) + dig(6); return { cc: '265', nsn: n, nat: `0${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`, intl: `+265 ${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}` }; },
  MZ: () => { const n = '8' + pick(['2', '4', '5', '6', '7']) + dig(7); return { cc: '258', nsn: n, nat: `${n.slice(0, 2)} ${n.slice(2, 5)} ${n.slice(5)}`, intl: `+258 ${n.slice(0, 2)} ${n.slice(2, 5)} ${n.slice(5)}` }; },
  BW: () => { const n = '7' + pick(['1', '2', '3', '4', '5', '6']) + dig(6); return { cc: '267', nsn: n, nat: `${n.slice(0, 2)} ${n.slice(2, 5)} ${n.slice(5)}`, intl: `+267 ${n.slice(0, 2)} ${n.slice(2, 5)} ${n.slice(5)}` }; },
  NL: () => { const n = '6' + pick(['1', '2', '3', '4', '5']) + dig(7); return { cc: '31', nsn: n, nat: `06 ${n.slice(1)}`, intl: `+31 6 ${n.slice(1)}` }; },
  SE: () => { const n = '7' + pick(['0', '2', '3', '6']) + dig(7); return { cc: '46', nsn: n, nat: `0${n.slice(0, 2)}-${n.slice(2, 5)} ${n.slice(5, 7)} ${n.slice(7)}`, intl: `+46 ${n.slice(0, 2)} ${n.slice(2, 5)} ${n.slice(5, 7)} ${n.slice(7)}` }; },
  IT: () => { const n = '3' + pick(['2', '3', '4', '5', '6', '8', '9']) + String(int(0, 9)) + dig(7); return { cc: '39', nsn: n, nat: `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`, intl: `+39 ${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}` }; },
  SG: () => { const n = pick(['9', '8']) + String(int(1, 7)) + dig(6); return { cc: '65', nsn: n, nat: `${n.slice(0, 4)} ${n.slice(4)}`, intl: `+65 ${n.slice(0, 4)} ${n.slice(4)}` }; },
  AE: () => { const n = '5' + pick(['0', '2', '4', '5', '6', '8']) + dig(7); return { cc: '971', nsn: n, nat: `0${n.slice(0, 2)} ${n.slice(2, 5)} ${n.slice(5)}`, intl: `+971 ${n.slice(0, 2)} ${n.slice(2, 5)} ${n.slice(5)}` }; },
  IE: () => { const n = '8' + pick(['3', '5', '6', '7', '9']) + dig(7); return { cc: '353', nsn: n, nat: `0${n.slice(0, 2)} ${n.slice(2, 5)} ${n.slice(5)}`, intl: `+353 ${n.slice(0, 2)} ${n.slice(2, 5)} ${n.slice(5)}` }; },
  EG: () => { const n = '1' + pick(['0', '1', '2', '5']) + dig(8); return { cc: '20', nsn: n, nat: `0${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`, intl: `+20 ${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}` }; },
  PK: () => { const n = '3' + pick(['00', '01', '11', '21', '33', '45']) + dig(7); return { cc: '92', nsn: n, nat: `0${n.slice(0, 3)} ${n.slice(3)}`, intl: `+92 ${n.slice(0, 3)} ${n.slice(3)}` }; },
};
/** One phone of a region: { intl, nat, e164, compact, ... }. */
function phone(kind) {
  const p = PH[kind]();
  p.e164 = `+${p.cc}${p.nsn}`;
  p.bare = `${p.cc}${p.nsn}`;
  p.kind = kind;
  return p;
}

// ---------------------------------------------------------------- e-mail

const MAILDOM = {
  ZW: ['gmail.com', 'yahoo.com', 'zol.co.zw', 'outlook.com'], ZA: ['gmail.com', 'mweb.co.za', 'webmail.co.za', 'icloud.com'], KE: ['gmail.com', 'yahoo.com', 'outlook.com'],
  NG: ['gmail.com', 'yahoo.com', 'outlook.com'], GH: ['gmail.com', 'yahoo.com'], GB: ['btinternet.com', 'gmail.com', 'outlook.com', 'icloud.com', 'sky.com'],
  US: ['gmail.com', 'yahoo.com', 'icloud.com', 'comcast.net', 'outlook.com'], IN: ['gmail.com', 'rediffmail.com', 'yahoo.co.in'], CA: ['gmail.com', 'videotron.ca', 'shaw.ca'],
  AU: ['bigpond.com', 'gmail.com', 'optusnet.com.au'], BR: ['gmail.com', 'uol.com.br', 'hotmail.com'], MX: ['gmail.com', 'prodigy.net.mx', 'hotmail.com'],
  DE: ['gmx.de', 'web.de', 't-online.de'], FR: ['orange.fr', 'free.fr', 'laposte.net'], ES: ['gmail.com', 'hotmail.es'], PT: ['sapo.pt', 'gmail.com'],
};
function email(p, cc = 'GB') {
  const f = slug(p.first);
  const l = slug(p.last);
  const local = pick([`${f}.${l}`, `${f}${l}${int(1, 99)}`, `${f[0]}${l}`, `${f}_${l}`, `${l}.${f}`, `${f}.${l}${int(70, 99)}`]);
  return `${local}@${pick(MAILDOM[cc] || MAILDOM.GB)}`;
}

// ---------------------------------------------------------------- credentials

const WORDS = ['Mvura', 'Jacaranda', 'Kettle', 'Baobab', 'Simba', 'Harmattan', 'Ndege', 'Tembo', 'Granite', 'Mopane', 'Lilac', 'Falcon', 'Copper', 'Marula', 'Zambezi', 'Pepper', 'Harbour', 'Orchid', 'Kilimanjaro', 'Sunbird', 'Umoja', 'Tortoise', 'Pumpkin', 'Mango', 'Kudu'];
function password(style) {
  const s = style ?? int(0, 4);
  const sym = pick(['!', '#', '$', '%', '&', '*', '@', '?']);
  switch (s) {
    case 0: return pick(WORDS) + sym + dig(4);
    case 1: return chars(3, ALNUM) + sym + chars(4, ALNUM) + pick(['!', '#', '%']) + chars(3, ALNUM);
    case 2: return `${pick(WORDS)}-${pick(WORDS).toLowerCase()}-${dig(2)}`;
    case 3: return pick(WORDS).toLowerCase() + dig(2) + pick(WORDS) + sym;
    default: return chars(12, ALNUM + '!#%&*');
  }
}
const pin = (n = 4) => { let p; do p = dig(n); while (/^(\d)\1+$/.test(p) || '0123456789'.includes(p) || '9876543210'.includes(p)); return p; };
const otp = (n = 6) => pin(n);
const B64 = ALNUM + '+/';
const B64URL = ALNUM + '-_';
function apiKey(kind) {
  switch (kind) {
    case 'stripe': return 'sk_live_' + chars(24, ALNUM);
    case 'stripe_rk': return 'rk_live_' + chars(24, ALNUM);
    case 'aws_id': return 'AKIA' + chars(16, UP + '234567');
    case 'aws_secret': return chars(40, B64);
    case 'github': return 'ghp_' + chars(36, ALNUM);
    case 'gitlab': return 'glpat-' + chars(20, ALNUM + '-_');
    case 'slack': return `xoxb-${nzd(12)}-${nzd(13)}-${chars(24, ALNUM)}`;
    case 'google': return 'AIza' + chars(35, B64URL);
    case 'sendgrid': return `SG.${chars(22, B64URL)}.${chars(43, B64URL)}`;
    case 'twilio': return chars(32, '0123456789abcdef');
    case 'whsec': return 'whsec_' + chars(32, ALNUM);
    case 'openai': return 'sk-proj-' + chars(48, B64URL);
    case 'hex40': return chars(40, '0123456789abcdef');
    case 'totp': return chars(32, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567');
    case 'jwt': {
      const b64u = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
      return `${b64u({ alg: 'HS256', typ: 'JWT' })}.${b64u({ sub: String(int(10000, 99999)), scope: 'payments:write', exp: 1780000000 + int(0, 9999999) })}.${chars(43, B64URL)}`;
    }
    default: throw new Error(kind);
  }
}

// ---------------------------------------------------------------- look-alikes for hard negatives

/** A Luhn-valid number of `len` digits whose prefix is in no card IIN range. */
function luhnRef(len = 16) {
  let n;
  do {
    const pre = pick(['1', '7', '9', '82', '84', '86', '88', '31', '33', '99', '70', '77']);
    n = luhnComplete(pre + dig(len - pre.length - 1));
  } while (n.startsWith('1800'));
  return n;
}
const imei = () => luhnComplete(pick(['35', '86', '01', '99']) + dig(12));
const iccid = (cc = '263') => luhnComplete('89' + cc + dig(18 - 2 - cc.length));
const msStamp = () => luhnComplete('17' + String(int(70, 99)) + dig(8));
function awb() { const pre = pick(['176', '057', '071', '618', '235', '157', '706']); const s = nzd(7); return `${pre}-${s}${Number(s) % 7}`; }
function container() {
  const V = {}; let v = 10;
  for (const c of UP) { if (v % 11 === 0) v++; V[c] = v++; }
  const owner = pick(['MSC', 'MAE', 'CMA', 'HLX', 'OOL', 'EVR', 'ONE', 'TGH']) + 'U';
  const num = dig(6);
  const s = owner + num;
  let t = 0;
  for (let i = 0; i < 10; i++) t += (/\d/.test(s[i]) ? Number(s[i]) : V[s[i]]) * 2 ** i;
  return s + ((t % 11) % 10);
}
function ean13(pre = pick(['600', '616', '890', '400', '789', '750'])) {
  const b = pre + dig(12 - pre.length);
  let t = 0;
  for (let i = 0; i < 12; i++) t += Number(b[i]) * (i % 2 ? 3 : 1);
  return b + ((10 - (t % 10)) % 10);
}
const isbn13 = () => { const e = ean13('9781'); return `${e.slice(0, 3)}-${e.slice(3, 4)}-${e.slice(4, 8)}-${e.slice(8, 12)}-${e.slice(12)}`; };
const guid = () => [chars(8, '0123456789abcdef'), chars(4, '0123456789abcdef'), '4' + chars(3, '0123456789abcdef'), pick(['8', '9', 'a', 'b']) + chars(3, '0123456789abcdef'), chars(12, '0123456789abcdef')].join('-');
const hexs = (n) => chars(n, '0123456789abcdef');
const ups = () => '1Z' + chars(6, UP + '0123456789') + pad(int(1, 99), 2) + dig(8);
const pnr = () => chars(6, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789');
const eticket = () => `${pick(['176', '071', '057', '083', '706'])}${nzd(10)}`;
const ver = () => `${int(1, 9)}.${int(0, 30)}.${int(0, 99)}`;
const ip = () => `${pick(['10', '172', '192', '41', '102', '196'])}.${int(0, 255)}.${int(0, 255)}.${int(1, 254)}`;
const MONTHS = {
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  sw: ['Januari', 'Februari', 'Machi', 'Aprili', 'Mei', 'Juni', 'Julai', 'Agosti', 'Septemba', 'Oktoba', 'Novemba', 'Desemba'],
};
const dateL = (lang) => (lang === 'es' ? `${int(1, 28)} de ${pick(MONTHS.es)} de 2026` : `${int(1, 28)} ${pick(MONTHS[lang])} 2026`);
/** `n` increasing ISO timestamps a few seconds apart. */
function tsSeq(n) {
  let t = Date.UTC(2026, int(0, 11), int(1, 28), int(0, 23), int(0, 59), int(0, 59));
  const out = [];
  for (let i = 0; i < n; i++) { out.push(new Date(t).toISOString().replace('.000', '')); t += int(1, 90) * 1000; }
  return out;
}
const date = () => `${int(1, 28)} ${pick(['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'])} 2026`;
const isoTs = () => `2026-${pad(int(1, 12), 2)}-${pad(int(1, 28), 2)}T${pad(int(0, 23), 2)}:${pad(int(0, 59), 2)}:${pad(int(0, 59), 2)}Z`;
const last4 = () => dig(4);

// ================================================================ templates
// Each template is (v) => [tags, markedText]; v is 0 on the first use and 1 on the second (or random when the
// template is used once). Templates without a second variant are written () => ... and are used at most once.

const POS = [];
const NEG = [];
const pos = (name, fn) => POS.push({ name, fn });
const neg = (name, fn) => NEG.push({ name, fn });
const PHN = (value) => M('PHONE_NUMBER', value);
const EML = (value) => M('EMAIL_ADDRESS', value);
const CRD = (value) => M('CARD_NUMBER', value);
const EXP = (value) => M('CARD_EXPIRY', value);
const CVV = (value) => M('CARD_CVV', value);
const NID = (value) => M('NATIONAL_ID', value);
const PPT = (value) => M('PASSPORT_NUMBER', value);
const IBN = (value) => M('IBAN', value);
const ACC = (value) => M('BANK_ACCOUNT', value);
const RTN = (value) => M('ROUTING_NUMBER', value);
const BIC = (value) => M('SWIFT_BIC', value);
const CRED = (value) => M('CREDENTIAL', value);
const SOL = (value) => M('SOLICITATION', value);

// ---------------------------------------------------------------- positives: cards

pos('zw-bank-replacement-card', (v) => {
  const c = person('ZW');
  const pan = card(v ? 'mc' : 'visa');
  return ['bank cc=ZW card expiry', `Mhoro ${c.first},

Your replacement ${v ? 'Mastercard' : 'Visa'} debit card is ready for collection at our ${pick(['Samora Machel Avenue', 'Fife Street', 'Borrowdale', 'Jason Moyo'])} branch. For your records the new card number is ${CRD(fmtCard(pan, v ? '-' : ' '))}, valid thru ${EXP(expiry(v))}. The old card ending ${last4()} was cancelled on ${date()} and can no longer be used.

Please bring your national ID when you collect it.

${agent('ZW')}
Card Services`];
});

pos('gb-ecom-html-order-table', (v) => {
  const c = person('GB');
  const pan = card(v ? 'amex' : 'mc2');
  const shown = v ? entities(fmtCard(pan, ' '), 0.4) : fmtCard(pan, ' ');
  return [`ecommerce cc=GB card html${v ? ' obf=entity' : ''}`, `<p>Hi ${c.first},</p>
<p>Sorry about the double charge. Here is what our payment log shows for order <b>HX-${dig(6)}</b>:</p>
<table border="1" cellpadding="4">
<tr><th>Date</th><th>Amount</th><th>Card</th><th>Expiry</th><th>Status</th></tr>
<tr><td>${pad(int(1, 28), 2)}/0${int(1, 9)}/2026</td><td>&pound;${int(20, 200)}.${pad(int(0, 99), 2)}</td><td>${CRD(shown)}</td><td>${EXP(expiry(1))}</td><td>CAPTURED</td></tr>
<tr><td>${pad(int(1, 28), 2)}/0${int(1, 9)}/2026</td><td>&pound;${int(20, 200)}.${pad(int(0, 99), 2)}</td><td>same card</td><td>&nbsp;</td><td>REVERSED</td></tr>
</table>
<p>The second line is the reversal, so you should see the money back within 3&ndash;5 working days.</p>
<p>Kind regards,<br>${agent('GB')}<br>Customer Care</p>`];
});

pos('mx-airline-card-readback-es', (v) => {
  const c = person('MX');
  const pan = card(v ? 'visa' : 'mc');
  const ph = phone('MX');
  return ['airline cc=MX lang=es card cvv expiry phone', `Estimado/a ${c.full}:

Confirmamos el cambio de su vuelo al ${dateL('es')}. El cargo por diferencia de tarifa (MXN ${int(900, 4800)}.00) se aplicó a la tarjeta ${CRD(fmtCard(pan, ' '))}, vencimiento ${EXP(expiry(0))}, código de seguridad ${CVV(cvv())}, tal como nos lo dictó por teléfono.

Si no reconoce el cargo, llámenos al ${PHN(v ? ph.intl : ph.nat)}.

Atentamente,
${agent('MX')} — Centro de Atención a Clientes`];
});

pos('fr-hotel-amex-guarantee', (v) => {
  const c = person('FR');
  const pan = card(v ? 'visa' : 'amex');
  return ['hotel cc=FR lang=fr card expiry', `Bonjour ${c.first},

Nous avons bien reçu votre demande pour la chambre double du ${int(1, 20)} au ${int(21, 28)} ${pick(['mai', 'juin', 'juillet', 'septembre'])}. La réservation est garantie par la carte ${v ? 'Visa' : 'American Express'} n° ${CRD(fmtCard(pan, ' '))} (date d'expiration ${EXP(expiry(0))}). Aucun montant ne sera débité avant votre arrivée.

Le petit-déjeuner est servi de 7h à 10h30.

Bien cordialement,
${agent('FR')}
Réception — Hôtel ${pick(['des Tanneurs', 'Belle Rive', 'du Vieux Port'])}`];
});

pos('us-gaming-chat-card', (v) => {
  const pan = card(v ? 'discover' : 'visa');
  const f = v ? fmtCard(pan, '-') : pan;
  return ['gaming cc=US chat card cvv expiry', `ok ${agent('US').toLowerCase()} here, charging ${CRD(f)} exp ${EXP(expiry(0))} cvv ${CVV(cvv())} for the ${pick(['5,000', '12,500', '2,400'])} gems bundle now, gimme a sec`];
});

pos('quoted-thread-card', (v) => {
  const c = person(v ? 'ZA' : 'KE');
  const pan = card(v ? 'mc' : 'visa');
  const [a, b] = [pick(['Mon', 'Tue', 'Wed', 'Thu']), int(1, 28)];
  return [`subscription cc=${v ? 'ZA' : 'KE'} quoted card cvv expiry`, `Hi ${c.first},

Thanks, that went through. Your ${pick(['Premium', 'Family', 'Pro'])} plan is active again and the next renewal is on the ${b}th.

For your security please don't send card details by e-mail in future; use the "Update payment method" page instead.

Regards,
${agent('ZA')}

On ${a}, ${b} ${pick(['Mar', 'Apr', 'May'])} 2026 at ${int(8, 20)}:${pad(int(0, 59), 2)}, ${c.full} wrote:
> Hi, my card was declined again. Please use this one:
> ${CRD(fmtCard(pan, ' '))}
> expiry ${EXP(expiry(0))}  cvv ${CVV(cvv())}
> thanks`];
});

pos('saas-json-payment-log', (v) => {
  const pan = card(v ? 'jcb' : 'mc');
  const em = email(person('US'), 'US');
  return ['saas cc=US json log card cvv expiry email', `Hi team,

The webhook failed because the payload still contained raw card data. This is the event we received (please fix the integration so the PAN is tokenised before it reaches us):

{
  "event": "charge.failed",
  "created": ${msStamp()},
  "customer_email": "${EML(em)}",
  "card": {
    "number": "${CRD(pan)}",
    "exp": "${EXP(expiry(0))}",
    "cvc": "${CVV(cvv())}"
  },
  "amount": ${int(1000, 99000)},
  "currency": "usd"
}

Thanks,
${agent('US')} — Integrations Support`];
});

pos('voice-transcript-card-readback', (v) => {
  const pan = card(v ? 'visa' : 'mc');
  const spaced = groups(pan).map((g) => g.split('').join(' ')).join(', ');
  return ['insurance cc=GB transcript card expiry', `[Call transcript — Motor Claims — ${isoTs()}]
AGENT: Thanks for holding. Can I take the card for the excess payment?
CALLER: Yeah, hang on.
AGENT: Go ahead when you're ready.
CALLER: Okay, it's ${CRD(spaced)}.
AGENT: And the expiry?
CALLER: ${EXP(expiry(0))}.
AGENT: Lovely, that's gone through. Your claim reference is MC-${dig(7)}.`];
});

pos('jp-jcb-fullwidth-chat', (v) => {
  const pan = card('jcb');
  const f = fullwidth(fmtCard(pan, v ? '-' : ' '));
  return ['hotel cc=JP chat card obf=fullwidth', `Dear guest, thank you for the message. We confirm we received card ${CRD(f)} for the deposit of your stay. Staff will charge at check-in only. Please enjoy your trip to Cape Town!`];
});

pos('za-fraud-note-zwsp', (v) => {
  const c = person('ZA');
  const pan = card(v ? 'visa' : 'mc');
  const f = zwsp(fmtCard(pan, ' '), 3);
  return ['bank cc=ZA card obf=zwsp', `Dear ${c.first},

We have blocked the card ${CRD(f)} after the three declined online transactions you reported this morning. A new card will be couriered to your registered address within 5 working days.

If you did not receive the SMS about this, please update your contact details in the app.

Fraud Operations`];
});

pos('us-utility-html-entities-card', (v) => {
  const c = person('US');
  const pan = card(v ? 'amex' : 'discover');
  return ['utility cc=US html card obf=entity', `<html><body>
<p>Dear ${c.first} ${c.last},</p>
<p>Your AutoPay enrollment is complete. Payments will be drawn from card <span class="pan">${CRD(entities(fmtCard(pan, ' '), 0.6))}</span> on the due date each month.</p>
<p>To change this, visit <a href="https://myaccount.example-energy.com/autopay">My Account &gt; AutoPay</a>.</p>
<p>&mdash; Billing Services</p>
</body></html>`];
});

pos('long-email-card-linebreak', (v) => {
  const c = person(v ? 'AU' : 'CA');
  const pan = card(v ? 'mc' : 'visa');
  const g = groups(pan);
  const wrapped = `${g[0]} ${g[1]} ${g[2]}\n${g[3]}`;
  return [`retail cc=${v ? 'AU' : 'CA'} long card obf=linebreak`, `Hello ${c.first},

Thank you for your patience while we looked into the missing refund for the sofa you returned. I have gone through the whole history with our finance team and I want to set out exactly what happened so there is no more confusion.

1. The original purchase of $${int(900, 2400)}.00 was paid with two cards. The first part was put on your gift balance, the remainder on card ${CRD(wrapped)}.
2. When the sofa was collected, the store only refunded the gift balance part. That was our mistake.
3. Today I have pushed the remaining refund back to the card above. Depending on your bank it can take up to 10 business days to appear.

I have also added a ${pick(['$50', '$75', '$40'])} voucher to your account for the trouble. It will show at checkout next time you order online.

Again, sorry for the run-around.

Warm regards,
${agent(v ? 'AU' : 'CA')}
Customer Relations`];
});

pos('unionpay19-hotel-nonnative', (v) => {
  const pan = card('unionpay19');
  return ['hotel cc=ZA lang=non-native card expiry', `Dear Mr. ${pick(['Wang', 'Li', 'Zhang', 'Chen'])},

Thanks for choose our lodge. We are receive your UnionPay card ${CRD(v ? pan : fmtCard(pan, ' '))} expire ${EXP(expiry(v ? 2 : 0))} for guarantee the booking of 3 nights. If you want to pay cash on arrival also is OK, just tell to reception.

Game drive is start 5:30 in the morning, please be ready in lobby.

Best regard,
${agent('ZA')}`];
});

pos('br-elo-cpf-pt', (v) => {
  const c = person('BR');
  const pan = card('elo');
  return ['ecommerce cc=BR lang=pt card national-id', `Olá ${c.first}, tudo bem?

Conferi aqui o seu pedido #${dig(8)}. O pagamento foi recusado pela operadora no cartão Elo ${CRD(fmtCard(pan, v ? '.' : ' '))}, cadastrado no CPF ${NID(cpf(!v))}. Isso normalmente acontece quando o limite não é suficiente ou quando o banco bloqueia compras online.

Você pode tentar de novo com outro cartão ou pagar via Pix, que é aprovado na hora.

Abraço,
${agent('BR')} — Atendimento`];
});

pos('ng-verve-pidgin', (v) => {
  const c = person('NG');
  const pan = card('verve');
  return ['bank cc=NG lang=pcm card', `${c.first}, abeg no vex. The card wey you send us, ${CRD(fmtCard(pan, v ? '' : ' '))}, don block since yesterday because of the wrong PIN wey you try three times. Go any of our branch with your ID make dem reissue am, e no go cost you anything.

${agent('NG')}, Customer Care`];
});

pos('in-rupay-hinglish', (v) => {
  const c = person('IN');
  const pan = card('rupay');
  return ['bank cc=IN lang=hinglish card expiry', `Namaste ${c.first} ji, aapka RuPay debit card ${CRD(fmtCard(pan, v ? '-' : ' '))} (expiry ${EXP(expiry(0))}) humne temporarily block kar diya hai kyunki usse Dubai mein ek suspicious transaction hua tha. Agar woh aapne kiya tha toh app mein "Unblock card" dabaiye, warna hum naya card bhej denge. Dhanyavaad!`];
});

pos('ke-diners-travel', () => {
  const c = person('KE');
  const pan = card('diners');
  return ['travel cc=KE card expiry obf=spaced-dash', `Dear ${c.full},

Your safari package (Maasai Mara, 3 nights) is confirmed. The deposit of USD ${int(300, 900)} was charged to your Diners Club card ${CRD(fmtCard(pan, ' - '))}, expiry ${EXP(expiry(1))}. The balance is due 14 days before departure.

Karibu sana!
${agent('KE')}, Reservations`];
});

pos('za-mc2-afrikaans-insurer', (v) => {
  const c = person('ZA');
  const pan = card(v ? 'mc2' : 'mc');
  return ['insurance cc=ZA lang=af card', `Goeie dag ${c.first},

Dankie vir u oproep vanoggend. Ons het die debietorder vir u motorpolis na die kaart ${CRD(fmtCard(pan, ' '))} oorgeskakel. Die eerste premie van R${int(400, 1900)} sal op die 1ste van volgende maand afgetrek word.

Vriendelike groete,
${agent('ZA')}
Kliëntediens`];
});

pos('csv-refund-batch-cards', () => {
  const rows = [];
  for (let i = 0; i < 3; i++) {
    const pan = card(pick(['visa', 'mc', 'amex', 'discover']));
    rows.push(`RF-${dig(6)},${pick(['Jordan Blake', 'Maria Delgado', 'Tyler Brooks', 'Keisha Howard', 'Hector Reyes'])},${CRD(pan)},${EXP(expiry(0))},${int(10, 400)}.${pad(int(0, 99), 2)},PENDING`);
  }
  return ['retail cc=US csv card expiry', `Hi ${agent('US')},

Here are the three refunds finance asked about, straight from the export:

refund_id,customer,card_number,card_exp,amount_usd,status
${rows.join('\n')}

Can you push them through manually? The batch job skipped them.

Thanks`];
});

pos('us-amex-cid', () => {
  const c = person('US');
  const pan = card('amex');
  return ['ecommerce cc=US card cvv obf=double-space', `Hi ${c.first},

I re-entered the payment for your subscription box using the American Express details you gave me on chat: ${CRD(fmtCard(pan, '  '))}, CID ${CVV(cvv(4))}. It was approved this time, so your box ships Friday.

— ${agent('US')}`];
});

pos('de-maestro-girocard', () => {
  const c = person('DE');
  const pan = card('maestro');
  return ['retail cc=DE lang=de card obf=nbsp', `Hallo ${c.first},

die Rückerstattung über ${int(20, 300)},${pad(int(0, 99), 2)} EUR haben wir heute auf Ihre Karte ${CRD(nbsp(fmtCard(pan, ' ')))} angewiesen. Je nach Bank dauert es 3 bis 5 Werktage, bis der Betrag sichtbar ist.

Mit freundlichen Grüßen
${agent('DE')}
Kundenservice`];
});

// ---------------------------------------------------------------- positives: national IDs

pos('us-ssn-w2-correction', (v) => {
  const c = person('US');
  return [`payroll cc=US national-id${v ? ' obf=nbsp' : ''}`, `Hi ${c.first},

Payroll has issued a corrected W-2 (W-2c) for tax year 2025. The SSN on the original form was wrong; the corrected form now shows ${NID(v ? nbsp(ssn(' ')) : ssn('-'))}, which matches the number on your I-9. You can download it from the employee portal under Documents > Tax Forms.

If anything else on the form looks off, reply here before you file.

${agent('US')}
People Operations`];
});

pos('gb-nino-p60', (v) => {
  const c = person('GB');
  return [`payroll cc=GB national-id${v ? ' obf=lowercase' : ''}`, `Hi ${c.first},

I've checked with HMRC and the reason your tax code looked odd is that your National Insurance number was keyed in as ${NID(v ? nino(false).toLowerCase() : nino(true))} on our side, which is correct, but your previous employer had a typo. We've sent a correction through the RTI submission today, so your next payslip should show the right code (1257L).

Cheers,
${agent('GB')}
Payroll Team`];
});

pos('za-id-insurer-policy', (v) => {
  const c = person('ZA');
  const id = saId();
  return ['insurance cc=ZA national-id', `Dear ${c.first},

Thank you for choosing our funeral cover. Please check the details on your policy schedule:

Main member: ${c.full}
ID number: ${NID(v ? `${id.slice(0, 6)} ${id.slice(6, 10)} ${id.slice(10)}` : id)}
Cover: R${int(10, 50)} 000
Waiting period: 6 months (accidental death covered immediately)

If any of this is incorrect, let us know within 30 days.

Kind regards,
${agent('ZA')}`];
});

pos('zw-id-mobile-money-kyc', (v) => {
  const c = person('ZW');
  return ['mobile-money cc=ZW lang=sn national-id', `Mhoro ${c.first}, account yenyu yakugadziriswa. Takaona kuti ID number yamakanyoresa (${NID(zwId(v ? 2 : 0))}) haina kuenderana nezita riri pa SIM registration, saka takaigadzirisa. Iye zvino munogona kutumira mari kusvika pa US$${pick(['500', '1 000', '250'])} pazuva. Maita basa!`];
});

pos('in-aadhaar-telecom-hinglish', (v) => {
  const c = person('IN');
  return [`telecom cc=IN lang=hinglish national-id${v ? '' : ' obf=nbsp'}`, `Hi ${c.first}, aapka e-KYC complete ho gaya hai. Aadhaar number ${NID(v ? aadhaar('-') : nbsp(aadhaar(' ')))} se link karke SIM activate kar di gayi hai, 2 ghante mein network aa jayega. Koi problem ho toh 198 pe call karein.`];
});

pos('in-pan-tax-refund', () => {
  const c = person('IN');
  return ['tax cc=IN national-id', `Dear ${c.first} ${c.last},

Your income tax refund for AY 2025-26 has been processed. The refund was validated against PAN ${NID(panIn(c))} and credited to the pre-validated bank account ending ${last4()}.

Intimation under section 143(1) will be sent to your registered e-mail.

Regards,
Taxpayer Services`];
});

pos('ng-nin-sim-pidgin', () => {
  const c = person('NG');
  return ['telecom cc=NG lang=pcm national-id', `Hello ${c.first}, we don link your line with the NIN ${NID(ngNin())} wey you give us. Your line no go bar again. If you get another line wey never link, reply this message make we help you.`];
});

pos('ng-bvn-bank-loan', () => {
  const c = person('NG');
  return ['bank cc=NG national-id', `Dear ${c.first},

Your loan application LN-${dig(7)} has moved to disbursement. We validated your identity with BVN ${NID(bvn())} and the facial match was successful. Funds should reach your account within 24 hours.

Thank you for banking with us.`];
});

pos('ke-id-kra-swahili', () => {
  const c = person('KE');
  return ['tax cc=KE lang=sw national-id', `Habari ${c.first},

Tumepokea ombi lako la kurekebisha taarifa zako. Nambari ya kitambulisho ${NID(keId())} na KRA PIN ${NID(kraPin())} sasa zimeunganishwa na akaunti yako. Unaweza kuwasilisha ritani yako ya kodi kupitia iTax kabla ya tarehe 30 Juni.

Asante,
${agent('KE')}`];
});

pos('ca-sin-fr-payroll', (v) => {
  const c = person('CA');
  return [`payroll cc=CA lang=fr national-id${v ? '' : ' obf=nbsp'}`, `Bonjour ${c.first},

Nous avons bien mis à jour votre dossier d'employé. Votre numéro d'assurance sociale (NAS) ${NID(v ? sin('-') : nbsp(sin(' ')))} figurera sur vos relevés T4 et Relevé 1 de cette année. Merci de vérifier votre adresse postale dans le portail avant le 15 février.

Cordialement,
${agent('CA')}
Service de la paie`];
});

pos('br-cpf-nota-fiscal', (v) => {
  const c = person('BR');
  return ['ecommerce cc=BR lang=pt national-id', `Oi ${c.first}!

A nota fiscal do seu pedido foi reemitida com o CPF correto: ${NID(cpf(!v))}. Ela já está disponível na área "Meus pedidos" e também foi enviada por e-mail.

Qualquer coisa é só chamar.
${agent('BR')}`];
});

pos('mx-curp-tramite', () => {
  const c = person('MX');
  return ['government cc=MX lang=es national-id', `Estimado(a) ${c.first} ${c.last}:

Su cita para el trámite de pasaporte quedó registrada para el ${dateL('es')} a las ${int(8, 14)}:${pick(['00', '30'])} h. Verificamos su CURP ${NID(curp(c))} en RENAPO y los datos coinciden. Presente identificación oficial vigente y comprobante de pago.

Atentamente,
Delegación de Relaciones Exteriores`];
});

pos('es-dni-utility', (v) => {
  const c = person('ES');
  return ['utility cc=ES lang=es national-id', `Hola ${c.first}:

Hemos cambiado la titularidad del contrato de luz a su nombre. El nuevo titular figura con ${v ? 'NIE' : 'DNI'} ${NID(v ? nie() : dni())} y la domiciliación bancaria se mantiene igual. Recibirá la primera factura a su nombre el mes que viene.

Un saludo,
${agent('ES')}
Atención al Cliente`];
});

pos('de-steuerid-payroll', (v) => {
  const c = person('DE');
  return ['payroll cc=DE lang=de national-id', `Hallo ${c.first},

wir haben Ihre steuerliche Identifikationsnummer ${NID(steuerId(v))} im Lohnsystem hinterlegt. Ab der nächsten Abrechnung werden die ELStAM-Daten automatisch abgerufen, die Steuerklasse sollte dann korrekt (Klasse ${pick(['I', 'III', 'IV'])}) angezeigt werden.

Viele Grüße
${agent('DE')}, Personalabteilung`];
});

pos('fr-nir-mutuelle', (v) => {
  return ['healthcare cc=FR lang=fr national-id', `Madame, Monsieur,

Votre adhésion à la mutuelle est effective au 1er du mois. Le numéro de sécurité sociale enregistré est le ${NID(nir(!v))}. La télétransmission avec l'Assurance Maladie sera active sous 15 jours ; en attendant, envoyez-nous vos décomptes.

Le service adhérents`];
});

pos('nl-bsn-insurer', () => {
  const c = person('NL');
  return ['insurance cc=NL lang=nl national-id', `Beste ${c.first},

Bedankt voor je aanmelding voor de zorgverzekering. We hebben je BSN ${NID(bsn())} gecontroleerd bij de BRP en alles klopt. Je polis gaat in op 1 ${pick(['januari', 'februari', 'maart'])}; de zorgpas ontvang je binnen 10 werkdagen.

Met vriendelijke groet,
${agent('NL')}`];
});

pos('pt-nif-telecom', () => {
  const c = person('PT');
  return ['telecom cc=PT lang=pt national-id', `Olá ${c.first},

A fatura de ${pick(['março', 'abril', 'maio'])} foi reemitida com o NIF ${NID(nifPt())}, como pediu. Pode descarregá-la na área de cliente. As próximas faturas já sairão com este contribuinte.

Cumprimentos,
${agent('PT')}`];
});

pos('it-codice-fiscale-ecom', () => {
  const c = person('IT');
  return ['ecommerce cc=IT lang=it national-id', `Gentile ${c.first},

abbiamo aggiornato la fattura dell'ordine ${dig(9)} inserendo il codice fiscale ${NID(codiceFiscale(c))}. La trova in allegato e nella sezione "I miei ordini".

Cordiali saluti,
${agent('IT')} – Servizio Clienti`];
});

pos('se-personnummer-bank', () => {
  const c = person('SE');
  return ['bank cc=SE national-id', `Hi ${c.first},

Your BankID has been reissued. It is tied to personnummer ${NID(personnummer())}; open the app on your new phone and follow the activation steps within 7 days.

Best regards,
${agent('SE')}`];
});

pos('sg-nric-insurer', () => {
  const c = person('SG');
  return ['insurance cc=SG national-id', `Dear ${c.full},

We refer to your hospitalisation claim. For verification, the insured person on the policy is listed with NRIC ${NID(nric())}. The claim has been approved and S$${int(800, 9000)} will be paid out via PayNow within 3 working days.

Yours sincerely,
Claims Department`];
});

pos('au-tfn-payroll', (v) => {
  const c = person('AU');
  return ['payroll cc=AU national-id', `G'day ${c.first},

Thanks for sending the TFN declaration. I've entered your tax file number ${NID(tfn(!v))} into the system, so from this pay run tax will be withheld at the normal rate instead of the no-TFN rate.

Cheers,
${agent('AU')}
Payroll`];
});

pos('gh-card-sim-registration', (v) => {
  const c = person('GH');
  const ph = phone('GH');
  return ['telecom cc=GH national-id phone', `Hello ${c.first}, your SIM re-registration is complete. Ghana Card ${NID(ghanaCard())} is now linked to ${PHN(v ? ph.intl : ph.nat)}. You can continue to use mobile money as normal. Thank you.`];
});

pos('zm-nrc-mobile-money', () => {
  const c = person('ZM');
  return ['mobile-money cc=ZM national-id', `Dear ${c.first}, your wallet upgrade to Tier 2 is approved. NRC ${NID(zmNrc())} has been verified with the Department of National Registration. Your new daily limit is K${pick(['20,000', '15,000', '30,000'])}.`];
});

pos('tz-nida-swahili', () => {
  const c = person('TZ');
  return ['telecom cc=TZ lang=sw national-id', `Ndugu ${c.first}, usajili wa laini yako kwa alama za vidole umekamilika. Namba ya NIDA iliyosajiliwa ni ${NID(nida())}. Kama si wewe uliyesajili, tembelea duka letu lililo karibu nawe ukiwa na kitambulisho chako.`];
});

pos('eg-national-id-ngo', () => {
  const c = person('EG');
  return ['ngo cc=EG national-id', `Dear ${c.first},

Thank you for registering for the vocational training programme. Your application was matched to national ID ${NID(egyptId())}. Classes begin on ${date()} at the Giza centre; please bring the original ID card on the first day.

Programme Team`];
});

pos('pk-cnic-remittance', () => {
  const c = person('PK');
  return ['remittance cc=PK national-id', `Dear ${c.first},

The transfer of PKR ${int(20, 400)},000 sent by your brother is ready for cash pickup at any partner branch. The receiver was registered with CNIC ${NID(cnic())}; please bring the same card. Reference: ${chars(3)}${dig(8)}.

Regards,
Customer Support`];
});

pos('us-drivers-licence-rental', () => {
  const c = person('US');
  return ['car-rental cc=US national-id', `Hi ${c.first},

Your reservation for a midsize SUV at ${pick(['LAX', 'DEN', 'ORD', 'ATL'])} is confirmed. We have your California driver's license ${NID(caDl())} on file as the primary driver. Please bring the physical license and the card used to book.

Thanks,
${agent('US')}`];
});

pos('gb-driving-licence-hire', () => {
  const c = person('GB');
  return ['car-rental cc=GB national-id', `Hi ${c.first},

Thanks for your documents. We have checked your driving licence number ${NID(ukDrivingLicence(c))} with the DVLA check code you supplied and there are no endorsements, so you're all set for collection on Saturday.

Regards,
${agent('GB')}
Van Hire`];
});

pos('us-itin-tax-prep', () => {
  const c = person('US');
  return ['tax cc=US national-id', `Hello ${c.first},

Good news: the IRS has assigned your ITIN. The number is ${NID(itin())}. Keep the CP565 notice with your records; we will use this number to file your 2025 return this week.

Best,
${agent('US')}, Tax Preparation`];
});

pos('gb-nhs-number-clinic', () => {
  const c = person('GB');
  return ['healthcare cc=GB national-id', `Dear ${c.first},

Your referral to the physiotherapy clinic has been received. We have matched it to NHS number ${NID(nhs())}. You will receive an appointment letter within 2 weeks.

Patient Services`];
});

pos('bw-omang-bank', () => {
  const c = person('BW');
  return ['bank cc=BW national-id', `Dumela ${c.first},

Your account opening is complete. The account is registered under Omang ${NID(omang())}. Your debit card will be ready at the Main Mall branch in 5 working days.

Kind regards,
${agent('BW')}`];
});

pos('za-hr-onboarding-csv-ids', () => {
  const rows = [];
  for (let i = 0; i < 3; i++) {
    const p = person('ZA');
    rows.push(`${p.last};${p.first};${NID(saId())};${pick(['Sales', 'Ops', 'Finance', 'IT'])};2026-${pad(int(1, 12), 2)}-01`);
  }
  return ['payroll cc=ZA csv national-id', `Hi ${agent('ZA')},

Please load these new starters before the payroll cut-off (semicolon file from the HR system):

surname;first_name;id_number;department;start_date
${rows.join('\n')}

Thanks!`];
});

// ---------------------------------------------------------------- positives: passports

pos('ke-airline-passport-apis', () => {
  const c = person('KE');
  return ['airline cc=KE passport', `Dear ${c.full},

We have added your travel document to booking ${pnr()}: passport number ${PPT(PASSPORT.KE())}, expiry ${int(2027, 2034)}-${pad(int(1, 12), 2)}-${pad(int(1, 28), 2)}. This satisfies the advance passenger information required for your flight to ${pick(['Dubai', 'London', 'Johannesburg', 'Mumbai'])}.

Safe travels,
${agent('KE')}`];
});

pos('gb-visa-mrz-scan', (v) => {
  const c = person(v ? 'IN' : 'NG');
  const st = v ? 'IND' : 'NGA';
  const num = (v ? PASSPORT.IN() : PASSPORT.NG());
  const [l1, l2] = mrz({ state: st, surname: c.last, given: c.first, num, dob: yymmdd(1970, 1999), sex: pick(['M', 'F']), exp: yymmdd(2027, 2034) });
  return [`government cc=GB mrz passport`, `Dear ${c.first},

The photo page you uploaded was readable this time. For your information, this is what our system extracted from the machine-readable zone:

${PPT(l1)}
${PPT(l2)}

Please check that the name and dates match your passport exactly. If they do, no further action is needed and your visa application will move to the biometrics stage.

UK Visa Application Support`];
});

pos('hotel-group-booking-csv-passports', () => {
  const ns = ['GB', 'DE', 'BR', 'ZA', 'FR', 'AU', 'CA'];
  const rows = [];
  for (let i = 0; i < 4; i++) {
    const cc = pick(ns);
    const p = person(cc);
    rows.push(`${p.last.toUpperCase()},${p.first},${cc},${PPT(PASSPORT[cc]())},${pick(['DBL', 'TWN', 'SGL'])}`);
  }
  return ['hotel cc=ZW csv passport', `Hi ${agent('ZW')},

Rooming list for the conference group arriving Thursday, as received from the organiser:

SURNAME,FIRST,NAT,PASSPORT,ROOM
${rows.join('\n')}

Please pre-register them so check-in is quick.

Front Office`];
});

pos('json-api-passport', () => {
  const c = person('US');
  return ['travel cc=US json passport email', `Hello,

The booking API rejected traveller 2 because the document type is missing. Here is the request body you sent (trimmed):

{"travellers":[{"name":"${ascii(c.full)}","email":"${EML(email(c, 'US'))}","document":{"number":"${PPT(PASSPORT.US())}","country":"USA","expires":"20${int(27, 35)}-0${int(1, 9)}-1${int(0, 9)}"}}]}

Add "type":"PASSPORT" inside "document" and resend.

API Support`];
});

pos('in-travel-agent-passport-hinglish', () => {
  const c = person('IN');
  return ['travel cc=IN lang=hinglish passport', `${c.first} ji, Schengen visa ke liye appointment book ho gaya hai, ${date()} ko VFS Mumbai mein. Form mein passport number ${PPT(PASSPORT.IN())} daala hai, please ek baar check kar lijiye. Original passport aur 2 photo saath le jaana.`];
});

pos('kiosk-ocr-log-mrz', (v) => {
  const c = person(v ? 'DE' : 'GB');
  const st = v ? 'D<<' : 'GBR';
  const [l1, l2] = mrz({ state: st, nat: st, surname: c.last, given: c.first, num: v ? PASSPORT.DE() : PASSPORT.GB(), dob: yymmdd(1965, 2000), sex: pick(['M', 'F']), exp: yymmdd(2027, 2035) });
  const ts = tsSeq(4);
  return ['airline cc=GB log mrz passport', `Hi, we checked the self-service kiosk log for your check-in attempt. It failed at the document step, not because of your passport:

${ts[0]} INFO  kiosk-14 doc.scan start
${ts[1]} DEBUG kiosk-14 mrz.line1=${PPT(l1)}
${ts[1]} DEBUG kiosk-14 mrz.line2=${PPT(l2)}
${ts[2]} ERROR kiosk-14 apis.submit timeout after 30000ms

The timeout was on our side. You are checked in now; boarding pass attached.`];
});

pos('za-passport-renewal', () => {
  const c = person('ZA');
  return ['government cc=ZA passport', `Dear ${c.first},

Your passport application is ready for collection at the ${pick(['Sandton', 'Cape Town', 'Durban'])} office. New passport number: ${PPT(PASSPORT.ZA())}. Please bring your old passport and the collection slip.

Department of Home Affairs — Client Services`];
});

// ---------------------------------------------------------------- positives: phones

pos('zw-telecom-signature-whatsapp', (v) => {
  const c = person('ZW');
  const a = phone('ZW');
  const b = phone('ZW');
  return [`telecom cc=ZW phone sig${v ? '' : ' obf=nbsp'}`, `Hi ${c.first},

Your data bundle has been restored and the extra 2GB is valid for 30 days. Sorry about the outage in ${pick(['Chitungwiza', 'Bulawayo', 'Gweru', 'Mutare'])}.

Regards,
${agent('ZW')}
Customer Experience
Call centre: ${PHN(v ? a.nat : a.intl)}
WhatsApp: ${PHN(v ? b.bare : nbsp(b.intl))}`];
});

pos('ke-mpesa-callback-sw', (v) => {
  const c = person('KE');
  const p = phone('KE');
  return ['mobile-money cc=KE lang=sw phone', `Habari ${c.first}, tumepokea malalamiko yako kuhusu muamala uliokwama. Afisa wetu atakupigia kwa namba ${PHN(v ? p.intl : p.nat)} kati ya saa 3 na saa 5 asubuhi. Tafadhali usitume pesa tena hadi tatizo litatuliwe.`];
});

pos('ng-courier-rider-pidgin', (v) => {
  const p = phone('NG');
  return ['logistics cc=NG lang=pcm phone', `Good afternoon. Your package don reach Ikeja hub. The rider wey go deliver am na ${person('NG').first}, him number na ${PHN(v ? p.intl.replace(/ /g, '') : p.nat)}. Abeg pick call when e reach your side.`];
});

pos('gb-bank-signature-three-numbers', () => {
  const c = person('GB');
  const l = phone('GBland');
  const m = phone('GB');
  const f = phone('GBfree');
  return ['bank cc=GB phone sig', `Dear ${c.first},

Thank you for letting us know about your change of circumstances. I've added a note to your mortgage account and a specialist from our Financial Support team will contact you within 2 working days.

Yours sincerely,

${person('GB').full}
Financial Support Team
Direct line: ${PHN(l.nat)}
Mobile: ${PHN(m.nat)}
Helpline (24/7): ${PHN(f.nat)}`];
});

pos('us-html-sig-tel-link', (v) => {
  const p = phone('US');
  const q = phone('USfree');
  return ['saas cc=US html phone sig', `<div>Hi ${person('US').first},</div>
<div><br></div>
<div>I've extended your trial by 14 days so you can finish the migration. Let me know if you want a walkthrough.</div>
<div><br></div>
<div>--</div>
<div><b>${person('US').full}</b> | Account Executive</div>
<div>Direct: <a href="tel:${PHN(p.e164)}">${PHN(v ? p.dot : p.nat)}</a></div>
<div>Support: <a href="tel:${PHN(q.e164)}">${PHN(q.nat)}</a></div>`];
});

pos('in-tollfree-customer-mobile', (v) => {
  const c = person('IN');
  const p = phone('IN');
  const t = phone('INfree');
  return ['ecommerce cc=IN lang=hinglish phone', `Hi ${c.first}, aapka replacement order ship ho gaya hai. Delivery partner aapko ${PHN(v ? p.intl : p.nat)} pe call karega. Koi bhi issue ho toh hamare toll-free ${PHN(t.nat)} pe baat kijiye (9am-9pm).`];
});

pos('de-rueckruf', (v) => {
  const c = person('DE');
  const p = phone(v ? 'DEland' : 'DE');
  return ['telecom cc=DE lang=de phone', `Hallo ${c.first},

leider konnten wir Sie unter der angegebenen Nummer ${PHN(p.nat)} nicht erreichen. Bitte rufen Sie uns zurück oder nennen Sie uns einen passenden Zeitraum für den Techniker-Termin.

Viele Grüße
Ihr Glasfaser-Team`];
});

pos('fr-sav-number', (v) => {
  const c = person('FR');
  const p = phone('FRland');
  const q = phone('FR');
  return ['retail cc=FR lang=fr phone', `Bonjour ${c.first},

Votre lave-linge est toujours sous garantie. Le technicien agréé de votre secteur vous contactera au ${PHN(q.nat)} pour fixer un rendez-vous. Vous pouvez aussi joindre le service après-vente au ${PHN(v ? p.intl : p.nat)} du lundi au samedi.

Cordialement,
${agent('FR')}`];
});

pos('tz-ug-driver-numbers', (v) => {
  const t = phone('TZ');
  const u = phone('UG');
  return ['logistics cc=TZ phone', `Dear customer,

Your consignment left Dar es Salaam this morning and will cross at Mutukula tomorrow. Drivers on this trip:
- Tanzania leg: ${person('TZ').full}, ${PHN(t.intl)}
- Uganda leg: ${person('UG').full}, ${PHN(v ? u.nat : u.intl)}

Regards,
Transit Desk`];
});

pos('za-clinic-zulu', (v) => {
  const p = phone(v ? 'ZAland' : 'ZA');
  return ['healthcare cc=ZA lang=zu phone', `Sawubona ${person('ZA').first}, isikhathi sakho sokubonana nodokotela sishintshiwe saba ngoLwesithathu ngo-10:00. Uma ungeke ukwazi ukufika, sicela ushayele umtholampilo ku-${PHN(p.nat)}. Ngiyabonga.`];
});

pos('gh-momo-agent', (v) => {
  const p = phone('GH');
  return ['mobile-money cc=GH phone', `Hi ${person('GH').first}, the reversal of GHS ${int(50, 900)}.00 has been approved. If it has not reflected in 2 hours, visit the agent at ${pick(['Kaneshie Market', 'Madina', 'Osu Oxford Street'])} or call our merchant line ${PHN(v ? p.intl : p.nat)}.`];
});

pos('phone-dots-zwsp', (v) => {
  const p = phone(v ? 'KE' : 'ZW');
  const raw = v ? zwsp(p.nat, 3) : p.nsn.replace(/(\d{2})(\d{3})(\d{4})/, '0$1.$2.$3').replace(/^(0\d{2})/, '$1');
  return [`bank cc=${v ? 'KE' : 'ZW'} phone obf=${v ? 'zwsp' : 'dots'}`, `Dear customer, as requested we have changed the phone number for SMS alerts to ${PHN(raw)}. If you did not request this change, contact us immediately.`];
});

pos('phone-fullwidth-linebreak', (v) => {
  const p = phone(v ? 'GB' : 'IN');
  const f = v ? p.nat.replace(' ', '\n') : fullwidth(p.intl);
  return [`ecommerce cc=${v ? 'GB' : 'IN'} phone obf=${v ? 'linebreak' : 'fullwidth'}`, `Hi, the courier tried to deliver but couldn't find the gate. They left a note asking you to call them back on ${PHN(f)} to rearrange.`];
});

pos('voice-transcript-phone', (v) => {
  const p = phone(v ? 'ZA' : 'NG');
  const spoken = p.nat.replace(/ /g, ', ');
  return [`insurance cc=${v ? 'ZA' : 'NG'} transcript phone`, `[Voice call summary, auto-transcribed]
Agent: Can I confirm a number to call you back on?
Customer: Yes, it's ${PHN(spoken)}.
Agent: Thank you. An assessor will call you on that number tomorrow before noon.
Customer: Okay thanks.`];
});

pos('csv-delivery-contacts', () => {
  const rows = [];
  for (let i = 0; i < 3; i++) {
    const p = phone('KE');
    rows.push(`${dig(8)}\t${person('KE').full}\t${PHN(pick([p.nat, p.intl, p.bare]))}\t${pick(['Westlands', 'Kilimani', 'Ruaka', 'Kasarani', 'Embakasi'])}`);
  }
  return ['logistics cc=KE csv phone', `Hi ${agent('KE')},

These three drops failed today, can your team call the recipients and rebook? Pasted from the dispatch sheet:

order\tname\tphone\tarea
${rows.join('\n')}

Thanks`];
});

pos('quoted-sig-phone', (v) => {
  const c = person('GB');
  const p = phone('GB');
  return ['saas cc=GB quoted phone email', `Hi ${c.first},

Yes, that's correct: the export includes archived projects only when the "Include archived" box is ticked.

Best,
${agent('GB')}

-----Original Message-----
From: ${c.full} <${EML(email(c, 'GB'))}>
Sent: ${date()}
Subject: Export question

Does the CSV export include archived projects?

${c.full}
Operations Manager
M ${PHN(v ? p.intl : p.nat)}`];
});

pos('ca-fr-phone', (v) => {
  const p = phone('CA');
  return ['utility cc=CA lang=fr phone', `Bonjour ${person('CA').first}, un technicien d'Hydro passera entre 8 h et 12 h. Il vous appellera au ${PHN(v ? p.dash : p.nat)} 30 minutes avant son arrivée. Merci!`];
});

pos('pt-es-iberia-phones', (v) => {
  const a = phone('PT');
  const b = phone('ES');
  return ['logistics cc=PT lang=pt phone', `Boa tarde,

A encomenda será entregue pelo nosso parceiro em Espanha. Contacto do armazém em Lisboa: ${PHN(a.intl)}. Contacto do motorista em Badajoz: ${PHN(v ? b.nat : b.intl)}.

Obrigado,
${agent('PT')}`];
});

pos('sadc-mixed-phones', (v) => {
  const m = phone('MW');
  const z = phone('MZ');
  const b = phone('BW');
  const zm = phone('ZM');
  return ['ngo cc=MW phone', `Dear partners,

Here are the field coordinators for the cyclone response, please share with your teams:
Malawi (Blantyre): ${PHN(m.intl)}
Mozambique (Beira): ${PHN(z.intl)}
Botswana (logistics hub): ${PHN(b.intl)}
Zambia (Chipata): ${PHN(v ? zm.nat : zm.intl)}

Please keep these lines free for operational calls.`];
});

pos('sg-ae-ie-phones', (v) => {
  const s = phone('SG');
  const a = phone('AE');
  const i = phone('IE');
  return ['saas cc=SG phone sig', `Thanks for the call today. As discussed, your regional contacts for the rollout are below.

APAC — ${person('SG').full}, ${PHN(s.intl)}
Middle East — ${person('AE').full}, ${PHN(a.intl)}
EMEA — ${person('GB').full}, ${PHN(v ? i.nat : i.intl)}

Best regards,
Customer Success`];
});

pos('eg-pk-nl-se-it-phones', (v) => {
  const kind = [['EG', 'PK'], ['NL', 'SE'], ['IT', 'EG']][int(0, 2)];
  const a = phone(kind[0]);
  const b = phone(kind[1]);
  return [`airline cc=${kind[0]} phone`, `Dear passenger, because of the strike your connection has been rebooked. Our local offices can help with hotel vouchers: ${PHN(a.intl)} or ${PHN(v ? b.nat : b.intl)}.`];
});

// ---------------------------------------------------------------- positives: e-mail

pos('saas-html-mailto', (v) => {
  const c = person(v ? 'AU' : 'CA');
  const e = email(c, v ? 'AU' : 'CA');
  return [`saas cc=${v ? 'AU' : 'CA'} html email`, `<p>Hi ${c.first},</p>
<p>The invite was sent to <a href="mailto:${EML(e)}">${EML(e)}</a>. If it's not in the inbox, check the spam folder or ask your IT team to allow our sending domain.</p>
<p>Cheers,<br>${agent('AU')}</p>`];
});

pos('quoted-header-email', (v) => {
  const c = person(v ? 'ZW' : 'NG');
  return [`ecommerce cc=${v ? 'ZW' : 'NG'} quoted email`, `Hello ${c.first},

The seller has confirmed the blender will be restocked next week; I've put you on the notification list.

Regards,
${agent('NG')}

On ${date()}, ${c.full} <${EML(email(c, v ? 'ZW' : 'NG'))}> wrote:
> When will the 1.5L blender be back in stock?`];
});

pos('school-obfuscated-email', (v) => {
  const c = person(v ? 'GB' : 'ZA');
  const f = slug(c.first);
  const l = slug(c.last);
  const ob = v ? `${f} dot ${l} at outlook dot com` : `${f}.${l} [at] gmail [dot] com`;
  return [`school cc=${v ? 'GB' : 'ZA'} email obf=spelled`, `Dear parent,

Thank you for your message. Mrs ${person('GB').last} asked me to let you know that the class photos will be sent to the address you gave us, ${EML(ob)}, by the end of the week.

School Office`];
});

pos('json-log-email', () => {
  const c = person('IN');
  return ['saas cc=IN json log email', `Hi,

We found why the password-reset mail bounced. Our mail log shows:

{"ts":"${isoTs()}","level":"warn","msg":"smtp 550 mailbox unavailable","to":"${EML(email(c, 'IN'))}","template":"reset_v3"}

It looks like the mailbox was closed. Could you give us a current address?

Support`];
});

pos('ngo-cc-list', () => {
  const a = person('KE');
  const b = person('UG');
  const cc = person('TZ');
  return ['ngo cc=KE email', `Dear all,

I am copying the three new volunteers so they receive the induction pack directly: ${EML(email(a, 'KE'))}, ${EML(email(b, 'KE'))} and ${EML(email(cc, 'KE'))}. Please reply-all with your availability for the Saturday briefing.

Kind regards,
Volunteer Coordination`];
});

pos('gov-email-plus-tag', () => {
  const c = person('GB');
  const e = `${slug(c.first)}.${slug(c.last)}+${pick(['council', 'tax', 'hmrc', 'benefits'])}@${pick(['gmail.com', 'fastmail.co.uk', 'proton.me'])}`;
  return ['government cc=GB email', `Dear ${c.first},

Your council tax account is now set up for paperless billing. Bills will be e-mailed to ${EML(e)} from the next billing cycle.

Revenues and Benefits`];
});

pos('airline-support-email-sig', (v) => {
  const p = phone(v ? 'ZA' : 'KE');
  const dom = v ? 'flyumoya.co.za' : 'skyswala.co.ke';
  return [`airline cc=${v ? 'ZA' : 'KE'} email phone sig`, `Dear passenger,

Your refund request has been forwarded to our refunds unit. Expect an update within 21 days.

Customer Relations
E: ${EML(`refunds@${dom}`)} | T: ${PHN(p.intl)}`];
});

pos('email-zwsp', () => {
  const c = person('US');
  const e = email(c, 'US');
  const z = e.replace('@', ZW + '@' + ZW);
  return ['gaming cc=US email obf=zwsp chat', `np! i linked the gift to ${EML(z)} — they'll get it next login`];
});

// ---------------------------------------------------------------- positives: IBAN, accounts, routing, BIC

pos('de-refund-iban', (v) => {
  const c = person('DE');
  const ib = iban('DE');
  return [`ecommerce cc=DE lang=de iban${v ? '' : ' obf=nbsp'}`, `Hallo ${c.first},

wie besprochen überweisen wir den Betrag von ${int(30, 400)},${pad(int(0, 99), 2)} € auf das von Ihnen genannte Konto:

Kontoinhaber: ${c.full}
IBAN: ${IBN(v ? ib : nbsp(fmtIban(ib)))}

Die Gutschrift erfolgt in 2–3 Bankarbeitstagen.

Freundliche Grüße
${agent('DE')}`];
});

pos('fr-rib-iban-bic', (v) => {
  const c = person('FR');
  const ib = iban('FR');
  return ['insurance cc=FR lang=fr iban swift', `Bonjour ${c.first},

Nous avons bien enregistré votre nouveau RIB pour le remboursement du sinistre :
IBAN ${IBN(fmtIban(ib))}
BIC ${BIC(swift(pick(['BNPA', 'SOGE', 'CRLY', 'AGRI', 'CCBP']), 'FR', 'PP', v ? pick(['XXX', '', '']) : ''))}

Le virement sera émis sous 48 heures.

Cordialement,
Service Indemnisation`];
});

pos('es-iban-devolucion', (v) => {
  const c = person('ES');
  const ib = iban('ES');
  return ['telecom cc=ES lang=es iban', `Hola ${c.first}:

Le confirmamos que la devolución de la permanencia se abonará en la cuenta ${IBN(v ? fmtIban(ib, '-') : fmtIban(ib))} a nombre de ${c.full}, en un plazo de 10 días hábiles.

Saludos cordiales,
${agent('ES')}`];
});

pos('pt-nib-iban', (v) => {
  const c = person('PT');
  const ib = iban('PT');
  const nib = ib.slice(4);
  return ['utility cc=PT lang=pt iban bank-account', `Caro(a) ${c.first},

Ativámos o débito direto da sua fatura de água. Conta associada: IBAN ${IBN(fmtIban(ib))}${v ? ` (NIB ${ACC(nib.replace(/^(\d{4})(\d{4})(\d{11})(\d{2})$/, '$1 $2 $3 $4'))})` : ''}. O primeiro débito será feito no dia ${int(5, 25)} do próximo mês.

Com os melhores cumprimentos,
Serviço de Apoio ao Cliente`];
});

pos('nl-iban-salary', () => {
  const c = person('NL');
  const ib = iban('NL');
  return ['payroll cc=NL lang=nl iban', `Hoi ${c.first},

Je nieuwe rekeningnummer ${IBN(fmtIban(ib))} is verwerkt. Je salaris van deze maand wordt al op deze rekening gestort.

Groet,
${agent('NL')}, Salarisadministratie`];
});

pos('gb-sort-code-account-fields', (v) => {
  const c = person('GB');
  return ['payroll cc=GB bank-account routing', `Hi ${c.first},

Your bank details have been updated for the next pay run:

Account name: ${c.full.toUpperCase()}
Sort code: ${RTN(sortCode(v ? ' ' : '-'))}
Account number: ${ACC(ukAcct())}

If you didn't request this change, call HR immediately.

${agent('GB')}`];
});

pos('gb-sort-account-combined', () => {
  const c = person('GB');
  return ['charity cc=GB bank-account chat', `Thanks ${c.first}! Your Direct Debit of £${int(5, 30)}/month is set up from ${ACC(`${sortCode()} ${ukAcct()}`)}. First collection on the ${int(1, 28)}th.`];
});

pos('us-ach-routing-account', () => {
  const c = person('US');
  return ['payroll cc=US routing bank-account', `Hi ${c.first},

Direct deposit is switched over. Your paycheck on ${date()} will go to:

Bank: ${pick(['Chase', 'Wells Fargo', 'Ally', 'US Bank', 'Navy Federal'])}
Routing (ABA): ${RTN(aba())}
Account: ${ACC(nzd(int(9, 12)))} (${pick(['checking', 'savings'])})

Let me know if the first deposit doesn't show up.

${agent('US')}, HR Service Center`];
});

pos('ng-nuban-refund-pidgin', () => {
  const c = person('NG');
  const bank = pick(Object.keys(NG_BANKS));
  return ['ecommerce cc=NG lang=pcm bank-account', `${c.first}, we don process your refund of ₦${int(5, 90)},${pad(int(0, 999), 3)}. E go enter your ${bank} account ${ACC(nuban(bank))} before 48 hours. If you no see am by then, reply this mail.`];
});

pos('ke-bank-swift-sw', (v) => {
  const c = person('KE');
  return ['ngo cc=KE lang=sw bank-account swift', `Habari ${c.first},

Malipo ya posho yako ya mwezi huu yatatumwa kwenye akaunti ifuatayo:
Benki: ${pick(['Equity Bank', 'KCB', 'Co-operative Bank', 'NCBA'])}
Nambari ya akaunti: ${ACC(nzd(13))}
SWIFT: ${BIC(swift(pick(['EQBL', 'KCBL', 'KCOO', 'CBAF']), 'KE', 'NA', v ? 'XXX' : ''))}

Asante kwa kazi nzuri.`];
});

pos('zw-bank-swift-usd', (v) => {
  const c = person('ZW');
  return ['payroll cc=ZW bank-account swift', `Hi ${c.first},

For the USD portion of your salary we have captured these details:
Bank: ${pick(['CBZ', 'Stanbic', 'FBC', 'Steward Bank', 'NMB'])}
Account no: ${ACC(nzd(int(11, 14)))}
Branch: ${pick(['Kwame Nkrumah', 'Avondale', 'Belgravia', 'Msasa'])}
SWIFT code: ${BIC(swift(pick(['COBZ', 'SBIC', 'FBCP', 'STEW', 'NMBL']), 'ZW', 'HX', v ? 'XXX' : ''))}

Payroll`];
});

pos('za-bank-afrikaans', () => {
  const c = person('ZA');
  return ['insurance cc=ZA lang=af bank-account', `Beste ${c.first},

Die eis is goedgekeur en R${int(2, 60)} ${pad(int(0, 999), 3)} sal betaal word in rekening ${ACC(nzd(int(10, 11)))}, takkode ${pick(['250655', '632005', '470010', '051001', '198765'])}. Laat weet ons asseblief as die besonderhede verkeerd is.

Groete,
Eise-afdeling`];
});

pos('in-bank-ifsc', () => {
  const c = person('IN');
  return ['ecommerce cc=IN bank-account', `Dear ${c.first},

Since the original payment was by cash on delivery, the refund of ₹${int(500, 9000)} will be sent by NEFT to the account you shared:
A/c no: ${ACC(nzd(int(11, 16)))}
IFSC: ${pick(['HDFC', 'ICIC', 'SBIN', 'UTIB', 'KKBK'])}0${dig(6)}
Name: ${c.full}

It will be credited within 5-7 working days.`];
});

pos('wire-instructions-intermediary', (v) => {
  const c = person(v ? 'GH' : 'ZW');
  return ['legal cc=US bank-account swift routing', `Dear ${c.first},

As requested, here are the wiring instructions for the settlement payment:

Beneficiary bank: ${pick(['Atlas Community Bank', 'First Harbor Trust'])}, New York
SWIFT: ${BIC(swift(pick(['ATLS', 'FHTR']), 'US', '33', v ? 'XXX' : ''))}
Fedwire ABA: ${RTN(aba())}
Beneficiary account: ${ACC(nzd(10))}
Intermediary (for payments from outside the US): ${BIC(swift(pick(['CITI', 'CHAS', 'IRVT']), 'US', '33'))}

Please quote matter number 2026-${dig(4)} in the payment reference.

Accounts Department`];
});

pos('html-table-ibans-mu-ae-tr', (v) => {
  const cs = v ? ['AE', 'TR', 'SA'] : ['MU', 'QA', 'EG'];
  const rows = cs.map((cc) => `<tr><td>${cc}</td><td>${IBN(fmtIban(iban(cc)))}</td><td>${pick(['USD', 'EUR', 'local'])}</td></tr>`);
  return ['ngo cc=MU html iban', `<p>Dear donor,</p>
<p>Thank you for supporting the regional appeal. You can give by bank transfer to any of our country accounts:</p>
<table>
<thead><tr><th>Country</th><th>IBAN</th><th>Currency</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
<p>Please use your donor number as the reference.</p>`];
});

pos('ch-iban-lower-linebreak', (v) => {
  const c = person('DE');
  const ib = iban(v ? 'AT' : 'CH');
  const f = v ? fmtIban(ib).replace(/ (\S+ \S+)$/, '\n$1') : fmtIban(ib).toLowerCase();
  return [`bank cc=${v ? 'AT' : 'CH'} lang=de iban obf=${v ? 'linebreak' : 'lowercase'}`, `Grüezi ${c.first}

Die Zahlung ist abgelehnt worden, weil die IBAN ${IBN(f)} nicht zu dem angegebenen Namen passt. Bitte kontrollieren Sie die Angaben beim Empfänger.

Freundliche Grüsse`];
});

pos('mx-clabe-es', (v) => {
  const c = person('MX');
  return ['remittance cc=MX lang=es bank-account', `Hola ${c.first}, el envío de USD ${int(100, 900)} se depositará en la CLABE ${ACC(v ? clabe().replace(/^(\d{3})(\d{3})(\d{11})(\d)$/, '$1 $2 $3 $4') : clabe())}. Normalmente llega en menos de 30 minutos por SPEI.`];
});

pos('gh-bank-swift', (v) => {
  const c = person('GH');
  return ['payroll cc=GH bank-account swift', `Hi ${c.first},

Your salary account has been changed to:
${pick(['GCB Bank', 'Ecobank Ghana', 'Fidelity Bank Ghana', 'CalBank'])} — ${pick(['Ring Road', 'Tema', 'Kumasi Adum'])} branch
Account number: ${ACC(nzd(13))}
SWIFT/BIC: ${BIC(swift(pick(['GHCB', 'ECOC', 'FBLI', 'ACCC']), 'GH', 'AC', v ? 'XXX' : ''))}

HR`];
});

pos('br-agencia-conta', () => {
  const c = person('BR');
  return ['ecommerce cc=BR lang=pt bank-account', `Olá ${c.first},

O estorno será feito por TED para a conta informada:
Banco ${pick(['001 - Banco do Brasil', '341 - Itaú', '237 - Bradesco', '260 - Nu Pagamentos'])}
Agência ${pad(int(1, 9999), 4)}
Conta corrente ${ACC(`${nzd(int(5, 8))}-${int(0, 9)}`)}

Prazo de até 5 dias úteis.`];
});

pos('sepa-mandate-donor', (v) => {
  const cs = v ? 'BE' : 'IE';
  const c = person(v ? 'FR' : 'GB');
  const ib = iban(v ? 'BE' : 'IE');
  return [`ngo cc=${cs} iban swift`, `Dear ${c.first},

Thank you for becoming a monthly donor! Your SEPA Direct Debit mandate has been set up with these details:

Mandate reference: MD-${dig(8)}
Debtor IBAN: ${IBN(fmtIban(ib))}
Debtor BIC: ${BIC(v ? swift('GEBA', 'BE', 'BB') : swift('AIBK', 'IE', '2D'))}
Amount: €${int(5, 40)}.00 monthly

You can cancel at any time.`];
});

pos('csv-iban-payouts', (v) => {
  const cs = v ? ['SE', 'DK', 'PL'] : ['PL', 'RO', 'HU'];
  const rows = cs.map((cc) => `${person(pick(['DE', 'SE', 'NL'])).full},${IBN(iban(cc))},${int(100, 3000)}.00,EUR`);
  return ['gig-platform cc=EU csv iban', `Hi finance,

These payouts bounced with "beneficiary bank unreachable". Can you retry them manually?

name,iban,amount,currency
${rows.join('\n')}

Thanks, Ops`];
});

pos('iban-fullwidth-chat', (v) => {
  const ib = iban(v ? 'IT' : 'GB');
  return [`bank cc=${v ? 'IT' : 'GB'} chat iban obf=fullwidth`, `Got it — I'll send the transfer to ${IBN(fullwidth(fmtIban(ib)))} today.`];
});

pos('mz-iban-pt', () => {
  const c = person('MZ');
  return ['ngo cc=MZ lang=pt iban', `Caro ${c.first},

O subsídio será transferido para o IBAN ${IBN(fmtIban(iban('MZ')))} até sexta-feira.

Cumprimentos,
Equipa de Projectos`];
});

// ---------------------------------------------------------------- positives: credentials

pos('saas-temp-password', (v) => {
  const c = person(v ? 'IN' : 'US');
  return [`saas cc=${v ? 'IN' : 'US'} credential`, `Hi ${c.first},

I've reset the admin login for your workspace. Use the temporary password ${CRED(password(1))} to sign in; you'll be asked to choose a new one straight away.

Best,
${agent('US')}`];
});

pos('hotel-wifi-password', (v) => {
  const net = pick(['Baobab_Guest', 'Lodge-WiFi', 'SeaPoint5G', 'Guest@Kilima']);
  return [`hotel cc=${v ? 'TZ' : 'ZA'} credential chat`, `Welcome ${person(v ? 'TZ' : 'ZA').first}! The Wi-Fi network is ${net} and the password is ${CRED(password(v ? 2 : 0))}. Breakfast is from 06:30 on the terrace.`];
});

pos('bank-new-pin-typed', () => {
  const c = person('ZW');
  return ['bank cc=ZW credential', `Dear ${c.first},

As requested on the call, your card PIN has been reset. Your new PIN is ${CRED(pin(4))}. Please change it at any ATM at your earliest convenience and do not share it with anyone.

Card Centre`];
});

pos('mobile-money-otp-pasted-shona', () => {
  const c = person('ZW');
  return ['mobile-money cc=ZW lang=sn credential', `${c.first}, kodhi yenyu yekusimbisa ndeiyi: ${CRED(otp(6))}. Iisei mu app mukati memaminitsi mashanu kuti tipedze kuchinja SIM.`];
});

pos('stripe-live-key-dev-support', (v) => {
  return ['saas cc=GB credential', `Hi ${person('GB').first},

The 401s are because your server is still using the revoked key. I've rolled a new restricted key for the "orders-service" integration:

${CRED(apiKey(v ? 'stripe_rk' : 'stripe'))}

Update STRIPE_SECRET in your deployment and the errors should stop.

${agent('GB')}, Developer Support`];
});

pos('aws-keys-config-snippet', () => {
  return ['saas cc=US config credential', `Hey,

Here's the profile block you need in ~/.aws/credentials for the backup bucket (we rotated the keys last night):

[backup-writer]
aws_access_key_id = ${CRED(apiKey('aws_id'))}
aws_secret_access_key = ${CRED(apiKey('aws_secret'))}
region = ${pick(['af-south-1', 'eu-west-2', 'us-east-1'])}

Let me know once the nightly job succeeds.`];
});

pos('github-pat-ci-yaml', (v) => {
  const k = v ? apiKey('gitlab') : apiKey('github');
  return ['saas cc=IN config credential', `Hi ${person('IN').first},

Replace the env section of your workflow with this and re-run the job:

env:
  REGISTRY_USER: ci-bot
  REGISTRY_TOKEN: ${CRED(k)}
  IMAGE: app/web

Thanks,
Platform Support`];
});

pos('slack-bot-token', () => {
  return ['saas cc=CA credential chat', `fyi the bot is reconnected. new token is ${CRED(apiKey('slack'))} — paste it in the integration settings and hit save`];
});

pos('jwt-in-curl-log', () => {
  return ['fintech cc=NG log credential', `Hi,

The call below works from our side, so the issue is on your network. You can reproduce with:

curl -X POST https://api.example-pay.ng/v2/transfers \\
  -H "Authorization: Bearer ${CRED(apiKey('jwt'))}" \\
  -H "Content-Type: application/json" \\
  -d '{"amount": ${int(1000, 90000)}, "currency": "NGN"}'

Regards,
Integration Support`];
});

pos('db-connection-string', (v) => {
  const pw = password(v ? 4 : 1);
  return ['saas cc=ZA config credential', `Hi ${person('ZA').first},

The app can't reach the replica because the connection string still points at the old host. It should be:

DATABASE_URL=postgres://app_rw:${CRED(pw)}@db-replica-2.internal:5432/orders?sslmode=require

Restart the workers after changing it.`];
});

pos('webhook-secret', () => {
  return ['ecommerce cc=KE credential', `Hello,

Your webhooks are failing signature verification because the endpoint was recreated. The new signing secret is ${CRED(apiKey('whsec'))}. Update it in your M-Pesa callback handler config.

Support`];
});

pos('insurer-security-answer', (v) => {
  const c = person('GB');
  const ans = pick(['Chikore', 'Rover', 'Bramley', 'Penzance', 'Mr Whiskers', 'St Ives']);
  return ['insurance cc=GB credential', `Hi ${c.first},

I've updated your online account as you asked. Your new security question is "${v ? "What was your first pet's name?" : 'Where did you go on your first holiday?'}" and the answer we hold is "${CRED(ans)}".

Kind regards,
${agent('GB')}`];
});

pos('uk-bank-memorable-word', () => {
  const c = person('GB');
  return ['bank cc=GB credential', `Dear ${c.first},

We've reset your telephone banking. Your memorable word is now ${CRED(pick(['harbour', 'lighthouse', 'marmalade', 'cobblestone', 'bluebell']))} and your new passcode is ${CRED(pin(6))}.

Customer Services`];
});

pos('telecom-puk', (v) => {
  const c = person(v ? 'ZA' : 'KE');
  return [`telecom cc=${v ? 'ZA' : 'KE'} credential`, `Hi ${c.first}, the PUK for your SIM is ${CRED(dig(8))}. Enter it when the phone asks, then set a new SIM PIN.`];
});

pos('recovery-codes-list', () => {
  const codes = [];
  for (let i = 0; i < 4; i++) codes.push(CRED(`${chars(4, 'abcdefghjkmnpqrstuvwxyz23456789')}-${chars(4, 'abcdefghjkmnpqrstuvwxyz23456789')}`));
  return ['crypto cc=NG credential', `Hi ${person('NG').first},

2FA has been disabled as requested after the identity check. I generated a fresh set of backup codes for you; store them somewhere safe:

${codes.join('\n')}

Each code works once.

Security Team`];
});

pos('isp-router-admin-password', (v) => {
  return ['telecom cc=GH credential', `Hello ${person('GH').first},

To change the Wi-Fi name, open 192.168.1.1 in a browser and log in with username admin and password ${CRED(password(v ? 3 : 4))}. Then go to Wireless > Basic.

Technical Support`];
});

pos('school-portal-password', (v) => {
  const c = person(v ? 'KE' : 'ZA');
  return [`school cc=${v ? 'KE' : 'ZA'} credential`, `Dear parent,

${c.first}'s login for the learner portal has been reset:
Username: ${slug(c.first)}.${slug(c.last)}${int(10, 30)}
Password: ${CRED(password(0))}

Please help your child change it on first login.

ICT Office`];
});

pos('de-payroll-initial-password', () => {
  const c = person('DE');
  return ['payroll cc=DE lang=de credential', `Hallo ${c.first},

Ihr Zugang zum Entgeltportal ist eingerichtet. Ihr Initialpasswort lautet ${CRED(password(1))}. Bitte ändern Sie es bei der ersten Anmeldung.

Personalabteilung`];
});

pos('crypto-totp-secret', () => {
  return ['crypto cc=ZA credential', `Hi,

We can't send the QR again, but you can add the authenticator manually with this setup key: ${CRED(apiKey('totp'))}. Choose "time based" in the app.

Security Desk`];
});

pos('google-maps-key', () => {
  return ['saas cc=BR credential', `Hi ${person('BR').first}, the map isn't loading because the key was restricted to the wrong domain. Use this one for the staging site: ${CRED(apiKey('google'))}`];
});

pos('basic-auth-header', () => {
  const user = pick(['shop_admin', 'api_user', 'ops']);
  const pw = password(1);
  const b64 = Buffer.from(`${user}:${pw}`).toString('base64');
  return ['saas cc=AU log credential', `Hi,

Your integration is sending the header below, which is why the gateway rejects it (Basic auth is disabled on v3):

Authorization: Basic ${CRED(b64)}

Switch to an API token from Settings > Tokens.`];
});

pos('python-snippet-key', () => {
  return ['saas cc=DE config credential', `Hi,

Here's a minimal example that works with your project:

import os
from client import Client

client = Client(api_key="${CRED(apiKey('openai'))}")
print(client.models.list())

Move the key into an environment variable before committing.`];
});

pos('env-file-sendgrid-twilio', () => {
  return ['saas cc=KE config credential', `Hi ${person('KE').first},

Your .env on the staging box is missing the mail and SMS credentials. Add:

SENDGRID_API_KEY=${CRED(apiKey('sendgrid'))}
TWILIO_AUTH_TOKEN=${CRED(apiKey('twilio'))}

Then restart the container.`];
});

pos('gaming-account-password-pidgin', () => {
  return ['gaming cc=NG lang=pcm credential chat', `Bros, we don recover your account. Your new password na ${CRED(password(3))}, change am sharp sharp when you login.`];
});

pos('sim-swap-code-zulu', (v) => {
  return ['telecom cc=ZA lang=zu credential', `Sawubona ${person('ZA').first}, ikhodi yakho yokushintsha i-SIM ithi ${CRED(otp(v ? 8 : 6))}. Yinikeze umsebenzi esitolo kuphela.`];
});

pos('otp-agent-paste-kenya', () => {
  return ['bank cc=KE credential chat', `Sawa ${person('KE').first}, nimeona code imefika upande wetu: ${CRED(otp(6))}. Imeshatumika, account yako iko active sasa.`];
});

// ---------------------------------------------------------------- positives: solicitation

pos('solicit-pin-shona', () => {
  return ['bank cc=ZW lang=sn solicit pin', `Mhoro ${person('ZW').first}, kuti tigadzirise dambudziko re account yenyu, ${SOL('tinokumbira kuti mutitumire PIN yenyu')} pano pachat. Tichaipedza nekukurumidza.`];
});

pos('solicit-password-en', (v) => {
  const c = person(v ? 'AU' : 'US');
  return [`saas cc=${v ? 'AU' : 'US'} solicit password`, `Hi ${c.first},

I can migrate your mailbox for you tonight. ${SOL('Please reply with your current email password')} so I can start the copy after hours.

Thanks,
${agent('US')}`];
});

pos('solicit-otp-swahili', () => {
  return ['mobile-money cc=KE lang=sw solicit otp', `Habari ${person('KE').first}, tumekutumia ujumbe wenye nambari ya siri ya mara moja. ${SOL('Tafadhali tutumie nambari hiyo ya siri')} ili tuweze kurudisha pesa zako.`];
});

pos('solicit-cvv-fr', () => {
  return ['hotel cc=FR lang=fr solicit cvv', `Bonjour ${person('FR').first},

Pour finaliser la garantie de votre réservation, ${SOL('merci de nous communiquer le cryptogramme au dos de votre carte')} en réponse à ce message.

La réception`];
});

pos('solicit-card-pt', () => {
  return ['ecommerce cc=BR lang=pt solicit card', `Oi ${person('BR').first}, o pagamento não foi aprovado. ${SOL('Pode me passar o número completo do cartão')} pra eu tentar de novo por aqui?`];
});

pos('solicit-otp-pidgin', () => {
  return ['bank cc=NG lang=pcm solicit otp', `${person('NG').first}, we don send code to your phone. ${SOL('Abeg send the OTP')} come here make we reverse the debit for you.`];
});

pos('solicit-card-cvv-es', () => {
  return ['airline cc=ES lang=es solicit card cvv', `Hola ${person('ES').first}:

Para emitir el billete necesitamos el pago hoy. ${SOL('Por favor, indíquenos el número de la tarjeta, la fecha de caducidad y el código CVV')} respondiendo a este correo.

Un saludo`];
});

pos('solicit-password-de', () => {
  return ['saas cc=DE lang=de solicit password', `Hallo ${person('DE').first},

damit ich das Postfach für Sie einrichten kann, ${SOL('schicken Sie mir bitte Ihr aktuelles Passwort')}.

Danke und Gruß
${agent('DE')}`];
});

pos('solicit-otp-hinglish', () => {
  return ['ecommerce cc=IN lang=hinglish solicit otp', `Sir, refund process karne ke liye ${SOL('aapke phone pe jo OTP aaya hai woh share kijiye')}, 2 minute mein ho jayega.`];
});

pos('solicit-pin-zulu', () => {
  return ['mobile-money cc=ZA lang=zu solicit pin', `Sawubona ${person('ZA').first}, ukuze sivule i-akhawunti yakho ${SOL('sicela usithumelele i-PIN yakho')} manje.`];
});

pos('solicit-card-afrikaans', () => {
  return ['insurance cc=ZA lang=af solicit card', `Goeie môre ${person('ZA').first}, ${SOL('stuur asseblief u volledige kaartnommer')} sodat ons die premie kan verhaal.`];
});

pos('solicit-cvv-chat', () => {
  return ['gaming cc=US chat solicit cvv', `almost done! ${SOL('just send me the 3 digits on the back of the card')} and ill finish the purchase`];
});

pos('solicit-security-code-phone-sig', () => {
  const p = phone('GBfree');
  return ['telecom cc=GB solicit otp phone sig', `Hi ${person('GB').first},

We're ready to port your number. ${SOL('Can you reply with the six-digit code we just texted you')}? Once we have it the switch takes about an hour.

Porting Team
${PHN(p.nat)}`];
});

// ---------------------------------------------------------------- positives: mixed, long

pos('gb-onboarding-long-mixed', () => {
  const c = person('GB');
  const p = phone('GB');
  return ['payroll cc=GB long national-id bank-account routing phone email', `Hi ${c.first},

Welcome aboard! Before your first day on ${date()}, I've set up your employee record with the information from your onboarding form. Please read through and tell me if anything is wrong, because these details go straight to payroll and the pension provider.

Personal details
- Name: ${c.full}
- Personal e-mail: ${EML(email(c, 'GB'))}
- Mobile: ${PHN(p.nat)}
- National Insurance number: ${NID(nino(true))}

Bank details for salary
- Sort code: ${RTN(sortCode())}
- Account number: ${ACC(ukAcct())}

Next steps
1. IT will send your laptop to your home address the week before you start.
2. Your manager will book a welcome lunch in the first week.
3. You'll get an invitation to the benefits platform within 10 days.

If you have any questions, just reply to this e-mail.

Best wishes,
${agent('GB')}
People Team`];
});

pos('ke-kyc-long-mixed', () => {
  const c = person('KE');
  const p = phone('KE');
  return ['fintech cc=KE long national-id phone email obf=zwsp', `Dear ${c.first},

Thank you for applying for a ${pick(['Biashara', 'Jijenge', 'Mkopo Haraka'])} business loan. We have verified the following details with IPRS and the credit bureau:

Full name: ${c.full}
National ID: ${NID(zwsp(keId(), 4))}
KRA PIN: ${NID(kraPin())}
Phone: ${PHN(p.intl)}
E-mail: ${EML(email(c, 'KE'))}

Your application is now with the credit committee, which meets on Tuesdays and Thursdays. You will receive an SMS with the decision. Please do not send any further documents unless we ask for them.

Kind regards,
Credit Operations`];
});

pos('travel-passport-card-mixed', (v) => {
  const c = person(v ? 'ZA' : 'AU');
  const cc = v ? 'ZA' : 'AU';
  const pan = card(v ? 'visa' : 'amex');
  return [`travel cc=${cc} passport card expiry`, `Hi ${c.first},

Your tour is booked. Summary of what we have on file:
Lead traveller: ${c.full}
Passport: ${PPT(PASSPORT[cc]())}
Deposit card: ${CRD(fmtCard(pan, ' '))} exp ${EXP(expiry(0))}
Departure: ${date()}

The final balance will be charged to the same card 60 days before departure.

Happy travels!`];
});

pos('ng-bank-complaint-mixed', () => {
  const c = person('NG');
  const bank = pick(Object.keys(NG_BANKS));
  const p = phone('NG');
  return ['bank cc=NG long bank-account national-id phone', `Dear ${c.first},

RE: FAILED TRANSFER OF ₦${int(20, 500)},000

We refer to your complaint about the transfer that debited your account but did not reach the beneficiary. Our investigation shows the beneficiary bank did not acknowledge the transfer, so it will be reversed automatically within 24 hours.

Details of the complaint:
Account: ${ACC(nuban(bank))} (${bank})
BVN on the account: ${NID(bvn())}
Contact phone: ${PHN(p.nat)}
Complaint ID: CMP/${dig(4)}/${dig(6)}

If the reversal does not happen, escalate to our contact centre quoting the complaint ID.

Yours faithfully,
Customer Complaints Unit`];
});

pos('in-insurance-claim-mixed', () => {
  const c = person('IN');
  const p = phone('IN');
  return ['insurance cc=IN national-id bank-account phone', `Dear ${c.first},

Your health claim has been settled. Claim summary:
Policy holder: ${c.full}
Aadhaar: ${NID(aadhaar(' '))}
Payout account: ${ACC(nzd(14))}
Registered mobile: ${PHN(p.intl)}

Amount of ₹${int(10, 99)},${pad(int(0, 999), 3)} will be credited within 3 working days.

Claims Team`];
});

pos('ca-tax-slip-mixed', () => {
  const c = person('CA');
  return ['tax cc=CA national-id email', `Hi ${c.first},

Your amended T4 has been filed with CRA. It shows SIN ${NID(sin('-'))} and the corrected box 14 income. A copy was sent to ${EML(email(c, 'CA'))}.

Payroll Services`];
});

pos('html-newsletter-reply-mixed', () => {
  const c = person('US');
  const p = phone('US');
  const e = email(c, 'US');
  return ['nonprofit cc=US html phone email obf=tags', `<div style="font-family:Arial">
<p>Hi ${c.first},</p>
<p>We updated your volunteer profile:</p>
<ul>
<li>E-mail: <a href="mailto:${EML(e)}">${EML(e)}</a></li>
<li>Phone: <a href="tel:${PHN(p.e164)}"><span class="area">${PHN(p.nat.replace(') ', ')</span>&nbsp;'))}</a></li>
<li>Shift: Saturdays, 9&nbsp;am&ndash;1&nbsp;pm</li>
</ul>
<p>See you at the food bank!</p>
</div>`];
});

pos('br-pix-phone-key', () => {
  const p = phone('BR');
  return ['ecommerce cc=BR lang=pt phone', `Oi ${person('BR').first}! O reembolso vai ser feito por Pix na chave celular que você informou: ${PHN(p.intl)}. Deve cair em até 1 hora.`];
});

pos('mpesa-till-vs-phone', () => {
  const p = phone('KE');
  return ['retail cc=KE phone', `Hi ${person('KE').first}, pay via M-Pesa Buy Goods, Till Number ${dig(6)}. Once paid, send the confirmation message to our WhatsApp ${PHN(p.nat)} and we'll dispatch the same day.`];
});

pos('za-card-with-id-verification', (v) => {
  const c = person('ZA');
  const pan = card(v ? 'mc' : 'visa');
  return ['retail cc=ZA card national-id', `Hi ${c.first},

Your store account application has been approved. We verified ID ${NID(saId())} with the credit bureau and linked your new store card ${CRD(fmtCard(pan, ' '))} to the account. Your credit limit is R${int(2, 15)} 000.

Credit Department`];
});

pos('passport-renewal-ng-pidgin-phone', () => {
  const p = phone('NG');
  return ['government cc=NG lang=pcm passport phone', `Oga ${person('NG').first}, your new passport don ready. Number na ${PPT(PASSPORT.NG())}. Come collect am for Ikoyi office any day from Monday. If you get wahala, call ${PHN(p.nat)}.`];
});

pos('swift-only-confirmation', (v) => {
  return ['bank cc=AE swift', `Dear customer, for incoming transfers in USD please use our correspondent code ${BIC(swift(pick(['MASH', 'NBAD', 'EBIL']), 'AE', 'AD', v ? 'XXX' : ''))} together with your IBAN, which you can find in the mobile app under Account details.`];
});

pos('card-expiry-only-masked', () => {
  return ['subscription cc=GB card expiry', `Hi ${person('GB').first}, just a heads-up: the card ending ${last4()} on your account expires ${EXP(expiry(1))}. Update it before then to avoid an interruption.`];
});

pos('gov-benefits-ssn-phone', () => {
  const c = person('US');
  const p = phone('USfree');
  return ['government cc=US national-id phone obf=dots', `Dear ${c.first} ${c.last},

We received your application for unemployment benefits. It is filed under Social Security number ${NID(ssn('.'))}. Certify weekly online or call ${PHN(p.nat)}.

Department of Labor`];
});

// ================================================================ hard negatives (no span)

neg('luhn-order-number-grouped', (v) => {
  const n = luhnRef(16);
  return ['ecommerce cc=GB luhn-order', `Hi ${person('GB').first},

Your order number is ${fmtCard(n, v ? '-' : ' ')}. Keep it handy if you need to return anything; the returns portal asks for it together with your postcode.

Thanks for shopping with us!`];
});

neg('loyalty-card-number', (v) => {
  if (v) return ['pharmacy cc=ZA lang=af luhn-order', `Hallo ${person('ZA').first},

U nuwe lojaliteitskaart is geaktiveer: ${fmtCard(luhnRef(16), ' ')}. U ${int(200, 900)} punte van die ou kaart is oorgedra. Wys die kaart by die betaalpunt om punte te verdien.

Apteekspan`];
  const n = luhnRef(19);
  return ['retail cc=ZA luhn-order', `Hi ${person('ZA').first},

We've merged your two rewards accounts. All ${int(1000, 9000)} points now sit on loyalty card ${fmtCard(n, ' ', [4, 4, 4, 4, 3])}. The old card has been deactivated; you can cut it up.

Rewards Team`];
});

neg('gift-card-order-reference', (v) => {
  if (v) return ['ecommerce cc=KE luhn-order chat', `Hi ${person('KE').first}, the e-voucher you bought for your sister was sent by SMS to her line. Order ref ${luhnRef(14)}, value KES ${pick(['1,000', '2,500', '5,000'])}. The voucher code only goes to her.`];
  return ['ecommerce cc=US luhn-order', `Hi ${person('US').first},

The digital gift card you bought was delivered to the recipient at ${int(8, 11)}:${pad(int(0, 59), 2)} AM. For your records, the purchase reference is GC-${luhnRef(12)} and the amount was $${pick(['25', '50', '100'])}.00. The card code itself only goes to the recipient, so we can't show it here.

Gift Card Support`];
});

neg('log-ms-timestamps', () => {
  const lines = [];
  const stamps = [msStamp(), msStamp(), msStamp(), msStamp()].sort();
  for (let i = 0; i < 4; i++) lines.push(`${stamps[i]} ${pick(['INFO', 'WARN', 'DEBUG'])} worker-${int(1, 9)} ${pick(['job.start', 'job.retry', 'queue.lag=' + int(10, 900) + 'ms', 'job.done'])} id=${hexs(12)}`);
  return ['saas cc=US log timestamps', `Hi,

Here are the relevant lines from the worker log during the incident window:

${lines.join('\n')}

The retries line up with the database failover at 02:14 UTC. No data was lost.

SRE on call`];
});

neg('imei-unlock', (v) => {
  if (v) return ['insurance cc=GB imei', `Hi ${person('GB').first},

Your claim for the cracked screen is approved. Device on the policy: IMEI ${imei()}, serial ${chars(3, 'CDFGHJKLMNPQRTVWXY')}${chars(7, 'CDFGHJKLMNPQRTVWXY0123456789')}. A courier will collect it on ${date()}; please remove the SIM and any case first.

Gadget Claims`];
  return ['telecom cc=KE imei', `Hi ${person('KE').first},

The handset with IMEI ${imei()} has been removed from the blacklist after you showed the police abstract. It will work on any network within 2 hours.

Customer Care`];
});

neg('iccid-sim-swap-done', (v) => {
  if (v) return ['telecom cc=ZA iccid', `Hi ${person('ZA').first}, your eSIM profile is ready. Device EID ${dig(32)}, profile ICCID ${iccid('27')}. Scan the QR code in the e-mail we sent and keep Wi-Fi on while it downloads.`];
  return ['telecom cc=ZW iccid', `Dear ${person('ZW').first}, your SIM replacement is complete. The new SIM card serial (ICCID) is ${iccid('263')}. Insert it and restart the phone; your old SIM no longer works.`];
});

neg('ups-tracking', (v) => {
  if (v) return ['logistics cc=GH tracking', `Hello ${person('GH').first},

Your documents left Accra on ${date()}. DHL waybill ${nzd(10)}; the FedEx return label inside the envelope is tracking number ${nzd(12)}. Delivery to London usually takes 3 working days.

Courier Desk`];
  return ['logistics cc=US tracking', `Hi ${person('US').first},

Your replacement part shipped today via UPS Ground. Tracking number: ${ups()}. Estimated delivery: ${date()}.

Parts Department`];
});

neg('awb-air-cargo', () => {
  return ['logistics cc=KE tracking', `Dear customer,

Your flowers shipment is booked on tonight's freighter NBO–AMS. Master air waybill ${awb()}, ${int(20, 90)} boxes, chargeable weight ${int(400, 1900)} kg. Clearance in Amsterdam is expected on ${date()}.

Export Desk`];
});

neg('container-number-shipping', (v) => {
  if (v) return ['logistics cc=KE tracking csv', `Hi, loading confirmation for booking ${dig(9)}:

container,size,seal,gross_kg
${container()},20GP,${chars(2)}${dig(7)},${int(8000, 21000)}
${container()},40HC,${chars(2)}${dig(7)},${int(12000, 26000)}

Vessel cut-off Mombasa is Friday 12:00.`];
  return ['logistics cc=ZA tracking', `Hi ${person('ZA').first},

Container ${container()} (40' HC) was discharged at Durban yesterday and is waiting for customs release. Bill of lading ${chars(4)}${dig(9)}. We'll book the truck once the release is in.

Clearing & Forwarding`];
});

neg('eticket-pnr', (v) => {
  if (v) return ['transport cc=ZA references', `Hi ${person('ZA').first}, your intercity bus ticket ${dig(10)} (seat ${int(1, 60)}) for ${pick(['Johannesburg to Durban', 'Cape Town to Port Elizabeth', 'Pretoria to Polokwane'])} is confirmed. Boarding closes 15 minutes before the ${int(6, 22)}:${pick(['00', '30'])} departure.`];
  return ['airline cc=NG pnr', `Dear ${person('NG').first},

Your booking ${pnr()} is confirmed. E-ticket number ${eticket()}. Flight ${pick(['QX', 'WB', 'KQ', 'ET'])}${int(100, 999)} departs Lagos at ${int(6, 22)}:${pick(['05', '20', '35', '50'])}, seat ${int(10, 40)}${pick(['A', 'C', 'D', 'F'])}.

Check-in opens 24 hours before departure.`];
});

neg('invoice-case-ticket-numbers', (v) => {
  if (v) {
    const rows = [];
    for (let i = 0; i < 3; i++) rows.push(`INV-${dig(7)},2026-${pad(int(1, 12), 2)}-${pad(int(1, 28), 2)},${int(100, 9999)}.${pad(int(0, 99), 2)},${pick(['paid', 'open', 'credited'])}`);
    return ['saas cc=ZA csv references', `Hi ${person('ZA').first}, here are the invoices on your account since the migration:

invoice,date,amount_zar,status
${rows.join('\n')}

The credited one was the duplicate you reported in ticket #${int(100000, 999999)}.`];
  }
  return ['saas cc=IN references', `Hi ${person('IN').first},

Linking everything together so finance can match it:
- Ticket: #${int(100000, 999999)}
- Case: CS-2026-${dig(6)}
- Invoice: INV/${dig(4)}/${dig(5)}
- Credit note: CN-${dig(7)}

The credit note cancels the duplicate invoice in full.

Billing Support`];
});

neg('masked-card-and-iban', (v) => {
  if (v) return ['subscription cc=FR html masked', `<p>Bonjour ${person('FR').first},</p>
<p>Moyen de paiement enregistré : carte &bull;&bull;&bull;&bull; &bull;&bull;&bull;&bull; &bull;&bull;&bull;&bull; ${last4()}<br>
Prélèvement de secours : FR76 &bull;&bull;&bull;&bull; &bull;&bull;&bull;&bull; &bull;&bull;&bull;&bull; ${dig(3)}</p>
<p>Vous pouvez les modifier dans votre espace client.</p>`];
  return ['bank cc=DE masked', `Hi ${person('DE').first},

Both payment methods are on file:
- Card: **** **** **** ${last4()}
- Bank account: DE${dig(2)} **** **** **** **${dig(2)} ${dig(2)}

You can choose which one to use at checkout.`];
});

neg('masked-phone-email', () => {
  return ['fintech cc=ZW masked', `Hi ${person('ZW').first}, for your security we only show part of your contact details here. Codes will go to +263 7** *** ${dig(3)} and statements to ${pick(['t', 'r', 'f', 'n'])}*****@g****.com. If either is wrong, update it in the app under Profile.`];
});

neg('release-notes-versions', () => {
  return ['saas cc=US versions', `Hi ${person('US').first},

The fix is in ${ver()} (build ${int(2026000, 2026999)}.${int(10, 99)}). Release notes:
- v${ver()}: CSV export keeps leading zeros
- v${ver()}: faster login on slow networks
- API schema 2026-${pad(int(1, 12), 2)}-${pad(int(1, 28), 2)}

Update from the app store or run: npm install our-sdk@${ver()}`];
});

neg('delivery-coordinates', (v) => {
  if (v) return ['logistics cc=KE coordinates', `Hi ${person('KE').first}, the rider has the drop-off as plus code ${chars(4, '23456789CFGHJMPQRVWX')}+${chars(2, '23456789CFGHJMPQRVWX')} Nairobi (lat -1.${dig(5)}, long 36.${dig(5)}). If the gate is on the other road, send us a landmark.`];
  return ['logistics cc=ZW coordinates', `Hi ${person('ZW').first}, the driver couldn't find the house. Our system has the pin at -17.${dig(6)}, 31.${dig(6)} (near ${pick(['Arundel shops', 'Mabelreign', 'Greendale'])}). If that's wrong, drop a new pin in the app.`];
});

neg('incident-ips-guids', () => {
  return ['saas cc=GB incident', `Incident summary

Between 09:12 and 09:47 UTC requests from ${ip()} and ${ip()} were rate-limited by mistake. Affected request IDs included ${guid()} and ${guid()}. Root cause: a stale allowlist after the ${ver()} deploy. No customer data was exposed.

Status page: https://status.example-saas.io/incidents/${hexs(10)}`];
});

neg('product-codes-phone-like', () => {
  return ['retail cc=GB product-codes', `Hi ${person('GB').first},

The correct filter for your model is part no. ${dig(4)}-${dig(3)}-${dig(3)} (not the ${dig(4)}-${dig(3)}-${dig(2)} you ordered). Model number on the sticker: WX-${dig(5)}-${chars(2)}. I've sent the right one at no charge.`];
});

neg('never-share-pin-en', (v) => {
  if (v) return ['telecom cc=US never-ask', `Hi ${person('US').first},

Heads-up: there's a scam going around where callers pretend to be from our porting team and ask for your account PIN or the code we text you. We never call to ask for either. If you get a call like that, hang up and add a port-out lock in the app under Security.

Thanks,
${agent('US')}`];
  return ['bank cc=GB never-ask', `Hi ${person('GB').first},

Thanks for reporting the text message. We will never ask you for your PIN, your full card number, your online banking password or a one-time passcode, by phone, e-mail or text. If anyone does, it's a scam: hang up and report it to us through the app.

Fraud Prevention Team`];
});

neg('never-share-fr', (v) => {
  if (v) return ['telecom cc=CA lang=fr never-ask', `Bonjour ${person('CA').first}, aucun agent ne vous demandera votre NIP, votre mot de passe ou le code reçu par texto. Si quelqu'un le fait en se présentant comme notre service, raccrochez et écrivez-nous depuis votre espace client.`];
  return ['bank cc=FR lang=fr never-ask', `Bonjour ${person('FR').first},

Nous vous rappelons que nos conseillers ne vous demanderont jamais votre code confidentiel, vos identifiants de connexion ni le cryptogramme de votre carte. En cas de doute, raccrochez et contactez votre agence.

Votre banque`];
});

neg('never-share-pt', (v) => {
  if (v) return ['fintech cc=BR lang=pt never-ask', `Oi ${person('BR').first}! Atenção ao golpe do falso atendente: a gente nunca pede senha, código de verificação ou o número completo do cartão pelo WhatsApp. Se alguém pedir, bloqueia e denuncia pelo app.`];
  return ['bank cc=PT lang=pt never-ask', `Olá ${person('PT').first}, nunca partilhe o seu PIN, a sua palavra-passe nem os códigos que recebe por SMS. O banco nunca lhe vai pedir estes dados por telefone ou e-mail.`];
});

neg('never-share-sw', (v) => {
  if (v) return ['bank cc=KE lang=sw never-ask', `Habari ${person('KE').first}, tahadhari: wafanyakazi wetu hawatakuuliza PIN ya M-Pesa, nenosiri la benki au msimbo wa OTP. Ukipigiwa simu ya aina hiyo, kata simu na uripoti kupitia programu.`];
  return ['mobile-money cc=TZ lang=sw never-ask', `Ndugu mteja, kumbuka: hatutawahi kukuomba namba yako ya siri (PIN) wala nambari ya uthibitisho. Usimpe mtu yeyote, hata akijitambulisha kama mfanyakazi wetu.`];
});

neg('never-share-sn', (v) => {
  if (v) return ['bank cc=ZW lang=sn never-ask', `Mangwanani ${person('ZW').first}, chenjerai vanhu vari kufona vachiti vanobva kubhangi vachikumbira password kana PIN. Isu hatiite izvozvo. Musambopa munhu ruzivo urwu.`];
  return ['mobile-money cc=ZW lang=sn never-ask', `Mhoro ${person('ZW').first}, ziva kuti hatimbofa takakumbira PIN yenyu kana kodhi inouya neSMS. Kana paine akukumbira, musapa, tiudzei nekukurumidza.`];
});

neg('never-share-zu-af', (v) => {
  return [`bank cc=ZA lang=${v ? 'af' : 'zu'} never-ask`, v
    ? `Beste ${person('ZA').first}, onthou: ons sal u nooit vra vir u PIN, wagwoord of eenmalige wagwoord nie. Moet dit met niemand deel nie.`
    : `Sawubona ${person('ZA').first}, khumbula ukuthi asisoze sakucela i-PIN yakho noma iphasiwedi. Ungayinikezi muntu.`];
});

neg('never-share-es-de', (v) => {
  return [`bank cc=${v ? 'DE' : 'MX'} lang=${v ? 'de' : 'es'} never-ask`, v
    ? `Hallo ${person('DE').first}, wir fragen Sie niemals nach Ihrer PIN, Ihrem Passwort oder einer TAN, weder per Telefon noch per E-Mail. Geben Sie diese Daten niemals weiter.`
    : `Hola ${person('MX').first}, recuerde que nunca le pediremos su NIP, su contraseña ni el código de seguridad de su tarjeta. No los comparta con nadie.`];
});

neg('never-share-hinglish-pidgin', (v) => {
  return [`bank cc=${v ? 'NG' : 'IN'} lang=${v ? 'pcm' : 'hinglish'} never-ask`, v
    ? `${person('NG').first}, make you no ever give anybody your PIN or OTP o. Bank no go ever call you ask for am. If person call you talk say na bank, cut the call.`
    : `${person('IN').first} ji, kabhi bhi kisi ke saath apna OTP, PIN ya CVV share mat kijiye. Bank ka koi bhi employee yeh details nahi maangta.`];
});

neg('password-reset-no-password', (v) => {
  if (v) return ['school cc=ZA password no-value', `Dear parent,

The learner portal passwords were reset for all Grade 8 learners this morning. Each learner will receive a sealed slip with a temporary password in class on Monday. Please remind your child not to share it, not even with friends.

ICT Office`];
  return ['saas cc=AU password no-value', `Hi ${person('AU').first},

I've sent a password reset link to the address on your account. It expires in 30 minutes. Your new password must be at least 12 characters and can't be one you've used before. If the link has expired, just click "Forgot password" again.

Cheers,
${agent('AU')}`];
});

neg('otp-instructions-no-code', (v) => {
  if (v) return ['government cc=IN otp no-value', `Dear applicant, an OTP has been sent to the mobile number linked with your Aadhaar. Enter it on the portal within 10 minutes to e-sign the form. Do not share the OTP with any agent or cyber café operator.`];
  return ['bank cc=KE otp no-value', `Hi ${person('KE').first}, when you log in on the new phone we'll send a 6-digit one-time code by SMS. Type it into the app within 5 minutes. Don't read it out to anyone, including our staff.`];
});

neg('ussd-short-codes', (v) => {
  if (v) return ['mobile-money cc=KE ussd', `Hi ${person('KE').first}, you can also use M-Pesa without the app: dial *${int(300, 399)}#, choose "Lipa na M-Pesa", then "Pay Bill". For help call the free short code ${int(100, 299)} from your line.`];
  return ['telecom cc=ZW ussd', `Dear customer, to check your balance dial *${int(100, 199)}#. To buy a bundle dial *${int(100, 199)}*${int(1, 9)}#. To stop promotional SMS, send STOP to ${int(30000, 49999)}. These services are free.`];
});

neg('company-registration-vat', (v) => {
  if (v) return ['logistics cc=ZA company-ids', `Good day,

Please update your vendor master with our details:
Registration number: ${int(2005, 2024)}/${dig(6)}/07
VAT number: 4${dig(9)}
B-BBEE level: ${int(1, 4)}

Our bank confirmation letter is attached on letterhead.`];
  return ['saas cc=GB company-ids', `Hi ${person('GB').first},

For your supplier setup, our company details are:
Registered in England and Wales, company number ${pad(int(1000000, 15999999), 8)}
VAT registration: GB ${dig(3)} ${dig(4)} ${dig(2)}
Registered office: ${int(1, 99)} ${pick(['Deansgate', 'Temple Row', 'Queen Street'])}, ${pick(['Manchester M3', 'Birmingham B2', 'Cardiff CF10'])} ${int(1, 9)}${chars(2)}

Invoices will show the same.`];
});

neg('india-pin-code-postal', () => {
  return ['ecommerce cc=IN postal', `Hi ${person('IN').first}, sorry, we don't deliver to PIN code ${pick(['5600', '4000', '1100', '7000', '6000'])}${dig(2)} yet. Try entering your office PIN code instead, or choose pickup from the nearest store.`];
});

neg('uk-postcode-address', () => {
  return ['utility cc=GB address', `Hi ${person('GB').first},

The engineer visit for ${int(1, 200)} ${pick(['Marlborough Road', 'Kings Avenue', 'Station Lane'])}, ${pick(['Leeds LS6', 'Bristol BS7', 'Glasgow G12'])} ${int(1, 9)}${chars(2)} is booked for ${date()} between 8 am and 1 pm. Please make sure someone over 18 is home.`];
});

neg('ean-isbn-barcodes', () => {
  return ['retail cc=KE barcodes', `Hi,

The two items in your complaint are:
- "Kiswahili Sanifu, Darasa la 6" — ISBN ${isbn13()}
- School bag, blue — barcode ${ean13()}

Both are back in stock at the Thika Road branch.`];
});

neg('api-docs-placeholders', (v) => {
  if (v) return ['saas cc=GB placeholders config', `Hi,

Your config file should look like this, with your own values filled in:

API_BASE_URL=https://api.example.io
API_KEY=<your-api-key>
WEBHOOK_SECRET=\${WEBHOOK_SECRET}
DB_PASSWORD=

Keep the real values in your secrets manager, not in the repository.`];
  return ['saas cc=US placeholders', `Hi,

Authentication uses a secret key in the Authorization header:

curl https://api.example.com/v1/charges \\
  -H "Authorization: Bearer sk_live_XXXXXXXXXXXXXXXXXXXXXXXX" \\
  -d amount=2000

Replace the placeholder with your own key from the dashboard (never share it with us). In test mode use a key starting with sk_test_.`];
});

neg('card-bin-ranges', (v) => {
  if (v) return ['fintech cc=NG json bin', `Hi, the BIN lookup for the declined card returns:

{"bin":"${pick(['5', '4'])}${dig(5)}","scheme":"${pick(['mastercard', 'visa'])}","type":"debit","issuer_country":"NG","last4":"${last4()}"}

So it is a local debit card; the decline is the issuer's 3-D Secure, not us.`];
  return ['fintech cc=ZA bin', `Hi team,

Merchant reports declines on cards with BIN ${pick(['4', '5'])}${dig(5)} and ${pick(['4', '5'])}${dig(5)} since the switch upgrade. Issuer confirms the ranges are active. Please check the routing table for those BINs.`];
});

neg('large-amounts', () => {
  return ['bank cc=KE amounts', `Dear ${person('KE').first},

Your statement for the quarter:
Opening balance: KES ${int(1, 9)},${pad(int(0, 999), 3)},${pad(int(0, 999), 3)}.${pad(int(0, 99), 2)}
Total credits: KES ${int(100, 999)},${pad(int(0, 999), 3)}.00
Total debits: KES ${int(100, 999)},${pad(int(0, 999), 3)}.50
Closing balance: KES ${int(1, 9)},${pad(int(0, 999), 3)},${pad(int(0, 999), 3)}.${pad(int(0, 99), 2)}

Interest earned: KES ${int(1000, 9999)}.${pad(int(0, 99), 2)}`];
});

neg('sortcode-like-dates', (v) => {
  if (v) return ['retail cc=GB csv dates', `Hi ${person('GB').first}, your shifts for the next fortnight:

date,start,end,store
${pad(int(1, 14), 2)}-06-26,08:00,16:00,Kingsway
${pad(int(15, 28), 2)}-06-26,12:00,20:00,Kingsway
${pad(int(1, 14), 2)}-07-26,08:00,14:00,High St

Swap requests go through the rota app.`];
  return ['school cc=GB dates', `Dear parents,

Term dates: autumn term starts ${pad(int(1, 9), 2)}-09-26, half term ${int(20, 27)}-10-26 to ${int(28, 31)}-10-26, ends 18-12-26. INSET days: 02-01-27 and 14-02-27.

School Office`];
});

neg('ssn-shaped-case-number', (v) => {
  if (v) return ['retail cc=US references', `Hi ${person('US').first}, your warranty claim is registered as ${dig(3)}-${dig(2)}-${dig(4)}. Ship the blender with the prepaid label; a replacement goes out as soon as the warehouse scans it.`];
  return ['legal cc=US references', `Hi ${person('US').first},

Your small claims case has been assigned number ${dig(3)}-${dig(2)}-${dig(4)} and the hearing is set for ${date()} at 9:30 AM, courtroom ${int(1, 12)}B. Bring two copies of every document.`];
});

neg('crypto-tx-hash', () => {
  return ['crypto cc=NG hashes', `Hi ${person('NG').first},

The withdrawal was sent on-chain. Transaction hash: 0x${hexs(64)}
Destination: 0x${hexs(40)}
Network: ${pick(['Ethereum', 'Polygon', 'BNB Smart Chain'])}, ${int(12, 64)} confirmations.

It's out of our hands now; check the explorer for status.`];
});

neg('uppercase-status-log', () => {
  const ts = tsSeq(4);
  return ['payments cc=GB log bic-shaped-words', `Status history for refund RFD-${dig(7)}:
${ts[0]}  REQUESTED   by agent
${ts[1]}  APPROVED    by supervisor
${ts[2]}  SUBMITTED   to acquirer
${ts[3]}  REFUNDED    settlement batch ${dig(6)}

The customer should see it on their statement within 5 business days.`];
});

neg('meter-number-prepaid', () => {
  return ['utility cc=ZW meter', `Dear ${person('ZW').first}, we checked meter number ${pick(['0', '3', '4'])}${dig(10)} and it is registered to ${pick(['Hatfield', 'Kuwadzana', 'Mt Pleasant'])}. The token you bought yesterday was loaded successfully on our side. If the meter still shows 0 units, press 1-2-3 then # to refresh.`];
});

neg('utility-customer-account', (v) => {
  if (v) return ['telecom cc=NG account-ref', `Dear ${person('NG').first}, your fibre customer account ${dig(9)} has been credited with ₦${int(2, 9)},${pad(int(0, 999), 3)} for the 3-day outage. The credit will reflect on your next invoice.`];
  return ['utility cc=ZA account-ref', `Hi ${person('ZA').first},

Your municipal account number ${dig(10)} has been credited with R${int(100, 900)}.${pad(int(0, 99), 2)} for the estimated water reading. The correction will show on your next statement.

Revenue Department`];
});

neg('insurance-policy-number', () => {
  return ['insurance cc=AU references', `Hi ${person('AU').first},

Your home and contents policy ${chars(3)}${dig(9)} has renewed. The premium is $${int(900, 2900)}.${pad(int(0, 99), 2)} a year, paid monthly. Claim number ${dig(8)} from last year did not affect your no-claim discount.`];
});

neg('student-number', (v) => {
  if (v) return ['school cc=GH references', `Dear candidate, your WASSCE index number is ${dig(10)} and your centre number is ${dig(7)}. Results will be available online from ${date()}; you will need the results checker voucher from the school office.`];
  return ['school cc=KE references', `Dear student,

Your registration for semester 2 is confirmed. Registration number: ${pick(['SCT', 'BCOM', 'ENG'])}/${dig(3)}/${dig(4)}/2026. Fees balance: KES 0.00. Collect your student card from the library.

Academic Registry`];
});

neg('hotel-confirmation-room', (v) => {
  if (v) return ['hotel cc=MU references', `Dear ${person('FR').first}, your spa treatment is booked for ${int(9, 17)}:${pick(['00', '30'])} on ${date()}, reservation ${dig(8)}. Please arrive 15 minutes early; the charge will be added to room ${int(100, 450)}.`];
  return ['hotel cc=ZA references', `Dear ${person('GB').first},

Confirmation number ${dig(9)} for 2 nights from ${date()}. You're in room ${int(100, 450)}, sea view, breakfast included. Late checkout until 14:00 is confirmed. Parking is in bay ${int(1, 80)}.

See you soon!`];
});

neg('order-12-digit-luhn', () => {
  return ['ecommerce cc=NG luhn-order', `Hello ${person('NG').first}, your order ${luhnRef(12)} has been packed and will be handed to the courier today. You will get a tracking update once it leaves our Lagos warehouse.`];
});

neg('flight-times-chat', (v) => {
  if (v) return ['transport cc=KE chat times', `habari! the SGR train to Mombasa leaves at ${pick(['08:00', '15:00', '22:00'])}, coach ${chars(1, 'ABCDEF')}${int(1, 9)}, seat ${int(1, 80)}. gates close 30 min before`];
  return ['airline cc=GB chat times', `hi! your flight BA${int(100, 999)} is now leaving at ${int(10, 23)}:${pick(['05', '25', '40', '55'])} from gate ${chars(1, 'ABC')}${int(1, 40)}, about 45 min late. the connection in ${pick(['Doha', 'Dubai', 'Amsterdam'])} is still ok`];
});

neg('payslip-summary', (v) => {
  if (v) return ['payroll cc=KE payslip', `Hi ${person('KE').first},

Your leave balance as at ${date()}: annual leave ${int(2, 21)}.5 days, sick leave ${int(5, 30)} days. Staff number ${dig(5)}. The PAYE, SHIF and NSSF deductions on your March payslip were correct.

HR`];
  return ['payroll cc=GB payslip', `Hi ${person('GB').first},

Here's the breakdown you asked for, month 9:
Gross pay: £${int(2, 5)},${pad(int(0, 999), 3)}.${pad(int(0, 99), 2)}
Tax (code 1257L): £${int(300, 900)}.${pad(int(0, 99), 2)}
NI (category A): £${int(100, 300)}.${pad(int(0, 99), 2)}
Pension 5%: £${int(100, 250)}.${pad(int(0, 99), 2)}
Net pay: £${int(1, 4)},${pad(int(0, 999), 3)}.${pad(int(0, 99), 2)}
Employee number: ${dig(6)}

Any questions, let me know.`];
});

neg('nhs-number-advice-no-number', (v) => {
  if (v) return ['healthcare cc=ZA no-value', `Dear ${person('ZA').first},

To claim from your medical aid we need your membership number and the ICD-10 code from the doctor's invoice. Please upload them in the member app instead of e-mailing them.

Claims Processing`];
  return ['healthcare cc=GB no-value', `Dear patient,

When you call to book your vaccination, please have your NHS number ready. You can find it on any letter from the NHS or in the NHS App. We can't look it up for you over e-mail.

Reception`];
});

neg('gaming-player-match-ids', () => {
  return ['gaming cc=US ids chat', `yo, checked match ${dig(10)} — the disconnect was server side, so no rank loss. player id ${dig(9)} credited with ${int(100, 900)} coins as comp`];
});

neg('seed-phrase-warning', (v) => {
  if (v) return ['crypto cc=KE never-ask chat', `quick reminder ${person('KE').first.toLowerCase()}: no one from support will ever DM you for your recovery phrase or authenticator codes. if someone does, report the account`];
  return ['crypto cc=ZA never-ask', `Hi ${person('ZA').first},

Our support team will never ask for your seed phrase, private key or 2FA codes. Anyone who does is not us. Your wallet recovery is only possible with your own 12 words, which we never see.

Security Team`];
});

neg('ngo-grant-references', () => {
  return ['ngo cc=UG references', `Dear partner,

Grant UG-${dig(4)}-${dig(3)} (WASH programme) second tranche of USD ${int(20, 90)},${pad(int(0, 999), 3)} was released today. NGO registration number: INDR${dig(6)}${dig(5)}${chars(2)}. Please acknowledge receipt on the portal.

Grants Management`];
});

neg('sscc-pallets', () => {
  const sscc = () => { const b = '0' + dig(16); let t = 0; for (let i = 0; i < 17; i++) t += Number(b[i]) * (i % 2 ? 1 : 3); return b + ((10 - (t % 10)) % 10); };
  return ['logistics cc=ZA tracking', `Hi,

Three pallets were received short. SSCC labels: (00)${sscc()}, (00)${sscc()}, (00)${sscc()}. Please raise a claim with the carrier.

Warehouse`];
});

neg('masked-ssn-aadhaar', (v) => {
  return [`government cc=${v ? 'IN' : 'US'} masked`, v
    ? `Dear ${person('IN').first}, your e-KYC was done with Aadhaar XXXX XXXX ${dig(4)}. No action needed.`
    : `Dear ${person('US').first}, we matched your file using the last four digits of your SSN (***-**-${dig(4)}). No further documents are needed.`];
});

neg('card-first6-last4', () => {
  return ['ecommerce cc=GB masked', `Hi ${person('GB').first}, the charge was on the card ${pick(['4', '5'])}${dig(5)}******${dig(4)}. If that isn't yours, please tell us and we'll investigate.`];
});

neg('ticket-number-phone-shaped', () => {
  return ['saas cc=ZW references', `Hi ${person('ZW').first}, I've escalated it to level 2. Your incident number is INC-${dig(4)}-${dig(3)}-${dig(3)}; quote it if you chat with us again.`];
});

neg('date-formats-many', () => {
  return ['government cc=US dates', `Hi ${person('US').first},

Key dates for your application: received ${pad(int(1, 12), 2)}/${pad(int(1, 28), 2)}/2026; biometrics ${pad(int(1, 12), 2)}/${pad(int(1, 28), 2)}/2026 at 10:30 AM; interview window 2026-${pad(int(1, 12), 2)}-${pad(int(1, 28), 2)} to 2026-${pad(int(1, 12), 2)}-${pad(int(1, 28), 2)}. Processing time is 6–9 months.`];
});

neg('password-policy-text', (v) => {
  if (v) return ['saas cc=DE lang=de password no-value', `Hallo ${person('DE').first},

ab dem 1. des Monats gilt eine neue Passwortrichtlinie: mindestens 14 Zeichen, eine Ziffer und ein Sonderzeichen. Das Passwort muss alle 180 Tage geändert werden; die letzten 5 Passwörter dürfen nicht wiederverwendet werden.`];
  return ['saas cc=IN password no-value', `Hi ${person('IN').first},

Your admin set a new password policy: minimum 14 characters, one number, one symbol, no reuse of the last 5 passwords, and a change every 90 days. Passwords like "Company2026!" are blocked automatically.`];
});

neg('pin-changed-notification', () => {
  return ['bank cc=NG no-value', `Dear ${person('NG').first}, your card PIN was changed successfully at ${int(8, 20)}:${pad(int(0, 59), 2)} today. If you did not do this, block your card in the app immediately.`];
});

neg('redacted-placeholders', (v) => {
  if (v) return ['saas cc=US redacted log', `Hi,

Here is the failing request with the secrets stripped:

POST /v2/payouts
Authorization: Bearer <redacted>
X-Api-Key: ****************
{"account_number":"[REMOVED]","routing_number":"[REMOVED]","amount":${int(100, 9000)}}

The 422 comes from the amount being in dollars instead of cents.`];
  return ['bank cc=ZA redacted', `Hi ${person('ZA').first},

I've removed the card number you pasted in the chat for your protection: [REDACTED]. You can add the card yourself in the app; we never need the full number.

Regards`];
});

neg('frequent-flyer-miles', () => {
  return ['airline cc=KE loyalty', `Dear ${person('KE').first}, ${int(3000, 9000)} miles for your trip to ${pick(['Dubai', 'Cairo', 'Accra'])} have been credited to membership ${chars(2)} ${dig(4)} ${dig(4)}. Your tier status is now Silver.`];
});

neg('account-ending', (v) => {
  if (v) return ['bank cc=CA masked chat', `all set ${person('CA').first.toLowerCase()} — the bill payment of $${int(40, 400)}.${pad(int(0, 99), 2)} comes out of chequing ••${dig(4)} on the ${int(1, 28)}th, and the Visa ending ${dig(4)} stays as backup`];
  return ['bank cc=US masked', `Hi ${person('US').first}, the transfer of $${int(100, 999)}.00 from your savings account ending in ${dig(4)} to checking ending in ${dig(4)} is scheduled for tomorrow.`];
});

neg('uetr-mt103-reference', () => {
  return ['bank cc=GB references', `Dear ${person('GB').first},

We traced your international payment. It left us on ${date()} with UETR ${guid()} and was credited by the beneficiary bank the next day. The MT103 reference was ${chars(3)}${dig(10)}.

International Payments`];
});

neg('aws-arn-request-ids', () => {
  return ['saas cc=US ids', `Hi,

The bucket policy denies the role arn:aws:iam::${dig(12)}:role/${pick(['export-writer', 'etl-runner'])}. Request ID ${chars(16, UP + '0123456789')}, extended ID ${chars(40, ALNUM)}=. Add s3:PutObject to the policy and retry.`];
});

neg('html-footer-no-contact', () => {
  return ['ecommerce cc=EU html footer', `<p>Hi ${person('DE').first},</p>
<p>Your return label is attached. Drop the parcel at any collection point within 14 days.</p>
<hr>
<p style="font-size:11px;color:#888">Example Shop GmbH &middot; Musterstra&szlig;e ${int(1, 90)} &middot; ${int(10000, 99999)} Berlin &middot; HRB ${dig(6)} B &middot; USt-IdNr. DE${dig(9)}<br>
<a href="https://shop.example.de/unsubscribe?u=${hexs(24)}">Abmelden</a> &middot; <a href="https://shop.example.de/datenschutz">Datenschutz</a></p>`];
});

neg('loan-schedule-csv', () => {
  const rows = [];
  let bal = int(50000, 90000);
  for (let i = 1; i <= 4; i++) { const p = int(2000, 4000); bal -= p; rows.push(`${i},2026-${pad(i + 2, 2)}-28,${p}.00,${int(300, 900)}.00,${bal}.00`); }
  return ['fintech cc=GH csv amounts', `Hi ${person('GH').first}, here is the start of your repayment schedule:

instalment,due_date,principal,interest,balance
${rows.join('\n')}

The full schedule is in the app.`];
});

neg('promo-codes', (v) => {
  if (v) return ['saas cc=IN promo', `Hi ${person('IN').first}, your referral code is ${slug(person('IN').first).toUpperCase()}${int(10, 99)}. Each friend who signs up with it gets 2 months free, and you get ₹${int(2, 9)}00 credit.`];
  return ['ecommerce cc=AU promo', `Hi ${person('AU').first}! Sorry the code didn't work. Use ${pick(['WINTER', 'WELCOME', 'SORRY'])}${int(10, 30)} at checkout for ${int(10, 30)}% off, valid until ${date()}.`];
});

neg('wifi-no-password', (v) => {
  if (v) return ['hotel cc=KE no-value chat', `Karibu! Connect to the network named after your room number; the password is on your key card sleeve. The conference room has its own network, ask the events team for it.`];
  return ['hotel cc=MZ no-value', `Welcome! The Wi-Fi password is printed on the card next to the TV in your room. If you can't find it, reception will give you a new card.`];
});

neg('paybill-account-invoice', () => {
  return ['utility cc=KE references', `Hi ${person('KE').first}, to pay your water bill use M-Pesa Paybill ${dig(6)}, account number = your invoice number (INV${dig(7)}). The payment reflects within 10 minutes.`];
});

neg('mobile-money-txn-ids', () => {
  return ['mobile-money cc=KE references', `Hi ${person('KE').first}, we found the transaction: ${chars(10, UP + '0123456789')} confirmed on ${date()}, Ksh ${int(100, 9000)}.00 to ${pick(['Kamau Hardware', 'Mama Mboga Shop', 'Njoro Agrovet'])}. It was successful on our side, so the merchant should have received it.`];
});

neg('tracking-url-long-ids', () => {
  return ['logistics cc=BR lang=pt tracking', `Olá ${person('BR').first}, seu pedido saiu para entrega. Acompanhe em https://rastreio.example.com.br/t/${hexs(8)}-${dig(10)}. Código de rastreio: ${chars(2)}${dig(9)}BR.`];
});

neg('quoted-thread-no-pii', () => {
  return ['saas cc=CA quoted', `Hi ${person('CA').first},

Yes, you can downgrade mid-cycle; the difference is credited to your next invoice.

Best,
${agent('CA')}

> On ${date()}, ${person('CA').full} wrote:
> If I downgrade from Business to Starter now, do I lose the credit?
> Thanks`];
});

neg('transcript-order-number', (v) => {
  if (v) return ['telecom cc=KE transcript imei', `[Call summary, auto-transcribed]
Agent: Can you read me the IMEI on the box?
Customer: Three five, ${luhnComplete('35' + dig(12)).slice(2).replace(/(\d{3})/g, '$1 ').trim()}.
Agent: Thanks, I've logged it against case ${dig(7)}. The repair centre will call you.`];
  return ['ecommerce cc=ZA transcript', `[Call transcript]
AGENT: Can I have the order number please?
CUSTOMER: It's ${fmtCard(luhnRef(16), ' ')}.
AGENT: Thanks. I can see it was delivered yesterday at 14:20.
CUSTOMER: Nobody was home though.
AGENT: I'll open a trace with the courier, reference TR-${dig(6)}.`];
});

neg('chat-one-liner-neg', (v) => {
  if (v) return ['ecommerce cc=GB chat', pick([`sorted! the size 9s are on their way, should be with you thursday`, `no worries, I've cancelled the duplicate order, you won't be charged twice 👍`])];
  return ['telecom cc=NG chat', pick([`no wahala, your 10GB bundle don activate, e go last 30 days`, `done ✅ your plan renews on the ${int(1, 28)}th for ₦${int(2, 9)},${pad(int(0, 999), 3)}`])];
});

neg('excel-stock-paste', (v) => {
  if (v) {
    const rows = [];
    for (let i = 0; i < 4; i++) rows.push(`${ean13('600')};${pick(['Paracetamol 500mg x24', 'ORS sachets x10', 'Vitamin C 1000mg', 'Plasters assorted'])};R${int(10, 120)},${pad(int(0, 99), 2)}`);
    return ['pharmacy cc=ZA csv stock', `Hi, updated price list for the dispensary (semicolon export):

barcode;item;price
${rows.join('\n')}

Prices include VAT.`];
  }
  const rows = [];
  for (let i = 0; i < 4; i++) rows.push(`${dig(8)}\t${pick(['Maize meal 10kg', 'Cooking oil 2L', 'Sugar 2kg', 'Rice 5kg', 'Soap bar'])}\t${int(0, 400)}\t${int(1, 30)}.${pad(int(0, 99), 2)}`);
  return ['retail cc=ZW csv stock', `Hi, stock on hand at the Chitungwiza branch (copied from the sheet):

SKU\tItem\tQty\tPrice USD
${rows.join('\n')}

Reorder anything under 50.`];
});

neg('tax-code-reference-no-id', (v) => {
  if (v) return ['tax cc=ZA no-value', `Dear taxpayer,

We cannot discuss your assessment by e-mail. Log in to eFiling with your own username and password, or visit a branch with your ID document and tax reference number.

SARS Contact Centre (automated reply)`];
  return ['tax cc=GB no-value', `Dear ${person('GB').first},

We can't discuss your Self Assessment by e-mail. Please sign in to your online account with your Government Gateway user ID, or call us and have your Unique Taxpayer Reference ready.

HMRC Customer Support (automated reply)`];
});

neg('rfc3339-cron-config', () => {
  return ['saas cc=DE config', `Hi,

Your export schedule is set like this:

schedule:
  cron: "${int(0, 59)} ${int(0, 23)} * * 1-5"
  timezone: Europe/Berlin
  retention_days: ${int(7, 90)}
  max_rows: ${int(100000, 999999)}
  start: ${isoTs()}

That means it runs on weekdays only.`];
});

neg('docker-sha-digest', () => {
  return ['saas cc=US hashes', `Hi,

Pin the image by digest so the rollback is reproducible: registry.example.io/api@sha256:${hexs(64)}. Commit ${hexs(40)} contains the fix.`];
});

neg('afrikaans-neg-statement', (v) => {
  if (v) return ['school cc=ZA lang=af amounts', `Geagte ouer,

Die skoolfonds vir ${pick(['die eerste', 'die tweede'])} kwartaal is R${int(2, 9)} ${pad(int(0, 999), 3)},00. Betaal asseblief voor die ${int(1, 28)}ste en gebruik die leerder se naam en graad as verwysing.

Skoolkantoor`];
  return ['utility cc=ZA lang=af amounts', `Goeie middag ${person('ZA').first},

U rekening vir ${pick(['Maart', 'April', 'Mei'])} is R${int(400, 2000)},${pad(int(0, 99), 2)}. Die meterlesing was ${int(10000, 99999)} kWh. Betaling is verskuldig op die ${int(1, 28)}ste.

Groete`];
});

neg('shona-neg-bundle', (v) => {
  if (v) return ['utility cc=ZW lang=sn no-value', `Mhoro ${person('ZW').first}, mari yenyu yemagetsi yakabhadharwa. Kana token isina kusvika, tarisai mu app pasi pe "My purchases". Musape munhu password ye account yenyu.`];
  return ['telecom cc=ZW lang=sn no-value', `Mhoro ${person('ZW').first}, bundle yenyu ye data yakawedzerwa. Kana muchida kuchinja password ye Wi-Fi router, shandisai app yedu pasi pe "Settings", hatidi kuziva password yenyu.`];
});

neg('french-neg-suivi', () => {
  return ['logistics cc=FR lang=fr tracking', `Bonjour ${person('FR').first},

Votre colis n° ${chars(2)}${dig(9)}FR est en cours d'acheminement. Le point relais ${int(1000, 9999)} (${pick(['Tabac de la Gare', 'Carrefour City', 'Pressing du Centre'])}) le recevra le ${int(1, 28)}/${pad(int(1, 12), 2)}.

Cordialement`];
});

neg('spanish-neg-factura', () => {
  return ['utility cc=ES lang=es references', `Hola ${person('ES').first}:

Su factura n.º ${chars(2)}${dig(10)} por importe de ${int(30, 200)},${pad(int(0, 99), 2)} € se cargará el día ${int(1, 28)}. Código CUPS: ES${dig(16)}${chars(2)}. Consumo del periodo: ${int(100, 600)} kWh.`];
});

neg('german-neg-vertrag', () => {
  return ['telecom cc=DE lang=de references', `Hallo ${person('DE').first},

Ihre Vertragsnummer ${dig(10)} wurde zum ${int(1, 28)}.${pad(int(1, 12), 2)}.2026 gekündigt. Die Kündigungsbestätigung hat die Nummer KB-${dig(8)}. Der Router muss nicht zurückgeschickt werden.`];
});

neg('portuguese-neg-encomenda', () => {
  return ['ecommerce cc=PT lang=pt references', `Olá ${person('PT').first}, a sua encomenda n.º ${dig(9)} foi expedida. Referência Multibanco para o pagamento do remanescente: Entidade ${dig(5)}, Referência ${dig(3)} ${dig(3)} ${dig(3)}, Valor ${int(10, 90)},${pad(int(0, 99), 2)} €.`];
});

neg('swahili-neg-bima', () => {
  return ['insurance cc=TZ lang=sw references', `Habari ${person('TZ').first}, bima yako ya gari namba ${chars(3)}/${dig(6)}/2026 imehuishwa hadi ${dateL('sw')}. Kiasi kilicholipwa ni TZS ${int(200, 900)},000.`];
});

neg('hinglish-neg-delivery', () => {
  return ['ecommerce cc=IN lang=hinglish tracking', `Hi ${person('IN').first}, aapka order ${dig(3)}-${dig(7)}-${dig(7)} kal tak deliver ho jayega. AWB number ${dig(12)} hai, courier ki website pe track kar sakte hain.`];
});

neg('pidgin-neg-transfer', () => {
  return ['bank cc=NG lang=pcm references', `${person('NG').first}, your transfer of ₦${int(10, 500)},000 don go. Session ID na ${dig(30)}. If the person never see am, make him bank check with that session ID.`];
});

neg('nonnative-neg-booking', (v) => {
  if (v) return ['travel cc=TZ lang=non-native references', `Hello my friend, your Kilimanjaro climb is confirm for ${int(2, 9)} persons, booking ${chars(3)}-${dig(5)}. Please you bring warm jacket, the nights is very cold on the top. We pick you from hotel in Moshi at 7 o'clock.`];
  return ['hotel cc=ZW lang=non-native references', `Dear Sir, we are confirm your booking number ${dig(7)} for 3 nights. The shuttle from airport is leave every 2 hours, is free for guest. Please tell us your flight number so we can to wait you.`];
});

neg('vehicle-registration-vin', () => {
  return ['insurance cc=GB vehicle', `Hi ${person('GB').first},

We've added the new car to your policy: registration ${chars(2)}${int(10, 75)} ${chars(3)}, VIN ${chars(3, 'WVFSJ')}${chars(14, 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789')}. Your premium goes up by £${int(5, 30)}.${pad(int(0, 99), 2)} a month.`];
});

neg('medical-codes', () => {
  return ['healthcare cc=US codes', `Hi ${person('US').first},

The claim was denied because the procedure code ${int(99202, 99499)} doesn't match diagnosis code ${chars(1)}${int(10, 99)}.${int(0, 9)}. Ask your provider to resubmit with the corrected coding. Claim number: ${dig(11)}.`];
});

neg('sales-quote-numbers', () => {
  return ['saas cc=AU amounts', `Hi ${person('AU').first},

Quote Q-${dig(6)}: 45 seats × $${int(20, 60)}.00 × 12 months = $${int(10, 40)},${pad(int(0, 999), 3)}.00 ex GST. Discount 15% for annual prepay. Valid for 30 days.`];
});

neg('lottery-ticket-gaming', (v) => {
  if (v) return ['gaming cc=NG references chat', `${person('NG').first}, your bet slip ${chars(2)}${dig(10)} don settle, 3 out of 4 games enter. Balance don update, no wahala.`];
  return ['gaming cc=ZA references', `Hi ${person('ZA').first}, your ticket ${dig(4)}-${dig(4)}-${dig(4)}-${dig(2)} for draw ${int(2000, 2999)} didn't win this time. Your ${int(1, 10)} free-play credits are valid until ${date()}.`];
});

neg('isbn-library-school', () => {
  return ['school cc=ZW references', `Dear parent, the library record shows ${person('ZW').first} still has "${pick(['Nehanda', 'Weep Not, Child', 'Things Fall Apart'])}" (ISBN ${isbn13()}), accession number ${dig(6)}. Please return it before the end of term.`];
});

neg('iban-format-explainer', (v) => {
  if (v) return ['remittance cc=GB no-value', `Hi ${person('GB').first},

For a transfer to Portugal we need the recipient's IBAN (it starts with PT50 and has 25 characters) and their full name as the bank has it. Ask the recipient to copy it from their banking app rather than typing it, and paste it into the transfer form yourself; don't send it to us here.`];
  return ['bank cc=EU no-value', `Hi ${person('FR').first},

An IBAN starts with two letters for the country and two check digits, followed by your national account number; a German one has 22 characters, a French one 27. You'll find yours in the banking app under "Account details". We don't need it for this refund, which goes back to your card automatically.`];
});

neg('cvv-explainer', (v) => {
  if (v) return ['ecommerce cc=MX lang=es no-value', `Hola ${person('MX').first}, el "código de seguridad" son los 3 dígitos al reverso de su tarjeta. Escríbalo usted mismo en la página de pago; nuestros asesores nunca se lo van a pedir por chat.`];
  return ['ecommerce cc=US no-value', `Hi ${person('US').first}, the "security code" field on the checkout page is the 3-digit number on the back of your card (4 digits on the front for Amex). Type it there yourself; never send it to us by chat or e-mail.`];
});

// ================================================================ assembly

const N_RECORDS = 300;
const N_POSITIVE = 165;

/** True when a run of 12-19 digits would pass as a payment card (Luhn + a card IIN prefix). */
function cardLike(d) {
  if (d.length < 12 || d.length > 19 || !luhnValid(d)) return false;
  return /^(4|5|6|2[2-7]|30|3[4-9]|1800|2131|81)/.test(d);
}
/** Problems in the unlabelled part of a record: values that would match a scheme by format alone. */
function unlabelledProblems(text, spans) {
  let rest = '';
  let at = 0;
  for (const s of spans) { rest += text.slice(at, s.start) + ' '.repeat(s.end - s.start); at = s.end; }
  rest += text.slice(at);
  const out = [];
  const visible = rest.normalize('NFKC').replace(/\u200b/g, '');
  for (const m of visible.matchAll(/\d(?:[ -]?\d){11,18}/g)) {
    const d = m[0].replace(/\D/g, '');
    if (cardLike(d)) out.push(`card-like ${m[0]}`);
  }
  for (const m of visible.matchAll(/\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]){10,30}/g)) if (ibanValid(m[0])) out.push(`IBAN-valid ${m[0]}`);
  if (/[\w.+-]+@[\w-]+\.[a-z]{2,}/i.test(visible.replace(/\*+/g, ''))) {
    const m = /[\w.+-]+@[\w-]+(\.[\w-]+)+/.exec(visible);
    if (m && !/\*/.test(m[0])) out.push(`e-mail ${m[0]}`);
  }
  if (/^=== /m.test(text)) out.push('line starting with "=== "');
  return out;
}

function render(t, v, kind, avoid = new Set()) {
  for (let attempt = 0; attempt < 40; attempt++) {
    usedFirsts = new Set(avoid);
    const [tags, marked] = t.fn(v);
    const { text, spans } = parseMarked(marked, t.name);
    if (kind === 'pos' && !spans.length) throw new Error(`${t.name}: positive template without a span`);
    if (kind === 'neg' && spans.length) throw new Error(`${t.name}: negative template with a span`);
    const problems = unlabelledProblems(text, spans);
    if (problems.length) { if (attempt === 39) throw new Error(`${t.name}: ${problems.join('; ')}`); continue; }
    return { tpl: t.name, kind, tags, marked, spans };
  }
  throw new Error('unreachable');
}

const names = new Set();
for (const t of [...POS, ...NEG]) {
  if (names.has(t.name)) throw new Error(`duplicate template name ${t.name}`);
  names.add(t.name);
}
if (POS.length < N_POSITIVE / 2 || NEG.length < (N_RECORDS - N_POSITIVE) / 2) throw new Error('not enough templates');

/** Picks `n` uses of `list`: every template at most twice; once-used ones get a random variant. */
function plan(list, n) {
  const order = shuffle([...list.keys()]);
  if (n <= list.length) return order.slice(0, n).map((i) => [[list[i], int(0, 1)]]);
  const variants = order.filter((i) => list[i].fn.length > 0); // templates written as (v) => ... have a second variant
  if (variants.length < n - list.length) throw new Error(`only ${variants.length} templates have a second variant`);
  const twice = new Set(variants.slice(0, n - list.length));
  return order.map((i) => (twice.has(i) ? [[list[i], 0], [list[i], 1]] : [[list[i], int(0, 1)]]));
}

const records = [];
for (const uses of plan(POS, N_POSITIVE)) for (const [t, v] of uses) records.push(render(t, v, 'pos'));
for (const uses of plan(NEG, N_RECORDS - N_POSITIVE)) {
  let keep = new Set();
  for (const [t, v] of uses) { records.push(render(t, v, 'neg', keep)); keep = new Set(usedFirsts); }
}
if (records.length !== N_RECORDS) throw new Error(`planned ${records.length} records`);
shuffle(records);

const perLabel = {};
for (const r of records) for (const s of r.spans) perLabel[s.type] = (perLabel[s.type] || 0) + 1;
const withSpans = records.filter((r) => r.spans.length).length;
const tplUses = {};
for (const r of records) tplUses[r.tpl] = (tplUses[r.tpl] || 0) + 1;
const distinct = Object.keys(tplUses).length;
const reused = Object.values(tplUses).filter((n) => n === 2).length;

const LANG_NAMES = { fr: 'French', pt: 'Portuguese', es: 'Spanish', de: 'German', nl: 'Dutch', it: 'Italian', sw: 'Swahili', sn: 'Shona', zu: 'Zulu', af: 'Afrikaans', hinglish: 'Hinglish', pcm: 'Nigerian Pidgin', 'non-native': 'non-native English' };
const tagValues = (re) => [...new Set(records.map((r) => (re.exec(r.tags) || [])[1]).filter(Boolean))];
const langs = tagValues(/lang=(\S+)/).map((l) => LANG_NAMES[l] || l).sort();
const sectors = tagValues(/^(\S+)/).sort();
const ibanCountries = [...new Set(records.flatMap((r) => r.spans.filter((sp) => sp.type === 'IBAN').map((sp) => sp.value.normalize('NFKC').slice(0, 2).toUpperCase())))].sort();
const regions = tagValues(/cc=(\S+)/).sort();
const wrap = (words, indent = '# ') => { const out = []; let line = indent; for (const w of words) { if (line.length + w.length > 108) { out.push(line.trimEnd()); line = indent; } line += w + ' '; } out.push(line.trimEnd()); return out.join('\n'); };
const HEADER = `# vault4.src.txt: a fourth labelled evaluation corpus of customer-support agent replies for ReplyGuard.
# WRITTEN UNSEEN: its author did not read detectors/, src/, test/detectors/, test/eval/, bench/, any
# test/corpus/*.jsonl, test/corpus/vault3.gen.mjs or any other corpus's records. It read only
# shared/CONTRACT.md, shared/reference/detection.md, test/corpus/lib.mjs and build.mjs, shared/peers/score.mjs,
# and the comment header plus first 8 records of vault3.src.txt (to learn the marker format and
# conventions). It never ran replyguard scan, the eval, or any detector on this text. The only outside check
# was libphonenumber-js/max isValidPhoneNumber on the gold phone values themselves (a format check, like Luhn).
# Records come from test/corpus/vault4.gen.mjs (seed 0x${SEED.toString(16)}): ${distinct} distinct hand-written reply templates, none used
# more than twice (${reused} used twice, all hard-negative templates that have a second wording or format; the
# second use also gets other names and values), filled with fresh values, record order shuffled.
# ${records.length} records: ${withSpans} with at least one span, ${records.length - withSpans} without any. Spans: ${Object.entries(perLabel).sort().map(([k, n]) => `${k} ${n}`).join(', ')}.
${wrap(['Sectors (tag):', ...sectors.map((x, k) => x + (k < sectors.length - 1 ? ',' : '.'))])}
${wrap(['Regions (cc tag):', ...regions, '+', 'IBANs', 'of', ...ibanCountries.map((x, k) => x + (k < ibanCountries.length - 1 ? '' : '.'))])}
${wrap(['Languages', 'besides', 'English:', ...langs.map((x, k) => x + (k < langs.length - 1 ? ',' : '.'))])}
# Forms: plain e-mails, long e-mails, HTML (tables, mailto:/tel: links, entities, <br>, footers),
# quoted threads (">" and Outlook "Original Message"), CSV/TSV/semicolon spreadsheet pastes, logs, JSON
# payloads, config/.env/YAML/curl/Python snippets, signatures, chat one-liners, call transcripts.
# Obfuscation on some positives: spaces, dashes, dots, no separators, line breaks inside a value,
# zero-width spaces, full-width digits, HTML numeric entities, lowercase IBAN, spelled-out e-mails.
# Hard negatives: Luhn-valid order/loyalty/gift-card-reference numbers (prefixes outside every card IIN
# range), Luhn-valid ms timestamps, IMEI, ICCID, SSCC, UPS/AWB/container/postal tracking numbers, PNR and
# e-ticket numbers, invoice/case/ticket/claim/policy/quote numbers, SSN-shaped case numbers, phone-shaped
# incident and part numbers, dates (incl. sort-code-like NN-NN-NN), amounts, versions, coordinates, IPs,
# GUIDs, hashes, ARNs, masked cards/IBANs/phones/e-mails/SSN/Aadhaar, card BINs, first6/last4, API-doc
# placeholders, "we will never ask for your PIN/OTP/CVV" in many languages, password/OTP/Wi-Fi/NHS/UTR
# instructions without a value, USSD and SMS short codes, company registration/VAT numbers, Indian PIN
# codes (postal), meter/municipal-account/student/frequent-flyer numbers, M-Pesa paybill/till and
# transaction IDs, CUPS codes, VINs, procedure codes, promo codes, IBAN/CVV explainers.
# Tags after the id: pos/neg, sector, cc=XX (region of national-format phone numbers), notes (obf=..., html,
# csv, json, log, config, quoted, transcript, mrz, never-ask, luhn-order, lang=xx), tpl=<template name>.
# Labelling conventions (as in vault3): each value is its own span, without its label word. A UK sort code
# and account in separate fields are ROUTING_NUMBER + BANK_ACCOUNT; written together as one value they are
# one BANK_ACCOUNT span. Portuguese NIB, Mexican CLABE, Nigerian NUBAN and Brazilian "conta" are
# BANK_ACCOUNT; SA branch codes, Brazilian agência and Indian IFSC are not labelled. Each TD3 MRZ line is
# its own PASSPORT_NUMBER span. A value in a tel:/mailto: attribute is its own span, without the scheme.
# A value written with HTML entities or split by zero-width characters or a line break spans the whole
# written run. Spelled-out e-mails span the whole written form. SOLICITATION spans the request clause, from
# the request word to the last word naming the secret. Company support phones and e-mails are findings.
# CREDENTIAL covers passwords, PINs, OTP/SIM-swap/PUK codes, passcodes, memorable words, security answers,
# backup codes, API keys, tokens, TOTP setup keys, webhook secrets, the password of a connection string and
# the base64 of a Basic auth header. SSN, ITIN, NINO, SA/ZW/KE/BW/ZM/TZ/EG/PK/GH IDs, KRA PIN, Aadhaar, PAN,
# NIN, BVN, SIN, CPF, CURP, DNI/NIE, Steuer-ID, NIR, BSN, NIF, codice fiscale, personnummer, NRIC, TFN, NHS
# number and driving licences are NATIONAL_ID. Not labelled (no label in CONTRACT.md): names, addresses,
# dates of birth, usernames, IP addresses, crypto addresses and hashes, short codes/USSD, masked values.
# CARD_EXPIRY is labelled only when labelled or next to a PAN. All people, companies and values are
# invented; card, IBAN, ABA, NUBAN, CLABE, SA/ZW ID, Aadhaar, NIN, SIN, CPF, CURP, DNI/NIE, Steuer-ID, NIR,
# BSN, NIF, codice fiscale, personnummer, NRIC, TFN, NHS and MRZ check digits were minted valid.
# Format: see lib.mjs. Build: node test/corpus/vault4.gen.mjs && node test/corpus/build.mjs
`;

const body = records.map((r, i) => `=== vault4-${pad(i + 1, 4)} ${r.kind} ${r.tags} tpl=${r.tpl}\n${r.marked}\n`).join('\n');
writeFileSync(OUT, HEADER + body);
console.log(`wrote ${OUT}: ${records.length} records, ${withSpans} with spans, ${distinct} templates (${reused} twice); ${JSON.stringify(perLabel)}`);
