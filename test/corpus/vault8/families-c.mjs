// Families C: e-commerce returns, airlines, hotels.
import { L, num, N, rec, pick, int, digits, chars, UP, card, fmtCard, expiry, obf, OBF, iban, phone, email, person, sig, dateStr, timeStr, pinN, password, luhnOrder, mrz } from './lib.mjs';

const first = (name) => name.split(' ')[0];
const SHOPS = [
  { co: 'Baobab Mall Online', dom: 'baobabmall.co.za', r: 'ZA', n: 'za', cur: 'R' },
  { co: 'Jumba Deals', dom: 'jumbadeals.co.ke', r: 'KE', n: 'ke', cur: 'KSh' },
  { co: 'Kudu Outdoor', dom: 'kuduoutdoor.co.uk', r: 'GB', n: 'gb', cur: 'GBP' },
  { co: 'Eko Marketplace', dom: 'ekomarket.ng', r: 'NG', n: 'ng', cur: 'NGN' },
];
const CARDS = ['visa', 'mastercard', 'amex', 'discover', 'diners', 'jcb', 'unionpay', 'verve'];
const ups = () => '1Z' + chars(6, UP + '0123456789') + pick(['01', '02', '03']) + digits(8);
const mod10w = (b, w) => b + (10 - ([...b].reverse().reduce((t, c, k) => t + +c * (k % 2 ? w[1] : w[0]), 0) % 10)) % 10;
const usps = () => mod10w('9400' + digits(17), [3, 1]);
const ean = (p) => mod10w(p + digits(12 - p.length), [3, 1]);
const cvvFor = (b) => (b === 'amex' ? digits(4) : digits(3));

function ecRefundCard() {
  const s = pick(SHOPS), who = person(s.n), b = pick(CARDS), pan = card(b);
  return rec('ecommerce-return-refund', `Hi ${first(who)},\n\nWe received the returned ${pick(['hiking boots', 'blender', 'smartwatch', 'school bag'])} (order `, N(luhnOrder(), 'luhn'), `) at our warehouse on ${dateStr()}.\n`,
    `The refund of ${s.cur} ${int(100, 4000)}.${digits(2)} has been sent to the card you paid with, `, L('CARD_NUMBER', obf(pick(OBF), fmtCard(pan)), 'card:' + b), ` (expiry `, L('CARD_EXPIRY', expiry()), `).\nIt may take 5-10 business days to appear on your statement.\n`,
    sig(person(s.n), `${s.co} Returns`, s.r, s.dom, { box: 'returns' }));
}
function ecQuoted() {
  const s = pick(SHOPS), who = person(s.n), b = pick(CARDS), pan = card(b), mail = email(who);
  return rec('ecommerce-quoted-card', `Hello ${first(who)},\n\nThank you for your patience. The double charge on ${dateStr()} was a bank authorisation hold and it has now been released. You do not need to do anything.\n\nBest wishes,\n${person(s.n)}\n${s.co}\n\n`,
    `On ${dateStr()} at ${timeStr()}, ${who} <`, L('EMAIL_ADDRESS', mail, 'email'), `> wrote:\n> You charged me twice!!! My card is `, L('CARD_NUMBER', fmtCard(pan, pick([' ', '-', ''])), 'card:' + b),
    `\n> exp `, L('CARD_EXPIRY', expiry()), ` cvv `, L('CARD_CVV', cvvFor(b)), `\n> Please fix this today.\n> ${first(who)}`);
}
function ecIban() {
  const cc = pick(['DE', 'NL', 'FR', 'BE', 'AT', 'ES', 'IE']), { printed, bic, iban: raw } = iban(cc), who = person(pick(['fr', 'es', 'gb']));
  const shown = pick([printed, raw, printed.toLowerCase()]);
  return rec('ecommerce-iban-refund', `Dear ${who},\n\nBecause the original payment was by bank transfer, we will refund your return (RMA-${digits(6)}) to the account you provided:\n\n- Account holder: ${who}\n- IBAN: `, L('IBAN', shown, 'iban'), `\n- BIC/SWIFT: `, L('SWIFT_BIC', bic),
    `\n- Amount: EUR ${int(20, 900)},${digits(2)}\n\nYou will receive a confirmation e-mail when the transfer leaves our bank.`, sig(person('gb'), 'Kudu Outdoor EU Returns', 'GB', 'kuduoutdoor.co.uk', { style: 'intl' }));
}
function ecSolicit() {
  const s = pick(SHOPS), who = person(s.n);
  const ask = pick(['reply with the full card number you used for the order and its CVV', 'send us the long number on the front of your card and the three digits on the back', 'confirm the one-time password your bank sent when you paid, and your account password']);
  return rec('ecommerce-solicitation', `Hi ${first(who)},\n\nWe could not match your refund to a payment. To find the transaction, please `, L('SOLICITATION', ask), `. Once we have it, the refund goes out the same day.\n\nThanks,\n${person(s.n)}\n${s.co} Customer Care`);
}
function ecCourier() {
  const s = pick(SHOPS), who = person(s.n);
  return rec('ecommerce-courier-summary', `Hi ${first(who)},\n\nYour collection is booked. Summary for the courier:\n\n* Collection date: ${dateStr()}, between 08:00 and 17:00\n* Contact: ${who}\n* Mobile: `, L('PHONE_NUMBER', phone(s.r, pick(['nat', 'intl'])), 'phone:' + s.r),
    `\n* E-mail: `, L('EMAIL_ADDRESS', email(who), 'email'), `\n* Waybill: ${pick([ups(), 'JD0146' + digits(14)])}\n* Parcels: 1 (${int(1, 9)}.${digits(1)} kg)\n\nPlease have the item packed in its original box.\n\n${s.co}`);
}
function ecTempPw() {
  const s = pick(SHOPS), who = person(s.n);
  return rec('ecommerce-temp-password', `Hello ${first(who)},\n\nI have unlocked your ${s.co} account. Sign in with the e-mail `, L('EMAIL_ADDRESS', email(who), 'email'), ` and this temporary password: `, L('CREDENTIAL', password()),
    `\nYou will be asked to choose a new one. Your open orders and wishlist are unchanged.\n\nCheers,\n${person(s.n)}`);
}
const EC_POS = [ecRefundCard, ecQuoted, ecIban, ecSolicit, ecCourier, ecTempPw];

