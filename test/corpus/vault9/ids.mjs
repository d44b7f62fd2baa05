// National IDs, passports (incl. TD3 MRZ), credentials and solicitation spans.
import { S } from './build.mjs';
import { luhnComplete, verhoeffComplete, zwCheckLetter, ZW_DISTRICTS, esDniLetter, icaoCheck, aadhaarValid, zaIdValid, sinValid, ssnValid, ninoValid, KEY_SHAPES } from './lib.mjs';

const pad = (n, w) => String(n).padStart(w, '0');
function zaId(r) {
  for (;;) {
    const y = r.int(60, 103) % 100, m = r.int(1, 12), d = r.int(1, 28);
    const v = luhnComplete(pad(y, 2) + pad(m, 2) + pad(d, 2) + pad(r.int(0, 9999), 4) + r.pick(['0', '0', '0', '1']) + '8');
    if (zaIdValid(v) && v !== '8001015009087') return v;
  }
}
function zwId(r) { const o = r.pick(ZW_DISTRICTS), seq = r.digits(r.pick([6, 7])), dd = r.pick(ZW_DISTRICTS); return { o, seq, l: zwCheckLetter(o, seq), dd }; }
function aadhaar(r) { for (;;) { const v = verhoeffComplete(String(r.int(2, 9)) + r.digits(10)); if (aadhaarValid(v)) return v; } }
function sin(r) { for (;;) { const v = luhnComplete(r.pick(['1', '2', '3', '4', '5', '6', '7', '9']) + r.digits(7)); if (sinValid(v) && v !== '123456782') return v; } }
function ssn(r) { for (;;) { const v = pad(r.int(1, 899), 3) + pad(r.int(1, 99), 2) + pad(r.int(1, 9999), 4); if (ssnValid(v)) return v; } }
function nino(r) { for (;;) { const v = r.letters(2, 'ABCEGHJKLMNPRSTWXYZ') + r.digits(6) + r.pick(['A', 'B', 'C', 'D']); if (ninoValid(v)) return v; } }
const g = (s, sizes, sep) => { const o = []; let i = 0; for (const n of sizes) { o.push(s.slice(i, i + n)); i += n; } return o.join(sep); };

// returns S(NATIONAL_ID) with .label (English) and .scheme
export function nationalId(r, cc, scheme) {
  const pickS = { ZW: ['zw_id'], ZA: ['za_id'], KE: ['ke_id', 'kra_pin'], NG: ['ng_nin', 'bvn'], GB: ['nino'], US: ['ssn'], IN: ['aadhaar', 'in_pan'], CA: ['sin'], ES: ['es_dni'] }[cc];
  scheme = scheme ?? r.pick(pickS);
  let value, display, label;
  switch (scheme) {
    case 'zw_id': { const z = zwId(r); value = z.o + z.seq + z.l + z.dd; display = r.pick([`${z.o}-${z.seq} ${z.l} ${z.dd}`, `${z.o}-${z.seq}${z.l}${z.dd}`, `${z.o}-${z.seq}-${z.l}-${z.dd}`, `${z.o} ${z.seq} ${z.l} ${z.dd}`]); label = r.pick(['national ID', 'ID number', 'national registration number']); break; }
    case 'za_id': value = zaId(r); display = r.pick([value, value, g(value, [6, 4, 3], ' ')]); label = r.pick(['ID number', 'SA ID', 'identity number']); break;
    case 'ke_id': value = String(r.int(20000000, 39999999)); display = value; label = r.pick(['ID number', 'national ID no.', 'ID No.']); break;
    case 'kra_pin': value = 'A' + r.digits(9) + r.letters(1); display = value; label = 'KRA PIN'; break;
    case 'ng_nin': value = verhoeffComplete(String(r.int(1, 9)) + r.digits(9)); display = value; label = r.pick(['NIN', 'National Identification Number']); break;
    case 'bvn': value = '22' + r.digits(9); display = value; label = 'BVN'; break;
    case 'nino': value = nino(r); display = r.pick([value, g(value, [2, 2, 2, 2, 1], ' ')]); label = r.pick(['National Insurance number', 'NI number', 'NINO']); break;
    case 'ssn': value = ssn(r); display = r.pick([g(value, [3, 2, 4], '-'), g(value, [3, 2, 4], '-'), g(value, [3, 2, 4], ' ')]); label = r.pick(['SSN', 'Social Security number', 'social']); break;
    case 'aadhaar': value = aadhaar(r); display = r.pick([g(value, [4, 4, 4], ' '), g(value, [4, 4, 4], '-'), value]); label = r.pick(['Aadhaar', 'Aadhaar number', 'UID']); break;
    case 'in_pan': value = r.letters(3) + 'P' + r.letters(1) + r.digits(4) + r.letters(1); display = value; label = 'PAN'; break;
    case 'sin': value = sin(r); display = r.pick([g(value, [3, 3, 3], '-'), g(value, [3, 3, 3], ' '), value]); label = r.pick(['SIN', 'social insurance number']); break;
    case 'es_dni': { const n = pad(r.int(10000000, 79999999), 8); value = n + esDniLetter(n); display = r.pick([value, `${n}-${value[8]}`]); label = 'DNI'; break; }
    default: throw new Error(scheme);
  }
  return S('NATIONAL_ID', display, { kind: scheme, value }, { label, scheme, value });
}

