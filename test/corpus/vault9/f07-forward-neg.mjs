// Family 7, hard negatives: forwarded threads (display-name headers only) with look-alikes.
import { R } from './build.mjs';
import { ctx, hi, bye, fwdHeader, sentAt, L, amount, date } from './common.mjs';
import { MASK } from './obf.mjs';

export default [
  (r, cc) => { const c = ctx(r, cc);
    return R`${hi(r, c)}\n\nSee the warehouse update below - your order is ready for collection.\n\n${bye(r)}\n${c.agent}\n\n${fwdHeader(r, { from: 'Warehouse Ops', to: 'Customer Care', subject: `Collection ${c.order}`, when: sentAt(r) })}\n\nOrder ${c.order}: 2 cartons, ${r.int(5, 40)}kg, bay ${r.int(1, 30)}${r.pick(['A', 'B'])}. Picked ${date(r, 'num')}. Collection slot ${r.int(8, 11)}:00-${r.int(12, 16)}:00 at ${c.addr}. Waybill ${L.dhl(r)}.`; },

  (r, cc) => { const c = ctx(r, cc); const l4 = L.last4(r);
    return R`${hi(r, c)}\n\nForwarding the bank's reply about the reversal.\n\n${bye(r)}\n${c.agent}\n\n${fwdHeader(r, { from: 'Merchant Services', to: `${c.co} Accounts`, subject: `Reversal ${c.ticket}`, when: sentAt(r) })}\n\nThe reversal of ${c.amt} on card ${MASK.card(l4, r)} was processed on ${date(r, 'long')}. Reference ${L.refLuhn(r, '')}. It can take up to 7 working days to show on the statement.`; },

  (r, cc) => { const c = ctx(r, cc);
    return R`${hi(r, c)}\n\nOur engineering team replied below. The fix ships in the next release.\n\n${c.agent}\n\n${fwdHeader(r, { from: 'Platform Engineering', to: 'Tier 2 Support', subject: `Bug ${r.pick(['APP', 'WEB', 'PAY'])}-${r.digits(4)}`, when: sentAt(r) })}\n\nRoot cause: race condition in sync job (build ${r.digits(5)}). Fixed in ${L.version(r)}, rollout ${date(r, 'long')} ${r.int(1, 5)}% -> 100% over 48h. Affected accounts: ${r.int(20, 900)}.`; },

  (r, cc) => { const c = ctx(r, cc);
    return R`Dear ${c.who.first},\n\nBelow is the confirmation from the airline.\n\n${bye(r)}\n${c.agent}\n\n${fwdHeader(r, { from: 'Reservations', to: `${c.co} Travel Desk`, subject: `Rebooking ${L.pnr(r)}`, when: sentAt(r) })}\n\nPassenger ${c.who.last.toUpperCase()}/${c.who.first.toUpperCase()} rebooked on ${L.flight(r)} ${date(r, 'long')}, dep ${r.int(6, 22)}:${r.pick(['10', '35', '50'])}. Fare difference ${amount(r, cc, 0, 300)} waived. Ticket ${r.pick(['083', '706', '125'])}-${r.digits(10)}.`; },

  (r, cc) => { const c = ctx(r, cc);
    return R`${hi(r, c)}\n\nI checked with our security team about the message you received. Their answer is below.\n\n${c.agent}\n\n${fwdHeader(r, { from: 'Information Security', to: 'Customer Care', subject: 'Phishing report', when: sentAt(r) })}\n\nThis is a known phishing campaign. ${c.co} never asks customers for their PIN, password, OTP or full card number. The link in the message (${L.ip(r)}) has been blocked. Customer should delete the SMS.`; },

  (r, cc) => { const c = ctx(r, cc);
    return R`${hi(r, c)}\n\nForwarding the credit note from our accounts team.\n\n${bye(r)}\n${c.agent}\n\n${fwdHeader(r, { from: 'Accounts Receivable', to: 'Customer Care', subject: `Credit note ${L.invoice(r)}`, when: sentAt(r) })}\n\nCredit note ${L.invoice(r)} for ${amount(r, cc)} raised against invoice ${L.invoice(r)}. Company reg ${L.companyReg(r, cc)}, VAT ${L.vat(r, cc)}. Will offset against the next statement dated ${date(r, 'long')}.`; },

  (r, cc) => { const c = ctx(r, cc);
    return R`${hi(r, c)}\n\nThe repair centre sent the report below.\n\n${bye(r)}\n${c.agent}\n\n${fwdHeader(r, { from: 'Repair Centre', to: 'Warranty Desk', subject: `Job ${L.ticket(r)}`, when: sentAt(r) })}\n\nIMEI ${L.imei(r)} - screen replaced, battery health ${r.int(70, 99)}%, firmware updated to ${L.version(r)}. Returned via UPS ${L.ups(r)}.`; },
];
