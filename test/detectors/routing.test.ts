import { describe, expect, it } from 'vitest';
import { expectFinding, expectNoFinding, found } from './helpers.js';

// Real ABA routing numbers (checksum-valid, Fed prefixes): JPMorgan Chase NY, Fed Boston, Bank of
// America wires, Wells Fargo CA, Chase CA, Bank of America TX, Chase IL.
const abaPositives: [name: string, text: string, value: string][] = [
  ['routing number colon', 'Routing number: 021000021', '021000021'],
  ['ABA', 'ABA 011000015 for domestic wires', '011000015'],
  ['RTN', 'RTN: 121000248', '121000248'],
  ['routing transit number', 'The routing transit number is 322271627.', '322271627'],
  ['transit number', 'transit number 111000025', '111000025'],
  ['wire routing', 'Wire routing: 026009593', '026009593'],
  ['routing no.', 'routing no. 071000013', '071000013'],
  ['4-4-1 grouping', 'ABA/Routing: 0210-0002-1', '0210-0002-1'],
  ['label after', 'Use 021000021 (routing number) for ACH.', '021000021'],
  ['routing and account', 'Routing and account numbers: 021000021 / 123456789', '021000021'],
  ['html', '<tr><td>Routing number</td><td>026009593</td></tr>', '026009593'],
  ['full-width digits', 'Routing number ０２１００００２１', '０２１００００２１'],
  ['thrift prefix', 'routing number 256074974', '256074974'],
  ['beside an account number', 'routing 021000021 account 123456789012', '021000021'],
  ['words between', 'The routing number for domestic wires at Chase is 021000021.', '021000021'],
];

const abaNegatives: [name: string, text: string][] = [
  ['no keyword', 'Please confirm 021000021 is right.'],
  ['checksum failure', 'Routing number: 123456789'],
  ['invalid prefix 50', 'Routing number: 501000020'],
  ['invalid prefix 99', 'Routing number: 991000025'],
  ['invalid prefix 15', 'routing 151000027'],
  ['order number', 'Order number 021000021 has shipped.'],
  ['phone label nearer', 'Routing questions? Call 021000021.'],
  ['part of a longer number', 'routing 0210000219876'],
  ['glued reference', 'routing ref INV-021000021'],
  ['masked', 'routing number ****0021'],
  ['eight digits', 'routing number 02100002'],
  ['all zeros', 'routing number 000000000'],
  ['ABA as another acronym', 'Our ABA therapy team will call about session 021000021.'],
  ['routing word in another sentence', 'Routing is automatic. Your ticket is 021000021.'],
];

const sortCodePositives: [name: string, text: string, value: string][] = [
  ['dashed', 'Sort code: 20-00-00', '20-00-00'],
  ['spaced', 'sort code 40 47 84, thanks', '40 47 84'],
  ['plain', 'Sortcode 309626 please', '309626'],
  ['s/c', 'S/C 60-16-13.', '60-16-13'],
  ['sort code is', 'Your sort code is 20-32-06.', '20-32-06'],
  ['a branch name between', 'The sort code for our Leeds branch is 23-59-95; the account', '23-59-95'],
  ['date-shaped but labelled', 'sort code: 12-05-24', '12-05-24'],
  ['html', '<td>Sort code</td><td>20-00-00</td>', '20-00-00'],
  ['where it was written between', 'the payment bounced because the sort code on your form, 79-81-25, belongs to a bank that closed', '79-81-25'],
  ['in the letter', 'The sort code in our letter, 20-32-06, is correct.', '20-32-06'],
  ['printed on the card', 'The sort code printed on your card, 20-00-00, is wrong.', '20-00-00'],
];

const sortCodeNegatives: [name: string, text: string][] = [
  ['date without keyword', 'Your payment of 12-05-24 was received.'],
  ['dashed without keyword', 'Reference 20-00-00 noted.'],
  ['six digits without keyword', 'Your code is 200000.'],
  ['keyword far away', 'The sort code field is optional in our app; your booking is 20-00-00.'],
  ['seven digits', 'sort code 2000001'],
  ['two groups', 'sort code 20-00'],
  ['all zeros', 'sort code 00-00-00'],
  ['a date after on the', 'Your sort code changes on the 12-05-24 statement? No: the sort code changes on 12-05-24 for the branch move.'],
];

describe('routing detector: ABA', () => {
  it.each(abaPositives)('finds %s', (_name, text, value) => expectFinding(text, 'ROUTING_NUMBER', value, 'aba'));
  it.each(abaNegatives)('ignores %s', (_name, text) => expectNoFinding(text, ['ROUTING_NUMBER']));

  it('scores about 0.9 and wins over the phone reading', () => {
    const all = found('Routing number: 021000021');
    expect(all).toHaveLength(1);
    expect(all[0]!.type).toBe('ROUTING_NUMBER');
    expect(all[0]!.score).toBeGreaterThanOrEqual(0.88);
  });
});

describe('routing detector: UK sort code alone', () => {
  it.each(sortCodePositives)('finds %s', (_name, text, value) => expectFinding(text, 'ROUTING_NUMBER', value, 'gb_sort_code'));
  it.each(sortCodeNegatives)('ignores %s', (_name, text) => expectNoFinding(text, ['ROUTING_NUMBER']));

  it('scores about 0.85', () => {
    expect(found('Sort code: 20-00-00')).toEqual([{ type: 'ROUTING_NUMBER', subtype: 'gb_sort_code', value: '20-00-00', score: 0.85 }]);
  });

  it('gives way to the combined sort code + account finding', () => {
    const all = found('sort code 20-00-00, account number 55779911');
    expect(all.map((f) => f.type)).toEqual(['BANK_ACCOUNT']);
  });
});
