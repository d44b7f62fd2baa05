import { describe, expect, it } from 'vitest';
import { esIdValid } from '../../../detectors/national-id/es-dni.js';
import { expectFinding, expectNoFinding } from '../helpers.js';

// Check letter "TRWAGMYFPDXBNJZSQVHLCKE"[n mod 23]; 54362315K and X2482300W are python-stdnum's examples.
const positives: [name: string, text: string, value: string, subtype: string][] = [
  ['DNI glued letter', 'Hola Carmen, ahora aparece tu DNI 54362315K en la factura.', '54362315K', 'es_dni'],
  ['DNI hyphen', 'DNI: 54362315-K', '54362315-K', 'es_dni'],
  ['DNI dotted groups', 'Número de DNI 54.362.315-K registrado.', '54.362.315-K', 'es_dni'],
  ['DNI spaced capital letter', 'DNI 10018897 M', '10018897 M', 'es_dni'],
  ['lower-case letter glued', 'el dni 54362315k está bien', '54362315k', 'es_dni'],
  ['NIF of a person', 'Factura emitida con NIF 12345678Z.', '12345678Z', 'es_dni'],
  ['NIE X', 'Tu NIE X2482300W ya figura en el contrato.', 'X2482300W', 'es_nie'],
  ['NIE with hyphens', 'NIE: X-2482300-W', 'X-2482300-W', 'es_nie'],
  ['NIE Y', 'Número de identidad de extranjero Y0182077T', 'Y0182077T', 'es_nie'],
  ['NIE Z', 'NIE Z3737339M', 'Z3737339M', 'es_nie'],
  ['long name of the document', 'Documento Nacional de Identidad: 54362315K', '54362315K', 'es_dni'],
  ['English reply', 'The invoice now carries your Spanish ID number 54362315K.', '54362315K', 'es_dni'],
];

const negatives: [name: string, text: string][] = [
  ['wrong letter', 'DNI 54362315Z'],
  ['NIE wrong letter', 'NIE X2482300A'],
  ['valid, no label', 'Referencia 54362315K adjunta.'],
  ['product code of the same shape, unlabelled', 'El modelo 12345678Z llega el lunes.'],
  ['order label nearer', 'Tu DNI está bien; pedido 54362315K enviado.'],
  ['German "nie" is no label', 'Bitte geben Sie diese Daten nie weiter: 54362315K'],
  ['lower-case letter after a space', 'DNI 54362315 k'],
  ['letter followed by more letters', 'DNI 54362315KB'],
  ['company NIF (letter first)', 'NIF B12345674'],
  ['7 digits and a letter without X/Y/Z', 'NIE 2482300W'],
];

describe('es-dni detector', () => {
  it.each(positives)('finds %s', (_name, text, value, subtype) => expectFinding(text, 'NATIONAL_ID', value, subtype));
  it.each(negatives)('ignores %s', (_name, text) => expectNoFinding(text, ['NATIONAL_ID']));

  it('checks the letter', () => {
    expect(esIdValid('12345678Z')).toBe(true);
    expect(esIdValid('12345678A')).toBe(false);
    expect(esIdValid('X2482300W')).toBe(true);
    expect(esIdValid('X248230W')).toBe(false);
    expect(esIdValid('A2482300W')).toBe(false);
  });
});
