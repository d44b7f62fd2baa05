// vault7 families G: more hard negatives — security advice, dates that look like expiries/sort codes, codes, addresses.
import { pick, int, pad, digits, hex, upper } from './lib.mjs';
import * as G from './lib2.mjs';
import { hello, thanks, safeSig, filler, techNoise, neverAsk, LANGS, history } from './common.mjs';
import { build } from './lib.mjs';
import { loc } from './families-a.mjs';

const TIPS = {
  en: ['Scammers are pretending to be our staff. Remember:', 'Never share your PIN, CVV or one-time code with anyone.', 'We will never ask you to move money to a "safe account".', 'Only use the official app or the number printed on the back of your card.'],
  sw: ['Matapeli wanajifanya kuwa wafanyakazi wetu. Kumbuka:', 'Usimpe mtu yeyote PIN, CVV au msimbo wa OTP.', 'Hatutakuomba kuhamisha pesa kwenda "akaunti salama".', 'Tumia programu rasmi pekee.'],
  sn: ['Vanobira vari kuzviita vashandi vedu. Rangarirai:', 'Musapa munhu PIN, CVV kana kodhi yeOTP.', 'Hatimbokumbiri kuti mutumire mari ku"account yakachengeteka".', 'Shandisai app yedu chete.'],
  nd: ['Amasela azenza abasebenzi bethu. Khumbula:', 'Unganiki muntu i-PIN, i-CVV loba ikhodi ye-OTP.', 'Kasisoze sikucele ukuthi uthumele imali.', 'Sebenzisa i-app yethu kuphela.'],
  zu: ['Izigebengu zizenza abasebenzi bethu. Khumbula:', 'Ungabelani nanoma ubani nge-PIN, i-CVV noma ikhodi ye-OTP.', 'Ngeke sikucele ukuthi udlulisele imali.', 'Sebenzisa i-app esemthethweni kuphela.'],
  af: ['Bedrieërs gee voor hulle is ons personeel. Onthou:', 'Moet nooit jou PIN, CVV of eenmalige kode deel nie.', 'Ons sal jou nooit vra om geld na ’n "veilige rekening" oor te plaas nie.', 'Gebruik slegs die amptelike toep.'],
  ha: ['Yan damfara suna yin kamar ma’aikatanmu. Ku tuna:', 'Kada ku ba kowa lambar PIN, CVV ko OTP.', 'Ba za mu taba cewa ku tura kudi zuwa "asusun tsaro" ba.', 'Ku yi amfani da manhajarmu kawai.'],
  yo: ['Àwọn onírìbá ń ṣe bí òṣìṣẹ́ wa. Ẹ rántí:', 'Ẹ má ṣe fún ẹnikẹ́ni ní PIN, CVV tàbí OTP yín.', 'A kò ní ní kí ẹ gbé owó lọ sí "àkáǹtì ààbò".', 'Ẹ lo app wa nìkan.'],
  fr: ['Des escrocs se font passer pour nos conseillers. Rappel :', 'Ne communiquez jamais votre code PIN, votre cryptogramme ou un code à usage unique.', 'Nous ne vous demanderons jamais de virer de l’argent vers un « compte sécurisé ».', 'Utilisez uniquement l’application officielle.'],
  pt: ['Há burlões a fazerem-se passar pelos nossos colaboradores. Lembre-se:', 'Nunca partilhe o seu PIN, CVV ou código de uso único.', 'Nunca lhe pediremos para transferir dinheiro para uma "conta segura".', 'Use apenas a aplicação oficial.'],
  es: ['Hay estafadores haciéndose pasar por nuestro personal. Recuerde:', 'Nunca comparta su PIN, CVV o código de un solo uso.', 'Nunca le pediremos transferir dinero a una "cuenta segura".', 'Use solo la aplicación oficial.'],
  ar: ['هناك محتالون ينتحلون صفة موظفينا. تذكّر:', 'لا تشارك أبداً رقمك السري أو رمز CVV أو رمز التحقق.', 'لن نطلب منك أبداً تحويل أموال إلى "حساب آمن".', 'استخدم التطبيق الرسمي فقط.'],
  hi: ['Dhokebaaz hamare staff ban kar call kar rahe hain. Yaad rakhein:', 'Apna PIN, CVV ya OTP kisi ke saath share na karein.', 'Hum kabhi bhi paise "safe account" mein bhejne ko nahi kahenge.', 'Sirf official app ka istemal karein.'],
};
export function negTips() {
  const lang = pick(Object.keys(TIPS)); const [h, ...t] = TIPS[lang]; const n = G.name(loc(lang));
  return `${hello(lang, G.first(n))}\n\n${h}\n${t.map((x) => '- ' + x).join('\n')}\n\n${filler()}\n\n${safeSig(pick(G.AGENTS), pick(G.BRANDS), lang)}`;
}
export function negExpiryLike() {
  const mm = pad(int(1, 12), 2), yy = int(25, 30);
  const s = pick([`Your voucher expires ${mm}/${yy}.`, `Subscription renews ${mm}/${yy} (monthly plan).`, `Warranty valid until ${mm}/20${yy}.`, `Promo valid ${pad(int(1, 28), 2)}-${mm}-${yy} to ${pad(int(1, 28), 2)}-${mm}-${yy}.`]);
  return `Hi ${G.first(G.name(pick(['uk', 'za', 'ke', 'in'])))},\n\n${s} ${pick(['Your appointment is on', 'The technician visits on', 'Collection is booked for'])} ${pad(int(1, 28), 2)}-${pad(int(1, 12), 2)}-${pad(int(24, 26), 2)} at ${G.time()}.\n${filler(2)}\n\n${safeSig(pick(G.AGENTS), pick(G.BRANDS))}`;
}
const WORDS8 = ['CUSTOMER', 'REFUNDED', 'APPROVED', 'DISPUTED', 'RESOLVED', 'BRANCHES', 'PREPAID', 'TRANSFER', 'WHATSAPP'];
export function negCodes() {
  return `Status update ${G.ticketNo()}: ${pick(WORDS8)} / ${pick(WORDS8)}\n\nProduct: ${pick(['Router', 'Smartwatch', 'Tablet'])} model ${upper(2)}-${int(100, 999)}${upper(1)}, serial ${upper(3)}${digits(7)}${upper(2)}\nMAC: ${Array.from({ length: 6 }, () => hex(2).toUpperCase()).join(':')}\nFirmware ${G.version()} (checksum ${G.sha(40)})\nLicence key tier: ${pick(['BASIC', 'PRO', 'ENTERPRISE'])}\nReturn authorisation: RMA-${int(100000, 999999)}\n\n${filler(2)}`;
}
export function negAddress() {
  const lang = pick(['en_zw', 'en_za', 'en_ke', 'en_ng', 'en_in', 'en', 'pt', 'fr']); const n = G.name(loc(lang));
  return `${hello(lang, G.first(n))}\n\nWe have updated the delivery address on order ${G.orderNo()}:\n\n${pick(['Stand ' + int(100, 9999) + ' Borrowdale Brooke', 'P.O. Box ' + int(100, 99999), 'Plot ' + int(10, 500) + ', Ngong Road', 'Flat ' + int(1, 40) + 'B'])}\n${G.address()}\nPostcode: ${G.postcode()}\n\nThe driver will call the number already on your profile when nearby. ${filler()}\n${thanks(lang)}\n\n${safeSig(pick(G.AGENTS), pick(G.BRANDS), lang)}`;
}
export function negPlan() {
  const k = int(3, 6); const rows = Array.from({ length: k }, (_, i) => `${i + 1}. ${G.date()} — ${G.amount()} (ref ${G.invoiceNo()})`);
  return `Hello ${G.first(G.name(pick(['ng', 'ke', 'zw', 'za'])))},\n\nAs agreed, your payment plan for ${G.orderNo()} is:\n${rows.join('\n')}\n\nInterest: ${int(0, 18)}.${int(0, 9)}% p.a. Customer reference: CR-${int(100000, 999999)}.\n${filler()}\n\n${safeSig(pick(G.AGENTS), 'Baobab Home Loans')}`;
}
export function negRelease() {
  return `Hi,\n\nThanks for reporting the crash. It was fixed in ${G.version()} (build ${int(1000, 9999)}); you are on ${G.version()}. The API now returns ${G.errCode()} instead of timing out, and the status page lists incident INC-${int(10000, 99999)} resolved at ${G.time()} UTC.\n\nEndpoints affected: https://api.${G.domainOf(pick(G.BRANDS))}/v${int(1, 3)}/orders, ${G.ip()}\nTrace id: ${G.uuid()}\n\n${filler()}`;
}
export function negPwAdvice() {
  const lang = pick(LANGS);
  return `${hello(lang, G.first(G.name(loc(lang))))}\n\nTo change your password, tap "Forgot password" on the login screen and follow the link we e-mail you. Your new password must have at least 12 characters with a number and a symbol. Your card PIN can only be changed at an ATM or in the app under Cards > Manage PIN.\n\nPassword: ************ (hidden)\nPIN: ****\n\n${neverAsk(lang)}\n${filler()}`;
}
export function negOtpInfo() {
  return `Hi ${G.first(G.name(pick(['in', 'ng', 'ke', 'za', 'uk'])))},\n\nThe one-time code is valid for ${pick([5, 10, 15])} minutes. If it doesn't arrive, tap "Resend code" after ${pick([30, 60])} seconds, and make sure the SIM in slot ${int(1, 2)} is the registered one. Please type the code into the app yourself — do not send it to us or to anyone who calls you.\n\n${filler()} ${neverAsk('en')}`;
}
export function negCardInfo() {
  return `Hello,\n\nWe accept Visa, Mastercard, Amex, Verve and UnionPay. The CVV is the ${pick(['3', 'three'])}-digit code on the back of the card (4 digits on the front for Amex) — keep it private. Your saved card (${G.maskedCard()}, expiry hidden) was updated on ${G.date()}.\n\n${filler(2)}\n\n${safeSig(pick(G.AGENTS), pick(G.BRANDS))}`;
}
export function negPhoneLike() {
  return `Hi ${G.first(G.name(pick(['zw', 'ke', 'ng', 'za'])))},\n\nTo check your balance dial *${int(100, 199)}*${int(1, 9)}# and choose option ${int(1, 5)}. Case ref 2270 - ${int(10, 99)} - ${int(1000, 9999)}; internal ref ${pad(int(0, 999), 3)}-${int(1000000, 9999999)}.\nThe tower ID is ${int(10000, 99999)} and the outage lasted ${int(2, 48)} hours (${G.time()}–${G.time()}). ${filler()}\n\n${safeSig(pick(G.AGENTS), 'Mawingu Telecom')}`;
}
export function negIbanInfo() {
  return `Hi ${G.first(G.name(pick(['fr', 'pt', 'es', 'uk'])))},\n\nAn IBAN starts with the two-letter country code (e.g. GB, FR, PT) followed by two check digits; your bank shows it in the app under Account details. For the refund we already have your account on file (${pick(['DE', 'FR', 'GB', 'PT'])}** **** **** **** ${digits(4)}), so there is nothing to send. The SWIFT/BIC is printed on your statement too.\n\n${filler()}\n\n${safeSig(pick(G.AGENTS), pick(G.BRANDS))}`;
}
const LOCAL = {
  sw: 'Tumepokea malalamiko yako kuhusu oda', sn: 'Tagamuchira chichemo chenyu maererano neodha', nd: 'Sitholile isikhalazo sakho mayelana le-oda', zu: 'Sithole isikhalazo sakho mayelana ne-oda',
  ha: 'Mun karɓi korafinku game da oda', yo: 'A ti gba ẹ̀sùn yín nípa ọjà', af: 'Ons het jou klagte oor bestelling ontvang', ar: 'استلمنا شكواك بخصوص الطلب', hi: 'Humein aapki shikayat mili hai, order',
};
export function negLocal() {
  const lang = pick(Object.keys(LOCAL)); const n = G.name(loc(lang));
  return `${hello(lang, G.first(n))}\n\n${LOCAL[lang]} ${G.orderNo()} (${G.date()}). Tiketi/ticket: ${G.ticketNo()}. ${G.amount()}.\n\n${filler()}\n${thanks(lang)}\n\n${neverAsk(lang)}\n\n${safeSig(pick(G.AGENTS), pick(G.BRANDS), lang)}`;
}
export function negShort() {
  return pick([`Ticket ${G.ticketNo()} merged into ${G.ticketNo()}. Order ${G.orderNo()} refunded ${G.amount()} on ${G.date()} — card ending ${digits(4)}. ${techNoise()}`,
    `${G.orderNo()} / ${G.trackingNo()} / ${G.invoiceNo()} — all three refer to the same parcel delivered ${G.date()} ${G.time()} to ${G.postcode()}. No further action.`]);
}
export function negLongThread() {
  const n = G.name(pick(['zw', 'ke', 'ng', 'za', 'in', 'uk'])), brand = pick(G.BRANDS);
  return `Hi ${G.first(n)},\n\nApologies for the delay on ${G.ticketNo()}. ${filler(3)}\n\n${pick(G.AGENTS)}` + build(history(int(6, 10), n, brand, 1950)).text;
}
export const G_NEG = [negLongThread, negTips, negTips, negExpiryLike, negCodes, negAddress, negPlan, negRelease, negPwAdvice, negOtpInfo, negCardInfo, negPhoneLike, negIbanInfo, negLocal, negShort];
