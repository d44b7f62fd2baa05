import { describe, it } from 'vitest';
import { expectFinding, expectNoFinding } from './helpers.js';

const LINE = 'The OCR read the bottom line as: ⑆011002699⑆ 3308817264⑈ 1042 Please set up the direct debit.';

describe('MICR detector', () => {
  it.each([
    ['routing number between transit symbols', LINE, 'ROUTING_NUMBER', '011002699'],
    ['account number before the on-us symbol', LINE, 'BANK_ACCOUNT', '3308817264'],
    ['routing only', 'cheque ⑆021000021⑆ was scanned', 'ROUTING_NUMBER', '021000021'],
  ] as const)('finds the %s', (_name, text, type, value) => expectFinding(text, type, value));

  it.each([
    ['a routing number failing its checksum', 'cheque ⑆011002698⑆ 3308817264⑈'],
    ['no symbols', 'reference 011002699 3308817264'],
  ])('ignores %s', (_name, text) => expectNoFinding(text, ['ROUTING_NUMBER', 'BANK_ACCOUNT']));
});
