// Corpus tooling: turns hand-written sources with inline ⟦LABEL|value⟧ markers into gold JSON Lines
// ({"id","text","spans"}), checks that every gold value has a real format (Luhn for cards, mod-97
// for IBANs, ABA for routing numbers), and generates valid values for authors.
//
// The checksums here are written independently of detectors/ on purpose: the corpus must not
// inherit a detector's bug.
//
// Source format (one file per corpus, e.g. dev.src.txt):
//   === <id> [free-form tags]
//   text of the record, any number of lines, with ⟦LABEL|value⟧ around each gold span
//   === <next id>
// Lines starting with "#" before the first "===" are comments. Trailing blank lines of a record
// are dropped; a record's text keeps its inner line breaks. In a record, write "\u200b"-style
// escapes as the literal characters themselves (the file is UTF-8).

export const LABELS = new Set([
  'CARD_NUMBER', 'CARD_EXPIRY', 'CARD_CVV', 'NATIONAL_ID', 'PASSPORT_NUMBER', 'PHONE_NUMBER',
  'EMAIL_ADDRESS', 'IBAN', 'BANK_ACCOUNT', 'ROUTING_NUMBER', 'SWIFT_BIC', 'CREDENTIAL', 'SOLICITATION',
]);

const OPEN = '⟦';
const CLOSE = '⟧';

/** Strips the markers of one record: { text, spans: [{type, start, end, value}] }. */
export function parseMarked(marked, where = 'record') {
  let text = '';
  const spans = [];
  let i = 0;
  while (i < marked.length) {
    const open = marked.indexOf(OPEN, i);
    if (open < 0) {
      text += marked.slice(i);
      break;
    }
    text += marked.slice(i, open);
    const close = marked.indexOf(CLOSE, open);
    const bar = marked.indexOf('|', open);
    if (close < 0 || bar < 0 || bar > close) throw new Error(`${where}: unterminated or malformed marker at ${open}`);
    const type = marked.slice(open + 1, bar);
    const value = marked.slice(bar + 1, close);
    if (!LABELS.has(type)) throw new Error(`${where}: unknown label ${type}`);
    if (!value) throw new Error(`${where}: empty ${type} marker`);
    if (value.includes(OPEN)) throw new Error(`${where}: nested marker in ${type}`);
    spans.push({ type, start: text.length, end: text.length + value.length, value });
    text += value;
    i = close + 1;
  }
  return { text, spans };
}

/** Parses a source file into records { id, tags, text, spans }. */
export function parseSource(source, file = 'source') {
  const records = [];
  let current = null;
  const lines = source.split('\n');
  const finish = () => {
    if (!current) return;
    while (current.lines.length && current.lines[current.lines.length - 1].trim() === '') current.lines.pop();
    const { text, spans } = parseMarked(current.lines.join('\n'), `${file}:${current.line} (${current.id})`);
    if (!text.trim()) throw new Error(`${file}:${current.line}: record ${current.id} is empty`);
    records.push({ id: current.id, tags: current.tags, text, spans });
  };
  lines.forEach((line, n) => {
    const header = /^=== (\S+)(.*)$/.exec(line);
    if (header) {
      finish();
      current = { id: header[1], tags: header[2].trim(), lines: [], line: n + 1 };
    } else if (current) current.lines.push(line);
    else if (line.trim() && !line.startsWith('#')) throw new Error(`${file}:${n + 1}: text before the first "=== id" header`);
  });
  finish();
  const seen = new Set();
  for (const r of records) {
    if (seen.has(r.id)) throw new Error(`${file}: duplicate id ${r.id}`);
    seen.add(r.id);
  }
  return records;
}

// ---- checksums (independent of detectors/) ----

/** The digits of a value as a reader sees them: HTML tags dropped, numeric entities decoded, NFKC. */
export const digitsOf = (s) => {
  const visible = s
    .replace(/<[^>]*>/g, '')
    .replace(/&#(\d+);?/g, (_, d) => String.fromCodePoint(Number(d)))
    .replace(/&#x([\da-f]+);?/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)))
    .normalize('NFKC');
  let out = '';
  for (const ch of visible) if (ch >= '0' && ch <= '9') out += ch;
  return out;
};

export function luhnValid(digits) {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return digits.length > 0 && sum % 10 === 0;
}

export function luhnComplete(partial) {
  for (let d = 0; d <= 9; d++) if (luhnValid(partial + d)) return partial + d;
  throw new Error('unreachable');
}

export function ibanValid(raw) {
  const s = raw.normalize('NFKC').replace(/[\s\-.]/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(s)) return false;
  return mod97(s.slice(4) + s.slice(0, 4)) === 1;
}

function mod97(s) {
  let r = 0;
  for (const ch of s) {
    const v = ch >= 'A' && ch <= 'Z' ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of v) r = (r * 10 + (d.charCodeAt(0) - 48)) % 97;
  }
  return r;
}

/** IBAN from a country code and a BBAN: computes the check digits. */
export function ibanFor(country, bban) {
  const check = 98 - mod97(bban + country + '00');
  return country + String(check).padStart(2, '0') + bban;
}

export function abaValid(digits) {
  if (!/^\d{9}$/.test(digits)) return false;
  const w = [3, 7, 1];
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += (digits.charCodeAt(i) - 48) * w[i % 3];
  return sum % 10 === 0;
}

export function abaComplete(eight) {
  for (let d = 0; d <= 9; d++) if (abaValid(eight + d)) return eight + d;
  throw new Error('unreachable');
}

const VD = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4]];
for (let i = 2; i < 8; i++) VP.push(VP[1].map((_, j) => VP[i - 1][VP[1][j]]));

export function verhoeffValid(digits) {
  let c = 0;
  for (let i = 0; i < digits.length; i++) c = VD[c][VP[i % 8][digits.charCodeAt(digits.length - 1 - i) - 48]];
  return c === 0;
}

export function verhoeffComplete(partial) {
  for (let d = 0; d <= 9; d++) if (verhoeffValid(partial + d)) return partial + d;
  throw new Error('unreachable');
}

const ZW_LETTERS = 'ZABCDEFGHJKLMNPQRSTVWXY';
/** Zimbabwe ID check letter: office + sequence digits mod 23. */
export function zwCheckLetter(officeAndSequence) {
  return ZW_LETTERS[Number(BigInt(officeAndSequence) % 23n)];
}

/** South African ID: YYMMDD + 4 sequence digits + citizenship + 8 + Luhn digit. */
export function zaId(yymmdd, seq4, citizen = '0') {
  return luhnComplete(yymmdd + seq4 + citizen + '8');
}

export function nubanValid(bank3, account10) {
  const w = [3, 7, 3, 3, 7, 3, 3, 7, 3, 3, 7, 3];
  const s = bank3 + account10.slice(0, 9);
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += (s.charCodeAt(i) - 48) * w[i];
  return (10 - (sum % 10)) % 10 === account10.charCodeAt(9) - 48;
}

/** Checks the gold value of one span; returns an error message or null. */
export function checkValue(span) {
  const d = digitsOf(span.value);
  switch (span.type) {
    case 'CARD_NUMBER':
      if (d.length < 12 || d.length > 19) return `card has ${d.length} digits`;
      if (!luhnValid(d)) return 'card fails Luhn';
      return null;
    case 'IBAN':
      return ibanValid(span.value) ? null : 'IBAN fails mod-97';
    case 'ROUTING_NUMBER':
      if (d.length === 9 && !abaValid(d)) return 'ABA routing number fails its checksum';
      return null;
    default:
      return null;
  }
}
