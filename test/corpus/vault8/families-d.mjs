// Families D: government services and utilities (meter numbers, prepaid tokens).
import { L, num, rec, pick, int, digits, chars, UP, card, fmtCard, expiry, obf, OBF, zwId, zaId, kePin, nin, ssn, sin, aadhaar, panIn, nino, aba, phone, email, person, sig, dateStr, timeStr, pinN, password, group, mrz } from './lib.mjs';
import { bankAcct } from './families-a.mjs';

const first = (name) => name.split(' ')[0];
const tel = (r, style) => L('PHONE_NUMBER', phone(r, style || pick(['nat', 'intl'])), 'phone:' + r);

function govZw() {
  const who = person('zw'), st = int(0, 3);
  return rec('gov-zw-registry', `Mangwanani ${first(who)},\n\nYour application for a replacement national ID card (reference RG/${digits(6)}/${int(2024, 2026)}) has been processed at the ${pick(['Harare', 'Bulawayo', 'Gweru', 'Mutare'])} office.\n\n`,
    `ID number on the new card: `, L('NATIONAL_ID', st === 3 ? obf(pick(['nbsp', 'zw']), zwId(0)) : zwId(st), 'zw'),
    `\nCollection: from ${dateStr()}, Monday to Friday 08:00-15:30. Bring the old ID's police report.\n\nFor queries call `, tel('ZW', 'nat'), ` or write to `, L('EMAIL_ADDRESS', 'idcards@registry-services.gov.zw', 'email'), `.`);
}
function govSa() {
  const who = person('za');
  return rec('gov-za-efiling', `Dear ${who},\n\nYour tax e-filing profile has been re-linked to your identity number `, L('NATIONAL_ID', pick([(v) => v, (v) => group(v, [6, 4, 3]), (v) => obf('fw', group(v, [6, 4, 3]))])(zaId()), 'za'),
    `.\nWe have issued a once-off login: username ${first(who).toLowerCase()}${digits(3)}, temporary password `, L('CREDENTIAL', password()), `.\nPlease change it after logging in. Your ${int(2024, 2025)} return is due by ${dateStr()}.\n`, sig(person('za'), 'Revenue Contact Centre', 'ZA', 'revenue-contact.gov.za', { kind: 2, style: 'nat' }));
}
function govUs() {
  const who = person('us');
  return rec('gov-us-benefits', `Hello ${who},\n\nWe updated your direct deposit for monthly benefits starting ${dateStr()}:\n\n`,
    `SSN: `, L('NATIONAL_ID', pick([(v) => v, (v) => v.replace(/-/g, ' '), (v) => obf('zwin', v)])(ssn()), 'ssn'), `\nRouting number: `, L('ROUTING_NUMBER', aba(), 'aba'), `\nAccount number: `, L('BANK_ACCOUNT', digits(int(8, 12))), `\nAccount type: checking\n\n`,
    `If you did not request this change, call us right away at `, tel('US', 'nat'), `.`);
}
function govKe() {
  const who = person('ke');
  return rec('gov-ke-ecitizen', `Dear ${who},\n\nYour good conduct certificate application has been received. Details on file:\n\n- ID number: `, L('NATIONAL_ID', String(int(2, 3)) + digits(7)), `\n- KRA PIN: `, L('NATIONAL_ID', kePin('A')), `\n- Phone: `, tel('KE'),
    `\n- Invoice: ECZ${chars(4, UP)}${digits(3)} (KES 1,050 paid)\n\nFingerprints: visit any Huduma Centre before ${dateStr()}.\n\nCitizen Services`);
}
function govNg() {
  const who = person('ng'), v = nin();
  return rec('gov-ng-nin', `Dear ${first(who)},\n\nYour NIN modification request (date of birth correction) was approved on ${dateStr()}. Your National Identification Number remains `, L('NATIONAL_ID', pick([v, group(v, [4, 3, 4]), obf('html', group(v, [4, 3, 4]))]), 'nin'),
    `. The new slip can be printed from the self-service portal.\n`, sig(person('ng'), 'Identity Enrolment Support', 'NG', 'identity-support.gov.ng', { style: 'nat' }));
}
function govIn() {
  const who = person('in');
  return rec('gov-in-aadhaar', `Dear ${who},\n\nYour address update request URN ${num(4)}/${num(5)}/${num(5)} is complete. Aadhaar `, L('NATIONAL_ID', aadhaar(), 'aadhaar'), ` now shows the new address.\n`,
    `Your PAN `, L('NATIONAL_ID', panIn(who.split(' ')[1])), ` has been linked successfully. Registered mobile: `, tel('IN', 'intl'), `\n\nRegards,\nResident Services`);
}
function govUkCa() {
  if (int(0, 1)) {
    const who = person('gb');
    return rec('gov-uk-nino', `Dear ${who},\n\nThank you for your letter of ${dateStr()}. Your National Insurance number is `, L('NATIONAL_ID', pick([(v) => v, (v) => v.replace(/ /g, ''), (v) => obf('nl', v)])(nino()), 'nino'),
      `. Please quote it whenever you contact us.\n\nYours sincerely,\nContributions Office\n`, L('PHONE_NUMBER', phone('GB', 'nat', 2), 'phone:GB'));
  }
  const who = person('fr');
  return rec('gov-ca-sin', `Bonjour ${who},\n\nVotre demande a bien été traitée. Votre numéro d'assurance sociale (NAS) est `, L('NATIONAL_ID', sin(), 'sin'), `. Conservez-le en lieu sûr.\n\nService Citoyen\n`, L('EMAIL_ADDRESS', 'nas-sin@citizen-services.gc.ca', 'email'));
}
function govPassport() {
  const c = pick([['ZWE', 'zw', () => pick(['FN', 'DN']) + digits(6)], ['ZAF', 'za', () => 'A' + digits(8)], ['NGA', 'ng', () => 'B' + digits(8)]]), who = person(c[1]);
  if (int(0, 1)) {
    const [g, ...s] = who.split(' '), m = mrz(c[0], s.join(' '), g);
    return rec('gov-passport-mrz', `Dear ${g},\n\nYour passport is ready for collection. Please check the machine-readable zone we printed:\n\n`, L('PASSPORT_NUMBER', `${m.l1}\n${m.l2}`, 'mrz'), `\n\nIf anything is wrong, do not collect it and reply to this e-mail.\n\nPassport Office`);
  }
  return rec('gov-passport-status', `Dear ${who},\n\nYour passport application ${chars(2, UP)}${num(9)} is complete. New passport number: `, L('PASSPORT_NUMBER', c[2]()), `, valid until ${int(2034, 2036)}.\nCollect it at the office where you applied, from ${dateStr()}.\n\nPassport Office`);
}
function govSolicit() {
  const r = pick([['KE', 'ke', 'eCitizen'], ['ZA', 'za', 'eFiling'], ['ZW', 'zw', 'ePassport'], ['NG', 'ng', 'NIMC']]);
  const ask = pick([`send us your ${r[2]} password and the OTP that was sent to your phone`, `reply with the PIN you use to log in to ${r[2]} so that we can complete the application for you`, `forward the 6-digit verification code you will receive shortly`]);
  return rec('gov-solicitation', `Dear applicant,\n\nYour ${r[2]} application is stuck at the payment step. To help you, please `, L('SOLICITATION', ask), `.\n\nCitizen Help Desk\n`, tel(r[0], 'nat'));
}
const GOV_POS = [govZw, govSa, govUs, govKe, govNg, govIn, govUkCa, govPassport, govSolicit];

