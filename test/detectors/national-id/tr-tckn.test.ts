import { describe, expect, it } from 'vitest';
import { tcknValid } from '../../../detectors/national-id/tr-tckn.js';
import { expectFinding, expectNoFinding, found } from '../helpers.js';

// First digit not 0; d10 = (7·(d1+d3+d5+d7+d9) − (d2+d4+d6+d8)) mod 10; d11 = (d1+...+d10) mod 10.
// 10000000146 is python-stdnum's example; the others were generated with both check digits.
const positives: [name: string, text: string, value: string][] = [
  ['T.C. Kimlik No', 'T.C. Kimlik No: 10000000146', '10000000146'],
  ['TC Kimlik numarası', 'TC kimlik numarası 12345678950', '12345678950'],
  ['kimlik numaranız', 'Kimlik numaranızı 38490716378 olarak güncelledik.', '38490716378'],
  ['kimlik numaranız colon', 'TC kimlik numaranız: 52189304608', '52189304608'],
  ['TCKN', 'TCKN 67420158902', '67420158902'],
  ['TC no', 'TC no: 29057361834', '29057361834'],
  ['vatandaşlık numarası', 'Vatandaşlık numarası: 76543219872', '76543219872'],
  ['further in the sentence', 'Müşterinin T.C. kimlik numarası sistemde kayıtlı olan 67420158902', '67420158902'],
  ['threes', 'TCKN 100 000 001 46', '100 000 001 46'],
  ['threes, hyphen', 'T.C. Kimlik No: 384-907-163-78', '384-907-163-78'],
  ['English label', 'Turkish ID number 10000000146 is on file.', '10000000146'],
  ['English TC Kimlik number', 'We updated your TC Kimlik number to 38490716378.', '38490716378'],
  ['label after', 'Alındı: 52189304608 (TC kimlik no).', '52189304608'],
  ['Markdown field', '**TCKN:** 29057361834', '29057361834'],
];

const negatives: [name: string, text: string][] = [
  ['wrong tenth digit', 'TC Kimlik No: 10000000156'],
  ['wrong last digit', 'TC Kimlik No: 10000000147'],
  ['leading zero, both checks pass', 'TCKN 01234567840'],
  ['valid, no label', 'Siparişiniz 10000000146 kargoya verildi.'],
  ['valid, unlabelled in an English reply', 'Reference 12345678950 was applied.'],
  ['valid, bare number', 'Thanks, 38490716378 is noted.'],
  ['order label nearer', 'TC kimlik numaranızı aldık, sipariş numarası 10000000146.'],
  ['order word nearer', 'T.C. Kimlik numarasını aldık ancak sipariş 10000000146 gecikti.'],
  ['invoice label nearer', 'TC Kimlik No var; fatura numarası 12345678950.'],
  ['customer number nearer', 'TC kimlik numarası doğrulandı, müşteri numarası 10000000146.'],
  ['English invoice label nearer', 'No Turkish ID number needed, just the invoice number 10000000146.'],
  ['phone label nearer', 'TC kimlik kayıtlı, telefon 52189304608'],
  ['label in another sentence', 'TC Kimlik numaranız kayıtlı. Telefon numaranız 10000000146.'],
  ['12 digits', 'TCKN 100000001460'],
  ['mixed separators', 'TCKN 100 000-001 46'],
];

describe('tr-tckn detector', () => {
  it.each(positives)('finds %s', (_name, text, value) => expectFinding(text, 'NATIONAL_ID', value, 'tr_tc_kimlik'));
  it.each(negatives)('ignores %s', (_name, text) => expectNoFinding(text, ['NATIONAL_ID']));

  it('is the only finding on a labelled TCKN, right next to its keyword', () => {
    expect(found('T.C. Kimlik No: 10000000146')).toEqual([{ type: 'NATIONAL_ID', subtype: 'tr_tc_kimlik', value: '10000000146', score: 0.95 }]);
    expect(found('Kimlik numarası: 12345678950')).toEqual([{ type: 'NATIONAL_ID', subtype: 'tr_tc_kimlik', value: '12345678950', score: 0.95 }]);
  });

  it('checks both check digits and the first digit', () => {
    expect(tcknValid('10000000146')).toBe(true);
    expect(tcknValid('12345678950')).toBe(true);
    expect(tcknValid('10000000156')).toBe(false);
    expect(tcknValid('10000000147')).toBe(false);
    expect(tcknValid('01234567840')).toBe(false);
    expect(tcknValid('1000000014')).toBe(false);
  });
});
