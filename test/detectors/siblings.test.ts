// Values set against a finding ("X instead of Y", "our records show Y"): reported with the
// finding's type when they have exactly its shape; nothing else of that shape nearby is.
import { describe, expect, it } from 'vitest';
import { expectFinding, found } from './helpers.js';

const positives: [string, string, string, string][] = [
  ['account, instead of', 'Your account number 4308704445761 was used instead of 4308704445716 for the refund.', 'BANK_ACCOUNT', '4308704445716'],
  ['SA ID, the form says', 'Your SA ID number 8001015009087 was captured, but the form says 8001015009078.', 'NATIONAL_ID', '8001015009078'],
  ['SA ID, records show, before', 'Our records show 8001015009078 rather than your SA ID number 8001015009087.', 'NATIONAL_ID', '8001015009078'],
  ['card typo, should be', 'The card number 4111 1111 1111 1111 should be 4111 1111 1111 1112 according to the bank.', 'CARD_NUMBER', '4111 1111 1111 1112'],
  ['IBAN, does not match', 'IBAN GB82 WEST 1234 5698 7654 32 does not match GB82 WEST 1234 5698 7654 23 on the mandate.', 'IBAN', 'GB82 WEST 1234 5698 7654 23'],
];

const negatives: [string, string, string][] = [
  ['no comparing word', 'Your account number 4308704445761 is now linked. Parcel 4308704445716 left the depot.', '4308704445716'],
  ['labelled as a reference', 'Your account number 4308704445761 is linked, not order 4308704445716.', '4308704445716'],
  ['another paragraph', 'Your account number 4308704445761 is now linked.\n\nOr call us about 4308704445716.', '4308704445716'],
  ['another shape', 'Your account number 4308704445761 was used instead of 43087044457 for the refund.', '43087044457'],
  ['too far away', `Your account number 4308704445761 is linked${' and all is well'.repeat(6)}, not 4308704445716.`, '4308704445716'],
];

describe('values set against a finding', () => {
  it.each(positives)('finds %s', (_name, text, type, value) => {
    expectFinding(text, type as never, value);
    // The value it is set against is still found, and the sibling scores no higher.
    const same = found(text).filter((f) => f.type === type);
    expect(same).toHaveLength(2);
    const sibling = same.find((f) => f.value === value)!;
    const other = same.find((f) => f.value !== value)!;
    expect(sibling.score).toBeLessThanOrEqual(Math.max(other.score, 0.5));
  });
  it.each(negatives)('ignores %s', (_name, text, value) => {
    expect(found(text).map((f) => f.value)).not.toContain(value);
  });

  it('handles thousands of findings with comparing words between them (bench/scan.bench.mjs times it)', () => {
    const text = 'SA ID number 8001015009087 or 8001015009078, '.repeat(4000);
    expect(found(text).filter((f) => f.type === 'NATIONAL_ID').length).toBeGreaterThanOrEqual(8000);
  });
});
