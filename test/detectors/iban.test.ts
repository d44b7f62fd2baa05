import { describe, expect, it } from 'vitest';
import { IBAN_LENGTHS } from '../../detectors/iban.js';
import { scan } from '../../detectors/index.js';
import { expectFinding, expectNoFinding, found, cpuMsSince } from './helpers.js';

// One example per country from detection.md §1.2 (php-iban registry.txt), all mod-97 valid and of
// the registered length, plus the newer SWIFT registry countries (examples of the registry).
const registry: [country: string, iban: string][] = [
  ['ad', 'AD1200012030200359100100'], ['ae', 'AE070331234567890123456'], ['al', 'AL47212110090000000235698741'],
  ['at', 'AT611904300234573201'], ['az', 'AZ21NABZ00000000137010001944'], ['ba', 'BA391290079401028494'],
  ['be', 'BE68539007547034'], ['bg', 'BG80BNBG96611020345678'], ['bh', 'BH67BMAG00001299123456'],
  ['br', 'BR9700360305000010009795493P1'], ['by', 'BY13NBRB3600900000002Z00AB00'], ['ch', 'CH9300762011623852957'],
  ['cr', 'CR05015202001026284066'], ['cy', 'CY17002001280000001200527600'], ['cz', 'CZ6508000000192000145399'],
  ['de', 'DE89370400440532013000'], ['dk', 'DK5000400440116243'], ['do', 'DO28BAGR00000001212453611324'],
  ['ee', 'EE382200221020145685'], ['eg', 'EG380019000500000000263180002'], ['es', 'ES9121000418450200051332'],
  ['fi', 'FI2112345600000785'], ['fo', 'FO2000400440116243'], ['fr', 'FR1420041010050500013M02606'],
  ['gb', 'GB29NWBK60161331926819'], ['ge', 'GE29NB0000000101904917'], ['gi', 'GI75NWBK000000007099453'],
  ['gl', 'GL2000400440116243'], ['gr', 'GR1601101250000000012300695'], ['gt', 'GT82TRAJ01020000001210029690'],
  ['hr', 'HR1210010051863000160'], ['hu', 'HU42117730161111101800000000'], ['ie', 'IE29AIBK93115212345678'],
  ['il', 'IL620108000000099999999'], ['iq', 'IQ98NBIQ850123456789012'], ['is', 'IS140159260076545510730339'],
  ['it', 'IT60X0542811101000000123456'], ['jo', 'JO94CBJO0010000000000131000302'],
  ['kw', 'KW81CBKU0000000000001234560101'], ['kz', 'KZ86125KZT5004100100'], ['lb', 'LB62099900000001001901229114'],
  ['lc', 'LC55HEMM000100010012001200023015'], ['li', 'LI21088100002324013AA'], ['lt', 'LT121000011101001000'],
  ['lu', 'LU280019400644750000'], ['lv', 'LV80BANK0000435195001'], ['mc', 'MC5811222000010123456789030'],
  ['md', 'MD24AG000225100013104168'], ['me', 'ME25505000012345678951'], ['mk', 'MK07250120000058984'],
  ['mr', 'MR1300020001010000123456753'], ['mt', 'MT84MALT011000012345MTLCAST001S'],
  ['mu', 'MU17BOMM0101101030300200000MUR'], ['nl', 'NL91ABNA0417164300'], ['no', 'NO9386011117947'],
  ['pk', 'PK36SCBL0000001123456702'], ['pl', 'PL61109010140000071219812874'], ['ps', 'PS92PALS000000000400123456702'],
  ['pt', 'PT50000201231234567890154'], ['qa', 'QA58DOHB00001234567890ABCDEFG'], ['ro', 'RO49AAAA1B31007593840000'],
  ['rs', 'RS35260005601001611379'], ['sa', 'SA0380000000608010167519'], ['sc', 'SC18SSCB11010000000000001497USD'],
  ['se', 'SE4550000000058398257466'], ['si', 'SI56191000000123438'], ['sk', 'SK3112000000198742637541'],
  ['sm', 'SM86U0322509800000000270100'], ['st', 'ST68000100010051845310112'], ['sv', 'SV62CENR00000000000000700025'],
  ['tl', 'TL380080012345678910157'], ['tn', 'TN5910006035183598478831'], ['tr', 'TR330006100519786457841326'],
  ['ua', 'UA213996220000026007233566001'], ['vg', 'VG96VPVG0000012345678901'], ['xk', 'XK051212012345678906'],
  ['dz', 'DZ3512341234123412341234'], ['ci', 'CI77A12312341234123412341234'], ['mz', 'MZ97123412341234123412341'],
  // Newer registry countries (not in the php-iban file).
  ['ru', 'RU0204452560040702810412345678901'], ['ly', 'LY83002048000020100120361'], ['sd', 'SD2129010501234001'],
  ['so', 'SO211000001001000100141'], ['om', 'OM770180010010123456789'], ['ye', 'YE5731CBYE00010000000012345678'],
  ['fk', 'FK88SC123456789012'], ['dj', 'DJ2110002010010409943020008'], ['mn', 'MN121234123456789123'],
  ['ni', 'NI79BAMC00000000000003123123'], ['va', 'VA59001123000012345678'], ['bi', 'BI4210000100010000332045181'],
];

