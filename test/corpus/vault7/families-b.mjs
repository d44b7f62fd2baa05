// vault7 families B: national identifiers and passports.
import { T, v, pick, chance, int, spoken, pad, obf } from './lib.mjs';
import * as G from './lib2.mjs';
import { hello, thanks, sig, chat, filler, maybe, techNoise } from './common.mjs';
import { loc } from './families-a.mjs';

// scheme: [generator, [[lang, label], ...]]
const SCHEMES = {
  zw: [() => G.zwId(), [['en_zw', 'National ID number'], ['sn', 'Nhamba yechitupa (ID)'], ['nd', 'Inombolo yesitupa (ID)'], ['en_zw', 'ID No.']]],
  za: [() => G.saId(), [['en_za', 'ID number'], ['af', 'ID-nommer'], ['zu', 'Inombolo kamazisi (ID)'], ['en_za', 'SA ID']]],
  ke_id: [() => G.keId(), [['en_ke', 'National ID No.'], ['sw', 'Nambari ya kitambulisho']]],
  ke_kra: [() => G.kraPin(), [['en_ke', 'KRA PIN'], ['sw', 'PIN ya KRA']]],
  ng_nin: [() => G.ngNin(chance(0.3)), [['en_ng', 'NIN'], ['ha', 'Lambar NIN'], ['yo', 'Nọ́mbà NIN'], ['en_ng', 'National Identification Number']]],
  ng_bvn: [() => G.ngBvn(), [['en_ng', 'BVN'], ['ha', 'Lambar BVN']]],
  uk_nino: [() => G.nino(), [['en', 'National Insurance number'], ['en', 'NI number']]],
  us_ssn: [() => G.ssn(), [['en_us', 'SSN'], ['en_us', 'Social Security number'], ['es', 'número de Seguro Social']]],
  in_aadhaar: [() => G.aadhaar(), [['en_in', 'Aadhaar number'], ['hi', 'Aadhaar number'], ['en_in', 'UIDAI Aadhaar']]],
  in_pan: [() => G.inPan(), [['en_in', 'PAN'], ['hi', 'PAN card number']]],
  ca_sin: [() => G.caSin(), [['en', 'SIN'], ['fr', "numéro d'assurance sociale (NAS)"]]],
  es_dni: [() => G.esDni(), [['es', 'DNI']]], br_cpf: [() => G.brCpf(), [['pt', 'CPF']]],
  pl_pesel: [() => G.plPesel(), [['en', 'PESEL']]], tr_tc: [() => G.trTc(), [['en', 'T.C. Kimlik No']]],
};
const KINDS = Object.keys(SCHEMES);
const ROT = ['zw', 'za', 'ng_nin', 'us_ssn', 'uk_nino', 'in_aadhaar', 'ke_id', 'ca_sin', 'zw', 'in_pan', 'ng_bvn', 'es_dni', 'br_cpf', 'za'];
let rot = 0; const nextKind = () => ROT[rot++ % ROT.length];
const pickScheme = (kind = pick(KINDS)) => { const [gen, labels] = SCHEMES[kind]; const [lang, label] = pick(labels); return { kind, gen, lang, label }; };
const UPD = {
  en: 'I have updated your profile with the details below:', sw: 'Tumesasisha taarifa zako kama ifuatavyo:', sn: 'Tagadzirisa ruzivo rwenyu sezvizvi:',
  nd: 'Sesilungisile imininingwane yakho ngalindlela:', zu: 'Sibuyekeze imininingwane yakho kanje:', af: 'Ons het jou besonderhede soos volg opgedateer:',
  ha: 'Mun sabunta bayananku kamar haka:', yo: 'A ti ṣe àtúnṣe àwọn àlàyé yín báyìí:', fr: 'Nous avons mis à jour votre dossier :', pt: 'Atualizámos os seus dados:',
  es: 'Hemos actualizado sus datos:', hi: 'Humne aapki details update kar di hain:',
};
const upd = (lang) => UPD[lang] || UPD[lang.split('_')[0]] || UPD.en;

