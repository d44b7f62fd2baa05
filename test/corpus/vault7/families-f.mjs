// vault7 families F: hard negatives (nothing sensitive; full of order/invoice/tracking numbers, logs, masks).
import { pick, int, pad, digits, spoken, luhnComplete } from './lib.mjs';
import * as G from './lib2.mjs';
import { hello, thanks, safeSig, chat, fwd, filler, techNoise, neverAsk, LANGS, stamp } from './common.mjs';
import { loc } from './families-a.mjs';

const STATUS = {
  en: 'Good news — your order is on its way.', en_us: 'Great news, your package shipped!', en_in: 'Your order has been dispatched and will reach you soon.', en_ng: 'Your order has left our Lagos hub.',
  en_ke: 'Your parcel has been handed over to the courier.', en_zw: 'Your order is ready for collection at our Borrowdale branch.', en_za: 'Your parcel is with the courier and should arrive by Friday.',
  sw: 'Oda yako imetumwa na itafika hivi karibuni.', sn: 'Odha yenyu yatumirwa uye ichasvika mazuva mashoma.', nd: 'I-oda yakho isithunyelwe, izafika maduze.', zu: 'I-oda yakho isithunyelwe futhi izofika maduze.',
  af: 'Jou bestelling is gestuur en behoort binnekort te arriveer.', ha: 'An aika odar ku kuma za ta iso nan ba da jimawa ba.', yo: 'A ti fi ọjà yín ránṣẹ́, yóò dé láìpẹ́.',
  fr: 'Votre commande a été expédiée.', pt: 'A sua encomenda foi enviada.', es: 'Su pedido ha sido enviado.', ar: 'تم شحن طلبك وسيصلك قريباً.', hi: 'Aapka order bhej diya gaya hai aur jaldi pahunch jayega.',
};
const st = (l) => STATUS[l] || STATUS.en;

