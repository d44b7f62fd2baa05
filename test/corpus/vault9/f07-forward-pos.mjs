// Family 7, positives: forwarded threads with From:/Sent:/To: headers.
import { R } from './build.mjs';
import { ctx, hi, bye, fwdHeader, sentAt, L } from './common.mjs';
import { card, phone, email, emailFixed, iban, bic, aba, account, ukPair, sortSpan, ukAcctSpan } from './values.mjs';
import { nationalId, passport, password, ask } from './ids.mjs';
import { bankProse } from './blocks.mjs';

const custFrom = (r, c) => R`${c.who.first} ${c.who.last} <${email(r, c.who, c.p.domains)}>`;

export default [
  (r, cc) => { const c = ctx(r, cc); const ph = phone(r, cc);
    return R`Hi Logistics team,\n\nPlease see the customer's message below and arrange a redelivery for order ${c.order}.\n\nThanks,\n${c.agent}\n\n${fwdHeader(r, { from: custFrom(r, c), to: 'Customer Care', subject: `Missed delivery ${c.order}`, when: sentAt(r) })}\n\nHello, the driver came while I was out. Please call me on ${ph} before trying again. I am home after 5pm.\nRegards, ${c.who.first}`; },

  (r, cc) => { const c = ctx(r, cc);
    return R`${hi(r, c)}\n\nFinance have confirmed the refund. I'm forwarding their note so you have the details.\n\n${bye(r)}\n${c.agent}\n\n${fwdHeader(r, { from: `Finance Payments`, to: `${c.agent}`, subject: `RE: Refund ${c.ticket}`, when: sentAt(r) })}\n\nHi ${c.agent}, refund of ${c.amt} released today to ${bankProse(r, c)}. Batch ${L.order(r)}.\n\nFinance`; },

  (r, cc) => { const c = ctx(r, cc); const id = nationalId(r, cc); const pp = passport(r, cc);
    return R`Hi ${r.pick(['Compliance', 'KYC team', 'Onboarding'])},\n\nForwarding for your review - the customer has sent her documents by e-mail instead of uploading them.\n\n${c.agent}\n\n${fwdHeader(r, { from: custFrom(r, c), to: `Support`, subject: 'My documents', when: sentAt(r) })}\n\nGood day,\nMy ${id.label} is ${id} and my passport number is ${pp}. Scans are attached. Please open the account.\n${c.who.first} ${c.who.last}`; },

  (r, cc) => { const c = ctx(r, cc); const k = card(r, cc);
    return R`${hi(r, c)}\n\nOur card processor has replied about the disputed transaction - see below. The merchant has agreed to refund you.\n\n${bye(r)}\n${c.agent}\n\n${fwdHeader(r, { from: 'Disputes Desk', to: `${c.co} Card Services`, subject: `Chargeback ${c.ticket}`, when: sentAt(r) })}\n\nChargeback accepted by acquirer. Card ${k}, amount ${c.amt}, ARN ${r.digits(23)}. Credit to cardholder within 10 days.`; },

  (r, cc) => { const c = ctx(r, cc);
    const s = ask(r.pick([`Before we can process this, please reply with your internet banking password and the OTP you receive.`, `Please send us your full card number and CVV so we can complete the cancellation.`, `Can you confirm your PIN by return e-mail so we can release the card?`]));
    return R`${hi(r, c)}\n\nI am following up on the message my colleague sent you last week (copied below). ${s}\n\n${bye(r)}\n${c.agent}\n\n${fwdHeader(r, { from: `${c.co} Support`, to: `${c.who.first} ${c.who.last}`, subject: `Card cancellation ${c.ticket}`, when: sentAt(r) })}\n\nDear ${c.who.first}, we have received your request to cancel the card. We will be in touch.`; },

  (r, cc) => { const c = ctx(r, cc); const cty = r.pick(['DE', 'NL', 'FR', 'BE', 'GB', 'PT']); const vend = `billing@${r.pick(['eurofreight', 'tulipparts', 'lisboaprint', 'rhinelogistics'])}.${cty.toLowerCase() === 'gb' ? 'co.uk' : cty.toLowerCase()}`;
    return R`Hi ${c.who.first},\n\nYou asked for our supplier's payment details for the joint order - forwarded below.\n\n${c.agent}\n\n${fwdHeader(r, { from: R`Accounts Receivable <${emailFixed(vend)}>`, to: `Procurement`, subject: `Invoice ${L.invoice(r)}`, when: sentAt(r) })}\n\nPlease pay EUR ${r.int(500, 9000)}.00 to IBAN ${iban(r, cty)}, BIC ${bic(r, cty)}, quoting the invoice number.`; },

  (r, cc) => { const c = ctx(r, cc); const pw = password(r);
    return R`${hi(r, c)}\n\nIT has set up your access to the partner portal - their message is below.\n\n${bye(r)}\n${c.agent}\n\n${fwdHeader(r, { from: 'IT Service Desk', to: `${c.agent}`, subject: `Portal account for ${c.who.first} ${c.who.last}`, when: sentAt(r) })}\n\nUser: ${c.who.first.toLowerCase()}.${c.who.last.toLowerCase().replace(/[^a-z]/g, '')}\nInitial password: ${pw}\nMust be changed at first login.`; },
  { cc: ['US', 'GB'], fn: (r, cc) => { const c = ctx(r, cc); let det;
    if (cc === 'US') { const a = account(r, 'US'); det = R`Bank: ${a.bankName}\nRouting (ABA): ${aba(r)}\nChecking account: ${a}`; } else { const p = ukPair(r); det = R`Sort code: ${sortSpan(p, r.pick(['-', ' ']))}\nAccount: ${ukAcctSpan(p)}`; }
    return R`${hi(r, c)}\n\nPayroll confirmed the change to your salary deposit. Their confirmation is below for your records.\n\n${bye(r)}\n${c.agent}\n\n${fwdHeader(r, { from: 'Payroll Services', to: 'HR Helpdesk', subject: `Direct deposit change - ${c.who.first} ${c.who.last}`, when: sentAt(r) })}\n\nEffective next pay run:\n${det}\nEmployee no. ${r.digits(6)}`; } },
];
