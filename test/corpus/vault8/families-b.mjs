// Families B: telecom (SIM swap, porting, PUK, USSD) and fintech / mobile money.
import { L, num, N, rec, pick, int, pad, digits, chars, UP, B62, card, fmtCard, obf, phone, email, person, sig, dateStr, timeStr, pinN, password, imei, iccid } from './lib.mjs';
import { nationalId, bankAcct } from './families-a.mjs';

const TEL = [
  { co: 'Mutapa Mobile', dom: 'mutapamobile.co.zw', r: 'ZW', n: 'zw', cc: '263' },
  { co: 'Savanna Telecom', dom: 'savannatel.co.ke', r: 'KE', n: 'ke', cc: '254' },
  { co: 'Lekker Mobile', dom: 'lekkermobile.co.za', r: 'ZA', n: 'za', cc: '27' },
  { co: 'Sahel Connect', dom: 'sahelconnect.ng', r: 'NG', n: 'ng', cc: '234' },
];
const first = (name) => name.split(' ')[0];
const msisdn = (r) => L('PHONE_NUMBER', phone(r, pick(['nat', 'intl', 'nat'])), 'phone:' + r);

function simSwap() {
  const c = pick(TEL), who = person(c.n), [idl, id] = nationalId(c.r, int(0, 3));
  return rec('telecom-sim-swap', `Dear ${first(who)},\n\nYour SIM swap request for line `, msisdn(c.r), ` was completed at ${timeStr()} on ${dateStr()}.\n\n`,
    `New SIM ICCID: `, N(iccid(c.cc), 'luhn'), `\nPIN1: `, L('CREDENTIAL', pinN(4)), `\nPUK1: `, L('CREDENTIAL', pinN(8)), `\nHandset IMEI on record: `, N(imei(), 'luhn'),
    `\nVerified with ${idl} `, id, `.\n\nThe old SIM has been blocked. Keep the PUK in a safe place.`, sig(person(c.n), c.co, c.r, c.dom));
}
function puk() {
  const c = pick(TEL), who = person(c.n);
  return rec('telecom-puk', `Hi ${first(who)},\n\nSorry your SIM is locked. The PUK for `, msisdn(c.r), ` is `, L('CREDENTIAL', pick([(p) => p, (p) => obf('zw', p.replace(/(\d{4})/, '$1 ')), (p) => obf('fw', p)])(pinN(8))),
    `. Enter **05*PUK*new PIN*new PIN# on the phone and choose a PIN you will remember. After 10 wrong PUK entries the SIM is blocked permanently.\n\nRegards,\n${c.co} Care`);
}
function porting() {
  const c = pick(TEL.slice(1, 4)), who = person(c.n);
  return rec('telecom-porting', `Hello ${first(who)},\n\nWelcome to ${c.co}! Your number `, msisdn(c.r), ` is being ported from your old network. The port window is ${dateStr()} between 22:00 and 02:00.\n\n`,
    `I have sent the porting verification code to your old SIM. For reference, the code on our system is `, L('CREDENTIAL', digits(6)), ` and it expires in 30 minutes.\n`,
    `Port reference: PRT-${num(8)}\nAlternative contact you gave: `, L('EMAIL_ADDRESS', email(who), 'email'), sig(person(c.n), `${c.co} Porting Desk`, c.r, c.dom, { box: 'porting' }));
}
function telNote() {
  const c = pick(TEL), who = person(c.n);
  return rec('telecom-agent-note', `Hi ${first(who)},\n\nYour account password has been reset and your data bundle of 10 GB was restored.\n\n`,
    `>> agent notes: cust failed 2/3 security questions, passed on the third (mother's maiden name = `, L('CREDENTIAL', pick(['Chiweshe', 'Mahlangu', 'Wambui', 'Okonkwo', 'Sithebe'])), `). temp portal password set to `, L('CREDENTIAL', password()),
    `. alt number `, msisdn(c.r), `. voicemail PIN `, L('CREDENTIAL', pinN(4)), `. escalate if calls again <<\n\nPlease log in and change your password.\n\n${c.co}`);
}
function telSolicit() {
  const c = pick(TEL), who = person(c.n);
  const ask = pick(['reply to this message with your current SIM PIN and the one-time code we have just sent to your alternative number', 'send us the PUK printed on your old SIM card and your account password', 'share the OTP you receive in the next few minutes so we can confirm the port-out']);
  return rec('telecom-solicitation', `Dear ${first(who)},\n\nWe need to verify that you are the owner of the line before we can complete the SIM swap. Please `, L('SOLICITATION', ask), `.\n\nIf we do not hear from you within 24 hours the request will be cancelled.`, sig(person(c.n), c.co, c.r, c.dom));
}
function bulkCsv() {
  const c = pick(TEL), rows = [];
  for (let k = 0; k < int(3, 5); k++) { const w = person(c.n); rows.push(`${w},`, L('PHONE_NUMBER', phone(c.r, 'nat').replace(/\s/g, ''), 'phone:' + c.r), `,`, N(iccid(c.cc), 'luhn'), `,${pick(['Active', 'Pending', 'Suspended'])}\n`); }
  return rec('telecom-csv-attachment', `Hello,\n\nAs requested, here is the corporate SIM list from the attachment (lines.xlsx, sheet "Lines") converted to text:\n\nname,msisdn,iccid,status\n`, rows,
    `\nThe suspended lines will be reactivated when the invoice of ${dateStr()} is paid.\n\nCorporate Accounts\n${c.co}`);
}
const TEL_POS = [simSwap, puk, porting, telNote, telSolicit, bulkCsv];

