import { describe, expect, it } from 'vitest';
import { nricValid } from '../../../detectors/national-id/sg-nric.js';
import { expectFinding, expectNoFinding, found } from '../helpers.js';

// Weights 2,7,6,5,4,3,2, +4 for T/G, +3 for M, mod 11 into the prefix's letter table.
// S1234567D, T1234567J, F1234567N, G1234567X and M1234567K are the commonly published examples
// (M after ICA's 2022 FIN series); the others were computed to pass.
const positives: [name: string, text: string, value: string][] = [
  ['S after NRIC', 'NRIC S1234567D', 'S1234567D'],
  ['T series', 'Your NRIC number is T0312345B.', 'T0312345B'],
  ['F after FIN', 'FIN: F1234567N', 'F1234567N'],
  ['G series', 'The FIN on the work pass is G5123456T.', 'G5123456T'],
  ['M series (2022)', 'FIN number M1234567K', 'M1234567K'],
  ['M series computed', 'NRIC/FIN: M4003921R', 'M4003921R'],
  ['lower case, as typed into a form', 'my nric is s1234567d', 's1234567d'],
  ['IC number', 'Please note your IC number S8812345Z is now verified.', 'S8812345Z'],
  ['label further in the sentence', 'The NRIC that we hold for your policy renewal is S7734021A.', 'S7734021A'],
  ['label after the value', 'We received T1654237C (NRIC) with the form.', 'T1654237C'],
];

const negatives: [name: string, text: string][] = [
  ['wrong check letter', 'NRIC S1234567A'],
  ['M with the F/G table letter', 'FIN M1234567X'],
  ['prefix not S/T/F/G/M', 'NRIC A1234567D'],
  ['Singapore passport shape', 'NRIC noted, passport E1234567D'],
  ['valid, no keyword', 'Your booking code is S1234567D.'],
  ['lower-case "fin" is no keyword', 'la fin du mois: S1234567D'],
  ['order label nearer', 'NRIC checked. Order number S1234567D shipped.'],
  ['keyword in another sentence', 'We have your NRIC. Parcel S1234567D is out for delivery.'],
  ['masked', 'NRIC S****567D'],
  ['masked with bullets', 'NRIC •••••567D'],
  ['glued into a longer code', 'NRIC XS1234567D'],
  ['letter after the check letter', 'NRIC S1234567DX'],
  ['8 digits', 'NRIC S12345678D'],
];

describe('sg-nric detector', () => {
  it.each(positives)('finds %s', (_name, text, value) => expectFinding(text, 'NATIONAL_ID', value, 'sg_nric'));
  it.each(negatives)('ignores %s', (_name, text) => expectNoFinding(text, ['NATIONAL_ID']));

  it('scores a labelled NRIC 0.95 and is its only finding', () => {
    expect(found('NRIC: S1234567D')).toEqual([{ type: 'NATIONAL_ID', subtype: 'sg_nric', value: 'S1234567D', score: 0.95 }]);
  });

  it('checks the letter with each series table', () => {
    for (const v of ['S1234567D', 'T1234567J', 'F1234567N', 'G1234567X', 'M1234567K']) expect(nricValid(v)).toBe(true);
    for (const v of ['S1234567J', 'T1234567D', 'F1234567X', 'G1234567N', 'M1234567N', 's1234567d']) expect(nricValid(v)).toBe(false);
  });
});
