import { describe, expect, it } from 'vitest';
import { steuerIdValid } from '../../../detectors/national-id/de-steuer-id.js';
import { expectFinding, expectNoFinding } from '../helpers.js';

// First digit not 0; in the first 10 exactly one digit twice or three times; ISO 7064 MOD 11,10.
// 36574261809 is python-stdnum's example; the others were generated to pass both rules.
const positives: [name: string, text: string, value: string][] = [
  ['long label', 'Ich habe deine Steuer-Identifikationsnummer 36574261809 im Personalsystem hinterlegt.', '36574261809'],
  ['official grouping', 'Steuer-ID: 36 574 261 809', '36 574 261 809'],
  ['one word', 'Ihre Steueridentifikationsnummer lautet 96308184854.', '96308184854'],
  ['IdNr', 'IdNr 61387945045', '61387945045'],
  ['English label', 'Your German tax ID 43507931632 is now on file.', '43507931632'],
  ['steuerliche', 'Die steuerliche Identifikationsnummer (43507931632) fehlt noch.', '43507931632'],
  ['label after', 'Bitte prüfen: 36574261809 (Steuer-ID).', '36574261809'],
];

const negatives: [name: string, text: string][] = [
  ['wrong check digit', 'Steuer-ID 36574261890'],
  ['digits repeated too often', 'Steuer-ID 36554266806'],
  ['starts with 0', 'Steuer-ID 06574261809'],
  ['valid, no label', 'Ihre Bestellung 36574261809 wurde versandt.'],
  ['valid, unlabelled phone-shaped', 'Rufen Sie 96308184854 an.'],
  ['invoice label nearer', 'Steuer-ID liegt vor, Rechnungsnummer 36574261809.'],
  ['label in another sentence', 'Die Steuer-ID fehlt. Kundennummer: 36574261809.'],
  ['business Steuernummer', 'Steuernummer 93815/08152'],
];

describe('de-steuer-id detector', () => {
  it.each(positives)('finds %s', (_name, text, value) => expectFinding(text, 'NATIONAL_ID', value, 'de_steuer_id'));
  it.each(negatives)('ignores %s', (_name, text) => expectNoFinding(text, ['NATIONAL_ID']));

  it('checks the repetition rule and the check digit', () => {
    expect(steuerIdValid('36574261809')).toBe(true);
    expect(steuerIdValid('36574261890')).toBe(false);
    expect(steuerIdValid('36554266806')).toBe(false);
    expect(steuerIdValid('12345678901')).toBe(false);
    expect(steuerIdValid('3657426180')).toBe(false);
  });
});
