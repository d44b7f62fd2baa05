// Family 1, hard negatives: plain e-mail replies full of look-alikes, no sensitive values.
import { R } from './build.mjs';
import { ctx, hi, bye, sig, quoted, disclaimer, L, amount, date } from './common.mjs';
import { MASK } from './obf.mjs';

export default [
  (r, cc) => { const c = ctx(r, cc); const ups = L.ups(r);
    return R`${hi(r, c)}\n\nYour replacement router has left our warehouse. It is travelling with UPS under tracking number ${ups}, and the invoice ${L.invoice(r)} for ${c.amt} has been cancelled because the unit is under warranty.\n\nThe box also contains a new power adapter (SKU ${L.sku(r)}). Please keep the old unit until the courier collects it, usually within 3 working days.\n\n${bye(r)}\n${sig(r, c)}\n\n${quoted(r, c, `My router keeps rebooting every 20 minutes. Order ${c.order}.`)}`; },

  (r, cc) => { const c = ctx(r, cc); const l4 = L.last4(r);
    return R`${hi(r, c)}\n\nWe can see the payment of ${c.amt} from the card ${MASK.card(l4, r)} on ${c.day}. It was authorised at ${c.at} and settled the next morning, so the funds are with us and your account ${c.order} is paid up.\n\nPlease note that ${c.co} will never ask for your PIN, password or one-time code by e-mail or phone. If anyone does, it is not us.\n\n${bye(r)}\n${sig(r, c)}${disclaimer(r, c)}`; },

  (r, cc) => { const c = ctx(r, cc); const ref = L.refLuhn(r);
    return R`${hi(r, c)}\n\nThe EFT refund has been released. Please allow up to 48 hours. Our payment reference is ${ref} (it is a reference number, not a card or account number) and the amount is ${amount(r, cc)}.\n\nYou can see the status at ${c.web}/refunds under ticket ${c.ticket}.\n\n${bye(r)}\n${sig(r, c)}\n\n${quoted(r, c, `When will I get my money back? It has been two weeks.`)}`; },

  (r, cc) => { const c = ctx(r, cc); const imei = L.imei(r);
    return R`${hi(r, c)}\n\nThanks for the photos. The handset with IMEI ${imei} is covered until ${date(r, 'long')} and the repair will be done free of charge. The technician noted firmware ${L.version(r)} and recommends an update after the repair.\n\nPlease drop the phone at our branch at ${c.addr} between 08:00 and 17:00, Monday to Friday. Bring the job card ${L.ticket(r)}.\n\n${bye(r)}\n${sig(r, c)}`; },

  (r, cc) => { const c = ctx(r, cc);
    return R`${hi(r, c)}\n\nI have checked the three orders you mentioned:\n\n- ${L.order(r)} - delivered ${date(r, 'num')}, ${amount(r, cc)}\n- ${L.order(r)} - in transit with FedEx ${L.fedex(r)}\n- ${L.order(r)} - awaiting stock, ETA ${date(r, 'long')}\n\nThe credit note ${L.invoice(r)} covers the difference of ${amount(r, cc, 5, 200)}. No action is needed from your side.\n\n${bye(r)}\n${sig(r, c)}\n\n${quoted(r, c, `Can you tell me where my three orders are? I only received one.`)}`; },

  (r, cc) => { const c = ctx(r, cc);
    return R`${hi(r, c)}\n\nTo reset your password, please use the "Forgot password" link on the sign-in page at ${c.web}. For your security we cannot reset it by e-mail, and our staff will never ask you to send your password, PIN or card details.\n\nThe reset link is valid for 30 minutes. If it expires just request a new one. Case ${c.ticket}.\n\n${bye(r)}\n${sig(r, c)}\n\n${quoted(r, c, `I forgot my password again, can you just send me a new one?`)}`; },

  (r, cc) => { const c = ctx(r, cc);
    return R`${hi(r, c)}\n\nPlease find our company details for your supplier form:\n\n${c.co} ${{ ZA: '(Pty) Ltd', ZW: '(Private) Limited', KE: 'Limited', NG: 'Ltd', GB: 'Ltd', US: 'LLC', IN: 'Pvt Ltd', CA: 'Inc.' }[cc]}\nRegistration no. ${L.companyReg(r, cc)}\nVAT no. ${L.vat(r, cc)}\nPhysical address: ${c.addr}\n\nOur quotation ${L.invoice(r)} is valid for 30 days. Payment terms are 30 days from statement.\n\n${bye(r)}\n${sig(r, c)}`; },
  (r, cc) => { const c = ctx(r, cc); const l4 = L.last4(r); const ups = L.ups(r); const inv = L.invoice(r);
    const q1 = quoted(r, c, `Hi,\n\nThis is the third time I am writing. I paid ${c.amt} for the washing machine (order ${c.order}) with my card ending ${l4}\nand it arrived with a cracked drum. The driver left before I could check it. Your website still says "delivered".\nI want either a replacement or a refund, and I want someone to collect the broken one.\n\n${c.who.first} ${c.who.last}`);
    const q2 = quoted(r, c, `Hello, any update on ${c.ticket}? Nobody has contacted me.`, `${date(r, 'long')} at ${r.int(8, 20)}:${r.pick(['02', '19', '44'])}`);
    return R`${hi(r, c)}\n\nFirst of all, please accept my apologies. You should not have had to write to us three times, and I have raised this with the delivery team's manager.\n\nHere is what has now been arranged:\n\n- A replacement unit (SKU ${L.sku(r)}) left our ${c.city} warehouse this morning with UPS, tracking ${ups}. It is booked for delivery on ${date(r, 'long')} between 08:00 and 12:00.\n- The same driver will collect the damaged machine. Please leave it in its original packaging if you still have it; if not, that is fine.\n- We have credited you ${amount(r, cc, 20, 400)} for the inconvenience. It appears as credit note ${inv} and will show on your card ${MASK.card(l4, r)} within 5-7 working days.\n- Your original invoice and the warranty (valid until ${date(r, 'long')}) carry over to the new unit.\n\nThe driver will not ask you for any card details, PIN or codes. If anyone does, please do not share them and let us know immediately.\n\nIf the delivery slot does not suit you, reply with a better date and I will change it personally. Your case reference stays ${c.ticket}.\n\n${bye(r)}\n${sig(r, c)}${disclaimer(r, c)}\n\n${q2}\n\n${q1}`; },
];
