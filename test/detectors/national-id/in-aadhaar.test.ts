import { describe, expect, it } from 'vitest';
import { aadhaarValid } from '../../../detectors/national-id/in-aadhaar.js';
import { expectFinding, found } from '../helpers.js';

// detection.md §1.8: Verhoeff-valid 312345678909, 399876543211, 400123456787, 234123412346;
// 123456789012 is invalid (first digit 1, Verhoeff).
const labelled: [name: string, text: string, value: string][] = [
  ['aadhaar spaced', 'Aadhaar: 2341 2341 2346', '2341 2341 2346'],
  ['wrapped over two lines', 'Branch: Leeds UIDAI Aadhaar: 234\n123412346 Reference INV-924760', '234\n123412346'],
  ['aadhar spelling', 'Your Aadhar number 3123 4567 8909 is linked.', '3123 4567 8909'],
  ['aadhaar card dashed', 'Aadhaar card 3998-7654-3211 received.', '3998-7654-3211'],
  ['plain with keyword', 'aadhaar no. 400123456787', '400123456787'],
  ['UIDAI', 'As per UIDAI records, 2341 2341 2346 is active.', '2341 2341 2346'],
  ['UID', 'UID 234123412346', '234123412346'],
  ['label after', 'We received 2341 2341 2346 (Aadhaar) today.', '2341 2341 2346'],
  ['html', '<b>Aadhaar</b>: 2341&nbsp;2341&nbsp;2346', '2341&nbsp;2341&nbsp;2346'],
  ['Devanagari digits', 'Aadhaar २३४१ २३४१ २३४६', '२३४१ २३४१ २३४६'],
  ['full-width', 'Aadhaar ２３４１ ２３４１ ２３４６', '２３４１ ２３４１ ２３４６'],
];

const negatives: [name: string, text: string][] = [
  ['plain 12 digits, no keyword', 'Please confirm 234123412346 is correct.'],
  ['Verhoeff failure', 'Aadhaar 2341 2341 2347'],
  ['Verhoeff failure unlabelled', 'The code 2341 2341 2347 was sent.'],
  ['first digit 1', 'Aadhaar 1234 5678 9012'],
  ['first digit 0', 'Aadhaar 0123 4567 8901'],
  ['gift card label', 'Gift card 2341 2341 2346 has a balance of 500.'],
  ['order label', 'Order 2341 2341 2346 is packed.'],
  ['phone label', 'Call 2341 2341 2346 for help.'],
  ['international phone', 'Call +91 2341 2341 2346.'],
  ['card label', 'Card 2341 2341 2346 was declined.'],
  ['account label', 'Account number 2341 2341 2346'],
  ['mixed separators', 'Aadhaar 2341-2341 2346'],
  ['part of a 16-digit number', 'Card 4111 2341 2341 2346 noted.'],
  ['masked', 'Aadhaar XXXX XXXX 2346'],
  ['glued', 'Ref AB-2341 2341 2346'],
];

describe('in-aadhaar detector', () => {
  it.each(labelled)('finds %s', (_name, text, value) => {
    expectFinding(text, 'NATIONAL_ID', value, 'in_aadhaar');
    const f = found(text).find((x) => x.value === value);
    expect(f?.score).toBeGreaterThanOrEqual(0.8);
  });

  it('finds the 4-4-4 form without a keyword, just above the threshold', () => {
    const text = 'The number on the letter is 2341 2341 2346, please check.';
    expectFinding(text, 'NATIONAL_ID', '2341 2341 2346', 'in_aadhaar');
    const f = found(text).find((x) => x.subtype === 'in_aadhaar');
    expect(f?.score).toBeGreaterThanOrEqual(0.5);
    expect(f?.score).toBeLessThan(0.6);
  });

  it.each(negatives)('ignores %s', (_name, text) => {
    expect(found(text).filter((f) => f.subtype === 'in_aadhaar')).toEqual([]);
  });

  it('leaves a Luhn- and range-valid 12-digit Maestro card to the card detector', () => {
    // 6759 6498 2614 passes Luhn, Maestro range "67", and Verhoeff.
    const text = 'Maestro 6759 6498 2614 on file';
    expect(found(text).map((f) => f.type)).toEqual(['CARD_NUMBER']);
  });

  it('validates', () => {
    for (const d of ['312345678909', '399876543211', '400123456787', '234123412346']) expect(aadhaarValid(d), d).toBe(true);
    expect(aadhaarValid('123456789012')).toBe(false);
    expect(aadhaarValid('234123412347')).toBe(false);
  });
});
