// vault7 families A: payment cards (PAN, expiry, CVV) and solicitations.
import { T, v, sol, pick, chance, int, card, expiry, cvv, cardRaw, spoken, BRAND_NAMES } from './lib.mjs';
import * as G from './lib2.mjs';
import { hello, thanks, sig, chat, fwd, html, filler, maybe } from './common.mjs';

const LOC = { en: 'uk', en_us: 'us', en_in: 'in', en_ng: 'ng', en_ke: 'ke', en_zw: 'zw', en_za: 'za', sw: 'ke', sn: 'zw', nd: 'nd', zu: 'za', af: 'za', ha: 'ng', yo: 'ng', fr: 'fr', pt: 'pt', es: 'es', ar: 'ar', hi: 'in' };
export const loc = (lang) => LOC[lang] || 'uk';
const CARDW = { fr: 'numéro de carte', pt: 'número do cartão', es: 'número de tarjeta', sw: 'nambari ya kadi', sn: 'nhamba yekadhi', zu: 'inombolo yekhadi', af: 'kaartnommer', ha: 'lambar kati', yo: 'nọ́mbà káàdì', ar: 'رقم البطاقة', hi: 'card number' };
const EXPW = { fr: 'expire fin', pt: 'validade', es: 'vence', sw: 'inaisha', af: 'vervaldatum', ar: 'تاريخ الانتهاء', zu: 'iphelelwa' };
const CVVW = { fr: 'cryptogramme', pt: 'código CVV', es: 'código de seguridad', af: 'CVV-kode', ar: 'رمز التحقق' };

// [lang, kind, request sentence]
export const ASKS = [
  ['en', 'otp', 'Please reply to this email with the 6-digit one-time code we just sent to your phone so I can finish verifying you.'],
  ['en', 'pin', 'Could you send me your 4-digit card PIN so we can unblock the card from our side?'],
  ['en', 'cvv', 'Kindly share the 3-digit CVV on the back of your card to complete the booking.'],
  ['en', 'card', 'Please send us the full 16-digit card number so we can trace the transaction.'],
  ['en', 'password', "To speed things up, just reply with your current account password and I'll reset the settings for you."],
  ['en', 'card', 'Could you please confirm the long number on the front of your card, all 16 digits, plus the three digits on the signature strip?'],
  ['en_ng', 'pin', 'Kindly send your ATM card PIN and the OTP that will drop on your line so we can reverse the debit.'],
  ['en_in', 'otp', 'Please share the OTP received on your registered mobile number to process the refund.'],
  ['en_ke', 'pin', 'Kindly send us your M-Pesa PIN so we can reverse the transaction.'],
  ['en_zw', 'pin', 'Please send us your EcoCash PIN so that we can reverse the wrong transaction.'],
  ['en_za', 'password', 'Please WhatsApp us your online banking password and the OTP so we can fix the debit order.'],
  ['en_us', 'card', 'Go ahead and text us the full card number and the security code on the back so we can rebill.'],
  ['sw', 'pin', 'Tafadhali tutumie PIN yako ya M-Pesa ili tuweze kurejesha pesa zako.'],
  ['sw', 'otp', 'Tafadhali tuma msimbo wa OTP uliopokea kwa SMS ili tuthibitishe akaunti yako.'],
  ['sn', 'pin', 'Ndapota titumirei PIN yenyu yeEcoCash kuti tikwanise kudzorera mari yenyu.'],
  ['nd', 'pin', 'Sicela usithumelele i-PIN yakho ukuze silungise i-akhawunti yakho.'],
  ['zu', 'password', 'Sicela usithumelele iphasiwedi yakho ye-app ukuze sikwazi ukuvula i-akhawunti.'],
  ['zu', 'card', 'Sicela usithumelele inombolo ephelele yekhadi lakho kanye ne-CVV.'],
  ['af', 'otp', 'Stuur asseblief vir ons die eenmalige PIN (OTP) wat jy per SMS ontvang het sodat ons die betaling kan bevestig.'],
  ['ha', 'pin', 'Don Allah ku turo mana lambar PIN na katin ku domin mu gyara matsalar.'],
  ['yo', 'otp', 'Ẹ jọwọ, ẹ fi koodu OTP tí ẹ gbà ránṣẹ́ sí wa kí a lè dá owó yín padà.'],
  ['fr', 'cvv', 'Merci de nous communiquer le cryptogramme à 3 chiffres (CVV) au dos de votre carte afin de finaliser le paiement.'],
  ['fr', 'password', 'Pourriez-vous nous envoyer votre mot de passe actuel afin que nous puissions vérifier votre compte ?'],
  ['pt', 'card', 'Por favor, envie-nos o número completo do cartão e o código de segurança (CVV) para concluirmos o reembolso.'],
  ['pt', 'otp', 'Pedimos que nos envie o código de verificação que recebeu por SMS.'],
  ['es', 'otp', 'Por favor, envíenos el código de verificación de 6 dígitos que le llegó por SMS para validar su identidad.'],
  ['es', 'pin', 'Indíquenos el PIN de su tarjeta para poder desbloquearla.'],
  ['ar', 'otp', 'يرجى إرسال رمز التحقق المكون من 6 أرقام الذي وصلك عبر الرسائل القصيرة لإكمال العملية.'],
  ['ar', 'card', 'الرجاء تزويدنا برقم البطاقة كاملاً مع رمز CVV.'],
  ['hi', 'otp', 'Kripya apne mobile par aaya OTP humein reply karein taaki refund process ho sake.'],
  ['hi', 'pin', 'Aap apna ATM PIN bata dijiye, hum card unblock kar denge.'],
];
const CTX = {
  en: 'I can see the payment attempt was declined twice this morning.', sw: 'Tumeona malipo yako yamekataliwa mara mbili leo asubuhi.', sn: 'Taona kuti mari yenyu yakatumirwa kunhamba isiri iyo.',
  nd: 'Sibonile ukuthi imali yakho ithunyelwe kwenye inombolo.', zu: 'Sibonile ukuthi i-akhawunti yakho ivaliwe okwesikhashana.', af: 'Ons sien die betaling is twee keer geweier.',
  ha: 'Mun ga cewa an cire kudi sau biyu daga asusunku.', yo: 'A ri pé wọ́n yọ owó lẹ́ẹ̀mejì lórí àkáǹtì yín.', fr: 'Nous constatons que votre paiement a été refusé à deux reprises.',
  pt: 'Verificámos que o pagamento foi recusado duas vezes.', es: 'Vemos que el pago fue rechazado dos veces esta mañana.', ar: 'لاحظنا أن عملية الدفع رُفضت مرتين.', hi: 'Humne dekha ki aapka payment do baar fail hua hai.',
};
const ctx = (lang) => CTX[lang] || CTX[lang.split('_')[0]] || CTX.en;

