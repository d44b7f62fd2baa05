/**
 * The solicitation detector's prefilters skip work on sentences that cannot pass the full rule:
 * each must accept every sentence the rule it guards accepts (no finding may depend on them).
 */
import { describe, expect, it } from 'vitest';
import { solicitationTestHooks } from '../../detectors/solicitation.js';
import { expectFinding } from './helpers.js';

const { PLEASE_WORDS, PLEASE_ANY, FOREIGN_RULES, foldedLower, caseFolded, foreignRequest } = solicitationTestHooks;

/** Every code point as a string (surrogate halves excluded). */
function* codePoints(): Generator<string> {
  for (let cp = 0; cp <= 0x10ffff; cp++) if (cp < 0xd800 || cp > 0xdfff) yield String.fromCodePoint(cp);
}

describe('bare-request prefilter (a PLEASE word in any case)', () => {
  it('lists every PLEASE word, all lower-case ASCII letters', () => {
    expect(PLEASE_WORDS.length).toBeGreaterThanOrEqual(13);
    for (const w of PLEASE_WORDS) expect(w).toMatch(/^[a-z]+$/);
  });

  // The rule reads a token as the sentence's characters lower-cased (toLowerCase): the prefilter
  // must match every spelling whose lower case is the word, i.e. every character that lower-cases
  // to one of the word's letters must match that letter under /iu.
  it('matches every character whose lower case is an ASCII letter, as that letter', () => {
    const misses: string[] = [];
    for (const ch of codePoints()) {
      const lower = ch.toLowerCase();
      if (!/^[a-z]$/.test(lower)) continue;
      if (!new RegExp(lower, 'iu').test(ch)) misses.push(ch.codePointAt(0)!.toString(16));
    }
    expect(misses).toEqual([]);
  });

  const spellings: [word: string, sentence: string][] = PLEASE_WORDS.flatMap((w): [string, string][] => [
    [w, `${w} the PIN`],
    [w, `And the CVV, ${w.toUpperCase()}?`],
    [w, `${w[0]!.toUpperCase()}${w.slice(1)}, your OTP`],
    [w, `OTP ${w.replace(/k/g, '\u212a')}`], // Kelvin sign: lower-cases to "k"
  ]);
  it.each(spellings)('accepts %s in %j', (_w, sentence) => expect(PLEASE_ANY.test(sentence)).toBe(true));

  // Bare requests the rule accepts (one per PLEASE word): the prefilter lets each through.
  it.each([
    ['And the CVV, please?', 'cvv'],
    ['The PIN, kindly.', 'pin'],
    ['OTP pls', 'otp'],
    ['PLZ the OTP', 'otp'],
    ['PIN pliz', 'pin'],
    ['OTP plis', 'otp'],
    ['OTP abeg', 'otp'],
    ['OTP biko', 'otp'],
    ['Tafadhali PIN.', 'pin'],
    ['The PIN tapota.', 'pin'],
    ['PIN asseblief', 'pin'],
    ['Sicela i-PIN.', 'pin'],
    ['CVV svp', 'cvv'],
    ['Thanks Tendai, your PIN please.', 'pin'],
  ])('finds the bare request %j', (text, subtype) => expectFinding(text, 'SOLICITATION', text, subtype));
});

/**
 * The foreign rules (FOREIGN_GIVE and the rules that veto it) run without /i on caseFolded(foldedLower(sentence)):
 * each must decide as the same pattern with /iu on foldedLower(sentence) did. A pattern's atoms
 * each match one character, so it is enough that on every character a folded lower-case sentence
 * can hold, every atom matches it with /iu exactly when it matches its caseFolded form without /i.
 */
