// vault7 families C: phone numbers and e-mail addresses (signatures, SMS, HTML, Markdown, CSV, transcripts).
import { T, v, pick, chance, int, spoken, shuffle, obf } from './lib.mjs';
import * as G from './lib2.mjs';
import { hello, thanks, sig, chat, fwd, html, ent, filler } from './common.mjs';
import { loc } from './families-a.mjs';

const CC_OF = { en: 'GB', en_us: 'US', en_in: 'IN', en_ng: 'NG', en_ke: 'KE', en_zw: 'ZW', en_za: 'ZA', sw: ['KE', 'TZ', 'UG'], sn: 'ZW', nd: 'ZW', zu: 'ZA', af: ['ZA', 'NA'], ha: 'NG', yo: 'NG', fr: ['FR', 'SN', 'MA', 'CA'], pt: ['PT', 'BR', 'MZ'], es: 'ES', ar: ['EG', 'AE', 'MA'], hi: 'IN' };
const ccFor = (lang) => { const c = CC_OF[lang] || 'GB'; return Array.isArray(c) ? pick(c) : c; };
const CALLBACK = {
  en: 'We will call you back on %.', en_us: "We'll give you a call at % within the hour.", en_in: 'Our executive will call you on % between 10 am and 6 pm.',
  en_ng: 'Our officer will reach you on % shortly.', en_ke: 'We shall call you on % before 5pm.', en_zw: 'We will phone you on % this afternoon.', en_za: 'A consultant will phone you on % just now.',
  sw: 'Tutakupigia simu kwa namba % leo mchana.', sn: 'Tichakufonerai pa % masikati ano.', nd: 'Sizakufonela ku % ntambama.', zu: 'Sizokushayela ku % namuhla.',
  af: 'Ons sal jou vanmiddag by % terugbel.', ha: 'Za mu kira ku a lamba % nan ba da jimawa ba.', yo: 'A ó pè yín lórí % lónìí.', fr: 'Nous vous rappellerons au % dans la journée.',
  pt: 'Vamos ligar-lhe para o número % ainda hoje.', es: 'Le llamaremos al % durante la tarde.', ar: 'سنتصل بك على الرقم % خلال اليوم.', hi: 'Hum aapko % par aaj shaam tak call karenge.',
};
const LANGS = Object.keys(CALLBACK);
const cb = (lang, p) => { const [a, b] = CALLBACK[lang].split('%'); return T`${a}${p}${b}`; };

