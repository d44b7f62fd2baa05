import { describe, expect, it } from 'vitest';
import { personnummerKind } from '../../../detectors/national-id/se-personnummer.js';
import { expectFinding, expectNoFinding } from '../helpers.js';

// Luhn over YYMMDDNNNN, a real birth date (day + 60 for a coordination number). 880320-0016 and
// 811228-9841 are python-stdnum's examples.
const positives: [name: string, text: string, value: string, subtype: string][] = [
  ['short form', 'The BankID personnummer on the contract (880320-0016) is in another format.', '880320-0016', 'se_personnummer'],
  ['long form', 'Personnummer: 19811228-9841', '19811228-9841', 'se_personnummer'],
  ['plain 10 digits', 'ditt personnummer 8112289841 är uppdaterat', '8112289841', 'se_personnummer'],
  ['plain 12 digits', 'personnr 198803200016', '198803200016', 'se_personnummer'],
  ['centenarian plus', 'Personnummer 880320+0016', '880320+0016', 'se_personnummer'],
  ['space between date and serial', 'personnumret 930823 3718', '930823 3718', 'se_personnummer'],
  ['coordination number', 'Ditt samordningsnummer är 701082-4717.', '701082-4717', 'se_samordningsnummer'],
  ['English label', 'Your Swedish personal identity number 961019-3824 has been added.', '961019-3824', 'se_personnummer'],
];

const negatives: [name: string, text: string][] = [
  ['fails Luhn', 'personnummer 880320-0018'],
  ['month 13', 'personnummer 881320-0016'],
  ['day 32', 'personnummer 880332-0016'],
  ['valid, no label', 'Your invoice 880320-0016 is attached.'],
  ['date-stamped reference, unlabelled', 'Ärende 240115-0001 är stängt.'],
  ['order label nearer', 'Personnummer ok. Ordernummer: order 8803200016.'],
  ['phone number with the label elsewhere', 'Skicka ditt personnummer via appen. Ring 0701234567.'],
  ['11 digits', 'personnummer 88032000161'],
];

describe('se-personnummer detector', () => {
  it.each(positives)('finds %s', (_name, text, value, subtype) => expectFinding(text, 'NATIONAL_ID', value, subtype));
  it.each(negatives)('ignores %s', (_name, text) => expectNoFinding(text, ['NATIONAL_ID']));

  it('checks date and Luhn', () => {
    expect(personnummerKind('8803200016')).toBe('personnummer');
    expect(personnummerKind('198803200016')).toBe('personnummer');
    expect(personnummerKind('7010824717')).toBe('samordningsnummer');
    expect(personnummerKind('8803200018')).toBeUndefined();
    expect(personnummerKind('8802300016')).toBeUndefined();
    expect(personnummerKind('218803200016')).toBeUndefined();
  });
});
