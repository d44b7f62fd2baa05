// Family 9, positives: obfuscated values (zero-width spaces, NBSP, full-width digits, dots,
// line breaks, spaced hyphens, values partly in words, spelled-out e-mail).
import { R, S } from './build.mjs';
import { ctx, hi, bye, sig, L } from './common.mjs';
import { card, expiry, cvv, phone, emailAddr, emailFixed, iban, bic, account, nuban, aba, ukPair } from './values.mjs';
import { nationalId, otp, pin } from './ids.mjs';
import { OBF, sizesFor, spoken } from './obf.mjs';
import { fmtIban } from './lib.mjs';

const ob = (name) => (d) => OBF[name](d, sizesFor(d));
const FWD = (s) => s.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + +d));

export default [
  (r, cc) => { const c = ctx(r, cc); const k = card(r, cc, { display: ob(r.pick(['zwsp', 'zwspEvery'])) }); const ex = expiry(r);
    return R`${hi(r, c)}\n\nI copied the card details from your form so the billing team can retry: ${k}, expiring ${ex}. The previous attempt failed because the bank's 3-D Secure page timed out.\n\nYou don't need to do anything else; we will retry tonight and e-mail the receipt.\n\n${bye(r)}\n${sig(r, c)}`; },

  (r, cc) => { const c = ctx(r, cc); const k = card(r, cc, { display: ob(r.pick(['fullwidth', 'fullwidthMixed'])) }); const cv = cvv(r, k.brand); const cvS = S('CARD_CVV', FWD(cv.check.value), cv.check);
    return R`${hi(r, c)}\n\nThe details you typed on your phone keyboard came through like this:\n\ncard ${k}\ncvc ${cvS}\n\nOur system could not read the wide characters, so I have entered the payment manually. Your order ${c.order} is now paid (${c.amt}).\n\n${bye(r)}\n${c.agent}`; },

  (r, cc) => { const c = ctx(r, cc); const k = card(r, cc, { display: ob('lineBreak') }); const ph = phone(r, cc, { style: 'dots' });
    return R`${hi(r, c)}\n\nAs per your request we have updated the card on file to ${k} and the contact number to ${ph}. The next debit of ${c.amt} will run on ${c.day}.\n\n${bye(r)}\n${sig(r, c)}`; },

  (r, cc) => { const c = ctx(r, cc); const id = nationalId(r, cc); const v = id.check.value;
    const disp = /^\d+$/.test(v) ? r.pick([OBF.nbsp(v, [3, 3, 3, 4]), OBF.spacedHyphen(v, [4, 4, 4]), OBF.dots(v, [3, 3, 3, 3])]) : v.split('').join('\u00a0');
    const idS = S('NATIONAL_ID', disp, id.check); const e = emailAddr(r, c.who, c.p.domains); const em = emailFixed(e, e.replace('@', r.pick([' [at] ', ' (at) ', ' at '])).replace(/\.(?=[a-z]+$)/, r.pick([' [dot] ', ' dot '])));
    return R`${hi(r, c)}\n\nWe have captured the ${id.label} ${idS} and the e-mail ${em} exactly as you wrote them in the web form. If either is wrong, please correct it on the portal.\n\n${bye(r)}\n${sig(r, c)}`; },

  (r, cc) => { const c = ctx(r, cc); const k = card(r, cc, { display: ob(r.pick(['wordsTail', 'wordsHead'])) }); const ex = expiry(r, 'mmyy');
    return R`${hi(r, c)}\n\nReading back what you told the bot: card ${k}, exp ${ex}. I've passed it to the payments team to complete the booking ${L.pnr(r)}.\n\n${bye(r)}\n${c.agent}`; },

  (r, cc) => { const c = ctx(r, cc); const cty = r.pick(['GB', 'DE', 'NL', 'FR', 'ES', 'BE']); const ib0 = iban(r, cty, 'compact'); const v = ib0.check.value;
    const disp = r.pick([fmtIban(v, 'dash'), fmtIban(v).toLowerCase(), v.replace(/(.{4})(?=.)/g, '$1  '), v.slice(0, 12) + '\n' + v.slice(12)]);
    return R`${hi(r, c)}\n\nPlease double-check the beneficiary details before we release the refund:\n\nIBAN: ${S('IBAN', disp, ib0.check)}\nBIC: ${bic(r, cty)}\n\nThe refund of ${c.amt} will be sent once you confirm.\n\n${bye(r)}\n${sig(r, c)}`; },

  (r, cc) => { const c = ctx(r, cc); const ph = phone(r, cc, { display: (e) => OBF.spacedDigits(e.slice(1)).replace(/^/, '+ ') }); const o = otp(r); const oS = S('CREDENTIAL', OBF.zwspEvery(o.check.value), o.check);
    return R`${hi(r, c)}\n\nWe received your message from ${ph}. The verification code you asked us to resend is ${oS}. It is valid for 10 minutes.\n\n${bye(r)}\n${c.agent}`; },

  (r, cc) => { const c = ctx(r, cc); const a = cc === 'NG' ? nuban(r) : ['GB', 'US', 'CA'].includes(cc) ? null : account(r, cc);
    const p = pin(r); const pS = S('CREDENTIAL', r.chance(0.5) ? spoken(p.check.value) : OBF.fullwidth(p.check.value, [4]), p.check);
    const aS = a ? S('BANK_ACCOUNT', OBF.slash(a.check.value, [3, 4, 4, 4]), a.check) : null;
    return R`${hi(r, c)}\n\n${aS ? R`The salary account you gave us is ${aS} (${a.bankName}). ` : ''}Your new card PIN is ${pS}. Please memorise it and delete this message.\n\nCard collection ref: ${L.ticket(r)}.\n\n${bye(r)}\n${sig(r, c)}`; },
  { cc: ['US', 'GB'], fn: (r, cc) => { const c = ctx(r, cc); let det;
    if (cc === 'US') { const ab = aba(r, (v) => r.pick([OBF.dots(v, [3, 3, 3]), OBF.zwsp(v, [4, 4, 1]), OBF.fullwidth(v, [9])])); const a = account(r, 'US'); det = R`routing ${ab}, account ${S('BANK_ACCOUNT', OBF.spacedHyphen(a.check.value, [4, 4, 4]), a.check)}`; }
    else { const p = ukPair(r); det = R`sort code ${S('ROUTING_NUMBER', r.pick([OBF.fullwidth(p.sort, [2, 2, 2]), OBF.dots(p.sort, [2, 2, 2]), OBF.zwsp(p.sort, [2, 2, 2])]), { kind: 'sort', value: p.sort })}, account ${S('BANK_ACCOUNT', OBF.nbsp(p.acct, [4, 4]), { kind: 'uk_acct', value: p.acct, sort: p.sort })}`; }
    return R`${hi(r, c)}\n\nThe bank details in your form were pasted with some odd characters, so I have re-typed them as ${det}. Please confirm they are correct before we set up the refund of ${c.amt}.\n\n${bye(r)}\n${sig(r, c)}`; } },
];
