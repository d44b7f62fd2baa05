import { describe, expect, it } from 'vitest';
import { nubanValid } from '../../detectors/bank-account.js';
import { scan } from '../../detectors/index.js';
import { expectFinding, expectNoFinding, found } from './helpers.js';

// (a) UK sort code + account number: one finding from the first number to the end of the second.
// Pairs from the VocaLink modulus-checking spec (detection.md §1.5) and helpdesk-style fixtures.
const pairs: [name: string, text: string, value: string][] = [
  ['labelled, comma', 'Please pay to sort code 20-00-00, account number 55779911.', '20-00-00, account number 55779911'],
  ['bare pair', 'Bank details: 20-00-00 55779911', '20-00-00 55779911'],
  ['bare pair, no context', 'Send it to 20-00-00 55779911 please', '20-00-00 55779911'],
  ['after "from", a sort code no date reads as', 'Your Direct Debit of £22/month is set up from 20-39-85 49943133.', '20-39-85 49943133'],
  ['s/c and a/c', 's/c 40-47-84 a/c 70872490', '40-47-84 a/c 70872490'],
  ['account first', 'Account number 55779911, sort code 20-00-00.', '55779911, sort code 20-00-00'],
  ['two lines', 'Sort code: 08-99-99\nAccount number: 66374958\nThanks', '08-99-99\nAccount number: 66374958'],
  ['spaced sort code', 'sort code 10 79 99 account 88837491', '10 79 99 account 88837491'],
  ['six digits and acc no', 'Sortcode 134020 acc no 63849203', '134020 acc no 63849203'],
  ['date-shaped sort code with label', 'sort code 11-03-21 account 12345678', '11-03-21 account 12345678'],
  ['html table', '<tr><td>Sort code</td><td>77-27-98</td></tr><tr><td>Account</td><td>99345694</td></tr>', '77-27-98</td></tr><tr><td>Account</td><td>99345694'],
  ['and between', 'sort code 49-92-73 and account 12345678', '49-92-73 and account 12345678'],
  ['both labels first, a bar between', 'collected from sort code / account 83-70-50 | 23226229 on day 3', '83-70-50 | 23226229'],
  ['sort code and account number, spaced, a bar between', 'sort code and account number: 60 68 37 | 22762664', '60 68 37 | 22762664'],
];

const pairNegatives: [name: string, text: string][] = [
  ['date then number', 'On 12-05-24 55779911 was logged.'],
  ['from a date-shaped pair', 'The outage lasted from 12-05-24 55779911 records were affected'],
  ['date-shaped, no label', 'Batch 11-03-21 12345678 processed'],
  ['order label', 'Order 20-00-00 55779911 shipped'],
  ['a bar between a date and a number, no label', 'Logged 12-05-24 | 55779911 records'],
];

// (b) Nigerian NUBAN: check digits computed with the banks' CBN codes (3-7-3 weights, §1.6).
const nubans: [name: string, text: string, value: string][] = [
  ['GTBank account number', 'Your GTBank account number is 0123456785.', '0123456785'],
  ['Zenith Bank account', 'Please pay into Zenith Bank account 1012345671 today.', '1012345671'],
  ['Access Bank, label after bank', 'Account number (Access Bank): 0690000032', '0690000032'],
  ['UBA after the number', 'Account number: 2045678907 (UBA)', '2045678907'],
  ['First Bank vector', 'First Bank acct no 0000014579', '0000014579'],
  ['NUBAN keyword', 'NUBAN: 0123456789', '0123456789'],
  ['bank name right before', 'Transfer to GTBank 0123456785 and send proof.', '0123456785'],
  ['account details block', 'Account Name: Ada Obi\nAccount Number: 6123456787\nBank: Fidelity Bank', '6123456787'],
  ['opay, no code known', 'Opay account number 8031234567', '8031234567'],
];

