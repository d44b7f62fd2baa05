import { describe, expect, it } from 'vitest';
import { arDniValid } from '../../../detectors/national-id/ar-dni.js';
import { expectFinding, expectNoFinding, found } from '../helpers.js';

// Argentine DNI: 7-8 digits, no check digit: only right next to its keyword.
const positives: [name: string, text: string, value: string, score: number][] = [
  ['dotted, in brackets', 'Hola Agustina, la línea +54 9 11 6082 2131 quedó a tu nombre (DNI 39.325.828). Cualquier consulta, escribinos.', '39.325.828', 0.95],
  ['plain', 'DNI 39325828', '39325828', 0.95],
  ['7 digits, dotted', 'DNI: 8.123.456', '8.123.456', 0.95],
  ['N° filler', 'DNI N° 39.325.828', '39.325.828', 0.95],
  ['n.º filler', 'DNI n.º 39325828', '39325828', 0.95],
  ['Spanish copula', 'Tu DNI es 39.325.828, gracias.', '39.325.828', 0.95],
  ['keyword after', 'Titular: 39.325.828 (DNI)', '39.325.828', 0.95],
  ['long keyword', 'Documento Nacional de Identidad: 39 325 828', '39 325 828', 0.95],
  ['HTML', '<td>DNI</td><td>39.325.828</td>', '39.325.828', 0.95],
];

const negatives: [name: string, text: string][] = [
  ['no keyword', 'Quedó registrado el 39.325.828 en el sistema.'],
  ['keyword not next to it', 'Con tu DNI podés retirar el pedido 39325828 en la sucursal.'],
  ['amount', 'DNI verificado, saldo $39.325.828'],
  ['order number', 'Pedido N° 39.325.828'],
  ['ticket, keyword elsewhere', 'Traé el DNI. Ticket 39325828 abierto.'],
  ['phone', 'DNI pendiente: llamanos al 11 6082 2131'],
  ['masked', 'DNI **.***.828'],
  ['Spanish DNI with letter (es-dni reports it)', 'DNI 12345678-Z'],
  ['one repeated digit', 'DNI 11.111.111'],
  ['a letter apart after it (a Spanish DNI)', 'DNI 54362315 k'],
  ['date', 'DNI 2024-01-15'],
];

describe('ar-dni detector', () => {
  it.each(positives)('finds %s', (_name, text, value, score) => {
    expectFinding(text, 'NATIONAL_ID', value, 'ar_dni');
    expect(found(text).find((f) => f.value === value)?.score).toBe(score);
  });
  it.each(negatives)('ignores %s', (_name, text) => {
    const f = found(text).filter((x) => x.type === 'NATIONAL_ID' && x.subtype === 'ar_dni');
    expect(f).toEqual([]);
  });
  it('ignores a bare number', () => expectNoFinding('Quedó registrado el 39.325.828 en el sistema.', ['NATIONAL_ID']));

  it('checks the shape', () => {
    expect(arDniValid('39325828')).toBe(true);
    expect(arDniValid('8123456')).toBe(true);
    expect(arDniValid('09325828')).toBe(false);
    expect(arDniValid('11111111')).toBe(false);
  });
});