describe('foreign rules without /i', () => {
  /** Every character foldedLower can put in a sentence (per character: lower-casing and NFD work character by character, marks are dropped). */
  const image = new Set<string>();
  for (let cp = 0; cp <= 0x10ffff; cp++) for (const ch of foldedLower(String.fromCodePoint(cp))) image.add(ch);
  for (const ch of foldedLower('aΣ bΣc')) image.add(ch); // the final-sigma rule, the only one that looks at context
  const chars = [...image];

  /** The atoms of a pattern: classes, \p{..}, escapes, "." and literal characters (syntax characters left out). */
  function atoms(source: string): string[] {
    const out = new Set<string>();
    for (const [t] of source.matchAll(/\\p\{[^}]*\}|\\.|\[(?:\\.|[^\]\\])*\]|[\s\S]/gu)) if (!'()|?*+{}^$'.includes(t)) out.add(t);
    return [...out];
  }

  /** The characters joined by NUL (which keeps lone surrogates apart), and where each one starts. */
  const joined = chars.join('\0');
  const joinedFolded = chars.map(caseFolded).join('\0');
  const starts = new Uint8Array(joined.length + 1);
  for (let i = 0, o = 0; i < chars.length; o += chars[i]!.length + 1, i++) starts[o] = 1;

  /**
   * Offsets of the characters an atom matches. A negated class is tested as its positive (under
   * /iu too, [^X] matches exactly what [X] does not): the answer is the same, the list far shorter.
   */
  function matched(atom: string, flags: string, subject: string): string {
    const positive = atom.startsWith('[^') ? `[${atom.slice(2)}` : atom;
    const hits: number[] = [];
    for (const m of subject.matchAll(new RegExp(positive, flags + 'g'))) if (starts[m.index]) hits.push(m.index);
    return hits.join(',');
  }

  it('covers the five rules, all case-sensitive, with no \\b or \\w (their /iu sets differ)', () => {
    expect(FOREIGN_RULES).toHaveLength(5);
    for (const r of FOREIGN_RULES) {
      expect(r.flags).toBe('u');
      expect(r.source).not.toMatch(/\\[bBwW]/);
    }
  });

  it('keeps every character of a folded lower-case sentence one character long in caseFolded', () => {
    expect(chars.filter((ch) => caseFolded(ch).length !== ch.length)).toEqual([]);
    expect(joinedFolded.length).toBe(joined.length);
  });

  const allAtoms = [...new Set(FOREIGN_RULES.flatMap((r) => atoms(r.source)))];
  it.each(allAtoms.map((a) => [a]))('atom %s matches the same characters', (atom) => {
    expect(matched(atom, 'u', joinedFolded)).toBe(matched(atom, 'iu', joined));
  });

  // Decisions of the rule, one table row per language: the same as with /iu on the folded lower case.
  const sentences: [language: string, sentence: string, asks: boolean][] = [
    ['Swahili', 'Tafadhali tuma PIN yako.', true],
    ['Swahili', 'Tutumie OTP uliyopokea.', true],
    ['Swahili', 'Usitume PIN yako kwa mtu yeyote.', false],
    ['Shona', 'Titumirei PIN yenyu.', true],
    ['Shona', 'Musatumira PIN yenyu kune munhu.', false],
    ['Zulu', 'Sicela usithumele i-PIN yakho.', true],
    ['Zulu', 'Ungabelani nge-PIN yakho.', false],
    ['Yoruba', 'Ẹ jọ̀wọ́, ẹ fi PIN ránṣẹ́ sí wa.', true],
    ['Hausa', 'Don Allah aiko da PIN dinka.', true],
    ['Igbo', 'Biko zitere anyị PIN gị.', true],
    ['Afrikaans', 'Stuur asseblief jou PIN.', true],
    ['Afrikaans', "Ons sal vir jou 'n PIN stuur.", false],
    ['Dutch', 'Kunt u uw pincode doorgeven?', true],
    ['Dutch', 'Voer uw pincode in bij de automaat.', false],
    ['German', 'Bitte senden Sie uns Ihre PIN.', true],
    ['German', 'Geben Sie Ihre PIN am Automaten ein.', false],
    ['German', 'Geben Sie niemals Ihre PIN weiter.', false],
    ['Italian', 'Inviaci il PIN della carta.', true],
    ['Italian', 'Non inviare mai il PIN.', false],
    ['French', 'Merci de nous envoyer votre mot de passe.', true],
    ['French', "N'envoyez jamais votre code.", false],
    ['French', 'SAISISSEZ VOTRE CODE PIN.', false],
    ['Portuguese', 'Por favor, informe o seu PIN.', true],
    ['Portuguese', 'Não compartilhe a sua senha.', false],
    ['Spanish', 'Por favor, envíenos su contraseña.', true],
    ['Spanish', '¿CUÁL ES SU PIN?', true],
    ['Spanish', 'Introduzca su PIN en el cajero.', false],
    ['Hindi', 'Apna OTP bhejiye.', true],
    ['Hindi', 'OTP kabhi share mat kijiye.', false],
    ['long s', 'Bitte ſenden Sie uns Ihre PIN.', true],
    ['Kelvin sign', 'Kunt u uw \u212aode doorgeven?', true],
    ['English', 'Please send us your PIN.', false],
    ['English, scam', 'Tafadhali tuma PIN yako to the scammer.', false],
  ];
  const withIu = FOREIGN_RULES.map((r) => new RegExp(r.source, 'iu'));
  it.each(sentences)('%s: %j', (_language, sentence, asks) => {
    const lower = foldedLower(sentence);
    const before = withIu.map((r) => r.test(lower));
    expect(FOREIGN_RULES.map((r) => r.test(caseFolded(lower)))).toEqual(before);
    expect(foreignRequest(sentence)).toBe(asks);
  });
});
