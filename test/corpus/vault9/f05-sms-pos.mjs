// Family 5, positives: SMS / WhatsApp short replies with emoji and slang.
import { R } from './build.mjs';
import { ctx, wa } from './common.mjs';
import { card, expiry, phone, email, account, nuban } from './values.mjs';
import { nationalId, pin, otp, password, ask } from './ids.mjs';

export default [
  (r, cc) => { const c = ctx(r, cc); const p = pin(r);
    return wa(r, c, [['c', 'hi my card is blocked 😩 cant withdraw'], ['b', `Hi ${c.who.first} 👋 sorry about that! We've reset it for u.`], ['b', R`Ur new temp PIN is ${p} 🔐 pls change it at the ATM asap`], ['c', 'thanks 🙏🙏'], ['b', 'Pleasure! Anything else just shout 😊']]); },

  (r, cc) => { const c = ctx(r, cc); const o = otp(r);
    return R`${c.co.toUpperCase().replace(/ /g, '')}: ${r.pick(['Your', 'Ur'])} verification code is ${o}. It expires in 5 min. Ref ${c.ticket}.\n\n${c.co}: Hi ${c.who.first}, as promised in the chat, that code above is what you type in the app to finish the SIM swap 👍 If u did not request this, reply STOP.`; },

  (r, cc) => { const c = ctx(r, cc); const k = card(r, cc, { style: r.pick(['none', 'space']) }); const ex = expiry(r, 'mmyy');
    return wa(r, c, [['c', `hey can u pay the ${c.amt} for me from this card 💳`], ['c', R`${k} ${ex}`], ['b', `Hi ${c.who.first}! Pls don't send card details on WhatsApp 🙈 We'll delete this msg. Use the secure link instead 👉 ${c.web}/pay`], ['c', 'oops sorry lol']]); },

  (r, cc) => { const c = ctx(r, cc);
    const s = ask(r.pick(['pls send ur card no + the cvv at the back so we can sort it 🙏', 'kindly share the OTP u just got so we can verify ur acc ✅', 'Send us ur app password n we will fix the login for u 👍', 'reply with ur 4 digit PIN to confirm its u 🔐']));
    return wa(r, c, [['c', `my refund for ${c.order} still not in 😤`], ['b', `Hi ${c.who.first} sorry 4 the delay!!`], ['b', s], ['c', 'hmm ok']]); },

  (r, cc) => { const c = ctx(r, cc); const acct = cc === 'NG' ? R`${nuban(r)}` : ['GB', 'US', 'CA'].includes(cc) ? null : R`${account(r, cc)}`;
    const ph = phone(r, cc, { style: r.pick(['national', 'compact']) });
    return wa(r, c, [['c', 'how do i pay the deposit?'], ['b', acct ? R`Hi! U can do EFT to our acc ${acct} (ref: ${c.order}) or pay cash at any branch 🏦` : R`Hi! U can pay by card at ${c.web}/pay (ref: ${c.order}) or cash at any branch 🏦`], ['b', R`Then send proof of payment to our finance guy on ${ph} 📲`], ['c', '👍']]); },

  (r, cc) => { const c = ctx(r, cc); const id = nationalId(r, cc); const em = email(r, c.who, c.p.domains);
    return wa(r, c, [['b', `Hi ${c.who.first}, to finish the application we need ur ID no + email 📄`], ['c', R`${id.label}: ${id}`], ['c', R`email ${em}`], ['b', 'Got it ✅ we will send the contract to ur email within 24hrs']]); },

  (r, cc) => { const c = ctx(r, cc); const ph = phone(r, cc);
    return wa(r, c, [['b', `📦 Hi ${c.who.first}, ur order ${c.order} is with the driver today!`], ['b', R`Driver: ${r.pick(['Blessing', 'Musa', 'Peter', 'Joseph'])} ${ph} - he'll call b4 he gets there`], ['c', 'cool thx 😎 what time more or less?'], ['b', `Between 1 and 4pm 🕐`]]); },

  (r, cc) => { const c = ctx(r, cc); const pw = password(r);
    return wa(r, c, [['c', 'forgot the wifi password for the router u installed 🙃'], ['b', R`No stress! The Wi-Fi password is ${pw} 📶 u can change it in the app`], ['c', 'legend thx']]); },
];
