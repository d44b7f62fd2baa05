/** Words of a candidate sentence that are names of JavaScript object properties are plain words. */
import { describe, expect, it } from 'vitest';
import { expectFinding, expectNoFinding, found } from './helpers.js';

describe('solicitation on words that name object properties', () => {
  it.each([
    ['Please send the constructor your PIN.'],
    ['Constructor PIN.'],
    ['Constructor PIN please.'],
    ['Could the constructor share the OTP with us?'],
  ])('scans %j without an error', (text) => {
    expect(() => found(text)).not.toThrow();
  });

  it('reads "constructor" as a plain word', () => {
    expectFinding('Please send the constructor your PIN.', 'SOLICITATION', 'Please send the constructor your PIN.', 'pin');
    expectNoFinding('We will never ask the constructor for your PIN.', ['SOLICITATION']);
  });
});
