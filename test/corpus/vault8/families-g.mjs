// Families G: long quoted threads, HTML-converted mail, call summaries, forwarded wires, and general hard negatives.
import { L, num, N, rec, pick, int, digits, chars, UP, HEX, card, fmtCard, expiry, obf, phone, email, person, sig, dateStr, timeStr, money, pinN, ssn, luhnOrder, withLuhn, uuid, imei, iccid, group } from './lib.mjs';
import { bankAcct } from './families-a.mjs';

const first = (n) => n.split(' ')[0];
const R = [['ZW', 'zw', 'US$'], ['ZA', 'za', 'R'], ['KE', 'ke', 'KSh'], ['NG', 'ng', 'NGN'], ['GB', 'gb', 'GBP']];
const CO = { ZW: ['Msasa Home Stores', 'msasahome.co.zw'], ZA: ['Fynbos Electronics', 'fynbos-electronics.co.za'], KE: ['Nyali Furniture', 'nyalifurniture.co.ke'], NG: ['Ikoyi Gadgets', 'ikoyigadgets.ng'], GB: ['Thistle & Oak', 'thistleoak.co.uk'] };
const WIRE = { ZW: [['SBICZWHX', 'Stanbic Bank Zimbabwe']], ZA: [['SBZAZAJJ', 'Standard Bank'], ['FIRNZAJJ', 'FNB']], KE: [['EQBLKENA', 'Equity Bank'], ['KCBLKENX', 'KCB Bank']], NG: [['GTBINGLA', 'GTBank'], ['ZEIBNGLA', 'Zenith Bank']] };
const POLICY = 'About refunds: refunds go back to the original payment method. Card refunds usually take 5 to 10 business days to appear, depending on your bank; mobile money refunds are normally instant. If a refund has not arrived after 10 business days, please send us a copy of your statement with the account details blacked out, and we will trace it with the acquirer. Partial refunds for damaged items are calculated on the price you paid after discounts, and delivery fees are refunded only when the whole order is returned.';
const filler = (cur) => `We checked the order history, the courier scans and the payment gateway log. The charge of ${money(cur)} on ${dateStr()} is the only successful one; the two other attempts on the same day were declined by your bank and never settled.`;

