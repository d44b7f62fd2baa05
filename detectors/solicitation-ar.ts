/**
 * SOLICITATION in Arabic: "يرجى تزويدنا برمز التحقق المرسل إلى هاتفك" (please give us the
 * verification code sent to your phone). The shared keyword pass reads ASCII words only, so Arabic
 * requests are found here, by closed word lists like the other languages of solicitation.ts: a
 * sentence that names a secret (verification / activation code, password, PIN, CVV, card number),
 * holds a request form (يرجى، الرجاء، من فضلك، أرسل، زودنا، شاركنا، أعطنا، أخبرنا، نحتاج) and no
 * negation or warning (لا، لن، عدم، أبداً، احذر) is a request. Only texts with Arabic letters are read.
 */
import type { Detector, ScanDoc } from './detector.js';
import type { Candidate } from './types.js';

type Subtype = 'otp' | 'password' | 'pin' | 'cvv' | 'card_number';

const ARABIC = /[\u0600-\u06ff]/;

/** A word's prefixes: و (and), ف (so), ب (with), ل (for), ال (the) and their combinations. */
const P = '(?:^|[^\\u0621-\\u064a])(?:[وف]?(?:[بل]|لل)?(?:ال)?)';
const END = '(?![\\u0621-\\u064a])';

const SECRETS: readonly [RegExp, Subtype][] = [
  [new RegExp(`${P}(?:رمز|كود|شفرة)${END}(?:\\s+(?:ال)?(?:تحقق|تفعيل|تأكيد|مرور|دخول|أمان|سري|المؤقت|لمرة واحدة|المرسل|الذي أرسلناه)|\\s*OTP)`, 'u'), 'otp'],
  [new RegExp(`${P}(?:OTP|رمز التحقق|كلمة المرور المؤقتة)`, 'u'), 'otp'],
  [new RegExp(`${P}(?:كلمة (?:ال)?(?:مرور|سر)|باسوورد)${END}`, 'u'), 'password'],
  [new RegExp(`${P}(?:رقم (?:ال)?سري|رقم التعريف الشخصي|الرمز السري|PIN)`, 'u'), 'pin'],
  [new RegExp(`${P}(?:CVV|CVC|رمز (?:ال)?أمان البطاقة|(?:ال)?أرقام (?:ال)?(?:ثلاثة|الثلاثة) (?:على|خلف|في) ظهر البطاقة)`, 'u'), 'cvv'],
  [new RegExp(`${P}(?:رقم (?:ال)?بطاق(?:ة|تك)|بيانات (?:ال)?بطاق(?:ة|تك))`, 'u'), 'card_number'],
];

/**
 * Request forms: "please" (يرجى، الرجاء، نرجو، من فضلك: "it is requested", so any verbal noun after
 * it asks, "يرجى إرسال"), imperatives with "us"/"me" (زودنا، شاركنا، أعطنا، أخبرنا), "we need" (نحتاج).
 * "أرسل" is also the past "he sent" when unvocalised: only with "to us / to me" after it.
 */
const REQUEST = new RegExp(
  `${P}(?:يرجى|يُرجى|الرجاء|رجاء|نرجو|أرجو|ارجو|من فضلك|فضلا|فضلاً|لو سمحت|(?:أرسل|ارسل|أرسلي|ارسلي|أرسلوا|ارسلوا)\\s+(?:لنا|لي|إلينا|الينا|إلي)|زودنا|زوّدنا|زودني|شاركنا|شاركني|أعطنا|اعطنا|أعطني|اعطني|أخبرنا|اخبرنا|أخبرني|اخبرني|أبلغنا|ابلغنا|اكتب|نحتاج|نحتاجه|بحاجة)${END}`,
  'u',
);

/** Negations and warnings: "لا تشارك" (don't share), "لن نطلب" (we will never ask), "يرجى عدم" (please don't), "احذر" (beware). */
const NEGATION = new RegExp(`${P}(?:لا|لن|لم|ليس|عدم|أبدا|أبداً|ابدا|إياك|احذر|تحذير|يحذر|المحتالين|احتيال)${END}`, 'u');

const MASKS: Readonly<Record<Subtype, string>> = {
  otp: 'request for one-time code', password: 'request for password', pin: 'request for PIN', cvv: 'request for card security code',
  card_number: 'request for card number',
};

/** Sentences end at . ! ? ؟ ؛ and line breaks. */
const SENTENCE = /[^.!?؟؛\n]{1,600}/gu;

function find(doc: ScanDoc, out: Candidate[]): void {
  const text = doc.text;
  if (!ARABIC.test(text)) return;
  SENTENCE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SENTENCE.exec(text))) {
    const sentence = m[0];
    if (!ARABIC.test(sentence) || /^\s*>/.test(sentence)) continue;
    const lineStart = text.lastIndexOf('\n', m.index - 1) + 1;
    if (text[lineStart] === '>') continue; // quoted from the customer
    const secret = SECRETS.find(([re]) => re.test(sentence));
    if (!secret || !REQUEST.test(sentence) || NEGATION.test(sentence)) continue;
    const lead = sentence.length - sentence.trimStart().length;
    const start = m.index + lead;
    const end = m.index + sentence.trimEnd().length;
    out.push({ type: 'SOLICITATION', subtype: secret[1], start, end, score: 0.9, masked: MASKS[secret[1]], detector: 'solicitation-ar' });
  }
}

export const solicitationAr: Detector = {
  id: 'solicitation-ar',
  types: ['SOLICITATION'],
  description:
    'Requests for a secret written in Arabic (verification code, password, PIN, CVV, card number): a request form (يرجى، الرجاء، أرسل، زودنا...) and no negation or warning (لا، لن، عدم، أبداً) in the sentence',
  wordLists: [],
  find,
};
