// vault7: shared wrappers (chat export, forwarded mail, HTML, signatures) and safe look-alike filler.
import { T, int, pick, chance, pad, digits } from './lib.mjs';
import * as G from './lib2.mjs';

export const LANGS = ['en', 'en_us', 'en_in', 'en_ng', 'en_ke', 'en_zw', 'en_za', 'sw', 'sn', 'nd', 'zu', 'af', 'ha', 'yo', 'fr', 'pt', 'es', 'ar', 'hi'];
const HELLO = {
  en: 'Hi %,', en_us: 'Hey %,', en_in: 'Dear %,', en_ng: 'Good day %,', en_ke: 'Hello %,', en_zw: 'Hi %, hope you are well.', en_za: 'Hi %,',
  sw: 'Habari %,', sn: 'Mhoro %,', nd: 'Salibonani %,', zu: 'Sawubona %,', af: 'Goeie dag %,', ha: 'Sannu %,', yo: 'Ẹ n lẹ %,',
  fr: 'Bonjour %,', pt: 'Olá %,', es: 'Hola %,', ar: 'مرحباً %،', hi: 'Namaste %ji,',
};
const THANKS = {
  en: 'Thanks for your patience.', en_us: 'Thanks so much for bearing with us!', en_in: 'Kindly bear with us, we are looking into it.', en_ng: 'Thank you for your patience, we are on it.',
  en_ke: 'Asante for your patience.', en_zw: 'Thank you for your patience.', en_za: 'Thanks for your patience, shame, we know it has been a long week.',
  sw: 'Asante kwa uvumilivu wako.', sn: 'Tinotenda nemoyo murefu wenyu.', nd: 'Siyabonga ngokubekezela kwenu.', zu: 'Siyabonga ngokubekezela kwakho.',
  af: 'Baie dankie vir jou geduld.', ha: 'Mun gode da hakurinku.', yo: 'A dupẹ fun suuru yin.', fr: 'Merci pour votre patience.', pt: 'Obrigado pela paciência.',
  es: 'Gracias por su paciencia.', ar: 'شكراً لصبركم.', hi: 'Aapke dhairya ke liye dhanyavaad.',
};
const BYE = {
  en: 'Kind regards,', en_us: 'Best,', en_in: 'Warm regards,', en_ng: 'Best regards,', en_ke: 'Regards,', en_zw: 'Kind regards,', en_za: 'Cheers,',
  sw: 'Wako,', sn: 'Ndini wenyu,', nd: 'Ngiyabonga,', zu: 'Ozithobayo,', af: 'Groete,', ha: 'Na gode,', yo: 'Ẹ ṣe o,', fr: 'Cordialement,', pt: 'Atenciosamente,',
  es: 'Saludos cordiales,', ar: 'مع أطيب التحيات،', hi: 'Dhanyavaad,',
};
export const hello = (lang, n) => (HELLO[lang] || HELLO.en).replace('%', n);
export const thanks = (lang) => THANKS[lang] || THANKS.en;
export const bye = (lang) => BYE[lang] || BYE.en;
const NEVER = {
  en: 'Reminder: we will never ask for your PIN, password or one-time code.', en_ng: 'Please note that we will never ask for your BVN, PIN or OTP on chat.',
  sw: 'Kumbuka: hatutawahi kukuomba PIN, nenosiri au msimbo wa OTP.', sn: 'Ziva kuti hatimbokumbiri PIN kana password yenyu.', nd: 'Khumbula: kasisoze sikucele i-PIN loba i-password yakho.',
  zu: 'Khumbula: ngeke sikucele i-PIN noma iphasiwedi yakho.', af: 'Onthou: ons sal nooit jou PIN of wagwoord vra nie.', ha: 'Ku sani: ba za mu taba neman lambar PIN ko kalmar sirri ba.',
  yo: 'Ẹ ranti: a kò ní béèrè PIN tàbí ọ̀rọ̀ aṣínà yín láé.', fr: 'Rappel : nous ne vous demanderons jamais votre code PIN ni votre mot de passe.',
  pt: 'Lembrete: nunca pedimos o seu PIN, palavra-passe ou código de verificação.', es: 'Recuerde: nunca le pediremos su PIN, contraseña ni código de verificación.',
  ar: 'تذكير: لن نطلب منك أبداً رقم التعريف الشخصي أو كلمة المرور.', hi: 'Yaad rakhein: hum kabhi bhi aapka PIN, password ya OTP nahi maangte.',
};
export const neverAsk = (lang) => NEVER[lang] || NEVER[lang.startsWith('en') ? 'en' : 'en'];

