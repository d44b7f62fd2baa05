import { describe, expect, it } from 'vitest';
import { nidaValid } from '../../../detectors/national-id/tz-nida.js';
import { expectFinding, expectNoFinding, found } from '../helpers.js';

// NIDA numbers: 20 digits 8-5-5-2, the first eight a birth date YYYYMMDD; no check digit is published.
const positives: [name: string, text: string, value: string, score: number][] = [
  ['NIDA keyword', 'NIDA 19790921-41108-00002-27', '19790921-41108-00002-27', 0.95],
  ['namba ya NIDA, Swahili filler', 'Namba ya NIDA yako ni 19921130-23141-00012-15.', '19921130-23141-00012-15', 0.95],
  ['kitambulisho cha taifa', 'Kitambulisho cha Taifa: 19790921-41108-00002-27', '19790921-41108-00002-27', 0.95],
  ['keyword further in the sentence', 'Tulipokea NIDA kutoka kwa mteja 19790921-41108-00002-27', '19790921-41108-00002-27', 0.85],
  ['national ID label, grouped with spaces', 'national ID 19921130 23141 00012 15', '19921130 23141 00012 15', 0.9],
  ['ID number label, grouped', 'ID number: 19790921-41108-00002-27', '19790921-41108-00002-27', 0.9],
  ['plain digits right after NIN', 'NIN 19790921411080000227', '19790921411080000227', 0.95],
  ['keyword after', 'Tumepokea 19921130-23141-00012-15 (NIDA) jana.', '19921130-23141-00012-15', 0.95],
];

const negatives: [name: string, text: string][] = [
  ['month 13', 'NIDA 19791321-41108-00002-27'],
  ['31 April', 'NIDA 19790431-41108-00002-27'],
  ['birth date in the future', 'NIDA 20990101-41108-00002-27'],
  ['before 1900', 'NIDA 18991231-41108-00002-27'],
  ['grouped, no label', 'We got 19790921-41108-00002-27 today.'],
  ['grouped, labelled as a reference', 'Ref 19790921-41108-00002-27'],
  ['plain digits, keyword not next to them', 'NIDA imethibitishwa baada ya malipo 19790921411080000227.'],
  ['plain digits with a generic ID label (a timestamp id)', 'ID: 20240115093012123456'],
  ['wrong grouping', 'NIDA 1979092-141108-00002-27'],
  ['keyword in another sentence', 'Tafadhali leta NIDA. Risiti 19790921-41108-00002-27 imetumwa.'],
  ['masked', 'NIDA ********-*****-*****-27'],
];

describe('tz-nida detector', () => {
  it.each(positives)('finds %s', (_name, text, value, score) => {
    expectFinding(text, 'NATIONAL_ID', value, 'tz_nida');
    expect(found(text).find((f) => f.value === value)?.score).toBe(score);
  });
  it.each(negatives)('ignores %s', (_name, text) => expectNoFinding(text, ['NATIONAL_ID']));

  it('checks the birth date', () => {
    expect(nidaValid('19790921411080000227')).toBe(true);
    expect(nidaValid('20000229411080000227')).toBe(true);
    expect(nidaValid('19000229411080000227')).toBe(false);
    expect(nidaValid('1979092141108000022')).toBe(false);
  });
});
