// Families A: insurance claims and healthcare billing.
import { L, num, N, rec, pick, int, digits, chars, UP, card, fmtCard, expiry, obf, OBF, iban, zwId, zaId, kePin, nin, bvn, nuban, NG_BANKS, ssn, sin, aadhaar, panIn, nino, UK_PAIRS, aba, phone, email, person, sig, dateStr, timeStr, money, luhnOrder } from './lib.mjs';

const INS = [
  { co: 'Zambezi Assurance', dom: 'zambezi-assurance.co.zw', r: 'ZW', n: 'zw', cur: 'US$' },
  { co: 'Protea Mutual', dom: 'proteamutual.co.za', r: 'ZA', n: 'za', cur: 'R' },
  { co: 'Kilima General Insurance', dom: 'kilimainsure.co.ke', r: 'KE', n: 'ke', cur: 'KSh' },
  { co: 'Oduduwa Life & General', dom: 'oduduwalife.com.ng', r: 'NG', n: 'ng', cur: 'NGN' },
  { co: 'Harbourline Insurance', dom: 'harbourline.co.uk', r: 'GB', n: 'gb', cur: 'GBP' },
];
const first = (name) => name.split(' ')[0];

export function nationalId(r, i = 0) {
  switch (r) {
    case 'ZW': return ['national ID', L('NATIONAL_ID', zwId(i), 'zw')];
    case 'ZA': return ['ID number', L('NATIONAL_ID', zaId(), 'za')];
    case 'KE': return ['national ID number', L('NATIONAL_ID', String(int(2, 3)) + digits(7))];
    case 'NG': return ['NIN', L('NATIONAL_ID', nin(), 'nin')];
    default: return ['National Insurance number', L('NATIONAL_ID', nino(), 'nino')];
  }
}
export function bankAcct(r) {
  switch (r) {
    case 'ZW': return [pick(['CBZ Bank', 'Stanbic Zimbabwe', 'FBC Bank']), L('BANK_ACCOUNT', '0' + digits(int(11, 13)))];
    case 'ZA': return [pick(['FNB', 'Capitec', 'Absa']), L('BANK_ACCOUNT', pick(['62', '14', '40']) + digits(8))];
    case 'KE': return [pick(['Equity Bank', 'KCB', 'Co-operative Bank']), L('BANK_ACCOUNT', '01' + digits(11))];
    case 'NG': { const b = pick(Object.keys(NG_BANKS)); return [NG_BANKS[b], L('BANK_ACCOUNT', nuban(b), 'nuban:' + b)]; }
    default: { const [sc, ac] = pick(UK_PAIRS); return ['Lloyds (sort code and account)', L('BANK_ACCOUNT', `${sc} ${ac}`)]; }
  }
}

