// Family 2, hard negatives: HTML bodies with order tables, masked cards, entities and CSS numbers.
import { R } from './build.mjs';
import { ctx, L, amount, date } from './common.mjs';
import { MASK } from './obf.mjs';
import { makePan } from './values.mjs';

const head = `<html><body style="font-family:Helvetica,Arial;font-size:14px;line-height:1.45">\n`;
const foot = (c) => `\n<p style="font-size:11px;color:#999">${c.co}, ${c.addr.replace(/&/g, '&amp;')}<br>You are receiving this because you placed an order with us. <a href="https://${c.web}/prefs">Manage preferences</a></p>\n</body></html>`;

export default [
  (r, cc) => { const c = ctx(r, cc); const rows = [0, 1, 2].map(() => `<tr><td>${L.sku(r)}</td><td>${r.int(1, 4)}</td><td align="right">${amount(r, cc, 5, 900).replace(/ /g, '&nbsp;')}</td></tr>`).join('\n');
    return R`${head}<h3>Order ${c.order} confirmed</h3>\n<p>Hi ${c.who.first}, thanks for shopping with ${c.co}!</p>\n<table cellspacing="0" border="1">\n<tr><th>SKU</th><th>Qty</th><th>Price</th></tr>\n${rows}\n<tr><td colspan="2"><b>Total</b></td><td align="right"><b>${c.amt.replace(/ /g, '&nbsp;')}</b></td></tr>\n</table>\n<p>Paid with ${MASK.card(L.last4(r), r)} &middot; ${date(r, 'long')}</p>${foot(c)}`; },

  (r, cc) => { const c = ctx(r, cc);
    return R`${head}<p>Dear ${c.who.first},</p>\n<p>Your parcel is on its way!<br>\nCourier: DHL Express<br>\nWaybill: <a href="https://www.dhl.com/track?AWB=${L.dhl(r)}">${L.dhl(r)}</a><br>\nEstimated delivery: ${date(r, 'long')} between 09:00&ndash;13:00</p>\n<p>Please have your order number <b>${c.order}</b> ready when the driver arrives. No signature code is needed.</p>${foot(c)}`; },

  (r, cc) => { const c = ctx(r, cc); const mc = makePan(r, 'mastercard');
    return R`${head}<div style="opacity:0.${mc};width:100%;max-width:600px">\n<table role="presentation" style="border-spacing:0;background-color:#F4F7FA"><tr><td style="padding:24px 32px">\n<p>Hello ${c.who.first},</p>\n<p>Your monthly statement for customer no. ${c.order} is ready. Balance due: <b>${c.amt.replace(/ /g, '&nbsp;')}</b> by ${date(r, 'long')}.</p>\n<p><a href="https://${c.web}/statements/${L.ticket(r).replace('#', '')}" style="color:#1a73e8">View statement</a></p>\n</td></tr></table></div>${foot(c)}`; },

  (r, cc) => { const c = ctx(r, cc);
    return R`${head}<p>Hi ${c.who.first},</p>\n<p><b>Security reminder:</b> ${c.co} staff will <u>never</u> ask you for your PIN, password, one&#8209;time PIN (OTP) or the CVV on the back of your card &mdash; not by e&#8209;mail, SMS, WhatsApp or phone.</p>\n<p>If someone asks, hang up and report it to us via ${c.web}/fraud. Your case reference is ${c.ticket}.</p>${foot(c)}`; },

  (r, cc) => { const c = ctx(r, cc); const l4 = L.last4(r);
    return R`${head}<p>Dear ${c.who.last},</p>\n<p>We were unable to collect your subscription of ${c.amt.replace(/ /g, '&nbsp;')} from the card ${MASK.card(l4, r)} (expired). Please update the card under <i>Settings &rarr; Billing</i> on ${c.web}.</p>\n<p>Invoice: ${L.invoice(r)}<br>Customer no.: ${L.order(r)}<br>Plan: Business&nbsp;Pro (${L.version(r)})</p>${foot(c)}`; },

  (r, cc) => { const c = ctx(r, cc);
    return R`${head}<table width="600"><tr><td>\n<h2>Boarding pass</h2>\n<p>Passenger: ${c.who.last.toUpperCase()}/${c.who.first.toUpperCase()}<br>\nBooking: <b>${L.pnr(r)}</b> &nbsp; Flight: ${L.flight(r)} &nbsp; Seat: ${r.int(1, 38)}${r.pick(['A', 'C', 'D', 'F'])}<br>\nDeparts ${date(r, 'long')} ${r.int(6, 22)}:${r.pick(['05', '30', '45'])} &nbsp; Gate closes 20&nbsp;min before departure<br>\nE-ticket: ${r.pick(['083', '098', '706', '125'])}-${r.digits(10)}</p>\n</td></tr></table>${foot(c)}`; },

  (r, cc) => { const c = ctx(r, cc);
    return R`${head}<p>Good day ${c.who.first},</p>\n<p>Attached is tax invoice <b>${L.invoice(r)}</b> dated ${date(r, 'num')}.</p>\n<p>${c.co}<br>Company reg.: ${L.companyReg(r, cc)}<br>VAT reg.: ${L.vat(r, cc)}<br>${c.addr.replace(/&/g, '&amp;')}</p>\n<p>Amount excl. VAT: ${amount(r, cc)}<br>Timestamp: ${L.tsLuhn(r)}</p>${foot(c)}`; },
];
