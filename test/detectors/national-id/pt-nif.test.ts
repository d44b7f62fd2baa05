import { describe, expect, it } from 'vitest';
import { ptNifValid } from '../../../detectors/national-id/pt-nif.js';
import { expectFinding, expectNoFinding } from '../helpers.js';

// Check digit 11 − (9·d1 + ... + 2·d8) mod 11, 10 and 11 read as 0; persons start 1-3 or 45.
const positives: [name: string, text: string, value: string][] = [
  ['NIF after the label', 'A fatura foi reemitida com o seu NIF 212993666.', '212993666'],
  ['spaced threes', 'NIF: 192 308 629', '192 308 629'],
  ['número de contribuinte', 'Número de contribuinte 213094347, confirmado.', '213094347'],
  ['PT prefix', 'NIF PT213094347 na fatura.', '213094347'],
  ['non-resident person', 'NIF 458694223 (não residente)', '458694223'],
  ['label further in the sentence', 'O NIF do titular registado é 212993666.', '212993666'],
  ['English reply', 'Your Portuguese tax number 192308629 is on the invoice.', '192308629'],
];

const negatives: [name: string, text: string][] = [
  ['wrong check digit', 'NIF 212993667'],
  ['company NIF (5)', 'Fatura emitida para a empresa com NIF 509 442 013.'],
  ['stdnum company example', 'NIF PT 501 964 843'],
  ['valid, no label', 'A sua encomenda 212993666 foi enviada.'],
  ['valid, unlabelled phone-shaped', 'Ligue 212993666 das 9h às 18h.'],
  ['order label nearer', 'NIF atualizado; pedido 212993666 enviado.'],
  ['label in another sentence', 'Indique o NIF. O número da fatura é 212993666.'],
  ['8 digits', 'NIF 21299366'],
];

describe('pt-nif detector', () => {
  it.each(positives)('finds %s', (_name, text, value) => expectFinding(text, 'NATIONAL_ID', value, 'pt_nif'));
  it.each(negatives)('ignores %s', (_name, text) => expectNoFinding(text, ['NATIONAL_ID']));

  it('checks the check digit', () => {
    expect(ptNifValid('501964843')).toBe(true);
    expect(ptNifValid('501964842')).toBe(false);
    expect(ptNifValid('012993666')).toBe(false);
    expect(ptNifValid('21299366')).toBe(false);
  });
});
