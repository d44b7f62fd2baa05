import { describe, expect, it } from 'vitest';
import { peselValid } from '../../../detectors/national-id/pl-pesel.js';
import { expectFinding, expectNoFinding, found } from '../helpers.js';

// YYMMDDZZZXQ, Q = (10 − Σ dᵢ·wᵢ mod 10) mod 10, weights 1,3,7,9,1,3,7,9,1,3; month + 20 per century
// (01-12 1900s, 21-32 2000s, 41-52 2100s, 61-72 2200s, 81-92 1800s). 44051401359 is python-stdnum's
// example; the others were generated with their check digit.
const positives: [name: string, text: string, value: string][] = [
  ['label in brackets', 'Secondary (PESEL): 84040935964.', '84040935964'],
  ['numer PESEL', 'Numer PESEL: 44051401359', '44051401359'],
  ['nr PESEL', 'Klient podał nr PESEL 02270803624 przy rejestracji.', '02270803624'],
  ['nr. PESEL', 'nr. PESEL 75120456781', '75120456781'],
  ['declined, further in the sentence', 'Mój numer PESEL to 44051401359.', '44051401359'],
  ['PESEL-u', 'Prosimy o weryfikację numeru PESEL-u 90123108732 w systemie.', '90123108732'],
  ['birth date apart', 'PESEL: 840409 35964', '840409 35964'],
  ['birth date apart, hyphen', 'PESEL 840409-35964', '840409-35964'],
  ['2000s month', 'PESEL dziecka: 02270803624', '02270803624'],
  ['29 February 2000', 'PESEL 00222912349', '00222912349'],
  ['1800s month', 'PESEL 89811512344', '89811512344'],
  ['English label', 'Your PESEL number 44051401359 has been verified.', '44051401359'],
  ['English long label', "We have the customer's Polish national ID number as 65022884119.", '65022884119'],
  ['label after', 'Otrzymaliśmy: 84040935964 (numer PESEL).', '84040935964'],
  ['Markdown field', '**PESEL:** 84040935964', '84040935964'],
];

const negatives: [name: string, text: string][] = [
  ['wrong check digit', 'PESEL 84040935965'],
  ['30 February', 'PESEL 84023012349'],
  ['month 13', 'PESEL 84130112343'],
  ['29 February 1900', 'PESEL 00022912343'],
  ['valid, no label', 'Twoje zamówienie 84040935964 zostało wysłane.'],
  ['valid, unlabelled in an English reply', 'Reference 44051401359 was applied.'],
  ['valid, bare number', 'Thanks, 84040935964 is noted.'],
  ['order label nearer', 'Numer PESEL mamy, numer zamówienia 84040935964.'],
  ['invoice label nearer', 'PESEL nie jest potrzebny, wystarczy nr faktury 44051401359.'],
  ['English order label nearer', 'We do not need your PESEL, only the order number 44051401359.'],
  ['phone label nearer', 'PESEL w aktach; tel. 84040935964'],
  ['label in another sentence', 'Prosimy o PESEL. Faktura 84040935964 została opłacona.'],
  ['label in another paragraph', 'PESEL\n\nKod zamówienia: 84040935964'],
  ['12 digits', 'PESEL 840409359640'],
  ['mixed separators', 'PESEL 840409 359-64'],
  ['glued to letters', 'PESEL INV84040935964'],
];

describe('pl-pesel detector', () => {
  it.each(positives)('finds %s', (_name, text, value) => expectFinding(text, 'NATIONAL_ID', value, 'pl_pesel'));
  it.each(negatives)('ignores %s', (_name, text) => expectNoFinding(text, ['NATIONAL_ID']));

  it('is the only finding on a labelled PESEL', () => {
    expect(found('PESEL 44051401359')).toEqual([{ type: 'NATIONAL_ID', subtype: 'pl_pesel', value: '44051401359', score: 0.95 }]);
  });

  it('checks the check digit and the birth date in its century', () => {
    expect(peselValid('44051401359')).toBe(true);
    expect(peselValid('44051401358')).toBe(false);
    expect(peselValid('05410112345')).toBe(true); // 1 January 2105 (month 41)
    expect(peselValid('00022912343')).toBe(false); // 1900 is no leap year
    expect(peselValid('00222912349')).toBe(true); // 2000 is
    expect(peselValid('84930112347')).toBe(false); // month 93
    expect(peselValid('4405140135')).toBe(false);
  });
});
