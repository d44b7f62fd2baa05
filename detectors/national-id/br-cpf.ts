/**
 * NATIONAL_ID / br_cpf: the Brazilian CPF (Cadastro de Pessoas Físicas), the tax number of every
 * person, 11 digits written 390.533.447-05, 390533447-05 or plain. Two mod-11 check digits: the
 * first over the 9 base digits with weights 10..2, the second over those and the first with
 * weights 11..2, each (11 - sum mod 11) with 10 read as 0 (python-stdnum br/cpf). Numbers of one
 * repeated digit (111.111.111-11) pass the check and are not issued.
 *
 * The checks reject 99 numbers in 100, but 11 digits is also a Brazilian mobile number and an
 * order or invoice number, so a CPF is reported only with a CPF keyword in its sentence: 0.95
 * right next to it, 0.85 further off. A company's CNPJ has 14 digits and is never read here.
 */
import { words } from '../context.js';
import { checkedIdDetector } from './ke.js';

export const CPF_WORDS = words('br-cpf', [
  'cpf', 'cadastro de pessoas físicas', 'cadastro de pessoas fisicas', 'cadastro de pessoa física', 'cadastro de pessoa fisica',
]);

/** The two check digits of 11 CPF digits, and not one repeated digit. */
export function cpfValid(d: string): boolean {
  if (!/^\d{11}$/.test(d) || /^(\d)\1{10}$/.test(d)) return false;
  const check = (len: number): number => {
    let sum = 0;
    for (let i = 0; i < len; i++) sum += (d.charCodeAt(i) - 48) * (len + 1 - i);
    return ((11 - (sum % 11)) % 11) % 10;
  };
  return check(9) === d.charCodeAt(9) - 48 && check(10) === d.charCodeAt(10) - 48;
}

export const brCpf = checkedIdDetector({
  id: 'br-cpf',
  subtype: 'br_cpf',
  description: 'Brazilian CPF numbers (11 digits, 3.3.3-2 or plain; two mod-11 check digits); only with a CPF keyword in the sentence',
  words: CPF_WORDS,
  total: 11,
  // How people write a CPF: the official 3.3.3-2, the base and its check digits apart, or plain.
  groupings: ['11', '3,3,3,2', '9,2'],
  separators: ['.', '-', ' '],
  sameSeparator: false,
  valid: cpfValid,
});
