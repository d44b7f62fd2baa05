import { describe, expect, it } from 'vitest';
import { rfcValid } from '../../../detectors/national-id/mx-rfc.js';
import { expectFinding, expectNoFinding } from '../helpers.js';

// GODE561231GR8 is python-stdnum's personal example (its check character passes); the others
// were computed to pass.
const positives: [name: string, text: string, value: string][] = [
  ['glued after RFC', 'RFC GODE561231GR8', 'GODE561231GR8'],
  ['spaced, stdnum format', 'RFC: GODE 561231 GR8', 'GODE 561231 GR8'],
  ['hyphens', 'Su RFC con homoclave es GODE-561231-GR8.', 'GODE-561231-GR8'],
  ['long name', 'Registro Federal de Contribuyentes GODE561231GR8', 'GODE561231GR8'],
  ['label further in the sentence', 'El RFC que registraste en el portal del SAT es GODE561231GR8.', 'GODE561231GR8'],
];

const negatives: [name: string, text: string][] = [
  ['wrong check character', 'RFC GODE561231GR9'],
  ['stdnum: check character fails', 'RFC VACE-460910-SX6'],
  ['company RFC (3 letters)', 'RFC MAB-930714-8T4'],
  ['without homoclave', 'RFC COMG-600703'],
  ['invalid date', 'RFC GODE561331GR8'],
  ['no keyword', 'Código GODE561231GR8 aplicado.'],
  ['an RFC document number', 'TOTP is defined in RFC 6238.'],
  ['mixed separators', 'RFC GODE 561231-GR8'],
  ['order label nearer', 'RFC registrado. Pedido GODE561231GR8 enviado.'],
  ['invoice label nearer than the keyword', 'El RFC que aparece en tu factura del mes es GODE561231GR8.'],
  ['masked', 'RFC GODE******GR8'],
];

describe('mx-rfc detector', () => {
  it.each(positives)('finds %s', (_name, text, value) => expectFinding(text, 'NATIONAL_ID', value, 'mx_rfc'));
  it.each(negatives)('ignores %s', (_name, text) => expectNoFinding(text, ['NATIONAL_ID']));

  it('checks the shape, the date and the check character', () => {
    expect(rfcValid('GODE561231GR8')).toBe(true);
    expect(rfcValid('GODE561231GR9')).toBe(false);
    expect(rfcValid('MAB9307148T4')).toBe(false);
    expect(rfcValid('GODE560229GR8')).toBe(false);
  });
});
