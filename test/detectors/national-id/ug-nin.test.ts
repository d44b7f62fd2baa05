import { describe, expect, it } from 'vitest';
import { ugNinValid } from '../../../detectors/national-id/ug-nin.js';
import { expectFinding, expectNoFinding, found } from '../helpers.js';

// Ugandan NIN: CM/CF, two digits, ten digits or letters; no check: only right next to its keyword.
const positives: [name: string, text: string, value: string, score: number][] = [
  ['Luganda sentence', 'SIM card yo +256 762 537355 ewandiisiddwa ku NIN CF88875251BLOO. Webale nnyo.', 'CF88875251BLOO', 0.95],
  ['colon', 'NIN: CM930121003EGE', 'CM930121003EGE', 0.95],
  ['digit inside the letters', 'Your NIN is CM92018100J4GK.', 'CM92018100J4GK', 0.95],
  ['national identification number (a neutral label)', 'National Identification Number: CF88875251BLOO', 'CF88875251BLOO', 0.9],
  ['national ID label', 'Uganda national ID: CM930121003EGE', 'CM930121003EGE', 0.9],
  ['lower case', 'nin cm930121003ege', 'cm930121003ege', 0.95],
  ['HTML', '<td>NIN</td><td>CM930121003EGE</td>', 'CM930121003EGE', 0.95],
  ['keyword after', 'Registered CF88875251BLOO (NIN) yesterday', 'CF88875251BLOO', 0.95],
];

const negatives: [name: string, text: string][] = [
  ['no keyword', 'Voucher CF88875251BLOO redeemed.'],
  ['keyword not next to it', 'Bring your NIN slip; your ticket code is CF88875251BLOO.'],
  ['wrong prefix', 'NIN: CX88875251BLOO'],
  ['13 characters', 'NIN: CF88875251BLO'],
  ['15 characters', 'NIN: CF88875251BLOOX'],
  ['Nigerian NIN digits are not a Ugandan NIN', 'NIN: 12345678901 CF'],
  ['masked', 'NIN: CF********BLOO'],
  ['bare ID, not a person\'s', 'Voucher ID CF88875251BLOO'],
  ['neutral label not next to it', 'We checked your national ID and the voucher CF88875251BLOO.'],
];

describe('ug-nin detector', () => {
  it.each(positives)('finds %s', (_name, text, value, score) => {
    expectFinding(text, 'NATIONAL_ID', value, 'ug_nin');
    expect(found(text).find((f) => f.value === value)?.score).toBe(score);
  });
  it.each(negatives)('ignores %s', (_name, text) => expect(found(text).filter((f) => f.subtype === 'ug_nin')).toEqual([]));
  it('ignores an unlabelled value', () => expectNoFinding('Voucher CF88875251BLOO redeemed.', ['NATIONAL_ID']));

  it('checks the shape', () => {
    expect(ugNinValid('CF88875251BLOO')).toBe(true);
    expect(ugNinValid('CA88875251BLOO')).toBe(false);
    expect(ugNinValid('CFA8875251BLOO')).toBe(false);
  });
});