function longThread() {
  const [r, n, cur] = pick(R), who = person(n), agent = person(n), [co, dom] = CO[r], b = pick(['visa', 'mastercard', 'amex']), pan = card(b), mail = email(who);
  const wrapped = fmtCard(pan).replace(/ (\S+)$/, '\n> $1');
  return rec('thread-long-quoted', `Subject: RE: RE: RE: Double charge on order ${num(7)}\n\nHi ${first(who)},\n\n${filler(cur)}\n\nI have asked finance to refund the card ending ${pan.slice(-4)} as a goodwill gesture, and you will get a separate confirmation.\n\n${POLICY}\n`,
    sig(agent, co, r, dom),
    `\n\n-----Original Message-----\nFrom: ${who} <`, L('EMAIL_ADDRESS', mail, 'email'), `>\nSent: ${dateStr()} ${timeStr()}\nSubject: RE: RE: Double charge\n\n> Still not sorted. I am attaching the bank statement. You can call me on `, L('PHONE_NUMBER', obf(pick(['zw', 'nbsp', '']), phone(r, 'nat')), 'phone:' + r),
    `.\n>\n> -----Original Message-----\n> From: ${co} <`, L('EMAIL_ADDRESS', `orders@${dom}`, 'email'), `>\n> Sent: ${dateStr()}\n>\n> > Dear customer, can you confirm the card that was charged?\n>\n> Yes, it is `, L('CARD_NUMBER', wrapped, 'card:' + b), ` expiring `, L('CARD_EXPIRY', expiry()),
    `\n> ${first(who)}\n> Sent from my phone\n>\n> > ${POLICY}\n> >\n> > Order ${num(7)} - ${pick(['2 x LED bulbs', '1 x kettle', '1 x office chair', '3 x USB cables'])} - ${money(cur)} - placed ${dateStr()} ${timeStr()}`);
}
function htmlMail() {
  const [r, n] = pick(R), who = person(n), b = pick(['visa', 'mastercard', 'discover', 'jcb']), pan = card(b);
  return rec('html-converted-mail', `<p>Dear ${who},</p>\n<p>Thank you for updating your payment details. We saved the following:</p>\n<table><tr><td>Card&nbsp;number</td><td>`, L('CARD_NUMBER', obf('html', fmtCard(pan)), 'card:' + b),
    `</td></tr>\n<tr><td>Expiry</td><td>`, L('CARD_EXPIRY', expiry()), `</td></tr>\n<tr><td>Mobile</td><td>`, L('PHONE_NUMBER', phone(r, 'intl').replace(/ /g, '&nbsp;'), 'phone:' + r), `</td></tr></table>\n<p>Regards,<br>Billing</p>`);
}
function callSummary() {
  const [r, n, cur] = pick(R), who = person(n), [co, dom] = CO[r];
  return rec('call-summary-bullets', `Hi ${first(who)},\n\nThanks for the call today. As promised, a summary:\n\n`,
    `• You asked us to cancel the extended warranty on invoice INV-${digits(6)} (${money(cur)}).\n• We verified you with your telephone PIN `, L('CREDENTIAL', pinN(int(4, 6))), ` and the answer to your security question (`, L('CREDENTIAL', pick(['Bulawayo', 'Rover', 'Mama Grace', 'Kisumu', 'Blue'])), `).\n`,
    `• Refund goes to your account: `, bankAcct(r).slice(1), `\n• Callback number: `, L('PHONE_NUMBER', phone(r, pick(['nat', 'intl'])), 'phone:' + r), `\n• Reference: CS-${num(8)}\n`, sig(person(n), co, r, dom));
}
function crmDump() {
  const who = person('us');
  return rec('agent-crm-dump', `Hello ${first(who)},\n\nYour address has been updated. Please see below.\n\n`,
    `CRM> customer_id=${num(8)} name="${who}" ssn=`, L('NATIONAL_ID', ssn(), 'ssn'), ` dob=${int(1950, 2002)}-${pad2(int(1, 12))}-${pad2(int(1, 28))} email=`, L('EMAIL_ADDRESS', email(who), 'email'), ` phone=`, L('PHONE_NUMBER', phone('US', 'e164'), 'phone:US'),
    ` risk=low last_login=${int(2024, 2026)}-${pad2(int(1, 12))}-${pad2(int(1, 28))}T${pad2(int(0, 23))}:${pad2(int(0, 59))}:00Z session=${uuid()}\n\nLet us know if anything else needs changing.\n\nCustomer Care`);
}
const pad2 = (x) => String(x).padStart(2, '0');
function forwardedWire() {
  const [r, n] = pick(R.slice(0, 4)), who = person(n), [bic, bank] = pick(WIRE[r]), [, acct] = bankAcct(r);
  return rec('forwarded-wire', `Hi ${first(who)},\n\nForwarding the confirmation from our treasury team below.\n\n---------- Forwarded message ---------\nFrom: Treasury <`, L('EMAIL_ADDRESS', 'treasury@' + pick(['globalparts.com', 'meridian-freight.com']), 'email'),
    `>\nDate: ${dateStr()}\nSubject: Supplier refund\n\nThe international transfer of USD ${int(1000, 90000)}.00 was sent to ${bank}, SWIFT `, L('SWIFT_BIC', bic), `, beneficiary ${who}, account `, acct,
    `. MT103 reference ${chars(4, UP)}${num(12)}.\n\nRegards,\nTreasury Operations`);
}
const G_POS = [longThread, htmlMail, callSummary, crmDump, forwardedWire];

