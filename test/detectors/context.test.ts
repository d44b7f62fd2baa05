// The shared keyword matcher (detectors/context.ts): its hits are by definition those of one 'gi'
// regex over the text (Vocabulary.reference); the scanner that reads texts (Vocabulary.find)
// stops only where a phrase can begin and must find exactly the same hits, offsets and lists.
import { describe, expect, it } from 'vitest';
import { caseClass, isSeparator, Vocabulary, words } from '../../detectors/context.js';
import { DETECTORS, Scanner } from '../../detectors/index.js';

const scanner = new Scanner(DETECTORS);
const vocabulary = (scanner as unknown as { vocabulary: Vocabulary }).vocabulary;
const phrases = [...new Set(DETECTORS.flatMap((d) => d.wordLists.flatMap((l) => l.phrases)))];

function found(v: Vocabulary, text: string): string {
  return JSON.stringify(v.find(text).map((h) => [h.start, h.end, h.lists]));
}

function expected(v: Vocabulary, text: string): string {
  return JSON.stringify(v.reference(text).map((h) => [h.start, h.end, h.lists]));
}

/** Deterministic pseudo-random numbers (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SEPARATORS = [' ', '  ', '-', '_', '\t', '\n', ' - ', '', '\u00a0', '\u2003', '\u3000', '    '];
const GLUE = [' ', '', '_', 'x', '9', '.', ', ', '\n', '•', 'é', '’', "'", 's', 'S ', '(', '/', '\u00a0'];

/** A phrase spelled as a writer might: any case per character, separators varied, "'" and "." dropped or kept. */
function spelled(phrase: string, next: () => number): string {
  let out = '';
  for (const ch of phrase) {
    const r = next();
    if (ch === ' ' || ch === '-' || ch === '_') out += SEPARATORS[Math.floor(r * SEPARATORS.length)]!;
    else if ((ch === "'" || ch === '.') && r < 0.3) continue;
    else out += r < 0.3 ? ch.toUpperCase() : r < 0.4 && ch === "'" ? '’' : ch;
  }
  return out;
}

