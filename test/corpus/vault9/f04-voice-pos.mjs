// Family 4, positives: phone-call transcripts and transcribed voice notes (numbers read out).
import { R, S } from './build.mjs';
import { ctx, L } from './common.mjs';
import { card, cvv, phone, emailAddr, emailFixed, account, nuban, ukPair } from './values.mjs';
import { nationalId, otp, ask } from './ids.mjs';
import { spoken, spokenGroups, sizesFor } from './obf.mjs';
import { parsePhoneNumber } from 'libphonenumber-js/max';

const hdr = (r, c) => r.pick([`Call recording transcript - ${c.co} - ${c.day} ${c.at} - ticket ${c.ticket}`, `[Auto-transcribed call, confidence 0.87] Queue: ${r.pick(['Billing', 'Cards', 'Retentions', 'General'])} | ${c.day}`, `Call notes (speech-to-text), agent ${c.agent}, ${c.day}`]);
const spokenPhone = (r, cc) => phone(r, cc, { display: (e) => { const nat = parsePhoneNumber(e).formatNational().replace(/\D/g, ''); return spokenGroups(nat, nat.length === 10 && nat[0] !== '0' ? [3, 3, 4] : [4, 3, 4]); } });

export default [
  (r, cc) => { const c = ctx(r, cc); const k = card(r, cc, { display: (pan) => spokenGroups(pan, sizesFor(pan)) }); const cv = cvv(r, k.brand);
    const cvS = S('CARD_CVV', spoken(cv.check.value), cv.check);
    return R`${hdr(r, c)}\n\nAgent: Thank you for calling ${c.co}, my name is ${c.agent}, how can I help?\nCaller: Hi, yes, I want to pay my outstanding balance over the phone.\nAgent: Sure. Which card will you be using?\nCaller: The ${k.brandName}. It's ${k}.\nAgent: And the security code on the back?\nCaller: ${cvS}.\nAgent: Thank you, the payment of ${c.amt} has gone through. Your receipt number is ${L.invoice(r)}.\nCaller: Great, thanks.\n[end of call, duration ${r.int(3, 9)}:${String(r.int(0, 59)).padStart(2, '0')}]`; },

  (r, cc) => { const c = ctx(r, cc); const from = phone(r, cc, { style: 'intl' }); const back = spokenPhone(r, cc);
    return R`Voicemail from ${from} (0:${r.int(20, 59)}) - transcription:\n\n"hi um this is ${c.who.first.toLowerCase()} ${c.who.last.toLowerCase()} calling about my ${r.pick(['insurance claim', 'internet connection', 'loan application', 'refund'])} the reference is ${L.ticket(r).replace('#', '')} uh could somebody please call me back on ${back} any time after ${r.int(2, 5)} o'clock thank you bye"\n\nTranscribed automatically by ${c.co} Voice. Accuracy may vary.`; },

  (r, cc) => { const c = ctx(r, cc); const id = nationalId(r, cc, { ZW: 'zw_id', ZA: 'za_id', KE: 'ke_id', NG: 'ng_nin', GB: 'nino', US: 'ssn', IN: 'aadhaar', CA: 'sin' }[cc]);
    const idS = /^\d+$/.test(id.check.value) ? S('NATIONAL_ID', spokenGroups(id.check.value, [3, 3, 3, 3, 3]), id.check) : id;
    return R`${hdr(r, c)}\n\nagent: for security can I please have your ${id.label.toLowerCase()}\ncaller: yes it's ${idS}\nagent: thank you and your date of birth\ncaller: the ${r.int(2, 28)}th of ${r.pick(['may', 'june', 'august'])} ${r.int(1966, 2000)}\nagent: perfect you're verified. so the new policy starts on the first and the premium is ${c.amt}\ncaller: okay that's fine\nagent: is there anything else I can help you with today\ncaller: no that's all thanks`; },

  (r, cc) => { const c = ctx(r, cc); const o = otp(r); const oS = S('CREDENTIAL', o.display.split('').join(' '), o.check); const o2 = S('CREDENTIAL', spoken(o.check.value), o.check);
    return R`IVR call flow log - ${c.co} - session ${L.tsLuhn(r)}\n\n[prompt 12] "Welcome back. Your one-time PIN is ${oS}. I repeat, your one-time PIN is ${o2}. Please enter it on the website now."\n[DTMF] caller pressed 1\n[prompt 14] "Thank you. Your transfer of ${c.amt} has been submitted."\n[hangup] normal clearing`; },

  (r, cc) => { const c = ctx(r, cc);
    const s = ask(r.pick(['For security, can you please read me your four-digit card PIN?', 'Before we go on, I need you to read out the one-time PIN we just sent you.', 'Just to verify you, could you tell me your online banking password?']));
    return R`${hdr(r, c)}\n\nAgent: Good ${r.pick(['morning', 'afternoon'])}, this is ${c.agent} from the ${c.co} fraud desk. Am I speaking to ${c.who.first} ${c.who.last}?\nCustomer: Yes, speaking.\nAgent: We noticed a payment of ${c.amt} at an online store this morning. ${s}\nCustomer: Hmm, I was told you never ask for that.\nAgent: ...\nCustomer: I'll call the number on the back of my card instead.\n[call ended by customer]`; },

  (r, cc) => { const c = ctx(r, cc);
    let acct;
    if (cc === 'GB') { const p = ukPair(r); acct = R`sort code ${S('ROUTING_NUMBER', spokenGroups(p.sort, [2, 2, 2]), { kind: 'sort', value: p.sort })}, account number ${S('BANK_ACCOUNT', spokenGroups(p.acct, [4, 4]), { kind: 'uk_acct', value: p.acct, sort: p.sort })}`; }
    else if (cc === 'NG') { const n = nuban(r); acct = R`${n.bankName}, account ${S('BANK_ACCOUNT', spokenGroups(n.check.value, [3, 3, 4]), n.check)}`; }
    else if (cc === 'CA') { acct = R`the account ending ${spoken(L.last4(r))} that you already have on file; no change needed. And my new cell is ${spokenPhone(r, cc)}`; }
    else { const a = account(r, cc); acct = R`${a.bankName}, account number ${S('BANK_ACCOUNT', spokenGroups(a.check.value, [3, 3, 3, 3, 3]), a.check)}`; }
    return R`${hdr(r, c)}\n\nCaller: I'd like the refund paid to my bank account rather than the card.\nAgent: No problem, what are the details?\nCaller: It's ${acct}.\nAgent: Let me read that back... yes, got it. The refund of ${c.amt} will be paid within five working days.\nCaller: Thanks very much.`; },

  (r, cc) => { const c = ctx(r, cc); const v = emailAddr(r, c.who, c.p.domains); const em = emailFixed(v, v.replace('@', ' at ').replace(/\./g, ' dot ')); const ph = spokenPhone(r, cc);
    return R`Voice note transcript (WhatsApp, ${r.int(0, 1)}:${String(r.int(10, 59)).padStart(2, '0')}) forwarded by ${c.agent}:\n\n"Hello, it's ${c.who.first}. Please send the quotation to my email, it's ${em}, and if there's a problem you can phone me on ${ph}. The order number is ${L.order(r)}. Thank you."\n\nAgent note: quotation ${L.invoice(r)} sent ${c.day}.`; },
];
