import { describe, expect, it } from 'vitest';
import { cpfValid } from '../../../detectors/national-id/br-cpf.js';
import { expectFinding, expectNoFinding, found } from '../helpers.js';

// 390.533.447-05 is python-stdnum's example; the others were generated to pass both check digits.
const positives: [name: string, text: string, value: string][] = [
  ['official grouping', 'A nota fiscal foi emitida com o CPF 390.533.447-05.', '390.533.447-05'],
  ['plain digits', 'CPF: 87824096416', '87824096416'],
  ['check digits apart', 'Seu CPF é 973577028-80, confere?', '973577028-80'],
  ['spaced groups', 'CPF 390 533 447 05 cadastrado.', '390 533 447 05'],
  ['label further in the sentence', 'O CPF do titular cadastrado na conta é 390.533.447-05.', '390.533.447-05'],
  ['label after', 'Recebemos 390.533.447-05 (CPF) por e-mail.', '390.533.447-05'],
  ['English reply', 'The invoice now shows your CPF 39011228421 instead of the company one.', '39011228421'],
  ['full name of the register', 'Cadastro de Pessoas Físicas: 390.533.447-05', '390.533.447-05'],
  ['full-width digits', 'CPF ３９０.５３３.４４７-０５', '３９０.５３３.４４７-０５'],
];

const negatives: [name: string, text: string][] = [
  ['wrong check digits', 'CPF 390.533.447-06'],
  ['stdnum invalid example', 'CPF 231.002.999-00'],
  ['one repeated digit (passes the check)', 'CPF 111.111.111-11'],
  ['valid digits, no label', 'Seu pedido 390.533.447-05 foi enviado.'],
  ['valid plain digits, unlabelled', 'Ligue para 87824096416 ou responda este e-mail.'],
  ['order label nearer the number', 'Confirmamos o CPF. Pedido número 87824096416 enviado.'],
  ['label in another sentence', 'Precisamos do seu CPF. O código de rastreio é 87824096416.'],
  ['CNPJ of a company', 'CNPJ 11.222.333/0001-81'],
  ['glued to letters', 'CPF ref NF-87824096416'],
  ['10 digits', 'CPF 3905334470'],
];

describe('br-cpf detector', () => {
  it.each(positives)('finds %s', (_name, text, value) => expectFinding(text, 'NATIONAL_ID', value, 'br_cpf'));
  it.each(negatives)('ignores %s', (_name, text) => expectNoFinding(text, ['NATIONAL_ID']));

  it('scores a labelled CPF 0.95 and masks all but two digits', () => {
    expect(found('CPF 390.533.447-05')).toEqual([{ type: 'NATIONAL_ID', subtype: 'br_cpf', value: '390.533.447-05', score: 0.95 }]);
  });

  it('checks both check digits', () => {
    expect(cpfValid('39053344705')).toBe(true);
    expect(cpfValid('39053344715')).toBe(false);
    expect(cpfValid('39053344704')).toBe(false);
    expect(cpfValid('3905334470')).toBe(false);
    expect(cpfValid('00000000000')).toBe(false);
  });
});