export function idConfirm() {
  const s = pickScheme(nextKind()); const n = G.name(loc(s.lang)); const id = obf(s.gen(), 0.25);
  const extra = chance(0.4) ? T`\nMobile: ${G.phone(pick(G.PHONE_CC.slice(0, 12)), pick(['intl', 'national']))}` : '';
  return T`${hello(s.lang, G.first(n))}\n\n${upd(s.lang)}\n\nName: ${n}\n${s.label}: ${id}${extra}\nDate of birth: ${pad(int(1, 28), 2)}/${pad(int(1, 12), 2)}/${int(1955, 2004)}\n\n${filler()} ${thanks(s.lang)}\n\n${sig(pick(G.AGENTS), pick(G.BRANDS), { lang: s.lang, phone: chance(0.4), mail: chance(0.4) })}`;
}
export function idForm() {
  const s = pickScheme(nextKind()); const n = G.name(loc(s.lang)); const sep = pick([': ', ' | ', '\t', ' = ']);
  const rows = [T`Full name${sep}${n}\n`, T`${s.label}${sep}${s.gen()}\n`, T`Email${sep}${G.email(n)}\n`, T`Address${sep}${G.address()}\n`, T`Account ref${sep}${G.orderNo()}\n`];
  if (chance(0.5)) rows.splice(3, 0, T`Phone${sep}${G.phone(pick(['ZW', 'ZA', 'KE', 'NG', 'IN', 'GB', 'US']))}\n`);
  return T`KYC form — submitted via ${pick(['web', 'app', 'branch tablet'])} on ${G.date()} ${G.time()}\n${'-'.repeat(int(20, 40))}\n${rows}${'-'.repeat(int(20, 40))}\nStatus: ${pick(['PENDING REVIEW', 'VERIFIED', 'REJECTED — photo blurry'])}\n${maybe(0.5, filler())}`;
}
export function idJson() {
  const n = G.name('ng'); const nin = G.ngNin(), bvn = G.ngBvn(), ph = G.phone('NG', 'e164');
  const a = T`{\n  "customer": {\n    "name": "${n}",\n    "nin": "${nin}",\n    "bvn": "${bvn}",\n    "msisdn": "${ph}",\n    "tier": ${int(1, 3)}\n  },\n  "ticket": "${G.ticketNo()}",\n  "last_error": "${G.errCode()}",\n  "created_at": "2025-${pad(int(1, 12), 2)}-${pad(int(1, 28), 2)}T${G.time()}:00Z"\n}`;
  return T`Tier-2 note: KYC upgrade failed again, payload from the NIBSS lookup below.\n\n${a}\n\n${techNoise()}\nCan someone from compliance re-run the check?`;
}
export function idPdf() {
  const s = pickScheme(pick(['za', 'zw', 'in_aadhaar', 'us_ssn', 'uk_nino', 'ca_sin']));
  const id = s.gen(); const raw = id.raw;
  const cut = int(3, raw.length - 3);
  const broken = v('NATIONAL_ID', id.text.length === raw.length ? raw.slice(0, cut) + '\n' + raw.slice(cut) : id.text.replace(' ', '\n'), raw, id.kind);
  const n = G.name(loc(s.lang));
  return T`Page 1 of 2\nAPPLICATION FOR ACCOUNT\nOPENING — PERSONAL\nApplicant: ${n}   Branch: ${pick(['Harare CBD', 'Sandton City', 'Westlands', 'Ikeja', 'Andheri East', 'Leeds'])}\n${s.label}:\n${broken}\nReference ${G.invoiceNo()}   Date ${G.date()}\nI declare that the information\nabove is true and correct.\n[signature]\nPage 2 of 2`;
}
export function idSpoken() {
  const s = pickScheme(pick(['us_ssn', 'ca_sin', 'in_aadhaar', 'za', 'ng_bvn', 'ke_id']));
  const id = s.gen(); const sp = v('NATIONAL_ID', spoken(id.raw, 3), id.raw, id.kind);
  return T`Call summary (auto-generated)\nCaller verified as ${G.name(loc(s.lang))}. Reason: ${pick(['tax form mismatch', 'account reactivation', 'loan application', 'SIM swap'])}.\nTranscript excerpt:\n  AGENT: can you confirm your ${s.label} for me\n  CUSTOMER: yes it's ${sp}\n  AGENT: thank you, that matches\n${filler()}\nFollow-up due ${G.date()}.`;
}
export function idSms() {
  const s = pickScheme(pick(['zw', 'ke_id', 'ke_kra', 'ng_nin', 'za', 'in_aadhaar']));
  const n = G.name(loc(s.lang));
  const lines = [[n, `Hi I need help registering my line`], ['Support', `Hello ${G.first(n)}, please visit any branch with your ID document. ${filler()}`], [n, T`cant travel, my ${s.label.toLowerCase()} is ${s.gen()}`], ['Support', 'Thank you. Please do not share ID numbers by SMS in future.']];
  return T`SMS thread export (${pick(['EcoCash', 'M-Pesa', 'MTN MoMo', 'Airtel Money'])} support)\n${chat(lines, pick(['whatsapp', 'plain']))}`;
}
export function idMulti() {
  const a = pickScheme(nextKind()), b = pickScheme(pick(['us_ssn', 'uk_nino', 'za', 'in_pan', 'br_cpf', 'es_dni', 'tr_tc', 'pl_pesel']));
  const n = G.name(loc(a.lang));
  return T`Compliance escalation ${G.ticketNo()}\n\nThe customer ${n} holds two identities on file. Primary ${a.label}: ${a.gen()}. Secondary (${b.label}): ${b.gen()}.\n${filler(2)}\nPlease merge the profiles and keep the older one. ${maybe(0.5, T`Contact: ${G.email(n)}`)}`;
}
// ---------- passports ----------
const PPL = { en: 'Passport number', fr: 'Numéro de passeport', pt: 'Número do passaporte', es: 'Número de pasaporte', sw: 'Nambari ya pasipoti', af: 'Paspoortnommer', hi: 'Passport number', ha: 'Lambar fasfo' };
export function passportBare() {
  const cc = pick(['GB', 'US', 'ZA', 'NG', 'KE', 'IN', 'ZW', 'FR', 'BR', 'CA']);
  const lang = { FR: 'fr', BR: 'pt', KE: pick(['sw', 'en']), ZA: pick(['af', 'en']), IN: pick(['hi', 'en']), NG: pick(['ha', 'en']) }[cc] || 'en';
  const n = G.name({ GB: 'uk', US: 'us', ZA: 'za', NG: 'ng', KE: 'ke', IN: 'in', ZW: 'zw', FR: 'fr', BR: 'pt', CA: 'ca' }[cc]);
  const p = G.passportNo(cc);
  return T`${hello(lang, G.first(n))}\n\nYour booking ${pick(['QZ', 'KX', 'ET', 'SA'])}${int(1000, 9999)} on ${G.date()} has been updated with your travel document.\n${PPL[lang] || PPL.en}: ${p}\nNationality: ${cc}   Expiry: ${G.date()}\n\n${filler()}\n\n${sig(pick(G.AGENTS), 'Kestrel Airways', { lang, phone: chance(0.5), mail: chance(0.6) })}`;
}
export function passportMrz() {
  const cc = pick(['GB', 'US', 'ZA', 'NG', 'KE', 'IN', 'ZW', 'FR', 'BR', 'CA']);
  const n = G.name({ GB: 'uk', US: 'us', ZA: 'za', NG: 'ng', KE: 'ke', IN: 'in', ZW: 'zw', FR: 'fr', BR: 'pt', CA: 'ca' }[cc]);
  const [given, ...rest] = n.split(' '); const m = G.mrz(cc, rest.join(' '), given);
  return T`OCR output from the uploaded passport scan (${G.uuid()}.jpg):\n\nPASSPORT / PASSEPORT\nSurname: ${rest.join(' ').toUpperCase()}\nGiven names: ${given.toUpperCase()}\n\n${m}\n\nConfidence ${int(81, 99)}%. ${filler()} Please attach this to ticket ${G.ticketNo()}.`;
}
export function passportEdge() {
  const cc = pick(['GB', 'ZA', 'NG', 'KE', 'ZW', 'US']); const p = G.passportNo(cc);
  return chance(0.5) ? T`Passport ${p} — customer says the airline rejected it at check-in on ${G.date()}. ${filler(2)}`
    : T`${filler(2)} Visa application status: submitted. The traveller's passport no. is ${p}`;
}
export const B_POS = [idConfirm, idConfirm, idForm, idJson, idPdf, idSpoken, idSms, idMulti, passportBare, passportMrz, idConfirm, passportBare, passportMrz, passportEdge];
