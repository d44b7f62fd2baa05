import { describe, expect, it } from 'vitest';
import { expectFinding, expectNoFinding, found } from '../helpers.js';

// No published checksum: keyword required (detection.md §1.8). 11 digits is also a Nigerian mobile.
const positives: [name: string, text: string, value: string][] = [
  ['NIN colon', 'NIN: 12345678901', '12345678901'],
  ['your NIN is', 'Your NIN is 12345678901.', '12345678901'],
  ['lower case', 'nin 12345678901', '12345678901'],
  ['long form', 'National Identification Number (NIN): 12345678901', '12345678901'],
  ['long form after NIN', 'NIN (National Identification Number): 12345678901', '12345678901'],
  ['national identity number', 'national identity number 12345678901', '12345678901'],
  ['national ID', 'National ID 12345678901', '12345678901'],
  ['NIMC slip', 'NIMC slip 12345678901', '12345678901'],
  ['NIN slip number', 'NIN slip number: 12345678901', '12345678901'],
  ['label after', 'She sent 12345678901 (NIN) yesterday.', '12345678901'],
  ['phone-shaped but labelled', 'NIN: 08031234567', '08031234567'],
  ['grouped and labelled', 'NIN 0803 123 4567', '0803 123 4567'],
  ['labelled after as mine', '08031234567 is my NIN', '08031234567'],
  ['glued hash', 'NIN#12345678901', '12345678901'],
  ['label on the line above', 'NIN:\n12345678901', '12345678901'],
  ['html', '<td>NIN</td><td>12345678901</td>', '12345678901'],
  ['full-width', 'ＮＩＮ： １２３４５６７８９０１', '１２３４５６７８９０１'],
  ['Markdown bold label', '**NIN:** 12345678901', '12345678901'],
  ['Nigerian ID', 'Nigerian ID: 12345678901', '12345678901'],
  ['next to BVN and phone', 'NIN: 12345678901, BVN: 22123456789, phone 08031234567', '12345678901'],
  ['Hausa possessive between', 'Malam Usman, mun tabbatar da NIN ɗinka 72593933624 da BVN.', '72593933624'],
  ['Pidgin na', 'Customer: my NIN na 04692668626 abeg help me verify am', '04692668626'],
  ['in brackets after NIN slip', 'The NIN on your NIN slip (71840392651) has been verified.', '71840392651'],
  ['after NIN card colon', 'NIN card: 71840392651', '71840392651'],
  ['remains', 'Your National Identification Number remains 5077 450 5642.', '5077 450 5642'],
  ['label | value table row', '| Name | Musa Abubakar |\n| NIN | 43610532596 |\n| Mobile | +234 703 646 1988 |', '43610532596'],
  ['Yoruba: that we registered', 'Nomba NIN yin ti a forukosile ni: 86869143967', '86869143967'],
];

const negatives: [name: string, text: string][] = [
  ['unlabelled 11 digits', 'Please confirm 12345678901 is correct.'],
  ['unlabelled mobile', 'Call 08031234567 for help.'],
  ['unlabelled grouped mobile', 'My number is 0803 123 4567.'],
  ['phone label', 'Phone: 08031234567'],
  ['NIN then phone', 'NIN required. Phone: 08031234567'],
  ['NIN-linked line', 'Your NIN-registered line 08031234567 is active.'],
  ['NIN sentence then a phone', 'Your NIN has been linked to your line 08031234567.'],
  ['NIN qualifying another word after', '08031234567 is my NIN-linked phone'],
  ['NIN then dial', 'Your NIN verification is pending. Please dial *346# from your registered line 08031234567.'],
  ['10 digits', 'NIN 1234567890'],
  ['12 digits', 'NIN 123456789012'],
  ['all one digit', 'NIN: 11111111111'],
  ['order', 'Order 12345678901 shipped.'],
  ['label after reference', 'Order 12345678901 NIN'],
  ['generic ID number', 'ID number 12345678901'],
  ['glued', 'NIN: NG12345678901'],
  ['NIN column header, value in the next row', '| NIN | Mobile |\n| --- | --- |\n| Musa | 43610532596 |'],
  ['NIN cell, bar on the line before', 'NIN |\n 43610532596'],
  ['NIN slip then a phone word', 'Bring your NIN slip to the office, phone 08031234567 for hours'],
];

describe('ng NIN detector', () => {
  it.each(positives)('finds %s', (_name, text, value) => expectFinding(text, 'NATIONAL_ID', value, 'ng_nin'));
  it.each(negatives)('ignores %s', (_name, text) => expectNoFinding(text, ['NATIONAL_ID']));

  it('wins over the phone reading of a labelled number', () => {
    expect(found('NIN: 08031234567')).toEqual([{ type: 'NATIONAL_ID', subtype: 'ng_nin', value: '08031234567', score: 0.95 }]);
    const mixed = found('NIN 08031234567, call 08039876543');
    expect(mixed.map((f) => [f.type, f.value])).toEqual([
      ['NATIONAL_ID', '08031234567'],
      ['PHONE_NUMBER', '08039876543'],
    ]);
  });

  it('leaves a number labelled BVN to the BVN detector', () => {
    expect(found('BVN: 22123456789').map((f) => f.subtype)).toEqual(['ng_bvn']);
  });

  it('scores 0.95 for NIN words and 0.9 for generic national-ID words', () => {
    expect(found('NIMC 12345678901')[0]?.score).toBe(0.95);
    expect(found('national identification number 12345678901')[0]?.score).toBe(0.9);
  });
});
