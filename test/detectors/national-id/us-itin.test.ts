import { describe, expect, it } from 'vitest';
import { itinValid } from '../../../detectors/national-id/us-itin.js';
import { expectFinding, expectNoFinding, found } from '../helpers.js';

// IRS: 9XX-GG-SSSS with group 50-65, 70-88, 90-92 or 94-99; no checksum.
const labelled: [name: string, text: string, value: string][] = [
  ['long label', 'Your Individual Taxpayer Identification Number is 912-70-1234.', '912-70-1234'],
  ['ITIN colon', 'ITIN: 987-65-4321', '987-65-4321'],
  ['plain with ITIN label', 'ITIN 912701234 is on the W-7 approval.', '912701234'],
  ['in the SSN field', 'SSN/ITIN: 912-94-0001', '912-94-0001'],
  ['SSN label, plain', 'SSN 950883456', '950883456'],
  ['tax ID label, formatted', 'Tax ID 943-92-1180 (individual)', '943-92-1180'],
  ['spaced', 'ITIN 912 78 5566', '912 78 5566'],
  ['label after', 'She sent 912-70-1234 (ITIN) this morning.', '912-70-1234'],
];

const negatives: [name: string, text: string][] = [
  ['group 93 is not issued', 'ITIN 912-93-1234'],
  ['group 66 is not issued', 'ITIN 912-66-1234'],
  ['group 89 is not issued', 'ITIN 912-89-1234'],
  ['plain with a tax-ID label (as often an EIN)', 'Tax ID 912701234'],
  ['plain, no label', 'Please confirm 912701234 is right.'],
  ['dotted, no label', 'Version 912.70.1234 is out.'],
  ['order label', 'Order 912-70-1234 has shipped.'],
  ['phone label', 'Call 912-70-1234 after 5.'],
  ['masked', 'ITIN ***-**-1234'],
  ['more groups', 'Part 912-70-1234-12 is back in stock.'],
];

describe('us-itin detector', () => {
  it.each(labelled)('finds %s', (_name, text, value) => {
    expectFinding(text, 'NATIONAL_ID', value, 'us_itin');
    expect(found(text).find((f) => f.value === value)?.score).toBeGreaterThanOrEqual(0.85);
  });

  it('reports a formatted ITIN alone at a modest score, as a formatted SSN', () => {
    expect(found('Please confirm 912-70-1234 is right.')).toEqual([{ type: 'NATIONAL_ID', subtype: 'us_itin', value: '912-70-1234', score: 0.55 }]);
  });

  it.each(negatives)('ignores %s', (_name, text) => expectNoFinding(text, ['NATIONAL_ID']));

  it('leaves a number outside the 9XX area to the SSN detector', () => {
    expect(found('ITIN 812-70-1234').map((f) => f.subtype)).toEqual(['us_ssn']);
  });

  it('checks area and group', () => {
    expect(itinValid('912701234')).toBe(true);
    expect(itinValid('990761794')).toBe(true);
    expect(itinValid('912931234')).toBe(false);
    expect(itinValid('999999999')).toBe(false);
    expect(itinValid('536904399')).toBe(false);
  });
});