function telNeg(i) {
  const c = pick(TEL);
  const t = [
    () => [`Dear customer,\n\nTo replace a lost SIM, visit any ${c.co} shop with your original ID. The new SIM (ICCID `, N(iccid(c.cc), 'luhn'), `) will be linked to your number within 30 minutes.\n\nWe will never ask for your PIN, PUK or one-time code by phone, SMS or WhatsApp. Our staff will never call you to "upgrade" your SIM.\n\n${c.co}`],
    () => [`Hi,\n\nUseful USSD codes on our network:\n- *100# check airtime balance\n- *143*2*1# buy data bundles\n- *111# customer menu\n- *#06# show your IMEI\n\nBundles: 1 GB for ${{ ZW: 'US$1.50', KE: 'KSh 99', ZA: 'R29', NG: 'NGN 350' }[c.r]}, valid 7 days. Prices changed on ${dateStr()}.\n\n${c.co} Support`],
    () => [`Hello,\n\nYour device with IMEI `, N(imei(), 'luhn'), ` and serial number ${chars(2, UP)}${num(8)} has been registered under DIRBS. Registration ID: REG-${num(10)}, completed ${dateStr()} at ${timeStr()}.\n\nNo further action is needed.\n\n${c.co} Device Registration`],
    () => [`Dear customer,\n\nThe outage in your area was caused by a fault at site ${chars(3, UP)}-${digits(4)}. The core router ${int(10, 41)}.${int(0, 255)}.${int(0, 255)}.${int(1, 254)} was upgraded to firmware 17.${int(1, 9)}.${int(0, 9)}R${int(1, 5)} at ${timeStr()}. Ticket INC${num(7)} is closed.\n\nWe apologise for the inconvenience and have added 500 MB to your line.\n\nNetwork Operations`],
    () => [`Hello,\n\nYour port-in request PRT-${num(8)} was rejected by the donor network on ${dateStr()} (reason: account has an outstanding balance). Once it is settled, submit a new request; the porting SMS code will be sent to your phone - please type it only into the form, never share it with anyone.\n\n${c.co} Porting`],
  ];
  return rec('telecom-negative', t[i % t.length]());
}

// ---------- mobile money / fintech
const MM = [
  { p: 'EcoCash', r: 'ZW', n: 'zw', co: 'Mutapa Mobile Money', dom: 'mutapamoney.co.zw' },
  { p: 'M-Pesa', r: 'KE', n: 'ke', co: 'Savanna Pay', dom: 'savannapay.co.ke' },
  { p: 'MTN MoMo', r: 'GH', n: 'ng', co: 'Volta MoMo Services', dom: 'voltamomo.com.gh' },
  { p: 'MTN MoMo', r: 'UG', n: 'ke', co: 'Pearl Wallet', dom: 'pearlwallet.co.ug' },
  { p: 'Airtel Money', r: 'ZM', n: 'zw', co: 'Kafue Wallet', dom: 'kafuewallet.co.zm' },
];
const txid = () => chars(2, UP) + digits(1) + chars(7, UP + '0123456789');

