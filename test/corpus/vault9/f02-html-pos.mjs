// Family 2, positives: HTML e-mail bodies (tags, &nbsp;, entities, <br>, values split across <span>s).
import { R, S, sub } from './build.mjs';
import { ctx, L } from './common.mjs';
import { card, expiry, cvv, phone, emailFixed, emailAddr, iban } from './values.mjs';
import { nationalId, password, otp, ask } from './ids.mjs';
import { bankKv } from './blocks.mjs';
import { spanSplitInner, sizesFor, groups } from './obf.mjs';

const head = () => `<html><head><meta charset="utf-8"><style>p{margin:0 0 12px} td{padding:4px 8px}</style></head><body style="font-family:Arial,sans-serif;font-size:14px">\n`;
const foot = (r, c) => `\n<p style="color:#888888;font-size:11px">${c.co} &middot; ${c.addr.replace(/&/g, '&amp;')}<br>\n&copy; 2026 ${c.co}. All rights reserved. <a href="https://${c.web}/unsubscribe">Unsubscribe</a></p>\n</body></html>`;
const cardHtml = (r, cc, brand) => { const k = card(r, cc, { brand, display: (pan) => spanSplitInner(pan, sizesFor(pan), r.pick(['', '&nbsp;', ' '])) }); return k; };

export default [
  (r, cc) => { const c = ctx(r, cc); const k = cardHtml(r, cc); const ex = expiry(r, 'mmyy');
    return R`${head()}<p>Dear ${c.who.first},</p>\n<p>Thank&nbsp;you for your payment. Here is a summary of the card we charged:</p>\n<table border="0" cellpadding="0">\n<tr><td>Card&nbsp;type</td><td>${k.brandName}</td></tr>\n<tr><td>Card&nbsp;number</td><td><span>${k}</span></td></tr>\n<tr><td>Expiry</td><td>${ex}</td></tr>\n<tr><td>Amount</td><td>${c.amt.replace(/ /g, '&nbsp;')}</td></tr>\n<tr><td>Reference</td><td>${L.order(r)}</td></tr>\n</table>\n<p>If you don&rsquo;t recognise this payment please contact us.</p>${foot(r, c)}`; },

  (r, cc) => { const c = ctx(r, cc); const ph = phone(r, cc, { style: 'intl' }); const v = emailAddr(r, c.who, c.p.domains);
    return R`${head()}<div>Hi ${c.who.first},<br><br>\nWe&#39;ve updated your profile. Your new contact details are:<br>\nMobile: <a href="tel:${S('PHONE_NUMBER', ph.e164, ph.check)}">${ph}</a><br>\nE-mail: <a href="mailto:${emailFixed(v)}">${emailFixed(v)}</a><br><br>\nIf this wasn&rsquo;t you, reply to this message right away &ndash; ticket ${c.ticket}.<br><br>\nBest,<br>${c.agent}<br>${c.co}</div>${foot(r, c)}`; },

  (r, cc) => { const c = ctx(r, cc);
    const kv = sub(bankKv(r, c, ':&nbsp;'), /\n/g, '<br>\n');
    return R`${head()}<p>Good&nbsp;day ${c.who.first},</p>\n<p>As discussed, the claim of ${c.amt} has been approved and will be paid into the account below. Please check the details carefully:</p>\n<p style="font-family:monospace">${kv}</p>\n<p>Payment usually takes 2&ndash;3 working days. Claim ref: <b>${L.invoice(r)}</b>.</p>${foot(r, c)}`; },

  (r, cc) => { const c = ctx(r, cc); const pw = password(r);
    return R`${head()}<table width="100%"><tr><td align="center">\n<h2 style="color:#0a5">Your account has been unlocked</h2>\n<p>Hello ${c.who.first}, sign in with the temporary password below. You&rsquo;ll be asked to change it.</p>\n<p style="font-size:20px;letter-spacing:2px"><code>${pw}</code></p>\n<p>This password expires in 12&nbsp;hours.</p>\n</td></tr></table>${foot(r, c)}`; },

  (r, cc) => { const c = ctx(r, cc);
    const s = ask(r.pick([`To finish verifying the card, please reply with the <b>full card number</b> and the <b>CVV</b> printed on the back.`, `Kindly send us the <strong>OTP</strong> we have just sent to your phone so that we can confirm the transfer.`, `Please reply with your <u>internet banking password</u> so that our technician can log in and fix the profile.`]));
    return R`${head()}<p>Dear ${c.who.first} ${c.who.last},</p>\n<p>We noticed a problem with your recent payment of ${c.amt.replace(/ /g, '&nbsp;')} for order ${c.order}.</p>\n<p>${s}</p>\n<p>Thank&nbsp;you,<br>${c.agent}<br>${c.co} Customer&nbsp;Care</p>${foot(r, c)}`; },

  (r, cc) => { const c = ctx(r, cc); const id = nationalId(r, cc, { ZW: 'zw_id', ZA: 'za_id', KE: 'ke_id', NG: 'ng_nin', GB: 'nino', US: 'ssn', IN: 'aadhaar', CA: 'sin' }[cc]);
    const raw = id.display; const split = raw.includes(' ') ? raw.split(' ').join('</span> <span>') : spanSplitInner(raw, [Math.ceil(raw.length / 2), 99]);
    const idS = S('NATIONAL_ID', split, id.check);
    return R`${head()}<p>Hi ${c.who.first},</p>\n<p>Thanks for completing the application. Please check that the details we captured are correct:</p>\n<ul>\n<li>Full name: ${c.who.first} ${c.who.last}</li>\n<li>${id.label}: <span>${idS}</span></li>\n<li>Branch: ${c.city}</li>\n</ul>\n<p>If anything is wrong, reply before ${r.pick(['Friday', 'Monday', 'the end of the week'])} and quote ${c.ticket}.</p>${foot(r, c)}`; },

  (r, cc) => { const c = ctx(r, cc); const cty = r.pick(['DE', 'FR', 'NL', 'ES', 'PT', 'BE', 'IE']); const ib = iban(r, cty, 'compact');
    const gs = groups(ib.check.value, Array(8).fill(4)); const ibS = S('IBAN', gs.join('&nbsp;'), ib.check);
    return R`${head()}<p>Dear ${c.who.first},</p>\n<p>The refund for booking ${L.pnr(r)} will be sent by SEPA transfer to:</p>\n<p><b>Account holder:</b> ${c.who.first} ${c.who.last}<br>\n<b>IBAN:</b> ${ibS}<br>\n<b>Amount:</b> &euro;${r.int(40, 900)},${r.digits(2)}</p>\n<p>Kind regards,<br>${c.co} Bookings</p>${foot(r, c)}`; },

  (r, cc) => { const c = ctx(r, cc); const k = cardHtml(r, cc); const cv = cvv(r, k.brand); const o = otp(r);
    return R`${head()}<p>Hi&nbsp;${c.who.first},</p>\n<p>Your agent copied the following from the payment screen:</p>\n<pre style="background:#f4f4f4">card   : <span>${k}</span>\ncvv    : ${cv}\n3ds otp: ${o}</pre>\n<p>Payment attempt ${L.order(r)} failed with code 05 (do not honour).</p>${foot(r, c)}`; },
];
