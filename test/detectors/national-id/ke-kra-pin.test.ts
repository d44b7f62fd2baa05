import { describe, expect, it } from 'vitest';
import { expectFinding, expectNoFinding, found } from '../helpers.js';

const positives: [name: string, text: string, value: string][] = [
  ['KRA PIN', 'KRA PIN A123456789Z', 'A123456789Z'],
  ['PIN colon', 'PIN: A012345678K', 'A012345678K'],
  ['no keyword', 'Please update A123456789Z on the invoice.', 'A123456789Z'],
  ['P PIN no keyword', 'Please update P051234567X on file.', 'P051234567X'],
  ['tax PIN', 'Tax PIN: P051234567X', 'P051234567X'],
  ['iTax', 'your iTax PIN is A123456789Z.', 'A123456789Z'],
  ['PIN certificate', 'Your PIN certificate shows A123456789Z', 'A123456789Z'],
  ['lower-case with keyword', 'kra pin a123456789z', 'a123456789z'],
  ['label after', 'A123456789Z (KRA PIN)', 'A123456789Z'],
  ['in brackets', 'The customer (A123456789Z) called.', 'A123456789Z'],
  ['html', '<td>KRA PIN</td><td>A123456789Z</td>', 'A123456789Z'],
  ['full-width', 'ＫＲＡ ＰＩＮ Ａ１２３４５６７８９Ｚ', 'Ａ１２３４５６７８９Ｚ'],
];

const negatives: [name: string, text: string][] = [
  ['lower-case without keyword', 'code a123456789z here'],
  ['other first letter', 'KRA PIN B123456789Z'],
  ['8 digits', 'KRA PIN A12345678Z'],
  ['10 digits', 'KRA PIN A1234567890Z'],
  ['order label', 'Order A123456789Z has shipped.'],
  ['coupon', 'Coupon code A123456789Z is valid.'],
  ['serial', 'Serial number A123456789Z printed on the box.'],
  ['voucher', 'Your voucher A123456789B expires soon.'],
  ['longer code', 'Tracking PA123456789ZA left the depot.'],
  ['continues with a dash', 'Use A123456789Z-01 for the second item.'],
  ['prefixed with a dash', 'Use X-A123456789Z for the second item.'],
  ['spaced digits', 'KRA PIN A 123456789 Z'],
  ['KRA PIN request only', 'Please send us your KRA PIN so we can issue the invoice.'],
  ['a supplier PIN', 'Supplier P051234567X is registered.'],
  ['a company PIN', 'Our company KRA PIN is P051234567Q and the eTIMS unit is registered.'],
];

describe('ke KRA PIN detector', () => {
  it.each(positives)('finds %s', (_name, text, value) => expectFinding(text, 'NATIONAL_ID', value, 'ke_kra_pin'));
  it.each(negatives)('ignores %s', (_name, text) => expectNoFinding(text, ['NATIONAL_ID']));

  it('scores 0.6 alone and 0.95 with a keyword', () => {
    expect(found('Please update A123456789Z.')).toEqual([{ type: 'NATIONAL_ID', subtype: 'ke_kra_pin', value: 'A123456789Z', score: 0.6 }]);
    expect(found('Please update P051234567X')[0]?.score).toBe(0.55);
    expect(found('KRA PIN A123456789Z')[0]?.score).toBe(0.95);
  });

  it('is a national ID, not a credential PIN', () => {
    expect(found('PIN: A012345678K').map((f) => f.type)).toEqual(['NATIONAL_ID']);
    // "tax PIN" names the KRA number, so the digits after it are no secret PIN either.
    expect(found('Please confirm your tax PIN 1234')).toEqual([]);
  });
});
