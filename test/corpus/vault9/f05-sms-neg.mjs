// Family 5, hard negatives: SMS / WhatsApp replies with emoji, slang and look-alike numbers.
import { R } from './build.mjs';
import { ctx, wa, L, amount, date } from './common.mjs';
import { MASK } from './obf.mjs';

const mpesaCode = (r) => r.letters(3, 'ABCDEFGHJKLMNPQRSTUVWXYZ') + r.digits(1) + r.letters(6, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789');

export default [
  (r, cc) => { const c = ctx(r, cc);
    return wa(r, c, [['b', `📦 ${c.co}: Hi ${c.who.first}, ur parcel ${c.order} is out 4 delivery today btwn 10:00-14:00. Track: ${L.dhl(r)} (DHL)`], ['c', 'can they come after 3? at work 😅'], ['b', `Sure, moved to ${date(r, 'long')} 15:00-18:00 ✅`], ['c', '🙌']]); },

  (r, cc) => { const c = ctx(r, cc);
    return R`${c.co.toUpperCase().replace(/ /g, '')} ALERT ⚠️ We will NEVER ask 4 ur PIN, password or OTP by SMS, WhatsApp or phone. Scammers are calling customers pretending to be us. If in doubt hang up & visit ${c.web}/security. Ref ${L.ticket(r)}. Reply STOP to opt out.`; },

  (r, cc) => { const c = ctx(r, cc);
    return R`${mpesaCode(r)} Confirmed. ${amount(r, cc, 50, 900)} paid to ${c.co.toUpperCase()} for account ${L.invoice(r)} on ${date(r, 'num')} at ${r.int(1, 12)}:${String(r.int(0, 59)).padStart(2, '0')} PM. Transaction cost, ${amount(r, cc, 1, 9)}. Amount you can transact within the day is ${amount(r, cc, 1000, 9000)}.\n\n${c.co}: thx ${c.who.first}, payment received 👍 bundle activated, valid till ${date(r, 'long')}.`; },

  (r, cc) => { const c = ctx(r, cc);
    return wa(r, c, [['b', `Hi ${c.who.first} 👋 reminder: ur appointment at our ${c.city} branch is on ${date(r, 'long')} at ${r.int(8, 15)}:${r.pick(['00', '30'])}. Pls bring ur booking ref ${L.ticket(r)} 📅`], ['c', 'is it still at the same place?'], ['b', `Yes 📍 ${c.addr}`], ['c', 'ok see u then']]); },

  (r, cc) => { const c = ctx(r, cc); const l4 = L.last4(r);
    return wa(r, c, [['c', 'did u get my payment??'], ['b', `Yes ✅ ${c.amt} received from card ${MASK.card(l4, r)} on ${date(r, 'num')}. Receipt ${L.invoice(r)} 🧾`], ['c', 'sharp sharp 👌']]); },

  (r, cc) => { const c = ctx(r, cc);
    return wa(r, c, [['c', `bro where is my order 😂😂 been 2 weeks. order ${c.order}`], ['b', `Eish sorry ${c.who.first} 🙈 it got stuck at customs. New ETA ${date(r, 'long')}. We'll refund the ${amount(r, cc, 5, 80)} shipping fee as well`], ['c', 'ok cool no stress'], ['b', 'Thanks for the patience 🙏 ticket ' + c.ticket]]); },

  (r, cc) => { const c = ctx(r, cc);
    return wa(r, c, [['c', 'app keeps crashing when i open statements'], ['b', `Hi! Pls update to ${L.version(r)} from the store 📲 and clear cache. Still crashing? send a screenshot (NO card or PIN details pls 🙏)`], ['c', 'updated, works now 🎉'], ['b', `Awesome 🙌 closing ticket ${c.ticket}`]]); },
];
