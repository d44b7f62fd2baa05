import { describe, expect, it } from 'vitest';
import { cfCheckLetter, cfValid } from '../../../detectors/national-id/it-codice-fiscale.js';
import { expectFinding, expectNoFinding, found } from '../helpers.js';

// RCCMNL83S18D969H and CNTCHR83T41D969D are python-stdnum's examples, TTVNLA61B15Z135B (born
// abroad) a codicefiscale library's; the others' check letters were computed.
const positives: [name: string, text: string, value: string, score: number][] = [
  ['keyword right before', 'Gentile cliente, il codice fiscale RCCMNL83S18D969H risulta corretto.', 'RCCMNL83S18D969H', 0.95],
  ['CF abbreviation', 'CF: CNTCHR83T41D969D', 'CNTCHR83T41D969D', 0.95],
  // The dot after "C.F" is no abbreviation dot the label reader knows: the label counts as further off.
  ['C.F. abbreviation', 'C.F.: CNTCHR83T41D969D', 'CNTCHR83T41D969D', 0.85],
  ['capitals without a keyword', 'Intestatario: Mario Rossi, RSSMRA85T10A562S, via Roma 1.', 'RSSMRA85T10A562S', 0.85],
  ['born abroad (Z)', 'Codice fiscale: TTVNLA61B15Z135B', 'TTVNLA61B15Z135B', 0.95],
  ['omocodia (last digit as a letter)', 'codice fiscale RSSMRA85T10A56NH', 'RSSMRA85T10A56NH', 0.95],
  ['lower case with a keyword', 'Il codice fiscale del titolare risulta vrdgpp80a01h501u', 'vrdgpp80a01h501u', 0.85],
  ['English tax code label', 'Your Italian tax code VRDGPP80A01H501U is on the invoice.', 'VRDGPP80A01H501U', 0.95],
  ['keyword after', 'Ricevuto VRDGPP80A01H501U (codice fiscale), grazie.', 'VRDGPP80A01H501U', 0.95],
];

const negatives: [name: string, text: string][] = [
  ['wrong check letter', 'Codice fiscale RSSMRA85T10A562T'],
  ['month letter F (no month)', `Codice fiscale RSSMRA85F10A562${cfCheckLetter('RSSMRA85F10A562')}`],
  ['day 32', `Codice fiscale RSSMRA85T32A562${cfCheckLetter('RSSMRA85T32A562')}`],
  ['31 April (D)', `Codice fiscale RSSMRA85D31A562${cfCheckLetter('RSSMRA85D31A562')}`],
  ['place letter N', `Codice fiscale RSSMRA85T10N562${cfCheckLetter('RSSMRA85T10N562')}`],
  ['place number 000', `Codice fiscale RSSMRA85T10A000${cfCheckLetter('RSSMRA85T10A000')}`],
  ['lower case without a keyword', 'ref rssmra85t10a562s'],
  ['labelled as an order', 'Your order RSSMRA85T10A562S has shipped.'],
  ['a coupon of the same shape', 'Use coupon RSSMRA85T10A562S at checkout.'],
  ['glued to a longer code', 'Codice fiscale XRSSMRA85T10A562S'],
  ['followed by a suffix', 'Codice fiscale RSSMRA85T10A562S-01'],
  ['15 characters', 'Codice fiscale RSSMRA85T10A562'],
  ['random capitals and digits', 'Licence key ABCDEF12G34H567I'],
  ['labelled as a password', 'Your new password: RSSMRA85T10A562S'],
  ['lower case, keyword in another sentence', 'Serve il codice fiscale. Il riferimento della pratica è rssmra85t10a562s.'],
  ['masked', 'Codice fiscale RSSMRA85T10A***S'],
  ['company codice fiscale (11 digits, partita IVA)', 'Codice fiscale 00743110157'],
];

describe('it-codice-fiscale detector', () => {
  it.each(positives)('finds %s', (_name, text, value, score) => {
    expectFinding(text, 'NATIONAL_ID', value, 'it_codice_fiscale');
    expect(found(text).find((f) => f.value === value)?.score).toBe(score);
  });
  it.each(negatives)('ignores %s', (_name, text) => expectNoFinding(text, ['NATIONAL_ID']));

  it('computes the check letter (python-stdnum examples)', () => {
    expect(cfCheckLetter('RCCMNL83S18D969')).toBe('H');
    expect(cfCheckLetter('CNTCHR83T41D969')).toBe('D');
    expect(cfValid('RCCMNL83S18D969H')).toBe(true);
    expect(cfValid('RCCMNL83S18D969J')).toBe(false);
    expect(cfValid('RCCMNL83S18D969')).toBe(false);
  });
});