function govNeg(i) {
  const t = [
    () => `Dear applicant,\n\nYour appointment for biometric enrolment is on ${dateStr()} at ${timeStr()} (application ${chars(3, UP)}-${num(8)}). Fee paid: ${pick(['US$30.00', 'KES 1,000', 'R 140,00', 'NGN 15,000'])}.\nBring your birth certificate and two photographs. Arrive 15 minutes early.\n\nCitizen Services`,
    () => `Good day,\n\nWe will never ask you for your PIN, password or OTP. Officials will never phone you to "fast-track" an application for a fee. If in doubt, visit the office in person. (Notice ${chars(2, UP)}-${digits(5)})\n\nKe ke ra o kopa PIN ya hao. Hatutawahi kukuomba PIN yako. Asisoze sikucele i-PIN yakho.\n\nIntegrity Unit`,
    () => `Hello,\n\nThe company ${pick(['Kariba Logistics', 'Umoja Traders', 'Sunset Farming'])} is registered under number ${pick([`${int(2000, 2024)}/${digits(6)}/07`, `PVT-${chars(6, UP + '0123456789')}`, `RC ${num(7)}`, `${num(8)}`])}. Its VAT number is ${pick([`4${num(9)}`, `GB ${digits(3)} ${digits(4)} ${digits(2)}`, `P05${num(7)}${chars(1, UP)}`])}. The annual return for ${int(2023, 2025)} was filed on ${dateStr()}.\n\nBusiness Registry`,
    () => `Dear ${first(person('za'))},\n\nWe verified your identity with the ID ending ***${digits(3)}. Your grant of R ${int(350, 2200)},00 will be paid on ${dateStr()}. Reference SASG-${num(10)}.\nTo update your bank details, visit an office with your ID; we do not accept bank changes by e-mail.\n\nGrants Office`,
  ];
  return rec('gov-negative', t[i % t.length]());
}

