import { describe, expect, it } from 'vitest';
import { rutCheck, rutValid } from '../../../detectors/national-id/cl-rut.js';
import { expectFinding, expectNoFinding, found } from '../helpers.js';

// RUT / RUN: a 7-8 digit body and a mod-11 check character (0-9 or K).
const positives: [name: string, text: string, value: string, score: number][] = [
  ['dotted, mid sentence', 'Hola Catalina, confirmamos el cambio de titular. RUT 22.116.098-3, nuevo número +56 9 4918 3930.', '22.116.098-3', 0.95],
  ['K check, dotted', 'RUT: 15.039.595-K', '15.039.595-K', 0.95],
  ['k check, lower case, compact', 'Su RUT es 15213813k.', '15213813k', 0.95],
  ['dash only', 'RUN 22116098-3', '22116098-3', 0.95],
  ['one piece', 'rut 221160983', '221160983', 0.95],
  ['7-digit body', 'R.U.T. 5.123.456-1', '5.123.456-1', 0.95],
  ['N° filler', 'RUT N° 22.116.098-3', '22.116.098-3', 0.95],
  ['cédula de identidad, further in the sentence', 'La cédula de identidad del titular registrada en el sistema es 22.116.098-3', '22.116.098-3', 0.85],
  ['keyword further off in the sentence', 'Actualizamos el RUT que nos enviaste ayer por correo: 22.116.098-3', '22.116.098-3', 0.85],
  ['HTML', '<td>RUT</td><td>22.116.098-3</td>', '22.116.098-3', 0.95],
];

const negatives: [name: string, text: string][] = [
  ['wrong check digit', 'RUT 22.116.098-4'],
  ['K where a digit is due', 'RUT 22.116.098-K'],
  ['no keyword', 'Cliente 22.116.098-3 actualizado.'],
  ['amount in pesos', 'El monto de $22.116.098 fue abonado a su RUT.'],
  ['order number', 'Pedido 22.116.098-3 enviado.'],
  ['the English verb run', 'We run 22116098-3 again tonight.'],
  ['keyword in another sentence', 'Envíanos tu RUT. El ticket 22.116.098-3 queda abierto.'],
  ['masked', 'RUT **.***.098-3'],
  ['phone', 'RUT pendiente, llámanos al +56 9 4918 3930'],
  ['one repeated digit', 'RUT 11.111.111-1'],
];

describe('cl-rut detector', () => {
  it.each(positives)('finds %s', (_name, text, value, score) => {
    expectFinding(text, 'NATIONAL_ID', value, 'cl_rut');
    expect(found(text).find((f) => f.value === value)?.score).toBe(score);
  });
  it.each(negatives)('ignores %s', (_name, text) => expectNoFinding(text, ['NATIONAL_ID']));

  it('computes the check character', () => {
    expect(rutCheck('22116098')).toBe('3');
    expect(rutCheck('15039595')).toBe('K');
    expect(rutValid('221160983')).toBe(true);
    expect(rutValid('15039595K')).toBe(true);
    expect(rutValid('221160980')).toBe(false);
  });
});
