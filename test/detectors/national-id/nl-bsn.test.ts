import { describe, expect, it } from 'vitest';
import { bsnValid } from '../../../detectors/national-id/nl-bsn.js';
import { expectFinding, expectNoFinding, found } from '../helpers.js';

// 11-proof: 9·d1 + 8·d2 + ... + 2·d8 − d9 ≡ 0 (mod 11). 111222333 is python-stdnum's example.
const positives: [name: string, text: string, value: string][] = [
  ['BSN in brackets', 'De aanvraag staat geregistreerd op burgerservicenummer (BSN) 405285656.', '405285656'],
  ['BSN colon', 'BSN: 841072310', '841072310'],
  ['BSN-nummer', 'Uw BSN-nummer is 123456782.', '123456782'],
  ['threes', 'burgerservicenummer 405 285 656', '405 285 656'],
  ['stdnum format', 'BSN 1112.22.333', '1112.22.333'],
  ['leading zero', 'sofinummer 066611118', '066611118'],
  ['English reply', 'We have updated your citizen service number to 841072310.', '841072310'],
  ['label after', 'Ontvangen: 405285656 (BSN).', '405285656'],
];

const negatives: [name: string, text: string][] = [
  ['fails the 11-proof', 'BSN 111252333'],
  ['valid, no label', 'Uw bestelling 405285656 is verzonden.'],
  ['valid, unlabelled in an English reply', 'Reference 123456782 was applied.'],
  ['order label nearer', 'BSN ontvangen, ordernummer 405285656.'],
  ['phone label nearer', 'BSN bekend; bel ons op telefoon 405285656.'],
  ['label in another sentence', 'Wij hebben uw BSN. Uw klantnummer is 405285656.'],
  ['10 digits', 'BSN 4052856561'],
  ['all zeros', 'BSN 000000000'],
  ['mixed separators', 'BSN 405 285-656'],
];

describe('nl-bsn detector', () => {
  it.each(positives)('finds %s', (_name, text, value) => expectFinding(text, 'NATIONAL_ID', value, 'nl_bsn'));
  it.each(negatives)('ignores %s', (_name, text) => expectNoFinding(text, ['NATIONAL_ID']));

  it('is the only finding on a labelled BSN that is also Luhn-valid (a SIN shape)', () => {
    expect(found('BSN 123456782')).toEqual([{ type: 'NATIONAL_ID', subtype: 'nl_bsn', value: '123456782', score: 0.95 }]);
  });

  it('checks the 11-proof', () => {
    expect(bsnValid('111222333')).toBe(true);
    expect(bsnValid('111222334')).toBe(false);
    expect(bsnValid('11122233')).toBe(false);
  });
});
