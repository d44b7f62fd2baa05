/**
 * CREDENTIAL (password, pin, otp, security_answer): a secret GIVEN in the reply, e.g. "Your
 * temporary password is Tr0ub4dor&3x", "PIN: 4821", "your one-time code is 771204", "mother's
 * maiden name is Moyo". Label-driven: the detector iterates its keyword hits and reads only a
 * bounded stretch of text around each label, so its cost does not depend on the length of the text:
 * - after the label: a connector such as ":", "is", "has been reset to", "set ... as", then the
 *   value, maybe past a bridge of words ("the OTP generated for your device change is", "the
 *   password you sent (X)", "recovery code used:");
 * - before it, as SMS write codes: "804516 is your verification code";
 * - a list under it: a heading ("backup codes (each works once):", "Codes for the tablets:")
 *   followed by lines holding one code each, or lines holding only codes under a sentence naming
 *   backup codes; a "user / password" pair after a login label;
 * - the next sentence, when the label sits in a question ("what's the new password? It's X") or
 *   when that sentence hands the value over ("Use this one to sign in:", "Here it is:", "It is 4821").
 * One pass over the digit runs adds codes given with an instruction: "Use 597998 to confirm"; a
 * secret found is found again wherever the same token recurs ("code 987990 is confirmed").
 *
 * Values must have the shape of their kind (PIN 4-8 digits, OTP 4-8 digits or a short
 * alphanumeric code, a password that looks like a secret and is not a stopword such as
 * "incorrect", "reset", "must"), so instructions about credentials ("reset your password", "your
 * PIN is 4 digits long", "the OTP expires in 10 minutes") are not findings. A 3-4 digit "security
 * code" next to a card is a card CVV: it is left to the card-cvv detector. An "auth code" on a
 * card receipt is the acquirer's authorisation code and a "PIN code" in an address a postcode.
 * API keys, tokens and secrets in configuration are found by api-key.ts.
 */
import { wordlist as bip39English } from '@scure/bip39/wordlists/english.js';
import { CARD_WORDS } from './card.js';
import { securityCodeNearCard } from './card-cvv.js';
import { words, type Hit } from './context.js';
import type { Detector, ScanDoc } from './detector.js';
import { readSpoken } from './dialogue.js';
import { isGlued } from './digit-runs.js';
import { hideAll } from './mask.js';
import type { Candidate } from './types.js';

/**
 * What a label announces. `code` is the bare word "code": a credential only when nothing names
 * another kind of code ("promo code", "area code"), and only with "is"/":" or as a heading.
 * `answer` ("Answer:") and `topic` ("first school -") are security answers only where a security
 * question is mentioned just before; `pass` ("pass:", "pw:") is a password after a user name.
 */
type Kind = 'password' | 'passcode' | 'pin' | 'otp' | 'security_answer' | 'code' | 'answer' | 'topic' | 'pass' | 'recovery_key' | 'seed' | 'phrase' | 'login' | 'wifi' | 'totp' | 'authenticator' | 'carrier';

/*
 * Label lists. A phrase that merely ends in a shorter label ("temporary password", "ATM PIN") is
 * not needed in running text: the shorter label hits at the same place and the value after it is
 * the same, and every phrase makes the shared keyword pass slower. But that pass matches whole
 * words with ASCII \b, for which "_" is a letter, so configuration names ("DB_PASSWORD",
 * "admin_password") are listed (a phrase's space also matches "_" and "-"). Longer phrases are also
 * listed when the last word alone is not a label ("PIN code", "one-time code") or names another
 * kind ("verification PIN" is an OTP).
 */
export const PASSWORD_LABELS = words('credential-password', [
  'password', 'passwd', 'pwd', 'pass word', 'passphrase', 'pass phrase', 'db password', 'database password',
  'admin password', 'root password', 'user password', 'account password', 'login password', 'smtp password',
  'mail password', 'email password', 'wifi password', 'app password', 'new password', 'temp password',
  'default password', 'initial password', 'db pass', 'db pwd',
  // chat abbreviations after an adjective ("temp pw is ..."); a bare "pw" needs a user name before it
  'temp pw', 'temporary pw', 'new pw', 'default pw', 'wifi pw', 'admin pw', 'temp pwd', 'new pwd', 'temp pass',
  // Wi-Fi keys are passwords
  'wifi key', 'wi fi key', 'network key', 'wpa key', 'wpa2 key', 'wireless key', 'wifi code', 'wi fi code',
  // common misspellings
  'pasword', 'passowrd', 'paswd', 'pssword', 'passwrod', 'passwrd', 'passsword', 'passwod',
  // French, Portuguese, Spanish, German, Afrikaans, Dutch, Swahili
  'mot de passe', 'senha', 'neno lako la siri', 'contraseña', 'passwort', 'kennwort', 'wagwoord', 'wachtwoord', 'nenosiri', 'neno la siri', 'nywila',
  // Portuguese and Spanish put the adjective after the noun: "senha provisória Xy7#kq", where the
  // shorter label would read "provisória" as the value
  'senha provisória', 'senha provisoria', 'senha temporária', 'senha temporaria', 'senha inicial',
  'contraseña temporal', 'contraseña provisional', 'contraseña inicial', 'contrasena temporal', 'contrasena provisional',
  // Zulu, Xhosa
  'iphasiwedi', 'i phasiwedi', 'igama lokugqitha', 'phasiwedi', 'pasiwedi',
  // German compounds, closed or hyphenated ("Initialpasswort", "Start-Kennwort"; "Einmal-" ones are OTPs)
  'initial passwort', 'start passwort', 'erst passwort', 'neu passwort', 'standard passwort', 'anfangs passwort',
  'transport passwort', 'zugangs passwort', 'initial kennwort', 'start kennwort',
  'erst kennwort', 'neu kennwort', 'standard kennwort', 'anfangs kennwort', 'zugangs kennwort',
  // Hausa, Igbo, Sesotho, Setswana
  'kalmar sirri', 'kalmar sirrinka', 'kalmar sirrinki', 'kalmar wucewa', 'okwuntughe', 'phasewete', 'lefoko la sephiri',
  'lentswe la sephiri', 'lentsoe la sephiri',
]);

/** "Passcode" is a PIN when the value is numeric, a password otherwise. */
export const PASSCODE_LABELS = words('credential-passcode', [
  'passcode', 'pass code', 'access passcode',
  // codes that open doors, alarms and safes
  'door code', 'door alarm code', 'alarm code', 'gate code', 'entry code', 'keypad code', 'lock code',
  'locker code', 'safe code', 'padlock code', 'garage code', 'unlock code', 'alarm pin', 'door pin',
  'lock combination', 'safe combination', 'padlock combination', 'locker combination', 'combination code',
  'key box code', 'keybox code', 'lockbox code', 'lock box code', 'key safe code', 'room safe code', 'safe pin',
  // Spanish "clave" is a PIN or a password
  'clave', 'clave de acceso', 'clave temporal', 'clave provisional', 'clave provisoria',
]);

export const PIN_LABELS = words('credential-pin', [
  'pin', 'p.i.n', 'pin code', 'pin number', 'pin no', 'mpin', 'tpin', 'ipin', 'atm pin', 'upi pin', 'new pin', 'default pin',
  // a SIM's PIN Unblocking Key
  'puk', 'puk code', 'puk number', 'puk1', 'puk2', 'pin1', 'pin2',
  'nambari ya siri', 'namba ya siri', 'kodi ya siri', 'nambari yako ya siri', 'namba yako ya siri', 'kodi yako ya siri',
  'namba yako mpya ya siri', 'nambari yako mpya ya siri', 'namba mpya ya siri', 'nambari mpya ya siri',
  'msimbo wa siri', 'msimbo wako wa siri',
  'code confidentiel', 'code secret',
  // Zulu, Xhosa ("i-PIN" hits as "PIN")
  'iphinikhodi', 'i phinikhodi',
  // Swahili with a demonstrative ("nambari hiyo ya siri", that secret number)
  'nambari hiyo ya siri', 'namba hiyo ya siri', 'nambari hii ya siri', 'namba hii ya siri', 'nambari zako za siri',
  // Dutch and Afrikaans: "pincode" alone is as often an Indian postcode; with a possessive it is a PIN
  'uw pincode', 'je pincode', 'jouw pincode', 'nieuwe pincode', 'pin kode', 'pinkode',
  // Hausa, Igbo, Yoruba, Sesotho, Setswana: secret number
  'lambar sirri', 'lambar sirrinka', 'lambar sirrinki', 'nomba nzuzo', 'nọmba nzuzo', 'nomba asiri', 'nọmba aṣiri',
  'nomoro ya lekunutu', 'nomoro ya sephiri', 'nomore ya sephiri',
]);

export const OTP_LABELS = words('credential-otp', [
  'otp', 'o.t.p', 'otp code', 'otp number', 'otp no', 'verification number', 'one time code', 'one time password', 'one time pin', 'one time passcode',
  'verification code', 'verification pin', 'security code', '2fa code', 'two factor code',
  'two factor authentication code', 'mfa code', 'login code', 'log in code', 'sign in code', 'access code',
  'auth code', 'authentication code', 'sms code', 'reset code', 'password reset code', '6 digit code',
  'six digit code', 'backup code', 'recovery code', 'two step verification code', '2 step verification code',
  // French, Spanish, Portuguese, German, Italian, Dutch, Swahili, Shona
  'code de vérification', 'code de verification', 'code de confirmation', "code d'accès", "code d'acces",
  'código de verificación', 'código de verificação', 'codigo de verificacion', 'codigo de verificacao',
  'código de acceso', 'codigo de acceso', 'código de acesso', 'codigo de acesso', 'código de confirmación',
  'codigo de confirmacion', 'código de confirmação', 'codigo de confirmacao',
  'bestätigungs code', 'bestaetigungs code', 'einmal passwort', 'einmal kennwort', 'einmal pin', 'einmal code', 'zugangs code',
  'freischalt code', 'aktivierungs code', 'anmelde code', 'mtan', 'sms tan',
  // a German bank's transaction number; the bare "TAN" only after an article (never the colour)
  'die tan', 'ihre tan', 'deine tan', 'eine tan', 'der tan', 'tan nummer', 'transaktionsnummer', 'push tan', 'chiptan',
  'codice di verifica', 'codice di accesso', 'verificatiecode', 'toegangscode', 'eenmalige code',
  // Afrikaans
  'eenmalige kode', 'eenmalige pin', 'eenmalige wagwoord', 'verifikasie kode', 'bevestigings kode', 'toegangs kode',
  // Swahili, Shona (a code named by what follows it is read in bareCode: "kodhi yenyu", "ikhodi yakho")
  'msimbo wa uthibitisho', 'msimbo wako wa uthibitisho', 'kodhi yenyu', 'kodhi yako',
  'namba ya uthibitisho', 'nambari ya uthibitisho', 'nambari ya kuthibitisha', 'msimbo wa kuthibitisha',
  'nambari ya siri ya mara moja', 'namba ya siri ya mara moja',
  // Hausa: verification number
  'lambar tabbatarwa', 'lambar tabbatarwarka', 'lambar tabbatarwarki',
  'token code', 'otp token',
  // a token, app or card is switched on with a one-time code
  'activation code', 'activation pin',
  // codes a shop or an agent asks for before it swaps a SIM or pays out cash
  'sim swap code', 'sim swap pin', 'swap code', 'sim replacement code', 'withdrawal code', 'cardless withdrawal code',
  // a phone number's porting code (UK PAC: 3 letters, 6 digits)
  'pac', 'pac code', 'porting code', 'porting authorisation code', 'porting authorization code', 'port out code', 'port out pin',
  // the solicitation detector's phrases, which hide the bare "code" in "the code we sent you is ..."
  'code we sent', 'code we just sent', 'code you received', 'code you just received', 'code sent to your phone',
  'code we texted', 'code we emailed', 'code i sent', 'code i just sent',
]);

export const SECURITY_ANSWER_LABELS = words('credential-security-answer', [
  'security answer', 'security question answer', 'answer to your security question',
  'answer to the security question', 'secret answer', 'memorable word', 'memorable information',
  'memorable phrase', 'maiden name', "first pet's name", 'secret word', 'answer to security question',
  'answer to your secret question', 'answer to the secret question', 'security word', 'security phrase', 'secret phrase',
  'challenge answer',
  // French, Spanish, Portuguese, German, Swahili
  'réponse secrète', 'reponse secrete', 'respuesta secreta', 'respuesta de seguridad',
  'resposta secreta', 'resposta de segurança', 'sicherheitsantwort', 'jibu la usalama', 'jibu la siri',
]);

/** A lock's combination: "18-24-36", "4 21 9". */
const COMBINATION = /\d{1,2}(?:[ -]\d{1,2}){2,3}(?![\p{N}-])/uy;
/** A passphrase of plain words, ending its line or sentence: "correct horse battery staple". */
const PASSPHRASE = /[a-z]{3,12}(?:[ -][a-z]{3,12}){2,7}(?=[.,;]?[ \t]*(?:\r?\n|$))/y;

/** Keys that recover an account or a disk: groups of letters and digits ("4F7K-9QX2-M8LP-3ZT6"). */
export const RECOVERY_KEY_LABELS = words('credential-recovery-key', ['recovery key', 'bitlocker recovery key', 'backup key', 'account recovery key']);
const RECOVERY_KEY = /(?:[A-Za-z0-9]{4,6}-){2,7}[A-Za-z0-9]{4,6}(?![\p{L}\p{N}-])/uy;

/**
 * The shared secret of an authenticator app (TOTP), given when a QR code cannot be scanned: "set up
 * the authenticator manually with this setup key: T2GEFXJU...", "2FA secret key: jbsw y3dp ehpk
 * 3pxp". Whoever holds it makes every future code. Its value is base32 (A-Z and 2-7, 16 characters
 * or more, one case), in one run or in groups of four (see totpValue). "Secret key" is also an
 * api-key.ts key word: both detectors read it, for different shapes.
 */
export const TOTP_LABELS = words('credential-totp', [
  'setup key', 'set up key', 'manual setup key', 'manual entry key', 'manual key', 'secret key', '2fa secret', '2fa key',
  '2fa secret key', 'mfa secret', 'mfa key', 'totp secret', 'totp key', 'totp seed', 'otp secret', 'otp secret key',
  'two factor secret', 'two factor key', 'two step secret', 'authenticator key', 'authenticator secret', 'authenticator setup key',
]);
/** The app itself named before ":": "Enter this key in Google Authenticator: 5KQX 7ZLM 2NPA 4RTB". */
const AUTHENTICATOR_LABELS = words('credential-authenticator', [
  'authenticator', 'authenticator app', 'google authenticator', 'microsoft authenticator', 'authy', 'duo mobile',
]);
/** Base32 in one run (maybe "=" padded) or in groups of four, of one case. */
const BASE32 = /(?:[A-Z2-7]{16,128}|[a-z2-7]{16,128})={0,6}(?![\p{L}\p{N}])|(?:[A-Z2-7]{4}(?:[ -][A-Z2-7]{4}){3,15}|[a-z2-7]{4}(?:[ -][a-z2-7]{4}){3,15})(?![\p{L}\p{N}]|[ -][A-Za-z2-7]{1,4}(?![\p{L}\p{N}]))/uy;

/** A TOTP secret at `at` (maybe quoted): base32 holding a digit and eight distinct characters. */
function totpValue(text: string, at: number): { start: number; end: number } | undefined {
  const from = QUOTES.includes(text[at] ?? '_') ? at + 1 : at;
  const end = matchAt(BASE32, text, from);
  if (end < 0) return undefined;
  const v = text.slice(from, end).replace(/[ =-]/g, '');
  if (!/[2-7]/.test(v) || new Set(v.toUpperCase()).size < 8) return undefined;
  return { start: from, end };
}