function insQuoted() {
  const c = pick(INS), who = person(c.n), agent = person(c.n), claim = `${c.r}-CLM-${int(2024, 2026)}-${digits(6)}`;
  const [idLabel, id] = nationalId(c.r, int(0, 3)), [bank, acct] = bankAcct(c.r);
  return rec('insurance-quoted-thread', `Subject: RE: Claim ${claim} - ${pick(['burst geyser', 'stolen phone', 'storm damage to roof', 'rear-end collision'])}\n\nDear ${first(who)},\n\n`,
    `Thank you for sending the assessor's report and the photos. Your claim has been approved for ${money(c.cur)} after the excess of ${c.cur} ${int(100, 900)}.00.\n`,
    `The settlement will be paid within ${int(3, 7)} working days to the account below, as you asked:\n  Account holder: ${who}\n  Bank: ${bank}\n  Account number: `, acct, '\n',
    sig(agent, `${c.co} - Claims Department`, c.r, c.dom, { box: 'claims' }),
    `\n\n-----Original Message-----\nFrom: ${who} <`, L('EMAIL_ADDRESS', email(who), 'email'), `>\nSent: ${dateStr()} ${timeStr()}\nTo: `, L('EMAIL_ADDRESS', `claims@${c.dom}`, 'email'),
    `\nSubject: Claim ${claim}\n\n> Good morning,\n> Please find attached the report. My ${idLabel} is `, id, '.\n> Kindly pay into my ', bank, ' account ', L('BANK_ACCOUNT', acct.value, acct.check), '.\n> Thanks,\n> ', who);
}
function insNote() {
  const c = pick(INS.slice(0, 3)), who = person(c.n), [idLabel, id] = nationalId(c.r, 1);
  const brand = pick(['visa', 'mastercard']), pan = card(brand);
  return rec('insurance-agent-note', `Hi ${first(who)},\n\nYour ${pick(['household', 'motor', 'funeral'])} policy premium is now up to date and cover is active from ${dateStr()}.\n\n`,
    `[INTERNAL - do not send] caller verified: ${idLabel} `, id, `, security answer (first school): `, L('CREDENTIAL', pick(['Mabvuku Primary', 'Sekolo sa Thuto', 'St Marys', 'Olympus Primary', 'Moi Avenue'])),
    `; premium card on file `, L('CARD_NUMBER', fmtCard(pan), 'card:' + brand), ' exp ', L('CARD_EXPIRY', expiry()), ` - debit order moved to the ${int(1, 28)}th. [/INTERNAL]\n\n`,
    `If you have any questions, reply to this e-mail.\n\nRegards,\n${person(c.n)}\n${c.co}`);
}
function insBullets() {
  const who = person('ke'), claim = `KGI/MTR/${digits(5)}/${int(2024, 2026)}`;
  return rec('insurance-bulleted-summary', `Dear ${first(who)},\n\nHere is a summary of your motor claim ${claim}:\n\n`,
    `- Policy number: KGI-POL-${num(8)}\n- Insured: ${who}\n- National ID No.: `, L('NATIONAL_ID', String(int(2, 3)) + digits(7)), `\n- KRA PIN: `, L('NATIONAL_ID', kePin('A')),
    `\n- Vehicle: KC${chars(1, UP)} ${digits(3)}${chars(1, UP)}, Toyota Fielder\n- Garage quote: KSh ${int(40, 190)},${digits(3)}\n- Payout via M-Pesa to: `, L('PHONE_NUMBER', phone('KE', pick(['nat', 'intl'])), 'phone:KE'),
    `\n- Status: approved on ${dateStr()}\n\nThe garage will call you to book the repair.`, sig(person('ke'), INS[2].co, 'KE', INS[2].dom));
}
function insSolicit() {
  const c = pick(INS), who = person(c.n);
  const ask = pick([`please reply to this e-mail with the one-time PIN we sent to your phone and your online banking password`, `kindly send us your full card number, expiry date and the CVV on the back so that we can refund the duplicate premium`, `please confirm your identity by replying with the OTP you received and your mobile money PIN`]);
  return rec('insurance-solicitation', `Dear ${first(who)},\n\nWe are ready to release your claim payment of ${money(c.cur)}. Before we can do this, `, L('SOLICITATION', ask), `.\n\nThis must be done within 48 hours or the claim will be returned to the queue.`, sig(person(c.n), c.co, c.r, c.dom));
}
function insNigeria() {
  const who = person('ng'), b = pick(Object.keys(NG_BANKS));
  return rec('insurance-ng-payout', `Hello ${first(who)},\n\nYour hospital cash claim has been approved. We have recorded the following details for the transfer:\n\n`,
    `Name: ${who}\nNIN: `, L('NATIONAL_ID', nin(), 'nin'), `\nBVN: `, L('NATIONAL_ID', obf(pick(['dots', 'nbsp', 'zw']), bvn().replace(/(\d{4})(\d{4})(\d{3})/, '$1 $2 $3'))), `\nBank: ${NG_BANKS[b]}\nAccount number (NUBAN): `, L('BANK_ACCOUNT', nuban(b), 'nuban:' + b),
    `\nAmount: NGN ${int(50, 900)},000.00\n\nPlease allow 24 hours for the credit to reflect.`, sig(person('ng'), INS[3].co, 'NG', INS[3].dom, { style: 'nat' }));
}
function insIban() {
  const cc = pick(['DE', 'FR', 'NL', 'IE', 'ES', 'BE', 'PT', 'AT']), { printed, bic } = iban(cc), who = person(pick(['gb', 'fr', 'pt', 'es']));
  return rec('insurance-travel-iban', `Dear ${who},\n\nYour travel insurance claim for the cancelled trip has been settled at EUR ${int(200, 3000)}.${digits(2)}. We will send the money by SEPA transfer to:\n\n`,
    `IBAN: `, L('IBAN', printed, 'iban'), `\nBIC: `, L('SWIFT_BIC', bic), `\nReference: HLT-${num(7)}\n\nPayments normally arrive in 2-3 business days.`, sig(person('gb'), INS[4].co, 'GB', INS[4].dom, { style: 'nat' }));
}
function insCard() {
  const c = pick(INS), who = person(c.n), brand = pick(['visa', 'mastercard', 'amex']), pan = card(brand), k = pick(OBF);
  return rec('insurance-premium-card', `Hi ${first(who)},\n\nThe premium collection failed on ${dateStr()}. I have tried again with the card you gave on the phone:\n`,
    `Card: `, L('CARD_NUMBER', obf(k, fmtCard(pan)), 'card:' + brand), `\nExpiry: `, L('CARD_EXPIRY', expiry()), `\nCVV: `, L('CARD_CVV', brand === 'amex' ? digits(4) : digits(3)),
    `\n\nThe bank declined it again (code 51). Please check with your bank or choose another payment method in the app.`, sig(person(c.n), c.co, c.r, c.dom));
}
const INS_POS = [insQuoted, insNote, insBullets, insSolicit, insNigeria, insIban, insCard];