function gNeg(i) {
  const [r, n, cur] = pick(R), who = person(n), [co] = CO[r];
  const t = [
    () => [`Hi ${first(who)},\n\nYour delivery window: ${dateStr()} ${timeStr()}-${timeStr()} (${pick(['CAT', 'SAST', 'EAT', 'WAT', 'GMT+1', 'UTC'])}). Alternative slot: ${dateStr()} at ${timeStr()}. Cut-off for changes: ${pad2(int(0, 23))}:${pad2(int(0, 59))}:${pad2(int(0, 59))} the day before. ISO time ${int(2024, 2026)}-${pad2(int(1, 12))}-${pad2(int(1, 28))}T${pad2(int(0, 23))}:${pad2(int(0, 59))}:00+02:00.\n\n${co}`],
    () => [`Dear ${first(who)},\n\nPrice summary: ${money(cur)} (incl. VAT), shipping ${cur} ${int(0, 99)}.${digits(2)}, discount -${cur} ${int(1, 50)}.00, total ${money(cur)}. In other currencies: €${int(10, 900)},${digits(2)}; £${int(10, 900)}.${digits(2)}; ₦${int(1, 99)},${digits(3)}.00; USD ${int(1, 9)},${digits(3)}.${digits(2)}; ${int(1, 99)} ${digits(3)} ${digits(3)},${digits(2)} ZAR.\n\n${co}`],
    () => [`Hello,\n\nYour parcels:\n- UPS 1Z${chars(6, UP + '0123456789')}${pick(['01', '02', '03'])}${num(8)}\n- FedEx ${num(12)}\n- DHL ${num(10)}\n- Aramex ${num(11)}\n- Royal Mail ${chars(2, UP)}${num(9)}GB\n\nOrder `, N(luhnOrder(), 'luhn'), ` shipped ${dateStr()}.\n\n${co} Dispatch`],
    () => [`Hi ${first(who)},\n\nFor security we only show part of your details: card **** **** **** ${digits(4)}, account ******${digits(4)}, mobile +${pick(['263', '27', '254', '234'])} ** *** ${digits(4)}, e-mail ${first(who)[0].toLowerCase()}***@***.com. If these are not yours, tell us.\n\n${co}`],
    () => [`Dear ${first(who)},\n\nPlease be aware of scams. We will never ask for your PIN or OTP. Nous ne demandons jamais votre code PIN. Nunca pedimos o seu PIN. Hatutawahi kukuomba PIN yako. Hatimbokumbiri PIN yenyu. Ons sal nooit u PIN vra nie. Ba za mu taba neman PIN dinka ba.\n\n${co} Security`],
    () => [`Hi ${first(who)},\n\nTo reset your password:\n1. Open the sign-in page and tap "Forgot password".\n2. Enter the e-mail address you registered with.\n3. Open the link we send (valid for 30 minutes) and choose a new password with at least 10 characters, one number and one symbol.\n4. You will receive a one-time code by SMS; type it into the page, not into an e-mail to us.\n\n${co} Support`],
    () => [`Hello,\n\nDevice details for the warranty claim WC-${num(7)}:\nIMEI 1: `, N(imei(), 'luhn'), `\nIMEI 2: `, N(imei(), 'luhn'), `\nSIM ICCID: `, N(iccid(pick(['263', '254', '27', '234'])), 'luhn'), `\nModel ${chars(2, UP)}-${chars(1, UP)}${digits(3)}, software ${int(10, 15)}.${int(0, 9)}.${int(0, 9)} build ${chars(3, UP)}${digits(3)}.\n\n${co} Repairs`],
    () => [`Hi,\n\nCourt/case reference `, N(group(withLuhn('1' + digits(14)), [4, 4, 4, 4], '-'), 'luhn'), ` and internal job id `, N(withLuhn('17' + digits(10)), 'luhn'), ` (epoch ms). Claim CLM/${int(2024, 2026)}/${digits(6)}, policy ${chars(3, UP)}${num(9)}. Nothing else is needed from you.\n\nLegal Desk`],
    () => [`Hi ${first(who)},\n\nSystem status: API v${int(1, 3)}.${int(0, 40)}.${int(0, 9)}, app ${int(4, 9)}.${int(0, 9)}.${int(0, 99)} (build ${digits(5)}), hosts 10.${int(0, 255)}.${int(0, 255)}.${int(1, 254)} and 172.${int(16, 31)}.${int(0, 255)}.${int(1, 254)}, trace ${uuid()}, checksum ${chars(40, HEX)}.\n\nNo data was lost during the incident on ${dateStr()}.\n\nStatus Team`],
    () => [`Subject: RE: RE: Refund for order ${num(7)}\n\nHi ${first(who)},\n\n${filler(cur)}\n\nThe refund reference is RF-${num(9)} and it will show on your statement as "${co.toUpperCase()} REFUND".\n\nBest regards,\n${co}\n\n-----Original Message-----\nFrom: ${who}\nSent: ${dateStr()} ${timeStr()}\n\n> I was charged twice, please check. The card ends in ${digits(4)}.\n>\n> -----Original Message-----\n> From: ${co}\n> Sent: ${dateStr()}\n>\n> > Thank you for your order. Your order number is ${num(8)}. Estimated delivery ${dateStr()}.\n> > We will never ask you for your password or one-time code.`],
    () => [`Hi ${first(who)},\n\n[internal note] ticket #${digits(6)} reopened by tier 2 at ${timeStr()}; SLA breach in ${int(1, 9)}h; linked to incident INC${num(7)}; macro "refund-delay-v${int(2, 5)}" applied. [/internal]\n\nSorry for the wait - your case is now with a senior agent and we will reply within one business day.\n\n${co}`],
    () => [`Dear ${first(who)},\n\nVAT registration ${pick([`GB ${digits(3)} ${digits(4)} ${digits(2)}`, `4${num(9)}`, `DE${num(9)}`, `FR${digits(2)}${num(9)}`])}, company number ${pick([digits(8), `${int(2000, 2024)}/${digits(6)}/07`, `RC${num(7)}`, `CPR/${int(2010, 2024)}/${digits(6)}`])}. Policy ${chars(2, UP)}-${num(8)}, claim ${num(10)}. Your one-time code will expire 5 minutes after it is sent.\n\n${co}`],
  ];
  return rec('general-negative', t[i % t.length]());
}

