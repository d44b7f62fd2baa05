// vault7 families E: credentials (passwords, PINs, OTPs, security answers, API keys) and many-value drafts.
import { T, v, pick, chance, int, spoken, card, expiry, iban, bic, hex, obf } from './lib.mjs';
import * as G from './lib2.mjs';
import { hello, thanks, sig, chat, filler, techNoise, history } from './common.mjs';
import { loc, ASKS } from './families-a.mjs';
import { sol } from './lib.mjs';

const TMP = {
  en: ['Your temporary password is ', '. Please change it as soon as you log in.'], en_us: ["Here's your temp password: ", " — you'll be asked to change it on first login."],
  en_in: ['Your temporary password is ', '. Kindly change it after first login.'], en_ng: ['Your new login password is ', ', please change it immediately.'],
  sw: ['Nenosiri lako la muda ni ', '. Tafadhali libadilishe ukiingia.'], sn: ['Password yenyu itsva ndeiyi: ', '. Ndapota ichinjei kana mapinda.'],
  nd: ['Iphasiwedi yakho yesikhatshana ngu ', '. Sicela uyiguqule masinyane.'], zu: ['Iphasiwedi yakho yesikhashana ithi ', '. Sicela uyishintshe uma ungena.'],
  af: ['Jou tydelike wagwoord is ', '. Verander dit asseblief sodra jy aanmeld.'], ha: ['Kalmar sirrinku ta wucin gadi ita ce ', '. Don Allah ku canza ta da zarar kun shiga.'],
  yo: ['Ọ̀rọ̀ aṣínà ìgbà díẹ̀ yín ni ', '. Ẹ jọ̀wọ́ ẹ yí i padà.'], fr: ['Votre mot de passe temporaire : ', '. Merci de le modifier dès votre première connexion.'],
  pt: ['A sua palavra-passe temporária é ', '. Altere-a no primeiro acesso.'], es: ['Su contraseña temporal es ', '. Cámbiela al iniciar sesión.'],
  ar: ['كلمة المرور المؤقتة الخاصة بك هي ', '. يرجى تغييرها عند تسجيل الدخول.'], hi: ['Aapka temporary password hai ', '. Kripya login ke baad ise badal lein.'],
};
export function tmpPassword() {
  const lang = pick(Object.keys(TMP)); const [a, b] = TMP[lang]; const n = G.name(loc(lang));
  return T`${hello(lang, G.first(n))}\n\n${filler()}\n\n${a}${G.password()}${b}\nUsername: ${n.toLowerCase().split(' ')[0]}${int(1, 99)}\n\n${thanks(lang)}\n\n${sig(pick(G.AGENTS), pick(G.BRANDS), { lang, phone: chance(0.4), mail: chance(0.4) })}`;
}
const PINMSG = {
  en: ['Your new card PIN is ', '. Memorise it and delete this message.'], sw: ['PIN yako mpya ya M-Pesa ni ', '. Usimwambie mtu yeyote.'],
  sn: ['PIN yenyu itsva yeEcoCash ndeye ', '. Musaudza munhu.'], en_zw: ['Your EcoCash PIN has been reset to ', ', please change it from *151#.'],
  en_ng: ['Your new ATM PIN is ', '. Do not disclose it to anybody.'], zu: ['I-PIN yakho entsha ithi ', '. Ungayitsheli muntu.'], fr: ['Votre nouveau code PIN est ', '.'],
  pt: ['O seu novo PIN é ', '. Não o partilhe.'], es: ['Su nuevo PIN es ', '. No lo comparta con nadie.'],
};
export function pinReset() {
  const lang = pick(Object.keys(PINMSG)); const [a, b] = PINMSG[lang]; const n = G.name(loc(lang));
  return T`${hello(lang, G.first(n))}\n\n${filler()}\n\n${a}${G.pin()}${b}\n\n${thanks(lang)}\n${pick(G.AGENTS)}, ${pick(G.BRANDS)}`;
}
export function otpChat() {
  const n = G.name(pick(['zw', 'ke', 'ng', 'za', 'in', 'uk'])); const agent = pick(G.AGENTS); const o = G.otp(6);
  const lines = [[n, 'I cant log in, it keeps asking for a code'], [`Agent ${agent}`, `I have resent it. ${filler()}`], [n, T`the sms says ${o}`], [`Agent ${agent}`, 'Please never share that code with anyone, including us. I have cancelled it and sent a fresh one directly to the app.']];
  return T`Web chat ${G.uuid()} (${pick(G.BRANDS)})\n${chat(lines)}`;
}
export function otpEcho() {
  const o = G.otp(pick([4, 6, 8])); const n = G.name(pick(['uk', 'us', 'za', 'in']));
  return chance(0.5) ? T`${o} is the code ${G.first(n)} read out to me on the phone — I used it to approve the SIM swap. ${filler(2)}`
    : T`Hi ${G.first(n)}, ${filler()} To finish, enter this verification code in the app within 10 minutes: ${o}`;
}
const SQ = [['Mother\'s maiden name', ['Chikwanha', 'Okonkwo', 'Wambui', 'van Rensburg', 'Sharma', 'Moreira']], ['Name of first school', ['Mabelreign Girls High', 'Alliance High School', 'Kings College Lagos', 'St Mary\'s Primary']],
  ['First pet\'s name', ['Bingo', 'Simba', 'Rex', 'Tiger', 'Snowy']], ['City where you were born', ['Gweru', 'Kisumu', 'Enugu', 'Polokwane', 'Pune']], ['Favourite teacher', ['Mrs Dube', 'Mr Otieno', 'Miss Adebayo']]];