export function solicit() {
  const [lang, kind, ask] = pick(ASKS); const n = G.name(loc(lang)), agent = pick(G.AGENTS), brand = pick(G.BRANDS);
  const asks2 = chance(0.25) ? pick(ASKS.filter((a) => a[0] === lang && a[2] !== ask)) : null;
  return T`${hello(lang, G.first(n))}\n\n${ctx(lang)} ${maybe(0.5, filler())}\n\n${sol(ask, kind)}${asks2 ? T` ${sol(asks2[2], asks2[1])}` : ''}\n\n${thanks(lang)}\n\n${chance(0.6) ? sig(agent, brand, { lang, cc: pick(['ZW', 'KE', 'NG', 'ZA', 'IN', 'GB']) }) : agent}`;
}
export function solicitMacro() {
  const [lang, kind, ask] = pick(ASKS.filter((a) => a[0].startsWith('en') || ['fr', 'pt', 'es'].includes(a[0])));
  return T`{{#if ticket.requester.first_name}}${hello(lang, '{{ticket.requester.first_name}}')}{{else}}Hello,{{/if}}\n\nThank you for contacting {{ticket.brand.name}} about ticket #{{ticket.id}} ({{ticket.title}}).\n${ctx(lang)}\n\n${sol(ask, kind)}\n\nOnce we receive it, we will update ticket {{ticket.id}} and notify you at {{ticket.requester.email}}.\n\n{{current_user.first_name}}\n{{ticket.brand.name}} Support`;
}
// agent echoes the card details back (bad practice) in the customer's language
export function cardEcho() {
  const lang = pick(['en', 'en_us', 'en_ng', 'en_za', 'fr', 'pt', 'es', 'sw', 'af', 'hi', 'ar', 'zu']); const n = G.name(loc(lang));
  const style = pick(['space', 'space', 'dash', 'plain', 'nbsp', 'dots', 'dspace', 'sdash', 'zw', 'full', 'break']);
  const c = card(pick(BRAND_NAMES), style), e = expiry(), k = cvv(c.kind === 'amex' ? 4 : 3);
  const cw = CARDW[lang] || 'card number', ew = EXPW[lang] || 'expiry', kw = CVVW[lang] || 'CVV';
  return T`${hello(lang, G.first(n))}\n\n${thanks(lang)} ${filler()}\n\n${cw}: ${c}\n${ew}: ${e}\n${kw}: ${k}\n\n${maybe(0.5, filler())}\n\n${sig(pick(G.AGENTS), pick(G.BRANDS), { lang, phone: chance(0.5), mail: chance(0.7) })}`;
}
export function cardChat() {
  const n = G.name(pick(['zw', 'ke', 'ng', 'za', 'uk', 'in'])), agent = pick(G.AGENTS);
  const c = card(pick(BRAND_NAMES), pick(['space', 'plain', 'dash', 'dspace'])), e = expiry(pick(['mm/yy', 'mm/yyyy'])), k = cvv(c.kind === 'amex' ? 4 : 3);
  const lines = [
    [n, `hi my card keeps failing on order ${G.orderNo()}`],
    [`Agent ${agent}`, `Sorry about that ${G.first(n)}! ${filler()}`],
    [n, T`ok its ${c} exp ${e}`],
    [n, T`cvv ${k}`],
    [`Agent ${agent}`, pick(['Please do not share card details here, I have flagged this chat for redaction.', 'Thanks, I will pass this to the payments team.', 'Noted. For your safety please delete those messages.'])],
  ];
  return T`Chat transcript — ${pick(G.BRANDS)} web chat\nConversation ID: ${G.uuid()}\n\n${chat(lines)}`;
}
export function cardTranscript() {
  const raw = cardRaw(pick(['visa', 'mastercard', 'mc2', 'verve', 'amex']));
  const c = v('CARD_NUMBER', spoken(raw, 4), raw, 'spoken');
  const m = String(int(1, 12)).padStart(2, '0'), y = String(int(26, 31));
  const e = v('CARD_EXPIRY', spoken(m + y, 2), `${m}/${y}`, 'spoken');
  const kd = String(int(100, 999)); const k = v('CARD_CVV', spoken(kd, 3), kd, 'spoken');
  G.name(pick(['uk', 'us', 'za', 'ng', 'ke'])); // drawn for the seed's sequence; unused
  return T`[Auto-transcript, call ${G.ticketNo()}, confidence 0.87]\nAGENT: thank you for calling ${pick(G.BRANDS)} my name is ${pick(G.AGENTS)} how can I help\nCALLER: yeah hi I'm trying to pay the outstanding ${G.amount()} on my account\nAGENT: no problem can I take the card number when you're ready\nCALLER: okay it's ${c}\nAGENT: and the expiry\nCALLER: ${e}\nAGENT: and the three digits on the back\nCALLER: ${k}\nAGENT: lovely bear with me ... that's gone through, your receipt number is ${G.invoiceNo()}\n[NOTE: transcript contains card data — route to PCI redaction queue]`;
}
export function cardCsv() {
  const sep = pick([',', '\t', ';']); const rows = int(2, 4); const out = [T`order_id${sep}customer${sep}card${sep}exp${sep}amount${sep}status\n`];
  for (let i = 0; i < rows; i++) {
    const c = card(pick(BRAND_NAMES), pick(['plain', 'plain', 'space'])), e = expiry(pick(['mm/yy', 'mm/yyyy']));
    out.push(T`${G.orderNo()}${sep}${G.name(pick(['zw', 'za', 'ke', 'ng', 'uk']))}${sep}${c}${sep}${e}${sep}${G.amountPlain()}${sep}${pick(['DECLINED', 'RETRY', 'CHARGEBACK'])}\n`);
  }
  return T`Hi team, pasting the failed-payments sheet from finance so you can call these customers:\n\n${out}\nPlease action before ${G.date()}. Thanks, ${pick(G.AGENTS)}`;
}
export function cardHtml() {
  const c = card(pick(BRAND_NAMES), pick(['space', 'nbsp', 'plain'])), e = expiry(), n = G.name(pick(['fr', 'fr', 'ca']));
  const cells = T`<table border="1">\n<tr><th>Commande</th><td>${G.orderNo()}</td></tr>\n<tr><th>Carte</th><td>${c}</td></tr>\n<tr><th>Expiration</th><td>${e}</td></tr>\n<tr><th>Montant</th><td>${G.amount()}</td></tr>\n</table>`;
  return html(T`<p>Bonjour&nbsp;${G.first(n)},</p>\n<p>Voici le r&eacute;capitulatif de votre paiement&nbsp;:</p>\n${cells}\n<p>Cordialement,<br>${pick(G.AGENTS)}<br>${pick(G.BRANDS)}</p>`);
}
// value at the very start / very end of the text
export function cardEdges() {
  const c = card(pick(BRAND_NAMES), pick(['plain', 'space', 'dash']));
  if (chance(0.5)) return T`${c} — this is the number the customer read out on the call (${G.ticketNo()}). ${filler(2)} Please update the billing profile and then delete this note.`;
  const k = cvv(c.kind === 'amex' ? 4 : 3);
  return T`Internal note for ${pick(G.AGENTS)}: ${filler(2)} The customer insists we charge this card instead, security code ${k}, number ${c}`;
}
export function solicitFwd() {
  const [lang, kind, ask] = pick(ASKS.filter((a) => ['en', 'en_za', 'en_ng', 'fr', 'pt', 'es'].includes(a[0])));
  const n = G.name(loc(lang)), brand = pick(G.BRANDS);
  const body = T`${hello(lang, G.first(n))}\n\n${ctx(lang)}\n${sol(ask, kind)}\n\n${pick(G.AGENTS)}`;
  return T`${G.first(n)}, see below what "support" sent me — is this really you?\n\n${fwd(T`${brand} Support <${G.corpMail('no-reply', G.domainOf(brand))}>`, G.email(n), 'Urgent: verify your account', body, lang)}`;
}
export const A_POS = [solicit, solicit, solicitMacro, cardEcho, cardEcho, cardChat, cardTranscript, cardCsv, cardHtml, cardEdges, solicitFwd];
