import { describe, expect, it } from 'vitest';
import { isBic } from '../../detectors/swift.js';
import { expectFinding, expectNoFinding, found, cpuMsSince } from './helpers.js';

// Vectors: python-stdnum iso9362 doctests (AGRIFRPP882, AGRIFRPP), the ACER REMIT FAQ examples
// (KRONDK22, NDEAFIHH, RABONL2U, BREXPLPW, TATRSKBX) and banks' published codes.
const positives: [name: string, text: string, value: string][] = [
  ['correspondent code', 'for incoming transfers in USD please use our correspondent code NBADAEADXXX together with your IBAN', 'NBADAEADXXX'],
  ['intermediary with a long aside', 'Intermediary (for payments from outside the US): IRVTUS33', 'IRVTUS33'],
  ['correspondent alone', 'Correspondent: CHASUS33', 'CHASUS33'],
  ['SWIFT code colon', 'SWIFT code: NWBKGB2L', 'NWBKGB2L'],
  ['BIC with branch', 'BIC: AGRIFRPP882', 'AGRIFRPP882'],
  ['SWIFT/BIC', 'SWIFT/BIC DEUTDEFFXXX', 'DEUTDEFFXXX'],
  ['BIC/SWIFT spaced', 'BIC / SWIFT: KRONDK22', 'KRONDK22'],
  ['swift code is', 'Our swift code is COBZZWHA.', 'COBZZWHA'],
  ['swiftcode', 'swiftcode NDEAFIHH', 'NDEAFIHH'],
  ['bank identifier code', 'Bank identifier code RABONL2U', 'RABONL2U'],
  ['bic code', 'BIC code - BREXPLPW', 'BREXPLPW'],
  ['bank name between', 'SWIFT code for CBZ Bank: COBZZWHA', 'COBZZWHA'],
  ['eight letters', 'SWIFT: AGRIFRPP', 'AGRIFRPP'],
  ['label after', 'Use TATRSKBX (SWIFT) for the wire.', 'TATRSKBX'],
  ['next line', 'SWIFT code:\nFBCPZWHA', 'FBCPZWHA'],
  ['html table', '<tr><td>SWIFT</td><td>SBICZWHX</td></tr>', 'SBICZWHX'],
  ['full-width', 'SWIFT: ＮＷＢＫＧＢ２Ｌ', 'ＮＷＢＫＧＢ２Ｌ'],
  ['after an IBAN with BIC keyword', 'IBAN GB29 NWBK 6016 1331 9268 19, BIC NWBKGB2L', 'NWBKGB2L'],
  ['next to an IBAN, no keyword', 'Pay GB29 NWBK 6016 1331 9268 19 / NWBKGB2L today', 'NWBKGB2L'],
  ['before an IBAN, no keyword', 'ABNANL2A NL91 ABNA 0417 1643 00', 'ABNANL2A'],
  ['code swift (French)', 'code SWIFT : BNPAFRPP', 'BNPAFRPP'],
  ['ordering bank field', 'IBAN: GB26 NWBK 7257 3409 1987 89\nOrdering bank: NWBKGB2L\nAmount: GBP 350.00', 'NWBKGB2L'],
  ['aside in brackets before the colon', 'SWIFT (international wires only): NWBKGB2L', 'NWBKGB2L'],
  // "of our bank is" in French, Spanish, Portuguese, German
  ['French de notre banque est', 'Pour un virement international, le code SWIFT de notre banque est MYLDKE84.', 'MYLDKE84'],
  ['Spanish de nuestro banco es', 'El código SWIFT de nuestro banco es BSCHESMM.', 'BSCHESMM'],
  ['Portuguese do nosso banco é', 'O código SWIFT do nosso banco é BCOMPTPL.', 'BCOMPTPL'],
  ['German unserer Bank lautet', 'Der BIC unserer Bank lautet COBADEFF.', 'COBADEFF'],
];

const negatives: [name: string, text: string][] = [
  ['intermediary in prose', 'The intermediary FEDERAL will call you about the DOCUMENTS.'],
  ['upper-case words, no keyword', 'YOUR CUSTOMER ACCOUNT WAS REFUNDED TODAY'],
  ['BIC-shaped, no keyword', 'Please quote DEUTDEFF in the notes.'],
  ['stop word after keyword', 'SWIFT: CUSTOMER'],
  ['stop word in a form', 'SWIFT code: REQUIRED'],
  ['shouted prose', 'PLEASE SEND THE SWIFT CONFIRMS FORM TODAY'],
  ['lower case', 'swift code nwbkgb2l'],
  ['nine characters', 'BIC: AGRIFRPP8'],
  ['digit in the country', 'BIC: AGRIF2PP'],
  ['unknown country', 'SWIFT code: ABCDXX2L'],
  ['keyword too far', 'We use SWIFT for international payments and your reference for this case is DEUTDEFF.'],
  ['word between', 'SWIFT transfer to DEUTDEFF'],
  ['next to an IBAN of another country and bank', 'GB29 NWBK 6016 1331 9268 19 DEUTDEFF'],
  ['twelve characters', 'BIC: DEUTDEFF5001'],
  ['swift as an adjective, shouted', 'THANK YOU FOR THE SWIFT DELIVERY'],
  ['swift as an adjective before a shouted word', 'THANKS FOR THE SWIFT PAYOUTSS'],
  ['aside in brackets, then a word', 'SWIFT (international only): REQUIRED for wires'],
  ['French word between', 'Le code SWIFT change pour BNPAFRPP en mai.'],
];

describe('swift detector', () => {
  it('validates the shape and the country', () => {
    expect(isBic('AGRIFRPP882')).toBe(true);
    expect(isBic('AGRIFRPP')).toBe(true);
    expect(isBic('AGRIFRPP8')).toBe(false);
    expect(isBic('AGRIF2PP')).toBe(false);
    expect(isBic('agrifrpp')).toBe(false);
    expect(isBic('ABCDXX2L')).toBe(false);
  });

  it.each(positives)('finds %s', (_name, text, value) => expectFinding(text, 'SWIFT_BIC', value, 'bic'));
  it.each(negatives)('ignores %s', (_name, text) => expectNoFinding(text, ['SWIFT_BIC']));

  it('scores about 0.9 after a keyword', () => {
    expect(found('SWIFT code: NWBKGB2L')).toEqual([{ type: 'SWIFT_BIC', subtype: 'bic', value: 'NWBKGB2L', score: 0.9 }]);
  });

  it('stays linear on hostile input', () => {
    const t0 = process.cpuUsage();
    found('SWIFT foo '.repeat(50_000));
    found('SWIFT CBZ '.repeat(50_000));
    expect(cpuMsSince(t0)).toBeLessThan(3000);
  });
});