export function secAnswer() {
  const [q, as] = pick(SQ); const n = G.name(pick(['zw', 'ke', 'ng', 'za', 'in', 'uk']));
  const style = pick(['form', 'prose']); const a = G.answer(pick(as));
  return style === 'form' ? T`Account recovery — verified by ${pick(G.AGENTS)} on ${G.date()}\nCustomer: ${n}\nSecurity question: ${q}\nAnswer given: ${a}\nResult: MATCH\n${filler()}`
    : T`${hello('en', G.first(n))}\n\nYou answered your security question ("${q}") with "${a}", which matches our records, so I have unlocked the account. ${filler()}\n\n${pick(G.AGENTS)}`;
}
export function apiKeyPaste() {
  const k = G.apiKey(); const kind = k.kind.split(':')[1]; const fmt = pick(['env', 'curl', 'json', 'yaml']);
  const varName = { stripe: 'STRIPE_SECRET_KEY', github: 'GITHUB_TOKEN', aws: 'AWS_ACCESS_KEY_ID', slack: 'SLACK_BOT_TOKEN', google: 'MAPS_API_KEY', jwt: 'SESSION_JWT', sendgrid: 'SENDGRID_API_KEY', twilio: 'TWILIO_API_KEY', bearer: 'PARTNER_TOKEN' }[kind];
  const block = { env: T`${varName}=${k}\nLOG_LEVEL=debug\nREGION=af-south-1`, curl: T`curl -X POST https://api.${G.domainOf(pick(G.BRANDS))}/v2/orders \\\n  -H "Authorization: Bearer ${k}" \\\n  -d '{"order":"${G.orderNo()}"}'`,
    json: T`{"merchant_id":"${G.orderNo()}","${varName.toLowerCase()}":"${k}","webhook":"https://hooks.example.net/${hex(8)}"}`, yaml: T`integration:\n  name: ${pick(G.BRANDS)}\n  api_key: ${k}\n  timeout_s: 30` }[fmt];
  return T`Hi ${pick(G.AGENTS)}, the merchant's integration is failing with ${G.errCode()}. They sent their config, pasting here for tier-2:\n\n${block}\n\n${techNoise()}\nCan you check whether the key was revoked?`;
}
export function wifi() {
  const n = G.name(pick(['zw', 'ke', 'za', 'ng'])); const pw = G.password();
  return T`${hello('en', G.first(n))}\n\nYour fibre is now active. Router details:\nSSID: ZimFibre-${int(1000, 9999)}\nWi-Fi password: ${pw}\nRouter admin PIN: ${G.pin(pick([4, 6, 8]))}\nFirmware: ${G.version()}\n\n${filler()}\n\n${sig(pick(G.AGENTS), 'ZimFibre', { cc: 'ZW', phone: chance(0.6), mail: chance(0.6) })}`;
}
export function logCreds() {
  const user = G.first(G.name(pick(['uk', 'ke', 'ng']))).toLowerCase(); const pw = G.password();
  return T`Pasted from the app server log:\n${G.date()} ${G.time()}:12 WARN auth-service login failed user=${user}${int(1, 99)} password=${pw} ip=${G.ip()} attempt=${int(2, 6)}\n${G.date()} ${G.time()}:44 INFO ${techNoise()}\nPlease scrub the log — the client is sending the password in clear text.`;
}
export function pinSpoken() {
  const p = G.pin(4); const sp = v('CREDENTIAL', spoken(p.raw, 4), p.raw, 'pin');
  return T`[Transcript ${G.ticketNo()}]\nAGENT: for security I will never ask for your PIN\nCALLER: oh but it's ${sp} if that helps\nAGENT: please do not say it, I'm pausing the recording now\n[${pick(['recording paused', 'redaction requested'])}] ${filler()}`;
}
// one long escalation note with many different values
export function kitchenSink() {
  const loc0 = pick(['zw', 'za', 'ke', 'ng', 'uk']); const n = G.name(loc0);
  const id = { zw: G.zwId, za: G.saId, ke: G.keId, ng: G.ngNin, uk: G.nino }[loc0]();
  const cc = { zw: 'ZW', za: 'ZA', ke: 'KE', ng: 'NG', uk: 'GB' }[loc0];
  const c = card(pick(['visa', 'mastercard', 'mc2', 'verve']), pick(['space', 'dash', 'plain'])), e = expiry();
  const ask = pick(ASKS.filter((a) => a[0].startsWith('en')));
  return T`FRAUD ESCALATION ${G.ticketNo()} — ${G.date()}\n\nCustomer: ${n}\nID on file: ${id}\nMobile: ${G.phone(cc, pick(['intl', 'national']))}\nEmail: ${G.email(n)}\nCard used: ${obf(c, 0.4)} exp ${e}\nRefund account: ${iban(pick(['GB', 'DE', 'FR', 'NL']))} / ${bic(pick(['GB', 'DE', 'FR']))}\n\nTimeline:\n- ${G.time()} ${filler()}\n- ${G.time()} the "agent" on WhatsApp wrote: "${sol(ask[2], ask[1])}"\n- ${G.time()} customer disclosed the one-time code ${G.otp(6, false)} to the caller.\n\n${techNoise()}\nOwner: ${pick(G.AGENTS)} (fraud desk)`;
}
// long e-mail thread: the value sits in the newest reply, followed by a long quoted history
export function longThread() {
  const lang = pick(['en', 'en_zw', 'en_ke', 'en_ng', 'en_za', 'en_in']); const n = G.name(loc(lang)), brand = pick(G.BRANDS);
  const val = pick([() => T`the card you added is ${card(pick(['visa', 'mastercard', 'verve']), pick(['space', 'dash']))}`, () => T`the refund IBAN is ${iban(pick(['GB', 'DE', 'MU', 'EG']))}`,
    () => T`your one-time code for the callback is ${G.otp()}`, () => T`we now hold the number ${G.phone(pick(['ZW', 'KE', 'NG', 'ZA', 'IN']), 'intl')} for you`, () => T`your temporary password is ${G.password()}`])();
  return T`${hello(lang, G.first(n))}

Apologies for the delay on ${G.ticketNo()}. I have checked with the team and ${val}. ${filler(2)}

${thanks(lang)}
${pick(G.AGENTS)}${history(int(5, 9), n, brand, 1850)}`;
}
export const E_POS = [longThread, tmpPassword, tmpPassword, pinReset, otpChat, otpEcho, secAnswer, apiKeyPaste, apiKeyPaste, wifi, logCreds, pinSpoken, kitchenSink, kitchenSink];