/** A crypto wallet's seed: 12 to 24 lower-case words ("Your recovery phrase is: apple banana ..."). */
export const SEED_LABELS = words('credential-seed', ['recovery phrase', 'secret recovery phrase', 'seed phrase', 'seed words', 'mnemonic', 'mnemonic phrase', 'backup phrase', 'wallet phrase']);
const SEED = /[a-z]{3,8}(?:[ ,]{1,2}[a-z]{3,8}){11,23}(?![\p{L}])/uy;
/**
 * The bare word "phrase" ("We restored the wallet from the phrase you sent: rescue salt ..."): a
 * seed only when its words are a BIP-39 mnemonic's, all from the list and 12, 15, 18, 21 or 24 of
 * them. (The last word's checksum is not required: phrases typed into tickets are often mistyped.)
 */
const PHRASE_WORDS = words('credential-phrase', ['phrase']);
const BIP39_WORDS = new Set(bip39English);

function isBip39Phrase(value: string): boolean {
  const parts = value.split(/[ ,]+/);
  return parts.length % 3 === 0 && parts.every((w) => BIP39_WORDS.has(w));
}

/** Chat abbreviations of "password": a label only after a user name ("user: jdoe pass: ..."). */
const PASS_WORDS = words('credential-pass', ['pass', 'pw', 'pword', 'pswd', 'psw', 'p/w']);

/** A login given as "user / password": "Router admin: admin / Zm#Fibre2025", "Login: jdoe / Xk9#mPq2". */
const LOGIN_LABELS = words('credential-login', [
  'login', 'log in', 'admin', 'router admin', 'admin login', 'login details', 'log in details', 'sign in details',
  'login credentials', 'credentials', 'logins', 'access', 'access details', 'test accounts',
]);
const USER_SLASH = /[^\s/]{1,64}[ \t]{1,3}\/[ \t]{1,3}/y;

/** "Wi-Fi (Chanda_Home): lusaka-4471-sunrise": after the network's name in brackets, its password. */
const WIFI_LABELS = words('credential-wifi', ['wifi', 'wi fi']);

/**
 * The bare word "code" (see Kind), also in Spanish, Portuguese and Italian, and the loan words of
 * Afrikaans ("kode"), Shona ("kodhi"), Zulu and Xhosa ("ikhodi", "ikhowudi"), Sesotho and Setswana
 * ("khoutu"), Yoruba and Igbo ("koodu"). Those languages qualify the noun after it ("ikhodi yakho",
 * your code): see bareCode.
 */
/** What a one-time code arrives in: "the sms says 513290" once a code has been talked about. */
const CARRIER_WORDS = words('credential-carrier', ['sms', 'text', 'text message', 'message', 'notification']);

export const CODE_WORDS = words('credential-code', ['code', 'código', 'codigo', 'codice', 'kode', 'kodhi', 'ikhodi', 'i khodi', 'ikhowudi', 'khoutu', 'koodu']);

/** "Answer:" after a security question. */
const ANSWER_WORDS = words('credential-answer', ['answer', 'réponse', 'reponse', 'respuesta', 'resposta', 'antwort', 'jibu']);

/** Usual security questions, written as the label of their answer: "first school - Prince Edward". */
const SECURITY_TOPICS = words('credential-security-topic', [
  'first school', 'primary school', 'first pet', 'pet name', 'first car', 'favourite food', 'favorite food',
  'favourite teacher', 'favorite teacher', 'favourite colour', 'favorite color', 'favourite book', 'favorite book',
  'favourite movie', 'favorite movie', 'childhood friend', 'childhood nickname', 'best friend', 'city of birth',
  'town of birth', 'birthplace', "father's middle name", "mother's middle name", 'first employer', 'first job',
  'street you grew up on', 'high school',
]);

/** Words that make "Answer:" and a security topic the answer to a security question. */
const SECURITY_CONTEXT = words('credential-security-context', [
  'security question', 'secret question', 'challenge question', 'verification question', 'security details',
  'memorable',
  'question secrète', 'question secrete', 'pregunta secreta', 'pregunta de seguridad',
  'pergunta secreta', 'pergunta de segurança', 'sicherheitsfrage', 'swali la usalama', 'swali lako la usalama', 'swali la siri',
]);

/**
 * Longer phrases that contain a label but are not one. The shared keyword pass prefers the longest
 * phrase, so "KRA PIN" (a Kenyan tax number) and "PIN-protected" never become PIN labels.
 */
export const NOT_LABELS = words('credential-not-label', [
  'kra pin', 'pin pad', 'pin protected', 'password protected', 'pincode', 'puk locked',
]);

/** The kind of value each label list announces, by list id (hits carry list ids). */
const KIND_BY_LIST = new Map<number, Kind>([
  [PASSWORD_LABELS.id, 'password'],
  [PASSCODE_LABELS.id, 'passcode'],
  [PIN_LABELS.id, 'pin'],
  [OTP_LABELS.id, 'otp'],
  [SECURITY_ANSWER_LABELS.id, 'security_answer'],
  [CODE_WORDS.id, 'code'],
  [ANSWER_WORDS.id, 'answer'],
  [SECURITY_TOPICS.id, 'topic'],
  [PASS_WORDS.id, 'pass'],
  [RECOVERY_KEY_LABELS.id, 'recovery_key'],
  [SEED_LABELS.id, 'seed'],
  [PHRASE_WORDS.id, 'phrase'],
  [LOGIN_LABELS.id, 'login'],
  [WIFI_LABELS.id, 'wifi'],
  [TOTP_LABELS.id, 'totp'],
  [AUTHENTICATOR_LABELS.id, 'authenticator'],
  [CARRIER_WORDS.id, 'carrier'],
]);

function kindOf(hit: Hit): Kind | undefined {
  for (const id of hit.lists) {
    const kind = KIND_BY_LIST.get(id);
    if (kind) return kind;
  }
  return undefined;
}

/** Postal context around "PIN code 560001" (an Indian postcode), checked in a small window only. */
const ADDRESS_CONTEXT = /\b(?:address|postal|post office|district|city|state|town|village|area|locality|road|street|lane|nagar|colony|sector|deliver(?:y|ed)?|courier|shipping|pincode|zip)\b/i;

/**
 * Words that follow a label without being a value: instructions, states and filler. Compared in
 * lower case with trailing punctuation removed.
 */
const STOPWORDS = new Set(
  (
    'a an the your my our their his her its this that these those it you we they he she i me us them ' +
    'at in on of to for from by with as into onto via per about and or but nor not no yes ok okay ' +
    'is are was were be been being has have had will would shall should must can could may might do does did done ' +
    "isn't wasn't won't can't cannot don't doesn't didn't hasn't haven't shouldn't mustn't " +
    'please kindly here there below above following attached enclosed see same different ' +
    'incorrect correct invalid valid wrong expired expires expiring expiry required require requires ' +
    'reset resets changed change changes updated update set sent send resent created generated issued ' +
    'case case-sensitive sensitive link links field fields box page screen form prompt protected manager ' +
    'policy policies strength strong weak hint hints requirement requirements rule rules length ' +
    'characters character digits digit numbers number letters letter secure safe private confidential secret ' +
    'unknown new old current previous temporary default none null nil n/a na tbd empty blank hidden masked ' +
    'redacted removed omitted provided needed missing optional mandatory only also just now then again still ' +
    'already yet never always via sms email e-mail text phone app portal website login log sign account user ' +
    'username details information info code pin password passcode otp what which who whom whose how when ' +
    'where why if unless because so than too very more less all any some each every once twice used using ' +
    'use entered enter typed chosen choose shown displayed stored saved locked blocked unlocked disabled ' +
    'enabled active inactive working accepted rejected recognised recognized verified confirmed forgotten ' +
    'forgot lost stolen compromised known shared ready available unavailable pending complete completed ' +
    'successful successfully failed error problem issue mismatch match matches reminder recovery expire ' +
    'like such e.g. eg i.e. ie etc something anything nothing one two three ' +
    'four five six seven eight minimum maximum least most long short at-least contains contain include ' +
    'includes including example sample placeholder xxxx xxxxxx xxxxxxxx **** ' +
    'unchanged separately separate tbc tba withheld supplied yours mine ours theirs whatever usual ' +
    // Portuguese and Spanish: sent, below, attached ("Senha provisória: enviada por SMS")
    'enviada enviado abaixo anexo anexa adjunta adjunto'
  ).split(/\s+/),
);

/** Connector between a label and its value. `strong` connectors (":", "=") make a plain word a value. */
interface Connector {
  end: number;
  strong: boolean;
  /** "is", "was" (or the copula of another language): enough for the bare word "code". */
  copula: boolean;
  /** A dash: "first school - Prince Edward". */
  dash: boolean;
  /** Nothing but spaces separates the label and the value. */
  none: boolean;
  /** The label ends its line (a table cell, a form): only a number alone on the next line is a value. */
  lineBreak: boolean;
}

const NL = '(?:[ \\t]{0,3}\\r?\\n){1,2}[ \\t]{0,3}';

/**
 * "is" / "are" in the languages users write in: Shona "ndi" (and "ndeye", "ndiyo", "ndiye" by noun
 * class, "ndeiyi" / "ndeino" "is this"), Swahili and Yoruba "ni", French "est", Spanish "es",
 * Portuguese "é", Italian "è", German "ist" / "lautet", Dutch "luidt", Zulu and Xhosa "ngu" / "yi"
 * and "ithi" (says), Nigerian Pidgin "na", Sesotho and Setswana "ke", Igbo "bụ", Hausa "ita ce" /
 * "shi ne".
 */
const COPULA = '(?:is|was|are|were|ndeiyi|ndeino|ndeye|ndiyo|ndiye|ndi|ni|na|est|es|é|è|ist|lautet|luidt|ngu|yi|ithi|ke|bụ|bu|ita[ \\t]ce|shi[ \\t]ne)';

type ConnectorKind = 'strong' | 'copula' | 'dash' | 'weak' | 'password';

/** "set back to", "reset back to": the value a PIN or password was put back to ("voicemail PIN has been set back to 7383"). */
const BACK = '(?:[ \\t]{1,3}back)?';
/** An adverb inside "has (also) been (temporarily) reset to": "-ly" words and a few short ones. */
const SET_ADVERB = '(?:\\p{L}{2,12}ly|also|just|now|already|today|again)';
/** "has been", "has also been", "was": the auxiliary before a verb of setting. */
const SET_AUX = `(?:was|is|were|are|has|have|had)(?:[ \\t]{1,3}${SET_ADVERB})?(?:[ \\t]{1,3}been)?`;

/** Spaces and tabs: where most connectors must start. */
const BLANK = ' \t';

/**
 * [regex, kind, first]. Tried in order at the end of the label; `password` ones only after a
 * password label. `first`: the characters a match can start with (each pattern's first element),
 * so that a label followed by anything else (".", ")", ",") skips the regex; undefined = no check.
 */