// (c) Labelled domestic accounts (ZW, ZA, KE, US, UK).
const labelled: [name: string, text: string, value: string][] = [
  ['CBZ account number', 'Our bank details: CBZ account number 01234567890123, branch Harare.', '01234567890123'],
  ['bank account', 'Bank account: 62123456789 (FNB)', '62123456789'],
  ['account no. with deposit', 'Please deposit into account no. 1002345678 at Stanbic.', '1002345678'],
  ['acct no with EFT', 'acct no: 0011223344 for the EFT', '0011223344'],
  ['a/c', 'A/C 12345678 at Barclays', '12345678'],
  ['checking account', 'Checking account 000123456789 is linked.', '000123456789'],
  ['savings account #', 'savings account #4455667788', '4455667788'],
  ['account #', 'Account #: 1234 5678 90 (bank transfer)', '1234 5678 90'],
  ['acc no', 'acc no 9140001234567, Stanbic Bank', '9140001234567'],
  ['acc:', 'Acc: 1234567890 for the bank transfer', '1234567890'],
  ['transfer to account number', 'Please transfer the balance to account number 10023456.', '10023456'],
  ['current account with a bank', 'Your Barclays current account 73036921', '73036921'],
  ['Equity Bank', 'Your Equity Bank account 0123456789012 was credited.', '0123456789012'],
  ['Capitec', 'Capitec account number 1234567890', '1234567890'],
  ['Afrikaans bare rekening with a branch code', 'R58 246 sal betaal word in rekening 9430755455, takkode 250655.', '9430755455'],
  ['Indian bank name before a bare account', 'Your HDFC account 50100012345678 is active again.', '50100012345678'],
  ['IFSC beside a bare account', 'IFSC HDFC0001234, account 50100012345678', '50100012345678'],
  ['Canadian bank name', 'the refund went to your RBC account 05012345678 yesterday', '05012345678'],
  ['Steward Bank, RTGS', 'RTGS to Steward Bank, account number: 1012345678.', '1012345678'],
  ['current account, dashed', 'current account 1234-5678-90', '1234-5678-90'],
  ['markdown bold label', '**Bank account number:** 123456789012', '123456789012'],
  ['html', '<td>Bank account</td><td>62123456789</td>', '62123456789'],
  ['full-width', 'bank account ６２１２３４５６７８９', '６２１２３４５６７８９'],
  ['phone-shaped but labelled', 'Bank account number: 0772123456', '0772123456'],
  ['generic label, no context, 10 digits', 'Your account number is 1002345678.', '1002345678'],
  ['label after', 'Please use 62123456789 (bank account).', '62123456789'],
  ['account then phone on one line', 'Bank account: 0123456789 0803 123 4567', '0123456789'],
  ['Swahili', 'Nambari ya akaunti: 0123456789012 (Equity Bank)', '0123456789012'],
  ['Afrikaans', 'Bankrekening 62123456789', '62123456789'],
  ['French compte with a bank word', 'Dépôt direct : compte 0048812 à la Caisse populaire.', '0048812'],
  ['French compte bancaire', 'Le remboursement ira sur votre compte bancaire 30004 01234 5678901.', '30004 01234 5678901'],
  ['Spanish cuenta with a bank', 'Transferencia a la cuenta 0049123456 del banco.', '0049123456'],
  ['Portuguese conta corrente', 'O reembolso foi feito na conta corrente 12345678-9.', '12345678-9'],
  ['German Konto', 'Bitte überweisen Sie auf das Konto 1234567890 bei der Sparkasse (Überweisung).', '1234567890'],
  ['bare account with money moving', 'we have closed account 173654059628 and transferred the balance to your new one', '173654059628'],
  ['after "the account you provided,"', 'The refund went to the savings account you provided, 62004418813, this morning.', '62004418813'],
  ['after "account number you entered,"', 'The beneficiary account number you entered, 40917730022 (Stanbic), was valid.', '40917730022'],
  // national numbers with their own check digits
  ['Portuguese NIB', 'IBAN: PT50 1790 9057 2400 9680 2662 9\nNIB: 1790 9057 24009680266 29\n\nQualquer dúvida, estamos ao dispor.', '1790 9057 24009680266 29'],
  ['Portuguese NIB after conta', 'Conta: 179090572400968026629', '179090572400968026629'],
  ['French RIB', 'RIB : 30004 00550 00010012345 34', '30004 00550 00010012345 34'],
  ['Spanish CCC after cuenta', 'Cuenta: 2100 0418 45 0200051332', '2100 0418 45 0200051332'],
  ['Mexican CLABE', 'CLABE interbancaria 032180000118359719', '032180000118359719'],
  // a refund paid into "your account": money moved names a bank account
  ['refund goes to your account', '• Refund goes to your account: 7192738650\n• Reference: CS-50332875', '7192738650'],
  ['refund will go to your account, 13 digits', 'The refund will go to your account 0884374438989 within 3 days.', '0884374438989'],
];