function ecNeg(i) {
  const s = pick(SHOPS), who = person(s.n);
  const t = [
    () => [`Hi ${first(who)},\n\nYour return label is attached. Tracking numbers:\n- UPS: ${ups()}\n- USPS: ${usps()}\n- DHL Express waybill: ${num(10)}\n\nReturn authorisation RA-${num(7)} expires on ${dateStr()}.\n\n${s.co} Returns`],
    () => [`Hi ${first(who)},\n\nThanks for your order `, N(luhnOrder(), 'luhn'), ` placed on ${dateStr()} at ${timeStr()}.\nPaid with Visa •••• ${digits(4)}. Total ${s.cur} ${int(100, 9000)}.${digits(2)} including VAT.\nEstimated delivery: ${dateStr()}.\n\n${s.co}`],
    () => [`Hello,\n\nTo reset your password, click "Forgot password?" on the sign-in page and enter the e-mail address on your account. We will send a link that is valid for ${pick([15, 30, 60])} minutes (ticket ${digits(6)}). Choose a password of at least 12 characters.\nWe will never ask you to send your password, PIN or OTP to us by e-mail or chat.\n\n${s.co} Support`],
    () => [`Dear customer,\n\nTax invoice (${SHOPS[0].co}) INV-${int(2024, 2026)}-${digits(6)}\nBaobab Retail (Pty) Ltd, registration ${int(2005, 2020)}/${digits(6)}/07, VAT 4${num(9)}\n\nSKU ${chars(3, UP)}-${digits(5)} EAN ${ean('600')} qty 2 @ R ${int(10, 999)}.00\nSubtotal R ${int(100, 2000)}.00, VAT 15%\n\nThank you for shopping with us.`],
    () => [`Hi ${first(who)},\n\nGood news - your coupon SAVE${int(10, 30)} worked and you paid ${s.cur} ${int(100, 900)}.${digits(2)} instead of ${s.cur} ${int(1000, 1900)}.${digits(2)}. The refund for the missing item (${int(1, 4)} x phone case) was approved on ${dateStr()}; reference RF-${chars(2, UP)}${num(8)}.\n\n${s.co}`],
  ];
  return rec('ecommerce-negative', t[i % t.length]());
}

