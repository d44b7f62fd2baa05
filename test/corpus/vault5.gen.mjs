#!/usr/bin/env node
// Writes test/corpus/vault5.src.txt: a fifth labelled evaluation corpus of customer-support agent
// replies, written UNSEEN (see HEADER below). Seeded: the same seed always writes the same file.
//
//   node test/corpus/vault5.gen.mjs && node test/corpus/build.mjs
//
// Every reply below is hand-written for this corpus; each template is used at most twice, the second
// time (k = 1) with other names and values and another format, layout or obfuscation. Values are
// fresh and their check digits are minted valid here or with the helpers of lib.mjs. Gold phone
// numbers are checked with libphonenumber-js/max isValidPhoneNumber (a format check, like Luhn).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isValidPhoneNumber, parsePhoneNumber } from 'libphonenumber-js/max';
import {
  luhnComplete, luhnValid, ibanFor, ibanValid, abaComplete, abaValid, verhoeffComplete, verhoeffValid,
  zwCheckLetter, zaId, nubanValid, parseMarked, checkValue,
} from './lib.mjs';

const SEED = 0x5f17a0c5;
const OUT = fileURLToPath(new URL('./vault5.src.txt', import.meta.url));

// ---------------------------------------------------------------- random

function sfc32(a, b, c, d) {
  return () => {
    a >>>= 0; b >>>= 0; c >>>= 0; d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
}
const R = sfc32(SEED, 0x9e3779b9, 0x243f6a88, 0xb7e15162);
for (let i = 0; i < 32; i++) R();
const int = (a, b) => a + Math.floor(R() * (b - a + 1));
const pick = (arr) => arr[Math.floor(R() * arr.length)];
const chance = (p) => R() < p;
const dig = (n) => { let s = ''; for (let i = 0; i < n; i++) s += int(0, 9); return s; };
const nzd = (n) => String(int(1, 9)) + dig(n - 1);
const UP = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const UPD = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const HEX = '0123456789abcdef';
const chars = (n, al = UP) => { let s = ''; for (let i = 0; i < n; i++) s += al[int(0, al.length - 1)]; return s; };
const pad = (n, w) => String(n).padStart(w, '0');
const shuffle = (arr) => { for (let i = arr.length - 1; i > 0; i--) { const j = int(0, i); [arr[i], arr[j]] = [arr[j], arr[i]]; } return arr; };
const M = (label, value) => `⟦${label}|${value}⟧`;
const group = (s, sizes, sep = ' ') => { const out = []; let i = 0; for (const n of sizes) { if (i >= s.length) break; out.push(s.slice(i, i + n)); i += n; } if (i < s.length) out.push(s.slice(i)); return out.join(sep); };
const by4 = (s, sep = ' ') => s.replace(/(.{4})(?=.)/g, `$1${sep}`);

// ---------------------------------------------------------------- people and places

const NAMES = {
  ZW: [['Tafadzwa', 'Nyarai', 'Tawanda', 'Ruvimbo', 'Kudakwashe', 'Chiedza', 'Tonderai', 'Shingai', 'Munashe', 'Fadzai', 'Simbarashe', 'Ropafadzo'], ['Chigumba', 'Mapfumo', 'Nyathi', 'Chiwenga', 'Mutambara', 'Ndlovu', 'Zhou', 'Mavhunga', 'Chirwa', 'Madziva', 'Gwanzura', 'Hove']],
  ZA: [['Ayanda', 'Johan', 'Nokuthula', 'Thabo', 'Marelize', 'Lwazi', 'Refilwe', 'Wikus', 'Palesa', 'Sizwe', 'Karabo', 'Ilse'], ['Mahlangu', 'du Plessis', 'Ndaba', 'Sithole', 'Venter', 'Mabaso', 'Maseko', 'Steyn', 'Radebe', 'Ngubane', 'Fourie', 'Pillay']],
  KE: [['Njambi', 'Ochieng', 'Akinyi', 'Kipchoge', 'Wambui', 'Barasa', 'Jeptoo', 'Mwenda', 'Nyambura', 'Omondi', 'Wanjiku', 'Kibet'], ['Githinji', 'Owino', 'Rotich', 'Macharia', 'Wanyama', 'Ruto', 'Kinyua', 'Otieno', 'Chege', 'Mbugua', 'Langat', 'Muriuki']],
  NG: [['Oluwaseun', 'Chinedu', 'Adaeze', 'Kelechi', 'Zainab', 'Segun', 'Ifeoma', 'Damilola', 'Uchenna', 'Hauwa', 'Obinna', 'Temitope'], ['Adeleke', 'Okeke', 'Nwachukwu', 'Olawale', 'Danjuma', 'Ogunleye', 'Chukwu', 'Ibrahim', 'Ezeh', 'Afolabi', 'Umeh', 'Lawal']],
  GH: [['Kwesi', 'Esi', 'Kwaku', 'Afua', 'Yaa', 'Nana', 'Fiifi', 'Akua', 'Kobina', 'Dede'], ['Amoah', 'Acheampong', 'Ofori', 'Nyarko', 'Frimpong', 'Sarpong', 'Badu', 'Antwi', 'Addo', 'Larbi']],
  ZM: [['Chilufya', 'Mulenga', 'Mwansa', 'Kasonde', 'Bupe', 'Musonda', 'Chileshe', 'Lubinda'], ['Chisanga', 'Mumba', 'Kabwe', 'Sakala', 'Ngoma', 'Mwape', 'Chibwe', 'Nkandu']],
  UG: [['Nakimuli', 'Ssekandi', 'Apio', 'Mukasa', 'Nalubega', 'Opio', 'Kyomuhendo', 'Tumusiime'], ['Lubega', 'Waiswa', 'Nsubuga', 'Ochola', 'Kiggundu', 'Akello', 'Byaruhanga', 'Namutebi']],
  MZ: [['Armando', 'Graça', 'Helder', 'Judite', 'Osvaldo', 'Albertina'], ['Nhantumbo', 'Mondlane', 'Cumbe', 'Matsinhe', 'Chissano', 'Langa']],
  AO: [['Edivaldo', 'Luzia', 'Adilson', 'Marisa', 'Wilson', 'Teresa'], ['Kiala', 'Domingos', 'Neto', 'Kassoma', 'Baptista', 'Manuel']],
  SN: [['Moussa', 'Awa', 'Cheikh', 'Fatou', 'Ibrahima', 'Aminata'], ['Diop', 'Ndiaye', 'Fall', 'Sarr', 'Gueye', 'Ba']],
  CI: [['Yao', 'Adjoua', 'Koffi', 'Aya', 'Serge', 'Mariam'], ['Kouassi', "N'Guessan", 'Konan', 'Traoré', 'Bamba', 'Yapi']],
  GB: [['Sophie', 'Alfie', 'Anjali', 'Euan', 'Bethan', 'Gareth', 'Rosie', 'Tomasz', 'Ellie', 'Kieran', 'Nadia', 'Oliver'], ['Hargreaves', 'Evans', 'Patel', 'MacLeod', 'Morgan', 'Thornton', 'Kaur', 'Nowak', 'Barker', 'Quinn', 'Hussain', 'Lloyd']],
  US: [['Tanisha', 'Kyle', 'Rosa', 'Derek', 'Brianna', 'Trevor', 'Yolanda', 'Cody', 'Jasmine', 'Austin', 'Monique', 'Garrett'], ['Jefferson', 'Miller', 'Ortiz', 'Hoang', 'Campbell', 'Schmidt', 'Robinson', 'Alvarez', 'Carter', 'Novak', 'Greene', 'Walsh']],
  IN: [['Aarav', 'Ishita', 'Karthik', 'Nandini', 'Harsh', 'Lakshmi', 'Manish', 'Shreya', 'Varun', 'Priyanka'], ['Agarwal', 'Pillai', 'Mehta', 'Banerjee', 'Rao', 'Saxena', 'Krishnan', 'Das', 'Patil', 'Sinha']],
  AE: [['Hamdan', 'Noura', 'Saeed', 'Latifa', 'Omar', 'Aisha'], ['Al Falasi', 'Al Suwaidi', 'Al Nuaimi', 'Al Ketbi', 'Al Zaabi', 'Al Marri']],
  SA: [['Faisal', 'Reem', 'Turki', 'Hessa'], ['Al Qahtani', 'Al Otaibi', 'Al Harbi', 'Al Dosari']],
  QA: [['Jassim', 'Maha', 'Tamim', 'Alanoud'], ['Al Thani', 'Al Kuwari', 'Al Sulaiti', 'Al Emadi']],
  MX: [['Citlali', 'Rodrigo', 'Mariana', 'Ernesto', 'Paola', 'Joaquín'], ['Gutiérrez', 'Mendoza', 'Castillo', 'Rojas', 'Aguilar', 'Salazar']],
  BR: [['Bruno', 'Letícia', 'Felipe', 'Juliana', 'Vinícius', 'Gabriela'], ['Barbosa', 'Rocha', 'Teixeira', 'Cardoso', 'Nascimento', 'Moreira']],
  CO: [['Andrés', 'Valentina', 'Camilo', 'Daniela'], ['Restrepo', 'Ospina', 'Cárdenas', 'Muñoz']],
  AR: [['Matías', 'Sofía', 'Federico', 'Agustina'], ['Fernández', 'Gómez', 'Benítez', 'Sosa']],
  CL: [['Ignacio', 'Javiera', 'Tomás', 'Catalina'], ['Contreras', 'Soto', 'Fuentes', 'Vergara']],
  DE: [['Florian', 'Miriam', 'Sebastian', 'Franziska'], ['Vogel', 'Lehmann', 'Köhler', 'Richter']],
  NL: [['Jeroen', 'Marloes', 'Thijs', 'Anouk'], ['Mulder', 'de Boer', 'Vermeulen', 'Bos']],
  FR: [['Élodie', 'Guillaume', 'Margaux', 'Théo'], ['Lambert', 'Bonnet', 'Chevalier', 'Perrin']],
  ES: [['Alba', 'Raúl', 'Irene', 'Hugo'], ['Domínguez', 'Gil', 'Herrera', 'Cabrera']],
  PT: [['Joana', 'Miguel', 'Sofia', 'André'], ['Correia', 'Sousa', 'Almeida', 'Gonçalves']],
};
let usedFirsts = new Set();
function person(cc) {
  const [firsts, lasts] = NAMES[cc] || NAMES.GB;
  let first = pick(firsts);
  for (let i = 0; i < 30 && usedFirsts.has(first); i++) first = pick(firsts);
  usedFirsts.add(first);
  const last = pick(lasts);
  return { first, last, full: `${first} ${last}` };
}
const ascii = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
const slug = (s) => ascii(s).toLowerCase().replace(/[^a-z]/g, '');

// ---------------------------------------------------------------- e-mail addresses

const FREEMAIL = { ZW: ['gmail.com', 'yahoo.com', 'zol.co.zw'], ZA: ['gmail.com', 'webmail.co.za', 'mweb.co.za', 'outlook.com'], KE: ['gmail.com', 'yahoo.com'], NG: ['gmail.com', 'yahoo.com'], GH: ['gmail.com', 'yahoo.com'], ZM: ['gmail.com', 'yahoo.com'], UG: ['gmail.com', 'yahoo.com'], MZ: ['gmail.com', 'tvcabo.co.mz'], AO: ['gmail.com', 'hotmail.com'], SN: ['gmail.com', 'orange.sn', 'yahoo.fr'], CI: ['gmail.com', 'yahoo.fr'], GB: ['gmail.com', 'btinternet.com', 'hotmail.co.uk', 'outlook.com'], US: ['gmail.com', 'yahoo.com', 'icloud.com', 'outlook.com'], IN: ['gmail.com', 'rediffmail.com', 'yahoo.co.in'], AE: ['gmail.com', 'outlook.com'], MX: ['gmail.com', 'hotmail.com', 'prodigy.net.mx'], BR: ['gmail.com', 'uol.com.br', 'hotmail.com'], FR: ['orange.fr', 'free.fr', 'gmail.com'], DE: ['web.de', 'gmx.de', 't-online.de'], NL: ['ziggo.nl', 'kpnmail.nl'], PT: ['sapo.pt', 'gmail.com'], ES: ['gmail.com', 'telefonica.net'] };
function personalEmail(p, cc) {
  const d = pick(FREEMAIL[cc] || FREEMAIL.GB);
  const f = slug(p.first); const l = slug(p.last);
  const local = pick([`${f}.${l}`, `${f}${l}${int(1, 99)}`, `${f[0]}${l}`, `${l}.${f}`, `${f}_${l}${int(70, 99)}`, `${f}${int(100, 999)}`]);
  return `${local}@${d}`;
}

// ---------------------------------------------------------------- phones

const PH = {
  ZW: { mob: () => pick(['77', '78', '71', '73']) + dig(7), fix: () => pick(['242', '292']) + nzd(6) },
  ZA: { mob: () => pick(['82', '83', '72', '73', '76', '79', '81', '61', '63', '71', '84']) + dig(7), fix: () => pick(['11', '21', '31', '12', '41', '51']) + nzd(7) },
  KE: { mob: () => pick(['70', '71', '72', '79', '74', '11']) + dig(7), fix: () => '20' + nzd(7) },
  NG: { mob: () => pick(['803', '806', '813', '816', '703', '706', '905', '810', '802', '808', '812', '701', '902', '807']) + dig(7), fix: () => '9' + nzd(7) },
  GH: { mob: () => pick(['24', '54', '55', '20', '50', '26', '27', '59']) + dig(7), fix: () => '302' + nzd(6) },
  ZM: { mob: () => pick(['97', '96', '95', '76', '77']) + dig(7), fix: () => '211' + nzd(6) },
  UG: { mob: () => pick(['77', '78', '70', '75', '76', '74']) + dig(7), fix: () => '414' + nzd(6) },
  MZ: { mob: () => pick(['82', '84', '85', '86', '87']) + dig(7), fix: () => '21' + nzd(6) },
  AO: { mob: () => pick(['92', '93', '94', '99']) + dig(7), fix: () => '222' + nzd(6) },
  SN: { mob: () => pick(['77', '78', '76', '70']) + dig(7), fix: () => '338' + nzd(6) },
  CI: { mob: () => pick(['07', '05', '01']) + dig(8), fix: () => '2722' + nzd(6) },
  GB: { mob: () => '7' + pick(['4', '5', '7', '8', '9']) + dig(8), fix: () => pick(['20' + pick(['7', '8', '3']) + dig(7), '161' + nzd(7), '113' + nzd(7), '131' + nzd(7)]), free: () => '808' + nzd(7) },
  US: { mob: () => pick(['212', '312', '415', '617', '713', '404', '206', '305', '702', '503', '602', '919', '646', '773', '832']) + String(int(2, 9)) + dig(2) + dig(4), free: () => pick(['800', '888', '877', '866']) + String(int(2, 9)) + dig(2) + dig(4) },
  IN: { mob: () => pick(['9', '8', '7', '6']) + dig(9), fix: () => pick(['80', '22', '11', '44']) + nzd(8), free: () => '1800' + dig(7) },
  AE: { mob: () => '5' + pick(['0', '2', '4', '5', '6', '8']) + dig(7), fix: () => pick(['4', '2']) + nzd(7), free: () => '800' + dig(5) },
  SA: { mob: () => '5' + pick(['0', '3', '4', '5', '6']) + dig(7), fix: () => '11' + nzd(7) },
  QA: { mob: () => pick(['3', '5', '6', '7']) + dig(7), fix: () => '44' + nzd(6) },
  MX: { mob: () => pick(['55', '33', '81']) + nzd(8) },
  BR: { mob: () => pick(['11', '21', '31', '41']) + '9' + nzd(8), fix: () => pick(['11', '21']) + pick(['3', '2']) + dig(7) },
  CO: { mob: () => '3' + pick(['00', '10', '15', '20', '01']) + dig(7) },
  AR: { mob: () => '911' + pick(['2', '3', '4', '5', '6']) + dig(7) },
  CL: { mob: () => '9' + nzd(8) },
  DE: { mob: () => '15' + pick(['1', '2', '7']) + dig(8) },
  NL: { mob: () => '6' + nzd(8) },
  FR: { mob: () => pick(['6', '7']) + dig(8), fix: () => pick(['1', '4']) + dig(8) },
  PT: { mob: () => '9' + pick(['1', '2', '3', '6']) + dig(7) },
  ES: { mob: () => '6' + dig(8) },
};
const CC_CODE = { ZW: '263', ZA: '27', KE: '254', NG: '234', GH: '233', ZM: '260', UG: '256', MZ: '258', AO: '244', SN: '221', CI: '225', GB: '44', US: '1', IN: '91', AE: '971', SA: '966', QA: '974', MX: '52', BR: '55', CO: '57', AR: '54', CL: '56', DE: '49', NL: '31', FR: '33', PT: '351', ES: '34' };
const phonesMade = new Set();
/** A fresh valid phone number: { e164, intl, natl, nsn, cc } */
function phone(cc, type = 'mob') {
  for (let i = 0; i < 500; i++) {
    const nsn = PH[cc][type]();
    const e164 = `+${CC_CODE[cc]}${nsn}`;
    if (phonesMade.has(e164) || !isValidPhoneNumber(e164)) continue;
    phonesMade.add(e164);
    const p = parsePhoneNumber(e164);
    return { e164, intl: p.formatInternational(), natl: p.formatNational(), nsn, cc, code: CC_CODE[cc] };
  }
  throw new Error(`no valid ${cc} ${type} phone`);
}
/** Written forms of a phone number. */
function phoneAs(p, style) {
  const rest = p.intl.slice(p.code.length + 2);
  switch (style) {
    case 'intl': return p.intl;
    case 'natl': return p.natl;
    case 'e164': return p.e164;
    case '00': return '00' + p.intl.slice(1);
    case 'dash': return p.intl.replace(/ /g, '-');
    case 'dot': return `+${p.code} ` + rest.replace(/ /g, '.');
    case 'paren0': return `+${p.code} (0)${rest}`;
    case 'natl-tight': return p.natl.replace(/[\s()-]/g, '');
    case 'natl-dash': return p.natl.replace(/[()]/g, '').replace(/ /g, '-');
    case 'bare-cc': return p.e164.slice(1);
    case 'paren-cc': return `(+${p.code}) ${rest}`;
    default: throw new Error(style);
  }
}

// ---------------------------------------------------------------- cards

const BRAND = {
  visa: () => ['4' + dig(5), 16], visa13: () => ['4' + dig(5), 13], visa19: () => ['4' + dig(5), 19],
  mc: () => ['5' + int(1, 5) + dig(4), 16], mc2: () => [String(int(2221, 2720)) + dig(2), 16],
  amex: () => [pick(['34', '37']) + dig(4), 15], discover: () => [pick(['6011' + dig(2), '65' + dig(4)]), 16],
  diners: () => [pick(['36', '38']) + dig(4), 14], jcb: () => [String(int(3528, 3589)) + dig(2), 16],
  unionpay: () => ['62' + int(3, 6) + dig(3), 16], verve: () => [pick(['506099', '506102', '650002']), 19],
  maestro: () => [pick(['6759', '5018', '6304']) + dig(2), 16], rupay: () => [pick(['6521', '6522', '6070']) + dig(2), 16],
  elo: () => [pick(['636368', '509074', '650487']), 16], mir: () => ['220' + int(0, 4) + dig(2), 16],
};
function card(brand) {
  const [pre, len] = BRAND[brand]();
  return luhnComplete(pre + dig(len - pre.length - 1));
}
function cardGroups(d) {
  if (d.length === 15) return [4, 6, 5];
  if (d.length === 14) return [4, 6, 4];
  if (d.length === 13) return [4, 4, 5];
  if (d.length === 19) return [4, 4, 4, 4, 3];
  return [4, 4, 4, 4];
}
const fmtCard = (d, sep = ' ') => group(d, cardGroups(d), sep);
const expiry = (style = 0) => {
  const mm = pad(int(1, 12), 2);
  const yy = int(27, 32);
  return [`${mm}/${yy}`, `${mm}/20${yy}`, `${mm}-${yy}`, `${mm} / ${yy}`, `${mm}.${yy}`][style];
};
const cvv = (n = 3) => { let c; do c = dig(n); while (/^(\d)\1+$/.test(c)); return c; };

// ---------------------------------------------------------------- obfuscation

const ZWSP = '\u200b';
const ZWNJ = '\u200c';
const WJ = '\u2060';
const fullwidth = (s) => s.replace(/[0-9]/g, (c) => String.fromCharCode(0xff10 + Number(c))).replace(/\+/g, '＋').replace(/@/g, '＠');
const entities = (s, every = 2) => { let n = 0; return s.replace(/[0-9]/g, (c) => (n++ % every === 0 ? `&#${c.charCodeAt(0)};` : c)); };
const htmlNbsp = (s) => s.replace(/ /g, '&nbsp;');
/** Puts `ch` after every `every` digits. */
function sprinkle(s, ch = ZWSP, every = 4) {
  let out = ''; let n = 0;
  for (const c of s) { out += c; if (/\d/.test(c) && ++n % every === 0) out += ch; }
  return out.endsWith(ch) ? out.slice(0, -ch.length) : out;
}
const DIGIT_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
/** Digits read aloud the way a call-transcription engine writes them ("double seven" etc.). */
function spoken(d, { oh = false, doubles = true } = {}) {
  const out = [];
  for (let i = 0; i < d.length; i++) {
    const w = d[i] === '0' && oh ? 'oh' : DIGIT_WORDS[+d[i]];
    if (doubles && d[i + 1] === d[i] && d[i + 2] !== d[i]) { out.push(`double ${w}`); i++; } else out.push(w);
  }
  return out.join(' ');
}
const spellEmail = (e, at = ' at ', dot = ' dot ') => e.replace('@', at).replace(/\./g, dot);

// ---------------------------------------------------------------- IBAN, bank accounts, routing, BIC

const BBAN = {
  GB: () => pick(['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL', 'NAIA']) + dig(14),
  DE: () => dig(18), FR: () => dig(10) + dig(11) + dig(2), NL: () => pick(['ABNA', 'INGB', 'RABO', 'TRIO', 'SNSB']) + dig(10),
  PT: () => dig(21), ES: () => dig(20), BE: () => dig(12), IE: () => pick(['AIBK', 'BOFI']) + dig(14),
  MZ: () => dig(21), AO: () => '0040' + dig(17), SN: () => pick(['SN', 'A0', 'K1']).slice(0, 1) + dig(23), CI: () => pick(['CI', 'A1']).slice(0, 1) + dig(23),
  AE: () => dig(19), SA: () => dig(20), QA: () => pick(['QNBA', 'DOHB', 'CBQA']) + dig(21), BH: () => pick(['NBOB', 'BBKU']) + dig(14),
  KW: () => pick(['NBOK', 'CBKU']) + dig(22), EG: () => dig(25), MU: () => pick(['MCBL', 'SBMM']) + dig(19) + 'MUR', TN: () => dig(20), MA: () => dig(24),
  IT: () => pick(UP.split('')) + dig(10) + dig(12), BR: () => dig(23) + 'C' + dig(1),
};
const IBAN_LEN = { GB: 22, DE: 22, FR: 27, NL: 18, PT: 25, ES: 24, BE: 16, IE: 22, MZ: 25, AO: 25, SN: 28, CI: 28, AE: 23, SA: 24, QA: 29, BH: 22, KW: 30, EG: 29, MU: 30, TN: 24, MA: 28, IT: 27, BR: 29 };
function iban(cc) {
  const v = ibanFor(cc, BBAN[cc]());
  if (v.length !== IBAN_LEN[cc] || !ibanValid(v)) throw new Error(`bad IBAN ${cc} ${v.length}`);
  return v;
}
const fmtIban = (v, sep = ' ') => by4(v, sep);
function aba() {
  const district = pick(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '21', '22', '23', '26', '31', '32']);
  const r = abaComplete(district + dig(6));
  if (!abaValid(r)) throw new Error('aba');
  return r;
}
const NUBAN_BANKS = { Access: '044', GTBank: '058', 'First Bank': '011', Zenith: '057', UBA: '033', Fidelity: '070', Sterling: '232', Wema: '035', 'Union Bank': '032', Ecobank: '050' };
function nuban(bankName) {
  const code = NUBAN_BANKS[bankName];
  const serial = dig(9);
  const w = [3, 7, 3, 3, 7, 3, 3, 7, 3, 3, 7, 3];
  const s = code + serial;
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += (s.charCodeAt(i) - 48) * w[i];
  const acct = serial + String((10 - (sum % 10)) % 10);
  if (!nubanValid(code, acct)) throw new Error('nuban');
  return acct;
}
function clabe() {
  const base = pick(['002', '012', '014', '021', '072']) + pick(['180', '320', '580', '650']) + dig(11);
  const w = [3, 7, 1];
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += ((base.charCodeAt(i) - 48) * w[i % 3]) % 10;
  return base + String((10 - (sum % 10)) % 10);
}
const sortCode = () => `${pick(['20', '40', '30', '60', '09', '83', '11', '77', '16'])}-${pad(int(0, 99), 2)}-${pad(int(0, 99), 2)}`;
const ukAccount = () => nzd(8);
const BICS = {
  ZW: ['CBZAZWHX', 'STBLZWHX', 'FBCPZWHX', 'NMBLZWHX'], ZA: ['FIRNZAJJ', 'SBZAZAJJ', 'ABSAZAJJ', 'NEDSZAJJ', 'CABLZAJJ'], KE: ['KCBLKENX', 'EQBLKENA', 'SCBLKENX', 'CBAFKENX'],
  NG: ['GTBINGLA', 'ZEIBNGLA', 'FBNINGLA', 'UNAFNGLA'], GH: ['GHCBGHAC', 'SCBLGHAC', 'ECOCGHAC'], ZM: ['ZNCOZMLU', 'SBICZMLX', 'BARCZMLX'], UG: ['SBICUGKX', 'DFCUUGKA', 'CERBUGKA'],
  MZ: ['BIMOMZMX', 'SBICMZMX'], AO: ['BCGAAOLU', 'BFMXAOLU'], SN: ['SGSNSNDA', 'CBAOSNDA'], CI: ['SGCICIAB', 'ECOCCIAB'],
  GB: ['NWBKGB2L', 'BARCGB22', 'LOYDGB21', 'HBUKGB4B'], US: ['CHASUS33', 'BOFAUS3N', 'CITIUS33'], DE: ['COBADEFF', 'DEUTDEFF', 'GENODEM1GLS'], NL: ['ABNANL2A', 'INGBNL2A'],
  FR: ['BNPAFRPP', 'AGRIFRPP882', 'SOGEFRPP'], PT: ['CGDIPTPL', 'BCOMPTPL'], AE: ['EBILAEAD', 'NBADAEAA', 'ADCBAEAA'], SA: ['NCBKSAJE', 'RJHISARI'], QA: ['QNBAQAQA', 'DOHBQAQA'],
  MX: ['BNMXMXMM', 'BCMRMXMM'], BR: ['BRASBRRJ', 'ITAUBRSP'], IN: ['SBININBB', 'HDFCINBB', 'ICICINBB'],
};
const bic = (cc) => { const b = pick(BICS[cc]); return b.length === 8 && chance(0.3) ? b + 'XXX' : b; };