describe('keyword matcher', () => {
  it('takes each non-ASCII phrase character to exactly the characters /i matches it to', () => {
    const chars = new Set(phrases.flatMap((p) => [...p.toLowerCase()].filter((ch) => ch.length === 1 && ch.charCodeAt(0) >= 128)));
    expect(chars.size).toBeGreaterThan(0);
    for (const ch of chars) {
      const same = new RegExp(`^${ch}$`, 'i');
      const expected: string[] = [];
      for (let u = 0; u < 0x10000; u++) if (same.test(String.fromCharCode(u))) expected.push(String.fromCharCode(u));
      expect(caseClass(ch).sort(), ch).toEqual(expected.sort());
    }
  });

  it('takes an ASCII letter to its two cases only, as /i does (no non-ASCII form such as the Kelvin sign)', () => {
    for (let c = 97; c <= 122; c++) {
      const same = new RegExp(`^${String.fromCharCode(c)}$`, 'i');
      const matched: number[] = [];
      for (let u = 0; u < 0x10000; u++) if (same.test(String.fromCharCode(u))) matched.push(u);
      expect(matched).toEqual([c - 32, c]);
    }
  });

  it('reads separators as the regex class [\\s\\-_] does, for every code unit', () => {
    const sep = /^[\s\-_]$/;
    const wrong: number[] = [];
    for (let u = 0; u < 0x10000; u++) if (isSeparator(u) !== sep.test(String.fromCharCode(u))) wrong.push(u);
    expect(wrong).toEqual([]);
  });

  it('finds the hits of the reference regex with every code unit after a phrase, inside it and before it', () => {
    const parts: string[] = [];
    for (let u = 0; u < 0x10000; u++) {
      if (u >= 0xd800 && u <= 0xdfff) continue;
      const ch = String.fromCharCode(u);
      parts.push(`pin${ch}card${ch}`, `credit${ch}card `, `i${ch}d `, `${ch}iban${ch} `, `té${ch}léphone `);
    }
    const text = parts.join('');
    expect(found(vocabulary, text)).toEqual(expected(vocabulary, text));
  });

  it.each([
    ['phrases in every case', phrases.slice(0, 400).map((p, i) => (i % 3 === 0 ? p.toUpperCase() : i % 3 === 1 ? p : p[0]!.toUpperCase() + p.slice(1))).join(', ')],
    ['accented phrases and their other case', phrases.filter((p) => /[^\x20-\x7e]/.test(p)).flatMap((p) => [p, p.toUpperCase(), `x${p}`, `${p}s`]).join(' . ')],
    ["accents that are not the phrase's", 'numero de securite sociale, NÚMERO DE SEGURANÇA, numèro, telefono, téléphone, TÉLÉPHONE, telephoné, NUMÉRO, Número, nÚmero'],
    ['non-ASCII case forms', 'TÉLÉPHONE Téléphone tÉlÉphone CÓDIGO Código GÜLTIG BIS Gültig bis NỌMBA NZUZO Nọmba nzuzo N° DE COMPTE n° sécu N° SÉCU KARTENPRÜFNUMMER'],
    ['two-byte text', '• Your PIN and password, the IBAN, card number 4111 and CVV € — SSN, passport no. and contraseña'],
    ['separators and glue', 'credit-card credit  card creditcard credit_card pin1234 xpin pins PINs A/C no. a/c'],
    ['separators of every kind', 'credit\tcard credit\ncard credit - card credit\u00a0card credit\u2003card credit    card 3-digit code 3\u00a0digit code m-pesa m\u00a0pesa M PESA e-aadhaar e\u3000aadhaar m\tpesa 3\ndigit code i_khodi b\r\nform 6\fdigit code'],
    ['optional apostrophes and dots', "driver's licence drivers licence driver’s licence I.D. i.d no ID no. P.I.N p.i.n. O.T.P otp s.i.n c.fisc"],
    ['plurals', 'PINs pins passwords PASSWORDS cards IBANs ibans codes Códigos números cvvs CVVss pinss'],
    ['word glue on either side', '_pin pin_ 4pin pin4 ppin pinx xcard cardx card_ _card card9 9card émail pinè èpin ’pin pin’'],
    ['phrases at the text start', 'PIN'],
    ['phrases at the text end', 'Please send your password'],
    ['a phrase that is the whole text, plural', 'passwords'],
    ['digits that begin phrases', '3 digits on the back 3digit code 6 digit code 2 step verification code 2fa 16 digit'],
  ])('finds the hits of the reference regex: %s', (_name, text) => {
    expect(found(vocabulary, text)).toEqual(expected(vocabulary, text));
    expect(JSON.parse(found(vocabulary, text)).length).toBeGreaterThan(0);
  });

  it.each([
    ['an empty text', ''],
    ['one character', 'p'],
    ['a first character alone at the end', 'your p'],
    ['a first character then a non-ASCII character at the end', 'your té'],
    ['no word starts', '1234 5678 ___ ... ••• €€€'],
    ['phrases only inside words', 'shipping discarded xpassword passwordx _iban iban_ 9pin'],
  ])('finds nothing where the reference finds nothing: %s', (_name, text) => {
    expect(found(vocabulary, text)).toEqual('[]');
    expect(expected(vocabulary, text)).toEqual('[]');
  });

  it('finds the hits of the reference regex in generated texts (every phrase, varied spelling and glue)', () => {
    const next = random(20261202);
    const parts: string[] = [];
    for (let round = 0; round < 3; round++) {
      for (const phrase of phrases) {
        parts.push(GLUE[Math.floor(next() * GLUE.length)]!, spelled(phrase, next));
        if (next() < 0.2) parts.push(phrase.slice(0, 1 + Math.floor(next() * phrase.length)));
      }
    }
    // Read in pieces of about 2,000 characters (reply-sized), then all at once (a long text read in place).
    const text = parts.join('');
    for (let a = 0; a < text.length; a += 1987) {
      const piece = text.slice(a, a + 1987);
      expect(found(vocabulary, piece)).toEqual(expected(vocabulary, piece));
    }
    expect(text.length).toBeGreaterThan(1 << 16);
    expect(found(vocabulary, text)).toEqual(expected(vocabulary, text));
  });

  it('reports each list id of a phrase, plural or not, with its exact offsets', () => {
    const a = words('test-a', ['credit card', 'pin']);
    const b = words('test-b', ['pin', "driver's licence", 'n.a.s']);
    const v = new Vocabulary([a, b]);
    const text = 'Your PINs, the CREDIT-CARD and driver’s licence; NAS. pin';
    const hits = v.find(text).map((h) => [text.slice(h.start, h.end), h.lists]);
    expect(hits).toEqual([
      ['PINs', [a.id, b.id]],
      ['CREDIT-CARD', [a.id]],
      ['driver’s licence', [b.id]],
      ['NAS', [b.id]],
      ['pin', [a.id, b.id]],
    ]);
    expect(found(v, text)).toEqual(expected(v, text));
  });

  it('matches nothing with no word lists', () => {
    const v = new Vocabulary([]);
    expect(v.find('pin card password')).toEqual([]);
    expect(v.reference('pin card password')).toEqual([]);
  });
});
