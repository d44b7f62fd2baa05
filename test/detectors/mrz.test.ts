import { describe, expect, it } from 'vitest';
import { scan } from '../../detectors/index.js';
import { expectFinding, found, cpuMsSince } from './helpers.js';

// ICAO 9303 specimens (detection.md §1.9).
const TD3_1 = 'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<';
const TD3_2 = 'L898902C36UTO7408122F1204159ZE184226B<<<<<10';
const TD2_1 = 'I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<';
const TD2_2 = 'D231458907UTO7408122F1204159<<<<<<<6';
const TD1_1 = 'I<UTOD231458907<<<<<<<<<<<<<<<';
const TD1_2 = '7408122F1204159UTO<<<<<<<<<<<6';
const TD1_3 = 'ERIKSSON<<ANNA<MARIA<<<<<<<<<<';
// ICAO's long document number: D23145890734, check digit 9, continued in the optional field.
const TD1_LONG_1 = 'I<UTOD23145890<7349<<<<<<<<<<<';

const TD3 = `${TD3_1}\n${TD3_2}`;
// A Zimbabwean passport built with the 7-3-1 rule (doc FN1234567, born 1985-01-01, expires 2030-01-01).
const ZW_1 = 'P<ZWEMOYO<<TENDAI'.padEnd(44, '<');
const ZW_2 = 'FN12345672ZWE8501019M3001019<<<<<<<<<<<<<<08';

const positives: [name: string, text: string, value: string][] = [
  ['TD3 alone', TD3, TD3],
  ['TD3 in a sentence', `The scan shows:\n${TD3}\nPlease confirm.`, TD3],
  ['TD3 CRLF', `MRZ:\r\n${TD3_1}\r\n${TD3_2}\r\n`, `${TD3_1}\r\n${TD3_2}`],
  ['TD3 indented, trailing spaces', `  ${TD3_1}  \n   ${TD3_2}  `, `${TD3_1}  \n   ${TD3_2}`],
  ['TD3 blank line between', `${TD3_1}\n\n${TD3_2}`, `${TD3_1}\n\n${TD3_2}`],
  ['TD3 quoted reply', `> ${TD3_1}\n> ${TD3_2}`, `${TD3_1}\n> ${TD3_2}`],
  ['TD3 after a label on the same line', `MRZ: ${TD3_1}\n${TD3_2}`, TD3],
  ['TD3 in html', `<p>${TD3_1.replace(/</g, '&lt;')}<br>${TD3_2.replace(/</g, '&lt;')}</p>`, `${TD3_1.replace(/</g, '&lt;')}<br>${TD3_2.replace(/</g, '&lt;')}`],
  ['TD3 expiry check wrong, DOB right', `${TD3_1}\n${TD3_2.slice(0, 27)}8${TD3_2.slice(28)}`, `${TD3_1}\n${TD3_2.slice(0, 27)}8${TD3_2.slice(28)}`],
  ['Zimbabwe TD3', `Passport details:\n${ZW_1}\n${ZW_2}\nThanks`, `${ZW_1}\n${ZW_2}`],
  ['TD2', `${TD2_1}\n${TD2_2}`, `${TD2_1}\n${TD2_2}`],
  ['TD1', `${TD1_1}\n${TD1_2}\n${TD1_3}`, `${TD1_1}\n${TD1_2}\n${TD1_3}`],
  ['TD1 long document number', `${TD1_LONG_1}\n${TD1_2}\n${TD1_3}`, `${TD1_LONG_1}\n${TD1_2}\n${TD1_3}`],
  ['name line mistyped (45 characters): the data line alone', `${ZW_1}<\n${ZW_2}`, ZW_2],
  ['TD3 data line alone', `Line 2 reads ${TD3_2} as far as I can see`, TD3_2],
  // A zone flattened onto one line (a form, a chat): the name line a space before its data line.
  ['TD3 flattened: name line', `the APIS data we hold: ${ZW_1} ${ZW_2} - please confirm.`, ZW_1],
  ['TD3 flattened: data line', `the APIS data we hold: ${ZW_1} ${ZW_2} - please confirm.`, ZW_2],
  ['TD3 flattened with a tab: name line', `${TD3_1}\t${TD3_2}`, TD3_1],
];