export const threads = { pos: (i) => G_POS[i % G_POS.length](), neg: gNeg };
export const GEN_NEG_COUNT = 12;

// Neutral quoted history / footers appended to some records (no sensitive values, so offsets and labels are unchanged).
const ASKS = ['I am still waiting for an update on my request. I called twice last week and was told someone would get back to me within 48 hours, but nothing has happened.', 'Please can you check what is going on? The app keeps saying "processing" and I have been charged the fee already.', 'I submitted all the documents you asked for at the branch. The lady there said it would be quick. Kindly assist.', 'Good day, I want to know the status of my complaint. It has been more than a week now and I need this resolved before month end.'];
const FOOT = ['This e-mail and any attachments are confidential and intended solely for the addressee. If you received it in error, please delete it and notify the sender. Views expressed are those of the author and not necessarily of the company.', 'How did we do? Rate this reply from 1 to 5 by clicking one of the stars in the e-mail. Your feedback helps us improve our service.', 'Please do not reply to this automated notification. Office hours: Monday to Friday 08:00 - 17:00, Saturday 08:00 - 12:00, closed on public holidays.'];
export function tail() {
  const parts = [];
  if (int(0, 1)) parts.push(`\n\n-----Original Message-----\nSent: ${dateStr()} ${timeStr()}\nSubject: RE: ${pick(['My complaint', 'Refund', 'Request update', 'Account issue'])} [ticket ${num(7)}]\n\n> ${pick(ASKS)}\n>\n> ${pick(ASKS)}`);
  parts.push(`\n\n--\n${pick(FOOT)}`);
  if (int(0, 2) === 0) parts.push(`\n${pick(FOOT)}`);
  return parts.join('');
}