function insNeg(i) {
  const c = pick(INS), who = person(c.n), claim = `${c.r}-CLM-${int(2024, 2026)}-${digits(6)}`;
  const t = [
    () => [`Dear ${first(who)},\n\nWe have received your claim ${claim} on ${dateStr()} at ${timeStr()}. An assessor will contact you within 48 hours.\n\nPolicy number: POL-${c.r}-${num(8)}\nSum insured: ${money(c.cur)}\nExcess: ${c.cur} ${int(100, 900)}.00\n\n`,
      `Please note: ${c.co} will never ask for your PIN, password or one-time code by e-mail, SMS or phone. If someone does, do not share it.\n\n${c.co} Claims`],
    () => [`Hello ${first(who)},\n\nYour claim ${claim} was paid on ${dateStr()} to your account ending in ${digits(4)}. Transaction reference: FT${digits(2)}${chars(3, UP)}${num(7)}.\n`,
      `The amount of ${money(c.cur)} may take up to three working days to reflect.\n\nRegards,\n${c.co}`],
    () => [`Dear ${first(who)},\n\nThe assessor inspected the vehicle (VIN ${chars(3, UP)}${digits(2)}${chars(3, UP)}${num(9)}) on ${dateStr()}. Repair authorisation number: AUTH-${num(7)}.\n`,
      `Your claim reference is ${claim}; the related order at the panel beater is `, N(luhnOrder(), 'luhn'), `. Labour: ${money(c.cur)}. Parts: ${money(c.cur)}.\n\nKind regards,\nMotor Claims Team`],
    () => [`Good day ${first(who)},\n\nFor your records: ${c.co} is an authorised financial services provider (FSP ${digits(5)}), company registration ${int(1990, 2015)}/${digits(6)}/06, VAT number 4${num(9)}.\n`,
      `Your renewal notice for policy HH-${num(7)} is attached (PDF, 212 KB, SHA-256 ${chars(64, '0123456789abcdef')}). The new premium from ${dateStr()} is ${c.cur} ${int(20, 400)}.${digits(2)} per month.\n\nRegards,\nRenewals`],
  ];
  return rec('insurance-negative', t[i % t.length]());
}

