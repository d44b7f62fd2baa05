/**
 * NATIONAL_ID / mx_curp: Mexico's CURP (Clave Única de Registro de Población), 18 characters:
 * four letters of the holder's names, the birth date YYMMDD, H or M (sex), the birth state's
 * two-letter code (NE born abroad), three consonants of the names, a character that gives the
 * century (a digit before 2000, a letter after) and a check digit: (10 − Σ value(c)·(18 − i) mod
 * 10) mod 10 over the first 17, values 0-9, A-N, &, O-Z = 0..36 (python-stdnum mx/curp, with its
 * list of the name words RENAPO never issues and its state codes).
 *
 * Found from the 6-digit birth date in the digit runs, with the letters either side read directly.
 * The structure is distinctive on its own: a real date, a sex letter, one of 33 state codes and the
 * check digit leave about 1 random 18-character code in 10 million, so an upper-case CURP is
 * reported without a keyword at 0.85 (a label of another kind nearer it, "SKU ...", drops it);
 * with a CURP keyword in its sentence 0.95 right next to it, 0.85 further off. Lower-case values
 * only with the keyword.
 */
import { words } from '../context.js';
import { checkedIdDetector, type GroupedNumber } from './ke.js';

export const CURP_WORDS = words('mx-curp', [
  'curp', 'curp number', 'clave única de registro de población', 'clave unica de registro de poblacion',
  'clave única', 'clave unica', 'clave curp',
]);

/** Name words RENAPO replaces (python-stdnum's list): a CURP never starts with one. */
const NAME_BLACKLIST = new Set(
  ('BACA BAKA BUEI BUEY CACA CACO CAGA CAGO CAKA CAKO COGE COGI COJA COJE COJI COJO COLA CULO FALO FETO GETA GUEI ' +
    'GUEY JETA JOTO KACA KACO KAGA KAGO KAKA KAKO KOGE KOGI KOJA KOJE KOJI KOJO KOLA KULO LILO LOCA LOCO LOKA LOKO ' +
    'MAME MAMO MEAR MEAS MEON MIAR MION MOCO MOKO MULA MULO NACA NACO PEDA PEDO PENE PIPI PITO POPO PUTA PUTO QULO ' +
    'RATA ROBA ROBE ROBO RUIN SENO TETA VACA VAGA VAGO VAKA VUEI VUEY WUEI WUEY').split(' '),
);

/** The 32 states' codes and NE (born abroad). */
const STATES = new Set(
  'AS BC BS CC CH CL CM CS DF DG GR GT HG JC MC MN MS NE NL NT OC PL QR QT SL SP SR TC TL TS VZ YN ZS'.split(' '),
);

const ALPHABET = '0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ';

function realDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Structure, birth date, sex, state and check digit of a compact upper-case CURP. */
export function curpValid(value: string): boolean {
  if (!/^[A-Z]{4}\d{6}[A-Z]{6}[0-9A-Z]\d$/.test(value) || NAME_BLACKLIST.has(value.slice(0, 4))) return false;
  const century = /\d/.test(value[16]!) ? 1900 : 2000;
  if (!realDate(century + Number(value.slice(4, 6)), Number(value.slice(6, 8)), Number(value.slice(8, 10)))) return false;
  if (value[10] !== 'H' && value[10] !== 'M') return false;
  if (!STATES.has(value.slice(11, 13))) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += ALPHABET.indexOf(value[i]!) * (18 - i);
  return String((10 - (sum % 10)) % 10) === value[17];
}

/** Four letters glued before the birth date, eight characters glued after it. */
function around(text: string, n: GroupedNumber): { start: number; end: number; value: string } | undefined {
  const start = n.start - 4;
  const end = n.end + 8;
  if (start < 0 || end > text.length) return undefined;
  const raw = text.slice(start, end);
  if (!/^[A-Za-z]{4}\d{6}[A-Za-z]{6}[0-9A-Za-z]\d$/.test(raw)) return undefined;
  return { start, end, value: raw.toUpperCase() };
}

export const mxCurp = checkedIdDetector({
  id: 'mx-curp',
  subtype: 'mx_curp',
  description: 'Mexican CURP (18 characters: name letters, birth date, H/M, state code, check digit); upper-case alone, a CURP keyword raises',
  words: CURP_WORDS,
  total: 6,
  groupings: ['6'],
  separators: [],
  sameSeparator: true,
  valid: curpValid,
  around,
  unlabelled: (n, value, text) => (text.slice(n.start - 4, n.end + 8) === value ? 0.85 : 0),
});
