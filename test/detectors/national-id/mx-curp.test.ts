import { describe, expect, it } from 'vitest';
import { curpValid } from '../../../detectors/national-id/mx-curp.js';
import { expectFinding, expectNoFinding, found } from '../helpers.js';

// python-stdnum's examples (mx/curp and its test list): HEGG560427MVZRRL04, BEML920313HMCLNS09,
// PEGL890909MJCRMS08, BOXW310820HNERXN09, TOMA880125HMNRRNO2 (a letter in place 17).
const positives: [name: string, text: string, value: string, score: number][] = [
  ['after CURP', 'CURP HEGG560427MVZRRL04', 'HEGG560427MVZRRL04', 0.95],
  ['Spanish reply', 'Tu CURP es BEML920313HMCLNS09, ya quedó registrada.', 'BEML920313HMCLNS09', 0.85],
  ['alone, upper case', 'Datos del titular: PEGL890909MJCRMS08, Guadalajara.', 'PEGL890909MJCRMS08', 0.85],
  ['born abroad (NE)', 'CURP: BOXW310820HNERXN09', 'BOXW310820HNERXN09', 0.95],
  ['letter in place 17', 'La Clave Única de Registro de Población TOMA880125HMNRRNO2 aparece en el recibo.', 'TOMA880125HMNRRNO2', 0.95],
  ['lower case with the keyword', 'mi curp: hegg560427mvzrrl04', 'hegg560427mvzrrl04', 0.95],
  ['keyword further in the sentence', 'mi curp es hegg560427mvzrrl04', 'hegg560427mvzrrl04', 0.85],
];

const negatives: [name: string, text: string][] = [
  ['wrong check digit', 'CURP HEGG560427MVZRRL05'],
  ['stdnum: name word never issued', 'CURP BACA890909MJCRMS05'],
  ['stdnum: invalid date', 'CURP PEGL891313MJCRMS06'],
  ['stdnum: invalid sex letter', 'CURP PEGL890909QJCRMS08'],
  ['stdnum: invalid state', 'CURP PEGL890909MQQRMS02'],
  ['lower case without the keyword', 'codigo hegg560427mvzrrl04 enviado'],
  ['order label nearer', 'Pedido HEGG560427MVZRRL04 enviado.'],
  ['SKU label nearer, keyword earlier', 'CURP verificada. SKU PEGL890909MJCRMS08 agotado.'],
  ['masked', 'CURP HEGG******MVZRRL04'],
  ['glued into a longer code', 'CURP XHEGG560427MVZRRL04'],
  ['one character too many', 'CURP HEGG560427MVZRRL041'],
];

describe('mx-curp detector', () => {
  it.each(positives)('finds %s', (_name, text, value, score) => {
    expectFinding(text, 'NATIONAL_ID', value, 'mx_curp');
    expect(found(text).find((f) => f.value === value)?.score).toBe(score);
  });
  it.each(negatives)('ignores %s', (_name, text) => expectNoFinding(text, ['NATIONAL_ID']));

  it('is the only finding on a CURP', () => {
    expect(found('CURP: HEGG560427MVZRRL04').map((f) => f.type)).toEqual(['NATIONAL_ID']);
  });

  it('checks structure, date, sex, state and check digit', () => {
    expect(curpValid('HEGG560427MVZRRL04')).toBe(true);
    expect(curpValid('TOMA880125HMNRRNO2')).toBe(true);
    expect(curpValid('HEGG560427MVZRRL05')).toBe(false);
    expect(curpValid('PEGL890230MJCRMS08')).toBe(false);
    expect(curpValid('1230')).toBe(false);
  });
});
