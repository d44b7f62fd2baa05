import { describe, it } from 'vitest';
import { expectFinding, expectNoFinding } from '../helpers.js';

const positives: [name: string, text: string, value: string][] = [
  ['Self Assessment UTR', 'NI number: ZC 25 76 80 B\nSelf Assessment UTR: 8427153096\nPayout account: sort code', '8427153096'],
  ['spaced 5-5', 'Your UTR is 84271 53096, please quote it.', '84271 53096'],
  ['unique taxpayer reference', 'Unique Taxpayer Reference (UTR) 1234567890', '1234567890'],
];

const negatives: [name: string, text: string][] = [
  ['no label', 'Reference 8427153096 was paid.'],
  ['another label nearer', 'UTR and phone: mobile 0742 715 3096'],
  ['wrong length', 'UTR: 842715309'],
  ['order label', 'order 8427153096 for your UTR letter'],
];

describe('UK UTR detector', () => {
  it.each(positives)('finds %s', (_name, text, value) => expectFinding(text, 'NATIONAL_ID', value, 'uk_utr'));
  it.each(negatives)('ignores %s', (_name, text) => expectNoFinding(text, ['NATIONAL_ID']));
});