const CONNECTORS: readonly (readonly [RegExp, ConnectorKind, string | undefined])[] = [
  [new RegExp(`[ \\t]{0,3}${COPULA}[ \\t]{0,3}(?:now[ \\t]{0,3})?[:=](?:${NL}|[ \\t]{0,3})`, 'iy'), 'strong', undefined],
  // JSON ("password": "...") and an XML element (<password>...): a closing quote or ">" first.
  // A setting's "=" takes its value on the same line: "DB_PASSWORD=" above a blank line is empty.
  [new RegExp(`["']?[ \\t]{0,3}(?::(?:${NL}|[ \\t]{0,3})|=[ \\t]{0,3}(?![\\r\\n]))`, 'y'), 'strong', `"'${BLANK}:=`],
  // "has been reset to", "was temporarily set to", "changed to", "has been set back to", "will be".
  [new RegExp(`[ \\t]{1,3}(?:will[ \\t]{1,3}be|(?:${SET_AUX}[ \\t]{1,3})?(?:${SET_ADVERB}[ \\t]{1,3})?(?:re-?set|set|changed|updated)${BACK}[ \\t]{1,3}to)(?:[ \\t]{0,3}:(?:${NL}|[ \\t]{0,3})|[ \\t]{1,3})`, 'iuy'), 'copula', BLANK],
  // "a new password has been set: X", "the PIN was generated:": a passive of setting, then ":"; as
  // weak as "is" ("answers have been updated: first school - ..." heads a list).
  [new RegExp(`[ \\t]{1,3}${SET_AUX}[ \\t]{1,3}(?:${SET_ADVERB}[ \\t]{1,3})?(?:re-?set|set|changed|updated|generated|created|issued|assigned)[ \\t]{0,3}:(?:${NL}|[ \\t]{0,3})`, 'iuy'), 'copula', BLANK],
  // Zulu writes its copula on the value: "ngu-4821", "ngu-Xk9#mPq2". A code "says" or "reads"
  // what the message shows ("OK the code says 887904").
  [new RegExp(`[ \\t]{1,3}(?:${COPULA}|remains|stays|says|reads)(?:[ \\t]{1,3}(?:now|still))?(?:[ \\t]{1,3}|-(?=[\\p{L}\\p{N}]))`, 'iuy'), 'copula', BLANK],
  // "Your temporary password is below:" / "is as follows:" and the value on the next line.
  [new RegExp(`[ \\t]{1,3}(?:is|are)[ \\t]{1,3}(?:below|as[ \\t]{1,3}follows)[ \\t]{0,3}:?${NL}`, 'iy'), 'strong', BLANK],
  [/[ \t]{0,3}[-–—][ \t]{0,3}/y, 'dash', `${BLANK}-–—`],
  // "when asked for the activation code enter 69493090": an instruction to type the value in.
  [/,?[ \t]{1,3}(?:enter|use|type|input|key[ \t]in)[ \t]{1,3}/iy, 'weak', `,${BLANK}`],
  // "Your temporary PIN, 4821, expires ...": a number between commas (checked in readValue).
  [/,[ \t]{1,3}(?=\d{4,8},)/y, 'weak', ','],
  [/[ \t]{0,3}#[ \t]{0,3}/y, 'weak', `${BLANK}#`],
  [/[ \t]{1,3}of[ \t]{1,3}/iy, 'weak', BLANK],
  // "I have set the password to X": a number after "PIN to" is more often where it went ("to 0772...").
  [/[ \t]{1,3}to[ \t]{1,3}/iy, 'password', BLANK],
];

const LINE_BREAK = new RegExp(NL, 'y');

/** Participles that describe the secret between its label and "is"/":" ("the OTP generated for ... is", "recovery code used:"). */
const PARTICIPLE = '(?:generated|issued|sent|created|assigned|set|chosen|shown|displayed|provided|given|used|recorded|registered|saved|stored|requested|printed|listed|attached)';
/** A Swahili verb of a code sent or received: "imefika" (has arrived), "uliyopokea" (you received), "iliyotumwa" (that was sent). */
const SWAHILI_SENT = '\\p{L}{0,6}?(?:fika|tumwa|tumiwa|pokea|pokelewa|kuja|ingia|tolewa)(?![\\p{L}])';
/** Adverbs between a label and ":" ("here is the code directly:", "the PIN again:"). */
const ADVERB = '(?:directly|again|below|here|now|instead|today|then|when[ \\t]prompted|if[ \\t]asked)';
/** One word of a bridge: a quoted question counts ("the answer you gave for "Name of your first school" was"). */
const BRIDGE_WORD = `[ \\t]{1,3}[\\p{L}\\d'"“”‘’+-]{1,24}`;
/** "has been reset to", "was changed to", "has been set:": the value follows (the PIN "for online use has been reset to 2209"). */
const SET_TO_NEXT = `(?:(?:has|have|had)(?:[ \\t]{1,3}${SET_ADVERB})?[ \\t]{1,3}been|was|were|is|are)[ \\t]{1,3}(?:${SET_ADVERB}[ \\t]{1,3})?(?:re-?set|set|changed|updated)(?:${BACK}[ \\t]{1,3}to\\b|[ \\t]{0,3}:)`;
/** A copula or ":" next; "was sent", "is shown" are passives, not the copula of the value. */
const VALUE_NEXT = `(?=[ \\t]{0,3}(?:${COPULA}[ \\t](?!${PARTICIPLE}\\b)|[:=]|${SET_TO_NEXT}))`;

/**
 * Words between a label and its connector: an abbreviation or a network name in brackets
 * ("one-time password (OTP) is", "Wi-Fi (Chanda_Home):"), a "for ..." or "to ..." phrase
 * ("password for the portal is", "code to unlock the locker is"), a relative clause ("the password
 * you need is", "the PIN we set for you is", "the password you sent (X)"), a participle ("the OTP
 * generated for your device change is", "recovery code used:") or an adverb before ":" ("the code
 * directly:"). One or two words before "is" (adjectives or possessives after the noun: "contraseña
 * temporal es", "PIN yenyu itsva ndi") are read in connectorAt.
 */
const BRIDGE = new RegExp(
  `(?:[ \\t]{0,3}\\([\\p{L}\\d _.-]{1,24}\\))?(?:` +
    `(?:[ \\t]{1,3}${PARTICIPLE})?[ \\t]{1,3}(?:for|to|from|that|which|you|we|i|by|on|in|at)(?:${BRIDGE_WORD}){0,7}?${VALUE_NEXT}` +
    `|[ \\t]{1,3}(?:you|we|i)(?:${BRIDGE_WORD}){1,3}?(?=[ \\t]{1,3}\\()` +
    `|[ \\t]{1,3}${PARTICIPLE}${VALUE_NEXT}` +
    `|[ \\t]{1,3}${SWAHILI_SENT}(?:${BRIDGE_WORD}){0,4}?${VALUE_NEXT}` +
    `|[ \\t]{1,3}${ADVERB}(?=[ \\t]{0,3}:)` +
    `|${VALUE_NEXT})`,
  'iuy',
);
/**
 * "the new card PIN you set at the branch as 6852", "reset by the system as Owo@7719qz": a verb
 * that sets the secret, then "as" and the value.
 */
/** A SET_AS match whose verb takes "to <value>" before the "as": the value is the word after "to". */
const SET_TO_BEFORE_AS = /\b(?:set|reset|changed|updated)[ \t]{1,3}to[ \t]{1,3}[\p{L}'’-]{1,20}[ \t]{1,3}as[ \t]{1,3}$/iu;
/** The farthest SET_AS reaches: ten words of at most 20 characters and their spaces. */
const SET_AS_REACH = 10 * 24 + 8;
const SET_AS = /(?:[ \t]{1,3}[\p{L}'’-]{1,20}){0,5}?[ \t]{1,3}(?:set|reset|registered|recorded|noted|saved|stored|changed|updated|configured|chosen|chose|entered)(?:[ \t]{1,3}[\p{L}'’-]{1,20}){0,4}?[ \t]{1,3}as[ \t]{1,3}/iuy;
/**
 * The bare word "code" takes only bridges that make it a code to get in with ("the code to sign
 * in is"), one a message carried ("the code in that SMS was") or a participle ("the last code sent was").
 */
const CODE_BRIDGE = new RegExp(
  `(?:[ \\t]{1,3}to[ \\t]{1,3}(?:(?:sign|log)[ \\t]{1,3}in|verify|confirm|unlock|access|open|activate|enter)(?:[ \\t]{1,3}[\\p{L}-]{1,20}){0,3}?` +
    `|[ \\t]{1,3}(?:in|from)[ \\t]{1,3}(?:that|the|this|your|my|our)[ \\t]{1,3}(?:sms|text|text message|message|e-?mail|app)` +
    `|[ \\t]{1,3}on[ \\t]{1,3}(?:our|the|my|your)[ \\t]{1,3}(?:system|records?|file|screen)` +
    `|[ \\t]{1,3}${ADVERB}(?=[ \\t]{0,3}:)` +
    `|[ \\t]{1,3}${PARTICIPLE}(?:[ \\t]{1,3}(?:to|by|for|on|in|via)(?:[ \\t]{1,3}[\\p{L}-]{1,20}){1,3}?)?)(?=[ \\t]{0,3}(?:(?:is|was)[ \\t]|[:=]))`,
  'iuy',
);
const WORD_BEFORE_COLON = /[ \t]{1,3}(\p{L}{2,20})[ \t]{0,2}:[ \t]{1,3}/uy;
/**
 * Adjectives, possessives and "of" phrases after the noun, before "is": "contraseña temporal es",
 * "PIN yenyu itsva ndi", Swahili "PUK ya laini yako ni" (of your line), "PIN mpya ya akaunti yako ni",
 * Shona "PIN itsva yenguva pfupi ndeye", Portuguese "senha para o portal é" (the one-letter articles
 * "o" and "a").
 */
const WORDS_BEFORE_COPULA = new RegExp(`((?:[ \\t]{1,3}(?:\\p{L}{2,20}|\\p{L}{1,3}-\\p{L}{2,20}|[oa])){1,4})(?=[ \\t]{1,3}${COPULA}(?:[ \\t]|-[\\p{L}\\p{N}]|[ \\t]{0,3}:))`, 'iuy');
/** Words after a label that make it a heading or a field about the secret, not the secret. */
const HEADING_WORD = /^(?:requirements?|rules?|polic(?:y|ies)|tips?|hints?|guidelines?|advice|format|reset|change|changed|criteria|manager|strength|length|field|reminder|expiry|status|attempts|history|generator|vault|protection|recovery|help|support|page|link|settings|options?|example|sample|type|method|prompt|box|screen|reference|ref|letter|mailer|delivery|date|time|request|ticket|count|limit)$/i;
/** "changed your PIN to 4821": a number after "to" is the new value only after such a verb. */
const CHANGED_BEFORE = /\b(?:changed|reset|set|updated)[ \t]{1,3}(?:your|the)[ \t]{1,3}(?:[\p{L}-]{1,20}[ \t]{1,3})?$/iu;

/** CHANGED_BEFORE, tested only where "your " or "the " ends shortly before the label. */
function changedBefore(text: string, labelStart: number): boolean {
  const before = text.slice(Math.max(0, labelStart - 40), labelStart);
  const near = before.slice(-28);
  return (near.includes('your') || near.includes('the')) && CHANGED_BEFORE.test(before);
}

function connector(end: number, kind: ConnectorKind | 'none' | 'line'): Connector {
  return { end, strong: kind === 'strong', copula: kind === 'copula', dash: kind === 'dash', none: kind === 'none' || kind === 'line', lineBreak: kind === 'line' };
}

/** The connector after a label ending at `at`; `to` admits "to" ("set the password to X"), `bare` is the bare word "code". */
function connectorAt(text: string, labelStart: number, at: number, to: boolean, bare: boolean): Connector {
  if (text[at] === '>' && text[labelStart - 1] === '<') return connector(at + 1, 'strong'); // <password>value</password>
  if (!bare && text.slice(at, at + SET_AS_REACH).includes(' as ')) {
    const setAs = matchAt(SET_AS, text, at);
    // "has been reset to brompton as requested": set TO a value, then "as" goes on with the clause.
    if (setAs > at && !SET_TO_BEFORE_AS.test(text.slice(at, setAs))) return connector(setAs, 'copula');
  }
  let bridged = matchAt(bare ? CODE_BRIDGE : BRIDGE, text, at);
  if (bridged < 0 && !bare) {
    WORDS_BEFORE_COPULA.lastIndex = at;
    const words = WORDS_BEFORE_COPULA.exec(text);
    if (words && !words[1]!.trim().split(/[ \t]+/).some((w) => HEADING_WORD.test(w))) bridged = at + words[0].length;
  }
  const from = bridged > at ? bridged : at;
  const first = text[from];
  for (const [re, kind, starts] of CONNECTORS) {
    if (kind === 'password' && !to) continue;
    if (starts !== undefined && (first === undefined || !starts.includes(first))) continue;
    const end = matchAt(re, text, from);
    if (end > from) return connector(end, kind === 'password' ? 'weak' : kind);
  }
  // "The password you sent (Lisboa*2024*rm)": the value in brackets after a relative clause.
  if (bridged > at) return connector(matchAt(/[ \t]{1,3}\(/y, text, from), 'none');
  // "Igama lokugqitha lethutyana: Imbizo@4471", "mot de passe temporaire : X": an adjective after
  // the noun, then ":"; only a value with a secret's shape (a heading's word such as "hint" is no adjective).
  WORD_BEFORE_COLON.lastIndex = from;
  const word = bare ? null : WORD_BEFORE_COLON.exec(text);
  if (word && !HEADING_WORD.test(word[1]!)) return connector(from + word[0].length, 'weak');
  const lineEnd = matchAt(LINE_BREAK, text, from);
  if (lineEnd >= 0) return connector(lineEnd, 'line');
  // No connector: only spaces (or a bracket) on the same line.
  return connector(matchAt(/[ \t]{1,3}\(?/y, text, from), 'none');
}

/** End of a sticky match of `re` at `at`, or -1. */
function matchAt(re: RegExp, text: string, at: number): number {
  re.lastIndex = at;
  return re.test(text) ? re.lastIndex : -1;
}

const QUOTES = '"\'`';

/** A quoted value right at `at`: its inner range. */
function quotedAt(text: string, at: number, max: number): { start: number; end: number } | undefined {
  const q = text[at];
  if (q === undefined || !QUOTES.includes(q)) return undefined;
  for (let i = at + 1; i < text.length && i <= at + max + 1; i++) {
    const c = text[i]!;
    if (c === '\n') return undefined;
    if (c === q) return i > at + 1 ? { start: at + 1, end: i } : undefined;
  }
  return undefined;
}

/** Digits of a PIN or OTP: the whole token, with nothing number-like glued to it. */
const NUMERIC = /\d{4,8}(?![\p{L}\p{N}*•]|[.,/:-]\d|[ \t]\d)/uy;
/** A code typed in groups: "552 901", "4471-9902", and in three groups with spaces, "090 598 27" (six to eight digits, numericValue). */
const NUMERIC_SPACED = /\d{3,4}(?:[ -]\d{3,4}|(?: \d{2,4}){2})(?![\p{L}\p{N}*•]|[.,/:-]\d|[ \t]\d)/uy;
/** "4 8 2 1", "4-8-2-1": a PIN read out digit by digit. */
const DIGIT_BY_DIGIT = /\d(?: \d){3,7}(?![\p{L}\p{N}*•]|[.,/:-]\d| \d)|\d(?:-\d){3,7}(?![\p{L}\p{N}*•]|[.,/: -]\d)/uy;
const ALNUM_CODE = /(?=[A-Za-z]{0,9}\d)(?=\d{0,9}[A-Za-z])[A-Za-z0-9]{6,10}(?![\p{L}\p{N}*•])/uy;
/** Upper-case letters and digits in groups: "7Q4K-9XZ2", "7H2K-9QXP-4M3L". */
const GROUPED_CODE = /(?=[A-Z0-9-]{0,27}\d)(?=[A-Z0-9-]{0,27}[A-Z])[A-Z0-9]{3,6}(?:-[A-Z0-9]{3,6}){1,3}(?![\p{L}\p{N}*•-])/uy;
/** Lower-case groups, as recovery codes are printed: "a1b2c-3d4e5". */
const GROUPED_LOWER_CODE = /(?=[a-z0-9-]{0,27}\d)(?=[a-z0-9-]{0,27}[a-z])[a-z0-9]{4,6}(?:-[a-z0-9]{4,6}){1,3}(?![\p{L}\p{N}*•-])/uy;
/**
 * A number followed by a unit is a rule, a duration or an amount, not a value ("4 digits", "10
 * minutes", "the PIN fee was set back to 4821 rand").
 */
const UNIT_AFTER = /[ \t-]?(?:digits?|characters?|chars?|numbers?|minutes?|mins?|hours?|hrs?|seconds?|secs?|days?|times?|attempts?|tries|%|rands?|naira|shillings?|cedis?|kwacha|dollars?|euros?|pounds?|rupees?|reais|zar|ngn|kes|ugx|tzs|ghs|zmw|usd|eur|gbp|inr|brl)\b/iy;

/** A non-space token of at most 64 characters (65 means too long). */
const TOKEN = /[^\s]{1,65}/y;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]{0,39}/uy;

/** A PIN or OTP value at `at`, or undefined. */
function numericValue(text: string, at: number, kind: 'pin' | 'otp'): { start: number; end: number } | undefined {
  if (at > 0 && /[\p{L}\p{N}]/u.test(text[at - 1]!)) return undefined;
  let end = kind === 'otp' ? matchAt(NUMERIC_SPACED, text, at) : -1;
  if (end > 0 && !isCodeLength(text, at, end)) end = -1;
  if (end < 0) end = matchAt(NUMERIC, text, at);
  if (end < 0 && kind === 'otp') end = matchAt(ALNUM_CODE, text, at);
  if (end < 0 && kind === 'otp') end = matchAt(GROUPED_CODE, text, at);
  if (end < 0 && kind === 'otp') end = matchAt(GROUPED_LOWER_CODE, text, at);
  if (end < 0) end = matchAt(DIGIT_BY_DIGIT, text, at);
  if (end < 0) end = spokenCodeEnd(text, at);
  if (end < 0) return undefined;
  if (matchAt(UNIT_AFTER, text, end) >= 0) return undefined;
  return { start: at, end };
}

/** Six to eight digits between `at` and `end`, as codes have. */
function isCodeLength(text: string, at: number, end: number): boolean {
  let digits = 0;
  for (let i = at; i < end; i++) if (text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) digits++;
  return digits >= 6 && digits <= 8;
}

/** Most words a spoken code can take: eight digit words and their gaps. */
const SPOKEN_CODE_REACH = 8 * 9;

/**
 * End of a PIN or code read out in words at `at` ("the code says eight eight seven nine zero
 * four", "my PIN is four three two one"): four to eight digits, or -1. More digits are a phone
 * number read out, not a code.
 */
function spokenCodeEnd(text: string, at: number): number {
  // Read a word further than a code reaches: a ninth digit word just past it makes it no code.
  const spoken = readSpoken(text, at, at + SPOKEN_CODE_REACH + 9, 4);
  if (!spoken || spoken.plus || spoken.digits.length > 8 || spoken.end > at + SPOKEN_CODE_REACH) return -1;
  return spoken.end;
}

/** Strips sentence punctuation after a token; "!"/"?" only when the sentence goes on after it. */
function trimToken(text: string, start: number, end: number): number {
  const opened = text.slice(start, end).includes('(');
  while (end > start && '.,;:)]}>"\''.includes(text[end - 1]!) && !(opened && text[end - 1] === ')')) end--;
  if (end > start && '!?'.includes(text[end - 1]!)) {
    const after = text.slice(end, end + 3);
    // "Summer2024! Please change it" ends a sentence; "Fjord-Lumen-8823! so our engineer" does not.
    if (/^ +[^\s\p{Ll}]/u.test(after)) end--;
  }
  return end;
}

const MASK_CHARS = /^[*•xX#.·_-]+$/;
const DATE_LIKE = /^\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{2,4})?$|^\d{1,2}:\d{2}/;
const AMOUNT_LIKE = /^[$€£¥₦₹]|^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+\.\d{2}$/;
const URL_LIKE = /^(?:https?:|www\.|ftp:)|:\/\//i;
/** "imap.example.dev", "192.168.1.1": a host name or address. */
const HOST_LIKE = /^[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63})*\.[a-z]{2,24}$|^\d{1,3}(?:\.\d{1,3}){3}$/;
const EMAIL_LIKE = /^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i;
const PLACEHOLDER = /^[[{<(]/;

function isStopword(value: string): boolean {
  const v = value.toLowerCase();
  return STOPWORDS.has(v) || STOPWORDS.has(v.replace(/[^\p{L}\p{N}/-]+$/u, ''));
}

/** Looks like something other than a secret: masked, a date, an amount, a URL, a template. */
function notASecret(value: string): boolean {
  if (MASK_CHARS.test(value) || DATE_LIKE.test(value) || AMOUNT_LIKE.test(value)) return true;
  if (URL_LIKE.test(value) || EMAIL_LIKE.test(value) || PLACEHOLDER.test(value) || HOST_LIKE.test(value)) return true;
  if (/^(.)\1*$/.test(value)) return true;
  const hidden = value.replace(/[^*•]/g, '').length;
  return hidden * 2 >= value.length;
}

/** A password-like token: a digit, a symbol (a hyphen or apostrophe inside a word does not count) or mixed case. */
function looksSecret(value: string): boolean {
  if (/\d/.test(value)) return true;
  if (/[^\p{L}\p{N}]/u.test(value.replace(/(?<=\p{L})['’-](?=\p{L})/gu, ''))) return true;
  return /\p{Ll}/u.test(value) && /\p{Lu}/u.test(value.slice(1));
}

const NEXT_FIELD = /[;&][A-Za-z_][\w .-]{0,30}=|<\//;

/** A password after the connector; `shaped` when it has a password's shape (digit, symbol, mixed case). */
function passwordValue(text: string, at: number, conn: Connector): { start: number; end: number; shaped: boolean } | undefined {
  const quoted = quotedAt(text, at, 64);
  if (quoted) {
    const v = text.slice(quoted.start, quoted.end);
    if (v.length < 4 || /\s/.test(v.trim()) || isStopword(v) || notASecret(v)) return undefined;
    return { ...quoted, shaped: true };
  }
  let raw = matchAt(TOKEN, text, at);
  if (raw < 0 || raw - at > 64) return undefined;
  // In a connection or query string the value ends before the next field ("...;Database=x", "&lang=en"), in XML before the closing tag.
  const field = NEXT_FIELD.exec(text.slice(at, raw));
  if (field) raw = at + field.index;
  // "Password hint:" / "password requirements:" is a heading, not a value.
  if (text[raw - 1] === ':' && (!conn.strong || /^\p{L}+:$/u.test(text.slice(at, raw)))) return undefined;
  const end = trimToken(text, at, raw);
  const v = text.slice(at, end);
  if (v.length < 4 || isStopword(v) || notASecret(v)) return undefined;
  const shaped = looksSecret(v);
  if (!shaped && !conn.strong) return undefined;
  // A bare "password 2024" is a year, not a value.
  if (conn.none && /^(?:19|20)\d{2}$/.test(v)) return undefined;
  return { start: at, end, shaped };
}

/**
 * "Moyo", "Van Der Merwe", "'blue'", "sunflower" (a plain lower-case word only after ":" or "=").
 * In a `phrase` (an answer listed after "Answer:" or a security topic) lower-case words up to the
 * next punctuation belong to it too: "favourite food - sadza nenyama".
 */
function answerValue(text: string, at: number, conn: Connector, phrase: boolean): { start: number; end: number } | undefined {
  const quoted = quotedAt(text, at, 40);
  if (quoted) {
    const v = text.slice(quoted.start, quoted.end).trim();
    if (v.length < 2 || isStopword(v) || notASecret(v)) return undefined;
    return quoted;
  }
  if (conn.none) return undefined;
  const raw = matchAt(WORD, text, at);
  if (raw < 0) return undefined;
  let end = trimToken(text, at, raw);
  const first = text.slice(at, end);
  if (first.length < 2 || isStopword(first) || notASecret(first)) return undefined;
  const capital = /^\p{Lu}/u.test(first) || /\d/.test(first);
  if (!capital && !conn.strong && !phrase) return undefined;
  // Further capitalised words and numbers on the same line belong to the answer: "Van Der Merwe", "Blue Mazda 1998".
  let cursor = raw;
  for (let n = 1; (capital || phrase) && n < 4 && end === cursor && text[cursor] === ' '; n++) {
    const nextRaw = matchAt(WORD, text, cursor + 1);
    if (nextRaw < 0) break;
    const nextEnd = trimToken(text, cursor + 1, nextRaw);
    const w = text.slice(cursor + 1, nextEnd);
    if (!phrase && NAME_PARTICLES.has(w) && nextEnd === nextRaw && text[nextRaw] === ' ') {
      // "Prince of Wales", "Sekolo sa Thuto": a name's lower-case particle between two capitalised words.
      const afterRaw = matchAt(WORD, text, nextRaw + 1);
      const afterEnd = afterRaw < 0 ? -1 : trimToken(text, nextRaw + 1, afterRaw);
      if (afterEnd < 0 || !/^\p{Lu}/u.test(text.slice(nextRaw + 1, afterEnd))) break;
      end = afterEnd;
      cursor = afterRaw;
      continue;
    }
    if ((!phrase && !/^[\p{Lu}\p{N}]/u.test(w)) || isStopword(w)) break;
    end = nextEnd;
    cursor = nextRaw;
  }
  // A listed answer ends at punctuation or the line end; more words after it make it a sentence
  // ("Answer: Go to Settings and change it").
  if (phrase && end === cursor && /^ [\p{L}\p{N}]/u.test(text.slice(end, end + 2))) return undefined;
  return { start: at, end };
}

/**
 * The password of "user / password" after a login label, of "network / password" after a Wi-Fi
 * label, or of a Wi-Fi network named in brackets before ":"; without a password label, only a
 * token with a password's shape and 8 characters or more (Wi-Fi: letters and digits too, unlike a
 * network name such as "Home-5G").
 */
function loginValue(text: string, hit: Hit, kind: 'login' | 'wifi', at: number): Candidate | undefined {
  let from = at;
  // "Wi-Fi: Victoria-Guest / Blue-River-66!": a network and its password, as a login's user and password.
  if (kind === 'login' || !text.slice(hit.end, at).includes(')')) {
    from = matchAt(USER_SLASH, text, at);
    if (from < 0) return undefined;
  }
  const v = passwordValue(text, from, connector(from, 'weak'));
  // 8 characters or more without a password label: "Access: Floor / Level-3" names a place.
  if (!v || v.end - v.start < 8 || (kind === 'wifi' && (!/\d/.test(text.slice(v.start, v.end)) || !/\p{L}/u.test(text.slice(v.start, v.end))))) return undefined;
  return candidate(v.start, v.end, 'password', 0.9);
}

function candidate(start: number, end: number, subtype: string, score: number): Candidate {
  return { type: 'CREDENTIAL', subtype, start, end, score, masked: hideAll(), detector: 'credential' };
}

type Numeric = 'pin' | 'otp';

/** The numeric reading of a kind, or undefined for kinds whose values are words. */
function numericKind(kind: Kind): Numeric | undefined {
  if (kind === 'otp' || kind === 'code') return 'otp';
  if (kind === 'pin' || kind === 'passcode') return 'pin';
  return undefined;
}

/** Around a card receipt's "Auth code: 884120" (the acquirer's authorisation code, not a login code). */
const RECEIPT_CONTEXT = /\b(?:receipt|terminal|merchant|rrn|stan|batch|tid|mid|pos|paid with|paid by|approval|approved|authori[sz]ed|acquirer|card ending|visa|mastercard|amex|cvv|cvc)\b|[•*xX]{4}/i;

/** Words that make a "PIN code" with no number after it a postcode: "an alternate PIN code (the 6-digit postal code)". */
const POSTAL_CONTEXT = /\b(?:postal|post ?code|postcode|zip|pincode|serviceab\w*|deliver(?:y|ies|ed)?|parcel|courier|shipment|shipping|locality|district|(?:of|for) (?:your|the|this) (?:area|city|town|village|address|location))\b/i;

/**
 * A "PIN code" that is an Indian postal code, not a PIN: followed by six digits in an address, or
 * (with no number after it) in a sentence about postcodes or delivery.
 */
export function isPostalPinCode(text: string, labelStart: number, labelEnd: number): boolean {
  const label = text.slice(labelStart, labelEnd);
  if (/^pin$/i.test(label)) return isDeliveryPin(text, labelStart, labelEnd);
  if (!/^pin[\s-]?codes?$/i.test(label)) return false;
  const around = text.slice(Math.max(0, labelStart - 80), labelEnd + 96);
  if (!/^[ \t]{0,3}[:-]?[ \t]{0,3}\d{3} ?\d{3}(?!\d)/.test(text.slice(labelEnd, labelEnd + 16))) return POSTAL_CONTEXT.test(around);
  return ADDRESS_CONTEXT.test(around);
}

/** "delivery is available to your PIN 229310", "we ship to PIN 560001": a place one delivers to. */
const DELIVERED_TO = /\b(?:deliver\w*|ship\w*|serviceab\w*|courier\w*|dispatch\w*|available|pick-?up)\b[^.!?\n]{0,30}\b(?:to|at|in|for)[ \t]+(?:(?:your|the|this|that|a|any)[ \t]+)?$/i;
/** The bare word "PIN" as the six-digit Indian postcode a delivery goes to. */
function isDeliveryPin(text: string, labelStart: number, labelEnd: number): boolean {
  return /^[ \t]{0,3}:?[ \t]{0,3}[1-9]\d{2} ?\d{3}(?![\d-])/.test(text.slice(labelEnd, labelEnd + 16)) && DELIVERED_TO.test(text.slice(Math.max(0, labelStart - 80), labelStart));
}

/** A numeric credential for the label at `hit`, unless the value belongs to something else. */
function numericCandidate(doc: ScanDoc, hit: Hit, kind: Numeric, start: number, end: number, score: number): Candidate | undefined {
  const text = doc.text;
  const label = text.slice(hit.start, hit.end);
  if (kind === 'otp' && end - start <= 4 && /^\d+$/.test(text.slice(start, end)) && securityCodeNearCard(doc, hit)) {
    return undefined; // a card security code: card-cvv reports it
  }
  if (kind === 'pin' && isPostalPinCode(text, hit.start, hit.end)) return undefined;
  if (/^auth(?:ori[sz]ation)?[\s-]*codes?$/i.test(label) && RECEIPT_CONTEXT.test(text.slice(Math.max(0, hit.start - 160), hit.end + 120))) {
    return undefined; // a card transaction's authorisation code
  }
  return candidate(start, end, kind, score);
}

/** The password after "pw is" / "pwd:" without a user name before it: only one with a password's shape. */
function passAbbreviationValue(doc: ScanDoc, hit: Hit): Candidate | undefined {
  const conn = connectorAt(doc.text, hit.start, hit.end, false, false);
  if (!conn.strong && !conn.copula) return undefined;
  const v = passwordValue(doc.text, conn.end, conn);
  // Letters and a digit or symbol, six characters or more: "PW is 2024" is a year.
  if (!v?.shaped || v.end - v.start < 6 || !/\p{L}/u.test(doc.text.slice(v.start, v.end))) return undefined;
  return candidate(v.start, v.end, 'password', 0.9);
}

/** "(set the password) for telephone banking to", "(changed your password) to": what follows the label. */
const SET_FOR_TO = /(?:[ \t]{1,3}for(?:[ \t]{1,3}[\p{L}-]{1,20}){1,3}?)?[ \t]{1,3}to[ \t]{1,3}/uy;
/** A plain word set as a password: capitalised, letters only, ending its clause or followed by "as", "for", "so". */
const SET_WORD = /^\p{Lu}\p{Ll}{3,19}(?=[ \t]*(?:[.,;!)]|\r?\n|$)|[ \t]{1,3}(?:as|for|so|and|until|but)[ \t])/u;
/** A connector that sets the value: "is now", "has been changed to", "reset to". */
const SET_NOW_END = /(?:[ \t]now|[ \t]to)[ \t]*:?[ \t]*$/i;
/** The value ends its clause: punctuation, the line's end or "and". */
const CLAUSE_END = /^(?:[ \t]*(?:[.,;!)]|\r?\n|$)|[ \t]{1,3}(?:and|but|&)[ \t])/i;

/** "(reset to brompton) as requested", "... for you", "... so you can": the setting's clause goes on. */
const SET_WORD_GOES_ON = /^[ \t]{1,3}(?:as|for|so|until)[ \t]/i;

/** "has the answer", "with the new answer", "chose the answer": the answer follows without a connector. */
const HAS_THE_BEFORE = /\b(?:has|have|had|with|using|chose|chosen|gave|set|saved|recorded)[ \t]{1,3}(?:(?:the|an|a|its|your)[ \t]{1,3})?(?:new[ \t]{1,3})?$/i;

/** Lower-case words inside a capitalised name: "Prince of Wales", "Sekolo sa Thuto", "Escola de Lisboa". */
const NAME_PARTICLES = new Set(['of', 'the', 'de', 'da', 'do', 'dos', 'das', 'du', 'des', 'la', 'le', 'van', 'der', 'von', 'sa', 'wa', 'ya', 'na', 'kwa', 'ka']);

/** After a bracketed topic the answer follows: "(First school): Kisumu", "(Pet) is Rex". */
const AFTER_BRACKETED_TOPIC = /^[ \t]{0,3}(?:[:=-]|is\b|was\b)/i;
/** Words of a security question's topic, never its answer. */
const TOPIC_WORD = /\b(?:name|school|city|town|pet|car|birth|born|street|favou?rite|first|maiden|teacher|friend|colou?r|book|movie|food|job|employer|question)\b/i;

/** "auth code" is also the approval code a card network gives a payment ("last4": "6044", "auth_code": "032944"). */
const AUTH_CODE = /^auth[ _-]?code$/i;
const CARD_PAYMENT_BEFORE = /\b(?:last[ _]?4|last[ _]?four|visa|mastercard|amex|card ending|approved|declined|terminal|merchant|acquirer|rrn|stan)\b/i;

/** Reads the value after the label: connector, then a value of the label's kind. */
function readValue(doc: ScanDoc, hit: Hit, kind: Kind): Candidate | undefined {
  const text = doc.text;
  if (kind === 'otp' && AUTH_CODE.test(text.slice(hit.start, hit.end)) && CARD_PAYMENT_BEFORE.test(text.slice(Math.max(0, hit.start - 160), hit.start))) return undefined;
  const to = kind === 'password' || kind === 'passcode' || (numericKind(kind) !== undefined && changedBefore(text, hit.start));
  const conn = connectorAt(text, hit.start, hit.end, to, kind === 'code');
  if (conn.end < 0) return undefined;
  if (kind === 'totp' || kind === 'authenticator') {
    // The app's name only before ":" ("add it in Google Authenticator: ..."); a key's label with any connector.
    if (kind === 'authenticator' && !conn.strong) return undefined;
    const v = totpValue(text, conn.end);
    return v ? candidate(v.start, v.end, 'totp_secret', 0.93) : undefined;
  }
  // The bare word "code" needs "is" or ":", or a one-time code named shortly before ("asking for
  // your OTP ... the code 064030 you wrote"); "Answer" and a security topic need ":" or a dash.
  const namedCode = kind === 'code' && conn.none && !conn.lineBreak && doc.hits.near(hit.start, hit.start, OTP_LABELS, 240, 0);
  if (kind === 'code' && !conn.strong && !conn.copula && !(namedCode && /^\d{4,8}(?![\p{L}\p{N}])/u.test(text.slice(conn.end, conn.end + 9)))) return undefined;
  if ((kind === 'answer' || kind === 'topic') && !conn.strong && !conn.dash && !conn.copula) {
    // "the question now has the answer Biscuit2009", "set with the answer Harare": a capitalised or numbered answer.
    if (kind !== 'answer' || !conn.none || conn.lineBreak || !HAS_THE_BEFORE.test(text.slice(Math.max(0, hit.start - 24), hit.start))) return undefined;
    const v = answerValue(text, conn.end, connector(conn.end, 'weak'), false);
    return v ? candidate(v.start, v.end, 'security_answer', 0.9) : undefined;
  }
  // "user jdoe, pass Kx9!mQ2z": after a user name, "pass" with only a space takes a password-shaped value.
  if (kind === 'pass' && !conn.strong && !(conn.none && !conn.lineBreak)) return undefined;
  if ((kind === 'login' && !conn.strong && !conn.copula) || (kind === 'wifi' && !conn.strong)) return undefined;
  const at = conn.end;
  if (kind === 'login' || kind === 'wifi') return loginValue(text, hit, kind, at);
  const numeric = numericKind(kind);
  // A quoted number: "pin": "4821".
  const numberAt = numeric && QUOTES.includes(text[at] ?? '_') ? at + 1 : at;
  if (conn.lineBreak) {
    // Label and value in separate cells or lines: only a number, or a password-shaped token, that fills its line.
    if (kind === 'password' || kind === 'passcode') {
      const v = passwordValue(text, at, connector(at, 'weak'));
      return v && /^[ \t]*(?:\r?\n|$)/.test(text.slice(v.end, v.end + 4)) ? candidate(v.start, v.end, 'password', 0.9) : undefined;
    }
    if (!numeric) return undefined;
    const value = numericValue(text, at, numeric);
    if (!value || !/^[ \t]*(?:\r?\n|$)/.test(text.slice(value.end, value.end + 4))) return undefined;
  }
  if (numeric) {
    const value = numericValue(text, numberAt, numeric);
    if (value) return numericCandidate(doc, hit, numeric, value.start, value.end, 0.95);
    // "One-time password: Q7m!Xv29pL": a one-time PASSWORD may have a password's shape.
    if (kind === 'otp' && !conn.none && /pass/i.test(text.slice(hit.start, hit.end))) {
      const v = passwordValue(text, at, conn);
      return v?.shaped ? candidate(v.start, v.end, 'otp', 0.93) : undefined;
    }
    if (kind !== 'passcode') return undefined;
  }
  if (kind === 'recovery_key' || kind === 'seed' || kind === 'phrase') {
    if (conn.none && !conn.lineBreak) return undefined;
    const end = matchAt(kind === 'recovery_key' ? RECOVERY_KEY : SEED, text, at);
    if (end < 0 || (kind === 'recovery_key' && !/\d/.test(text.slice(at, end)))) return undefined;
    // A sentence is no seed: seeds are random words, sentences are held together by function words.
    if (kind === 'seed' && isSentence(text.slice(at, end))) return undefined;
    if (kind === 'phrase' && !isBip39Phrase(text.slice(at, end))) return undefined;
    return candidate(at, end, 'password', 0.9);
  }
  if (kind === 'password' || kind === 'passcode' || kind === 'pass') {
    const label = text.slice(hit.start, hit.end);
    // "Locker combination: 18-24-36"; "Passphrase for the key: correct horse battery staple".
    const words = /combination/i.test(label) ? matchAt(COMBINATION, text, at) : /phrase/i.test(label) && !conn.none ? matchAt(PASSPHRASE, text, at) : -1;
    if (words > at && !isSentence(text.slice(at, words))) return candidate(at, words, /combination/i.test(label) ? 'pin' : 'password', 0.9);
    const v = passwordValue(text, at, conn);
    // Past a line break, a plain word is a value only alone on its line ("Password:\n\nKeep the
    // real values ..." is prose under an empty field).
    if (v && !v.shaped && text.slice(hit.end, at).includes('\n') && !/^[ \t]*(?:\r?\n|$)/.test(text.slice(v.end, v.end + 4))) return undefined;
    if (v) return candidate(v.start, v.end, 'password', v.shaped ? 0.93 : 0.9);
    // "I've set the account password for telephone banking to Harrogate as you asked": a support
    // agent setting the password hands over a plain capitalised word too.
    const setTo = kind === 'password' && changedBefore(text, hit.start) ? matchAt(SET_FOR_TO, text, hit.end) : -1;
    if (setTo > 0) {
      const w = SET_WORD.exec(text.slice(setTo, setTo + 26));
      if (w && !isStopword(w[0]) && !notASecret(w[0])) return candidate(setTo, setTo + w[0].length, 'password', 0.9);
    }
    return undefined;
  }
  // "Your memorable word is now harbour", "... has been changed to harbour": a setting hands over
  // the word, in lower case too, when it ends its clause.
  if (kind === 'security_answer' && conn.copula && SET_NOW_END.test(text.slice(hit.end, at))) {
    const v = answerValue(text, at, { ...conn, strong: true }, false);
    if (v && (CLAUSE_END.test(text.slice(v.end, v.end + 8)) || SET_WORD_GOES_ON.test(text.slice(v.end, v.end + 10)))) return candidate(v.start, v.end, 'security_answer', 0.9);
  }
  // "verified with the answer to your security question (Kisumu)": the answer alone in brackets,
  // not a question's topic ("security answer (First school): ...").
  if (kind === 'security_answer' && conn.none && text[at - 1] === '(') {
    const v = answerValue(text, at, connector(at, 'weak'), false);
    if (v && text[v.end] === ')' && !AFTER_BRACKETED_TOPIC.test(text.slice(v.end + 1, v.end + 8)) && !TOPIC_WORD.test(text.slice(v.start, v.end))) return candidate(v.start, v.end, 'security_answer', 0.9);
    return undefined;
  }
  // "The answer is Bulawayo": after "is" only a capitalised or quoted answer.
  const v = answerValue(text, at, conn, kind !== 'security_answer' && !conn.copula);
  return v ? candidate(v.start, v.end, 'security_answer', 0.9) : undefined;
}

// ---------------------------------------------------------------------------------------------
// The bare word "code"

/** Words before "code" that leave it a credential's code: determiners and the adjectives of OTPs. */
const CODE_MODIFIERS_OK = new Set(
  ('your the this that my our a new unique personal secret private temporary sms text whatsapp email e-mail following ' +
    'same latest current valid last previous old first second next one-off le ce votre ton el su tu o seu teu den der ihr ihren il jou die uw u').split(' '),
);

/** Capitalised words before "code" that name another kind of code ("ZIP code", "Promo code"). */
const CODE_MODIFIERS_OTHER = new Set(
  ('zip postal post postcode area country dial dialling dialing ussd short error status response reason ' +
    'promo promotional discount voucher coupon gift referral invite invitation offer campaign redemption ' +
    'product item style sku tracking reference ref booking reservation confirmation approval authorisation ' +
    'authorization transaction order ticket flight seat fare class course exam subject department cost project ' +
    'budget billing tariff plan package bundle sale event meeting room language currency source qr bar colour ' +
    'color dress tax hs ifsc swift bic bank branch sort till store merchant agent partner affiliate customer ' +
    'client account member employee staff student region station airport activation module unit programme program ' +
    'paper lecture model part serial batch lot article catalogue catalog vehicle site building office venue ' +
    'fault diagnostic diagnosis procedure icd service postal-code m-pesa mpesa').split(' '),
);

/**
 * Is the bare word "code" at `hit` the code of a credential (not a promo, postal, error... code)?
 * `heading` when nothing qualifies it at the start of a line: only a heading over a list of codes
 * then ("Codes issued today for the tablets:"); a "Code" column of a table is as often a product's.
 */
function bareCode(text: string, hit: Hit): 'secret' | 'heading' | 'otp' | undefined {
  const before = text.slice(Math.max(0, hit.start - 32), hit.start);
  // Only spaces join a word to "code": a tab is a table's cell boundary.
  const m = /([\p{L}\p{N}][\p{L}\p{N}'’-]*) {0,3}$/u.exec(before);
  const word = m?.[1]!.toLowerCase();
  // "code yako" (your code), unless a word before names another code ("promo code yako").
  if (!(word && CODE_MODIFIERS_OTHER.has(word)) && codeQualifiedAfter(text, hit)) return 'otp';
  if (!m || !word) return /(?:^|\n)[ \t]*$/.test(before) ? 'heading' : undefined;
  if (CODE_MODIFIERS_OK.has(word) || /^(?:\d|four|six|eight)[-\s]?digits?$/.test(word)) return 'secret';
  if (SIGN_IN_MODIFIER.has(word)) return signInCode(text, hit, hit.start - before.length + m.index) || keyAfter(text, hit, word) ? 'otp' : undefined;
  // A brand ("your Kudu Shop code"), unless the word names another kind of code.
  return /^\p{Lu}/u.test(m[1]!) && !CODE_MODIFIERS_OTHER.has(word) ? 'secret' : undefined;
}

/**
 * What follows "code" in the languages that qualify a noun after it: a possessive (Swahili "code
 * yako", Shona "kodhi yenyu", Zulu and Xhosa "ikhodi yakho", Sesotho "khoutu ya hao", Setswana
 * "khoutu ya gago", Yoruba "koodu rẹ", Igbo "koodu gị"), a word of verifying or signing in ("kodhi
 * yekusimbisa", "ikhodi yokuqinisekisa", "khoutu ya netefatso", "koodu ijerisi", "koodu nkwenye")
 * or a Swahili verb of a code sent or received ("code imefika", "code uliyopokea", "code
 * iliyotumwa"). After the English word "code" only the Swahili forms count ("code re: ..." is English).
 */
const QUALIFIER_AFTER = /[ \t]{1,3}(?:yako|yenu|yangu|yetu|yenyu|yedu|yakho|yami|yethu|ya[ \t]{1,2}(?:hao|gago|lona|rona|uthibitisho|kuthibitisha|netefatso|tiiso|tlhomamiso|otp)|ye[ \t-]?otp|yekusimbisa|yekupinda|yokuqinisekisa|yokungena|yesikhashana|yokuqinisekiswa|r[eẹ]|g[iị]|ijerisi|nkwenye|ya[ \t]{1,2}siri|\p{L}{0,6}?(?:fika|tumwa|tumiwa|pokea|pokelewa|kuja|ingia|tolewa))(?![\p{L}\p{N}])/iuy;
/** Swahili forms only, after "code" / "código" / "codice". */
const SWAHILI_QUALIFIER = /^[ \t]{1,3}(?:yako|yenu|yangu|yetu|ya[ \t]{1,2}(?:uthibitisho|kuthibitisha|siri|otp)|\p{L}{0,6}?(?:fika|tumwa|tumiwa|pokea|pokelewa|kuja|ingia|tolewa))(?![\p{L}\p{N}])/iu;
/** Codes of other things among the words after it: a discount, a postal or an area code ("ikhodi yakho yesaphulelo"). */
const OTHER_CODE_AFTER = /^[^.!?\n]{0,40}?(?:saphulelo|posi|poso|postal|promo|discount|voucher|punguzo|zip|area|ndawo|eneo)/iu;

function codeQualifiedAfter(text: string, hit: Hit): boolean {
  const after = text.slice(hit.end, hit.end + 48);
  const english = /^c[oó]d/i.test(text.slice(hit.start, hit.end));
  if (english ? !SWAHILI_QUALIFIER.test(after) : matchAt(QUALIFIER_AFTER, text, hit.end) < 0) return false;
  return !OTHER_CODE_AFTER.test(after);
}

/** Words that name a booking's or a product's code as often as a one-time code. */
const SIGN_IN_MODIFIER = new Set(['confirmation', 'activation', 'authorisation', 'authorization']);
/** A channel or an account before the modifier: "the email confirmation code", "the app activation code". */
const CHANNEL_BEFORE = /(?:^|[^\p{L}])(?:e-?mail|sms|text|app|login|log-?in|sign-?in|account|device|phone|mobile|banking|wallet|2fa|otp)[ \t]{1,3}$/iu;
/** What is said of a one-time code after it: it expires, is entered, is not to be shared. */
const SIGN_IN_USE_AFTER = /\b(?:expires?|expiry|valid (?:for |until )?\d{1,2} ?(?:min|minutes|hours?|h)|valid (?:for|until)|enter it|use it|type it|don['’]?t share|do not share|within \d{1,2} (?:minutes|hours))\b/i;

/**
 * "activation code K7Q2-MX9P-44TR-ZW81", "authorisation code (PAC) for your number is RTK771284":
 * a key of letters AND digits, 8 characters or grouped, is what activates or authorises (an eSIM,
 * a licence, a number transfer). Not "confirmation code", which names bookings ("ABC123"), nor a
 * card transaction's authorisation code on a receipt.
 */
const KEY_AFTER = /(?:[ \t]{0,3}\([A-Za-z]{2,6}\))?(?:[ \t]{1,3}for[ \t]{1,3}(?:your|the|this)(?:[ \t]{1,3}[\p{L}-]{1,20}){1,2}?)?(?:[ \t]{1,3}(?:is|was)|[ \t]{0,3}:)?[ \t]{1,3}((?=[A-Z0-9-]{0,29}\d)(?=[A-Z0-9-]{0,29}[A-Z])[A-Z0-9]{3,10}(?:-[A-Z0-9]{3,6}){0,4})(?![\p{L}\p{N}-])/uy;

function keyAfter(text: string, hit: Hit, modifier: string): boolean {
  if (modifier === 'confirmation') return false;
  KEY_AFTER.lastIndex = hit.end;
  const key = KEY_AFTER.exec(text)?.[1];
  if (!key || (key.length < 8 && !key.includes('-'))) return false;
  return modifier === 'activation' || !RECEIPT_CONTEXT.test(text.slice(Math.max(0, hit.start - 160), hit.end + 120));
}

/**
 * "confirmation code" / "activation code" is a one-time code after a channel ("email confirmation
 * code", "app activation code") or when what follows says how it is used ("It expires at midnight",
 * "enter it within 24 hours"); otherwise a booking's or a product's code.
 */
function signInCode(text: string, hit: Hit, modifierStart: number): boolean {
  if (CHANNEL_BEFORE.test(text.slice(Math.max(0, modifierStart - 16), modifierStart))) return true;
  return SIGN_IN_USE_AFTER.test(text.slice(hit.end, hit.end + 160));
}

/** Words an SMS calls its one-time code by, which elsewhere name a booking's or a product's code. */
const SMS_CODE_MODIFIER = /\b(?:confirmation|activation) $/i;
/** A user name shortly before "pass:" / "pw:". */
const USER_BEFORE = /\b(?:user(?:name)?|login|log-in|e-?mail|user id|account|acc|id)\b/i;

/** The bare word "code" at `hit` is qualified as a credential's code ("your code", "the Kudu Shop code"). */
export function isBareCredentialCode(text: string, hit: Hit): boolean {
  const bare = bareCode(text, hit);
  return bare === 'secret' || bare === 'otp';
}

/** A security question or answer is mentioned shortly before `hit`. */
function securityContextBefore(doc: ScanDoc, hit: Hit): boolean {
  for (const list of [SECURITY_CONTEXT, SECURITY_ANSWER_LABELS, SECURITY_TOPICS]) {
    if (doc.hits.near(hit.start, hit.start, list, 200, 0)) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// The value before its label: "804516 is your verification code"

const COPULAS = new Set(['is', 'ni', 'ndi', 'est', 'es', 'na', 'ke']);
const DETERMINERS = new Set(['your', 'the', 'ur', 'yako', 'yenyu', 'votre', 'tu', 'su']);

function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 160;
}

interface Span {
  start: number;
  end: number;
}

/** The space-separated token (at most 64 characters) ending before `end` on the same line. */
function tokenBefore(text: string, end: number): Span | undefined {
  let j = end;
  while (j > 0 && end - j < 3 && (text.charCodeAt(j - 1) === 32 || text.charCodeAt(j - 1) === 9)) j--;
  if (j === end || j === 0) return undefined;
  let k = j;
  while (k > 0 && j - k < 64 && !isBlank(text.charCodeAt(k - 1))) k--;
  if (k === j || (k > 0 && !isBlank(text.charCodeAt(k - 1)))) return undefined;
  return { start: k, end: j };
}

/** Tokens before `end`, nearest first, read only as far as they are asked for. */
function tokensBefore(text: string, end: number): (i: number) => Span | undefined {
  const tokens: Span[] = [];
  return (i) => {
    while (tokens.length <= i) {
      const t = tokenBefore(text, tokens.length ? tokens[tokens.length - 1]!.start : end);
      if (!t) return undefined;
      tokens.push(t);
    }
    return tokens[i];
  };
}

/** A label word between the determiner and the label: "your [Google] verification code". */
const PLAIN_WORD = /^[\p{L}][\p{L}'’-]{0,23}$/u;
/** A code before "is": "804516", "G-804516" (the sender's prefix is not part of the value). */
const CODE_TOKEN = /^(?:[A-Z]{1,3}-)?(\d{4,8})$/;

function valueBefore(doc: ScanDoc, hit: Hit, kind: Kind): Candidate | undefined {
  const text = doc.text;
  const numeric = numericKind(kind);
  if (!numeric && kind !== 'password') return undefined;
  const token = tokensBefore(text, hit.start);
  const word = (t: Span): string => text.slice(t.start, t.end).toLowerCase();
  // Up to four plain words between the determiner and the label: "is your [Google verification] code".
  let d = 0;
  while (d < 4) {
    const t = token(d);
    if (!t || DETERMINERS.has(word(t)) || !PLAIN_WORD.test(word(t))) break;
    d++;
  }
  const det = token(d);
  if (!det || !DETERMINERS.has(word(det))) return undefined;
  const cop = token(d + 1);
  if (!cop || !COPULAS.has(word(cop))) return undefined;
  const value = token(d + 2);
  if (!value) return undefined;
  if (numeric) {
    // "552 901 is your code", "296 198 72 is the code": a code typed in two or three groups.
    let first = value;
    let groups = 1;
    for (let k = d + 3; groups < 3 && /^\d{2,4}$/.test(word(first)); k++, groups++) {
      const prev = token(k);
      if (!prev || !/^\d{3,4}$/.test(word(prev)) || first.start - prev.end !== 1 || text[prev.end] !== ' ') break;
      first = prev;
    }
    if (first !== value && isCodeLength(text, first.start, value.end) && (groups === 3 || /^\d{3}$/.test(word(value)))) {
      return numericCandidate(doc, hit, numeric, first.start, value.end, 0.93);
    }
    const m = CODE_TOKEN.exec(text.slice(value.start, value.end));
    if (!m) return undefined;
    return numericCandidate(doc, hit, numeric, value.end - m[1]!.length, value.end, 0.93);
  }
  const v = text.slice(value.start, value.end);
  if (v.length < 6 || isStopword(v) || notASecret(v) || !looksSecret(v)) return undefined;
  return candidate(value.start, value.end, 'password', 0.9);
}

/** "I tried logging in with Rugby_Cardiff1999 and it still says wrong password": what the customer typed. */
const TRIED_WITH = /\b(?:log(?:ged|ging)?|sign(?:ed|ing)?)[ -]?(?:in|on) (?:with|using) ([^\s]{5,63}[^\s.,;:?)\]'"])[.,;:?)\]'"]? [^\n.!?]{0,60}$/diu;

/** "Use Xk9#mPq2 as your temporary password": the value before "as your <label>". */
const USE_AS_BEFORE = /(?:^|[^\p{L}])(?:use|enter|type|try)[ \t]{1,3}([^\s]{6,64})[ \t]{1,3}as[ \t]{1,3}(?:your|the|a)[ \t]{1,3}(?:[\p{L}-]{1,20}[ \t]{1,3})?$/diu;

function usedAsBefore(doc: ScanDoc, hit: Hit): Candidate | undefined {
  const from = Math.max(0, hit.start - 110);
  const before = doc.text.slice(from, hit.start);
  if (!before.includes(' as ')) return undefined;
  const range = USE_AS_BEFORE.exec(before)?.indices?.[1];
  if (!range) return undefined;
  const start = from + range[0];
  const end = trimToken(doc.text, start, from + range[1]);
  const v = doc.text.slice(start, end);
  return v.length >= 6 && looksSecret(v) && !isStopword(v) && !notASecret(v) ? candidate(start, end, 'password', 0.9) : undefined;
}

function triedPasswordBefore(doc: ScanDoc, hit: Hit): Candidate | undefined {
  const from = Math.max(0, hit.start - 120);
  const before = doc.text.slice(from, hit.start);
  if (!before.includes(' with ') && !before.includes(' using ')) return undefined;
  const m = TRIED_WITH.exec(before);
  const v = m?.[1];
  const range = m?.indices?.[1];
  // Without a label right before it, only a token no username looks like: letters, a digit and a symbol or mixed case.
  if (!v || !range || !/\d/.test(v) || !/\p{L}/u.test(v) || !/[^\p{L}\p{N}]|\p{Ll}.*\p{Lu}|\p{Lu}.*\p{Lu}/u.test(v) || notASecret(v)) return undefined;
  const start = from + range[0];
  return candidate(start, start + v.length, 'password', 0.85);
}

// ---------------------------------------------------------------------------------------------
// Lists of codes under a heading or a table header cell

/** The rest of a heading line after its label: no sentence end, then ":" at the end of the line. */
const HEADING_REST = /[^\n.!?:]{0,100}:[ \t]*(?=\r?\n)/y;
const NEWLINE = /\r?\n/y;
const BLANK_LINE = /[ \t]{0,8}(?=\r?\n)/y;
/**
 * One code on its own line, maybe after a bullet and a short name: "4829-1734", "918 274",
 * "Tablet A: 918 274", "- 042550", "1. 5192 6607", "abcd1-23ef4".
 */
const LIST_ITEM = /[ \t]{0,3}(?:(?:[-•*·]|\d{1,2}[.)])[ \t]{1,3})?(?:\p{L}[\p{L}\p{N} ._'’-]{0,30}?[ \t]{0,2}[:=-][ \t]{0,3})?(\d{4,10}|\d{3,5}[ -]\d{3,5}|[A-Za-z0-9]{4,5}-[A-Za-z0-9]{4,5})[ \t]{0,3}(?=\r?\n|$)/duy;

const ABOUT_HEADING = /\b(?:requirements?|rules?|polic(?:y|ies)|tips?|hints?|guidelines?|advice|format|reset|change|criteria|must|should)\b/i;

/** A password on its own line, maybe after a bullet and a name: "- alice: Xk9#mPq2". */
const PASSWORD_ITEM = /[ \t]{0,3}(?:(?:[-•*·]|\d{1,2}[.)])[ \t]{1,3})?(?:[\p{L}\p{N}@._'’-][\p{L}\p{N}@._ '’-]{0,40}?[ \t]{0,2}[:=–—-][ \t]{1,3})?([^\s]{6,64})[ \t]{0,3}(?=\r?\n|$)/duy;

/** A value of the label's kind in [start, end) of a list or table: a code, or a password-shaped token. */
function listedValue(doc: ScanDoc, hit: Hit, kind: Kind, start: number, end: number): Candidate | undefined {
  const v = doc.text.slice(start, end);
  const numeric = numericKind(kind);
  if (numeric) {
    if (!/^[\d -]+$/.test(v) && !(/\d/.test(v) && /[A-Za-z]/.test(v))) return undefined;
    return numericCandidate(doc, hit, numeric, start, end, 0.9);
  }
  // No label right before it: only a token with a password's shape.
  if (isStopword(v) || notASecret(v) || !looksSecret(v)) return undefined;
  return candidate(start, end, 'password', 0.9);
}

const LISTED_KINDS: ReadonlySet<Kind> = new Set(['pin', 'otp', 'passcode', 'code', 'password']);

/**
 * Values listed on the lines under a heading that ends with the label's line ("backup codes (each
 * works once):", "Codes issued today for the tablets:", "Passwords:"), or in the label's column of
 * a table, or [] when the label heads no list.
 */
function listAfter(doc: ScanDoc, hit: Hit, kind: Kind): Candidate[] {
  const text = doc.text;
  if (!LISTED_KINDS.has(kind)) return [];
  let pos = matchAt(HEADING_REST, text, hit.end);
  if (pos < 0) {
    // A bare "Code" column is as often a product's.
    if (kind !== 'code' && CELL_END.test(text.slice(hit.end, hit.end + 4))) return columnUnder(doc, hit, kind);
    // "Here are your 8 backup codes. Keep them safe." over lines holding only codes.
    if (kind !== 'otp' || !/s$/i.test(text.slice(hit.start, hit.end))) return [];
    pos = matchAt(LINE_REST, text, hit.end);
    const grid = pos < 0 ? [] : linesUnder(doc, hit, kind, pos, true);
    return grid.length >= 2 ? grid : [];
  }
  // "Password requirements:", "PIN tips:": a list about the secret, not of secrets.
  if (ABOUT_HEADING.test(text.slice(hit.end, pos))) return [];
  return linesUnder(doc, hit, kind, pos, false);
}

/** The rest of the label's line, when it ends within 200 characters. */
const LINE_REST = /[^\n]{0,200}(?=\r?\n)/y;
/**
 * One code of a line of codes, then two or more spaces, a tab or the line end: "4829-1177   3301-9046",
 * "9894 7529" (its groups one space apart).
 */
const GRID_CODE = /(\d{4,10}|\d{3,5}[ -]\d{3,5}|[A-Za-z0-9]{4,5}-[A-Za-z0-9]{4,5})(?:[ \t]{2,8}|\t|[ \t]{0,3}(?=\r?\n|$))/duy;
/** Names of the other fields of a login listed with the password: "host: imap.example.com", "port: 993". */
const FIELD_NAME = /^(?:host(?:name)?|server|port|user(?:[ _-]?(?:name|id))?|login|e-?mail|url|address|database|db|domain|protocol|encryption|ssl|tls|security|method|type|ip|network|ssid|name)$/i;
const ITEM_NAME = /^[ \t]{0,3}(?:(?:[-•*·]|\d{1,2}[.)])[ \t]{1,3})?([\p{L}][\p{L}\p{N} ._-]{0,30}?)[ \t]{0,2}[:=–—-][ \t]{0,3}$/u;

/** The codes of a line holding nothing else and where the line ends, or undefined. */
function gridLine(text: string, pos: number): { codes: [number, number][]; end: number } | undefined {
  let at = pos;
  while (at < pos + 3 && (text[at] === ' ' || text[at] === '\t')) at++;
  const codes: [number, number][] = [];
  while (at < text.length && text[at] !== '\n' && text[at] !== '\r') {
    GRID_CODE.lastIndex = at;
    const range = GRID_CODE.exec(text)?.indices?.[1];
    if (!range || codes.length >= 8) return undefined;
    codes.push(range);
    at = GRID_CODE.lastIndex;
  }
  return codes.length ? { codes, end: at } : undefined;
}

/**
 * Values on the lines after `pos` (the end of the heading line): one per line after a bullet or a
 * name, or several codes per line ("4829-1177   3301-9046"); `gridOnly` takes only lines of codes.
 * Stops at the first other line; a password list skips the login's other fields ("host:", "port:").
 */
function linesUnder(doc: ScanDoc, hit: Hit, kind: Kind, pos: number, gridOnly: boolean): Candidate[] {
  const text = doc.text;
  const numeric = numericKind(kind);
  const item = numeric ? LIST_ITEM : PASSWORD_ITEM;
  const out: Candidate[] = [];
  let blanks = 0;
  for (let lines = 0; lines < 32 && pos < text.length; lines++) {
    const next = matchAt(NEWLINE, text, pos);
    if (next < 0) break;
    pos = next;
    const blank = matchAt(BLANK_LINE, text, pos);
    if (blank >= 0) {
      if (++blanks > 2) break;
      pos = blank;
      continue;
    }
    blanks = 0;
    item.lastIndex = pos;
    const range = gridOnly ? undefined : item.exec(text)?.indices?.[1];
    const c = range && listedValue(doc, hit, kind, range[0], range[1]);
    if (c) {
      out.push(c);
      pos = item.lastIndex;
      continue;
    }
    if (range && !numeric) {
      const name = ITEM_NAME.exec(text.slice(pos, range[0]))?.[1];
      if (name && FIELD_NAME.test(name.trim())) {
        pos = item.lastIndex;
        continue;
      }
    }
    const grid = numeric ? gridLine(text, pos) : undefined;
    if (!grid) break;
    for (const [s, e] of grid.codes) {
      const g = listedValue(doc, hit, kind, s, e);
      if (g) out.push(g);
    }
    pos = grid.end;
  }
  return out;
}

/**
 * Cells of the line [from, to) split at `sep`, as absolute [start, end] pairs, trimmed; an empty
 * cell at either edge (an HTML row's leading tab, "| a | b |") opens or closes no column.
 */
function splitCells(text: string, from: number, to: number, sep: string): number[] {
  const cells: number[] = [];
  let start = from;
  for (let i = from; i <= to; i++) {
    if (i < to && text[i] !== sep) continue;
    let s = start;
    let e = i;
    while (s < e && (text[s] === ' ' || text[s] === '\t')) s++;
    while (e > s && (text[e - 1] === ' ' || text[e - 1] === '\t')) e--;
    cells.push(s, e);
    start = i + 1;
  }
  if (cells.length >= 4 && cells[0] === cells[1]) cells.splice(0, 2);
  if (cells.length >= 4 && cells[cells.length - 2] === cells[cells.length - 1]) cells.length -= 2;
  return cells;
}

/** Where the line holding `pos` ends (at most MAX_ROW characters on), or -1 when it is longer. */
function lineEndFrom(text: string, pos: number): number {
  const limit = Math.min(text.length, pos + MAX_ROW);
  for (let i = pos; i < limit; i++) if (text.charCodeAt(i) === 10) return i;
  return limit === text.length ? limit : -1;
}

const MAX_ROW = 400;
/** A header cell ends right after its label. */
const CELL_END = /^[ \t]{0,3}(?:[\t|;,]|\r?\n|$)/;
const CELL_SEPARATORS = ['\t', '|', ';', ','];

/**
 * The label heads a column of a table: TSV (HTML tables are normalised to it), pipes, CSV.
 * "Branch\tDoor alarm code" over "Westlands\t042550", "username,password" over "jdoe,Xk9#mPq2".
 * Not in the first column, where a label starts a "label | value" row instead; every header cell a
 * short name.
 */
function columnUnder(doc: ScanDoc, hit: Hit, kind: Kind): Candidate[] {
  const text = doc.text;
  let lineStart = hit.start;
  while (lineStart > 0 && hit.start - lineStart < MAX_ROW && text[lineStart - 1] !== '\n') lineStart--;
  if (lineStart > 0 && text[lineStart - 1] !== '\n') return [];
  const before = text.slice(lineStart, hit.start);
  const sep = CELL_SEPARATORS.find((c) => before.includes(c));
  if (!sep) return [];
  let lineEnd = lineEndFrom(text, hit.end);
  if (lineEnd < 0) return [];
  const header = splitCells(text, lineStart, lineEnd, sep);
  let col = -1;
  for (let i = 0; i < header.length; i += 2) {
    const cell = text.slice(header[i], header[i + 1]);
    if (cell.length > 40 || /\d/.test(cell)) return [];
    if (header[i]! <= hit.start && hit.end <= header[i + 1]!) col = i;
  }
  if (col < 2) return [];
  const out: Candidate[] = [];
  for (let rows = 0; rows < 32 && lineEnd < text.length; rows++) {
    const start = lineEnd + 1;
    lineEnd = lineEndFrom(text, start);
    if (lineEnd < 0) break;
    const cells = splitCells(text, start, lineEnd, sep);
    if (cells.length !== header.length) break;
    const s = cells[col]!;
    const e = cells[col + 1]!;
    const value = text.slice(s, e);
    if (numericKind(kind) && !/^(?:\d{4,10}|\d{3,5}[ -]\d{3,5})$/.test(value)) continue;
    if (!numericKind(kind) && (value.length < 6 || /\s/.test(value))) continue;
    const c = listedValue(doc, hit, kind, s, e);
    if (c) out.push(c);
  }
  return out;
}

/** Where the next "?" is, for positions asked in increasing order: one pass over the text in all. */
class QuestionMarks {
  private at = -1;
  constructor(private readonly text: string) {}

  next(pos: number): number {
    if (this.at < pos && this.at !== Infinity) {
      const i = this.text.indexOf('?', pos);
      this.at = i < 0 ? Infinity : i;
    }
    return this.at;
  }
}

// ---------------------------------------------------------------------------------------------
// The answer to a question: "what's the new password for the mailbox?\nIt's Jacaranda!Kis2026"

/** The label sits in a question: a "?" within 80 characters on the same line, no sentence end before it. */
const QUESTION_REST = /[^\n.!?]{0,80}\?/y;
const ANSWER_OPENING = /[ \t]{0,3}(?:\r?\n[ \t>]{0,6}){0,3}(?:(?:sure|ok|okay|yes|hi|hello)[ \t]{0,3}[,!.-]?[ \t]{0,3})?(?:it'?s|it[ \t]{1,3}is|that'?s|that[ \t]{1,3}is|the[ \t]{1,3}new[ \t]{1,3}one[ \t]{1,3}is|here[ \t]{1,3}it[ \t]{1,3}is[ \t]{0,3}:?)[ \t]{1,3}/iy;

function answerToQuestion(doc: ScanDoc, hit: Hit, kind: Kind, marks: QuestionMarks): Candidate | undefined {
  const text = doc.text;
  if (marks.next(hit.end) - hit.end > 81) return undefined;
  const q = matchAt(QUESTION_REST, text, hit.end);
  if (q < 0) return undefined;
  const at = matchAt(ANSWER_OPENING, text, q);
  if (at < 0) return undefined;
  const numeric = numericKind(kind);
  if (numeric) {
    const value = numericValue(text, at, numeric);
    return value ? numericCandidate(doc, hit, numeric, value.start, value.end, 0.85) : undefined;
  }
  if (kind !== 'password') return undefined;
  // No label right before the value: only a password-shaped token counts.
  const v = passwordValue(text, at, connector(at, 'weak'));
  return v ? candidate(v.start, v.end, 'password', 0.85) : undefined;
}

// ---------------------------------------------------------------------------------------------
// Codes given with an instruction: "Use 597998 to confirm the transfer"

const INSTRUCTION_BEFORE = /(?:^|[^\p{L}])(?:use|enter|input|type|key[ \t]in|quote)[ \t]{1,3}(?:(?:the|this)[ \t]{1,3})?(?:(?:code|otp|pin)[ \t]{0,2}:?[ \t]{1,3})?$/iu;
const PURPOSE_AFTER = /[ \t]{1,3}(?:(?:when|if|once)[ \t]{1,3}(?:asked|prompted)[ \t]{1,3}for[ \t]{1,3}(?:the|your|a|an)[ \t]{1,3}(?:(?:one[ -]time|verification|activation|security|sms|login|sign[ -]in|access|2fa|unlock|new|current|\d-digit)[ \t]{1,3}){0,2}(?:code|otp|pin|password|passcode)\b|to[ \t]{1,3}(?:confirm|verify|complete|authori[sz]e|approve|authenticate|log[ \t]?in|sign[ \t]?in|access|activate|unlock|validate|finish|proceed)\b|as[ \t]{1,3}(?:your|the)[ \t]{1,3}(?:[\p{L}-]{1,20}[ \t]{1,3}){0,2}(?:code|otp|pin|password|passcode)\b)/iuy;

function codesWithInstruction(doc: ScanDoc, push: (c: Candidate) => void): void {
  const text = doc.text;
  for (const run of doc.runs) {
    const n = run.digits.length;
    if (n < 4 || n > 8 || run.groups.length > 4 || isGlued(text, run.start, run.end)) continue;
    if (run.groups.length === 4 && !/^\d{3,4}[ -]\d{3,4}$/.test(text.slice(run.start, run.end))) continue;
    if (!INSTRUCTION_BEFORE.test(text.slice(Math.max(0, run.start - 24), run.start))) continue;
    if (matchAt(PURPOSE_AFTER, text, run.end) < 0) continue;
    push(candidate(run.start, run.end, 'otp', 0.9));
  }
}

// ---------------------------------------------------------------------------------------------
// The value in the next sentence: "I've reset the password. Use this one to sign in:\nTz9&kL2#pQ7m"

/** After the label's sentence ends: its space, and up to three line breaks. */
const SENTENCE_GAP = /[ \t]{1,3}(?:\r?\n[ \t]{0,8}){0,3}/y;
/** Longest rest of a label's sentence read for a value handed over after it. */
const MAX_SENTENCE_REST = 160;
/**
 * A short next sentence that hands over what the label named, ending in ":" or "is": "Here it is:",
 * "Here is the code directly:", "Use this one to sign in:", "Just to confirm what you chose on the
 * phone:", "The new one shown in the console is". Up to four words may open it ("Just to confirm").
 */
const HANDOVER = new RegExp(
  `(?:[\\p{L}'’]{1,12}[ \\t]{1,2}){0,4}?(?:` +
    `here(?:'s|[ \\t]is)(?:[ \\t]{1,2}(?:it|the|your|new|one|code|again|directly|now|once[ \\t]more))*[ \\t]{0,2}:` +
    `|here[ \\t](?:you[ \\t]go|it[ \\t]is)[ \\t]{0,2}:` +
    `|(?:use[ \\t]this[ \\t]one|what[ \\t]you[ \\t](?:chose|picked|set|selected|entered))[^\\n.!?:\\d]{0,40}:` +
    `|the[ \\t](?:new|current)[ \\t]one(?:[^\\n.!?:\\d]{0,40}?[ \\t](?:is|was)[ \\t]|[ \\t]{0,2}:)` +
    `)[ \\t]*(?:\\r?\\n[ \\t]{0,8}){0,3}`,
  'iuy',
);

/** A next sentence that is the value: "We have issued a new PIN. It is 4821.", "It's now Kx9!mQ2z". */
const IT_IS = /(?:it|this)(?:'s|’s|[ \t]{1,2}is)(?:[ \t]{1,2}(?:now|still))?[ \t]{1,2}/iy;
/**
 * A next sentence that sets what the label named: "I've set it to Fjord-Lumen-8823!", "We have
 * reset it to 4821", "It has been changed to ...", "we've set it back to 0000".
 */
const SET_IT_TO = /(?:(?:i|we)(?:'ve|’ve|[ \t]{1,2}have)?[ \t]{1,2}(?:(?:just|now|already|temporarily)[ \t]{1,2})?(?:re-?set|set|changed|updated)[ \t]{1,2}it|it(?:'s|’s|[ \t]{1,2}has)[ \t]{1,2}been[ \t]{1,2}(?:re-?set|set|changed|updated))(?:[ \t]{1,2}back)?[ \t]{1,2}to[ \t]{1,2}/iy;
/** "Use Vinter#4471-qz to sign in": a token with a digit between "use" and a purpose of signing in ("Use Okta-Verify to sign in" names an app). */
const USE_TO_SIGN_IN = /use[ \t]{1,2}(?=[^\s]{0,63}\d)(?=[^\s]{4,64}[ \t]{1,2}to[ \t]{1,2}(?:sign|log)[ \t-]?(?:in|on)\b)/iy;

/**
 * Where a value handed over in the sentence after a label's starts (api-key.ts reads tokens there
 * too). Asked for labels in increasing order, it finds the sentence ends in one pass over the text.
 */
export class Handovers {
  /** The first ".", "!", "?" or line break at or after `from`. */
  private mark = -1;
  private from = -1;
  constructor(private readonly text: string) {}

  /** Where the value starts for the label ending at `labelEnd`, or -1. */
  at(labelEnd: number): number {
    const text = this.text;
    if (this.mark < labelEnd) {
      let i = Math.max(labelEnd, this.from);
      // A dot inside a word ("bjorn.larsson", "example.com") ends no sentence.
      while (i < text.length && (!SENTENCE_MARK.has(text.charCodeAt(i)) || (text.charCodeAt(i) === 46 && WORD_AFTER_DOT.test(text[i + 1] ?? '')))) i++;
      this.mark = i;
      this.from = i;
    }
    // The label's sentence ends at ". " within MAX_SENTENCE_REST characters, on the label's line.
    if (this.mark - labelEnd > MAX_SENTENCE_REST || text.charCodeAt(this.mark) === 10) return -1;
    const next = matchAt(SENTENCE_GAP, text, this.mark + 1);
    if (next < 0) return -1;
    // Each starts with a letter of its first word ("it"/"this", "i"/"we"/"it", "use"; ASCII only
    // under a non-Unicode /i): a sentence opening otherwise skips it.
    const c = text.charCodeAt(next) | 32;
    const it = Math.max(
      c === 105 || c === 116 ? matchAt(IT_IS, text, next) : -1,
      c === 105 || c === 119 ? matchAt(SET_IT_TO, text, next) : -1,
      c === 117 ? matchAt(USE_TO_SIGN_IN, text, next) : -1,
    );
    if (it >= 0) return it;
    // HANDOVER ends at ":" or "is"/"was" within its first ~110 characters.
    const head = text.slice(next, next + 112);
    return head.includes(':') || head.includes(' is ') || head.includes(' was ') ? matchAt(HANDOVER, text, next) : -1;
  }
}

const WORD_AFTER_DOT = /[\p{L}\p{N}_]/u;
/** Char codes of "\n", ".", "!", "?". */
const SENTENCE_MARK = new Set([10, 46, 33, 63]);

function valueHandedOver(doc: ScanDoc, hit: Hit, kind: Kind, handovers: Handovers): Candidate | undefined {
  const text = doc.text;
  const at = handovers.at(hit.end);
  if (at < 0) return undefined;
  const numeric = numericKind(kind);
  if (numeric) {
    const value = numericValue(text, at, numeric);
    // "It is 2024 now": a year.
    if (!value || /^(?:19|20)\d\d$/.test(text.slice(value.start, value.end))) return undefined;
    return numericCandidate(doc, hit, numeric, value.start, value.end, 0.85);
  }
  if (kind === 'seed') {
    const end = matchAt(SEED, text, at);
    return end < 0 || isSentence(text.slice(at, end)) ? undefined : candidate(at, end, 'password', 0.85);
  }
  if (kind !== 'password') return undefined;
  const v = passwordValue(text, at, connector(at, 'weak'));
  return v ? candidate(v.start, v.end, 'password', 0.85) : undefined;
}

/** A run of words held together by function words is a sentence, not a seed phrase. */
function isSentence(words: string): boolean {
  return words.split(/[ ,]+/).filter((w) => STOPWORDS.has(w)).length > 2;
}

// ---------------------------------------------------------------------------------------------
// A secret mentioned again: "the code is 987990 ... Thank you, code 987990 is confirmed"

const MAX_MENTIONS = 16;

/** Every other mention of a secret found, as a whole token (not inside a longer number or word), is the secret too. */
function mentionsAgain(text: string, found: readonly Candidate[], push: (c: Candidate) => void): void {
  const seen = new Set<string>();
  for (const c of found.slice(0, MAX_MENTIONS)) {
    const v = text.slice(c.start, c.end);
    if (seen.has(v) || v.length < 4 || /^(?:19|20)\d\d$/.test(v) || (!/\d/.test(v) && c.subtype !== 'password')) continue;
    seen.add(v);
    let n = 0;
    for (let at = text.indexOf(v); at >= 0 && n < MAX_MENTIONS; at = text.indexOf(v, at + v.length)) {
      if (at === c.start || standsInLonger(text, at, at + v.length)) continue;
      push(candidate(at, at + v.length, c.subtype ?? 'password', 0.85));
      n++;
    }
  }
}

const WORD_CHAR = /[\p{L}\p{N}_]/u;
const GROUP_SEPARATOR = /[ .,/-]/;
const DIGIT = /\d/;

/** A letter or digit glued to [start, end), or a digit group continuing it ("0772 4821", "4821-55"). */
function standsInLonger(text: string, start: number, end: number): boolean {
  if (start > 0 && WORD_CHAR.test(text[start - 1]!)) return true;
  if (end < text.length && WORD_CHAR.test(text[end]!)) return true;
  if (start > 1 && GROUP_SEPARATOR.test(text[start - 1]!) && DIGIT.test(text[start - 2]!)) return true;
  return end + 1 < text.length && GROUP_SEPARATOR.test(text[end]!) && DIGIT.test(text[end + 1]!);
}

// ---------------------------------------------------------------------------------------------

/** Every value the label at `hit` gives: a list under it, the value after it, before it, or in the answer to it. */
/** "says 513290", "reads: 513290" after the word for a message. */
const SAYS = /[ \t]{1,3}(?:says|reads|shows)[ \t]{0,3}:?[ \t]{0,3}/iy;
/** How far before the message a code must have been named ("it keeps asking for a code ... the sms says"). */
const CODE_NAMED_BEFORE = 400;
/** The lists that name such a code. */
const CODE_NAMING_LISTS = [OTP_LABELS, CODE_WORDS, PIN_LABELS];

/**
 * The code a message "says" ("the sms says 513290", "the text reads 482 913"): a code only when a
 * one-time code, a PIN or the word "code" comes shortly before, so "the message says 404" is not one.
 */
function codeInMessage(doc: ScanDoc, hit: Hit): Candidate | undefined {
  const at = matchAt(SAYS, doc.text, hit.end);
  if (at < 0) return undefined;
  const value = numericValue(doc.text, at, 'otp');
  if (!value || !/^\d/.test(doc.text[value.start] ?? '')) return undefined;
  if (!CODE_NAMING_LISTS.some((list) => doc.hits.near(hit.start, hit.start, list, CODE_NAMED_BEFORE, 0))) return undefined;
  return candidate(value.start, value.end, 'otp', 0.9);
}

/** "answered your security question", "answered the secret question": the answer is given next. */
const ANSWERED_BEFORE = /\banswered[ \t]{1,3}(?:(?:your|the|his|her|their|my)[ \t]{1,3})?$/i;
/** After the question's name: the question itself in brackets or quotes, then "with" (or "as"). */
const QUESTION_THEN_WITH = /(?:[ \t]{0,3}(?:\([^()\n]{1,80}\)|"[^"\n]{1,80}"|“[^”\n]{1,80}”))?[ \t]{1,3}(?:with|as)[ \t]{1,3}/y;

/**
 * 'You answered your security question ("First pet's name") with "Tiger"': the answer the
 * customer gave, quoted or capitalised.
 */
function answeredWith(doc: ScanDoc, hit: Hit): Candidate | undefined {
  const text = doc.text;
  if (!ANSWERED_BEFORE.test(text.slice(Math.max(0, hit.start - 24), hit.start))) return undefined;
  const at = matchAt(QUESTION_THEN_WITH, text, hit.end);
  if (at < 0) return undefined;
  const v = answerValue(text, at, connector(at, 'weak'), false);
  return v ? candidate(v.start, v.end, 'security_answer', 0.9) : undefined;
}

function valuesOf(doc: ScanDoc, hit: Hit, label: Kind, marks: QuestionMarks, handovers: Handovers): Candidate[] {
  if (label === 'carrier') {
    const c = codeInMessage(doc, hit);
    return c ? [c] : [];
  }
  const bare = label === 'code' ? bareCode(doc.text, hit) : undefined;
  // "the email confirmation code": a one-time code's own label.
  const kind = bare === 'otp' ? 'otp' : label;
  if (kind === 'code' && !bare) {
    // "482913 is your Facebook confirmation code": an SMS's code, whatever it calls itself.
    const c = SMS_CODE_MODIFIER.test(doc.text.slice(Math.max(0, hit.start - 16), hit.start)) ? valueBefore(doc, hit, kind) : undefined;
    return c ? [c] : [];
  }
  if (kind === 'pass' && !USER_BEFORE.test(doc.text.slice(Math.max(0, hit.start - 80), hit.start))) {
    // "your pw is Red-Lamp-11": a chat abbreviation (not the word "pass") with "is" and a password-shaped value.
    const c = /^pass$/i.test(doc.text.slice(hit.start, hit.end)) ? undefined : passAbbreviationValue(doc, hit);
    return c ? [c] : [];
  }
  if ((kind === 'answer' || kind === 'topic') && !securityContextBefore(doc, hit)) return [];
  if (kind === 'login') {
    const rows = loginRows(doc, hit);
    if (rows.length) return rows;
  }
  const list = listAfter(doc, hit, kind);
  if (list.length || bare === 'heading') return list;
  const c =
    readValue(doc, hit, kind) ??
    valueBefore(doc, hit, kind) ??
    answerToQuestion(doc, hit, kind, marks) ??
    (kind === 'password' ? triedPasswordBefore(doc, hit) ?? usedAsBefore(doc, hit) : undefined) ??
    valueHandedOver(doc, hit, kind, handovers) ??
    valueBelow(doc.text, hit, kind) ??
    valueGivenHere(doc, hit, kind);
  if (!c) return [];
  const more = listedInLine(doc, hit, c);
  if (more.length) return [c, ...more];
  const other = theOtherOne(doc, c);
  return other ? [c, other] : [c];
}

/** "the temporary password below", "the code shown below": the value stands alone on a line further down. */
const BELOW = /[ \t]{1,3}(?:(?:is|are)[ \t]{1,3})?(?:(?:shown|given|written|printed)[ \t]{1,3})?below\b/iy;
/** Lines looked through for a value announced as "below". */
const BELOW_LINES = 4;

function valueBelow(text: string, hit: Hit, kind: Kind): Candidate | undefined {
  const numeric = numericKind(kind);
  if (kind !== 'password' && !numeric) return undefined;
  if (matchAt(BELOW, text, hit.end) < 0) return undefined;
  let lineStart = text.indexOf('\n', hit.end);
  for (let n = 0; n < BELOW_LINES && lineStart >= 0; n++) {
    const from = lineStart + 1;
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    const line = text.slice(from, to).trim();
    lineStart = to < text.length ? to : -1;
    if (!line) continue;
    // The first line with text after the label's: the value alone on it, or nothing.
    if (/\s/.test(line)) return undefined;
    const start = from + text.slice(from, to).indexOf(line);
    if (numeric) return /^\d{4,8}$/.test(line) ? candidate(start, start + line.length, numeric, 0.9) : undefined;
    const v = passwordValue(text, start, connector(start, 'weak'));
    return v && v.shaped && v.end - v.start === line.length ? candidate(v.start, v.end, 'password', 0.9) : undefined;
  }
  return undefined;
}

/** "... the code ..., but as it has not arrived I am giving it to you here: 218943": later in the label's sentence. */
const GIVEN_HERE = /\b(?:giv(?:e|ing)|send(?:ing)?|shar(?:e|ing)|provid(?:e|ing)|re-?send(?:ing)?)[ \t]{1,2}it[ \t]{1,2}(?:to[ \t]{1,2}you[ \t]{1,2})?here[ \t]{0,2}:[ \t]{0,3}/gi;
const GIVEN_HERE_REACH = 160;

function valueGivenHere(doc: ScanDoc, hit: Hit, kind: Kind): Candidate | undefined {
  const numeric = numericKind(kind);
  if (!numeric) return undefined;
  const text = doc.text;
  const rest = text.slice(hit.end, hit.end + GIVEN_HERE_REACH);
  if (!rest.includes('here')) return undefined;
  GIVEN_HERE.lastIndex = 0;
  const m = GIVEN_HERE.exec(rest);
  // Only within the label's sentence.
  if (!m || /[.!?]\s|\n/.test(rest.slice(0, m.index))) return undefined;
  const at = hit.end + m.index + m[0].length;
  const value = numericValue(text, at, numeric);
  return value ? numericCandidate(doc, hit, numeric, value.start, value.end, 0.85) : undefined;
}

/** Between codes listed in a sentence: ", ", " and ", "; ", " or ". */
const LIST_SEPARATOR = /(?:[ \t]{0,2}[,;][ \t]{0,3}(?:(?:and|or)[ \t]{1,3})?|[ \t]{1,3}(?:and|or|&)[ \t]{1,3})/iy;
/** The shape every code of a list shares: "4829-1177" is "9999-9999", "a1b2c-3d4e5" is "xxxxx-xxxxx" (letters and digits mix). */
const shapeOf = (v: string): string => (/\p{L}/u.test(v) ? v.replace(/[\p{L}\p{N}]/gu, 'x') : v.replace(/\d/g, '9'));

/**
 * "Your recovery codes are 4829-1177, 3301-9046 and 5512-0093": after a plural label's first code,
 * the codes of the same shape listed after it in the sentence (up to 16).
 */
function listedInLine(doc: ScanDoc, hit: Hit, first: Candidate): Candidate[] {
  const text = doc.text;
  const subtype = first.subtype;
  if ((subtype !== 'otp' && subtype !== 'pin') || !/s$/i.test(text.slice(hit.start, hit.end))) return [];
  const shape = shapeOf(text.slice(first.start, first.end));
  const out: Candidate[] = [];
  let pos = first.end;
  while (out.length < 16) {
    const at = matchAt(LIST_SEPARATOR, text, pos);
    if (at < 0) break;
    const v = numericValue(text, at, subtype);
    if (!v || shapeOf(text.slice(v.start, v.end)) !== shape) break;
    out.push(candidate(v.start, v.end, subtype, first.score));
    pos = v.end;
  }
  return out;
}

/**
 * "Your voicemail PIN has been reset to 260419, and the one for your second line to 913370": a
 * second value of the same kind, given for another thing in the same sentence.
 */
const THE_OTHER_ONE = /,?[ \t]{1,3}(?:and|while)[ \t]{1,3}(?:the[ \t]{1,3}one|that|the[ \t]{1,3}(?:new[ \t]{1,3})?(?:pin|password|passcode|code)s?)[ \t]{1,3}(?:for|on|of)(?:[ \t]{1,3}[\p{L}'’-]{1,20}){1,5}?[ \t]{1,3}(?:to|is|as)[ \t]{1,3}/iuy;

function theOtherOne(doc: ScanDoc, c: Candidate): Candidate | undefined {
  const text = doc.text;
  // It starts with "," or a space or tab.
  const first = text[c.end];
  if (first !== ',' && first !== ' ' && first !== '\t') return undefined;
  const at = matchAt(THE_OTHER_ONE, text, c.end);
  if (at < 0) return undefined;
  if (c.subtype === 'pin' || c.subtype === 'otp') {
    const v = numericValue(text, at, c.subtype);
    return v ? candidate(v.start, v.end, c.subtype, 0.9) : undefined;
  }
  const v = passwordValue(text, at, connector(at, 'weak'));
  return v ? candidate(v.start, v.end, c.subtype ?? 'password', 0.9) : undefined;
}

// ---------------------------------------------------------------------------------------------
// Logins listed under a heading: "test credentials for the four merchants:\nmerchant_a / SbxA#2291pq\n..."

/** A heading's rest of line after a login label, ending in ":". */
const LOGIN_HEADING_REST = /[^\n.!?:]{0,100}:[ \t]*(?=\r?\n)/y;
/** One row's last cell: "user / password", or a command word and a secret ("AUTH r3d1s-Kx9Zq2Wp7v"). */
const LOGIN_CELL = /^[ \t]{0,3}(?:(?:[-•*·]|\d{1,2}[.)])[ \t]{1,3})?(?:([^\s/]{1,64})[ \t]{1,3}\/[ \t]{1,3}|([A-Za-z][\w-]{1,15})[ \t]{1,3})([^\s]{6,64})[ \t]*$/;

/**
 * Rows under a login heading ("Access:", "Logins:", "test credentials for ...:"), each a table row
 * or a line ending in "user / password": one per row, up to the first other row. A row of a
 * command word and a secret counts inside such a table; the secrets need 8 characters, a digit and
 * a letter (no label sits right before them: "Room / B204" is no login).
 */
function loginRows(doc: ScanDoc, hit: Hit): Candidate[] {
  const text = doc.text;
  let pos = matchAt(LOGIN_HEADING_REST, text, hit.end);
  if (pos < 0) return [];
  const out: Candidate[] = [];
  let pairs = 0;
  let blanks = 0;
  for (let rows = 0; rows < 32 && pos < text.length; rows++) {
    const next = matchAt(NEWLINE, text, pos);
    if (next < 0) break;
    const end = lineEndFrom(text, next);
    if (end < 0) break;
    pos = end;
    const line = text.slice(next, end);
    if (!line.trim()) {
      if (++blanks > 3 || out.length) break;
      continue;
    }
    const tab = line.lastIndexOf('\t', line.trimEnd().length - 1);
    const cellStart = tab >= 0 && line.slice(0, tab).trim() ? tab + 1 : 0;
    const m = LOGIN_CELL.exec(line.slice(cellStart));
    if (!m) break;
    const v = m[3]!;
    const start = next + cellStart + line.slice(cellStart).lastIndexOf(v);
    const vEnd = trimToken(text, start, start + v.length);
    const value = text.slice(start, vEnd);
    if (value.length < 8 || !/\d/.test(value) || !/\p{L}/u.test(value) || !looksSecret(value) || isStopword(value) || notASecret(value)) break;
    if (m[1] !== undefined) pairs++;
    else if (cellStart === 0) break; // a command word and a secret only in a table's cell
    out.push(candidate(start, vEnd, 'password', 0.9));
  }
  return pairs ? out : [];
}

export const credential: Detector = {
  id: 'credential',
  types: ['CREDENTIAL'],
  description: 'Passwords, PINs, one-time codes and security answers next to their label ("PIN: 4821", "804516 is your code", lists of backup codes); value shape and stopword checks',
  wordLists: [
    PASSWORD_LABELS, PASSCODE_LABELS, PIN_LABELS, OTP_LABELS, SECURITY_ANSWER_LABELS, CODE_WORDS, ANSWER_WORDS,
    SECURITY_TOPICS, SECURITY_CONTEXT, PASS_WORDS, RECOVERY_KEY_LABELS, SEED_LABELS, PHRASE_WORDS, LOGIN_LABELS, WIFI_LABELS, NOT_LABELS,
    TOTP_LABELS, AUTHENTICATOR_LABELS, CARD_WORDS, CARRIER_WORDS,
  ],
  find(doc, out) {
    const taken = new Set<number>();
    const mine: Candidate[] = [];
    const push = (c: Candidate): void => {
      if (taken.has(c.start)) return;
      taken.add(c.start);
      mine.push(c);
      out.push(c);
    };
    const marks = new QuestionMarks(doc.text);
    const handovers = new Handovers(doc.text);
    let lastEnd = -1;
    // One pass over all keyword hits (cheaper than one hits.of() pass per label list).
    for (const hit of doc.hits.hits) {
      if (hit.start < lastEnd) continue;
      const kind = kindOf(hit);
      if (!kind) {
        const answer = hit.lists.includes(SECURITY_CONTEXT.id) ? answeredWith(doc, hit) : undefined;
        if (answer) push(answer);
        continue;
      }
      for (const c of valuesOf(doc, hit, kind, marks, handovers)) {
        push(c);
        lastEnd = Math.max(lastEnd, c.end);
      }
    }
    codesWithInstruction(doc, push);
    // An indexOf first: most texts hold no Arabic, and the pattern would still read them whole.
    if (doc.text.includes('واحدة') || doc.text.includes('كلمة') || doc.text.includes('السري')) arabicLabelled(doc.text, push);
    if (mine.length) mentionsAgain(doc.text, mine, push);
  },
};

/**
 * Arabic labels, which the keyword matcher (Latin script only) cannot read: a one-time code
 * ("رمز التحقق لمرة واحدة", verification code for one time), a password ("كلمة المرور", "كلمة السر")
 * and a PIN ("الرقم السري"), then ":" or "هو / هي" (is) and the value.
 */
const ARABIC_LABELLED =
  /(?:(رمز (?:ال)?(?:تحقق|تأكيد|تفعيل|دخول) (?:ل|ال)مرة (?:ال)?واحدة|كلمة (?:ال)?مرور (?:ل|ال)مرة (?:ال)?واحدة|رمز (?:ل|ال)مرة (?:ال)?واحدة)|(كلمة (?:ال)?مرور(?: (?:ال)?مؤقتة| (?:ال)?جديدة)?|كلمة (?:ال)?سر)|((?:ال)?رقم (?:ال)?سري))[ \t]{0,3}(?:[:：][ \t]{0,3}|(?:هو|هي)[ \t]{1,3})(?:(\d{4,8})(?![\p{N}\p{L}])|([^\s،.]{6,64}))/gu;

function arabicLabelled(text: string, push: (c: Candidate) => void): void {
  ARABIC_LABELLED.lastIndex = 0;
  for (let m = ARABIC_LABELLED.exec(text); m; m = ARABIC_LABELLED.exec(text)) {
    const [whole, , password, pin, digits, word] = m;
    const value = digits ?? word!;
    const start = m.index + whole.length - value.length;
    if (password) {
      if (!notASecret(value) && !isStopword(value)) push(candidate(start, start + value.length, 'password', 0.9));
    } else if (digits) push(candidate(start, start + value.length, pin ? 'pin' : 'otp', 0.9));
  }
}
