// The shared keyword matcher (detectors/context.ts): reply-sized texts are folded and read by a
// case-sensitive regex, longer ones by the 'i' regex in place; both must find the same hits.
import { describe, expect, it } from 'vitest';
import { caseClass, MAX_FOLDED } from '../../detectors/context.js';
import { DETECTORS, Scanner } from '../../detectors/index.js';

const scanner = new Scanner(DETECTORS);
const phrases = [...new Set(DETECTORS.flatMap((d) => d.wordLists.flatMap((l) => l.phrases)))];

/** Hits of `text` read in place (behind padding that makes the text too long to fold), shifted back. */
function inPlace(text: string): string {
  const pad = ' '.repeat(MAX_FOLDED);
  return JSON.stringify(scanner.vocabularyHits(pad + text).map((h) => [h.start - pad.length, h.end - pad.length, h.lists]));
}

function folded(text: string): string {
  return JSON.stringify(scanner.vocabularyHits(text).map((h) => [h.start, h.end, h.lists]));
}

describe('keyword matcher', () => {
  it('folds each non-ASCII phrase character to exactly the characters /i matches it to', () => {
    const chars = new Set(phrases.flatMap((p) => [...p.toLowerCase()].filter((ch) => ch.length === 1 && ch.charCodeAt(0) >= 128)));
    expect(chars.size).toBeGreaterThan(0);
    for (const ch of chars) {
      const same = new RegExp(`^${ch}$`, 'i');
      const expected: string[] = [];
      for (let u = 0; u < 0x10000; u++) if (same.test(String.fromCharCode(u))) expected.push(String.fromCharCode(u));
      expect(caseClass(ch).sort(), ch).toEqual(expected.sort());
    }
  });

  it.each([
    ['phrases in every case', phrases.slice(0, 400).map((p, i) => (i % 3 === 0 ? p.toUpperCase() : i % 3 === 1 ? p : p[0]!.toUpperCase() + p.slice(1))).join(', ')],
    ['accented phrases and their other case', phrases.filter((p) => /[^\x20-\x7e]/.test(p)).flatMap((p) => [p, p.toUpperCase(), `x${p}`, `${p}s`]).join(' . ')],
    ['accents that are not the phrase\'s', 'numero de securite sociale, NÚMERO DE SEGURANÇA, numèro, telefono, téléphone, TÉLÉPHONE, telephoné'],
    ['two-byte text', '• Your PIN and password, the IBAN, card number 4111 and CVV € — SSN, passport no. and contraseña'],
    ['separators and glue', 'credit-card credit  card creditcard credit_card pin1234 xpin pins PINs A/C no. a/c'],
  ])('finds the same hits folded and in place: %s', (_name, text) => {
    expect(folded(text)).toEqual(inPlace(text));
    expect(JSON.parse(folded(text)).length).toBeGreaterThan(0);
  });
});