/** "GB29NWBK60161331926819" -> "GB29 NWBK 6016 1331 9268 19" (the print form). */
const grouped = (iban: string) => iban.replace(/(.{4})(?=.)/g, '$1 ');

// The fixture IBAN of helpdesks.md in the carriers replies use.
const carriers: [name: string, text: string, value: string][] = [
  ['grouped with dots', 'O salário será transferido para o IBAN AO98.0040.7429.0507.7819.5965.5, titular Teresa Neto.', 'AO98.0040.7429.0507.7819.5965.5'],
  ['a full stop after the IBAN is no separator', 'IBAN DE89 3704 0044 0532 0130 00. Thank you.', 'DE89 3704 0044 0532 0130 00'],
  ['compact in a sentence', 'For the transfer use GB82WEST12345698765432 and put your order number as the reference.', 'GB82WEST12345698765432'],
  ['grouped by four', 'Refunds go back to the IBAN you gave us: GB82 WEST 1234 5698 7654 32.', 'GB82 WEST 1234 5698 7654 32'],
  ['dashes', 'IBAN GB82-WEST-1234-5698-7654-32 confirmed', 'GB82-WEST-1234-5698-7654-32'],
  ['lower case', 'my iban is gb82 west 1234 5698 7654 32 thanks', 'gb82 west 1234 5698 7654 32'],
  ['across a line break', 'IBAN: GB82 WEST 1234\n5698 7654 32\nKind regards', 'GB82 WEST 1234\n5698 7654 32'],
  ['followed by upper-case words', 'GB82 WEST 1234 5698 7654 32 THANKS AGAIN', 'GB82 WEST 1234 5698 7654 32'],
  ['followed by a number', 'GB82 WEST 1234 5698 7654 32 12345', 'GB82 WEST 1234 5698 7654 32'],
  ['followed by an upper-case word of four', 'DE89 3704 0044 0532 0130 00 DONE', 'DE89 3704 0044 0532 0130 00'],
  ['html inline tags', '<p>IBAN: <b>GB82 WEST</b> 1234 5698 7654 32</p>', 'GB82 WEST</b> 1234 5698 7654 32'],
  ['html table cell', '<tr><td>IBAN</td><td>DE89370400440532013000</td></tr>', 'DE89370400440532013000'],
  ['html entities', 'IBAN GB82&nbsp;WEST&nbsp;1234&nbsp;5698&nbsp;7654&nbsp;32', 'GB82&nbsp;WEST&nbsp;1234&nbsp;5698&nbsp;7654&nbsp;32'],
  ['full-width', 'ＩＢＡＮ ＧＢ８２ＷＥＳＴ１２３４５６９８７６５４３２ です', 'ＧＢ８２ＷＥＳＴ１２３４５６９８７６５４３２'],
  ['double spaces', 'IBAN NL91  ABNA  0417  1643  00 ok', 'NL91  ABNA  0417  1643  00'],
  ['bank code then account', 'Pay GB82 WEST 123456 98765432 today', 'GB82 WEST 123456 98765432'],
  ['in brackets', 'to the account (BE68 5390 0754 7034).', 'BE68 5390 0754 7034'],
  ['after a colon, no space', 'IBAN:FR1420041010050500013M02606', 'FR1420041010050500013M02606'],
  ['two IBANs', 'old GB29 NWBK 6016 1331 9268 19, new DE89 3704 0044 0532 0130 00', 'DE89 3704 0044 0532 0130 00'],
  ['old Nicaraguan length', 'IBAN NI92BAMC000000000000000003123123', 'NI92BAMC000000000000000003123123'],
];