// ---------------------------------------------------------------- national IDs

const ZW_OFFICES = ['02', '03', '04', '05', '07', '08', '10', '13', '18', '22', '24', '25', '27', '29', '32', '38', '42', '43', '44', '47', '48', '50', '56', '58', '59', '63', '66', '68', '70', '71', '75', '77', '80', '83', '86'];
function zwId(sep = 0) {
  const office = pick(ZW_OFFICES);
  const seq = chance(0.6) ? dig(6) : nzd(7);
  const letter = zwCheckLetter(office + seq);
  const district = pick(ZW_OFFICES);
  return [`${office}-${seq} ${letter} ${district}`, `${office}-${seq}${letter}${district}`, `${office}${seq}${letter}${district}`, `${office}-${seq}-${letter}-${district}`][sep];
}
function ymd(y0, y1) {
  const y = int(y0, y1); const m = int(1, 12); const d = int(1, 28);
  return { y, m, d, yymmdd: pad(y % 100, 2) + pad(m, 2) + pad(d, 2) };
}
function saId() { const b = ymd(1960, 2004); const v = zaId(b.yymmdd, pad(int(0, 9999), 4), pick(['0', '0', '0', '1'])); if (!luhnValid(v)) throw new Error('za'); return v; }
const keId = () => String(int(2, 3)) + dig(7);
const kraPin = () => pick(['A', 'P']) + '0' + dig(8) + pick(UP.split(''));
function nin() { const v = verhoeffComplete(nzd(10)); if (!verhoeffValid(v)) throw new Error('nin'); return v; }
const bvn = () => '22' + dig(9);
const ghanaCard = () => `GHA-${nzd(9)}-${dig(1)}`;
const zmNrc = () => `${nzd(6)}/${pad(int(10, 99), 2)}/1`;
const ugNin = () => `C${pick(['M', 'F'])}${pad(int(70, 99), 2)}${dig(6)}${chars(4)}`;
const mzBi = () => `${pick(['11', '10', '09', '03', '08'])}${dig(10)}${pick(UP.split(''))}`;
const mzNuit = () => String(int(1, 4)) + dig(8);
const aoBi = () => `${pad(int(100000, 9999999), 9)}${pick(['LA', 'BA', 'HO', 'HA', 'BE'])}${pad(int(10, 99), 3)}`;
const snCni = () => `${pick(['1', '2'])}${dig(3)}${int(1960, 2004)}${dig(5)}`;
function ssn() {
  let a; do a = int(1, 899); while (a === 666);
  return `${pad(a, 3)}-${pad(int(1, 99), 2)}-${pad(int(1, 9999), 4)}`;
}
function nino(sep = ' ') {
  const first = 'ABCEGHJKLMNOPRSTWXYZ'; const second = 'ABCEGHJKLMNPRSTWXYZ';
  let p; do p = chars(1, first) + chars(1, second); while (['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'].includes(p));
  const d = dig(6);
  return [p, d.slice(0, 2), d.slice(2, 4), d.slice(4), chars(1, 'ABCD')].join(sep);
}
function aadhaar() { const v = verhoeffComplete(String(int(2, 9)) + dig(10)); if (!verhoeffValid(v)) throw new Error('aadhaar'); return v; }
const panCard = (lastName) => chars(3) + 'P' + ascii(lastName)[0].toUpperCase() + dig(4) + chars(1);
function cpf() {
  const b = nzd(9).split('').map(Number);
  const c1 = (() => { const s = b.reduce((a, d, i) => a + d * (10 - i), 0); const r = (s * 10) % 11; return r === 10 ? 0 : r; })();
  const c2 = (() => { const x = [...b, c1]; const s = x.reduce((a, d, i) => a + d * (11 - i), 0); const r = (s * 10) % 11; return r === 10 ? 0 : r; })();
  const s = b.join('') + c1 + c2;
  return `${s.slice(0, 3)}.${s.slice(3, 6)}.${s.slice(6, 9)}-${s.slice(9)}`;
}
const CURP_CH = '0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ';
function curp(p) {
  const L = ascii(p.last).toUpperCase().replace(/[^A-Z]/g, '');
  const F = ascii(p.first).toUpperCase().replace(/[^A-Z]/g, '');
  const vowel = (L.slice(1).match(/[AEIOU]/) || ['X'])[0];
  const cons = (s) => (s.slice(1).match(/[B-DF-HJ-NP-TV-Z]/) || ['X'])[0];
  const b = ymd(1965, 2003);
  const base = L[0] + vowel + 'X' + F[0] + b.yymmdd + pick(['H', 'M']) + pick(['DF', 'JC', 'NL', 'MC', 'PL', 'GT']) + cons(L) + 'X' + cons(F) + (b.y < 2000 ? String(int(0, 9)) : pick(UP.split('')));
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CURP_CH.indexOf(base[i]) * (18 - i);
  return base + String((10 - (sum % 10)) % 10);
}
const dniEs = () => { const n = int(10000000, 99999999); return `${n}${'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}`; };
function emiratesId() { const v = luhnComplete('784' + String(int(1965, 2000)) + dig(7)); return `${v.slice(0, 3)}-${v.slice(3, 7)}-${v.slice(7, 14)}-${v.slice(14)}`; }
const saudiId = () => luhnComplete(pick(['1', '2']) + dig(8));
function bsn() {
  for (;;) { const d = nzd(9); let s = 0; for (let i = 0; i < 8; i++) s += (+d[i]) * (9 - i); s -= +d[8]; if (s % 11 === 0) return d; }
}
function rut() {
  const n = int(8000000, 24999999); const ds = String(n).split('').reverse().map(Number);
  let s = 0; ds.forEach((d, i) => { s += d * (2 + (i % 6)); });
  const r = 11 - (s % 11); const c = r === 11 ? '0' : r === 10 ? 'K' : String(r);
  return `${String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.')}-${c}`;
}
const dniAr = () => String(int(20000000, 45999999)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
const cedulaCo = () => String(int(1000000000, 1099999999));

// ---------------------------------------------------------------- passports and MRZ

const MRZV = (c) => (c === '<' ? 0 : /\d/.test(c) ? +c : c.charCodeAt(0) - 55);
const mrzCheck = (s) => String([...s].reduce((a, c, i) => a + MRZV(c) * [7, 3, 1][i % 3], 0) % 10);
function mrzTd3(p, state, docNo, sex = 'F') {
  const name = `${ascii(p.last).toUpperCase().replace(/[^A-Z]+/g, '<')}<<${ascii(p.first).toUpperCase().replace(/[^A-Z]+/g, '<')}`;
  const l1 = `P<${state}${name}`.padEnd(44, '<').slice(0, 44);
  const doc = docNo.padEnd(9, '<');
  const dob = ymd(1962, 2001).yymmdd;
  const exp = `${int(28, 35)}${pad(int(1, 12), 2)}${pad(int(1, 28), 2)}`;
  const pers = '<'.repeat(14);
  const body = doc + mrzCheck(doc) + state + dob + mrzCheck(dob) + sex + exp + mrzCheck(exp) + pers + mrzCheck(pers);
  const comp = mrzCheck(body.slice(0, 10) + body.slice(13, 20) + body.slice(21, 43));
  const l2 = body + comp;
  if (l1.length !== 44 || l2.length !== 44) throw new Error('mrz');
  return [l1, l2];
}
const PASSPORT = {
  ZW: () => chars(2) + dig(6), ZA: () => pick(['A', 'M']) + nzd(8), KE: () => pick(['AK', 'BK', 'CK']) + dig(7), NG: () => pick(['A', 'B']) + nzd(8),
  GH: () => pick(['G', 'H']) + nzd(7), GB: () => nzd(9), US: () => pick(['A', 'B', '5', '6']) + dig(8), IN: () => pick(['K', 'M', 'P', 'T', 'Z']) + nzd(7),
  UG: () => pick(['A', 'B']) + nzd(7), ZM: () => 'ZN' + dig(6), AE: () => chars(1) + dig(7), DE: () => chars(1, 'CFGHJK') + chars(8, 'CFGHJKLMNPRTVWXYZ0123456789'),
  FR: () => pad(int(10, 99), 2) + chars(2) + dig(5), BR: () => chars(2) + dig(6), MX: () => pick(['G', 'N']) + nzd(8), SN: () => 'A' + nzd(8), CI: () => '20' + chars(2) + dig(5),
};

// ---------------------------------------------------------------- credentials

function password() {
  const words = ['Mango', 'Kariba', 'Baobab', 'Zambezi', 'Falcon', 'Savanna', 'Kudu', 'Jacaranda', 'Harmattan', 'Marula', 'Kopje', 'Tilapia', 'Msasa', 'Sunbird'];
  return pick([
    () => `${pick(words)}${pick(['#', '!', '@', '$', '%', '&', '*'])}${dig(4)}${chars(1)}`,
    () => `${chars(3, ALNUM)}${pick(['-', '_', '.', '!'])}${chars(4, ALNUM)}${pick(['?', '#', '+', '='])}${dig(2)}`,
    () => `${pick(words).toLowerCase()}${pick(words)}${dig(2)}${pick(['!', '?', '$'])}`,
    () => chars(12, ALNUM + '!#%&*+'),
  ])();
}
const otp = (n = 6) => { let c; do c = dig(n); while (/^(\d)\1+$/.test(c) || c === '123456'); return c; };
const pin = (n = 4) => { let c; do c = dig(n); while (/^(\d)\1+$/.test(c) || '0123456789'.includes(c) || '9876543210'.includes(c)); return c; };
const skLive = () => `sk_live_${chars(24, ALNUM)}`;
const ghp = () => `ghp_${chars(36, ALNUM)}`;
const akia = () => `AKIA${chars(16, UP + '234567')}`;
const awsSecret = () => chars(40, ALNUM + '+/');
const hexStr = (n) => chars(n, HEX);
const b64 = (s) => Buffer.from(s, 'utf8').toString('base64');

// ---------------------------------------------------------------- hard-negative values

/** 16-digit Luhn-valid reference numbers outside every card IIN range (prefixes 7 and 9). */
const luhnRef = (len = 16) => luhnComplete(pick(['7', '9']) + dig(len - 2));
function imei() { return luhnComplete(pick(['35', '86', '01', '35']) + dig(12)); }
function ean13(prefix) {
  const base = prefix + dig(12 - prefix.length);
  const s = base.split('').reduce((a, d, i) => a + (+d) * (i % 2 ? 3 : 1), 0);
  return base + String((10 - (s % 10)) % 10);
}
function s10(country) {
  const n = dig(8); const w = [8, 6, 4, 2, 3, 5, 9, 7];
  let s = 0; for (let i = 0; i < 8; i++) s += (+n[i]) * w[i];
  let c = 11 - (s % 11); if (c === 10) c = 0; if (c === 11) c = 5;
  return `${pick(['RR', 'EE', 'CP', 'LX', 'RB'])}${n}${c}${country}`;
}
const ups = () => `1Z${chars(6, UP + '0123456789')}${dig(10)}`;
const pnr = () => chars(6, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789');
const eticket = () => `${pick(['083', '071', '176', '157', '706', '050', '125'])}${dig(10)}`;
const uuid = () => `${hexStr(8)}-${hexStr(4)}-4${hexStr(3)}-${pick(['8', '9', 'a', 'b'])}${hexStr(3)}-${hexStr(12)}`;
const mpesaTx = () => `${pick(['S', 'T', 'R', 'Q'])}${chars(1)}${dig(1)}${chars(7, UP + '0123456789')}`;
const money = (cur, lo, hi, dec = true) => `${cur}${(int(lo, hi) + (dec ? int(0, 99) / 100 : 0)).toLocaleString('en-US', { minimumFractionDigits: dec ? 2 : 0, maximumFractionDigits: 2 })}`;
const date = (sep = '/') => `${pad(int(1, 28), 2)}${sep}${pad(int(1, 12), 2)}${sep}2026`;
const time = () => `${pad(int(7, 18), 2)}:${pad(int(0, 11) * 5, 2)}`;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
/** Thread dates: each call goes 1-4 days further back from a per-record start, so quoted history reads newest first. */
let dateCursor = 0;
const resetDates = () => { dateCursor = Date.UTC(2026, 10, int(5, 28)); };
const longDate = () => { dateCursor -= int(1, 4) * 86400000; const d = new Date(dateCursor); return `${WEEKDAYS[d.getUTCDay()]}, ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} 2026`; };
/** Chat clocks: each call moves a per-record clock 0-4 minutes on. */
let clock = 0;
const resetClock = () => { clock = int(7 * 60, 16 * 60); };
const tick = () => { clock += int(0, 4); return `${pad(Math.floor(clock / 60), 2)}:${pad(clock % 60, 2)}`; };
const dob = () => `${pad(int(1, 28), 2)}/${pad(int(1, 12), 2)}/${int(1960, 2004)}`;

// ---------------------------------------------------------------- templates

const TPL = [];
/** A template: kind pos/neg, how often it is used (1 or 2), tags, and fn(k) -> marked text (k = use 0 or 1). */
const pos = (name, uses, tags, fn) => TPL.push({ kind: 'pos', name, uses, tags, fn });
const neg = (name, uses, tags, fn) => TPL.push({ kind: 'neg', name, uses, tags, fn });
const P = (v) => M('PHONE_NUMBER', v);
const E = (v) => M('EMAIL_ADDRESS', v);
const ID = (v) => M('NATIONAL_ID', v);
const C = (v) => M('CARD_NUMBER', v);
const X = (v) => M('CARD_EXPIRY', v);
const V = (v) => M('CARD_CVV', v);
const CR = (v) => M('CREDENTIAL', v);
const SO = (v) => M('SOLICITATION', v);
const IB = (v) => M('IBAN', v);
const BA = (v) => M('BANK_ACCOUNT', v);
const RT = (v) => M('ROUTING_NUMBER', v);
const BI = (v) => M('SWIFT_BIC', v);
const PP = (v) => M('PASSPORT_NUMBER', v);

// ======== e-mail threads with quoted history

pos('zw-bank-thread-quoted-id-account', 2, 'bank cc=ZW quoted sig', (k) => {
  const c = person('ZW'); const a = person('ZW'); const acct = '0' + nzd(12);
  const fixed = phone('ZW', 'fix'); const mob = phone('ZW');
  const reply = `Hi ${c.first},

Thanks for sending the documents. Your new account is now linked to your internet banking profile and the first statement will be e-mailed on the 1st of next month.

Kind regards,
${a.full}
Account Services, Msasa Bank
Tel: ${P(k ? phoneAs(fixed, 'intl') : fixed.natl)}  |  WhatsApp: ${P(phoneAs(mob, k ? 'natl' : 'intl'))}
${E('accounts@msasabank.co.zw')}
`;
  const quoted = k
    ? `-----Original Message-----
From: ${c.full} <${E(personalEmail(c, 'ZW'))}>
Sent: ${longDate()} 08:52
To: Accounts <${E('accounts@msasabank.co.zw')}>
Subject: RE: Account opening

Good morning

My ID is ${ID(zwId(2))} and the account number you gave me on the phone is ${BA(acct)}. Please confirm it is active.

Regards
${c.first}`
    : `On ${longDate()} at 09:14, ${c.full} <${E(personalEmail(c, 'ZW'))}> wrote:
> Good morning,
> Please find my details for the account opening below.
> National ID: ${ID(zwId(0))}
> Account number: ${BA(acct)}
> Thank you`;
  return `${reply}\n${quoted}`;
});

pos('uk-thread-sort-code-account-quoted', 2, 'bank cc=GB quoted', (k) => {
  const c = person('GB'); const a = person('GB'); const sc = sortCode(); const ac = ukAccount();
  return k
    ? `Dear ${c.first},

We have now updated the payee on your standing order. No further action is needed.

Yours sincerely,
${a.first} | Payments Team

> From: ${c.full}
> Date: ${longDate()}
> Subject: Standing order
>
> Hi, the new details are:
>   Sort code ${RT(sc.replace(/-/g, ' '))}
>   Account no. ${BA(ac)}
> Can you change it before the 5th?
> ${c.first}`
    : `Hi ${c.first},

Thanks, the refund has been sent to the account below and should arrive within 2 working days.

Best,
${a.first}

On ${longDate()} at 16:41, ${c.full} wrote:
> Hi there, please pay the refund to my Monzo account: sort code ${RT(sc)}, account number ${BA(ac)}.
> Thanks, ${c.first}`;
});

pos('ke-telecom-outlook-thread-phones-id', 2, 'telecom cc=KE quoted multi-phone', (k) => {
  const c = person('KE'); const a = person('KE'); const p1 = phone('KE'); const p2 = phone('KE');
  const idv = keId();
  return `Dear ${c.first},

Both lines are now registered under your name. The SIM-swap hold on ${P(phoneAs(p1, k ? 'natl' : 'intl'))} will lift after 24 hours.

Regards,
${a.full}
Customer Care

________________________________
From: ${c.full}
Sent: ${longDate()} ${time()}
To: Customer Care
Subject: Line registration

Hello, I want to register my two lines ${P(k ? phoneAs(p1, 'natl-tight') : p1.natl)} and ${P(k ? phoneAs(p2, 'e164') : phoneAs(p2, 'natl-tight'))}. My ID number is ${ID(idv)}.
Thank you.`;
});

pos('ng-fintech-thread-nuban-bvn', 2, 'fintech cc=NG quoted bank-account lang=pcm', (k) => {
  const c = person('NG'); const a = person('NG'); const bank = pick(Object.keys(NUBAN_BANKS)); const acct = nuban(bank);
  return k
    ? `Hello ${c.first},

Abeg no vex for the delay. We don see the reversal and e go land for your ${bank} account ${BA(acct)} before end of day.

${a.first}
Support Team

>> On ${longDate()}, ${c.full} wrote:
>> I don try transfer 3 times, money comot but e no reach. My BVN na ${ID(bvn())} if you need am.`
    : `Dear ${c.first},

Thank you for your patience. The failed transfer has been reversed to your ${bank} account ${BA(acct)}.

Warm regards,
${a.full}

> On ${longDate()}, ${c.full} <${E(personalEmail(c, 'NG'))}> wrote:
> Good afternoon. I was debited twice for the same transfer.
> Account: ${BA(acct)} (${bank})
> BVN: ${ID(bvn())}
> Please help.`;
});

pos('za-insurance-nested-quotes-id-email', 2, 'insurance cc=ZA quoted nested', (k) => {
  const c = person('ZA'); const a = person('ZA'); const b = person('ZA'); const idv = saId();
  const em = personalEmail(c, 'ZA');
  return `Hi ${c.first},

Claim approved. The assessor will contact you on ${E(em)} to book the inspection.

${a.first}
Claims, Jacaranda Insure

> On ${longDate()}, ${b.full} wrote:
> ${a.first}, please see below, the client resent the ID.
>
>> On ${longDate()}, ${c.full} <${E(em)}> wrote:
>> Sorry, here is my ID number again: ${ID(k ? group(idv, [6, 4, 3], ' ') : idv)}
>> It is the policy on my ${pick(['Polo', 'Hilux', 'Corolla', 'Ranger'])}.`;
});

pos('us-thread-ssn-routing-account', 2, 'payroll cc=US quoted routing', (k) => {
  const c = person('US'); const a = person('US'); const r = aba(); const acct = nzd(int(9, 12));
  return `Hi ${c.first},

Direct deposit is set up from the next pay run. Your first stub will show the last four of the account only.

Thanks,
${a.first}, HR Operations

On ${longDate()} at ${time()} ${c.full} wrote:
> Here is what you asked for:
> SSN: ${ID(k ? ssn().replace(/-/g, ' ') : ssn())}
> Routing: ${RT(r)}
> Checking account: ${BA(acct)}
> Let me know if anything else is missing.`;
});

pos('in-thread-aadhaar-pan-phone', 2, 'telecom cc=IN quoted lang=hinglish', (k) => {
  const c = person('IN'); const a = person('IN'); const ad = aadhaar(); const mob = phone('IN');
  return `Dear ${c.first} ji,

Aapka KYC verify ho gaya hai. New SIM activation ${P(k ? mob.natl : phoneAs(mob, 'intl'))} par 4 hours mein ho jayega.

Regards,
${a.full}

--- On ${longDate()}, ${c.full} wrote ---
Aadhaar: ${ID(k ? group(ad, [4, 4, 4], '-') : group(ad, [4, 4, 4]))}
PAN: ${ID(panCard(c.last))}
Please activate jaldi.`;
});

// ======== HTML bodies

pos('html-refund-table-iban-bic', 2, 'ecommerce cc=DE/NL html iban', (k) => {
  const cc = k ? 'NL' : 'DE'; const c = person(cc); const ib = iban(cc); const b = bic(cc);
  return `<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Dear ${c.first},</p>
<p>your refund will be sent to the bank account below:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td><b>Account holder</b></td><td>${c.full}</td></tr>
<tr><td><b>IBAN</b></td><td>${IB(k ? ib : fmtIban(ib))}</td></tr>
<tr><td><b>BIC</b></td><td>${BI(b)}</td></tr>
<tr><td><b>Amount</b></td><td>EUR ${int(20, 400)},${pad(int(0, 99), 2)}</td></tr>
</table>
<p>Kind regards,<br>Customer Service</p>
</body></html>`;
});

pos('html-entity-card-number', 2, 'retail cc=GB/US html obf=entities card', (k) => {
  const c = person(k ? 'US' : 'GB'); const d = card(k ? 'amex' : 'visa'); const ex = expiry(k ? 1 : 0);
  return `<div>Hi ${c.first},<br><br>
We have updated the card on your subscription to <span style="font-family:monospace">${C(entities(fmtCard(d), k ? 3 : 2))}</span>, expiring ${X(ex)}${k ? `, CID ${V(cvv(4))}` : ''}.<br>
If this is not right, reply to this e-mail.<br><br>
Thanks,<br>Billing</div>`;
});

pos('html-signature-tel-mailto', 2, 'logistics cc=ZA/KE html sig', (k) => {
  const cc = k ? 'KE' : 'ZA'; const a = person(cc); const p1 = phone(cc, 'fix'); const p2 = phone(cc);
  const dom = k ? 'swiftparcel.co.ke' : 'karooexpress.co.za'; const em = `${slug(a.first)}.${slug(a.last)}@${dom}`;
  return `<p>Hi,</p><p>Your parcel has been re-routed to the new address. Delivery is now scheduled for tomorrow.</p>
<table style="font-size:12px;color:#555"><tr><td>
<strong>${a.full}</strong><br>
Dispatch Coordinator<br>
T: <a href="tel:${P(p1.e164)}">${P(p1.intl)}</a><br>
M: <a href="tel:${P(p2.e164)}">${P(k ? p2.natl : p2.intl)}</a><br>
E: <a href="mailto:${E(em)}">${E(em)}</a>
</td></tr></table>`;
});

pos('html-br-split-phone', 2, 'utility cc=ZA/GH html obf=br', (k) => {
  const cc = k ? 'GH' : 'ZA'; const c = person(cc); const p = phone(cc);
  const parts = p.natl.split(' ');
  const written = k ? `${parts[0]}<br>${parts.slice(1).join(' ')}` : `${parts.slice(0, 2).join(' ')}<br>\n${parts.slice(2).join(' ')}`;
  return `<p>Dear ${c.first},<br>the technician will call you on ${P(written)}<br>before arriving. Please keep the gate unlocked between 08:00 and 12:00.</p>`;
});

pos('html-nbsp-entities-phone', 2, 'telecom cc=UG/ZM html obf=nbsp-entity', (k) => {
  const cc = k ? 'ZM' : 'UG'; const c = person(cc); const p = phone(cc); const p2 = phone(cc, 'fix');
  return `<p>Hello ${c.first},</p>
<p>Your line&nbsp;${P(htmlNbsp(p.intl))} has been upgraded to the ${pick(['Gold', 'Unlimited', 'Business'])} bundle.&nbsp;For help call&nbsp;${P(htmlNbsp(k ? p2.natl : p2.intl))}.</p>
<p>&copy;&nbsp;2026 Customer Care</p>`;
});

pos('html-code-block-temp-password', 2, 'saas cc=US/GB html credential', (k) => {
  const c = person(k ? 'GB' : 'US'); const pw = password();
  return `<p>Hi ${c.first},</p>
<p>I've reset your admin account. Log in with the temporary password below and you will be asked to choose a new one:</p>
<pre style="background:#f4f4f4;padding:8px"><code>${CR(pw)}</code></pre>
<p>The temporary password expires in ${k ? '24 hours' : '60 minutes'}.</p>
<p>— IT Service Desk</p>`;
});

pos('html-inline-style-split-iban-bank-details', 1, 'nonprofit cc=GB html iban', () => {
  const ib = iban('GB');
  return `<p style="margin:0">Thank you for pledging to our appeal! Bank details for your transfer:</p>
<p style="margin:0;font-family:Courier">IBAN:&nbsp;<span style="color:#003366">${IB(fmtIban(ib))}</span><br>BIC:&nbsp;<span style="color:#003366">${BI(bic('GB'))}</span></p>
<p style="margin:0">Please quote your donor reference DN-${dig(6)}.</p>`;
});

pos('html-ach-table-routing', 2, 'payroll cc=US html routing', (k) => {
  const c = person('US'); const r = aba(); const acct = nzd(10);
  return `<table>
<thead><tr><th>Field</th><th>Value</th></tr></thead>
<tbody>
<tr><td>Employee</td><td>${c.full}</td></tr>
<tr><td>Bank</td><td>${pick(['Chase', 'Wells Fargo', 'US Bank', 'PNC'])}</td></tr>
<tr><td>ABA routing</td><td>${RT(k ? r : `${r.slice(0, 4)}-${r.slice(4, 8)}-${r.slice(8)}`)}</td></tr>
<tr><td>Account</td><td>${BA(acct)}</td></tr>
<tr><td>Type</td><td>${k ? 'Savings' : 'Checking'}</td></tr>
</tbody></table>
<p>${c.first}, please check the table above and confirm before Friday's payroll cut-off.</p>`;
});

// ======== chat transcripts

pos('chat-log-card-expiry-cvv', 2, 'airline cc=GB/ZA chat transcript card', (k) => {
  const c = person(k ? 'ZA' : 'GB'); const a = person('GB'); const d = card(k ? 'mc2' : 'mc');
  return `Chat transcript #${dig(7)}
[${tick()}] ${c.first}: hi, payment keeps failing for my booking
[${tick()}] ${a.first} (agent): Sorry about that! I can take it here.
[${tick()}] ${c.first}: ok card is ${C(k ? d : fmtCard(d))} exp ${X(expiry(k ? 2 : 0))} cvc ${V(cvv())}
[${tick()}] ${a.first} (agent): Thanks, payment of ${money('£', 120, 900)} went through.`;
});

pos('whatsapp-export-phone-otp', 2, 'mobile-money cc=ZW chat credential lang=sn', (k) => {
  const c = person('ZW'); const a = person('ZW'); const p = phone('ZW'); const code = otp(k ? 5 : 6);
  const d = `${int(1, 28)}/${int(9, 11)}/2026`;
  return `${d}, ${tick()} - ${c.first}: Mhoro, I can't log in to the app
${d}, ${tick()} - ${a.first} (Support): Mhoro ${c.first}, ndeipi nhamba yenyu?
${d}, ${tick()} - ${c.first}: ${P(k ? p.natl : phoneAs(p, 'bare-cc'))}
${d}, ${tick()} - ${a.first} (Support): Tatumira code. Please enter it in the app.
${d}, ${tick()} - ${c.first}: it says ${CR(code)}
${d}, ${tick()} - ${a.first} (Support): Ndatenda. Do not share that code with anyone else, it is only for the app.`;
});

pos('chat-agent-asks-otp', 2, 'bank cc=NG chat solicitation', (k) => {
  const c = person('NG'); const a = person('NG');
  return k
    ? `${a.first}: Good evening ${c.first}, to complete the reversal I need you to ${SO('read out the 6-digit OTP')} that was just sent to your phone.
${c.first}: is it safe?
${a.first}: Yes it's fine.`
    : `Agent ${a.first}: I have located the pending transaction.
Agent ${a.first}: Kindly ${SO('send me the OTP')} you received so I can cancel it from my end.
Customer: ok wait`;
});

pos('chat-multiple-emails', 2, 'saas cc=IN chat multi-email', (k) => {
  const c = person('IN'); const d = person('IN'); const e = person('IN');
  const e1 = personalEmail(c, 'IN'); const e2 = `${slug(d.first)}@${k ? 'kaveritextiles.in' : 'sundaramtraders.co.in'}`; const e3 = `${slug(e.first)}.${slug(e.last)}@${k ? 'kaveritextiles.in' : 'sundaramtraders.co.in'}`;
  return `[Live chat]
Visitor: can you add my colleagues to the workspace?
Agent: Sure! Which addresses?
Visitor: ${E(e2)}, ${E(e3)} and my personal one ${E(e1)}
Agent: Done, all three invitations are sent. They expire in 7 days.`;
});

pos('chat-emails-brackets', 2, 'ecommerce cc=GH chat obf=brackets', (k) => {
  const c = person('GH'); const em = personalEmail(c, 'GH'); const p = phone('GH');
  return k
    ? `Me: Medaase for waiting ${c.first}. Your profile now shows <${E(em)}> and (${P(p.e164)}).
${c.first}: Great!!`
    : `${c.first} >> please change my contact to [${E(em)}] and phone [${P(phoneAs(p, 'natl-tight'))}]
Agent >> Updated: "${E(em)}", "${P(p.natl)}". Akwaaba back!`;
});

// ======== voice-call transcripts

pos('call-transcript-card-pairs', 2, 'insurance cc=ZA transcript card obf=pairs solicitation', (k) => {
  const a = person('ZA'); const d = card(k ? 'visa' : 'mc');
  const spokenCard = k ? group(d, [2, 2, 3, 2, 3, 4], ' ') : group(d, [4, 2, 2, 4, 4], ', ');
  return `CALL RECORDING TRANSCRIPT (auto-generated)
00:01:12 AGENT ${a.first.toUpperCase()}: okay so ${SO('what is the card number')}
00:01:15 CALLER: it's uh ${C(spokenCard)}
00:01:29 AGENT ${a.first.toUpperCase()}: and the expiry
00:01:31 CALLER: ${X(k ? '09 30' : '11 28')}
00:01:33 AGENT ${a.first.toUpperCase()}: and ${SO('the three numbers on the back')}
00:01:34 CALLER: ${V(k ? cvv().split('').join(' ') : cvv())}
00:01:35 AGENT ${a.first.toUpperCase()}: thank you the premium will go off on the first`;
});

pos('call-transcript-phone-words', 2, 'telecom cc=KE/ZM transcript obf=words', (k) => {
  const cc = k ? 'ZM' : 'KE'; const p = phone(cc);
  const natl = p.natl.replace(/\D/g, '');
  return `[Transcript - inbound call]
Agent: Which number should the technician call?
Customer: It's ${P(spoken(natl, { oh: k === 1 }))}.
Agent: Thank you, I'll put that on the job card.`;
});

pos('call-transcript-otp-spoken', 2, 'bank cc=GB transcript credential', (k) => {
  const code = otp();
  return `Speaker 1 (Agent): ...and you should now have a text message with a code.
Speaker 2 (Customer): Yeah, it's ${CR(k ? group(code, [3, 3], ' ') : code.split('').join(' '))}.
Speaker 1 (Agent): Lovely, that's you verified. What can I help with today?`;
});

pos('call-transcript-solicit-cvv', 2, 'travel cc=US transcript solicitation', (k) => {
  const a = person('US');
  return k
    ? `AGENT: Okay ${a.first} here, the booking's on hold. Last thing, ${SO('can you read me the three digits on the back of the card')}?
CUSTOMER: Uh, one sec.`
    : `[00:03:41] Rep: To release the hold I will ${SO('need the security code')} from the back of your card.
[00:03:47] Caller: the CVV?
[00:03:48] Rep: Yes please.`;
});

pos('ivr-transcript-account-id', 2, 'utility cc=ZA transcript id', (k) => {
  const idv = saId();
  return `IVR log ${date('-')} ${time()}
SYSTEM: Please say or key in your ID number.
CALLER: ${ID(k ? spoken(idv, { doubles: false }) : group(idv, [2, 2, 2, 4, 3], ' '))}
SYSTEM: Thank you. Transferring you to an agent.`;
});

// ======== CSV / spreadsheet pastes

pos('csv-payroll-za-accounts-ids', 2, 'payroll cc=ZA csv bank-account id', (k) => {
  const rows = [];
  for (let i = 0; i < (k ? 3 : 4); i++) {
    const p = person('ZA');
    rows.push(k
      ? `${p.last};${p.first};${ID(saId())};${pick(['FNB', 'Capitec', 'Nedbank', 'ABSA'])};${BA(nzd(int(10, 11)))};${int(9, 45)}${pick(['000', '500', '250'])},00`
      : `${p.first} ${p.last},${ID(saId())},${pick(['FNB', 'Capitec', 'Nedbank', 'Standard Bank'])},${pick(['250655', '470010', '198765', '632005', '051001'])},${BA(nzd(int(10, 11)))}`);
  }
  return `Hi,

Please see the corrected rows from the payroll sheet below, the previous file had the wrong branch codes:

${k ? 'Van;Naam;ID;Bank;Rekeningnommer;Bedrag' : 'Name,ID Number,Bank,Branch Code,Account Number'}
${rows.join('\n')}

${k ? 'Baie dankie' : 'Thanks'},
Payroll`;
});

pos('csv-semicolon-eu-ibans-emails', 2, 'payments cc=EU csv iban email', (k) => {
  const ccs = k ? ['FR', 'PT', 'ES'] : ['DE', 'NL', 'BE'];
  const rows = ccs.map((cc) => { const p = person(cc === 'BE' ? 'NL' : cc); return `${p.full};${E(personalEmail(p, cc === 'BE' ? 'NL' : cc))};${IB(k ? fmtIban(iban(cc)) : iban(cc))};${int(10, 300)},${pad(int(0, 99), 2)}`; });
  return `Hello team,

the SEPA batch bounced for these three payees, can you check the data?

name;email;iban;amount_eur
${rows.join('\n')}

Thanks`;
});

pos('tsv-driver-phone-list', 2, 'gig-platform cc=UG/KE csv multi-phone', (k) => {
  const cc = k ? 'KE' : 'UG';
  const rows = [];
  for (let i = 0; i < 4; i++) { const p = person(cc); const ph = phone(cc); rows.push(`${p.first}\t${p.last}\t${P(phoneAs(ph, pick(['natl', 'natl-tight', 'e164', 'intl'])))}\t${pick(['Boda', 'Car', 'Van'])}`); }
  return `Please find the riders for the ${k ? 'Westlands' : 'Kampala Central'} zone:

First\tLast\tPhone\tVehicle
${rows.join('\n')}

Webale${k ? ', asante' : ''}!`;
});

pos('markdown-table-passports', 2, 'travel cc=KE/NG passport table', (k) => {
  const ccs = k ? ['NG', 'GH', 'ZA'] : ['KE', 'UG', 'ZM', 'GB'];
  const rows = ccs.map((cc) => { const p = person(cc); return `| ${p.full} | ${cc} | ${PP(PASSPORT[cc]())} | ${dob()} |`; });
  return `Hi ${person('KE').first},

Safari group manifest for the park permits:

| Name | Nationality | Passport No. | Date of birth |
|---|---|---|---|
${rows.join('\n')}

Permits are issued against these numbers so please double-check.`;
});

pos('csv-chargeback-export-cards', 1, 'payments cc=US csv card', () => {
  const rows = [];
  for (let i = 0; i < 3; i++) { const d = card(pick(['visa', 'mc', 'discover'])); rows.push(`CB-${dig(6)},${C(d)},${X(expiry(0))},${money('', 20, 500)},${pick(['fraud', 'not received', 'duplicate'])}`); }
  return `Here's the export you asked for from the chargeback portal:

case_id,pan,exp,amount,reason
${rows.join('\n')}

Let me know which ones to fight.`;
});

// ======== signatures (the company's own contacts are findings too)

pos('za-signature-tel-cell-fax', 2, 'legal cc=ZA sig multi-phone', (k) => {
  const c = person('ZA'); const a = person('ZA'); const t = phone('ZA', 'fix'); const m = phone('ZA'); const f = phone('ZA', 'fix');
  const em = `${slug(a.first)[0]}${slug(a.last)}@${k ? 'venterattorneys.co.za' : 'mabaso-inc.co.za'}`;
  return `Dear ${c.first},

We confirm receipt of the signed offer to purchase. Transfer documents will be lodged at the Deeds Office next week.

Yours faithfully

${a.full}
Conveyancing Secretary
${k ? 'Tel' : 'T'}: ${P(k ? t.natl : t.intl)}${k ? ' | ' : '\n'}${k ? 'Cell' : 'C'}: ${P(k ? m.natl : phoneAs(m, 'dash'))}${k ? ' | ' : '\n'}${k ? 'Fax' : 'F'}: ${P(k ? phoneAs(f, 'natl-tight') : f.intl)}
${E(em)}
${k ? 'www.venterattorneys.co.za' : 'www.mabaso-inc.co.za'}`;
});

pos('uk-signature-paren0-dd', 2, 'saas cc=GB sig', (k) => {
  const a = person('GB'); const dd = phone('GB', 'fix'); const mob = phone('GB');
  return `Hi,

Your invoice has been re-issued with the corrected VAT number. Sorry for the hassle!

Cheers,
${a.first}

--
${a.full} | Customer Success Manager
DD: ${P(phoneAs(dd, k ? 'natl' : 'paren0'))}   M: ${P(phoneAs(mob, k ? 'paren0' : 'natl'))}
${E(`${slug(a.first)}@${k ? 'ledgerly.io' : 'brightdesk.co.uk'}`)}`;
});

pos('ng-signature-comma-slash-phones', 2, 'retail cc=NG sig multi-phone', (k) => {
  const a = person('NG'); const p1 = phone('NG'); const p2 = phone('NG'); const p3 = phone('NG');
  const sep = k ? ' / ' : ', ';
  return `Thank you for shopping with us. Your replacement blender will be delivered on ${pick(['Tuesday', 'Thursday', 'Saturday'])}.

${a.first}
Customer Care, ${k ? 'Ikeja' : 'Wuse II'} Showroom
Call/WhatsApp: ${P(p1.natl.replace(/ /g, ''))}${sep}${P(p2.natl.replace(/ /g, ''))}${sep}${P(k ? p3.intl : p3.natl.replace(/ /g, ''))}
${E(k ? 'care@ikejahomes.com.ng' : 'hello@wusekitchen.ng')}`;
});

pos('gh-signature-paren0', 2, 'school cc=GH sig', (k) => {
  const a = person('GH'); const p = phone('GH'); const f = phone('GH', 'fix');
  return `Dear Parent,

The fees statement for Term ${k ? 2 : 1} is attached. Kindly note the new banking hall opening times.

Medaase,
${a.full}
Bursar's Office
${P(phoneAs(p, 'paren0'))} | ${P(k ? f.natl : f.intl)}
${E(k ? 'bursar@akwapimhills.edu.gh' : 'accounts@tema-academy.edu.gh')}`;
});

pos('sn-signature-french-slash', 2, 'telecom cc=SN/CI sig lang=fr', (k) => {
  const cc = k ? 'CI' : 'SN'; const c = person(cc); const a = person(cc); const p1 = phone(cc, k ? 'mob' : 'fix'); const p2 = phone(cc);
  return `Bonjour ${c.first},

Votre réclamation a bien été prise en compte. Le remboursement du forfait sera crédité sous 72 heures.

Cordialement,
${a.full}
Service Clientèle
Tél. : ${P(p1.intl)} / ${P(k ? p2.natl : p2.intl)}
Courriel : ${E(k ? 'service.client@ivoirnet.ci' : 'clients@teranga-mobile.sn')}`;
});

pos('mz-signature-portuguese', 2, 'insurance cc=MZ/AO sig lang=pt', (k) => {
  const cc = k ? 'AO' : 'MZ'; const c = person(cc); const a = person(cc); const p1 = phone(cc, 'fix'); const p2 = phone(cc);
  return `Caro(a) ${c.first},

Informamos que a sua apólice foi renovada com sucesso. O certificado segue em anexo.

Com os melhores cumprimentos,
${a.full}
Apoio ao Cliente
Telefone: ${P(k ? p1.intl : phoneAs(p1, '00'))}
Telemóvel: ${P(p2.intl)}
E-mail: ${E(k ? 'apoio@kwanza-seguros.co.ao' : 'clientes@indico-seguros.co.mz')}`;
});

pos('gulf-signature-m-t', 2, 'hotel cc=AE/QA sig', (k) => {
  const cc = k ? 'QA' : 'AE'; const a = person(cc); const t = phone(cc, 'fix'); const m = phone(cc);
  return `Dear Guest,

Thank you for choosing us. Your airport transfer is confirmed for ${time()} and the driver will hold a name board at arrivals.

Warm regards,
${a.full}
Guest Relations Manager
T ${P(t.intl)}  M ${P(k ? m.intl.replace(/ /g, '') : m.intl)}
${E(k ? 'guestrelations@pearlbay-doha.qa' : 'guest.relations@creekside-dubai.ae')}`;
});

pos('us-signature-dots-ext', 2, 'saas cc=US sig', (k) => {
  const a = person('US'); const p = phone('US'); const t = phone('US', 'free');
  const natlDot = p.natl.replace(/[()]/g, '').replace(/[ -]/g, '.');
  return `Thanks for flagging this — the sync job is fixed and your dashboards are back.

${a.first} ${a.last}
Support Engineer
${P(k ? p.natl : natlDot)}${k ? ' ext. 214' : ''} · Toll-free ${P(k ? phoneAs(t, 'dash').replace(/^\+1-/, '1-') : t.natl)}
${E(`${slug(a.first)}.${slug(a.last)}@${k ? 'pipelinehq.com' : 'metricsly.com'}`)}`;
});

pos('in-signature-toll-free', 2, 'ecommerce cc=IN sig', (k) => {
  const a = person('IN'); const m = phone('IN'); const t = phone('IN', 'free');
  return `Dear Customer,

Your return pickup is scheduled for tomorrow between 10 AM and 2 PM. Please keep the item packed with its tags.

Regards,
${a.full}
Customer Delight Team
Toll free: ${P(t.natl)} | Mobile: ${P(k ? phoneAs(m, 'dash') : '+91-' + m.nsn)}
${E(k ? 'care@kaveribazaar.in' : 'support@shopnagar.co.in')}`;
});

pos('latam-signature-mx-br', 2, 'ecommerce cc=MX/BR sig lang=es', (k) => {
  const cc = k ? 'BR' : 'MX'; const c = person(cc); const a = person(cc); const p = phone(cc); const w = phone(cc);
  return k
    ? `Olá ${c.first},

Seu pedido foi reenviado e chega em até 3 dias úteis.

Abraços,
${a.full}
Atendimento
Tel.: ${P(p.natl)} | WhatsApp: ${P(w.intl)}
${E('atendimento@casaverde.com.br')}`
    : `Hola ${c.first},

Tu pedido fue reenviado y llegará en 3 a 5 días hábiles.

Saludos,
${a.full}
Atención a Clientes
Tel. ${P(p.intl)} · WhatsApp ${P(phoneAs(w, 'e164'))}
${E('clientes@tiendaxochitl.com.mx')}`;
});

// ======== obfuscated values

pos('card-dots-in-reply', 2, 'subscription cc=GB obf=dots card', (k) => {
  const c = person('GB'); const d = card(k ? 'visa' : 'mc');
  return `Hi ${c.first},

You asked which card the renewal used: it was ${C(fmtCard(d, k ? '-' : '.'))} (${k ? 'exp ' : 'expiry '}${X(expiry(k ? 4 : 0))}). If you want to use a different card, update it under Account > Billing.`;
});

pos('card-zero-width-split', 2, 'gaming cc=US obf=zwsp card', (k) => {
  const c = person('US'); const d = card(k ? 'discover' : 'visa');
  const w = k ? sprinkle(d, WJ, 4) : sprinkle(fmtCard(d), ZWSP, 2);
  return `Hey ${c.first}, I found the failed top-up. The card on it was ${C(w)}. The bank declined it, so no money was taken.`;
});

pos('fullwidth-phone-card', 2, 'ecommerce cc=ZW/ZA obf=fullwidth', (k) => {
  const c = person('ZW'); const p = phone(k ? 'ZA' : 'ZW');
  const d = card('visa');
  return k
    ? `Hi ${c.first}, the courier will call ${P(fullwidth(p.intl))} on arrival. The card ${C(fullwidth(fmtCard(d)))} was charged for the delivery fee.`
    : `Hi ${c.first}, we've saved your delivery contact as ${P(fullwidth(p.natl))}. Thank you for shopping with us!`;
});

pos('email-spelled-out-at-dot', 2, 'charity cc=KE/UG obf=spelled email', (k) => {
  const cc = k ? 'UG' : 'KE'; const c = person(cc); const em = personalEmail(c, cc);
  return `Hi ${c.first},

As requested, I have changed the receipt address. Receipts will now go to ${E(k ? spellEmail(em, ' (at) ', ' (dot) ') : spellEmail(em))}, written out here because our mail filter eats addresses.

Thank you for your monthly gift!`;
});

pos('email-bracket-at-dot', 2, 'school cc=ZM/ZW obf=bracket email', (k) => {
  const cc = k ? 'ZW' : 'ZM'; const c = person(cc); const em = personalEmail(c, cc);
  return `Mwapoleni ${c.first},

The report cards will be sent to ${E(spellEmail(em, k ? '[at]' : ' [at] ', k ? '[dot]' : ' [dot] '))}. If you prefer paper copies, let the class teacher know.

Natotela`;
});

pos('phone-linebreak-inside', 2, 'healthcare cc=ZW/KE obf=linebreak', (k) => {
  const cc = k ? 'KE' : 'ZW'; const c = person(cc); const p = phone(cc);
  const parts = p.intl.split(' ');
  const written = k ? `${parts.slice(0, 2).join(' ')}\n${parts.slice(2).join(' ')}` : `${parts.slice(0, 3).join(' ')}\n${parts.slice(3).join(' ')}`;
  return `Dear ${c.first}, the lab will SMS your results. We have your number as ${P(written)}
— if that has changed please tell reception.`;
});

pos('iban-lowercase-spaced', 2, 'remittance cc=GB/PT obf=lowercase iban', (k) => {
  const cc = k ? 'PT' : 'GB'; const c = person(cc); const ib = iban(cc);
  return `Hi ${c.first}, the payout account on your profile is ${IB(k ? ib.toLowerCase() : fmtIban(ib).toLowerCase())}. Payouts leave every Tuesday.`;
});

pos('phone-every-digit-spaced', 2, 'mobile-money cc=NG obf=spaced', (k) => {
  const c = person('NG'); const p = phone('NG');
  const d = p.natl.replace(/\D/g, '');
  return `${c.first}, the recipient wallet is ${P(k ? d.split('').join('-') : d.split('').join(' '))}. Please confirm it is correct before we re-send the ₦${int(5, 90)},000.`;
});

pos('nino-ssn-odd-separators', 2, 'government cc=GB/US obf=separators id', (k) => {
  const c = person(k ? 'US' : 'GB');
  return k
    ? `${c.first}, the form was rejected because the SSN was entered as ${ID(ssn().replace(/-/g, '.'))}; it has been corrected now and resubmitted.`
    : `Hello ${c.first}, we've matched your record using National Insurance number ${ID(nino('').toLowerCase())}. Your P60 will be reissued.`;
});

pos('email-zero-width-inside', 1, 'saas cc=DE obf=zwsp email', () => {
  const c = person('DE'); const em = personalEmail(c, 'DE'); const [l, d] = em.split('@');
  return `Hallo ${c.first}, die Rechnung geht ab sofort an ${E(`${l}${ZWNJ}@${ZWNJ}${d}`)}. Viele Grüße, das Support-Team`;
});

// ======== several values of one kind in one draft

pos('zm-branch-phone-list', 2, 'bank cc=ZM multi-phone', (k) => {
  const c = person('ZM');
  const towns = k ? ['Ndola', 'Kitwe', 'Livingstone'] : ['Lusaka Cairo Rd', 'Chipata', 'Kabwe', 'Solwezi'];
  const lines = towns.map((t) => `${t}: ${P(pick([(p) => p.intl, (p) => p.natl, (p) => phoneAs(p, 'natl-tight')])(phone('ZM', pick(['mob', 'fix']))))}`);
  return `Muli bwanji ${c.first},

You can collect the card at any branch. Call ahead to book a slot:
${lines.join('\n')}

Zikomo`;
});

pos('cc-list-many-emails', 2, 'ngo cc=MZ/AO multi-email lang=pt', (k) => {
  const cc = k ? 'AO' : 'MZ'; const ps = [person(cc), person(cc), person(cc)];
  const dom = k ? 'ajuda-luanda.org' : 'saude-comunitaria.org.mz';
  const list = ps.map((p, i) => (i === 2 ? personalEmail(p, cc) : `${slug(p.first)}.${slug(p.last)}@${dom}`));
  return `Para: ${E(list[0])}
Cc: ${E(list[1])}; ${E(list[2])}

Bom dia a todos,

Segue a confirmação da formação de ${pick(['segunda', 'quarta', 'sexta'])}-feira. Por favor confirmem a presença até amanhã.

Obrigado`;
});

pos('two-cards-old-new', 2, 'bank cc=KE card multi-card', (k) => {
  const c = person('KE'); const d1 = card('visa'); const d2 = card(k ? 'mc' : 'visa');
  return `Dear ${c.first},

Your old card ${C(fmtCard(d1))} has been blocked and the replacement ${C(k ? d2 : fmtCard(d2))} (valid to ${X(expiry(k ? 1 : 0))}) is ready at the branch. Your PIN mailer will come separately.`;
});

// ======== values against punctuation and brackets

pos('values-in-brackets-quotes', 2, 'crypto cc=ZA obf=punct', (k) => {
  const c = person('ZA'); const p = phone('ZA'); const em = personalEmail(c, 'ZA');
  return k
    ? `Hi ${c.first}!Your withdrawal contact details were updated:phone=${P(p.e164)};email=${E(em)};2FA=on.`
    : `Hi ${c.first}, account updated ("${E(em)}", {${P(p.e164)}}). Contact us if you didn't request this change.`;
});

pos('iban-glued-to-punct', 2, 'payments cc=AE/SA obf=punct iban', (k) => {
  const cc = k ? 'SA' : 'AE'; const ib = iban(cc);
  return k
    ? `Refund status: SENT → IBAN:${IB(ib)}.Ref ${dig(10)}.`
    : `Refund to (${IB(ib)}) approved; funds in 2-3 days.`;
});

pos('phone-end-of-sentence-email-comma', 2, 'car-rental cc=GB obf=punct', (k) => {
  const c = person('GB'); const p = phone('GB'); const em = personalEmail(c, 'GB');
  return `Hello ${c.first}, the branch will ring you on ${P(k ? p.natl.replace(/ /g, '') : p.natl)}. The contract goes to ${E(em)}, ${k ? 'so check spam' : 'and the keys are at the desk'}.`;
});

pos('card-with-trailing-semicolon-list', 1, 'hotel cc=ZW card obf=punct', () => {
  const c = person('ZW'); const d = card('visa');
  return `Guarantee details on file for ${c.full}:card=${C(d)};exp=${X(expiry(0))};cvv=${V(cvv())};name=${c.last.toUpperCase()};`;
});

// ======== regional languages

pos('shona-ecocash-phone-id', 2, 'mobile-money cc=ZW lang=sn id', (k) => {
  const c = person('ZW'); const a = person('ZW'); const p = phone('ZW');
  return `Mhoro ${c.first},

Tatambira tsamba yenyu. Nhamba yenyu yeEcoCash ${P(k ? p.natl : phoneAs(p, 'natl-tight'))} yakabatanidzwa zvakare neID ${ID(zwId(k ? 3 : 1))}. Mari yenyu ichadzoka mukati memaawa 48.

Ndatenda,
${a.first}`;
});

pos('zulu-za-id-reply', 2, 'government cc=ZA lang=zu id', (k) => {
  const c = person('ZA'); const idv = saId();
  return k
    ? `Sawubona ${c.first},

Siyabonga ngokusithinta. Isicelo sakho sesibonisiwe: inombolo kamazisi ${ID(idv)} ihambisana nerekhodi lethu. Ikhadi lakho lizolungela ukulandwa emasontweni amabili.

Ozithobayo`
    : `Molo ${c.first},

Enkosi ngokubhala. Sifumene isicelo sakho. Inombolo yesazisi esiyibhalileyo ngu-${ID(idv)}. Uza kufumana i-SMS xa isazisi silungile.`;
});

pos('swahili-mpesa-phone-id', 2, 'mobile-money cc=KE lang=sw id', (k) => {
  const c = person('KE'); const p = phone('KE');
  return `Habari ${c.first},

Asante kwa kuwasiliana nasi. Tumethibitisha kuwa namba ${P(k ? p.intl : p.natl)} imesajiliwa kwa kitambulisho namba ${ID(keId())}. Pesa itarudishwa ndani ya saa 24.

Wako,
Huduma kwa Wateja`;
});

pos('pidgin-nuban-refund', 2, 'ecommerce cc=NG lang=pcm bank-account', (k) => {
  const c = person('NG'); const bank = pick(Object.keys(NUBAN_BANKS)); const acct = nuban(bank);
  return k
    ? `${c.first} how far! Your refund don go. ${bank} acct no: ${BA(acct)}. Make you check am tomorrow morning.`
    : `Hello ${c.first}, we don process your refund. E go enter your account ${BA(group(acct, [3, 3, 4]))} (${bank}) within 24 hours. Thank you for your patience o.`;
});

pos('hausa-yoruba-greeting-nin', 2, 'government cc=NG lang=ha id', (k) => {
  const c = person('NG'); const n = nin();
  return k
    ? `E kaaro ${c.first},

Your NIN ${ID(group(n, [4, 3, 4], ' '))} has been linked to your SIM. E se gan.`
    : `Sannu ${c.first},

We have confirmed your National Identification Number (${ID(n)}) with NIMC. Your licence renewal can go ahead. Na gode.`;
});

pos('twi-ghana-card', 2, 'bank cc=GH lang=tw id', (k) => {
  const c = person('GH');
  return `Akwaaba ${c.first},

Your Ghana Card number ${ID(k ? ghanaCard().replace(/-/g, ' ') : ghanaCard())} has been verified and the account upgrade is done. Medaase for banking with us.`;
});

pos('bemba-nyanja-nrc', 2, 'insurance cc=ZM lang=bem id', (k) => {
  const c = person('ZM'); const p = phone('ZM');
  return k
    ? `Muli bwanji ${c.first}, we have updated your policy with NRC ${ID(zmNrc())} and contact ${P(p.natl)}. Zikomo kwambiri.`
    : `Mwapoleni ${c.first}, your funeral cover is now active. NRC on the policy: ${ID(zmNrc())}. Natotela sana.`;
});

pos('luganda-ug-nin-phone', 2, 'telecom cc=UG lang=lg id', (k) => {
  const c = person('UG'); const p = phone('UG');
  return `Gyebale ko ${c.first},

SIM card yo ${P(k ? phoneAs(p, 'natl-tight') : p.intl)} ewandiisiddwa ku NIN ${ID(ugNin())}. Webale nnyo okukozesa network yaffe.`;
});

pos('mz-portuguese-nuit-bi-iban', 2, 'bank cc=MZ lang=pt id iban', (k) => {
  const c = person('MZ'); const ib = iban('MZ');
  return `Prezado(a) ${c.first},

Confirmamos a actualização dos seus dados:
BI: ${ID(mzBi())}
NUIT: ${ID(mzNuit())}
NIB/IBAN: ${IB(k ? ib : fmtIban(ib))}

Qualquer dúvida, estamos ao dispor.`;
});

pos('ao-portuguese-bi-iban', 2, 'payroll cc=AO lang=pt id iban', (k) => {
  const c = person('AO'); const ib = iban('AO');
  return `Bom dia ${c.first},

O salário deste mês será transferido para o IBAN ${IB(k ? fmtIban(ib, '.') : fmtIban(ib))}, titular ${c.full}, BI n.º ${ID(aoBi())}. Obrigado pela paciência.`;
});

pos('sn-french-cni-phone-iban', 2, 'microfinance cc=SN lang=fr id iban', (k) => {
  const c = person('SN'); const p = phone('SN'); const ib = iban('SN');
  return `Bonjour ${c.first},

Votre dossier de prêt est complet. Récapitulatif :
- CNI : ${ID(k ? group(snCni(), [1, 3, 4, 5], ' ') : snCni())}
- Mobile : ${P(k ? p.natl : p.intl)}
- IBAN de versement : ${IB(fmtIban(ib))}

Le décaissement aura lieu jeudi.`;
});

pos('ci-french-email-iban', 2, 'ecommerce cc=CI lang=fr iban', (k) => {
  const c = person('CI'); const em = personalEmail(c, 'CI'); const ib = iban('CI');
  return `Bonjour ${c.first},

Nous avons bien reçu votre demande de remboursement. Il sera effectué sur ${IB(k ? ib : fmtIban(ib))} et la confirmation vous sera envoyée à ${E(em)}.

Bonne journée`;
});

pos('arabic-emirates-id-iban', 2, 'bank cc=AE/SA lang=ar id iban', (k) => {
  const cc = k ? 'SA' : 'AE'; const ib = iban(cc);
  const idv = k ? saudiId() : emiratesId();
  return `مرحباً،

شكراً لتواصلك معنا. تم تحديث بياناتك:
${k ? 'رقم الهوية الوطنية' : 'رقم الهوية الإماراتية'}: ${ID(idv)}
رقم الآيبان: ${IB(fmtIban(ib))}

مع تحيات فريق خدمة العملاء`;
});

pos('mx-spanish-curp-clabe', 2, 'fintech cc=MX lang=es id bank-account', (k) => {
  const c = person('MX'); const cl = clabe();
  return `Hola ${c.first},

Ya registramos tu cuenta para los depósitos:
CURP: ${ID(curp(c))}
CLABE: ${BA(k ? group(cl, [3, 3, 11, 1], ' ') : cl)}

El primer depósito llegará el viernes.`;
});

pos('br-portuguese-cpf-pix', 2, 'ecommerce cc=BR lang=pt id', (k) => {
  const c = person('BR'); const em = personalEmail(c, 'BR');
  return k
    ? `Oi ${c.first}, o estorno via Pix foi feito para a chave ${E(em)}. CPF do titular: ${ID(cpf().replace(/\D/g, ''))}.`
    : `Olá ${c.first},

O reembolso será feito via Pix para a chave CPF ${ID(cpf())}. Prazo de até 2 dias úteis.

Att.`;
});

pos('latam-dni-rut-cedula-phone', 2, 'telecom cc=AR/CL lang=es id', (k) => {
  if (k) { const c = person('CL'); const p = phone('CL'); return `Hola ${c.first}, confirmamos el cambio de titular. RUT ${ID(rut())}, nuevo número ${P(p.intl)}. Saludos.`; }
  const c = person('AR'); const p = phone('AR');
  return `Hola ${c.first}, la línea ${P(p.intl)} quedó a tu nombre (DNI ${ID(dniAr())}). Cualquier consulta, escribinos.`;
});

pos('co-cedula-email', 1, 'utility cc=CO lang=es id', () => {
  const c = person('CO'); const em = personalEmail(c, 'MX');
  return `Buenas tardes ${c.first}, la factura quedó asociada a la cédula ${ID(cedulaCo())} y se enviará a ${E(em)} cada mes.`;
});

pos('nl-bsn-iban', 2, 'healthcare cc=NL lang=nl id iban', (k) => {
  const c = person('NL'); const ib = iban('NL');
  return `Beste ${c.first},

Uw declaratie is verwerkt. Wij hebben uw BSN ${ID(k ? group(bsn(), [4, 2, 3], '.') : bsn())} gecontroleerd en het bedrag wordt overgemaakt naar ${IB(fmtIban(ib))}.

Met vriendelijke groet`;
});

pos('es-dni-phone', 2, 'travel cc=ES lang=es id', (k) => {
  const c = person('ES'); const p = phone('ES');
  return `Hola ${c.first}, tu reserva está confirmada. Titular: ${c.full}, DNI ${ID(k ? dniEs().replace(/(\d)([A-Z])$/, '$1-$2') : dniEs())}, teléfono ${P(k ? p.natl : p.intl)}. ¡Buen viaje!`;
});

pos('afrikaans-account-phone', 2, 'insurance cc=ZA lang=af bank-account', (k) => {
  const c = person('ZA'); const p = phone('ZA');
  return `Goeie dag ${c.first},

Die debietorder sal voortaan van rekening ${BA(nzd(10))} (${pick(['Capitec', 'FNB', 'Absa'])}) afgetrek word. Ons sal u op ${P(k ? p.natl : p.intl)} bel as daar probleme is.

Baie dankie`;
});

// ======== credentials given out in the reply

pos('api-key-in-config-snippet', 2, 'saas cc=US credential config', (k) => {
  const key = skLive(); const wh = `whsec_${chars(32, ALNUM)}`;
  return k
    ? `Hi, here is the working config from our side, just drop it into your .env:

PAYMENTS_SECRET_KEY=${CR(key)}
PAYMENTS_WEBHOOK_SECRET=${CR(wh)}
PAYMENTS_MODE=live`
    : `Hey! The plugin needs the live key. I've copied yours from the dashboard: ${CR(key)} — paste it into Settings > API and save.`;
});

pos('github-aws-tokens-pasted', 2, 'saas cc=GB credential', (k) => {
  return k
    ? `The deploy failed because the token in the CI variables expired. I've generated a new one for you: ${CR(ghp())}. It has repo scope only.`
    : `Hi, our engineer created a scoped IAM user for the export:
  aws_access_key_id = ${CR(akia())}
  aws_secret_access_key = ${CR(awsSecret())}
Please rotate it after the migration.`;
});

pos('puk-code-given', 2, 'telecom cc=ZW/KE credential', (k) => {
  const cc = k ? 'KE' : 'ZW'; const c = person(cc); const p = phone(cc);
  return `Hi ${c.first}, your SIM ${P(k ? p.natl : p.intl)} is blocked after three wrong PINs. The PUK code is ${CR(dig(8))}. Enter it and then choose a new PIN.`;
});

pos('router-admin-password', 2, 'telecom cc=ZA/NG credential', (k) => {
  const c = person(k ? 'NG' : 'ZA'); const pw = password();
  return `Hi ${c.first},

To change the Wi-Fi name, open 192.168.1.1 in a browser and log in with:
Username: admin
Password: ${CR(pw)}

${k ? 'Please change it afterwards.' : 'Then go to Wireless > Basic.'}`;
});

pos('security-answer-memorable-word', 2, 'bank cc=GB credential', (k) => {
  const c = person('GB'); const word = pick(['Brompton', 'Saltburn', 'Harlech', 'Whitby', 'Mallaig', 'Padstow']);
  return k
    ? `Hi ${c.first}, your memorable word has been reset to ${CR(word.toLowerCase())} as requested. Please change it next time you log in.`
    : `Dear ${c.first}, for your records, the security answer we hold for "first school" is ${CR(word + ' Primary')}. You can update it in the app.`;
});

pos('temp-mobile-money-pin', 2, 'mobile-money cc=GH/UG credential', (k) => {
  const cc = k ? 'UG' : 'GH'; const c = person(cc);
  return `Dear ${c.first}, your wallet PIN has been reset. Your temporary PIN is ${CR(pin(k ? 5 : 4))}. Dial *${k ? 165 : 170}# to set a new PIN within 24 hours.`;
});

pos('basic-auth-header', 1, 'saas cc=IN credential', () => {
  const user = `api_${chars(5, 'abcdefghijklmnopqrstuvwxyz')}`; const pw = chars(16, ALNUM);
  return `Please retry the webhook with this header, it's the one on your account:

Authorization: Basic ${CR(b64(`${user}:${pw}`))}

Our logs show the old credentials being sent.`;
});

pos('db-connection-string-password', 1, 'saas cc=DE credential config', () => {
  const pw = password().replace(/[@:/#?]/g, 'x');
  return `Hallo, hier der Connection-String für die Replika:
postgres://report_ro:${CR(pw)}@db-replica.internal:5432/shop
Bitte nicht weitergeben.`;
});

pos('otp-in-agent-reply', 2, 'ecommerce cc=IN credential', (k) => {
  const c = person('IN');
  return k
    ? `Hi ${c.first}, the delivery OTP for your order is ${CR(otp(4))}; share it only with the delivery partner at the door.`
    : `Dear ${c.first}, as the SMS is not reaching you, your login OTP is ${CR(otp())}. It is valid for 10 minutes.`;
});

// ======== solicitation

pos('solicit-card-and-cvv-email', 2, 'ecommerce cc=ZA solicitation', (k) => {
  const c = person('ZA');
  return k
    ? `Hi ${c.first}, the payment page is down today, so just ${SO('reply with your full card number, expiry and CVV')} and we'll process it manually.`
    : `Dear ${c.first},

To finalise the order please ${SO('send us the 16-digit card number and the 3-digit security code')} by return e-mail.

Thank you`;
});

pos('solicit-otp-ng-kindly', 2, 'fintech cc=NG solicitation', (k) => {
  const c = person('NG');
  return k
    ? `Dear ${c.first}, your account will be restricted today unless you ${SO('forward the token')} sent to your registered number.`
    : `Good day ${c.first}, kindly ${SO('provide the OTP')} sent to your phone so that we can unlock your card.`;
});

pos('solicit-mpesa-pin-swahili', 2, 'mobile-money cc=KE lang=sw solicitation', (k) => {
  const c = person('KE');
  return k
    ? `Habari ${c.first}, ili kukamilisha, ${SO('tutumie PIN yako ya M-Pesa')} kwa ujumbe huu.`
    : `Habari ${c.first}, tafadhali ${SO('tuma namba yako ya siri')} ili tuweze kurudisha pesa.`;
});

pos('solicit-password-spanish', 2, 'saas cc=MX lang=es solicitation', (k) => {
  return k
    ? `Hola, para migrar tu buzón necesitamos que ${SO('nos indiques la contraseña de tu correo')}.`
    : `Buen día. Para revisar la cuenta, por favor ${SO('envíenos su usuario y contraseña')} por este medio.`;
});

pos('solicit-code-sms-french', 2, 'telecom cc=SN lang=fr solicitation', (k) => {
  return k
    ? `Bonjour, afin de valider le transfert, ${SO('communiquez-nous votre code secret Orange Money')}.`
    : `Bonjour, merci de ${SO('nous transmettre le code reçu par SMS')} pour finaliser la portabilité.`;
});

pos('solicit-code-portuguese', 2, 'bank cc=AO lang=pt solicitation', (k) => {
  return k
    ? `Olá, para desbloquear o cartão ${SO('indique-nos o PIN do cartão')} nesta conversa.`
    : `Bom dia. Por favor, ${SO('envie-nos o código de verificação')} que recebeu para concluirmos a alteração.`;
});

pos('solicit-shona-pin', 1, 'mobile-money cc=ZW lang=sn solicitation', () => `Mhoro, kuti tigadzirise account yenyu ${SO('titumirei PIN yenyu yeEcoCash')} nhasi.`);

pos('solicit-password-hinglish', 1, 'ecommerce cc=IN lang=hinglish solicitation', () => `Sir, refund process karne ke liye ${SO('apna net banking password share kijiye')}.`);

pos('solicit-arabic-otp', 1, 'bank cc=AE lang=ar solicitation', () => `عزيزي العميل، يرجى ${SO('تزويدنا برمز التحقق')} المرسل إلى هاتفك لإكمال الطلب.`);

// ======== passports, cards, IDs, wires

pos('mrz-lines-visa-application', 2, 'travel cc=GH/NG mrz passport', (k) => {
  const cc = k ? 'NG' : 'GH'; const state = k ? 'NGA' : 'GHA'; const c = person(cc);
  const [l1, l2] = mrzTd3(c, state, PASSPORT[cc](), pick(['F', 'M']));
  return `Dear ${c.first},

The e-visa portal could not read your scan, so I typed the passport data page from the photo you sent. Please check it carefully:

${PP(l1)}
${PP(l2)}

If anything is wrong, send a clearer photo in daylight.`;
});

pos('passport-labelled-hotel-checkin', 2, 'hotel cc=US/IN passport', (k) => {
  const cc = k ? 'IN' : 'US'; const c = person(cc); const a = person('KE');
  return `Dear ${c.first},

Your online check-in for the lodge is complete. We have recorded passport ${k ? 'no.' : 'number'} ${PP(PASSPORT[cc]())} (${k ? 'India' : 'USA'}) for the park authority. Please carry the passport with you on the game drive.

Karibu sana,
${a.first}`;
});

pos('embassy-passport-za', 1, 'government cc=ZA passport', () => {
  const c = person('ZA');
  return `Good day ${c.first}, your appointment at the consulate is on ${date()} at ${time()}. Bring the passport (No. ${PP(PASSPORT.ZA())}) and two photos.`;
});

pos('amex-refund-note', 1, 'airline cc=AE card', () => {
  const c = person('AE'); const d = card('amex');
  return `Dear ${c.first}, the refund of AED ${int(400, 3000)} for the cancelled flight has been issued to American Express ${C(fmtCard(d))}. It may take up to 10 days to appear.`;
});

pos('verve-19-digit-card', 2, 'ecommerce cc=NG card', (k) => {
  const c = person('NG'); const d = card('verve');
  return k
    ? `${c.first}, your Verve card ${C(d)} expired ${X(expiry(0))}. Kindly add a new card in the app to keep your subscription.`
    : `Dear ${c.first}, we noticed the Verve card ${C(fmtCard(d))} saved on your profile is being declined. Please contact your bank.`;
});

pos('kra-pin-and-id', 2, 'tax cc=KE id', (k) => {
  const c = person('KE');
  return k
    ? `Hello ${c.first}, your iTax profile is corrected. ID ${ID(keId())} now matches KRA PIN ${ID(kraPin())}.`
    : `Dear ${c.first},

The invoice has been reissued with your KRA PIN ${ID(kraPin())} as requested. Kindly confirm receipt.`;
});

pos('wire-instructions-zw-usd-swift', 2, 'ngo cc=ZW/UG swift bank-account', (k) => {
  const cc = k ? 'UG' : 'ZW'; const acct = nzd(k ? 13 : 12);
  return `Hi,

For the grant disbursement please use these wire instructions:

Beneficiary bank: ${k ? 'Equator Commercial Bank, Kampala' : 'Highveld Bank, Harare'}
SWIFT: ${BI(bic(cc))}
Account number: ${BA(acct)}
Currency: USD
Intermediary bank: ${k ? 'Citibank N.A., New York' : 'JPMorgan Chase, New York'}
Intermediary SWIFT: ${BI(k ? 'CITIUS33' : 'CHASUS33')}

Please send the MT103 once released.`;
});

pos('long-thread-three-levels', 1, 'logistics cc=ZA quoted long', () => {
  const c = person('ZA'); const a = person('ZA'); const b = person('ZA'); const p = phone('ZA'); const em = personalEmail(c, 'ZA');
  return `Hi ${c.first},

Good news, the container cleared customs this morning and the truck will be at your warehouse tomorrow.

Regards
${a.first}

On ${longDate()} at 11:02, ${c.full} wrote:
> Any update? The client is asking daily.
>
> On ${longDate()} at 15:20, ${a.full} wrote:
>> We are still waiting for SARS to release the hold. I'll keep you posted.
>>
>> On ${longDate()} at 08:47, ${c.full} <${E(em)}> wrote:
>>> Hi ${a.first},
>>> Please call me on ${P(p.natl)} when the container arrives. My colleague ${b.first} is copied.
>>> ${c.first}`;
});

pos('uk-nino-payroll', 1, 'payroll cc=GB id', () => {
  const c = person('GB');
  return `Hi ${c.first}, payroll now has your National Insurance number as ${ID(nino(' '))}, so your tax code should correct on the next payslip.`;
});

pos('ssn-w9-form', 1, 'gig-platform cc=US id', () => {
  const c = person('US');
  return `Hi ${c.first}, thanks for the W-9. We entered TIN ${ID(ssn())} (SSN) and your 1099 will go out in January.`;
});

pos('pan-and-ifsc-refund', 1, 'ecommerce cc=IN bank-account', () => {
  const c = person('IN');
  return `Dear ${c.first}, refund will be credited to A/c ${BA(nzd(12))}, IFSC ${pick(['HDFC', 'ICIC', 'SBIN', 'UTIB'])}0${dig(6)}, within 5-7 working days.`;
});

// ======== hard negatives: no sensitive value, but dangerous-looking

neg('neg-order-luhn-reference', 2, 'ecommerce cc=ZA luhn-order', (k) => {
  const c = person('ZA'); const r = luhnRef(16);
  return k
    ? `Hi ${c.first}, your store-credit voucher reference is ${by4(r)} (not a bank card, it only works on our website). Balance: R${int(150, 900)}.`
    : `Hi ${c.first},

Thanks for your order! Order number: ${r}. You'll get another e-mail when it ships.`;
});

neg('neg-thread-quoted-order-only', 2, 'retail cc=GB quoted', (k) => {
  const c = person('GB'); const a = person('GB'); const o = `${pick(['UK', 'GB', 'WEB'])}-${dig(8)}`;
  return `Hi ${c.first},

I've checked with the warehouse: order ${o} left our depot on ${date()} and is with the courier now.

${a.first}

On ${longDate()} at ${time()}, ${c.full} wrote:
> Hi, I ordered on the ${int(2, 27)}th (order ${o}) and paid ${money('£', 20, 300)}.
> It still says "processing". ${k ? 'Can you chase it?' : 'Is there a problem?'}
>
> Thanks
> ${c.first}`;
});

neg('neg-html-invoice-table', 2, 'saas cc=KE html', (k) => {
  const inv = `INV-2026-${dig(5)}`; const cur = k ? 'USD ' : 'KES ';
  const rows = [['Pro plan (annual)', 1, int(200, 900)], ['Extra seats', int(2, 9), int(10, 40)], ['Onboarding', 1, int(100, 300)]];
  return `<h3>Invoice ${inv}</h3>
<table cellpadding="3">
<tr><th>Item</th><th>Qty</th><th>Unit price</th></tr>
${rows.map(([n, q, p]) => `<tr><td>${n}</td><td>${q}</td><td>${cur}${p.toLocaleString('en-US')}.00</td></tr>`).join('\n')}
<tr><td colspan="2"><b>VAT 16%</b></td><td>included</td></tr>
</table>
<p>Due date: ${date()}. Payment terms: 30 days.</p>`;
});

neg('neg-html-entities-amounts', 2, 'fintech cc=NG html entities', (k) => {
  const c = person('NG');
  return `<p>Dear ${c.first},</p><p>Your transfer of &#8358;${int(10, 900)},${pad(int(0, 999), 3)}.00 to ${pick(['Chidinma', 'Abdullahi', 'Bola'])} was successful.&nbsp;Fee:&nbsp;&#8358;${k ? '26.88' : '10.75'}.<br>Session ID ends in ${dig(4)}.&nbsp;&copy;&nbsp;2026 &amp; all rights reserved.</p>`;
});

neg('neg-masked-card-values', 2, 'bank cc=ZW masked', (k) => {
  const c = person('ZW'); const l4 = dig(4);
  return k
    ? `Hi ${c.first}, the debit of US$${int(5, 90)}.00 was made with your Visa **** **** **** ${l4} on ${date()} at ${time()}. If you don't recognise it, freeze the card in the app.`
    : `Hi ${c.first}, we have cancelled the card ending in ${l4}. A replacement card will be ready in 5 working days; your card number will change.`;
});

neg('neg-masked-phone-email', 2, 'telecom cc=KE masked', (k) => {
  const c = person('KE');
  return k
    ? `Hi ${c.first}, we sent the reset link to ${slug(c.first)[0]}*****@g****.com and an SMS to the number ending ${dig(3)}.`
    : `Hello ${c.first}, the SIM swap request for +254 7** *** ${dig(3)} was cancelled. For your security we only show part of the number.`;
});

neg('neg-masked-iban-account', 2, 'bank cc=DE/GB masked', (k) => {
  const c = person(k ? 'GB' : 'DE');
  return k
    ? `Hi ${c.first}, the payment went to the account ending ${dig(4)} (sort code ending ${dig(2)}). The full details are in your online banking.`
    : `Hallo ${c.first}, die Erstattung ging an DE** **** **** **** **${dig(2)} ${dig(2)}. Bei Fragen melden Sie sich gern.`;
});

neg('neg-never-ask-english-bank', 2, 'bank cc=GB never-ask', (k) => k
  ? `Please remember: we will never ask you for your full card number, your PIN, the 3-digit security code or a one-time passcode, by e-mail, text or phone. If someone does, hang up and report it.`
  : `A reminder from the fraud team: our staff will NEVER ask for your online banking password, PIN or the codes we text you. Never share them with anyone, even if they say they are from the bank.`);

neg('neg-never-ask-shona', 2, 'mobile-money cc=ZW never-ask lang=sn', (k) => k
  ? `Yambiro: hatimbofi takakumbirai PIN yenyu yeEcoCash. Musambogovera PIN kana code yamunotumirwa nemunhu upi zvake.`
  : `Mhoro. Ziva kuti vashandi vedu havambokumbira PIN yako kana password. Kana mumwe akakukumbira, usapindura.`);

neg('neg-never-ask-swahili', 2, 'mobile-money cc=KE never-ask lang=sw', (k) => k
  ? `Kumbuka: Hatutawahi kukuuliza PIN yako ya M-Pesa au nambari ya siri. Usimpe mtu yeyote.`
  : `Tahadhari! Wafanyakazi wetu hawataomba PIN, nywila au msimbo wa OTP. Ukipigiwa simu kuombwa, kata simu mara moja.`);

neg('neg-never-ask-zulu-afrikaans', 2, 'bank cc=ZA never-ask lang=zu/af', (k) => k
  ? `Onthou: ons sal u nooit vra vir u PIN, wagwoord of eenmalige wagwoord (OTP) nie. Moet dit met niemand deel nie.`
  : `Khumbula: ngeke sikucele i-PIN yakho, iphasiwedi noma i-OTP. Ungabelani ngayo nanoma ubani.`);

neg('neg-never-ask-french', 2, 'bank cc=SN never-ask lang=fr', (k) => k
  ? `Rappel de sécurité : nos conseillers ne vous demanderont jamais votre code PIN, votre mot de passe ni le code reçu par SMS.`
  : `Attention aux fraudes : nous ne vous demanderons jamais votre code secret Wave ou Orange Money. Ne le communiquez à personne.`);

neg('neg-never-ask-portuguese', 2, 'bank cc=MZ never-ask lang=pt', (k) => k
  ? `Atenção: o banco nunca lhe pedirá o PIN, a palavra-passe ou o código enviado por SMS. Não partilhe estes dados.`
  : `Lembrete: os nossos agentes M-Pesa nunca pedem o seu PIN. Se alguém pedir, ligue para o apoio oficial indicado na app.`);

neg('neg-never-ask-pidgin', 2, 'fintech cc=NG never-ask lang=pcm', (k) => k
  ? `Abeg no ever give anybody your PIN or OTP o. Our staff no go ever ask you for am.`
  : `Make you note say we no dey ask customer for password, PIN or BVN for phone. If dem call you, no answer.`);

neg('neg-never-ask-arabic-hindi', 2, 'bank cc=AE/IN never-ask lang=ar/hinglish', (k) => k
  ? `Dhyan dein: bank kabhi bhi aapka OTP, PIN ya password phone par nahi maangta. Kisi ke saath share na karein.`
  : `تنبيه: لن نطلب منك أبداً رقم التعريف الشخصي أو كلمة المرور أو رمز التحقق. لا تشاركها مع أي شخص.`);

neg('neg-never-ask-spanish', 2, 'bank cc=MX never-ask lang=es', (k) => k
  ? `Recuerda: nunca te pediremos tu NIP, tu contraseña ni el código que llega por SMS.`
  : `Aviso: ningún ejecutivo te solicitará el código de seguridad de tu tarjeta (CVV) ni tu clave dinámica.`);

neg('neg-postal-pin-code-india', 2, 'logistics cc=IN postal-pin', (k) => {
  const c = person('IN'); const pinc = `${int(11, 85)}${dig(4)}`;
  return k
    ? `Dear ${c.first}, we don't deliver to PIN code ${pinc.slice(0, 3)} ${pinc.slice(3)} yet. Please choose a pickup point near your area.`
    : `Hi ${c.first}, delivery is available to your PIN ${pinc}. Expected by ${pick(['Monday', 'Wednesday', 'Friday'])}.`;
});

neg('neg-version-numbers-release', 2, 'saas cc=GB versions', (k) => k
  ? `The fix is in firmware ${int(1, 4)}.${int(0, 9)}.${int(0, 20)}.${dig(4)} (build ${dig(8)}). Update from Settings > System and the router will restart.`
  : `Good news: version ${int(3, 9)}.${int(0, 20)}.${int(0, 9)} of the app is out (build ${int(2026, 2026)}.${int(10, 12)}.${int(0, 9)}.${dig(4)}). It fixes the crash on Android ${int(10, 15)}.`);

neg('neg-gps-coordinates', 2, 'transport cc=ZW coordinates', (k) => k
  ? `The pickup pin is at 17°${int(47, 52)}'${int(10, 59)}"S 31°${int(1, 5)}'${int(10, 59)}"E, next to the Total garage.`
  : `Driver, please use these coordinates for the drop: -${int(17, 26)}.${dig(4)}, ${int(27, 31)}.${dig(4)}. The gate code is on the order notes.`);

neg('neg-ean-barcodes', 2, 'retail cc=ZA barcode', (k) => {
  const e1 = ean13('600'); const e2 = ean13(k ? '6009' : '601');
  return `Hi, the two products you asked about are:
- Rooibos tea 80s, barcode ${e1}
- Maize meal 10kg, barcode ${e2}
Both are back in stock at the ${k ? 'Menlyn' : 'Sandton'} store.`;
});

neg('neg-imei-demo-stock', 2, 'telecom cc=ZW imei', (k) => {
  const list = [imei(), imei(), imei()];
  return k
    ? `Store note: the loaner handset given to the customer while the screen is repaired is our demo unit, IMEI ${list[0]}. Collect it back on return.`
    : `Demo stock for the ${pick(['Avondale', 'Sam Levy', 'Borrowdale'])} shop (not for sale):
${list.map((x, i) => `${i + 1}. ${pick(['Galaxy A15', 'Redmi 13C', 'Tecno Spark 20', 'iPhone 13'])} IMEI ${x}`).join('\n')}`;
});

neg('neg-postal-tracking-s10-ups', 2, 'logistics cc=ZA tracking', (k) => k
  ? `Your parcel is on its way with UPS, tracking ${ups()}. Expected delivery ${date()}.`
  : `Your item was posted with tracking number ${s10('ZA')}. You can track it on the Post Office site.`);

neg('neg-awb-fedex-dhl', 2, 'logistics cc=KE tracking', (k) => k
  ? `DHL waybill ${dig(10)} shows the shipment at Nairobi JKIA customs. Duties of KES ${int(2, 20)},${dig(3)} are payable on delivery.`
  : `FedEx tracking: ${dig(12)}. The courier attempted delivery at ${time()} and left a note.`);

neg('neg-pnr-eticket-seat', 2, 'airline cc=ZA/ZW pnr', (k) => {
  const c = person(k ? 'ZW' : 'ZA');
  return `Dear ${c.first}, your booking ${pnr()} is confirmed. E-ticket ${k ? eticket().replace(/^(\d{3})/, '$1-') : eticket()}, flight ${pick(['SA', 'FA', 'UM', 'KQ', 'ET'])}${int(100, 899)}, seat ${int(2, 38)}${pick(['A', 'C', 'D', 'F'])}, departing ${date()} ${time()}.`;
});

neg('neg-hotel-confirmation', 2, 'hotel cc=KE booking', (k) => {
  const c = person('KE');
  return `Dear ${c.first}, confirmation number ${k ? nzd(10) : `${dig(4)}-${dig(4)}`} for ${int(2, 5)} nights from ${date()}. Check-in from 14:00, check-out by 10:00.`;
});

neg('neg-ticket-case-numbers', 2, 'saas cc=US ticket', (k) => k
  ? `Your case #${dig(8)} has been escalated to tier 2 (incident INC${dig(7)}). You'll hear back within one business day.`
  : `Ticket ${dig(6)} merged into ${dig(6)}. Please reply on the main ticket from now on.`);

neg('neg-amounts-african-currencies', 2, 'remittance cc=GH amounts', (k) => k
  ? `Exchange summary: you sent GBP ${int(50, 900)}.00, the recipient gets GH₵ ${int(1, 9)},${dig(3)}.${dig(2)} (rate ${int(14, 18)}.${dig(4)}), fee GBP 2.99.`
  : `Totals this month: ZAR ${int(1, 40)} ${dig(3)},${dig(2)} · KES ${int(1, 99)},${dig(3)} · ₦${int(10, 900)},${dig(3)} · ZMW ${int(100, 9000)}.00 · USh ${int(100, 999)},000.`);

neg('neg-dates-times-sortcode-like', 2, 'transport cc=GB dates', (k) => k
  ? `Service dates: ${pad(int(1, 28), 2)}-${pad(int(1, 12), 2)}-26 and ${pad(int(1, 28), 2)}-${pad(int(1, 12), 2)}-26, both at 14:30 CAT. Log time 2026-${pad(int(1, 12), 2)}-${pad(int(1, 28), 2)}T09:12:44Z.`
  : `Your MOT is booked for ${pad(int(1, 28), 2)}/${pad(int(1, 12), 2)}/26 at ${time()}. Please arrive 10 minutes early.`);

neg('neg-prepaid-meter-number', 2, 'utility cc=ZW/ZA meter', (k) => {
  const c = person(k ? 'ZA' : 'ZW');
  return `Hi ${c.first}, the meter number ${k ? `${dig(4)} ${dig(4)} ${dig(3)}` : nzd(11)} is registered at your address. Units bought today will show on the meter within 30 minutes.`;
});

neg('neg-mpesa-paybill-till', 2, 'utility cc=KE mpesa', (k) => k
  ? `To pay, use Buy Goods Till Number ${nzd(6)}. The amount is KES ${int(100, 5000)}.`
  : `Pay via M-Pesa: Paybill ${nzd(6)}, Account number: INV${dig(6)} (your invoice number).`);

neg('neg-mpesa-transaction-code', 2, 'mobile-money cc=KE mpesa', (k) => {
  const c = person('KE');
  return `Hi ${c.first}, transaction ${mpesaTx()} of KES ${int(50, 9000).toLocaleString('en-US')} on ${date()} at ${time()} was reversed${k ? ' as a duplicate' : ''}. Reversal code ${mpesaTx()}.`;
});

neg('neg-ussd-shortcodes', 2, 'telecom cc=ZW ussd', (k) => k
  ? `To check your balance dial *${int(100, 199)}#. To opt out of promotions SMS STOP to ${int(30000, 49999)}.`
  : `Dial *${int(100, 999)}*${int(1, 9)}*${int(1, 9)}# and choose option ${int(1, 5)} to buy a bundle.`);

neg('neg-company-registration-vat', 2, 'legal cc=ZA company-reg', (k) => k
  ? `Supplier details for your records: Company Reg. No. ${int(2005, 2024)}/${dig(6)}/07, VAT No. 4${dig(9)}, B-BBEE Level ${int(1, 4)}.`
  : `Our company details: RC ${nzd(7)}, TIN ${dig(8)}-0001. This is the company's registration, not a personal number.`);

neg('neg-ip-mac-serial', 2, 'telecom cc=NG network', (k) => k
  ? `Router serial S/N ${chars(4)}${dig(8)}, MAC ${Array.from({ length: 6 }, () => hexStr(2).toUpperCase()).join(':')}, WAN IP 102.${int(64, 127)}.${int(0, 255)}.${int(1, 254)}.`
  : `Line test from the exchange: signal -${int(18, 25)}.${int(0, 9)} dBm, IP 41.${int(58, 223)}.${int(0, 255)}.${int(1, 254)}, uptime ${int(1, 40)} days.`);

neg('neg-uuid-hash-log', 2, 'saas cc=US log', (k) => k
  ? `request_id=${uuid()} status=502 upstream=payments latency_ms=${int(200, 3000)} sha256=${hexStr(64)}`
  : `Our logs show trace ${hexStr(32)} failing at 2026-${pad(int(1, 12), 2)}-${pad(int(1, 28), 2)} ${time()}:${pad(int(0, 59), 2)} UTC, job ${uuid()}.`);

neg('neg-password-reset-instructions', 2, 'saas cc=GB no-value', (k) => k
  ? `To reset your password, click "Forgot password" on the sign-in page. Your new password must be at least 12 characters and include a number.`
  : `We can't see or send your password. Use the reset link on the login page; it expires after 30 minutes.`);

neg('neg-otp-explainer', 2, 'bank cc=ZA no-value', (k) => k
  ? `The one-time PIN is a 5-digit number we text you. It's valid for 3 minutes; request a new one if it expires.`
  : `You'll get a 6-digit code by SMS when you sign in on a new device. Enter it only in the app, never on a call.`);

neg('neg-cvv-explainer', 2, 'ecommerce cc=US no-value', (k) => k
  ? `The CVV is the 3-digit number printed on the back of your card (4 digits on the front for Amex). Enter it on the checkout page only.`
  : `If checkout says "security code invalid", check the 3 digits on the signature strip. We never store it.`);

neg('neg-iban-swift-explainer', 2, 'payments cc=EU no-value', (k) => k
  ? `An IBAN starts with two letters (the country, e.g. DE or FR), then two check digits and the account number. A SWIFT/BIC code is 8 or 11 characters.`
  : `Please check that the IBAN you entered has the right length for the country (for example 22 characters for Germany). The one on file failed the check.`);

neg('neg-chat-transcript-orders', 2, 'ecommerce cc=NG chat', (k) => {
  const c = person('NG'); const o = `${pick(['JMA', 'KNG', 'NG'])}${dig(9)}`;
  return `[${tick()}] ${c.first}: where is my order?
[${tick()}] Agent: Hi ${c.first}, can I have the order number?
[${tick()}] ${c.first}: ${o}
[${tick()}] Agent: Thanks! It's at the ${k ? 'Ikeja' : 'Abuja'} hub, delivery on ${date()} between 9am and 5pm.
[${tick()}] ${c.first}: ok thanks`;
});

neg('neg-voice-transcript-order-spoken', 2, 'retail cc=GB transcript', (k) => {
  const o = dig(8);
  return `AGENT: Can I take the order number?
CALLER: Yeah it's ${k ? o.split('').join(' ') : spoken(o)}.
AGENT: Perfect, I can see it. The refund of ${int(10, 99)} pounds ${int(10, 99)} went back on ${date()}.
CALLER: Great, thanks.`;
});

neg('neg-csv-orders', 2, 'ecommerce cc=US csv', (k) => {
  const rows = Array.from({ length: 4 }, () => `${k ? 'ORD' : ''}${dig(7)}${k ? ';' : ','}${chars(3)}-${dig(4)}${k ? ';' : ','}${int(1, 6)}${k ? ';' : ','}${int(5, 300)}.${dig(2)}${k ? ';' : ','}2026-${pad(int(1, 12), 2)}-${pad(int(1, 28), 2)}`);
  const h = k ? 'order;sku;qty;price;date' : 'order_id,sku,qty,unit_price,created';
  return `Here are the orders in the export that failed to sync:

${h}
${rows.join('\n')}

They'll be retried tonight.`;
});

neg('neg-csv-stock-levels', 2, 'retail cc=ZA csv barcode', (k) => {
  const rows = Array.from({ length: 3 }, () => `${chars(2)}${dig(5)}\t${ean13(pick(['600', '601', '6009']))}\t${int(0, 240)}\t${pick(['Cape Town DC', 'Midrand DC', 'Durban DC'])}`);
  return `Stock check as requested${k ? ' (Friday count)' : ''}:

SKU\tBarcode\tOn hand\tWarehouse
${rows.join('\n')}`;
});

neg('neg-signature-no-contacts', 2, 'legal cc=KE/UG sig', (k) => {
  const a = person(k ? 'UG' : 'KE');
  return `Thank you for your message. Your file has been passed to the relevant department.

Kind regards,
${a.full}
Client Relations
${k ? 'Plot 14, Kampala Road, Kampala' : 'Westlands Business Park, Nairobi'}
${k ? 'www.nilelegal.ug' : 'www.mwangiandco.co.ke'}
Registered in ${k ? 'Uganda' : 'Kenya'}, No. ${k ? '80020000' + dig(5) : 'PVT-' + chars(6, UPD)}`;
});

neg('neg-postal-addresses-postcodes', 2, 'logistics cc=GB/KE address', (k) => k
  ? `The return goes to P.O. Box ${int(10000, 99999)}-00100, Nairobi GPO, or to our US office: ${int(100, 9999)} Main St, Suite ${int(100, 999)}, Austin TX ${int(73301, 78799)}-${dig(4)}.`
  : `Please post it to Returns Dept, Unit ${int(1, 30)}, ${pick(['Brunel Way', 'Kingsway', 'Mill Lane'])}, ${pick(['Swindon SN2 8BS', 'Leeds LS11 5QR', 'Glasgow G51 4TQ'])}.`);

neg('neg-flight-gate-seat', 2, 'airline cc=KE travel', (k) => k
  ? `Flight KQ${int(100, 700)} to Lusaka now departs from gate ${int(1, 20)}${pick(['A', 'B'])} at ${time()}; boarding closes 20 minutes earlier. Baggage allowance 2 x 23 kg.`
  : `Your connection ET${int(300, 900)} via Addis has a ${int(1, 5)}h${int(10, 55)} layover. Seat ${int(10, 40)}${pick(['C', 'D'])} is an aisle seat.`);

neg('neg-policy-claim-numbers', 2, 'insurance cc=ZA claim', (k) => k
  ? `Claim CLM-${dig(7)} on policy ${chars(2)}${dig(8)} is approved. The excess of R${int(1, 9)} ${dig(3)} will be deducted from the payout.`
  : `We received your claim for the burst geyser. Your claim number is ${dig(9)} and the assessor reference is AS/${dig(5)}/2026.`);

neg('neg-loan-masked-schedule', 2, 'microfinance cc=UG masked', (k) => {
  const c = person('UG');
  return `Dear ${c.first}, your loan ending ${dig(4)} has ${int(2, 11)} instalments left:
${Array.from({ length: 3 }, (_, i) => `  ${pad(int(1, 28), 2)}/${pad(i + 1 + (k ? 3 : 0), 2)}/2027  UGX ${int(80, 400)},000`).join('\n')}
Interest rate ${int(12, 28)}.${int(0, 9)}% p.a.`;
});

neg('neg-phone-shaped-part-numbers', 2, 'retail cc=ZA part-number', (k) => k
  ? `The replacement hinge is part no. 0${int(6, 8)}${dig(1)}-${dig(4)}-${dig(3)}, and the fitting kit is ${dig(3)}-${dig(3)}-${dig(4)} (both in stock).`
  : `Spare part reference ${pick(['071', '082', '076'])} ${dig(3)} ${dig(4)} fits the model you have. Order it through your dealer.`);

neg('neg-case-docket-numbers', 2, 'legal cc=US case-number', (k) => k
  ? `The matter is listed as case no. ${dig(3)}-${dig(2)}-${dig(4)}-CV in the county court. Our file ref is L/${dig(5)}.`
  : `Court reference ${by4(luhnComplete('1' + dig(14)), '-')} relates to the small-claims hearing on ${date()}.`);

neg('neg-isbn-textbooks', 2, 'school cc=GH isbn', (k) => {
  const isbn = () => { const b = '978' + dig(9); const s = b.split('').reduce((a, d, i) => a + (+d) * (i % 2 ? 3 : 1), 0); return b + ((10 - (s % 10)) % 10); };
  const i1 = isbn(); const i2 = isbn();
  return `Book list for ${k ? 'JHS 2' : 'Primary 5'}:
- Mathematics, ISBN ${k ? i1 : `${i1.slice(0, 3)}-${i1.slice(3, 4)}-${i1.slice(4, 8)}-${i1.slice(8, 12)}-${i1.slice(12)}`}
- English Reader, ISBN ${i2}
Available at the school bookshop from ${date()}.`;
});

neg('neg-vin-chassis', 2, 'car-rental cc=ZA vin', (k) => {
  const vin = chars(3, 'ABCDEFGHJKLMNPRSTUVWXYZ') + chars(6, 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789') + chars(1, 'PRSTVWXY') + chars(7, 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789');
  return k
    ? `Vehicle swap confirmed: new car reg ${chars(2)} ${dig(2)} ${chars(2)} GP, chassis ${vin}, odometer ${int(5, 90)} ${dig(3)} km.`
    : `The rental vehicle (VIN ${vin}) has a full tank and ${int(5000, 60000)} km on the clock. Return it by ${time()} on ${date()}.`;
});

neg('neg-ms-timestamps-luhn', 2, 'saas cc=IN log luhn-timestamp', (k) => {
  const ts = () => { for (;;) { const t = String(1780000000000 + int(0, 30000000) * 1000 + int(0, 999)); if (luhnValid(t)) return t; } };
  return k
    ? `Event log: created_at=${ts()} updated_at=${ts()} (ms since epoch). Both are within the retention window.`
    : `The webhook was delivered at ${ts()} and retried at ${ts()}; timestamps are in milliseconds.`;
});

neg('neg-html-newsletter-promo', 2, 'retail cc=NG html promo', (k) => `<table width="600" style="font-family:Verdana"><tr><td style="background:#ffcc00;padding:12px">
<h2>${k ? 'Black Friday' : 'Detty December'} deals!</h2>
<p>Use code <b>${chars(5)}${int(10, 50)}</b> for ${int(10, 40)}% off orders over &#8358;${int(10, 50)},000.</p>
<p>Offer ends ${date()}. <a href="https://shop.example.ng/unsubscribe?u=${hexStr(12)}">Unsubscribe</a></p>
</td></tr></table>`);

neg('neg-exam-candidate-numbers', 2, 'school cc=NG/GH exam', (k) => {
  const c = person(k ? 'GH' : 'NG');
  return `Dear ${c.first}, your candidate index number is ${dig(10)} and your exam centre code is ${dig(5)}. Results will be released on ${date()}.`;
});

neg('neg-medical-codes', 2, 'healthcare cc=ZA medical-codes', (k) => k
  ? `The claim was rejected because ICD-10 code ${pick(['J06.9', 'M54.5', 'K21.9'])} does not match tariff code ${dig(4)}. The practice number ${dig(7)} is correct.`
  : `Your pre-authorisation ${dig(8)} covers procedure ${dig(4)} and ${int(1, 3)} days in ward. Co-payment R${int(1, 5)} 000.`);

neg('neg-branch-code-no-account', 2, 'bank cc=ZA branch-code', (k) => k
  ? `Use the universal branch code ${pick(['250655', '470010', '632005', '198765', '051001'])} for any EFT to us. Your account number is on your statement; don't send it by e-mail.`
  : `For transfers from abroad you'll need your full account number from the app; the branch code for all our branches is ${pick(['250655', '470010', '632005'])}.`);

neg('neg-iccid-sim-serial', 2, 'telecom cc=UG iccid', (k) => {
  const iccid = luhnComplete('89' + pick(['256', '254', '263']) + dig(13));
  return k
    ? `The replacement SIM pack has serial (ICCID) ${iccid}; the old one has been deactivated.`
    : `Please scan the SIM pack barcode: ICCID ${iccid.slice(0, 5)} ${iccid.slice(5, 10)} ${iccid.slice(10, 15)} ${iccid.slice(15)}. Activation takes 2 hours.`;
});

neg('neg-refund-timeline-text', 2, 'travel cc=MZ lang=pt', (k) => k
  ? `Olá! O reembolso de ${int(1, 9)} ${dig(3)},00 MT foi aprovado em ${date()} e deve chegar em 7 a 10 dias úteis. Referência do pedido: ${chars(3)}-${dig(6)}.`
  : `Bom dia, a sua reserva ${pnr()} foi cancelada sem custos. O valor será devolvido ao meio de pagamento original.`);

neg('neg-long-thread-no-values', 2, 'logistics cc=ZM quoted long', (k) => {
  const a = person('ZM'); const c = person('ZM');
  return `Dear ${c.first},

The truck is now at the Kasumbalesa border and should reach Lusaka by ${pick(['Wednesday', 'Thursday'])}. Nothing is needed from you.

${a.first}

On ${longDate()}, ${c.full} wrote:
> Is there any delay at the border? The shipment ${chars(3)}${dig(7)} was due ${date()}.
>
>> On ${longDate()}, ${a.full} wrote:
>> The clearing agent has the documents. ${k ? 'We expect release in 48 hours.' : 'Customs inspection is booked for tomorrow.'}
>>
>>> On ${longDate()}, ${c.full} wrote:
>>> Please update me when the truck leaves Durban. Invoice ${dig(6)} is attached.`;
});

neg('neg-court-luhn-groups', 1, 'legal cc=GB luhn-order', () => `Your loyalty card reference is ${by4(luhnComplete('9' + dig(14)))}; points are credited 48 hours after purchase.`);

neg('neg-multicaixa-reference', 2, 'utility cc=MZ/AO lang=pt payment-reference', (k) => k
  ? `Para pagar a factura use Pagamento por Referência: Entidade ${dig(5)}, Referência ${dig(3)} ${dig(3)} ${dig(3)}, Montante ${int(5, 90)}.${dig(3)},00 Kz.`
  : `Pagamento de serviços: Entidade ${dig(5)} · Referência ${dig(9)} · Valor ${int(1, 9)} ${dig(3)},00 MZN. A referência é válida até ${date()}.`);

neg('neg-french-invoice-parcel', 2, 'ecommerce cc=CI lang=fr', (k) => k
  ? `Bonjour, votre colis n° ${chars(2)}${dig(9)}CI est arrivé au point relais de Cocody. Montant à régler : ${int(5, 90)} ${dig(3)} FCFA.`
  : `Bonjour, la facture n° FA-${dig(6)} du ${date()} d'un montant de ${int(10, 200)} ${dig(3)} FCFA a été réglée. Merci.`);

neg('neg-arabic-order', 2, 'ecommerce cc=AE lang=ar', (k) => k
  ? `تم شحن طلبك رقم ${dig(9)} وسيصل خلال ${int(2, 5)} أيام. المبلغ: ${int(100, 900)} درهم.`
  : `مرحباً، تم استرداد مبلغ ${int(50, 900)} ريال للطلب ${chars(2)}-${dig(7)} بتاريخ ${date()}.`);

neg('neg-spanish-guia-folio', 2, 'logistics cc=MX lang=es', (k) => k
  ? `Hola, tu número de guía es ${dig(12)} y el folio de la factura es ${chars(1)}${dig(6)}. Entrega estimada: ${date()}.`
  : `Buen día, el pedido ${dig(8)} salió del CEDIS ${pick(['Tultitlán', 'Guadalajara', 'Monterrey'])} hoy a las ${time()}.`);

neg('neg-swahili-order', 2, 'ecommerce cc=TZ lang=sw', (k) => k
  ? `Habari, oda yako namba ${dig(7)} imefika Dar es Salaam. Itafika kesho kati ya saa ${int(2, 5)} na saa ${int(6, 10)}.`
  : `Asante! Malipo ya TSh ${int(10, 500)},000 kwa oda ${chars(2)}${dig(6)} yamepokelewa tarehe ${date()}.`);

neg('neg-hinglish-order-pin', 2, 'ecommerce cc=IN lang=hinglish', (k) => k
  ? `Namaste, aapka order ${pick(['OD', 'FK'])}${dig(15)} kal tak deliver ho jayega. Pincode ${int(11, 85)}${dig(4)} serviceable hai.`
  : `Hello ji, return pickup ${date()} ko hoga. Refund ₹${int(200, 9000)} 5-7 din mein aayega. Order ID ${dig(10)}.`);

neg('neg-api-doc-placeholders', 2, 'saas cc=US no-value config', (k) => k
  ? `Set the key in your environment, e.g.\n\nexport PAYMENTS_API_KEY="<your secret key>"\nexport WEBHOOK_SECRET="<from the dashboard>"\n\nNever paste the real values into a ticket.`
  : `Example request:\n\ncurl -H "Authorization: Bearer YOUR_ACCESS_TOKEN" https://api.example.com/v2/orders\n\nReplace YOUR_ACCESS_TOKEN with a token from Settings > API.`);

neg('neg-support-hours-timezones', 2, 'saas cc=ZA hours', (k) => k
  ? `Our support hours are Mon–Fri 08:00–17:00 SAST (06:00–15:00 UTC) and Sat 09:00–13:00. Public holidays: closed.`
  : `We're available 24/7 in English and French. Average response time is ${int(2, 9)} minutes on chat and ${int(2, 12)} hours on e-mail (WAT, UTC+1).`);

neg('neg-percent-stats-dimensions', 2, 'logistics cc=KE measures', (k) => k
  ? `The pallet is 1200 x 1000 x 1450 mm, ${int(300, 900)} kg gross; ${int(60, 99)}.${int(0, 9)}% of the order shipped in the first truck.`
  : `Your uptime this quarter was ${int(97, 99)}.${dig(2)}%, with ${int(1, 9)} incidents totalling ${int(10, 90)} minutes.`);

neg('neg-promo-voucher-codes', 2, 'retail cc=GH promo', (k) => k
  ? `Use voucher AKWAABA${int(10, 30)} at checkout for free delivery in Accra and Kumasi until ${date()}.`
  : `Your referral code is ${chars(4)}-${chars(4)}. Share it with friends and both of you get GH₵ ${int(10, 50)} off.`);

neg('neg-shona-delivery', 2, 'ecommerce cc=ZW lang=sn', (k) => k
  ? `Mhoro, order yenyu ${dig(6)} ichasvika neChina pakati pa ${time()} na ${time()}. Mari yekuendesa: US$${int(2, 9)}.`
  : `Mangwanani, tatambira mari yenyu ye ZiG ${int(100, 900)}.${dig(2)} ye invoice ${chars(2)}${dig(5)}. Ndatenda.`);

neg('neg-loyalty-frequent-flyer-membership', 2, 'airline cc=KE membership', (k) => k
  ? `Your membership number M-${dig(6)} earned ${int(500, 5000)} miles on this trip; tier status: ${pick(['Silver', 'Gold'])}.`
  : `Gym membership #${dig(5)} is frozen from ${date()} until ${date()}, as you asked.`);

neg('neg-sms-sender-ids-and-timer', 2, 'bank cc=ZM no-value', (k) => k
  ? `Messages from us only come from the sender ID "${pick(['ZAMBANK', 'MWAMBA'])}". The reset code we send expires after ${int(2, 5)} minutes.`
  : `If you did not request a code, ignore the SMS. Codes are never needed by our call-centre staff.`);

const ONCE_LIST = [
  'za-signature-tel-cell-fax', 'ng-signature-comma-slash-phones', 'zm-branch-phone-list', 'tsv-driver-phone-list', 'html-signature-tel-mailto',
  'gulf-signature-m-t', 'us-signature-dots-ext', 'in-signature-toll-free', 'gh-signature-paren0', 'html-nbsp-entities-phone', 'chat-emails-brackets',
  'phone-end-of-sentence-email-comma', 'chat-multiple-emails', 'cc-list-many-emails', 'luganda-ug-nin-phone', 'swahili-mpesa-phone-id', 'es-dni-phone',
  'afrikaans-account-phone', 'zulu-za-id-reply', 'bemba-nyanja-nrc', 'twi-ghana-card', 'hausa-yoruba-greeting-nin', 'kra-pin-and-id',
  'ivr-transcript-account-id', 'puk-code-given', 'phone-linebreak-inside', 'email-bracket-at-dot', 'shona-ecocash-phone-id', 'sn-french-cni-phone-iban',
  'ci-french-email-iban', 'nl-bsn-iban',
  'neg-ticket-case-numbers', 'neg-hotel-confirmation', 'neg-awb-fedex-dhl', 'neg-percent-stats-dimensions', 'neg-support-hours-timezones',
  'neg-loyalty-frequent-flyer-membership', 'neg-flight-gate-seat', 'neg-promo-voucher-codes', 'neg-swahili-order', 'neg-spanish-guia-folio',
  'neg-refund-timeline-text', 'neg-sms-sender-ids-and-timer',
];

// ---------------------------------------------------------------- assembly

/** Templates used once only (to land on 165 records with spans and 135 without). */
const ONCE = new Set(ONCE_LIST);

const records = [];
for (const t of TPL) {
  const uses = ONCE.has(t.name) ? 1 : t.uses;
  for (let k = 0; k < uses; k++) {
    usedFirsts = new Set();
    resetDates();
    resetClock();
    const marked = t.fn(k);
    const { text, spans } = parseMarked(marked, t.name);
    if (t.kind === 'pos' && !spans.length) throw new Error(`${t.name}: positive without spans`);
    if (t.kind === 'neg' && spans.length) throw new Error(`${t.name}: negative with spans`);
    if (t.kind === 'neg' && /[^\s*]*[@＠]/.test(text.replace(/\S*\*\S*@\S*/g, ''))) throw new Error(`${t.name}: negative with an @`);
    for (const s of spans) { const p = checkValue(s); if (p) throw new Error(`${t.name}: ${s.type} ${s.value}: ${p}`); }
    if (marked.includes('undefined') || marked.includes('NaN')) throw new Error(`${t.name}: undefined in text`);
    const tags = t.tags.replace(/(\w+)=([^\s/]+)\/(\S+)/g, (_, key, a, b) => `${key}=${k ? b : a}`);
    records.push({ kind: t.kind, name: t.name, tags, marked, spans, k });
  }
}
shuffle(records);

const count = {};
for (const r of records) for (const s of r.spans) count[s.type] = (count[s.type] || 0) + 1;
const nPos = records.filter((r) => r.kind === 'pos').length;
const nNeg = records.length - nPos;
const names = new Set(records.map((r) => r.name));
const twice = [...names].filter((n) => records.filter((r) => r.name === n).length === 2).length;
const totalSpans = Object.values(count).reduce((a, b) => a + b, 0);
const ccs = [...new Set(records.flatMap((r) => (/cc=(\S+)/.exec(r.tags) || [])[1] || []))].sort();
const sectors = [...new Set(records.map((r) => r.tags.split(' ')[0]))].sort();

const HEADER = `# vault5.src.txt: a fifth labelled evaluation corpus of customer-support agent replies for ReplyGuard.
# WRITTEN UNSEEN: its author did not read detectors/, src/, test/detectors/, test/eval/, bench/, README.md's
# detector table, any test/corpus/*.jsonl, or any other corpus's records or generator beyond what is listed here.
# It read only shared/CONTRACT.md, shared/reference/detection.md, test/corpus/lib.mjs and build.mjs,
# shared/peers/score.mjs, the comment header plus first 8 records of vault4.src.txt (marker format,
# conventions) and the first ~150 lines of vault4.gen.mjs (generator structure, seeded RNG, lib.mjs helpers).
# It never ran replyguard scan, the eval, or any detector on this text before the corpus was committed. The
# only outside check was libphonenumber-js/max isValidPhoneNumber on the minted gold phone numbers
# (a format check, like Luhn); negatives were never run through any phone finder.
# Records come from test/corpus/vault5.gen.mjs (seed 0x${SEED.toString(16)}): ${names.size} distinct hand-written reply templates,
# none used more than twice (${twice} used twice; the second use has other names and values and another
# format, layout or obfuscation), record order shuffled.
# ${records.length} records: ${nPos} with at least one span, ${nNeg} without any. ${totalSpans} spans: ${Object.keys(count).sort().map((k) => `${k} ${count[k]}`).join(', ')}.
# Sectors (first tag): ${sectors.join(', ')}.
# Regions (cc tag): ${ccs.join(' ')}; phones of AO AE AR BR CI CL ES GB GH IN KE MX MZ NG QA SA SN UG US ZA ZM ZW;
# IBANs of AE AO CI DE ES FR GB MZ NL PT SA SN (+ BE in a SEPA paste).
# Emphasis (different from vault4): long e-mail threads with quoted history ("On ... wrote:", "> "/">> "/">>>"
# quoting, Outlook "-----Original Message-----" and "From:/Sent:" blocks, values only in the quoted part),
# HTML bodies (tables, <br> inside a value, &nbsp; and &#NN; entities, inline styles, <pre><code>, tel:/mailto:),
# chat logs and WhatsApp exports, voice-call and IVR transcripts (digits in odd groups, digits read out as
# words, "double seven"), CSV/semicolon/TSV/markdown-table pastes, company signatures (the company's own
# phones and e-mails are gold: detection reports every sensitive value), obfuscation (dots, dashes, one
# space or dash between every digit, line breaks, zero-width space/non-joiner/word joiner, full-width digits
# and ＋/＠, "x at y dot com", [at]/(at)/[dot]), several values of one kind in a draft, values glued to
# punctuation, brackets, quotes, "=" and ";". Languages besides English: Afrikaans, Arabic, Bemba/Nyanja,
# Dutch, French (Senegal, Côte d'Ivoire), German, Hausa greetings, Hinglish, Luganda, Nigerian
# Pidgin, Portuguese (Mozambique, Angola, Brazil), Shona, Spanish (Mexico, Argentina, Chile, Colombia,
# Spain), Swahili, Twi, Xhosa, Zulu.
# Hard negatives: Luhn-valid order/voucher/loyalty references (prefixes 7, 9, 1 outside card IIN ranges),
# Luhn-valid ms timestamps, IMEIs of the shop's own demo/loaner stock, ICCIDs, EAN-13 and ISBN-13 barcodes,
# S10 postal/UPS/DHL/FedEx tracking, PNR/e-ticket/seat/gate, hotel confirmations, invoice/case/ticket/claim/
# policy/docket/exam numbers, phone-shaped part numbers, meter numbers, M-Pesa paybill/till and transaction
# codes, Multicaixa/MZ payment references, USSD/short codes, company registration/VAT/RC numbers, bank
# universal branch codes without any account, masked cards/phones/e-mails/IBANs/accounts, "we will never ask
# for your PIN/OTP/password" in 11 languages, OTP/CVV/IBAN/password-reset explainers, API-doc placeholders,
# Indian postal PIN codes, versions/builds, GPS coordinates, IPs/MACs/serials, UUIDs/hashes, amounts in
# African and other currencies, dates/times (incl. NN-NN-NN), postcodes/P.O. boxes, VINs, medical codes.
# Tags after the id: pos/neg, sector, cc=XX (region), notes (quoted, html, chat, transcript, csv, sig,
# obf=..., multi-*, lang=xx, never-ask, masked, ...), tpl=<template name>, use=<0|1>.
# Labelling conventions (as vault4's header states them): each value is its own span, without its label
# word. A UK sort code and account in separate fields are ROUTING_NUMBER + BANK_ACCOUNT. NUBAN, CLABE and
# domestic account numbers are BANK_ACCOUNT; SA branch codes and Indian IFSC are not labelled. Each TD3 MRZ
# line is its own PASSPORT_NUMBER span. A value in a tel:/mailto: attribute is its own span, without the
# scheme, and its visible text is another span. A value written with HTML entities or tags (<br>), split by
# zero-width characters, spaces, dashes or a line break, or read out as words, spans the whole written run.
# Spelled-out e-mails span the whole written form. SOLICITATION spans the request clause, from the request
# verb to the last word naming the secret. Company support phones and e-mails are findings. CREDENTIAL covers
# passwords, PINs, OTP/PUK codes, memorable words, security answers, API keys, tokens, webhook secrets, AWS
# keys, the password of a connection string and the base64 of a Basic auth header. SSN/TIN, NINO, SA/ZW/KE
# IDs, KRA PIN, Aadhaar, PAN, NIN, BVN, Ghana Card, Zambian NRC, Ugandan NIN, Mozambican BI and NUIT,
# Angolan BI, Senegalese CNI, Emirates ID, Saudi ID, CURP, CPF, DNI (AR, ES), RUT, cédula and BSN are
# NATIONAL_ID. Not labelled: names, addresses, dates of birth, usernames, IPs, short codes/USSD, masked
# values, branch codes, IFSC. CARD_EXPIRY only when labelled or next to a PAN; CARD_CVV only when labelled.
# All people, companies and values are invented; card, IBAN, ABA, NUBAN, CLABE, SA/ZW ID, Aadhaar, NIN,
# CPF, CURP, DNI, RUT, BSN, Emirates/Saudi ID and MRZ check digits were minted valid.
# Format: see lib.mjs. Build: node test/corpus/vault5.gen.mjs && node test/corpus/build.mjs`;

const out = [HEADER];
records.forEach((r, i) => {
  out.push(`=== vault5-${pad(i + 1, 4)} ${r.kind} ${r.tags} tpl=${r.name} use=${r.k}`);
  out.push(r.marked);
  out.push('');
});
writeFileSync(OUT, out.join('\n'));
console.log(`wrote ${OUT}: ${records.length} records (${nPos} pos, ${nNeg} neg), ${names.size} templates (${twice} twice), spans ${JSON.stringify(count)}`);
