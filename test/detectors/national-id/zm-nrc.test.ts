import { describe, it } from 'vitest';
import { expectFinding, expectNoFinding } from '../helpers.js';

const positives: [name: string, text: string, value: string][] = [
  ['after NRC', "We've verified your account using NRC 482913/61/1. Your new SIM is registered.", '482913/61/1'],
  ['NRC number label', 'NRC number: 100234/10/1', '100234/10/1'],
  ['alone in a sentence', 'The holder 482913/61/1 signed on 12/05/2026.', '482913/61/1'],
  ['html', '<td>NRC</td><td>307714/11/1</td>', '307714/11/1'],
];

const negatives: [name: string, text: string][] = [
  ['a date', 'signed on 12/05/2026 at the branch'],
  ['order label', 'order 482913/61/1 has shipped'],
  ['longer path', 'see /files/482913/61/12 on the share'],
  ['part of a longer code', 'ref 1482913/61/1 noted'],
  ['fraction list', 'scores 120000/10/5/2 recorded'],
];

describe('zm NRC detector', () => {
  it.each(positives)('finds %s', (_name, text, value) => expectFinding(text, 'NATIONAL_ID', value, 'zm_nrc'));
  it.each(negatives)('ignores %s', (_name, text) => expectNoFinding(text, ['NATIONAL_ID']));
});