const negatives: [name: string, text: string][] = [
  ['municipal account credited', 'Hi Mpho, Your municipal account number 0471414671 has been credited with R662.80.'],
  ['unlabelled', 'Please confirm 0123456789 is correct.'],
  ['unlabelled next to bank words', 'Bank transfer received: 1002345678 thanks'],
  ['a biller\'s account with its bill', 'Account 702212051 — your bill of £57.93 is due 4 March 2026. You can pay by direct debit in the app.'],
  ['a biller\'s account number with its invoice', 'Account number 4410023391: your invoice for March is attached; pay by direct debit.'],
  ['French compte without a bank word', 'Votre compte 0048812 sur notre site a été fermé.'],
  ['account with us', 'Your account number 558201 with us is active. You can pay by bank transfer.'],
  ['customer account', 'Your customer account number 55820134 is active; pay by bank transfer.'],
  ['member account', 'Member account 12345678 renewed (bank deposit received).'],
  ['loyalty account', 'Loyalty account 12345678 has 300 points.'],
  ['meter number', 'Meter number 12345678901, bank transfer accepted.'],
  ['policy number', 'Policy number 1234567890 is active.'],
  ['M-Pesa account', 'Your M-Pesa account 0712345678 was credited.'],
  ['EcoCash account', 'EcoCash account 0772123456 topped up'],
  ['Econet account', 'Your Econet account number is 0772123456'],
  ['bare account, no bank word', 'Your account 12345678 is active.'],
  ['generic label, short, no context', 'Your account number is 558201.'],
  ['generic label, 8 digits, no context', 'Your account number is 10023456.'],
  ['check account (a verb)', 'Please check account 12345678 for errors.'],
  ['current account, no bank word', 'Your current account 12345678 has been upgraded to the new plan.'],
  ['account moved to a plan', 'We transferred your account 12345678 to the new plan.'],
  ['masked tail', 'Bank account ****4821 will be debited.'],
  ['account ending', 'The bank account ending 4821 was debited.'],
  ['account ending in, longer', 'bank account number ending in 004821'],
  ['amount', 'We deposited USD 1250000 into your bank account.'],
  ['decimal amount', 'Bank account balance 12500.00 after transfer'],
  ['date', 'Bank account opened 2024-05-12.'],
  ['phone label nearer', 'Bank account questions: call 0772 123 456.'],
  ['order number', 'Order number 12345678 was paid by bank transfer.'],
  ['ticket', 'Ticket 12345678 about your bank account.'],
  ['too short', 'bank account 12345'],
  ['too long', 'bank account 1234567890123456789012'],
  ['all one digit', 'bank account 0000000000'],
  ['glued reference', 'bank account ref INV-12345678'],
  ['NUBAN bank name alone, invalid check digit', 'Transfer to GTBank 0123456789 now.'],
  ['account id', 'Account ID 12345678 (bank)'],
  ['a relative clause, then a phone number word', 'The account you provided is fine; call 0772 123 456 for help.'],
  // national formats: a wrong check digit, no label, another label
  ['NIB with a wrong check digit', 'NIB: 1790 9057 24009680266 28'],
  ['RIB with a wrong key', 'RIB : 30004 00550 00010012345 35'],
  ['CCC-shaped reference', 'Ref 2100 0418 45 0200051332'],
  ['NIB-shaped, unlabelled', 'the number 179090572400968026629 in the log'],
  ['CLABE with a wrong check digit', 'CLABE: 032180000118359718'],
  ['a refund to your account, a short number', 'Refund goes to your account 12345 when approved.'],
  ['a refund to a rewards account', 'The refund goes to your rewards account 7192738650 as points.'],
];

// Short Nigerian bank names that are everyday words: only right before a valid NUBAN of that bank.
const shortBank: [name: string, text: string, value: string][] = [
  ['Sterling before its NUBAN', 'Customer: I want to pay my rent to Sterling 5123456786 but the app says beneficiary bank not available', '5123456786'],
  ['Access before its NUBAN', 'abeg send am to Access 0001234569 today', '0001234569'],
];
const shortBankNegatives: [name: string, text: string][] = [
  ['check digit fails', 'pay my rent to Sterling 5123456787 please'],
  ['another bank\'s NUBAN', 'pay my rent to Sterling 0001234569 please'],
  ['the currency', 'That comes to 100 pounds sterling 5123456786 in total'],
  ['not directly before', 'Sterling service was great, call 5123456786 now'],
];
// A short bank name right beside a bare "account" label or after the value (Nigerian Pidgin phrasing).
const shortBankBeside: [name: string, text: string, value: string][] = [
  ['bank name before "account"', 'We don see the reversal and e go land for your Fidelity account 0657744770 before end of day.', '0657744770'],
  ['bank name in brackets after the value', 'E go enter your account 207 576 0118 (Sterling) within 24 hours.', '207 576 0118'],
];
const shortBankBesideNegatives: [name: string, text: string][] = [
  ['check digit fails', 'Your Sterling account 5123456787 is ready.'],
  ['the currency, not beside', 'We moved 100 pounds sterling into account 2075760118 yesterday.'],
];
// A customer identifying themselves lists the account beside their ID number.
const besideId: [name: string, text: string, value: string][] = [
  ['after a Zimbabwean ID', '"Good evening, my name is Rudo Moyo, ID 63-123456 B 42, account 4100223345678. I lost my phone."', '4100223345678'],
  ['after a national ID', 'Hi, national ID 8001015009087, account 62008877665, please reset my app', '62008877665'],
];
const besideIdNegatives: [name: string, text: string][] = [
  ['ID in an earlier sentence', 'My ID is 63-123456 B 42. Your account 4100223345678 is overdue'],
  ['short number', 'ID 63-123456 B 42, account 20534009'],
];

