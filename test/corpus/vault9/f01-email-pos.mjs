// Family 1, positives: plain e-mail replies with signatures and quoted history.
import { R } from './build.mjs';
import { ctx, hi, bye, sig, quoted, quotedR, disclaimer, L } from './common.mjs';
import { card, expiry, cvv, phone, email, emailFixed } from './values.mjs';
import { nationalId, passport, password, otp, ask } from './ids.mjs';
import { bankProse } from './blocks.mjs';

export default [
  (r, cc) => { const c = ctx(r, cc); const k = card(r, cc); const ex = expiry(r);
    return R`${hi(r, c)}\n\nThank you for your patience while we looked into the double charge of ${c.amt} on ${c.day}. I can confirm the refund has been raised against the ${k.brandName} card ${k}, expiry ${ex}, and should reflect within 5-7 working days depending on your bank.\n\nYour reference for this refund is ${L.order(r)}. If it has not appeared by ${r.pick(['next Friday', 'the end of the month', 'the 15th'])}, just reply to this e-mail and quote ticket ${c.ticket}.\n\n${bye(r)}\n${sig(r, c)}\n\n${quoted(r, c, `Hi, I was charged twice for my order ${c.order}.\nThe card was the one ending ${k.last4}. Please sort it out.\n${c.who.first}`)}`; },

  (r, cc) => { const c = ctx(r, cc); const ph = phone(r, cc); const em = email(r, c.who, c.p.domains);
    return R`${hi(r, c)}\n\nAs requested we have updated the contact details on your ${c.co} profile. From today we will send statements and delivery notices to ${em}, and our courier will call ${ph} before each delivery.\n\nIf you did not ask for this change, please let us know straight away so we can reverse it.\n\n${bye(r)}\n${sig(r, c, { withPhone: r.chance(0.5) })}${disclaimer(r, c)}\n\n${quoted(r, c, `Please change my details, I no longer use the old Yahoo address.\nThanks`)}`; },

  (r, cc) => { const c = ctx(r, cc);
    return R`${hi(r, c)}\n\nThank you for sending the signed mandate. Your monthly premium of ${c.amt} will be collected from ${bankProse(r, c)} on the ${r.pick(['1st', '7th', '25th', '15th'])} of each month, starting ${c.day}.\n\nPolicy number ${L.invoice(r)} stays the same. You will receive a confirmation letter in the post to ${c.addr}.\n\n${bye(r)}\n${sig(r, c)}\n\n${quoted(r, c, `Attached is the debit order form. Please use my new bank account from next month.`)}`; },

  (r, cc) => { const c = ctx(r, cc); const pw = password(r);
    return R`${hi(r, c)}\n\nI have reset the login for your ${c.co} self-service portal. Your temporary password is ${pw} and it will expire in 24 hours. When you sign in you will be asked to choose a new one.\n\nYour username is unchanged (${c.who.first.toLowerCase()}.${c.who.last.toLowerCase().replace(/[^a-z]/g, '')}).\n\n${bye(r)}\n${sig(r, c)}\n\n${quoted(r, c, `I am locked out of the portal after three wrong tries.\nCan you reset it? ${c.who.first}`)}`; },

  (r, cc) => { const c = ctx(r, cc); const id = nationalId(r, cc); const pp = passport(r, cc);
    return R`${hi(r, c)}\n\nGood news - your verification is complete. We matched the ${id.label} ${id} and passport number ${pp} you supplied against the documents on file, and your account limits have been raised from today.\n\nThere is nothing more you need to do. Reference: ${c.ticket}.\n\n${bye(r)}\n${sig(r, c, { withPhone: r.chance(0.3) })}\n\n${quoted(r, c, `Here are my documents for the KYC check. Let me know if you need anything else.`)}`; },

  (r, cc) => { const c = ctx(r, cc);
    const s = ask(r.pick(['To complete the chargeback, please reply to this e-mail with the full 16-digit card number and the 3-digit CVV from the back of the card.', 'Could you please send us your full card number and expiry date so that we can locate the payment?', 'Kindly reply with your online banking password and the one-time PIN you receive, so we can unlock the profile for you.', 'Please confirm your 4-digit card PIN in your reply so that we can re-activate the card.']));
    return R`${hi(r, c)}\n\nThank you for reporting the disputed debit of ${c.amt} from ${c.day}. ${s}\n\nOnce we have it, our disputes team will respond within 10 business days. Your case number is ${c.ticket}.\n\n${bye(r)}\n${sig(r, c)}\n\n${quoted(r, c, `There is a debit on my statement I do not recognise. Please investigate.`)}`; },

  (r, cc) => { const c = ctx(r, cc); const pp = passport(r, cc); const ph = phone(r, cc); const o = otp(r);
    return R`${hi(r, c)}\n\nYour booking ${L.pnr(r)} on flight ${L.flight(r)} is confirmed. We have attached the passport number ${pp} to the booking as requested, and the airline will text ${ph} if the schedule changes.\n\nFor the check-in kiosk use the code ${o}. It is valid only for this trip.\n\n${bye(r)}\n${sig(r, c)}\n\n${quoted(r, c, `Please add my passport to the reservation, I renewed it last month.`)}`; },

  (r, cc) => { const c = ctx(r, cc); const k = card(r, cc); const cv = cvv(r, k.brand); const em = emailFixed(`accounts@${c.dom}`);
    return R`${hi(r, c)}\n\nSorry for the trouble with the annual renewal. I tried the payment again manually with the details from your last message - card ${k}, security code ${cv} - and this time it went through. Your receipt (${L.invoice(r)}) has been sent.\n\nFor future renewals you can write to ${em} rather than this address.\n\n${bye(r)}\n${sig(r, c)}`; },
  (r, cc) => { const c = ctx(r, cc); const em = email(r, c.who, c.p.domains); const ph = phone(r, cc); const id = nationalId(r, cc); const k = card(r, cc); const ex = expiry(r);
    const q1 = quotedR(r, c, R`Hello again,\n\nI still have not heard back. Someone changed the e-mail and phone on my profile and then tried to buy\nairtime and vouchers. I want my own details back on the account and the card replaced.\nThe card they used is ${k} expiring ${ex}. I have blocked it on the app but the\npending transactions are still there.\n\nPlease call me, this is urgent.\n${c.who.first}`);
    const q2 = quoted(r, c, `Dear ${c.co},\n\nI cannot log in since yesterday. The app says my password was changed but I did not change it.\nPlease help.`, r.pick(['Sunday', 'Monday', 'Saturday']) + ' ' + c.at);
    return R`${hi(r, c)}\n\nI am very sorry for the delay in getting back to you, and for the stress this has caused. I have now gone through the whole history of your profile with our fraud team, and here is where things stand.\n\n1. The unauthorised changes were made on ${c.day} from a device we had never seen on your account. We have removed that device and reversed both changes.\n2. Your profile once again shows your own e-mail address, ${em}, and your own mobile number, ${ph}. We confirmed both against your ${id.label} ${id}, which matches our records.\n3. The card you mentioned has been cancelled permanently. None of the pending transactions (${L.order(r)}, ${L.order(r)}) will be paid; they will drop off within 7 days. A replacement card will be couriered to ${c.addr} within 5 working days.\n4. Please set a new password the next time you open the app. Do not reuse the old one.\n\nFor your records, your fraud case number is ${c.ticket}. If you notice anything else unusual, reply to this e-mail and it will come straight to me.\n\n${bye(r)}\n${sig(r, c)}${disclaimer(r, c)}\n\n${q1}\n\n${q2}`; },
];
