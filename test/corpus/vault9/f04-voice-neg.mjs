// Family 4, hard negatives: call transcripts and voice notes with numbers that are not findings.
import { R } from './build.mjs';
import { ctx, L, amount, date } from './common.mjs';
import { spoken, spokenGroups } from './obf.mjs';

const hdr = (r, c) => r.pick([`Call transcript - ${c.co} - ${c.day} - ticket ${c.ticket}`, `[Speech-to-text] Queue ${r.pick(['Deliveries', 'Billing', 'Tech'])}, agent ${c.agent}, ${c.day} ${c.at}`, `Call summary with transcript (auto), ${c.day}`]);

export default [
  (r, cc) => { const c = ctx(r, cc); const o = r.digits(8);
    return R`${hdr(r, c)}\n\nAgent: ${c.co}, ${c.agent} speaking.\nCaller: Hi, I'm calling about order number ${spokenGroups(o, [4, 4])}.\nAgent: Let me pull that up... yes, order ${o}. It's out for delivery today, the driver should be with you between twelve and three.\nCaller: Can he leave it with the security guard?\nAgent: Yes, I've added that note. Anything else?\nCaller: No, thank you.`; },

  (r, cc) => { const c = ctx(r, cc);
    return R`IVR script v${r.int(3, 9)}.${r.int(0, 9)} - ${c.co} main menu (recorded ${date(r, 'long')})\n\n"Welcome to ${c.co}. Calls are recorded for quality and training. Please note that we will never ask for your PIN, your password or your one-time PIN. For account balances, press one. For a new card, press two. To report fraud, press three. For all other queries, press zero. Our branches are open from eight until five, Monday to Friday, and from eight until one on Saturdays."`; },

  (r, cc) => { const c = ctx(r, cc); const l4 = L.last4(r);
    return R`${hdr(r, c)}\n\ncustomer: there's a debit on my card I don't recognise\nagent: I'm sorry to hear that. Can you give me just the last four digits of the card?\ncustomer: ${spoken(l4)}\nagent: thank you, card ending ${l4}. I can see ${c.amt} at ${r.pick(['a fuel station', 'an online store', 'a supermarket'])} on ${date(r, 'long')}. I've blocked the card and a replacement will be couriered within five working days\ncustomer: okay thank you`; },

  (r, cc) => { const c = ctx(r, cc); const meter = L.meter(r);
    return R`Voice note (transcribed), ${c.day}:\n\n"Good morning, I bought electricity for ${amount(r, cc, 10, 200)} yesterday at about ${r.int(5, 9)} pm but nothing has come through. My meter number is ${spokenGroups(meter, [4, 4, 3])}, that's ${meter}. The receipt says transaction ${L.invoice(r)}. Please check, thank you."\n\nAgent note: vend reprocessed, ref ${L.ticket(r)}.`; },

  (r, cc) => { const c = ctx(r, cc); const tk = r.digits(6);
    return R`${hdr(r, c)}\n\nAgent: Before you go, your reference number for today's call is ${spokenGroups(tk, [3, 3])}... that's ${tk}.\nCaller: Sorry, can you repeat that?\nAgent: ${tk.split('').join(' ')}. You can quote it if you call back.\nCaller: Got it. And the technician comes on ${date(r, 'long')}?\nAgent: Yes, between eight and twelve.`; },

  (r, cc) => { const c = ctx(r, cc);
    return R`${hdr(r, c)}\n\ncaller: the router keeps showing a red light\nagent: okay can you read me the model and firmware on the sticker\ncaller: it says ${L.sku(r)}, firmware ${L.version(r)}\nagent: thanks and the serial number\ncaller: S N ${r.letters(2)} ${r.digits(8)}\nagent: right the line test shows error code E ${r.int(100, 999)}, I'm sending a technician. The job number is ${L.ticket(r)}\ncaller: thanks`; },

  (r, cc) => { const c = ctx(r, cc); const amt = r.int(150, 990);
    return R`Call wrap-up (speech analytics), ${c.day}:\n\n- Intent: payment arrangement\n- Customer agreed to pay ${amount(r, cc, amt, amt)} on the ${r.pick(['first', 'fifteenth', 'twenty-fifth'])} of each month for ${r.pick(['three', 'six', 'twelve'])} months\n- Agent quoted "we will never ask you to tell us your PIN or password over the phone"\n- Sentiment: neutral to positive\n- Arrangement ID ${L.order(r)}, next review ${date(r, 'long')}`; },
];