describe('bank-account detector: short bank names and accounts beside an ID', () => {
  it.each(shortBank)('finds %s', (_name, text, value) => expectFinding(text, 'BANK_ACCOUNT', value, 'ng_nuban'));
  it.each(shortBankNegatives)('ignores %s', (_name, text) => expectNoFinding(text, ['BANK_ACCOUNT']));
  it.each(shortBankBeside)('finds %s', (_name, text, value) => expectFinding(text, 'BANK_ACCOUNT', value));
  it.each(shortBankBesideNegatives)('ignores %s', (_name, text) => expectNoFinding(text, ['BANK_ACCOUNT']));
  it.each(besideId)('finds an account %s', (_name, text, value) => expectFinding(text, 'BANK_ACCOUNT', value));
  it.each(besideIdNegatives)('ignores %s', (_name, text) => expectNoFinding(text, ['BANK_ACCOUNT']));
});

describe('bank-account detector: sort code + account', () => {
  it.each(pairs)('finds %s', (_name, text, value) => expectFinding(text, 'BANK_ACCOUNT', value, 'gb_sort_code_account'));
  it.each(pairNegatives)('ignores %s', (_name, text) => expectNoFinding(text, ['BANK_ACCOUNT', 'ROUTING_NUMBER']));

  it('leaves a sort code with a too short account to the sort-code reading', () => {
    expect(found('sort code 20-00-00 account 12345').map((f) => [f.type, f.value])).toEqual([['ROUTING_NUMBER', '20-00-00']]);
  });

  it('reports one finding, not the sort code on its own', () => {
    const all = found('sort code 20-00-00, account number 55779911');
    expect(all).toEqual([{ type: 'BANK_ACCOUNT', subtype: 'gb_sort_code_account', value: '20-00-00, account number 55779911', score: 0.95 }]);
  });

  it('hides the sort code and most of the account in the preview', () => {
    expect(scan('sort code 20-00-00, account number 55779911').map((f) => f.masked)).toEqual(['••-••-•• ••••••11']);
  });
});

describe('bank-account detector: NUBAN', () => {
  it('implements the CBN check digit (detection.md vector)', () => {
    expect(nubanValid('011', '0000014579')).toBe(true);
    expect(nubanValid('011', '0000014578')).toBe(false);
    expect(nubanValid('058', '0123456785')).toBe(true);
    expect(nubanValid('058', '0123456789')).toBe(false);
  });

  it.each(nubans)('finds %s', (_name, text, value) => expectFinding(text, 'BANK_ACCOUNT', value, 'ng_nuban'));

  it('scores a valid check digit higher than an invalid one', () => {
    const valid = found('GTBank account number 0123456785')[0]!;
    const invalid = found('GTBank account number 0123456789')[0]!;
    expect(valid.score).toBeGreaterThanOrEqual(0.95);
    expect(invalid.type).toBe('BANK_ACCOUNT');
    expect(invalid.score).toBeLessThan(valid.score);
  });
});

describe('bank-account detector: labelled accounts', () => {
  it.each(labelled)('finds %s', (_name, text, value) => expectFinding(text, 'BANK_ACCOUNT', value));
  it.each(negatives)('ignores %s', (_name, text) => expectNoFinding(text, ['BANK_ACCOUNT']));

  it('wins over the phone reading of the same digits', () => {
    const all = found('Bank account number: 0772123456');
    expect(all.map((f) => f.type)).toEqual(['BANK_ACCOUNT']);
    expect(all[0]!.score).toBeGreaterThanOrEqual(0.9);
  });

  it('scores a generic label with a bank word about 0.9, without context lower', () => {
    expect(found('Account number 1002345678, Zenith Bank')[0]!.score).toBeGreaterThanOrEqual(0.9);
    const bare = found('Your account number is 1002345678.')[0]!;
    expect(bare.score).toBeGreaterThanOrEqual(0.5);
    expect(bare.score).toBeLessThan(0.8);
  });
});
