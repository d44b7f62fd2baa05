// Family 10, hard negatives: masked and redacted values only (none of them is a finding).
import { R } from './build.mjs';
import { ctx, hi, bye, sig, L, amount, date } from './common.mjs';
import { makePhoneE164, emailAddr } from './values.mjs';
import { MASK } from './obf.mjs';
import { makeIban } from './lib.mjs';

export default [
  (r, cc) => { const c = ctx(r, cc); const e = makePhoneE164(r, cc);
    return R`${hi(r, c)}\n\nFor security, here is what we hold, partly hidden:\n\nCard: ${MASK.card(L.last4(r), r)}\nMobile: ${MASK.phone(r, e)}\nE-mail: ${MASK.email(emailAddr(r, c.who, c.p.domains), r)}\n\nIf any of this is out of date, update it in the app under Profile.\n\n${bye(r)}\n${sig(r, c)}`; },

  (r, cc) => { const c = ctx(r, cc);
    return R`${hi(r, c)}\n\nYour tax documents are ready. They show your SSN as ${MASK.ssn(r.digits(4), r)} and your Aadhaar as XXXX XXXX ${r.digits(4)} for cross-border filings. The full numbers are never shown in e-mail.\n\nDocument pack ${L.invoice(r)}, generated ${date(r, 'long')}.\n\n${bye(r)}\n${sig(r, c)}`; },

  (r, cc) => { const c = ctx(r, cc); const ib = makeIban(r, r.pick(['GB', 'DE', 'NL']));
    return R`${hi(r, c)}\n\nThe refund of ${c.amt} was sent to ${MASK.iban(ib)} on ${date(r, 'long')}. The debit orders on ${MASK.acct(r.digits(10), r)} remain unchanged.\n\nTransaction ID ${L.order(r)}.\n\n${bye(r)}\n${sig(r, c)}`; },

  (r, cc) => { const c = ctx(r, cc);
    return R`${hi(r, c)}\n\nYour integration settings (secrets hidden):\n\nusername: ${c.who.first.toLowerCase()}_api\npassword: ********\napi_key: sk_live_************************\nwebhook: https://api.${c.dom}/hooks\n\nTo see or rotate the secrets, sign in to the dashboard with two-factor authentication.\n\n${bye(r)}\n${c.agent}`; },

  (r, cc) => { const c = ctx(r, cc); const rows = [0, 1, 2].map(() => `${date(r, 'num')}  ${r.pick(['Visa', 'Mastercard', 'Amex'])} ${MASK.card(L.last4(r), r)}  ${amount(r, cc, 5, 900)}  ${L.bicLike(r)}`).join('\n');
    return R`${hi(r, c)}\n\nHere are the last three card transactions on your account:\n\n${rows}\n\nThe pending one will settle in 2-3 days.\n\n${bye(r)}\n${sig(r, c)}`; },

  (r, cc) => { const c = ctx(r, cc);
    return R`${hi(r, c)}\n\nThanks for sending your documents. We verified the ID number ending ${r.digits(3)} and the passport ending ${r.digits(4)}; both images were clear. Your account is now fully verified, reference ${c.ticket}.\n\n${bye(r)}\n${sig(r, c)}`; },

  (r, cc) => { const c = ctx(r, cc);
    return R`${hi(r, c)}\n\nI have removed the details you posted in the chat: "my card is [CARD_NUMBER] exp [CARD_EXPIRY] and my ID is [REDACTED]". Please never send these by chat or e-mail. I have opened case ${c.ticket} and a secure payment link will follow.\n\n${bye(r)}\n${sig(r, c)}`; },
];