// ---------- healthcare billing
function hcUS() {
  const who = person('us'), brand = pick(['visa', 'mastercard', 'discover']), pan = card(brand);
  return rec('healthcare-us-statement', `Hi ${first(who)},\n\nThanks for calling about statement #${num(8)} (date of service ${dateStr()}). I set up the payment plan: $${int(40, 300)}.00 per month for ${int(3, 12)} months.\n\n`,
    `For our records: patient SSN `, L('NATIONAL_ID', ssn(), 'ssn'), `, card `, L('CARD_NUMBER', obf(pick(['dash', 'dspace', 'nbsp', '']), fmtCard(pan)), 'card:' + brand), ` exp `, L('CARD_EXPIRY', expiry()),
    `.\nInsurance member ID: W${num(9)} (group ${digits(6)}).\n`, sig(person('us'), 'Lakeview Medical Group - Patient Billing', 'US', 'lakeviewmed.org', { style: 'nat' }));
}
function hcAch() {
  const who = person('us');
  return rec('healthcare-markdown-invoice', `Hello ${first(who)},\n\nBelow is the itemised bill you asked for:\n\n| CPT | Description | Date | Amount |\n|---|---|---|---|\n| 99214 | Office visit, est. patient | ${dateStr()} | $${int(120, 260)}.00 |\n| 80053 | Comprehensive metabolic panel | ${dateStr()} | $${int(20, 90)}.00 |\n| 36415 | Venipuncture | ${dateStr()} | $${int(5, 20)}.00 |\n\n`,
    `Your refund of the overpayment will go by ACH to routing number `, L('ROUTING_NUMBER', aba(), 'aba'), `, checking account `, L('BANK_ACCOUNT', digits(int(9, 12))), `.\n`, sig(person('us'), 'Lakeview Medical Group', 'US', 'lakeviewmed.org', { box: 'billing' }));
}
function hcIndia() {
  const who = person('in');
  return rec('healthcare-india-cashless', `Dear ${who},\n\nYour cashless pre-authorisation for admission on ${dateStr()} has been submitted to the TPA. Details we sent:\n`,
    `* Aadhaar: `, L('NATIONAL_ID', pick([(a) => a, (a) => obf('nl', a), (a) => obf('fw', a)])(aadhaar()), 'aadhaar'), `\n* PAN: `, L('NATIONAL_ID', panIn(who.split(' ')[1])), `\n* Policy: HLT/${num(10)}\n* Estimated amount: INR ${int(50, 400)},${digits(3)}\n\n`,
    `The TPA usually replies within 6 hours.`, sig(person('in'), 'Sahyadri Hospitals - Insurance Desk', 'IN', 'sahyadri-care.in', { style: 'intl' }));
}
function hcUK() {
  const who = person('gb'), [sc, ac] = pick(UK_PAIRS);
  return rec('healthcare-uk-refund', `Dear ${who},\n\nWe are refunding the private physiotherapy invoice INV-${digits(6)} because your insurer has now paid it.\n\n`,
    `Refund to: ${who}, `, L('BANK_ACCOUNT', `${sc} ${ac}`), `\nNational Insurance number on the claim form: `, L('NATIONAL_ID', nino(), 'nino'),
    `\n\nIf this is not correct, reply before ${dateStr()}.`, sig(person('gb'), 'Northgate Physio Clinic', 'GB', 'northgatephysio.co.uk', { style: 'nat', kind: 2 }));
}
function hcCanada() {
  const who = person(pick(['us', 'fr']));
  return rec('healthcare-ca-receipt', `Hello ${who},\n\nAttached is the official receipt for your dental treatment for your tax return. As requested we printed your SIN on it: `, L('NATIONAL_ID', pick([(s) => s, (s) => obf('zw', s)])(sin()), 'sin'),
    `.\nTotal paid: CAD ${int(200, 1900)}.${digits(2)}\n\nKind regards,\nMaple Dental Billing\n`, L('EMAIL_ADDRESS', 'receipts@mapledental.ca', 'email'));
}
function hcSolicit() {
  const c = pick([['Avenues Medical Billing', 'avenuesbilling.co.zw', 'ZW'], ['Greenacres Health', 'greenacreshealth.co.za', 'ZA'], ['Lakeview Medical Group', 'lakeviewmed.org', 'US']]);
  const ask = pick(['reply with the full 16-digit card number and the 3-digit security code on the back', 'send us your medical aid portal password so we can download the remittance ourselves', 'read back the one-time code that your bank sends you when we call']);
  return rec('healthcare-solicitation', `Dear patient,\n\nYour co-payment of ${pick(['US$', 'R', '$'])}${int(20, 400)}.00 for account ${num(7)} is still outstanding. To settle it quickly, please `, L('SOLICITATION', ask), `.\n\nThank you for choosing us.`, sig(person(c[2] === 'US' ? 'us' : c[2] === 'ZA' ? 'za' : 'zw'), c[0], c[2], c[1]));
}
const HC_POS = [hcUS, hcAch, hcIndia, hcUK, hcCanada, hcSolicit];

function hcNeg(i) {
  const t = [
    () => `Hello,\n\nYour claim for dates of service ${dateStr()} to ${dateStr()} was processed. Diagnosis codes J45.909 and E11.9, procedure 99213. Allowed amount $${int(80, 200)}.${digits(2)}; you owe $${int(10, 60)}.00.\nClaim ID: ${chars(2, UP)}${num(11)}\nEOB generated ${dateStr()} ${timeStr()}.\n\nPatient Billing`,
    () => `Dear member,\n\nYour medical aid membership number ${num(9)} is active. Authorisation ${num(8)} for the MRI on ${dateStr()} at ${timeStr()} has been approved. Please bring your membership card.\n\nWe will never ask for your PIN or your portal password. To reset your password, open the portal, choose "Forgot password" and follow the link we e-mail you.\n\nMember Services`,
    () => `Hi,\n\nWe received your payment of R ${int(200, 9000)},${digits(2)} on ${dateStr()} from the Mastercard ending ${digits(4)} (shown on the receipt as **** **** **** ${digits(4)}). Receipt number ${luhnOrder()}.\nBalance now: R 0,00.\n\nAccounts Department`,
    () => `Good afternoon,\n\nThe lab result upload failed with error E-${digits(4)} (request id ${chars(8, '0123456789abcdef')}-${chars(4, '0123456789abcdef')}). Our system version is 4.${int(1, 20)}.${int(0, 9)} and the server 10.${int(0, 255)}.${int(0, 255)}.${int(1, 254)} was restarted at ${timeStr()}.\nPlease try again after ${dateStr()}.\n\nIT Helpdesk`,
  ];
  return rec('healthcare-negative', t[i % t.length]());
}

export const insurance = { pos: (i) => INS_POS[i % INS_POS.length](), neg: insNeg };
export const healthcare = { pos: (i) => HC_POS[i % HC_POS.length](), neg: hcNeg };
