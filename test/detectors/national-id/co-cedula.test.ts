import { describe, expect, it } from 'vitest';
import { cedulaValid } from '../../../detectors/national-id/co-cedula.js';
import { expectFinding, expectNoFinding, found } from '../helpers.js';

// Colombian cédula: 6-10 digits, no check: only right next to its keyword.
const positives: [name: string, text: string, value: string, score: number][] = [
  ['mid sentence', 'Buenas tardes Daniela, la factura quedó asociada a la cédula 1035112003 y se enviará cada mes.', '1035112003', 0.95],
  ['dotted', 'Cédula: 1.035.112.003', '1.035.112.003', 0.95],
  ['C.C. 8 digits', 'Titular: Jorge Pérez, C.C. 79.456.123', '79.456.123', 0.95],
  ['CC No.', 'CC No. 52123456', '52123456', 0.95],
  ['cédula de ciudadanía número', 'cédula de ciudadanía número 1035112003', '1035112003', 0.95],
  ['unaccented', 'su cedula es 43.512.789', '43.512.789', 0.95],
  ['HTML', '<td>Cédula</td><td>1035112003</td>', '1035112003', 0.95],
];

const negatives: [name: string, text: string][] = [
  ['no keyword', 'La factura 1035112003 fue enviada.'],
  ['keyword not next to it', 'Con su cédula puede reclamar el pedido 1035112003 en tienda.'],
  ['lower-case cc (a copy)', 'cc 1035112003'],
  ['amount in pesos', 'Cédula verificada. Total $1.035.112'],
  ['phone number', 'Cédula pendiente, llámenos al 601 123 4567'],
  ['masked', 'Cédula ******2003'],
  ['starts with 0', 'Cédula 0035112003'],
  ['Chilean RUT with check digit is not a cédula number here', 'cédula 22.116.098-4'],
];

describe('co-cedula detector', () => {
  it.each(positives)('finds %s', (_name, text, value, score) => {
    expectFinding(text, 'NATIONAL_ID', value, 'co_cedula');
    expect(found(text).find((f) => f.value === value)?.score).toBe(score);
  });
  it.each(negatives)('ignores %s', (_name, text) => expectNoFinding(text, ['NATIONAL_ID']));

  it('checks the shape', () => {
    expect(cedulaValid('1035112003')).toBe(true);
    expect(cedulaValid('12345')).toBe(false);
    expect(cedulaValid('22222222')).toBe(false);
  });
});