const negatives: [name: string, text: string][] = [
  ['a dotted version number', 'Release AB12.3.4.5 of the app is out.'],
  ['checksum failure', 'IBAN GB82 WEST 1234 5698 7654 33'],
  ['one character short', 'IBAN GB82 WEST 1234 5698 7654 3'],
  ['longer token', 'ref GB82WEST12345698765432X1 in the log'],
  ['country length mismatch', 'IBAN DE8937040044053201300012'],
  ['unknown country', 'code XX82WEST12345698765432'],
  ['not an IBAN country', 'US12 3456 7890 1234 5678 90'],
  ['masked', 'IBAN GB82 **** **** **** 7654 32 on file'],
  ['masked with X', 'IBAN GB82XXXXXXXXXXXXXXXX5432'],
  ['flight number and words', 'Flight BA12 DEPARTS FROM GATE 5 AT NOON TODAY OK'],
  ['words after a short code', 'Ticket AB12 was closed, see DE12 for details and more words here'],
  ['product code', 'Model GB82-WEST-1234 is back in stock.'],
  ['glued to letters', 'XGB82WEST12345698765432'],
  ['order number', 'Your order number 4111111111111111 has shipped.'],
  ['phone number', 'Call +44 20 7946 0958 now'],
];

/** Sets the two check digits of `country + '00' + bban` so that mod-97 holds (ISO 13616). */
function withCheck(country: string, bban: string): string {
  const digits = (bban + country + '00').replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let r = 0;
  for (const d of digits) r = (r * 10 + Number(d)) % 97;
  return country + String(98 - r).padStart(2, '0') + bban;
}

// Countries whose BBAN has letters (bank code, currency code, alphanumeric account), written the
// way statements and replies print them.
const lettered: [name: string, text: string, value: string, country: string][] = [
  ['MU grouped by four, currency split', 'IBAN MU17 BOMM 0101 1010 3030 0200 000M UR please', 'MU17 BOMM 0101 1010 3030 0200 000M UR', 'mu'],
  ['MU currency code on its own', 'Mauritius: MU17 BOMM 0101 1010 3030 0200 000 MUR (Port Louis)', 'MU17 BOMM 0101 1010 3030 0200 000 MUR', 'mu'],
  ['MU compact in a fee list', 'Mauritius (MUR): MU17BOMM0101101030300200000MUR Egypt (EGP): none', 'MU17BOMM0101101030300200000MUR', 'mu'],
  ['SC currency code on its own', 'Seychelles SC18 SSCB 1101 0000 0000 0000 1497 USD.', 'SC18 SSCB 1101 0000 0000 0000 1497 USD', 'sc'],
  ['LC grouped', 'pay LC55 HEMM 0001 0001 0012 0012 0002 3015 by Friday', 'LC55 HEMM 0001 0001 0012 0012 0002 3015', 'lc'],
  ['QA letters at the end', 'QA58 DOHB 0000 1234 5678 90AB CDEF G is the account', 'QA58 DOHB 0000 1234 5678 90AB CDEF G', 'qa'],
  ['KW grouped', 'KW81 CBKU 0000 0000 0000 1234 5601 01', 'KW81 CBKU 0000 0000 0000 1234 5601 01', 'kw'],
  ['JO grouped', 'IBAN: JO94 CBJO 0010 0000 0000 0131 0003 02', 'JO94 CBJO 0010 0000 0000 0131 0003 02', 'jo'],
  ['MT letters in the account', 'MT84MALT011000012345MTLCAST001S thanks', 'MT84MALT011000012345MTLCAST001S', 'mt'],
  ['GB bank code', 'Sort it to GB29 NWBK 6016 1331 9268 19 today', 'GB29 NWBK 6016 1331 9268 19', 'gb'],
  ['NL bank code', 'rekening NL91 ABNA 0417 1643 00.', 'NL91 ABNA 0417 1643 00', 'nl'],
];