function mmReversal() {
  const m = pick(MM.slice(0, 2)), who = person(m.n), [idl, id] = nationalId(m.r, int(0, 3));
  return rec('mobile-money-reversal', `Dear ${first(who)},\n\nThe ${m.p} payment ${txid()} of ${m.r === 'ZW' ? 'US$' : 'KSh '}${int(10, 900)} that you sent to the wrong number on ${dateStr()} has been reversed.\n\n`,
    `Wallet: `, msisdn(m.r), `\n${idl}: `, id, `\nA temporary ${m.p} PIN has been issued: `, L('CREDENTIAL', pinN(pick([4, 5]))), ` - you will be asked to change it at first use.\n`, sig(person(m.n), m.co, m.r, m.dom));
}
function mmStatement() {
  const who = person('ke'), rows = [];
  for (let k = 0; k < int(3, 5); k++) {
    const to = person('ke'); rows.push(`${txid()},2025-${pad(int(1, 12), 2)}-${pad(int(1, 28), 2)} ${pad(int(0, 23), 2)}:${pad(int(0, 59), 2)}:${pad(int(0, 59), 2)},Customer Transfer to `, L('PHONE_NUMBER', phone('KE', 'e164').slice(1), 'phone:KE'), ` - ${to.toUpperCase()},Completed,-${int(100, 9000)}.00\n`);
  }
  return rec('mobile-money-csv-statement', `Hi ${first(who)},\n\nHere is the extract of your M-Pesa statement you asked for (statement.csv):\n\nReceipt No.,Completion Time,Details,Transaction Status,Paid In/Withdrawn\n`, rows,
    `\nThe PDF version is protected; its one-time password is `, L('CREDENTIAL', password()), `.\n\nSavanna Pay Customer Care`);
}
function mmMomo() {
  const m = pick(MM.slice(2)), who = person(m.n);
  return rec('mobile-money-momo-reset', `Hello ${first(who)},\n\nYour ${m.p} wallet `, msisdn(m.r), ` was locked after three wrong PIN attempts. I have started the reset. The reset code is `, L('CREDENTIAL', digits(6)),
    `; dial the reset menu and enter it within 10 minutes. Your balance of ${int(20, 900)}.${digits(2)} is safe.\n`, sig(person(m.n), m.co, m.r, m.dom, { style: 'intl' }));
}
function mmSolicit() {
  const m = pick(MM), who = person(m.n);
  const ask = pick([`send us your ${m.p} PIN and the confirmation code from the SMS so we can reverse the transaction`, `reply with your ${m.p} PIN so that our agent can unlock the wallet for you`, `provide the 6-digit OTP and your wallet PIN on this e-mail thread`]);
  return rec('mobile-money-solicitation', `Dear ${first(who)},\n\nWe have received your complaint about the failed ${m.p} transfer. To process the reversal, please `, L('SOLICITATION', ask), `. Our reversal team works 24/7.`, sig(person(m.n), m.co, m.r, m.dom));
}
function mmApi() {
  const m = pick(MM.slice(0, 2));
  return rec('fintech-merchant-api', `Hi team,\n\nYour merchant account for till ${digits(6)} is live. Sandbox and production credentials for the payments API:\n\n`,
    `CONSUMER_KEY=`, L('CREDENTIAL', chars(32, B62)), `\nCONSUMER_SECRET=`, L('CREDENTIAL', chars(16, B62)), `\nPASSKEY=`, L('CREDENTIAL', chars(64, '0123456789abcdef')),
    `\nCALLBACK_URL=https://api.example-merchant.com/mpesa/callback\n\nRotate the secret from the portal if it is exposed.`, sig(person(m.n), `${m.co} Developer Support`, m.r, m.dom, { box: 'developers' }));
}
function mmLink() {
  const m = pick(MM.slice(0, 2)), who = person(m.n), brand = pick(['visa', 'mastercard']), pan = card(brand), [bank, acct] = bankAcct(m.r);
  return rec('fintech-card-link', `Dear ${first(who)},\n\nYou asked to link your bank card and account to your ${m.p} wallet. We captured:\n\n`,
    `Card: `, L('CARD_NUMBER', obf(pick(['nl', 'html', 'dots', 'zwin']), fmtCard(pan)), 'card:' + brand), `\nBank: ${bank}\nAccount: `, acct, `\n\nThe link is active. Transfers up to ${int(500, 5000)} per day are free until ${dateStr()}.\n\n${m.co}`);
}
const MM_POS = [mmReversal, mmStatement, mmMomo, mmSolicit, mmApi, mmLink];

function mmNeg(i) {
  const m = pick(MM);
  const t = [
    () => `Hello,\n\nConfirmed. ${txid()} ${m.r === 'KE' ? 'Ksh' : 'US$'}${int(100, 9000)}.00 sent to ${person(m.n).toUpperCase()} on ${int(1, 28)}/${int(1, 12)}/25 at ${timeStr()}. New ${m.p} balance is ${int(100, 9000)}.${digits(2)}. Transaction cost ${int(0, 50)}.00.\n\nIf you did not make this transaction, reply STOP.`,
    () => `Dear customer,\n\n${m.p} will NEVER ask you for your PIN. Do not share your PIN, OTP or reset code with anyone, including people who say they work for us. Our agents cannot see your PIN.\nIf you forgot your PIN, dial the ${m.p} menu, choose "My account" > "Reset PIN" and answer the questions on your own phone.\n\n${m.co}`,
    () => `Hi,\n\nMerchant fees from ${dateStr()}:\n| Amount | Fee |\n|---|---|\n| 1 - 100 | 0.00 |\n| 101 - 500 | 7.00 |\n| 501 - 1,000 | 13.00 |\n| 1,001 - 70,000 | 0.55% |\n\nPaybill ${digits(6)}, till ${num(7)}. Settlement at 17:00 daily.\n\n${m.co}`,
    () => { const e = digits(3); return `Dear ${first(person(m.n))},\n\nThe reversal request REV-${num(9)} for transaction ${txid()} was approved on ${dateStr()}. The money was returned to your wallet ending ${e} (shown as 07** *** ${e}).\nCase closed at ${timeStr()}.\n\n${m.co}`; },
  ];
  return rec('mobile-money-negative', t[i % t.length]());
}

export const telecom = { pos: (i) => TEL_POS[i % TEL_POS.length](), neg: telNeg };
export const mobileMoney = { pos: (i) => MM_POS[i % MM_POS.length](), neg: mmNeg };