// ---------- airlines
const AIR = [
  { co: 'Zambezi Skyways', dom: 'zambeziskyways.co.zw', r: 'ZW', n: 'zw', st: 'ZWE', pp: () => pick(['FN', 'DN']) + digits(6) },
  { co: 'Springbok Air', dom: 'springbokair.co.za', r: 'ZA', n: 'za', st: 'ZAF', pp: () => pick(['A', 'M', 'T']) + digits(8) },
  { co: 'Rift Valley Airways', dom: 'riftair.co.ke', r: 'KE', n: 'ke', st: 'KEN', pp: () => 'AK' + digits(7) },
  { co: 'Niger Coast Air', dom: 'nigercoastair.ng', r: 'NG', n: 'ng', st: 'NGA', pp: () => 'A' + digits(8) },
];
const pnr = () => chars(6, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789');
const tkt = () => pick(['176', '706', '235', '157']) + '-' + digits(10);

function airPassport() {
  const a = pick(AIR), who = person(a.n);
  return rec('airline-apis-passport', `Dear ${who},\n\nWe have updated the advance passenger information for booking ${pnr()} (flight ${chars(2, UP)}${int(100, 999)} on ${dateStr()}):\n\n`,
    `Passenger: ${who.toUpperCase()}\nPassport number: `, L('PASSPORT_NUMBER', a.pp()), `\nNationality: ${a.st}\nDate of birth: ${int(1, 28)} ${pick(['Jan', 'Mar', 'Jun', 'Aug', 'Oct', 'Dec'])} ${int(1955, 2005)}\nE-ticket: ${tkt()}\nContact phone: `, L('PHONE_NUMBER', phone(a.r, 'intl'), 'phone:' + a.r),
    `\n\nPlease check the details; a mismatch may mean you are refused boarding.`, sig(person(a.n), `${a.co} Reservations`, a.r, a.dom, { box: 'reservations' }));
}
function airMrz() {
  const a = pick(AIR), who = person(a.n), [g, ...sur] = who.split(' '), m = mrz(a.st, sur.join(' '), g);
  return rec('airline-mrz-scan', `Hello ${g},\n\nThe check-in kiosk could not read your passport, so I entered it from the scan you sent:\n\n`, L('PASSPORT_NUMBER', `${m.l1}\n${m.l2}`, 'mrz'),
    `\n\nYou are now checked in for ${chars(2, UP)}${int(100, 999)}, seat ${int(1, 40)}${pick(['A', 'C', 'D', 'F'])}, boarding at ${timeStr()}.\n\n${a.co} Airport Services`);
}
function airRefund() {
  const a = pick(AIR), who = person(a.n), b = pick(['visa', 'mastercard', 'amex', 'diners']), pan = card(b);
  return rec('airline-refund-card', `Dear ${first(who)},\n\nYour refund for ticket ${tkt()} (booking ${pnr()}) has been processed: USD ${int(120, 1400)}.${digits(2)}.\n\nRefunded to: `, L('CARD_NUMBER', fmtCard(pan), 'card:' + b), `, valid thru `, L('CARD_EXPIRY', expiry()),
    `\nRefund reference: RFND${num(9)}\n\nThe taxes for the unused segment are included.`, sig(person(a.n), `${a.co} Refunds`, a.r, a.dom, { box: 'refunds' }));
}
function airLoyalty() {
  const a = pick(AIR), who = person(a.n);
  return rec('airline-loyalty-reset', `Hi ${first(who)},\n\nYour frequent flyer account ${chars(2, UP)}${num(9)} is unlocked. For your first login use PIN `, L('CREDENTIAL', pinN(pick([4, 6]))), ` and then choose a new one.\nYour tier status (Silver) and ${int(1000, 90000)} miles are unchanged.\n\n${a.co} Loyalty`);
}
function airSolicit() {
  const a = pick(AIR), who = person(a.n);
  const ask = pick(['e-mail us a photo of the front and back of the card used for the booking, showing the full card number and the security code', 'reply with the card number and CVV so that we can verify the purchase', 'send the verification code that arrives by SMS, together with your loyalty PIN']);
  return rec('airline-solicitation', `Dear ${first(who)},\n\nYour booking ${pnr()} was flagged by our fraud team. To keep the reservation, please `, L('SOLICITATION', ask), ` before ${timeStr()} today.\n\nRegards,\n${a.co} Payments Control`);
}
const AIR_POS = [airPassport, airMrz, airRefund, airLoyalty, airSolicit];

function airNeg(i) {
  const a = pick(AIR), who = person(a.n);
  const t = [
    () => `Dear ${who},\n\nYour itinerary (booking ${pnr()}):\n| Flight | From | To | Departs | Arrives |\n|---|---|---|---|---|\n| ${chars(2, UP)}${int(100, 999)} | HRE | JNB | ${dateStr()} ${timeStr()} | ${timeStr()} |\n| ${chars(2, UP)}${int(100, 999)} | JNB | NBO | ${dateStr()} ${timeStr()} | ${timeStr()} |\n\nE-ticket ${tkt()}. Baggage 2 x 23 kg. Seat ${int(1, 40)}C.\n\n${a.co}`,
    () => `Hello ${first(who)},\n\nYour delayed bag has been traced. File reference ${pick(['HRE', 'JNB', 'NBO', 'LOS'])}${chars(2, UP)}${digits(5)}, bag tag ${num(10)}. It will arrive on flight ${chars(2, UP)}${int(100, 999)} at ${timeStr()} on ${dateStr()} and will be delivered to your hotel.\n\n${a.co} Baggage Services`,
    () => `Dear customer,\n\nBeware of fake "refund agents". ${a.co} will never ask for your card number, CVV, PIN or a one-time password by phone, WhatsApp or e-mail. Refunds always go back to the original form of payment automatically.\n\n${a.co} Security`,
  ];
  return rec('airline-negative', t[i % t.length]());
}

// ---------- hotels
const HOT = [
  { co: 'Victoria Falls River Lodge', dom: 'vfriverlodge.co.zw', r: 'ZW', n: 'zw' },
  { co: 'Diani Reef Suites', dom: 'dianireef.co.ke', r: 'KE', n: 'ke' },
  { co: 'Cape Quarter Hotel', dom: 'capequarterhotel.co.za', r: 'ZA', n: 'za' },
];
function hotGuarantee() {
  const h = pick(HOT), who = person(pick(['gb', 'us', 'fr', h.n])), b = pick(CARDS), pan = card(b);
  return rec('hotel-card-guarantee', `Dear ${who},\n\nThank you for choosing ${h.co}. Your reservation ${chars(2, UP)}${digits(6)} from ${dateStr()} to ${dateStr()} is guaranteed with:\n\n`,
    `Card holder: ${who}\nCard number: `, L('CARD_NUMBER', obf(pick(['', 'nbsp', 'zw', 'fw', 'dspace']), fmtCard(pan)), 'card:' + b), `\nExpiry: `, L('CARD_EXPIRY', expiry()), `\nCVC: `, L('CARD_CVV', cvvFor(b)),
    `\n\nCheck-in from 14:00, check-out by 10:00.`, sig(person(h.n), `${h.co} Reservations`, h.r, h.dom, { box: 'reservations' }));
}
function hotRegistration() {
  const h = pick(HOT), k = int(0, 3), who = person(['gb', 'in', 'es', 'pt'][k]), st = ['GBR', 'IND', 'ESP', 'PRT'][k], pr = ['GB', 'IN', 'ES', 'PT'][k];
  return rec('hotel-guest-note', `Hi ${first(who)},\n\nYour airport transfer is confirmed for ${dateStr()} at ${timeStr()}. The driver will hold a sign with your name.\n\n`,
    `--- front desk note (remove before sending) ---\nGuest: ${who} | Passport `, L('PASSPORT_NUMBER', chars(2, UP) + digits(7)), ` (${st}) | Mobile `, L('PHONE_NUMBER', phone(pr, 'intl'), 'phone:' + pr),
    ` | e-mail `, L('EMAIL_ADDRESS', email(who), 'email'), `\nSafe PIN room ${int(101, 420)}: `, L('CREDENTIAL', pinN(4)), ` | Wi-Fi: ${h.co.split(' ')[0]}-Guest / `, L('CREDENTIAL', password()), `\n---\n\nWe look forward to welcoming you.\n\n${h.co}`);
}
function hotSolicit() {
  const h = pick(HOT), who = person(pick(['gb', 'us', h.n]));
  return rec('hotel-solicitation', `Dear ${who},\n\nThe card on your booking was declined. To keep your room for ${dateStr()}, `, L('SOLICITATION', pick(['kindly reply with the full card number, expiry date and CVV of another card', 'please e-mail us a new card number together with its security code'])), `.\n\nWarm regards,\n${h.co} Reservations`);
}
const HOT_POS = [hotGuarantee, hotRegistration, hotSolicit];

function hotNeg(i) {
  const h = pick(HOT), who = person(h.n);
  const t = [
    () => `Dear ${first(who)},\n\nConfirmation number ${num(9)}. Deluxe room, ${int(1, 7)} nights from ${dateStr()}. Rate US$${int(90, 450)}.00 per night, breakfast included. Guaranteed by card ending ${digits(4)}.\nCheck-in 14:00, check-out 10:00.\n\n${h.co}`,
    () => `Dear guest,\n\nFolio ${num(7)} (room ${int(101, 420)})\n${dateStr()}  Accommodation  ${int(100, 400)}.00\n${dateStr()}  Restaurant  ${int(10, 90)}.50\nTourism levy 1%, VAT ${int(14, 16)}%. Hotel VAT registration ${num(8)}.\nPaid: Mastercard XXXX-XXXX-XXXX-${digits(4)}, auth code ${digits(6)}.\n\n${h.co} Accounts`,
  ];
  return rec('hotel-negative', t[i % t.length]());
}

export const ecommerce = { pos: (i) => EC_POS[i % EC_POS.length](), neg: ecNeg };
export const airline = { pos: (i) => AIR_POS[i % AIR_POS.length](), neg: airNeg };
export const hotel = { pos: (i) => HOT_POS[i % HOT_POS.length](), neg: hotNeg };