// Mod-97-valid IBANs a digit group longer or shorter than the registry (mis-copied): still an
// IBAN when the country's letter bank code (and currency code) keep the BBAN's shape.
const nearLengthMu = withCheck('MU', 'BOMM0101684224201810801000MUR'); // 33 characters
const nearLengthMuShort = withCheck('MU', 'MCBL507124361756024757MUR'); // 29
const nearLengthGb = withCheck('GB', 'NWBK601613319268190'); // 23
const nearLength: [name: string, text: string, value: string][] = [
  ['MU three digits long, compact', `Mauritius (MUR): ${nearLengthMu} Egypt (EGP)`, nearLengthMu],
  ['MU one digit short, grouped', `your Mauritius account IBAN is ${grouped(nearLengthMuShort)}.`, grouped(nearLengthMuShort)],
  ['GB one digit long', `IBAN ${nearLengthGb} ok`, nearLengthGb],
];
const nearLengthNegatives: [name: string, text: string][] = [
  ['all-digit BBAN off length (DE)', `IBAN ${withCheck('DE', '3704004405320130001')} ok`],
  ['off length and checksum fails', `IBAN ${nearLengthMu.slice(0, -4)}9MUR`],
  ['MU without its currency code', `IBAN ${withCheck('MU', 'BOMM01016842242018108010001')}`],
  ['five characters too long', `IBAN ${withCheck('GB', 'NWBK6016133192681912345')}`],
  ['no bank code after the check digits', `ref ${withCheck('GB', '12346016133192681912')}`],
];

describe('iban detector', () => {
  it.each(lettered)('finds %s', (_name, text, value, country) => expectFinding(text, 'IBAN', value, country));
  it.each(nearLength)('finds a near-length IBAN: %s', (_name, text, value) => {
    expectFinding(text, 'IBAN', value);
    const f = found(text).find((x) => x.type === 'IBAN')!;
    expect(f.score).toBeLessThan(found('GB29NWBK60161331926819')[0]!.score);
  });
  it.each(nearLengthNegatives)('ignores %s', (_name, text) => expectNoFinding(text, ['IBAN']));

  it('knows the newer registry countries and lengths', () => {
    for (const [cc, len] of [['LY', 25], ['SD', 18], ['SO', 23], ['OM', 23], ['RU', 33], ['YE', 30], ['FK', 18], ['DJ', 27], ['MN', 20], ['NI', 28]] as const) {
      expect(IBAN_LENGTHS.get(cc)).toContain(len);
    }
  });

  it.each(registry)('finds the %s registry example, compact', (country, iban) => expectFinding(`IBAN ${iban}.`, 'IBAN', iban, country));
  it.each(registry)('finds the %s registry example, grouped by four', (country, iban) => {
    const text = `Please pay to ${grouped(iban)} by Friday`;
    expectFinding(text, 'IBAN', grouped(iban), country);
  });
  it.each(carriers)('finds %s', (_name, text, value) => expectFinding(text, 'IBAN', value));
  it.each(negatives)('ignores %s', (_name, text) => expectNoFinding(text, ['IBAN']));

  it('needs no keyword: a valid IBAN alone scores about 0.9', () => {
    const [f] = found('GB82WEST12345698765432');
    expect(f?.type).toBe('IBAN');
    expect(f!.score).toBeGreaterThanOrEqual(0.9);
    expect(f!.score).toBeLessThanOrEqual(0.95);
  });

  it('scores higher after an IBAN label', () => {
    const plain = found('GB82WEST12345698765432')[0]!.score;
    expect(found('IBAN: GB82WEST12345698765432')[0]!.score).toBeGreaterThan(plain);
  });

  it('a reference label lowers the score only a little', () => {
    const [f] = found('Payment reference: GB82WEST12345698765432');
    expect(f?.type).toBe('IBAN');
    expect(f!.score).toBeGreaterThanOrEqual(0.75);
    expect(f!.score).toBeLessThan(found('GB82WEST12345698765432')[0]!.score);
  });

  it('keeps the country and the last four in the preview', () => {
    expect(scan('IBAN GB82 WEST 1234 5698 7654 32').map((f) => f.masked)).toEqual(['GB•• •••• •••• •••• ••54 32']);
  });

  it('stays linear on hostile input', () => {
    const t0 = process.cpuUsage();
    found('AB12 '.repeat(100_000));
    found('GB82 WEST 1234 5698 7654 33 '.repeat(20_000));
    expect(cpuMsSince(t0)).toBeLessThan(3000);
  });
});
