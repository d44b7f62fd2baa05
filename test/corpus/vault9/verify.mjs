// Loud checks: every span holds exactly the value it claims, and that value passes its scheme.
import { isValidPhoneNumber, parsePhoneNumber } from 'libphonenumber-js/max';
import { digitsOf, alnumOf, emailOf, expiryOf, clean } from './build.mjs';
import * as lib from './lib.mjs';
import { PASSPORT_RE } from './ids.mjs';

const LABELS = ['CARD_NUMBER', 'CARD_EXPIRY', 'CARD_CVV', 'NATIONAL_ID', 'PASSPORT_NUMBER', 'PHONE_NUMBER', 'EMAIL_ADDRESS', 'IBAN', 'BANK_ACCOUNT', 'ROUTING_NUMBER', 'SWIFT_BIC', 'CREDENTIAL', 'SOLICITATION'];
const KIND_LABEL = { card: 'CARD_NUMBER', expiry: 'CARD_EXPIRY', cvv: 'CARD_CVV', phone: 'PHONE_NUMBER', email: 'EMAIL_ADDRESS', iban: 'IBAN', aba: 'ROUTING_NUMBER', sort: 'ROUTING_NUMBER', bic: 'SWIFT_BIC', uk_pair: 'BANK_ACCOUNT', uk_acct: 'BANK_ACCOUNT', nuban: 'BANK_ACCOUNT', acct: 'BANK_ACCOUNT', passport: 'PASSPORT_NUMBER', mrz: 'PASSPORT_NUMBER', password: 'CREDENTIAL', pin: 'CREDENTIAL', otp: 'CREDENTIAL', answer: 'CREDENTIAL', key: 'CREDENTIAL', solicit: 'SOLICITATION' };
for (const k of ['zw_id', 'za_id', 'ke_id', 'kra_pin', 'ng_nin', 'bvn', 'nino', 'ssn', 'aadhaar', 'in_pan', 'sin', 'es_dni']) KIND_LABEL[k] = 'NATIONAL_ID';
const SOLICIT_WORDS = /\b(PIN|password|passcode|OTP|one[- ]time|CVV|CVC|security code|card number|16[- ]digit|full card|verification code|code|senha|mot de passe|contraseña|clave|cryptogramme|num[ée]ro de (la )?carte|n[uú]mero (do|de( la)?) (cart[aã]o|tarjeta)|nenosiri|namba ya siri|nambari ya siri|wagwoord|kaartnommer|iphasiwedi|iphini|pasiwedhi|nhamba yekadhi|كلمة المرور|رمز|رقم البطاقة|number|digits)\b/iu;