export function callback() {
  const lang = pick(LANGS), cc = ccFor(lang), n = G.name(loc(lang));
  const p = G.phone(cc, pick(['intl', 'national', 'national', 'e164', '00', 'dots', 'dashes', 'compact', 'nbsp']));
  return T`${hello(lang, G.first(n))}\n\n${thanks(lang)} ${filler()}\n\n${cb(lang, obf(p, 0.2))}\n\n${sig(pick(G.AGENTS), pick(G.BRANDS), { lang, cc, phone: chance(0.7), mail: chance(0.7) })}`;
}
export function smsThread() {
  const cc = pick(['ZW', 'KE', 'NG', 'ZA', 'UG', 'TZ', 'GH', 'ZM', 'MW', 'IN']); G.name({ ZW: 'zw', KE: 'ke', NG: 'ng', ZA: 'za', IN: 'in' }[cc] || 'ke'); // drawn for the seed's sequence; unused
  const me = G.phone(cc, 'e164'), alt = G.phone(cc, pick(['national', 'compact', 'intl']));
  const lines = [[T`${me}`, `hi my airtime bundle was deducted twice ${G.date()}`], ['SHORTCODE 151', `Dear customer, ${filler()}`], [T`${me}`, T`ok but pls call me on my other line ${alt} the battery is low`], ['SHORTCODE 151', `Noted. Ref ${G.ticketNo()}.`]];
  return T`SMS log export — ${pick(['Mawingu Telecom', 'Kumbira Mobile', 'Nyota Wallet'])}\n${chat(lines, pick(['bracket', 'plain']))}`;
}
export function htmlContacts() {
  const cc = pick(G.PHONE_CC), brand = pick(G.BRANDS), dom = G.domainOf(brand), n = G.name(pick(['za', 'ke', 'uk', 'ng', 'fr', 'pt']));
  const box = G.corpMail(pick(['support', 'claims', 'billing']), dom), box2 = v('EMAIL_ADDRESS', box.text, box.raw, 'corp');
  return html(T`<p>Dear&nbsp;${ent(G.first(n))},</p>\n<p>${ent(filler())}</p>\n<p>If anything is unclear, call us on ${G.telLink(cc)} or write to <a href="mailto:${box}">${box2}</a>.</p>\n<p>${ent(thanks('en'))}</p>\n<p>${ent(brand)} &middot; ${ent(G.address())}</p>`);
}
export function mdTable() {
  const dom = 'branches.' + G.domainOf('Lumen Bank');
  const rows = shuffleCities().slice(0, int(3, 5)).map(([city, cc]) => T`| ${city} | ${G.phone(cc, pick(['intl', 'national']))} | ${G.corpMail(city.toLowerCase().replace(/[^a-z]/g, ''), dom)} | ${pick(['08:00–17:00', '09:00–16:00', '24h'])} |\n`);
  return T`## Where to get help\n\nYou can visit or call any of our branches:\n\n| Branch | Phone | Email | Hours |\n|---|---|---|---|\n${rows}\n> **Note:** ${filler()}\n`;
}
const CITIES = [['Harare', 'ZW'], ['Bulawayo', 'ZW'], ['Nairobi', 'KE'], ['Mombasa', 'KE'], ['Lagos', 'NG'], ['Abuja', 'NG'], ['Johannesburg', 'ZA'], ['Cape Town', 'ZA'], ['Kampala', 'UG'], ['Dar es Salaam', 'TZ'], ['Lusaka', 'ZM'], ['Accra', 'GH'], ['Maputo', 'MZ'], ['Mumbai', 'IN'], ['London', 'GB']];
const shuffleCities = () => shuffle(CITIES);
export function callbackCsv() {
  const sep = pick([',', ';', '\t']); const rows = [];
  for (let i = 0; i < int(3, 5); i++) { const cc = pick(['ZW', 'ZA', 'KE', 'NG', 'QA', 'GB', 'US']); rows.push(T`${G.ticketNo()}${sep}${G.name(pick(['zw', 'za', 'ke', 'ng', 'uk', 'us']))}${sep}${G.phone(cc === 'QA' ? 'AE' : cc, pick(['intl', 'e164']))}${sep}${int(10, 4000)}.${int(10, 99)}\n`); }
  return T`Callback list for the evening shift (export ${G.date()}):\n\nticket${sep}customer${sep}phone${sep}balance\n${rows}\nCall in order, note the outcome in the ticket. ${filler()}`;
}
export function phoneSpoken() {
  const cc = pick(['GB', 'US', 'ZA', 'ZW', 'KE', 'NG', 'IN']); const p = G.phoneObj(cc);
  const nat = p.formatNational().replace(/\D/g, ''); const sp = v('PHONE_NUMBER', spoken(nat, pick([3, 4])), p.number, cc);
  return T`[Voice bot transcript ${G.uuid()}]\nBOT: please say or key in the number we can reach you on\nCALLER: ${sp}\nBOT: thank you. I have logged a callback for ${pick(['tomorrow morning', 'this afternoon', 'after 6 pm'])}. Your reference is ${G.ticketNo()}.\nBOT: ${filler()}`;
}
export function fwdMail() {
  const n = G.name(pick(['uk', 'za', 'ke', 'ng', 'fr', 'pt', 'es'])), brand = pick(G.BRANDS), dom = G.domainOf(brand), agent = pick(G.AGENTS);
  const lang = pick(['en', 'fr', 'pt', 'es']);
  const body = T`Hello,\n\nI moved house, please send the new card to ${G.address()} and update my mobile to ${G.phone(pick(['GB', 'ZA', 'KE', 'FR', 'PT', 'ES']), pick(['intl', 'national']))}.\n\nThanks,\n${n}`;
  return T`${agent}, forwarding as discussed — can you action?\n\n${fwd(T`${n} <${G.email(n)}>`, T`${brand} Support <${G.corpMail('support', dom)}>`, `RE: Address change ${G.ticketNo()}`, body, lang)}\n\nCc: ${G.corpMail(agent.toLowerCase().normalize('NFD').replace(/[^a-z]/g, ''), dom)}`;
}
export function contactObf() {
  const n = G.name(pick(['zw', 'ke', 'ng', 'za', 'in'])), cc = pick(['ZW', 'KE', 'NG', 'ZA', 'IN', 'GB']);
  const p = G.phone(cc, pick(['full', 'nbsp', 'dots', 'dashes'])), e = G.email(n, pick(G.FREEMAIL), pick(['at', 'plain']));
  return T`Customer wrote (copied from the app form, odd characters kept):\n"${pick(['pls reach me', 'my contact', 'new details'])}: ${p} / ${e}"\n\nReply draft:\n${hello('en', G.first(n))} ${filler()} We will use the contact details above for the delivery.`;
}
export function contactEdges() {
  const cc = pick(G.PHONE_CC);
  if (chance(0.5)) return T`${G.phone(cc, pick(['intl', 'e164']))} is the number on the account, so the OTP went there and not to the new SIM. ${filler(2)}`;
  const n = G.name(pick(['uk', 'us', 'za', 'ke'])); return T`${filler(2)} If you need anything else, e-mail the case owner directly: ${G.email(n, 'gmail.com')}`;
}
export function multiContact() {
  const lang = pick(['en_zw', 'en_ke', 'en_ng', 'en_za', 'en_in']); const cc = ccFor(lang); const brand = pick(G.BRANDS), dom = G.domainOf(brand);
  return T`${hello(lang, 'team')}\n\nEscalation contacts for the outage on ${G.date()}:\n- NOC duty phone: ${G.phone(cc, 'intl')}\n- After-hours: ${G.phone(cc, pick(['national', 'compact']))}\n- WhatsApp: ${G.phone(cc, 'e164')}\n- Mail: ${G.corpMail('noc', dom)}\n\n${filler()}\n${G.corpMail('escalations', dom)}`;
}
export const C_POS = [callback, callback, callback, smsThread, htmlContacts, mdTable, callbackCsv, phoneSpoken, fwdMail, contactObf, contactEdges, multiContact];
