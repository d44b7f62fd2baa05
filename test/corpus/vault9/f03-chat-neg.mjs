// Family 3, hard negatives: chat transcripts with look-alike numbers and no sensitive values.
import { ctx, chat, L, amount, date } from './common.mjs';
import { MASK } from './obf.mjs';

export default [
  (r, cc) => { const c = ctx(r, cc); const ups = L.ups(r);
    return chat(r, c, [['c', `where is my parcel?? order ${c.order}`], ['a', `Hi ${c.who.first}, let me look. It shipped on ${date(r, 'long')} with UPS, tracking ${ups}.`], ['a', `The last scan was at the ${c.city} hub at ${r.int(6, 11)}:${r.pick(['10', '25', '40'])} this morning. Delivery is expected tomorrow before 17:00.`], ['c', 'ok thanks'], ['a', 'Anything else I can help with?'], ['c', 'no thats all']]); },

  (r, cc) => { const c = ctx(r, cc);
    return chat(r, c, [['c', `someone called me saying they are from ${c.co} and asked for the OTP on my phone`], ['a', `Thank you for checking with us, ${c.who.first}. That was not us. We will never ask for your PIN, password or one-time PIN, by phone, SMS or chat.`], ['c', 'i didnt give it to them'], ['a', `Well done. I've added a note to your profile and logged it as ${c.ticket}. If you get another call, just hang up.`]]); },

  (r, cc) => { const c = ctx(r, cc); const l4 = L.last4(r);
    return chat(r, c, [['c', `I was charged ${c.amt} twice`], ['a', 'Sorry about that! Can you give me the last 4 digits of the card and the date?'], ['c', `${l4}, it was on ${date(r, 'num')}`], ['a', `Thanks. I can see two authorisations on ${MASK.card(l4, r)}. The second one is a pending hold and will drop off within 7 days - you will only be charged once.`], ['c', 'phew ok']]); },

  (r, cc) => { const c = ctx(r, cc); const imei = L.imei(r);
    return chat(r, c, [['c', `my phone says "SIM not provisioned MM#2"`], ['a', `Hi ${c.who.first}. Could you send me the IMEI? Dial *#06# to see it.`], ['c', imei], ['a', `Thanks. The device is on software ${L.version(r)} and the network lock was still active. I have sent an unlock request, ref ${L.ticket(r)}. Please restart the phone in 10 minutes.`], ['c', 'working now!']]); },

  (r, cc) => { const c = ctx(r, cc);
    return chat(r, c, [['c', `why is my bill ${amount(r, cc)} this month`], ['a', `Let me check, ${c.who.first}. Invoice ${L.invoice(r)} includes a once-off installation fee of ${amount(r, cc, 20, 300)} and the pro-rata for ${r.int(3, 27)} days.`], ['a', `From next month it will be the normal ${amount(r, cc, 20, 400)}. Your customer reference is ${L.order(r)}.`], ['c', 'ok makes sense']]); },

  (r, cc) => { const c = ctx(r, cc); const l4 = L.last4(r);
    return chat(r, c, [['c', 'can I give you my card number to pay the arrears?'], ['a', `Please don't type your card number in the chat, ${c.who.first}. I'll send you a secure payment link instead.`], ['s', `Payment link sent: https://pay.${c.dom}/l/${L.pnr(r).toLowerCase()}`], ['c', `done, used the card ending ${l4}`], ['a', `Received, thank you! Receipt ${L.invoice(r)}.`]]); },

  (r, cc) => { const c = ctx(r, cc);
    return chat(r, c, [['c', 'I need to book a technician'], ['a', `Sure. The earliest slot at ${c.city} is ${date(r, 'long')}, between 08:00 and 12:00. Does that work?`], ['c', 'yes'], ['a', `Booked. Job number ${L.ticket(r)}. The technician will come to ${c.addr}. Please make sure someone over 18 is home.`], ['c', 'thank you']]); },
];
