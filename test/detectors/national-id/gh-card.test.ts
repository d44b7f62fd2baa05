import { describe, expect, it } from 'vitest';
import { expectFinding, expectNoFinding, found } from '../helpers.js';

const positives: [name: string, text: string, value: string][] = [
  ['dashed', 'Your Ghana Card GHA-123456789-0 is verified.', 'GHA-123456789-0'],
  ['no keyword', 'Holder GHA-723456789-1 called.', 'GHA-723456789-1'],
  ['spaced', 'Ghana card number: GHA 123456789 0', 'GHA 123456789 0'],
  ['without second dash', 'NIA number GHA-1234567890', 'GHA-1234567890'],
  ['lower case with keyword', 'ghana card gha-123456789-0', 'gha-123456789-0'],
  ['in brackets', 'The customer (GHA-123456789-0) called.', 'GHA-123456789-0'],
  ['html', '<td>Ghana Card PIN</td><td>GHA-123456789-0</td>', 'GHA-123456789-0'],
];

const negatives: [name: string, text: string][] = [
  ['lower case without keyword', 'code gha-123456789-0 here'],
  ['8 digits', 'Ghana Card GHA-12345678-0'],
  ['two check digits', 'Ghana Card GHA-123456789-01'],
  ['other prefix', 'Ghana Card GHX-123456789-0'],
  ['order label', 'Order GHA-123456789-0 shipped.'],
  ['longer code', 'Ref XGHA-123456789-0 applies.'],
  ['continues', 'Ghana Card GHA-123456789-0-A'],
];

describe('gh card detector', () => {
  it.each(positives)('finds %s', (_name, text, value) => expectFinding(text, 'NATIONAL_ID', value, 'gh_card'));
  it.each(negatives)('ignores %s', (_name, text) => expectNoFinding(text, ['NATIONAL_ID']));

  it('scores 0.85 alone and 0.95 with a keyword', () => {
    expect(found('Holder GHA-723456789-1 called.')[0]?.score).toBe(0.85);
    expect(found('Ghana Card GHA-723456789-1')[0]?.score).toBe(0.95);
  });
});