// ---------- utilities
const UT = [
  { co: 'Kariba Power Distribution', dom: 'karibapower.co.zw', r: 'ZW', n: 'zw', cur: 'ZiG' },
  { co: 'Highveld Electricity', dom: 'highveld-elec.co.za', r: 'ZA', n: 'za', cur: 'R' },
  { co: 'Tana Power & Lighting', dom: 'tanapower.co.ke', r: 'KE', n: 'ke', cur: 'KSh' },
  { co: 'Lagoon Electric', dom: 'lagoonelectric.ng', r: 'NG', n: 'ng', cur: 'NGN' },
];
const meter = () => pick(['1', '3', '4', '6']) + digits(10);
const token = () => group(digits(20), [4, 4, 4, 4, 4], pick([' ', '-']));

function utToken() {
  const u = pick(UT), who = person(u.n), b = pick(['visa', 'mastercard', 'verve']), pan = card(b);
  return rec('utility-token-card', `Hi ${first(who)},\n\nSorry about the failed purchase. The payment has now gone through and your token is below.\n\nMeter number: ${meter()}\nToken: ${token()}\nUnits: ${int(20, 400)}.${digits(1)} kWh\nAmount: ${u.cur} ${int(50, 900)}.00\n`,
    `Paid with card `, L('CARD_NUMBER', obf(pick(OBF), fmtCard(pan)), 'card:' + b), ` (exp `, L('CARD_EXPIRY', expiry()), `)\n`, sig(person(u.n), u.co, u.r, u.dom));
}
function utDebit() {
  const u = pick(UT.slice(0, 3)), who = person(u.n), [bank, acct] = bankAcct(u.r);
  return rec('utility-debit-order', `Dear ${who},\n\nYour debit order for electricity account ${num(10)} is set up from ${dateStr()}.\n\nBank: ${bank}\nAccount number: `, acct, `\nAccount holder ID: `,
    u.r === 'ZA' ? L('NATIONAL_ID', zaId(), 'za') : u.r === 'ZW' ? L('NATIONAL_ID', zwId(int(0, 3)), 'zw') : L('NATIONAL_ID', String(int(2, 3)) + digits(7)), `\nDebit day: ${int(1, 28)}\n`, sig(person(u.n), `${u.co} Billing`, u.r, u.dom, { box: 'billing' }));
}
function utPortal() {
  const u = pick(UT), who = person(u.n);
  return rec('utility-portal-login', `Hello ${first(who)},\n\nYour self-service account has been created so you can see your meter history and buy tokens online.\n\nUsername: `, L('EMAIL_ADDRESS', email(who), 'email'), `\nPassword: `, L('CREDENTIAL', password()),
    `\nApp PIN: `, L('CREDENTIAL', pinN(pick([4, 5]))), `\n\nMeter ${meter()} is linked to the profile.\n\n${u.co}`);
}
function utSolicit() {
  const u = pick(UT), who = person(u.n);
  return rec('utility-solicitation', `Dear ${first(who)},\n\nTo finish linking your bank card to the prepaid meter, please `, L('SOLICITATION', pick(['reply with the card number and the CVV on the back', 'send us the one-time code your bank sends you when we try the test debit', 'tell us your internet banking password so we can load the beneficiary for you'])),
    `. The meter will be blocked for online purchases until then.\n\n${u.co}\n`, tel(u.r));
}
const UT_POS = [utToken, utDebit, utPortal, utSolicit];