export function checkValue(sp) {
  const c = sp.check, d = sp.display;
  const fail = (why) => { throw new Error(`span ${sp.type} ${JSON.stringify(d)}: ${why}`); };
  if (!c || !c.kind) fail('no check');
  if (KIND_LABEL[c.kind] !== sp.type) fail(`kind ${c.kind} under label ${sp.type}`);
  const dig = () => digitsOf(d), an = () => alnumOf(d);
  const eq = (got, want) => { if (got !== want) fail(`canonical ${got} != ${want}`); };
  switch (c.kind) {
    case 'card': eq(dig(), c.value); if (!lib.cardValid(c.value)) fail('card invalid'); break;
    case 'expiry': eq(expiryOf(d), c.value); { const [m, y] = c.value.split('/').map(Number); if (m < 1 || m > 12 || y < 25 || y > 35) fail('expiry range'); } break;
    case 'cvv': eq(dig(), c.value); if (c.value.length !== c.len || ![3, 4].includes(c.len)) fail('cvv len'); break;
    case 'phone': { const nd = dig(); const okIntl = '+' + nd === c.value || (nd.startsWith('00') && '+' + nd.slice(2) === c.value);
      let okNat; try { okNat = parsePhoneNumber(nd, c.country)?.number === c.value; } catch { okNat = false; }
      if (!okIntl && !okNat) fail(`phone digits ${nd} != ${c.value}`); if (!isValidPhoneNumber(c.value)) fail('phone invalid'); break; }
    case 'email': eq(emailOf(d), c.value); if (!/^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/.test(c.value)) fail('email shape'); break;
    case 'iban': eq(an(), c.value); if (!lib.ibanValid(c.value)) fail('iban invalid'); break;
    case 'aba': eq(dig(), c.value); if (!lib.abaValid(c.value)) fail('aba'); break;
    case 'sort': eq(dig(), c.value); if (!/^\d{6}$/.test(c.value)) fail('sort'); break;
    case 'bic': eq(an(), c.value); if (!lib.bicValid(c.value)) fail('bic'); break;
    case 'uk_pair': eq(dig(), c.sort + c.value); if (!lib.ukModulusValid(c.sort, c.value)) fail('uk modulus'); break;
    case 'uk_acct': eq(dig(), c.value); if (!lib.ukModulusValid(c.sort, c.value)) fail('uk modulus'); break;
    case 'nuban': eq(dig(), c.value); if (!lib.nubanValid(c.bank, c.value)) fail('nuban'); break;
    case 'acct': eq(dig(), c.value); if (c.value.length !== c.len || c.value.length < 9) fail('acct len'); break;
    case 'zw_id': eq(an(), c.value); if (!lib.zwIdValid(c.value)) fail('zw id'); break;
    case 'za_id': eq(dig(), c.value); if (!lib.zaIdValid(c.value)) fail('za id'); break;
    case 'ke_id': eq(dig(), c.value); if (!/^\d{7,8}$/.test(c.value)) fail('ke id'); break;
    case 'kra_pin': eq(an(), c.value); if (!/^A\d{9}[A-Z]$/.test(c.value)) fail('kra'); break;
    case 'ng_nin': eq(dig(), c.value); if (!/^\d{11}$/.test(c.value) || !lib.verhoeffValid(c.value)) fail('nin'); break;
    case 'bvn': eq(dig(), c.value); if (!/^22\d{9}$/.test(c.value)) fail('bvn'); break;
    case 'nino': eq(an(), c.value); if (!lib.ninoValid(c.value)) fail('nino'); break;
    case 'ssn': eq(dig(), c.value); if (!lib.ssnValid(c.value)) fail('ssn'); break;
    case 'aadhaar': eq(dig(), c.value); if (!lib.aadhaarValid(c.value)) fail('aadhaar'); break;
    case 'in_pan': eq(an(), c.value); if (!/^[A-Z]{3}P[A-Z]\d{4}[A-Z]$/.test(c.value)) fail('pan'); break;
    case 'sin': eq(dig(), c.value); if (!lib.sinValid(c.value)) fail('sin'); break;
    case 'es_dni': eq(an(), c.value); if (!lib.esDniValid(c.value)) fail('dni'); break;
    case 'passport': eq(an(), c.value); if (!PASSPORT_RE[c.country].test(c.value)) fail('passport shape'); break;
    case 'mrz': { eq(d, c.value); const [l1, l2] = d.split('\n'); if (l1.length !== 44 || l2.length !== 44 || !l1.startsWith('P<')) fail('mrz shape');
      const ck = (s, i) => lib.icaoCheck(s) === i; if (!ck(l2.slice(0, 9), l2[9]) || !ck(l2.slice(13, 19), l2[19]) || !ck(l2.slice(21, 27), l2[27]) || !ck(l2.slice(28, 42), l2[42]) || !ck(l2.slice(0, 10) + l2.slice(13, 20) + l2.slice(21, 43), l2[43])) fail('mrz check digit'); break; }
    case 'password': eq(clean(d), c.value); if (c.value.length < 6 || /\s/.test(c.value)) fail('password'); break;
    case 'pin': eq(dig(), c.value); if (!/^\d{4,6}$/.test(c.value)) fail('pin'); break;
    case 'otp': eq(dig(), c.value); if (!/^\d{4,8}$/.test(c.value)) fail('otp'); break;
    case 'answer': eq(clean(d), c.value); break;
    case 'key': eq(clean(d), c.value); if (!lib.keyValid(c.shape, c.value)) fail('key ' + c.shape); break;
    case 'solicit': if (!SOLICIT_WORDS.test(d) || d.length < 15 || d.length > 400) fail('solicitation without a secret word'); break;
    default: fail('unknown kind ' + c.kind);
  }
}
export { LABELS };