export function negOrder() {
  const lang = pick(LANGS); const n = G.name(loc(lang));
  return `${hello(lang, G.first(n))}\n\n${st(lang)}\n\nOrder: ${G.orderNo()}\nTracking: ${G.trackingNo()}\nShipped: ${G.date()} ${G.time()}\nTotal: ${G.amount()}\nPaid with: ${G.maskedCard()}\nDeliver to: ${G.address()}\n\n${filler()}\n${thanks(lang)}\n\n${safeSig(pick(G.AGENTS), pick(G.BRANDS), lang)}`;
}
const SAFE_ASK = [
  'To verify the account, please confirm only the last four digits of the card and the town where you opened the account.',
  'Please reply with your order number and a photo of the damaged item.',
  'Could you send us a screenshot of the error message (please cover any card details before sending)?',
  'Please do not send your card number, CVV, PIN or one-time code by e-mail — type the code into the app yourself.',
  'If someone calls asking for your OTP, hang up; our staff will never request it.',
  'Kindly confirm your delivery postcode and a convenient time slot.',
  'You can reset your password yourself from Settings > Security > Forgot password; we cannot see or set it for you.',
];
export function negSafeAsk() {
  const lang = pick(LANGS); const n = G.name(loc(lang));
  return `${hello(lang, G.first(n))}\n\n${filler()}\n\n${pick(SAFE_ASK)} ${pick(SAFE_ASK)}\n\n${neverAsk(lang)}\n\n${safeSig(pick(G.AGENTS), pick(G.BRANDS), lang)}`;
}
export function negLuhnOrders() {
  const items = Array.from({ length: int(2, 4) }, () => pick([
    () => `Order number ${G.luhnOrder()} (placed ${G.date()})`, () => `Court case no. 1747-${pad(int(1000, 9999), 4)}-${pad(int(1000, 9999), 4)}-${pad(int(1000, 9999), 4)}`,
    () => `event timestamp ${G.msTimestamp()}`, () => `Loyalty member no. ${G.luhnOrder()}`, () => `Consignment ${G.luhnOrder()}`,
    () => `Invoice batch ${G.invoiceNo()}`, () => `IMEI ${luhnComplete('35' + digits(12))} (device serial, not a card)`]));
  return `Hi team,\n\nThe customer's bank flagged these as "card numbers", but they are our own references:\n${items.map((f) => '- ' + f()).join('\n')}\n\nNone of them is payment data, so no redaction is needed. ${filler()}\n\n${pick(G.AGENTS)}`;
}
export function negMasked() {
  const n = G.name(pick(['uk', 'us', 'in', 'za', 'ng', 'ke']));
  const rows = Array.from({ length: int(3, 5), }, () => G.masked());
  return `${hello('en', G.first(n))}\n\nFor your security we only ever show partial details. The records on your profile are:\n${rows.map((r) => '  • ' + r).join('\n')}\n  • SSN: XXX-XX-${digits(4)}\n  • Aadhaar: XXXX XXXX ${digits(4)}\n\n${filler()}\n\n${safeSig(pick(G.AGENTS), pick(G.BRANDS))}`;
}
export function negTech() {
  const lines = Array.from({ length: int(3, 6) }, () => `${G.date()} ${G.time()}:${pad(int(0, 59), 2)} ${techNoise()}`);
  return `Tier-2 analysis for ${G.ticketNo()}\n\nRoot cause: ${G.errCode()} from the payment gateway after the ${G.version()} rollout (build ${int(2024, 2025)}${pad(int(1, 12), 2)}${pad(int(1, 28), 2)}.${int(1, 9)}).\nAffected hosts: ${G.ip()}, ${G.ip()}:${int(1024, 65535)}\n\n\`\`\`\n${lines.join('\n')}\n\`\`\`\n\nCustomer impact: checkout retries only, no card data involved. ${filler()}`;
}
export function negChat() {
  const n = G.name(pick(['zw', 'ke', 'ng', 'za', 'uk', 'in'])); const a = `Agent ${pick(G.AGENTS)}`;
  const lines = [[n, `where is my parcel, order ${G.orderNo()}`], [a, filler()], [n, `ok and the postcode is ${G.postcode()} right?`], [a, `Yes, ${G.address()}. ${filler()}`], [n, 'thanks']];
  return chat(lines).map((p) => (Array.isArray(p) ? p.join('') : p)).join('') + `\n-- chat ended ${stamp('iso')} --`;
}
export function negCsv() {
  const sep = pick([',', '\t', ';']);
  const rows = Array.from({ length: int(3, 6) }, () => [G.orderNo(), `SKU-${pick(['TV', 'RTR', 'PH', 'SIM'])}-${int(10, 99)}`, int(1, 5), G.amountPlain(), G.date(), G.postcode()].join(sep));
  return `Here's the export you asked for:\n\n${['order_id', 'sku', 'qty', 'amount', 'date', 'postcode'].join(sep)}\n${rows.join('\n')}\n\nTotals tie out to invoice ${G.invoiceNo()}. ${filler()}`;
}
export function negHtml() {
  const rows = Array.from({ length: int(2, 4) }, () => `<tr><td>${G.invoiceNo()}</td><td>${G.date()}</td><td>${G.amount()}</td></tr>`).join('\n');
  return `<div>\n<p>Dear&nbsp;customer,</p>\n<p>Please find your statement summary below&nbsp;&mdash; payments were taken from the card ending&nbsp;${digits(4)}.</p>\n<table>\n<tr><th>Invoice</th><th>Date</th><th>Amount</th></tr>\n${rows}\n</table>\n<p>Questions? Visit <a href="https://help.${G.domainOf(pick(G.BRANDS))}/billing">our billing help page</a>.</p>\n<p>${filler()}</p>\n</div>`;
}
export function negMacro() {
  return `Hi {{ticket.requester.first_name}},\n\nThanks for reaching out about ticket #{{ticket.id}}. We have updated the delivery for order {{ticket.ticket_field_${int(100000, 999999)}}} and will notify you at {{ticket.requester.email}} or by SMS to {{ticket.requester.phone}}.\n\n${filler()}\n\n${neverAsk('en')}\n\n{{current_user.first_name}} | {{ticket.brand.name}}`;
}
export function negTranscript() {
  const o = String(int(10000, 99999));
  return `[Auto-transcript ${G.ticketNo()}]\nAGENT: thanks for holding, can I have the order number please\nCALLER: yes it's ${spoken(o, 5)}\nAGENT: thank you, I see a delivery for ${G.date()} to ${G.postcode()}\nCALLER: and how much was it again\nAGENT: ${G.amount()}, paid on the card ending ${spoken(digits(4), 4)}\nAGENT: just so you know, we will never ask for your PIN or password on a call\n${filler()}`;
}
export function negSms() {
  return `SMS from ${pick(['MTN', 'Econet', 'Safaricom', 'Vodacom', 'Airtel'])} (${stamp('wa')}):\n"Y'ello! You have ${int(1, 20)}GB data valid until ${G.date()}. Dial *${int(100, 199)}# to check balance. Ref ${G.ticketNo()}."\n\nCustomer asked why the bundle expired early. ${filler()} Bundle code: ${pick(['DAILY', 'WEEKLY', 'NITE'])}${int(10, 99)}.`;
}
export function negPdf() {
  return `TAX INVOICE\nInvoice no:\n${G.invoiceNo()}\nDate: ${G.date()}\nCompany reg. ${int(2010, 2024)}/${pad(int(1, 999999), 6)}/07\nQty  Item                 Price\n${int(1, 4)}    ${pick(['Router AX3000', 'SIM kit', 'Solar geyser', 'Laptop bag'])}   ${G.amount()}\n${int(1, 4)}    Delivery            ${G.amount()}\nTotal due\n${G.amount()}\nPayment received with thanks — ${G.masked()}\nPage 1/1`;
}
export function negFwd() {
  const n = G.name(pick(['uk', 'za', 'ke', 'ng'])); const brand = pick(G.BRANDS);
  const body = `Hello,\n\nI still have not received order ${G.orderNo()}. The tracking page (${G.trackingNo()}) has said "in transit" since ${G.date()}.\n\nRegards,\n${n}`;
  return fwd(`${n}`, `${brand} Support`, `Order not received ${G.ticketNo()}`, body).join('') + `\n\n${pick(G.AGENTS)}: please chase the courier. ${filler()}`;
}
export const F_NEG = [negOrder, negOrder, negSafeAsk, negSafeAsk, negLuhnOrders, negMasked, negTech, negChat, negCsv, negHtml, negMacro, negTranscript, negSms, negPdf, negFwd];