const negatives: [name: string, text: string][] = [
  ['document check digit wrong', `${TD3_1}\n${TD3_2.slice(0, 9)}7${TD3_2.slice(10)}`],
  ['only the document check digit right', `${TD3_1}\nL898902C36UTO7408123F1204158ZE184226B<<<<<15`],
  ['line too short', `${TD3_1}\n${TD3_2.slice(0, 43)}`],
  ['line too long', `${TD3_1}\n${TD3_2}<`],
  ['spaces inside the data line', `${TD3_1}\n${TD3_2.slice(0, 10)} ${TD3_2.slice(10)}`],
  ['lower case', `${TD3_1.toLowerCase()}\n${TD3_2.toLowerCase()}`],
  ['ascii art', `${'<'.repeat(44)}\n${'<'.repeat(44)}`],
  ['shell heredoc', 'cat <<EOF > file\nhello\nEOF'],
  ['name line alone', TD3_1],
  ['name line beside a data line that fails its checks', `${TD3_1} ${TD3_2.slice(0, 9)}7${TD3_2.slice(10)}`],
  ['name line beside filler of a data line\'s length', `${TD3_1} ${'<'.repeat(44)}`],
  ['data line alone with only two check digits right', `Line: ${ZW_2.slice(0, 27)}8${ZW_2.slice(28)}`],
  ['TD1 with only the document check digit right', `${TD1_1}\n7408123F1204158UTO<<<<<<<<<<<5\n${TD1_3}`],
  ['TD1 document check digit wrong', `${TD1_1.slice(0, 14)}8${TD1_1.slice(15)}\n${TD1_2}\n${TD1_3}`],
];

describe('mrz detector', () => {
  it.each(positives)('finds %s', (_name, text, value) => {
    expectFinding(text, 'PASSPORT_NUMBER', value, 'mrz');
    const f = found(text).find((x) => x.value === value);
    expect(f?.score).toBeGreaterThanOrEqual(0.95);
  });

  it.each(negatives)('ignores %s', (_name, text) => {
    expect(found(text).filter((f) => f.subtype === 'mrz')).toEqual([]);
  });

  it('reveals nothing of the zone in the preview', () => {
    const f = scan(TD3).find((x) => x.subtype === 'mrz');
    expect(f?.masked).toBe('TD3 MRZ ••••••');
  });

  it('finds each line of a zone printed after labels in a log', () => {
    const text = `12:09:54 DEBUG kiosk mrz.line1=${TD3_1}\n12:09:54 DEBUG kiosk mrz.line2=${TD3_2}\n12:10:18 ERROR timeout`;
    expect(found(text).filter((f) => f.subtype === 'mrz').map((f) => f.value)).toEqual([TD3_1, TD3_2]);
  });

  it('does not take a name-shaped line above a lone data line when it is not a name line', () => {
    const text = `ref=${'ABC<<DEF1'.padEnd(44, '<')}\nline2=${TD3_2}`;
    expect(found(text).filter((f) => f.subtype === 'mrz').map((f) => f.value)).toEqual([TD3_2]);
  });

  it('finds two zones in one text', () => {
    const text = `${TD3}\nand the ID card:\n${TD1_1}\n${TD1_2}\n${TD1_3}`;
    expect(found(text).filter((f) => f.subtype === 'mrz').length).toBe(2);
  });

  it('stays linear on hostile input', () => {
    const inputs = ['<'.repeat(1 << 20), 'A<'.repeat(1 << 19), `${'P<UTO<<A'.repeat(5)}\n`.repeat(25000), `${TD3_1}\n`.repeat(23000)];
    for (const text of inputs) {
      const t0 = process.cpuUsage();
      scan(text);
      expect(cpuMsSince(t0), text.slice(0, 20)).toBeLessThan(1500);
    }
  });
});
