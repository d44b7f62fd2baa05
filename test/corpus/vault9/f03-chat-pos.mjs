// Family 3, positives: live-chat transcripts with timestamps and speaker names.
import { R } from './build.mjs';
import { ctx, chat, L } from './common.mjs';
import { card, expiry, cvv, phone, email, iban, bic } from './values.mjs';
import { nationalId, password, pin, otp, ask } from './ids.mjs';
import { bankProse } from './blocks.mjs';

export default [
  (r, cc) => { const c = ctx(r, cc); const k = card(r, cc, { style: r.pick(['none', 'space']) }); const ex = expiry(r, r.pick(['mmyy', 'dash'])); const cv = cvv(r, k.brand);
    return chat(r, c, [['a', `Hi ${c.who.first}, welcome to ${c.co} support. How can I help today?`], ['c', `my payment for order ${c.order} keeps failing`], ['a', 'Sorry about that. Which card are you using?'],
      ['c', R`its ${k} exp ${ex} and the cvv is ${cv}`], ['a', `Thanks. Please don't share those in chat next time - I can see the bank declined it with code 51, insufficient funds. Could you try another card?`], ['c', 'ok will do, thx']]); },

  (r, cc) => { const c = ctx(r, cc); const o = otp(r);
    const s = ask(r.pick(['Please type the 6-digit OTP we just sent to your phone here in the chat.', 'Can you share the one-time code from the SMS so I can confirm it is you?', 'I just need the verification code that came through on SMS, please paste it here.']));
    return chat(r, c, [['c', `Hi, I want to change the delivery address on ${c.order}`], ['a', `Hello ${c.who.first}, happy to help with that. First I need to verify the account.`], ['a', s], ['c', R`${o}`], ['a', `Thank you, verified. What is the new address?`], ['c', c.addr], ['a', `Done - the courier has the new address. Anything else?`]]); },

  (r, cc) => { const c = ctx(r, cc); const ph = phone(r, cc); const em = email(r, c.who, c.p.domains);
    return chat(r, c, [['a', `Good ${r.pick(['morning', 'afternoon'])}, you're chatting with ${c.agent}.`], ['c', 'I changed my number and now I dont get the alerts'], ['a', 'No problem, what is the new number and e-mail you want on the profile?'], ['c', R`${ph} and ${em}`],
      ['a', R`Updated. I have kept ${phone(r, cc, { style: 'intl' })} as your backup number, tell me if you want it removed. You should get a test SMS in a minute.`], ['c', 'got it thanks']]); },

  (r, cc) => { const c = ctx(r, cc); const id = nationalId(r, cc);
    return chat(r, c, [['c', `hello my account is blocked`], ['a', `Hi ${c.who.first}. I'm sorry to hear that. For security I'll ask a couple of questions. What is your date of birth?`], ['c', `${r.int(1, 28)} ${r.pick(['March', 'July', 'October'])} ${r.int(1965, 2001)}`],
      ['a', `And the ${id.label} registered on the account?`], ['c', R`${id}`], ['a', `Thank you, that matches. The block was placed after three failed logins; I've lifted it. Ticket ${c.ticket}.`]]); },

  (r, cc) => { const c = ctx(r, cc); const pw = password(r); const p = pin(r, r.pick([4, 5]));
    return chat(r, c, [['c', 'I cant log in to the app and the card is also asking for a pin'], ['a', `I've reset both for you, ${c.who.first}.`], ['a', R`New app password: ${pw}`], ['a', R`Temporary card PIN: ${p} - change it at any ATM.`], ['c', 'thank you so much'], ['a', `You're welcome. Have a great day!`]]); },

  (r, cc) => { const c = ctx(r, cc); const useIban = r.chance(0.5) || cc === 'CA';
    const ibc = r.pick(['GB', 'FR', 'NL', 'DE', 'IE']); const acct = useIban ? R`IBAN ${iban(r, ibc)} BIC ${bic(r, ibc)}` : bankProse(r, c);
    return chat(r, c, [['a', `Hi ${c.who.first}, I see the refund of ${c.amt} was returned by your bank.`], ['c', R`oh, I closed that account. use this one: ${acct}`], ['a', 'Thanks, I have updated the refund instruction. It should arrive in 3-5 working days.'], ['c', 'great']]); },

  (r, cc) => { const c = ctx(r, cc);
    const s = ask(r.pick(['To reverse it I will need your full card number and the CVV - please send them here.', 'Please send me the full 16 digits of the card and the expiry so I can find the transaction.', 'Could you confirm your card PIN for me so that I can unblock the card?']));
    return chat(r, c, [['c', `there is a charge of ${c.amt} I did not make`], ['a', `I'm sorry to hear that ${c.who.first}. Let me check.`], ['a', s], ['c', `the card ends in ${L.last4(r)}, isnt that enough?`], ['a', `Understood. I have escalated to the fraud team under ${c.ticket}.`]]); },
];
