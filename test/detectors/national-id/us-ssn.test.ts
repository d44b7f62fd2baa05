import { describe, expect, it } from 'vitest';
import { scan } from '../../../detectors/index.js';
import { ssnValid } from '../../../detectors/national-id/us-ssn.js';
import { expectFinding, expectNoFinding, found } from '../helpers.js';

// SSA POMS RM 10201.035: no checksum; area 001-899 except 666, group 01-99, serial 0001-9999.
const labelled: [name: string, text: string, value: string][] = [
  ['SSN dashed', 'I have updated the record with SSN 536-90-4399 as requested.', '536-90-4399'],
  ['social security number spaced', 'Your social security number 536 90 4399 is already filled in.', '536 90 4399'],
  ['in brackets after label', 'The SSN on the application (536-90-4399) does not match our records.', '536-90-4399'],
  ['dotted', 'SSN: 536.90.4399', '536.90.4399'],
  ['unformatted with label', 'Social Security No. 536904399 is on the form.', '536904399'],
  ['soc sec', 'soc sec 219-09-9998 confirmed', '219-09-9998'],
  ['SS#', 'SS# 078-05-1121', '078-05-1121'],
  ['SS# glued', 'SS#536-90-4399', '536-90-4399'],
  ['label after', 'She gave 536-90-4399 (SSN) on the call.', '536-90-4399'],
  ['label on the line above', 'Social security number:\n536-90-4399', '536-90-4399'],
  ['line after it holds an address', 'SSN: 536-90-4399\n12 Main Street', '536-90-4399'],
  ['more digits after a space', 'SSN 536-90-4399 12', '536-90-4399'],
  ['SSID (Purview keyword)', 'SSID 772-10-3456', '772-10-3456'],
  ['html', '<p>SSN:&nbsp;536-90-4399</p>', '536-90-4399'],
  ['full-width', 'ＳＳＮ ５３６-９０-４３９９', '５３６-９０-４３９９'],
  ['zero-width inside', 'SSN 536\u200b-90-4399', '536\u200b-90-4399'],
  ['en dashes', 'SSN 536\u201390\u20134399', '536\u201390\u20134399'],
  ['colloquial "my social is"', '> My social is 030196136 not the one on the 1040', '030196136'],
  ['"social" as a form field', 'Name: M. Jones\nSocial: 536-90-4399', '536-90-4399'],
  ['German sentence', 'Grüße aus Zürich – the customer (SSN 536-90-4399, email kunde@example.de) asked for a callback.', '536-90-4399'],
];

const unlabelled: [name: string, text: string, value: string][] = [
  ['formatted, no keyword', 'Please confirm 536-90-4399 is right.', '536-90-4399'],
  ['formatted with spaces, no keyword', 'The number 536 90 4399 appears on the form.', '536 90 4399'],
];

const negatives: [name: string, text: string][] = [
  ['unformatted, no keyword', 'Please confirm 536904399 is right.'],
  ['dotted, no keyword', 'Coordinates 536.90.4399 in the survey.'],
  ['area 000', 'SSN 000-12-3456'],
  ['area 666', 'SSN 666-12-3456'],
  ['area 9xx (ITIN range)', 'SSN 912-70-1234'],
  ['group 00', 'SSN 536-00-4399'],
  ['serial 0000', 'SSN 536-90-0000'],
  ['all same digits', 'SSN 111-11-1111'],
  ['sample 123-45-6789', 'For example, SSN 123-45-6789.'],
  ['woolworth 078-05-1120', 'SSN 078-05-1120'],
  ['mixed delimiters', 'SSN 536-90 4399'],
  ['masked', 'SSN on file: ***-**-4399'],
  ['masked with X', 'SSN XXX-XX-4399'],
  ['ZIP+4', 'Ship to ZIP 12345-6789 please.'],
  ['ZIP+4 unlabelled', 'Springfield, IL 62704-1234'],
  ['phone 3-3-4', 'Call us on 212-555-0123 any time.'],
  ['phone label', 'Call me on 536 90 4399 after 5.'],
  ['date', 'Delivered on 2024-11-04 at 10:30.'],
  ['order number', 'Your order number 536-90-4399 has shipped.'],
  ['order 9 digits', 'Order 536904399 has shipped.'],
  ['ticket', 'Ticket 536-90-4399 was closed.'],
  ['reference label after', 'Quote 536-90-4399 (reference number) when you call.'],
  ['routing labelled', 'Routing number 021000021 for your bank.'],
  ['routing with SSN words nearby', 'SSN is on file. ABA routing 536904399.'],
  ['account labelled', 'Account number 536-90-4399 is closed.'],
  ['9-digit reference', 'Reference 536904399 was applied.'],
  ['glued to letters', 'Code INV-536-90-4399 is attached.'],
  ['more groups', 'Part 536-90-4399-12 is back in stock.'],
  ['labelled, but more groups with the same separator', 'SSN 536-90-4399-12'],
  ['labelled, but plain digits run on', 'SSN 536904399 12'],
  ['international phone', 'Call +1 536-90-4399.'],
  ['3-3-3 is not an SSN', 'SSN 123-456-782'],
  ['bare SS without #', 'SS 536904399'],
  ['SIN label', 'SIN 123456782'],
  ['social media is no label', 'Our social media team 536904399 replied.'],
  ['social without a possessive or field', 'Follow us on social 536904399.'],
];

describe('us-ssn detector', () => {
  it.each(labelled)('finds %s', (_name, text, value) => {
    expectFinding(text, 'NATIONAL_ID', value, 'us_ssn');
    const f = found(text).find((x) => x.value === value);
    expect(f?.score).toBeGreaterThanOrEqual(0.85);
  });

  it.each(unlabelled)('finds %s at a modest score', (_name, text, value) => {
    expectFinding(text, 'NATIONAL_ID', value, 'us_ssn');
    const f = found(text).find((x) => x.value === value);
    expect(f?.score).toBeGreaterThanOrEqual(0.5);
    expect(f?.score).toBeLessThan(0.7);
  });

  it.each(negatives)('ignores %s', (_name, text) => {
    expect(found(text).filter((f) => f.subtype === 'us_ssn')).toEqual([]);
  });

  it('reports a labelled SSN as NATIONAL_ID, not as a phone number', () => {
    for (const text of ['SSN: 771234567', 'SSN 771-23-4567', 'social security number 712 34 5678', 'My social is 030196136']) {
      const all = found(text);
      expect(all.map((f) => f.type), text).toEqual(['NATIONAL_ID']);
    }
  });

  it('does not report plain 9-digit numbers without a keyword', () => {
    expectNoFinding('Invoice total 536904399 and 771234567.', ['NATIONAL_ID']);
  });

  it('masks all but the last digits', () => {
    const f = scan('SSN 536-90-4399').find((x) => x.subtype === 'us_ssn');
    expect(f?.masked).toBe('•••-••-•399');
  });

  it('validates structure', () => {
    expect(ssnValid('536904399')).toBe(true);
    expect(ssnValid('899123456')).toBe(true);
    for (const d of ['000123456', '666123456', '900123456', '536004399', '536900000', '123456789', '078051120', '219099999', '777777777', '53690439']) {
      expect(ssnValid(d), d).toBe(false);
    }
  });
});