// Company signature; phone/e-mail are labelled findings (a company's own contact is still reported).
export function sig(agent, brand, { phone = true, mail = true, cc = pick(G.PHONE_CC), lang = 'en', html = false } = {}) {
  const dom = G.domainOf(brand);
  const br = html ? '<br>\n' : '\n';
  return T`${bye(lang)}${br}${agent}${br}${brand} Customer Care${br}${phone ? T`Tel: ${G.phone(cc, pick(['intl', 'intl', 'national', 'e164']))}${br}` : ''}${mail ? T`Email: ${G.corpMail(pick(['support', 'help', 'care', 'hello', 'customercare']), dom)}${br}` : ''}${'www.' + dom}`;
}
// Signature with nothing sensitive (for hard negatives).
export const safeSig = (agent, brand, lang = 'en') => `${bye(lang)}\n${agent}\n${brand} Customer Care\n${pick(['Reply to this e-mail or use the chat in the app.', 'Help centre: www.' + G.domainOf(brand) + '/help', 'Open Mon–Fri 08:00–17:00 (CAT)', 'Ticket ' + G.ticketNo() + ' — please keep the reference in the subject line.'])}`;

let clock = Date.UTC(2025, 2, 3, 8, 0, 0);
export function stamp(fmt = 'iso') {
  clock += int(7, 300) * 1000;
  const d = new Date(clock);
  const hh = pad(d.getUTCHours(), 2), mm = pad(d.getUTCMinutes(), 2), ss = pad(d.getUTCSeconds(), 2);
  if (fmt === 'iso') return `${d.toISOString().slice(0, 10)} ${hh}:${mm}:${ss}`;
  if (fmt === 'short') return `${hh}:${mm}`;
  return `${pad(d.getUTCDate(), 2)}/${pad(d.getUTCMonth() + 1, 2)}/${d.getUTCFullYear()}, ${hh}:${mm}`;
}
// Live-chat export: lines = [[who, parts], ...]
export function chat(lines, style = pick(['bracket', 'whatsapp', 'plain'])) {
  clock = Date.UTC(int(2024, 2025), int(0, 11), int(1, 28), int(6, 19), int(0, 59), int(0, 59));
  return lines.map(([who, p]) => style === 'bracket' ? T`[${stamp('iso')}] ${who}: ${p}\n` : style === 'whatsapp' ? T`${stamp('wa')} - ${who}: ${p}\n` : T`${who} (${stamp('short')}): ${p}\n`);
}
export function fwd(from, to, subject, body, lang = 'en') {
  const h = lang === 'fr' ? ['De', 'Envoyé', 'À', 'Objet'] : lang === 'pt' ? ['De', 'Enviado', 'Para', 'Assunto'] : lang === 'es' ? ['De', 'Enviado', 'Para', 'Asunto'] : ['From', 'Sent', 'To', 'Subject'];
  return T`---------- Forwarded message ---------\n${h[0]}: ${from}\n${h[1]}: ${G.date()} ${G.time()}\n${h[2]}: ${to}\n${h[3]}: ${subject}\n\n${body}`;
}
export const html = (parts) => T`<div style="font-family:Arial,sans-serif">\n${parts}\n</div>`;
export const ent = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

