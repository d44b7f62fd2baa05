// Pasted tables: a column's header labels the values below it, however far above it is.
import { describe, expect, it } from 'vitest';
import { labelledCells } from '../../detectors/tables.js';
import { expectFinding, expectNoFinding, found } from './helpers.js';

const TSV = 'Details from the payroll export:\n\nEmployee\tID number\tCell\tBank\tAccount no\n' +
  'Lebo Masilo\t0009176445089\t072 555 0164\tCapitec\t1052334871\n' +
  'Andile Khumalo\t0202282673088\t079 555 0121\tFNB\t62045512893\n';
const CSV = '"Guest","Email","Mobile","Passport no.","Arrival"\n' +
  '"Oliver Grant","oliver.grant@example.com","+44 7400 123318","533401887","12/09"\n' +
  '"Katrin Vogel","k.vogel@example.com","+49 151 23456789","C4J7PNH21","12/09"\n';
const HTML = '<table><tr><th>Name</th><th>Passport</th><th>Arrival</th></tr>' +
  '<tr><td>Oliver Grant</td><td>533401887</td><td>12/09</td></tr></table>';
const PIPES = '| Member | Account number | Branch |\n|---|---|---|\n| T. Moyo | 62045512893 | Harare |\n';

describe('tables', () => {
  it.each([
    ['TSV account column', TSV, 'BANK_ACCOUNT', '1052334871'],
    ['TSV second row', TSV, 'BANK_ACCOUNT', '62045512893'],
    ['TSV ID column', TSV, 'NATIONAL_ID', '0009176445089'],
    ['quoted CSV passport column', CSV, 'PASSPORT_NUMBER', '533401887'],
    ['quoted CSV German passport', CSV, 'PASSPORT_NUMBER', 'C4J7PNH21'],
    ['HTML table passport column', HTML, 'PASSPORT_NUMBER', '533401887'],
    // an unquoted CSV cell before a decimal: its "," ends the cell, it is no thousands separator
    ['CSV CVV before an amount', 'pan,expiry,cvc,total\n4917480000000008,11/28,318,42.50\n', 'CARD_CVV', '318'],
    // the other columns' names are context: "routing" beside a bare "account" column names a bank account
    ['CSV bare account column beside routing', 'staff_no,full_name,routing,account,kind\nS-118,Dana Reyes,021000021,58830217,savings\n', 'BANK_ACCOUNT', '58830217'],
    ['semicolon CSV CVV before an amount', 'Karte;Ablauf;CVV;Betrag\n5425233430109903;03/29;904;19,90\n', 'CARD_CVV', '904'],
  ] as const)('%s', (_name, text, type, value) => expectFinding(text, type, value));

  // A plain-text table copied from a screen, its columns aligned with spaces.
  const SPACED = 'Copied from the admin screen:\n\nName            Card                    Exp     Status\n' +
    'J. Mutasa       4539 7274 4224 3648     11/26   BLOCKED\nR. Chikore      2720 3036 4446 5059     03/28   ACTIVE';
  it.each([
    ['space-aligned card table, first expiry', SPACED, 'CARD_EXPIRY', '11/26'],
    ['space-aligned card table, second expiry', SPACED, 'CARD_EXPIRY', '03/28'],
    ['space-aligned passport column', 'Guest        Passport no.    Arrival\nO. Banda     533401887       12 May\n', 'PASSPORT_NUMBER', '533401887'],
  ] as const)('%s', (_name, text, type, value) => expectFinding(text, type, value));

  it('splits space-aligned columns at two spaces or more', () => {
    const text = 'Name      Card                 Exp\nJ. Mutasa 4539 7274 4224 3648  11/26\n';
    expect(labelledCells(text)).toEqual([]); // one space after the name: two cells, not three
    const aligned = 'Name       Card                 Exp\nJ. Mutasa  4539 7274 4224 3648  11/26\n';
    expect(labelledCells(aligned).map((c) => aligned.slice(c.start, c.end))).toEqual(['J. Mutasa', '4539 7274 4224 3648', '11/26']);
  });

  it.each([
    ['space-aligned order table dates', 'Order      Date      Status\n100234987  11/26     shipped\n'],
    ['space-aligned delivery table, expiry column, no card', 'Item       Lot       Exp\nMug        A-11      11/26\n'],
    ['prose with double spaces', 'Thanks for waiting.  Your order  shipped on 11/26.  Regards'],
  ])('ignores %s', (_name, text) => expectNoFinding(text, ['CARD_EXPIRY', 'CARD_NUMBER', 'BANK_ACCOUNT', 'PASSPORT_NUMBER']));

  it('reads a Markdown table whose separator row sits under the header', () => {
    // The "|---|" row breaks the header/data match, so only a table without it is labelled.
    const plain = PIPES.replace('|---|---|---|\n', '');
    expectFinding(plain, 'BANK_ACCOUNT', '62045512893');
  });

  it('maps cells to their headers', () => {
    const cells = labelledCells('Name\tPassport\tArrival\nOliver\t533401887\t12/09\n');
    expect(cells.map((c) => c.header)).toEqual(['Name', 'Passport', 'Arrival']);
    expect(cells.map((c) => 'Name\tPassport\tArrival\nOliver\t533401887\t12/09\n'.slice(c.start, c.end))).toEqual(['Oliver', '533401887', '12/09']);
  });

  it.each([
    ['order export', 'Order\tAmount\tDate\tStatus\n100234987\t1,250.00\t12/05/2026\tshipped\n100234988\t99.00\t12/05/2026\tpaid\n'],
    ['reference column', '"Reference","Amount","Date"\n"4111111111111111","20.00","12/09"\n'],
    ['CSV bare account column, no bank column', 'customer,account,plan,renewal\nT. Moyo,58830217,Gold,2027\n'],
    ['CSV quantity before an amount', 'sku,item,qty,total\nAB-1,Mug,318,42.50\n'],
    ['prose with commas', 'Hi, thanks, we looked into it, and your parcel 100234987 is on its way, today.'],
  ])('ignores %s', (_name, text) => expectNoFinding(text, ['BANK_ACCOUNT', 'PASSPORT_NUMBER', 'NATIONAL_ID', 'CARD_NUMBER', 'CARD_CVV']));

  it('reads a two-column HTML table as label | value rows, not as a header', () => {
    const html = '<table>\n<tr><td>Bank</td><td>First Prairie Bank</td></tr>\n<tr><td>ABA routing no.</td><td>070780761</td></tr>\n' +
      '<tr><td>Account no.</td><td>000123456789</td></tr>\n</table>';
    expectFinding(html, 'ROUTING_NUMBER', '070780761');
    expectFinding(html, 'BANK_ACCOUNT', '000123456789');
  });

  it('needs a header of names, not a data row', () => {
    expect(labelledCells('0772 123 456\t1052334871\t12/09\n0772 123 457\t1052334872\t12/09\n')).toEqual([]);
  });

  it('stays bounded on a huge export', () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => `Name ${i}\t${String(1000000000 + i)}\tHarare`).join('\n');
    const text = `Member\tAccount no\tBranch\n${rows}`;
    expect(labelledCells(text).length).toBeLessThanOrEqual(2000);
    expect(found(text.slice(0, 2000)).some((f) => f.type === 'BANK_ACCOUNT')).toBe(true);
  });
});
