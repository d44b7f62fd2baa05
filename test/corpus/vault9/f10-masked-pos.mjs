// Family 10, positives: replies with already-masked values (never labelled) next to one or
// more values that were left in the clear (labelled).
import { R } from './build.mjs';
import { ctx, hi, bye, sig, L } from './common.mjs';
import { cvv, expiry, phone, email, makePhoneE164, emailAddr, bic, ukPair, sortSpan, makePan } from './values.mjs';
import { nationalId, otp, password } from './ids.mjs';
import { MASK } from './obf.mjs';
import { makeIban } from './lib.mjs';

export default [
  (r, cc) => { const c = ctx(r, cc); const pan = makePan(r, 'visa'); const cv = cvv(r, 'visa');
    return R`${hi(r, c)}\n\nThe payment on your Visa ${MASK.card(pan.slice(-4), r)} was declined because the security code did not match. Our records show you entered CVV ${cv} - please check the three digits on the back of the card and try again.\n\n${bye(r)}\n${sig(r, c)}`; },

  (r, cc) => { const c = ctx(r, cc); const pan = makePan(r, 'mastercard'); const ex = expiry(r, 'mmyy');
    return R`${hi(r, c)}\n\nYour subscription is billed to the Mastercard ${MASK.card(pan.slice(-4), r)}, expiry date ${ex}. Because that is before your next renewal, please add a new card in the app before then to avoid an interruption.\n\nAccount: ${c.order}\n\n${bye(r)}\n${sig(r, c)}`; },

  { cc: ['US'], fn: (r, cc) => { const c = ctx(r, cc); const ph = phone(r, cc);
    return R`${hi(r, c)}\n\nFor your protection we only show the last four digits of your Social Security number (${MASK.ssn(r.digits(4), r)}) in our messages. We have, however, updated the mobile number on your tax profile to ${ph} as requested.\n\n${bye(r)}\n${sig(r, c)}`; } },

  (r, cc) => { const c = ctx(r, cc); const old = emailAddr(r, c.who, c.p.domains); const nw = email(r, c.who, c.p.domains);
    return R`${hi(r, c)}\n\nWe have changed the e-mail on your account from ${MASK.email(old, r)} to ${nw}. If you did not make this change, reply to this message within 24 hours and we will reverse it.\n\nCase ${c.ticket}.\n\n${bye(r)}\n${sig(r, c)}`; },

  (r, cc) => { const c = ctx(r, cc); const cty = r.pick(['GB', 'DE', 'FR', 'NL']); const masked = MASK.iban(makeIban(r, cty)); const b = bic(r, cty); const ph = phone(r, cc);
    return R`${hi(r, c)}\n\nThe transfer to ${masked} (BIC ${b}) was returned by the receiving bank with reason code AC04 (closed account). Please send the new details through the secure portal, or call our payments desk on ${ph}.\n\n${bye(r)}\n${c.agent}`; },

  { cc: ['GB'], fn: (r, cc) => { const c = ctx(r, cc); const p = ukPair(r);
    return R`${hi(r, c)}\n\nThe Direct Debit is set up on the account ${MASK.acct(p.acct, r)} at sort code ${sortSpan(p)}. The first collection of ${c.amt} will be on ${c.day}, and you will receive advance notice 3 working days before each collection.\n\n${bye(r)}\n${sig(r, c)}`; } },

  (r, cc) => { const c = ctx(r, cc); const e = makePhoneE164(r, cc); const o = otp(r);
    return R`${hi(r, c)}\n\nWe sent the code to your number ${MASK.phone(r, e)}, but as it has not arrived I am giving it to you here: ${o}. Enter it in the app within 10 minutes.\n\n${bye(r)}\n${c.agent}`; },

  (r, cc) => { const c = ctx(r, cc); const id = nationalId(r, cc); const pw = password(r);
    return R`${hi(r, c)}\n\nWe matched your ${id.label} (${MASK.id(id.check.value)}) and card ${MASK.card(L.last4(r), r)}. Your temporary password for the portal is ${pw}.\n\n${bye(r)}\n${sig(r, c)}`; },
];