function utNeg(i) {
  const u = pick(UT), who = person(u.n);
  const t = [
    () => `Hi ${first(who)},\n\nHere is your token again:\n\nMeter: ${meter()}\nToken: ${token()}\n${int(20, 400)}.${digits(1)} kWh, ${u.cur} ${int(50, 900)}.00, receipt ${num(12)}, ${dateStr()} ${timeStr()}\n\nEnter the 20 digits on the meter keypad and press Enter.\n\n${u.co}`,
    () => `Dear customer,\n\nAfter the tariff change your meter needs two key change tokens. Enter them in this order:\n1. ${token()}\n2. ${token()}\nThen enter your normal token ${token()}.\nMeter number ${meter()}, supply group code ${digits(6)}, tariff index 0${int(1, 9)}.\n\n${u.co}`,
    () => `Hello,\n\nLoad-shedding schedule for your area (block ${int(1, 16)}) on ${dateStr()}:\n- 06:00 - 08:30\n- 14:00 - 16:30\n- 22:00 - 00:30\nStage ${int(1, 6)} applies until further notice.\n\n${u.co} Control Room`,
    () => `Dear ${first(who)},\n\n| Band | kWh | Price per kWh |\n|---|---|---|\n| Lifeline | 0 - 50 | ${u.cur} ${int(1, 9)}.${digits(2)} |\n| Standard | 51 - 300 | ${u.cur} ${int(10, 19)}.${digits(2)} |\n| High | 301+ | ${u.cur} ${int(20, 29)}.${digits(2)} |\n\nPrices include VAT and take effect on ${dateStr()}.\n\n${u.co}`,
    () => `Hi,\n\nYour smart meter (serial ${chars(3, UP)}${num(9)}, firmware v${int(2, 5)}.${int(0, 12)}.${int(0, 30)}) last reported at ${timeStr()} from gateway 10.${int(0, 255)}.${int(0, 255)}.${int(1, 254)}. Reading: ${digits(5)}.${digits(1)} kWh. Electricity account ref ${num(10)}.\n\n${u.co} Metering`,
    () => `Dear ${first(who)},\n\nYour water meter ${chars(2, UP)}${num(8)} was read on ${dateStr()}: ${digits(4)} kl (previous ${digits(4)} kl). Amount due ${u.cur} ${int(100, 2000)}.${digits(2)} by ${dateStr()}. Pay at any bank using reference ${num(9)}.\n\nWe never ask for your PIN or card details by SMS.\n\nWater Services`,
  ];
  return rec('utility-negative', t[i % t.length]());
}

export const government = { pos: (i) => GOV_POS[i % GOV_POS.length](), neg: govNeg };
export const utility = { pos: (i) => UT_POS[i % UT_POS.length](), neg: utNeg };