export const PASSPORT_RE = { GB: /^\d{9}$/, US: /^([A-Z]\d{8}|\d{9})$/, ZA: /^[AMT]\d{8}$/, IN: /^[A-PR-WY]\d{7}$/, KE: /^[AB]K\d{7}$/, NG: /^[AB]\d{8}$/, ZW: /^[A-Z]{2}\d{6}$/, CA: /^[A-Z]{2}\d{6}$/ };
export function passportNo(r, cc) {
  return { GB: () => String(r.int(1, 9)) + r.digits(8), US: () => r.pick(['A', 'B', 'C']) + r.digits(8), ZA: () => r.pick(['A', 'M']) + r.digits(8), IN: () => r.pick(['J', 'K', 'L', 'M', 'N', 'P', 'R', 'S', 'T', 'U', 'V', 'W']) + r.digits(7), KE: () => r.pick(['AK', 'BK']) + r.digits(7), NG: () => r.pick(['A', 'B']) + r.digits(8), ZW: () => r.letters(2, 'ABCDEFGHJKLMNPRSTVWXYZ') + r.digits(6), CA: () => r.letters(2, 'ABCGHJKLMNPRSTW') + r.digits(6) }[cc]();
}
export function passport(r, cc) { const v = passportNo(r, cc); return S('PASSPORT_NUMBER', v, { kind: 'passport', value: v, country: cc }, { value: v }); }
export const ISO3 = { ZW: 'ZWE', ZA: 'ZAF', KE: 'KEN', NG: 'NGA', GB: 'GBR', US: 'USA', IN: 'IND', CA: 'CAN' };
export function mrzLines(r, cc, who) {
  const name = (who.last + '<<' + who.first).normalize('NFD').replace(/[\u0300-\u036f]/g, '').toUpperCase().replace(/[^A-Z<]/g, '<');
  const l1 = ('P<' + ISO3[cc] + name).padEnd(44, '<').slice(0, 44);
  const doc = passportNo(r, cc).padEnd(9, '<').slice(0, 9);
  const dob = pad(r.int(60, 99), 2) + pad(r.int(1, 12), 2) + pad(r.int(1, 28), 2), exp = pad(r.int(27, 34), 2) + pad(r.int(1, 12), 2) + pad(r.int(1, 28), 2);
  const pers = '<'.repeat(14), sex = r.pick(['M', 'F']);
  const p1 = doc + icaoCheck(doc), p2 = dob + icaoCheck(dob), p3 = exp + icaoCheck(exp), p4 = pers + icaoCheck(pers);
  const l2 = p1 + ISO3[cc] + p2 + sex + p3 + p4 + icaoCheck(p1 + p2 + p3 + p4);
  return { l1, l2, doc };
}
export function mrz(r, cc, who) { const { l1, l2, doc } = mrzLines(r, cc, who); return S('PASSPORT_NUMBER', `${l1}\n${l2}`, { kind: 'mrz', value: `${l1}\n${l2}` }, { doc }); }

// ---- credentials -------------------------------------------------------------------------
const WORDS = ['Kudu', 'Baobab', 'Jacaranda', 'Msasa', 'Impala', 'Savanna', 'Zambezi', 'Kilima', 'Thames', 'Maple', 'Monsoon', 'Cobalt', 'Falcon', 'Tembo', 'Simba', 'Nyati'];
const SYM = '!#$%&*@?';
export function passwordValue(r) {
  return r.pick([() => `${r.pick(WORDS)}${r.pick(SYM)}${r.digits(4)}${r.pick(['rain', 'sun', 'x', 'Qz', 'ok'])}`, () => r.letters(3, 'ABCDEFGHJKLMNPQRSTUVWXYZ') + r.pick(SYM) + r.letters(4, 'abcdefghijkmnpqrstuvwxyz') + r.digits(3), () => `${r.pick(WORDS).toLowerCase()}${r.digits(2)}${r.pick(SYM)}${r.pick(WORDS)}`, () => r.letters(2, 'abcdefghjkmnpqrstuvwxyz') + r.digits(1) + r.pick(SYM) + r.letters(3, 'ABCDEFGHJKLMNPQRSTUVWXYZ') + r.letters(1, 'abcdefghjkmnpqrstuvwxyz') + r.digits(2) + r.pick(SYM)])();
}
export function password(r) { const v = passwordValue(r); return S('CREDENTIAL', v, { kind: 'password', value: v }); }
export function pin(r, n = 4) { for (;;) { const v = r.digits(n); if (!/^(\d)\1+$/.test(v) && !'0123456789'.includes(v) && !'9876543210'.includes(v)) return S('CREDENTIAL', v, { kind: 'pin', value: v }); } }
export function otp(r, n = 6) { const v = String(r.int(1, 9)) + r.digits(n - 1); return S('CREDENTIAL', v, { kind: 'otp', value: v }); }
export function answer(r, v) { const a = v ?? r.pick(['Chikwanha', 'Mutare', 'Biscuit', 'Nkosi', 'Kisumu', 'Rover', 'Marufu', 'Lagos Island', 'Whiskers', 'Sunnyside Primary']); return S('CREDENTIAL', a, { kind: 'answer', value: a }); }
export function apiKey(r, shape) { const v = KEY_SHAPES[shape].make(r); return S('CREDENTIAL', v, { kind: 'key', shape, value: v }); }
export function cred(v, kind = 'password') { return S('CREDENTIAL', v, { kind, value: v }); }

// ---- solicitation: the span is the whole request sentence, terminal punctuation included ----
export function ask(sentence) { return S('SOLICITATION', sentence, { kind: 'solicit' }); }