// ---------- safe look-alike filler (never contains a sensitive value) ----------
const FILL = [
  () => `Your order ${G.orderNo()} was dispatched on ${G.date()} and the tracking number is ${G.trackingNo()}.`,
  () => `Invoice ${G.invoiceNo()} for ${G.amount()} was paid on ${G.date()} at ${G.time()}.`,
  () => `I have logged this under ticket ${G.ticketNo()} so any colleague can pick it up.`,
  () => `The refund of ${G.amount()} has been approved and should reflect within 3-5 working days.`,
  () => `For reference, the payment was made with the ${G.maskedCard()} and nothing else is needed from you.`,
  () => `The app version on your device is ${G.version()}; please update to the latest build from the store.`,
  () => `Our logs show error ${G.errCode()} at ${G.time()} on ${G.date()}, which was a temporary outage on our side.`,
  () => `The courier will deliver to ${G.address()} between ${pad(int(7, 11), 2)}:00 and ${int(12, 18)}:00.`,
  () => `Your replacement (SKU ${pick(['TV', 'RTR', 'PH', 'SIM'])}-${int(10, 99)}-${pick(['UHD', 'AX3000', 'A15', 'NANO'])}) is reserved under order ${G.orderNo()}.`,
  () => `The booking reference is ${pick(['QZ', 'KX', 'ET', 'SA'])}${int(1000, 9999)}${pick(['A', 'B', 'C'])} for the flight on ${G.date()}.`,
  () => `Meter readings: previous ${int(10000, 99999)} kWh, current ${int(10000, 99999)} kWh, billed ${G.amount()}.`,
  () => `Promo code WINTER${int(10, 40)} gives ${int(5, 30)}% off your next order before ${G.date()}.`,
  () => `The account statement for ${pick(['March', 'April', 'May', 'June', 'July'])} shows ${int(2, 19)} transactions totalling ${G.amount()}.`,
];
export const filler = (n = 1) => Array.from({ length: n }, () => pick(FILL)()).join(' ');
// a block of technical look-alikes (logs/ids) for tier-2 notes
export const techNoise = () => pick([
  `request_id=${G.uuid()} host=${G.ip()} status=${pick([200, 402, 409, 500])} latency_ms=${int(20, 900)}`,
  `commit ${G.sha(40)} deployed to prod-${pick(['eu', 'af', 'us'])}-${int(1, 3)} at ${G.date()} ${G.time()}`,
  `ts=${G.msTimestamp()} level=warn msg="retry scheduled" attempt=${int(1, 5)} order=${G.orderNo()}`,
  `sha256:${G.sha(64)}`,
  `device IMEI ${'35' + digits(13)} firmware ${G.version()} build ${int(1000, 9999)}`,
]);
export const sub = (lang, subjects) => subjects[lang] || subjects.en;
export const maybe = (p, x) => (chance(p) ? x : '');
// e-mail history block ("On <date>, X wrote:" + "> " quoted lines); parts may hold labelled values without newlines
export function quoted(who, parts) {
  const q = (p) => (Array.isArray(p) ? p.map(q) : typeof p === 'string' ? p.replace(/\n/g, '\n> ') : p);
  return T`\n\nOn ${G.date()} at ${G.time()}, ${who} wrote:\n> ${q(parts)}`;
}
// a long, safe back-and-forth history (used to push values deep into long texts)
export function history(n, customer, brand, budget = 2000) {
  const out = []; let len = 0;
  for (let i = 0; i < n; i++) {
    const body = i % 2 ? `Hello,\n\n${filler(int(2, 4))}\n\n${neverAsk('en')}\n\n${brand} Support` : `Hi,\n\n${pick(['Any update on this?', 'Still waiting, this is the third time I write.', 'The app still shows the old balance.', 'Nobody called me back yesterday.'])} ${filler(int(1, 3))}\n\n${customer}`;
    const qb = quoted(i % 2 ? `${brand} Support` : customer, body); const l = qb.flat(9).reduce((a, p) => a + (typeof p === 'string' ? p.length : p.text.length), 0);
    if (len + l > budget) break; len += l; out.push(qb);
  }
  return out;
}
