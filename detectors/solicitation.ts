/**
 * SOLICITATION: the reply ASKS the customer for a secret ("Please reply with your PIN to verify",
 * "Can you send us the OTP you received?", "What is your online banking password?"). The span is
 * the request sentence; the subtype is what is asked for (pin, password, otp, cvv, card_number,
 * security_answer, api_key). Warnings are not findings: "we will never ask for your PIN", "do not
 * share your OTP with anyone", "never send your card details by email"; nor are instructions that
 * hand a secret to a program ("include your API key in the Authorization header").
 *
 * Cost control, cheapest first:
 * 1. Prefilter: the shared keyword hits give the secret nouns; only the sentence around one is cut
 *    out (no splitting of the whole text; sentences longer than MAX_SENTENCE are skipped, they are
 *    not requests), and it goes further only if it also holds a request verb (GIVE_ANY).
 * 2. Closed-class rules on a cheap tokenisation decide most sentences: from the secret noun walk
 *    left over determiners, pronouns and prepositions to the verb that governs it, then look at
 *    that verb's mood (imperative, "can you ...", "we need ...") and at negation.
 * 3. Only when an open-class word (a noun or a verb the rules cannot classify) sits in between is
 *    the sentence tagged with compromise (nlp.ts: loaded on first use, or in a worker thread), and the
 *    same walk is repeated with its part-of-speech tags. Unknown words the rules can place are
 *    not sent: a modifier between a determiner and the secret ("your EcoCash PIN"), a past or
 *    third-person verb ("stopped", "reads").
 * 4. Decisions are cached by sentence text (support macros repeat).
 *
 * Sentences in the other languages the product's users write in (Swahili, Shona, Zulu, Afrikaans,
 * French, Portuguese, Spanish, Hindi in Latin letters, Yoruba, Hausa, Igbo, German, Italian,
 * Dutch) are decided by closed word lists, accents and tone marks ignored: a request form of a give
 * verb and no negation (foreignRequest). Lines quoted from the customer ("> ...") are the
 * customer's words, never the agent's request.
 */
import { KEY_WORDS } from './api-key.js';
import { CARD_WORDS } from './card.js';
import { CVV_WORDS } from './card-cvv.js';
import { detached, hitIn, words, type Hit, type WordList } from './context.js';
import {
  CODE_WORDS, isBareCredentialCode, isPostalPinCode, OTP_LABELS, PASSCODE_LABELS, PASSWORD_LABELS, PIN_LABELS,
  RECOVERY_KEY_LABELS, SECURITY_ANSWER_LABELS, SEED_LABELS, TOTP_LABELS,
} from './credential.js';
import type { Detector, ScanDoc } from './detector.js';
import { nlpLoaded, termsOf } from './nlp.js';
import type { Candidate } from './types.js';

type Subtype = 'pin' | 'password' | 'otp' | 'cvv' | 'card_number' | 'security_answer' | 'api_key' | 'recovery_key';

/**
 * Secret nouns by what they name. The credential detector's label lists are reused: the shared
 * keyword pass keeps only the longest phrase at a position, so a phrase that exists in one list and
 * not the other (e.g. "M-Pesa PIN") would hide the hit from the other detector. Extra phrases below
 * therefore never end in a credential label.
 */
const SECRET_LISTS: readonly (readonly [WordList, Subtype])[] = [
  [PIN_LABELS, 'pin'],
  [PASSCODE_LABELS, 'pin'],
  [PASSWORD_LABELS, 'password'],
  [OTP_LABELS, 'otp'],
  [SECURITY_ANSWER_LABELS, 'security_answer'],
  // A wallet's seed phrase or a disk's recovery key gives the whole account to whoever holds it.
  [SEED_LABELS, 'recovery_key'],
  [RECOVERY_KEY_LABELS, 'recovery_key'],
  [words('solicit-password', ['login details', 'log in details', 'login credentials', 'sign in details', 'credentials']), 'password'],
  [words('solicit-otp', [
    'code we sent', 'code we just sent', 'code you received', 'code you just received', 'code sent to your phone',
    'code we texted', 'code we emailed', 'code i sent', 'code i just sent', 'number we sent', 'number we texted',
    'digits we sent', 'digits we just sent', 'digits we texted', 'digits we just texted', 'number we just sent',
  ]), 'otp'],
  [words('solicit-cvv', [
    'cvv', 'cvv2', 'cvc', 'cvc2', 'cvn', 'csc', '3 digit code', 'three digit code', 'card security code',
    'code on the back', 'card verification code', 'card verification value', 'digits on the back', 'numbers on the back',
    'digits at the back', 'cryptogramme', 'back of your card', 'back of the card',
  ]), 'cvv'],
  // The card-cvv detector's labels ("the 3 digits on the back", "cryptogramme visuel"): its longer
  // phrases hide the ones above. After the OTP list: a "security code" is a one-time code unless a
  // card is named (see find).
  [CVV_WORDS, 'cvv'],
  // Phrases around the card detector's own labels ("credit card number", "full card details") are
  // NOT listed: they would hide its "credit card" / "card details" hits. cardSecretAt() reads them.
  [words('solicit-card-number', [
    'card number', 'card details', 'long number', '16 digit number', '16 digits', 'sixteen digits',
    // Afrikaans, Dutch and German compounds (no space: "kaart nummer" is the card word "kaart", read by cardSecretAt)
    'kaartnommer', 'kaartnummer', 'bankkaartnummer', 'kartennummer', 'kreditkartennummer', 'kaartbesonderhede',
    'kaartgegevens', 'kartendaten', 'kreditkartendaten',
    // Italian ("carta" alone is paper as often as a card)
    'numero della carta', 'numero di carta', 'numero carta', 'numero della sua carta', 'numero della tua carta', 'dati della carta',
  ]), 'card_number'],
  // An authenticator's setup key makes every future one-time code ("secret key" stays an API key word).
  [words('solicit-totp', TOTP_LABELS.phrases.filter((p) => p !== 'secret key')), 'otp'],
  [words('solicit-security-answer', ['security question', 'secret question']), 'security_answer'],
];

const ALL_LISTS: readonly WordList[] = [...SECRET_LISTS.map(([l]) => l), CODE_WORDS, CARD_WORDS, KEY_WORDS];
/**
 * 1 at the ids of ALL_LISTS: a keyword hit in none of them (another detector's word) names no
 * secret. Indexed by id (ids are small integers; a later list's id reads past the end: undefined).
 */
const OUR_LIST_IDS = new Uint8Array(Math.max(...ALL_LISTS.map((l) => l.id)) + 1);
for (const l of ALL_LISTS) OUR_LIST_IDS[l.id] = 1;

/**
 * The api-key detector's key words name a secret ("your API secret key", "the bearer token"),
 * except the bare words that as often name something else ("token" of prepaid electricity,
 * "secret", "basic", "sig", "bearer", a payment's "session ID").
 */
const BARE_KEY_WORD = /^(?:tokens?|secrets?|basic|sigs?|bearer|session[\s_-]{0,3}ids?)$/i;
/** Position of each secret list in SECRET_LISTS: a hit in several lists takes the first one's subtype. */
const SECRET_RANK = new Map<number, number>(SECRET_LISTS.map(([l], i) => [l.id, i]));
/** SECRET_RANK by id, as an array (-1: no secret list). */
const RANK_BY_ID = new Int16Array(OUR_LIST_IDS.length).fill(-1);
for (const [id, rank] of SECRET_RANK) RANK_BY_ID[id] = rank;

/** Sentences longer than this are not requests (and would make the NLP step slow). */
const MAX_SENTENCE = 600;
const CACHE_SIZE = 256;
/**
 * compromise calls allowed per scanned text (~1 ms each). Beyond it (hostile or huge input with
 * many distinct borderline sentences) the rules decide alone, reading unknown words as nouns.
 */
const NLP_BUDGET = 24;

// ---------------------------------------------------------------------------------------------
// Vocabulary of the rules. All lower case.

const set = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/).filter(Boolean));

/** Verbs of handing over information. Base forms; "-ing" forms are mapped to them. */
const GIVE = set(
  'send share give tell provide confirm reply respond forward submit supply quote read type enter input key ' +
    'text email e-mail message dm whatsapp write include mention state paste answer need require want ask request ' +
    'have get know resend re-send reconfirm spell list help furnish disclose divulge reveal relay dictate drop',
);
/** Give verbs that are also common nouns ("this email", "a text", "your request"). */
const AMBIGUOUS = set('text email e-mail message answer request need quote type key state list reply read dm whatsapp');
/**
 * Verbs that hand the secret to a machine, not to us: a request only with a destination ("here",
 * "in your reply"; not the "here is" that presents something).
 */
const MACHINE_VERBS = set('type enter input key drop');
const DESTINATION = /\b(?:here(?! (?:is|are)\b|'s)|below(?! (?:is|are)\b)|in (?:this|the|your) (?:chat|reply|response|e-?mail|message|conversation|thread|ticket|form)|in (?:your )?reply|(?:back )?to us|with us|to me|with me|for me|for us|to the agent|to our (?:team|agent))\b/g;
/** "..., not here in the chat", "not into an e-mail to us": a destination that is ruled out. */
const NEGATED_BEFORE = /\b(?:not|never|rather than|instead of)[ ,]{1,3}(?:[\p{L}'-]+ ){0,3}$/u;

/** Does the sentence send the secret to us (a destination that is not ruled out)? */
function toUsIn(lower: string): boolean {
  DESTINATION.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DESTINATION.exec(lower))) {
    if (!NEGATED_BEFORE.test(lower.slice(Math.max(0, m.index - 24), m.index))) return true;
  }
  return false;
}

const NEG = set('not never no nobody noone nothing neither nor without cannot');
const SUBORDINATORS = set('if when whenever whether unless because since while although though but however otherwise before after until once lest');
const AUX = set('will would shall should must can could may might do does did is are was were be been being am has had');
const COPULA = set('is was are');
/** With the chat spellings "ur", "yr" (your). */
const DETERMINERS = set('the a an this that these those your ur yr my our his her their its any some every each no');
const POLITE = set(
  'please kindly just simply also now then so and therefore again quickly first finally additionally ever ' +
    'urgently immediately hi hello dear ok okay sure great thanks thank yes alright still securely safely ' +
    'to proceed verify for verification purposes but ' +
    // chat shorthand, Nigerian Pidgin, Igbo, Yoruba, Swahili, Shona, Afrikaans, Zulu, French
    'pls plz pliz plis abeg oya biko jowo tafadhali naomba tapota asseblief sicela svp',
);
/** Closed-class words (and common noun-phrase words) the walk from the secret to its verb may cross. */
const FILLER = set(
  'the a an your ur yr my our his her their its this that these those us me him them it you we i ' +
    'with to for of on in at from over via by back across through into onto within as ' +
    'and n or & plus also just please kindly here below securely safely what which out down ' +
    'any some all both either anyone someone everyone anybody somebody ' +
    'full complete entire whole new current existing correct actual valid registered temporary old long same exact original ' +
    'digit digits three four six sixteen one time one-time personal secret security verification then',
);
/** Coordinators: the secret is one item of a list ("your name, date of birth and PIN"; chat "ur pw n the code"). */
const COORDINATORS = set('and n or & plus');
/**
 * Nouns that often share a request with the secret ("your full name and PIN", "a photo of your
 * card number", "the following:"). Crossed like filler, unless an attaching preposition came first.
 */
const COMMON_NOUNS = set(
  'name names date birth address details information info following email e-mail phone number numbers ' +
    'account card cards bank banking online internet mobile app atm debit credit login username user id ' +
    'sms text message answer request quote reply copy photo picture screenshot image scan wallet visa mastercard ' +
    'expiry expiration',
);
/**
 * Common verbs that do not hand anything over. Met (as a verb) between a give verb and the secret,
 * they govern the secret instead: "send us a screenshot and hide your card number".
 */
const OTHER_VERBS = set(
  'hide remove blur cover redact mask crop delete erase obscure change reset update keep protect store save use ' +
    'check verify unblock block activate deactivate cancel replace choose create set remember forget receive ' +
    'received receiving sent got see find lose lost memorise memorize destroy shred call visit contact log sign ' +
    'forgot forgotten changed updated blocked locked entered typed chose chosen created ' +
    'tap click select open download install',
);

/** After the secret noun: the noun was a modifier ("PIN reset form", "OTP error message"). */
const MODIFIED = set(
  'reset change form letter mailer request screen page error issue problem policy requirement requirements rule ' +
    'rules field prompt message screenshot delivery link expiry status settings section option feature lock block ' +
    'blocked locked attempts retries manager protection protected length format envelope slip',
);
/** After the secret noun: it is the subject of a clause ("confirm your PIN has been changed"). */
const CLAUSE_VERBS = set(
  'is was has have had been works worked expired changed arrived will should can did does got came reached ' +
    "isn't wasn't hasn't didn't doesn't won't",
);
const PARTIAL = set('last first final ending');
/** Crossing one of these means the secret is what something is ABOUT, not what is asked for. */
const ABOUT = set('about regarding concerning re');
/** Prepositions: a noun phrase they open ("a copy of your card number") is no modifier of the secret. */
const PREPOSITIONS = set('of to for on in at from with by via over into onto through within as across about under around without after before during like');
/** Crossing one of these and then a content noun: "read our guidance on PIN safety". */
const ATTACHING_PREP = set('on in at from into through via by under around without after before during like');
/** Where a machine, not a person, receives the secret ("confirm your PIN in the app"). */
const APP_DESTINATION = /\b(?:in|on|via|through|using|at|into) (?:the|our|your|any|an) (?:\w+ )?(?:app|application|website|site|portal|atm|terminal|machine|keypad|card reader|device|ussd menu|online banking|mobile banking)\b/;
const APP_VERBS = set('confirm enter type input key verify change set reset paste');
/**
 * Where a program reads an API key: "in the Authorization header", "into your .env file", "paste it
 * into the integration page" (the customer's own settings, not to us).
 */
const KEY_DESTINATION = /\b(?:in|into|to|as|with) (?:the|your|each|every|an?|all|our) (?:[\w.-]+ ){0,2}(?:headers?|requests?|calls?|config|configuration|environment|env|file|code|script|settings|variables?|query|url|parameters?|params?|field|box|form|dashboard|console|app|portal|page|panel|tab|screen|section|integration|workspace|vault)\b/;
/** Matrix verbs of "X you to send ...": whose wanting it makes the sentence a request. */
const WANT = set('need needs want wants like love ask asks request requests require requires expect invite prefer wish');
const HAVE_TO = set('have has got');
const IMPERATIVE_MATRIX = set('remember try ensure');
/** Verbs that open an imperative clause another one may follow: "click reply and type ...". */
const IMPERATIVE_OPENERS = set('click tap press hit go open log sign scroll come return call dial visit reply respond check look select choose follow');
/** Conditions about a secret sent by accident, not asked for. */
const ACCIDENT = /\b(?:by mistake|by accident|accidentally|in error|ever|already)\b/;
const PLEASE = set('please kindly pls plz pliz plis abeg biko tafadhali tapota asseblief sicela svp');
/** First words of a clause fronted before an imperative: purpose ("to ..., for ...") or condition. */
const ADJUNCT_OPENERS = set('to for in if once when after before so');
const BE_ADJ = set('able ready prepared sure happy willing');
const PASSIVE_ADJ = set('asked required requested prompted expected');
const WE_I = set('we i');
/** Between "we/I" and "need": "we will also need", "I just need". */
const WE_NEED_AUX = set('will would also still do now first just kindly urgently only');
const OFFER_MODALS = set('can could will would shall');
/** "What 4-digit PIN did you enter?": asking which secret the customer used. */
const WH_AUX = set('did do have had will would');
const USE_VERBS = set('enter use type set choose pick key try select create input put');
const MODAL_Q = set('can could would will');
const YOU_MODAL = set('must should need can could may will');
/** Give verbs whose subject receives the secret: "you will get", "you can request", "you'll need". */
const RECEIVE_VERBS = set('get have need want require ask request know');
const SCAM = /\b(?:scam|scams|scammers?|fraud(?! (?:hold|team|department|dept|desk|unit|check|checks|review|alert|alerts|block|flag|screening|monitoring|prevention|protection|detection|investigations?|specialists?|analysts?|officers?)\b)|frauds|fraudsters?|fraudulent|phishing|phish|impersonat\w*|fake|suspicious|criminals?|hackers?|con artists?)\b/;
const DELIVERY_SHARE = /\bwith (?:the|our|your) (?:delivery|courier|driver|rider)\b/;
/**
 * The request half of the prefilter: any form of a give verb (stems, so "providing" matches) or a
 * "what is/was" question. Tested on candidate sentences only (those with a secret noun), not in the
 * shared keyword pass: request words are so common ("please", "send") that listing them there
 * added a quarter of all keyword hits for every detector to walk through.
 */
const GIVE_ANY = /\b(?:send|shar|giv|tell|provid|confirm|repl|respond|forward|submit|suppl|quot|read|typ|enter|input|key|text|e-?mail|messag|dm|whatsapp|writ|includ|mention|stat|past|answer|need|requir|want|ask|request|hav|get|know|resend|reconfirm|spell|list|help|furnish|disclos|divulg|reveal|relay|dictat|drop|verif|what(?:'s|s|\s+is|\s+was|\s+are|\s+were)|wh(?:at|ich)\s)/i;

// ---------------------------------------------------------------------------------------------
// Tokens

interface Token {
  /** Lower-case word, or a punctuation mark. */
  w: string;
  start: number;
  end: number;
  punct: boolean;
  /** Part of speech from compromise; undefined on the cheap path. */
  verb?: boolean;
  aux?: boolean;
  /** The subtype when this token stands for a whole secret noun phrase. */
  secret?: Subtype;
}

/** A Map, not an object: a word such as "constructor" must not find Object.prototype's properties. */
const CONTRACTIONS: ReadonlyMap<string, readonly string[]> = new Map(Object.entries({
  "don't": ['do', 'not'], "doesn't": ['does', 'not'], "didn't": ['did', 'not'], "won't": ['will', 'not'],
  "can't": ['can', 'not'], "shouldn't": ['should', 'not'], "mustn't": ['must', 'not'], "isn't": ['is', 'not'],
  "aren't": ['are', 'not'], "wasn't": ['was', 'not'], "wouldn't": ['would', 'not'], "couldn't": ['could', 'not'],
  "what's": ['what', 'is'], whats: ['what', 'is'], "we'll": ['we', 'will'], "i'll": ['i', 'will'], "you'll": ['you', 'will'],
  "we'd": ['we', 'would'], "i'd": ['i', 'would'], "you'd": ['you', 'would'], "we're": ['we', 'are'],
  "you're": ['you', 'are'], "i'm": ['i', 'am'], "let's": ['let', 'us'], "we've": ['we', 'have'],
  "i've": ['i', 'have'], "you've": ['you', 'have'],
}));

/** "sending" → "send", "sharing" → "share", "submitting" → "submit"; undefined if not a give verb. */
function gerundBase(w: string): string | undefined {
  if (!w.endsWith('ing') || w.length < 6) return undefined;
  const stem = w.slice(0, -3);
  for (const c of [stem, stem + 'e', stem.slice(0, -1)]) if (GIVE.has(c)) return c;
  return undefined;
}

const WORD_OR_MARK = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?(?:-[\p{L}\p{N}]+)*|[,;:()"\n•*?!.–—-]/gu;
/** The marks WORD_OR_MARK matches alone (a word never is one of them: they are neither letters nor digits). */
const MARKS = ',;:()"\n•*?!.–—-';

/** "’" as "'" ("don’t"); normalised text has none, so the replace is skipped when there is nothing to do. */
function straightQuotes(s: string): string {
  return s.includes('’') ? s.replace(/’/g, "'") : s;
}

/** A word token; contractions become their two words ("don't" → do, not), both on the same span. */
function pushWord(out: Token[], raw: string, start: number, end: number): void {
  const w = straightQuotes(raw.toLowerCase());
  const parts = CONTRACTIONS.get(w);
  if (parts) {
    for (const p of parts) out.push({ w: p, start, end, punct: false, aux: AUX.has(p) });
    return;
  }
  out.push({ w, start, end, punct: false });
}

function cheapTokens(sentence: string): Token[] {
  const out: Token[] = [];
  WORD_OR_MARK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD_OR_MARK.exec(sentence))) {
    const start = m.index;
    const end = start + m[0].length;
    if (/^[\p{L}\p{N}]/u.test(m[0])) pushWord(out, m[0], start, end);
    else out.push({ w: m[0] === '–' || m[0] === '—' ? '-' : m[0], start, end, punct: true });
  }
  return out;
}

let nlpCalls = 0;

function taggedTokens(sentence: string): Token[] {
  nlpCalls++;
  const out: Token[] = [];
  let cursor = 0;
  const marks = (s: string, at: number): void => {
    for (let i = 0; i < s.length; i++) {
      const c = s[i]!;
      if (',;:()"\n•*?!.'.includes(c)) out.push({ w: c, start: at + i, end: at + i + 1, punct: true });
      else if (c === '-' || c === '–' || c === '—') out.push({ w: '-', start: at + i, end: at + i + 1, punct: true });
    }
  };
  for (const terms of termsOf(sentence)) {
    for (const t of terms) {
      const at = t.text ? sentence.indexOf(t.text, cursor) : cursor;
      const start = at >= 0 ? at : cursor;
      marks(t.pre, Math.max(0, start - t.pre.length));
      const end = start + t.text.length;
      const w = straightQuotes((t.implicit ?? t.normal ?? t.text).toLowerCase());
      if (w) out.push({ w, start, end, punct: false, verb: t.verb && !t.aux, aux: t.aux || AUX.has(w) });
      marks(t.post, end);
      cursor = end;
    }
  }
  return out;
}

/** Collapses the tokens of each secret noun phrase into one token carrying its subtype. */
function markSecrets(tokens: Token[], secrets: readonly SecretSpan[]): Token[] {
  const out: Token[] = [];
  for (const t of tokens) {
    const s = secrets.find((x) => t.start < x.end && t.end > x.start && !(t.start === t.end && t.start === x.end));
    if (!s) {
      out.push(t);
      continue;
    }
    const last = out[out.length - 1];
    if (last?.secret && last.start === s.start) last.end = Math.max(last.end, t.end);
    else out.push({ w: '<secret>', start: s.start, end: s.end, punct: false, secret: s.subtype });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Rules

const YES = 1;
const NO = 0;
const UNDECIDED = -1;
type Verdict = typeof YES | typeof NO | typeof UNDECIDED;

class Analysis {
  constructor(
    readonly tokens: readonly Token[],
    readonly lower: string,
    /** true once compromise tags are present. */
    readonly tagged: boolean,
  ) {}

  private w(i: number): string {
    return this.tokens[i]?.w ?? '';
  }

  /** Start of the clause holding token i: after the last , ; : ( - newline or quote before it. */
  private clauseStart(i: number): number {
    for (let j = i - 1; j >= 0; j--) {
      const t = this.tokens[j]!;
      if (t.punct && ',;:(-\n•*"'.includes(t.w) && !this.ussdStar(j)) return j + 1;
    }
    return 0;
  }

  /** The "*" of a USSD code ("dial *170#") opens no clause. */
  private ussdStar(j: number): boolean {
    const next = this.tokens[j + 1];
    return this.tokens[j]!.w === '*' && next !== undefined && next.start === this.tokens[j]!.end && /^\d/.test(next.w);
  }

  /** Is the ambiguous give-word at i used as a verb here? undefined = cannot tell without tags. */
  private isVerb(i: number): boolean | undefined {
    const t = this.tokens[i]!;
    const prev = this.tokens[i - 1];
    if (t.w.endsWith('ing')) return true;
    if (t.w === 'key' && !['in', 'it'].includes(this.w(i + 1))) return false; // "a live key", not "key in your PIN"
    if (prev && !prev.punct && (DETERMINERS.has(prev.w) || ['by', 'via', 'in', 'per', 'of', 'for', 'with'].includes(prev.w))) {
      return prev.w === 'that' ? undefined : false;
    }
    if (!AMBIGUOUS.has(t.w)) return true;
    if (this.restBefore(i).length === 0 || this.coordinatedImperative(i)) return true; // imperative position
    if (prev && PLEASE.has(prev.w)) return true; // "could you please reply with ...
    if (prev && (prev.w === 'to' || NEG.has(prev.w) || AUX.has(prev.w) || ['you', 'we', 'i', 'us', 'me'].includes(prev.w))) return true;
    return this.tagged ? t.verb === true : undefined;
  }

  /** The words of i's clause before it, without politeness and filler adverbs. */
  private restBefore(i: number): string[] {
    const out: string[] = [];
    for (let j = this.clauseStart(i); j < i; j++) {
      const t = this.tokens[j]!;
      if (!t.punct && !POLITE.has(t.w)) out.push(t.w);
    }
    return out;
  }

  /** "not", "never"...; "no" unless it is "no problem" / "no worries". */
  private isNegation(i: number): boolean {
    const w = this.w(i);
    if (w !== 'no') return NEG.has(w);
    return !['problem', 'problems', 'worries', 'worry', 'doubt'].includes(this.w(i + 1));
  }

  /**
   * A negation before token i that is not inside a clause of its own: a condition ("if you did not
   * ..., "), or a fronted purpose ("To avoid suspension, ...", "In order not to lose access, ...").
   */
  private negatedBefore(i: number): boolean {
    let segStart = 0;
    let negInSeg = false;
    for (let j = 0; j < i; j++) {
      const t = this.tokens[j]!;
      if (t.punct && ',;:(-\n•*'.includes(t.w)) {
        if (negInSeg && !SUBORDINATORS.has(this.w(segStart)) && !this.purposeAt(segStart)) return true;
        segStart = j + 1;
        negInSeg = false;
        continue;
      }
      if (this.isNegation(j) || ['avoid', 'refrain', 'stop', 'beware'].includes(t.w)) negInSeg = true;
    }
    return negInSeg;
  }

  /** A purpose clause starts at token j: "to avoid ...", "in order (not) to ...", "so as not to ...". */
  private purposeAt(j: number): boolean {
    const w = this.w(j);
    return w === 'to' || (w === 'in' && this.w(j + 1) === 'order') || (w === 'so' && this.w(j + 1) === 'as');
  }

  /** Inside a quotation ("messages like "send us your PIN""): someone else's words. */
  private quoted(i: number): boolean {
    let n = 0;
    for (let j = 0; j < i; j++) if (this.tokens[j]!.w === '"') n++;
    return n % 2 === 1;
  }

  /**
   * "To finish the payment please reply with ...", "for the SIM swap please send ...": "please"
   * right before the verb marks an imperative after a fronted purpose or condition, even without
   * the comma that would end that clause.
   */
  private pleaseAfterAdjunct(i: number): boolean {
    let j = i - 1;
    while (j >= 0 && ['also', 'just', 'now', 'then', 'simply', 'quickly'].includes(this.w(j))) j--;
    if (!PLEASE.has(this.w(j)) || this.w(j - 1) === 'to') return false;
    return ADJUNCT_OPENERS.has(this.w(this.clauseStart(i)));
  }

  /** Is the verb at i a request addressed to the reader? */
  private mood(i: number, verb: string): Verdict {
    const rest = this.restBefore(i);
    if (rest.length > 0 && this.pleaseAfterAdjunct(i)) return YES;
    // Imperative: "(Please) send ...", "To proceed, provide ...". Not "ask your bank for a new PIN",
    // "have your card ready", "get your PIN from the app": the reader is not giving it to us.
    // "Please click reply and type your card number below": the second of two imperatives.
    if (rest.length === 0 || this.coordinatedImperative(i)) return ['ask', 'request', 'have', 'get', 'need', 'require', 'want'].includes(verb) ? NO : YES;
    const [a, b, c] = rest;
    // "If you send me your username and password, I can sign in ...": an offer that asks.
    if (a === 'if' && b === 'you' && (rest.length === 2 || (rest.length === 3 && MODAL_Q.has(c!)))) return this.offerAfter(i);
    // "Can/could/would/will you (please) send ...?"
    if (rest.length === 2 && MODAL_Q.has(a!) && b === 'you') return YES;
    // "May/can we have your ...", "May I ask for your ..."
    if (rest.length === 2 && ['may', 'can', 'could'].includes(a!) && WE_I.has(b!) && ['have', 'get', 'ask', 'request', 'see', 'take'].includes(verb)) return YES;
    // "I'd appreciate it if you could send ..."
    if (rest.length >= 3 && rest[rest.length - 3] === 'if' && rest[rest.length - 2] === 'you' && MODAL_Q.has(rest[rest.length - 1]!)) return YES;
    // "We can process it faster if you send us ...": an offer whose condition asks.
    if (this.offerBeforeIf(rest)) return YES;
    // "Your account will be restricted today unless you forward the token ...": a demand.
    if (this.demandUnless(rest)) return YES;
    // "For security verification I will need ...", "To set up autopay I just need ...": a fronted
    // purpose with no comma before the "we/I need" clause.
    const fronted = this.afterFrontedPurpose(i, rest);
    // Only a named secret: "to hold the fare I'll need the card details" may mean a payment link.
    if (fronted && ['need', 'require', 'want'].includes(verb) && fronted.every((x) => WE_NEED_AUX.has(x)) && !this.vagueObject(i)) return YES;
    // "We need your PIN", "We'll need ...", "I require ..."; not "we will ask" (describing a later call).
    if (WE_I.has(a!)) {
      const aux = rest.slice(1);
      if (aux.every((x) => WE_NEED_AUX.has(x)) && ['need', 'require', 'want'].includes(verb)) return YES;
      if (aux.every((x) => ['must', 'would', 'kindly', 'now', 'also', 'have', 'to', 'need', 'like'].includes(x)) && ['ask', 'request'].includes(verb)) return YES;
      // "We ask that you send ...", "I request that you provide ..."
      if (b && WANT.has(b) && (c === 'that' || c === 'you') && rest[rest.length - 1] === 'you') return YES;
      return NO;
    }
    // "You must send us ...", "You can share it with us ..."; not "you'll get a code by SMS",
    // "you can request a new PIN": the reader receives or asks for it.
    if (a === 'you' && rest.length <= 3 && b && YOU_MODAL.has(b)) return RECEIVE_VERBS.has(verb) ? NO : YES;
    return NO;
  }

  /** The first secret after the verb at i is a vague "details" phrase ("the card details"). */
  private vagueObject(i: number): boolean {
    for (let j = i + 1; j < this.tokens.length; j++) {
      const t = this.tokens[j]!;
      if (t.secret) return /details/.test(this.lower.slice(t.start, t.end));
    }
    return false;
  }

  /**
   * The words after "we/I" when the clause opens with a purpose ("to ...", "for ...", "in order
   * to ...") and "we/I" starts a main clause inside it; undefined otherwise. Conditions ("if we
   * need ...", "when we need ...") are not purposes.
   */
  private afterFrontedPurpose(i: number, rest: readonly string[]): string[] | undefined {
    const at = this.clauseStart(i);
    const first = this.w(at);
    if (first !== 'to' && first !== 'for' && !(first === 'in' && this.w(at + 1) === 'order')) return undefined;
    if (rest.some((x) => NEG.has(x) || SUBORDINATORS.has(x))) return undefined;
    for (let k = rest.length - 1; k >= 1; k--) {
      if (WE_I.has(rest[k]!)) return rest.slice(k + 1);
    }
    return undefined;
  }

  /**
   * "We can process the refund faster if you send us ...": a main clause "we/I can/could/will ..."
   * (no negation) whose condition, right before the verb, is "if you". Not an accident ("if you
   * send us your PIN by mistake, we will block the card").
   */
  private offerBeforeIf(rest: readonly string[]): boolean {
    const n = rest.length;
    if (n < 4 || rest[n - 2] !== 'if' || rest[n - 1] !== 'you') return false;
    if (!WE_I.has(rest[0]!) || !OFFER_MODALS.has(rest[1]!)) return false;
    if (rest.some((x) => NEG.has(x)) || ACCIDENT.test(this.lower) || SCAM.test(this.lower)) return false;
    return true;
  }

  /**
   * "Your account will be restricted unless you forward the token": a main clause with no negation
   * and no accident, then "unless you" (perhaps "unless you can") right before the verb.
   */
  private demandUnless(rest: readonly string[]): boolean {
    const n = rest.length;
    const k = MODAL_Q.has(rest[n - 1] ?? '') ? n - 1 : n;
    if (k < 3 || rest[k - 2] !== 'unless' || rest[k - 1] !== 'you') return false;
    return !rest.some((x) => NEG.has(x)) && !ACCIDENT.test(this.lower) && !SCAM.test(this.lower);
  }

  /** The verb at i follows "and" / "then" after an imperative that opens the clause: "click reply and type ...". */
  private coordinatedImperative(i: number): boolean {
    let j = i - 1;
    if (this.w(j) === 'then') j--;
    if (this.w(j) !== 'and' && this.w(j + 1) !== 'then') return false;
    const rest = this.restBefore(i);
    return rest.length > 0 && rest.length <= 5 && IMPERATIVE_OPENERS.has(rest[0]!);
  }

  /** After "If you send me X": a main clause "I/we can/will ..." makes the condition an offer that asks for X. */
  private offerAfter(i: number): Verdict {
    if (ACCIDENT.test(this.lower)) return NO; // "if you send us your PIN by mistake, we will ..."
    let secret = false;
    for (let j = i + 1; j < this.tokens.length; j++) {
      if (this.tokens[j]!.secret) secret = true;
      // "If you email me the long number on your card I can process it": the comma may be left out.
      if (this.tokens[j]!.w !== ',' && !(secret && WE_I.has(this.w(j)) && OFFER_MODALS.has(this.w(j + 1)))) continue;
      if (this.tokens[j]!.w !== ',') return YES;
      return WE_I.has(this.w(j + 1)) && OFFER_MODALS.has(this.w(j + 2)) ? YES : NO;
    }
    return NO;
  }

  /** Mood of "to <verb>": who wants it. */
  private infinitive(toIdx: number): Verdict {
    let j = toIdx - 1;
    while (j >= 0 && !this.tokens[j]!.punct && ['you', 'us', 'me', 'kindly', 'please', 'also', 'just', 'first', 'then'].includes(this.w(j))) j--;
    if (j < 0 || this.tokens[j]!.punct) return NO;
    const m = this.w(j);
    if (PASSIVE_ADJ.has(m)) return NO; // "you will be asked to confirm ..."
    if (BE_ADJ.has(m)) {
      // "Please be ready to provide ...", "Are you able to send ...?"
      if (this.w(j - 1) === 'be') return this.mood(j - 1, 'be');
      if (this.w(j - 1) === 'you' && ['are', 'were'].includes(this.w(j - 2))) return YES;
      return NO;
    }
    if (m === 'sure' || m === 'certain') return NO;
    if (WANT.has(m) || HAVE_TO.has(m)) {
      const rest = this.restBefore(j);
      const [a] = rest;
      if (a && (WE_I.has(a) || a === 'you') && rest.slice(1).every((x) => AUX.has(x) || ['also', 'still', 'just', 'now', 'kindly', 'first', 'really', 'only'].includes(x))) return YES;
      if (rest.length === 0) return YES;
      // "To complete the reversal I need you to read out the OTP": a fronted purpose, no comma.
      const fronted = this.afterFrontedPurpose(j, rest);
      if (fronted && fronted.every((x) => AUX.has(x) || WE_NEED_AUX.has(x) || x === 'really')) return YES;
      return NO;
    }
    if (IMPERATIVE_MATRIX.has(m)) return this.restBefore(j).length === 0 ? YES : NO;
    if (m === 'mind') return this.mood(j, 'mind');
    return this.tagged || FILLER.has(m) || AUX.has(m) ? NO : UNDECIDED;
  }

  /** The verb at v governs the secret at s (or a pronoun for `secret`): is it a request? */
  private judge(v: number, s: number | undefined, secret = s === undefined ? undefined : this.tokens[s]!.secret): Verdict {
    const t = this.tokens[v]!;
    const base = GIVE.has(t.w) ? undefined : gerundBase(t.w);
    const gerund = base !== undefined;
    const verb = base ?? t.w;
    if (this.quoted(v)) return NO;
    if (this.negatedBefore(v)) return NO;
    const toUs = toUsIn(this.lower);
    if (MACHINE_VERBS.has(verb) && !toUs) return NO;
    if (APP_VERBS.has(verb) && !toUs && APP_DESTINATION.test(this.lower)) return NO;
    // "Include your API key in the Authorization header": where a program reads it, not to us.
    if (secret === 'api_key' && !toUs && KEY_DESTINATION.test(this.lower)) return NO;
    if (s !== undefined) {
      let wh = false;
      for (let j = v + 1; j < s; j++) {
        // "the last 4 digits of your card number" (not "the last PIN you used").
        if (PARTIAL.has(this.w(j)) && /^(?:\d{1,2}|two|three|four|five|six|digits?|numbers?)$/.test(this.w(j + 1))) return NO;
        if (this.w(j) === 'what' || this.w(j) === 'which') wh = true;
      }
      if (!wh && CLAUSE_VERBS.has(this.w(s + 1))) return NO; // "confirm your PIN has been changed"
    }
    // Nigerian English "help me with the OTP": hand it over.
    if (verb === 'help' && !(['me', 'us'].includes(this.w(v + 1)) && this.w(v + 2) === 'with')) return NO;
    if (verb === 'know') {
      // "let us know your PIN"
      if (['us', 'me'].includes(this.w(v - 1)) && this.w(v - 2) === 'let') return this.mood(v - 2, 'let');
      return NO;
    }
    if (gerund) {
      const prev = this.w(v - 1);
      if (prev === 'by') {
        // "Please verify your identity by providing your PIN": the mood of the main verb.
        const start = this.clauseStart(v);
        for (let j = start; j < v - 1; j++) {
          const x = this.tokens[j]!;
          if (x.punct || POLITE.has(x.w)) continue;
          return this.mood(j, x.w);
        }
        return NO;
      }
      if (prev === 'mind') return this.mood(v - 1, 'mind');
      return NO; // "thanks for sending", "avoid sharing"
    }
    if (this.w(v - 1) === 'to') return this.infinitive(v - 1);
    return this.mood(v, verb);
  }

  /** "What (4-digit) PIN did you enter?", "Which password do you use for it?": a question asking for the secret used. */
  private whQuestion(s: number): boolean {
    if (!WH_AUX.has(this.w(s + 1)) || this.w(s + 2) !== 'you' || !USE_VERBS.has(this.w(s + 3)) || !this.lower.includes('?')) return false;
    let i = s - 1;
    while (i >= 0 && !this.tokens[i]!.punct && this.w(i) !== 'what' && this.w(i) !== 'which' && (FILLER.has(this.w(i)) || /^\d+(?:-digits?)?$/.test(this.w(i)))) i--;
    return (this.w(i) === 'what' || this.w(i) === 'which') && !this.negatedBefore(i) && !this.quoted(i);
  }

  /** "this (collection) PIN", "the following code": a determiner that presents the secret at s. */
  private presented(s: number): boolean {
    for (let j = s - 1; j >= 0 && j >= s - 3; j--) {
      const w = this.w(j);
      if (w === 'this' || w === 'following') return true;
      if (DETERMINERS.has(w) || this.tokens[j]!.punct) return false;
    }
    return false;
  }

  /** Walk left from the secret at s to the word that governs it. */
  private fromSecret(s: number): Verdict {
    if (MODIFIED.has(this.w(s + 1))) return NO; // "the PIN reset form"
    // "give the pharmacist this collection PIN: 7720": this secret is handed over, not asked for
    // ("please confirm your PIN: 4821" still asks).
    if (this.w(s + 1) === ':' && /^\d{3,}$/.test(this.w(s + 2)) && this.presented(s)) return NO;
    if (this.whQuestion(s)) return YES;
    let prep = false;
    let coordinated = false;
    for (let i = s - 1, steps = 0; i >= 0 && steps < 16; i--, steps++) {
      const t = this.tokens[i]!;
      if (t.punct) {
        if (';.?!()'.includes(t.w)) return NO;
        if (t.w === ',') coordinated = true;
        continue; // lists: "your name, address and PIN"; "the following:\n- your PIN"
      }
      if (t.secret) continue;
      if (this.isNegation(i) || ABOUT.has(t.w)) return NO;
      // "the full Authorization header, including the bearer token": one more item of the list.
      if (t.w === 'including') {
        coordinated = true;
        continue;
      }
      if (COORDINATORS.has(t.w)) coordinated = true;
      else if (ATTACHING_PREP.has(t.w) && !coordinated) prep = true;
      if (SUBORDINATORS.has(t.w) || (t.w === 'that' && ['your', 'the', 'you', 'it', 'we'].includes(this.w(i + 1)))) return NO;
      if (COPULA.has(t.w)) {
        // "What is your online banking password?"
        if (this.w(i - 1) === 'what' && !this.negatedBefore(i)) return this.quoted(i) ? NO : YES;
        return NO;
      }
      if (GIVE.has(t.w) || gerundBase(t.w)) {
        const isVerb = this.isVerb(i);
        if (isVerb === undefined) return UNDECIDED;
        if (isVerb) return this.judge(i, s);
        continue;
      }
      if (/^\d+$|^\d+-(?:digits?|words?|characters?)$/.test(t.w) || FILLER.has(t.w)) continue;
      if (COMMON_NOUNS.has(t.w)) {
        if (prep) return NO; // "the name on the card"-style attachment before any list: not the object
        continue;
      }
      if (AUX.has(t.w) || t.aux) return NO;
      // "Please verify your card number and CVV with us": checked by us, so handed to us.
      if (t.w === 'verify' && toUsIn(this.lower)) return this.judge(i, s);
      if (OTHER_VERBS.has(t.w) && !DETERMINERS.has(this.w(i - 1))) return NO;
      // "your EcoCash PIN", "your BVN and the OTP": between a determiner and its noun only
      // modifiers stand, whatever the word is.
      if (this.premodifier(i, s)) continue;
      // "why SMS sending stopped: the auth token ...", "the SMS text reads: ...": a past or a
      // third-person verb governs the secret, a statement, not a request.
      if (!this.tagged && !DETERMINERS.has(this.w(i - 1)) && (/^\p{L}{3,}ed$/u.test(t.w) || (t.w.endsWith('s') && GIVE.has(t.w.slice(0, -1))))) return NO;
      // Tags only tell which words are verbs; they cannot create a give verb. Without one further
      // left in the clause the answer is no, whatever this word is.
      if (!this.tagged) {
        const v = this.giveVerbLeftOf(i);
        return v < 0 || this.negatedBefore(v) || this.quoted(v) ? NO : UNDECIDED;
      }
      if (t.verb) return NO; // another verb governs the secret: "hide your card number"
      if (prep) return NO; // "our guidance on PIN safety": the secret modifies another noun
    }
    return NO;
  }

  /**
   * Is the word at i a modifier of the secret at s, or the head of a noun phrase coordinated with
   * it: a determiner at most three modifier words to its left, and between it and the secret only
   * modifiers, determiners and coordinators?
   */
  private premodifier(i: number, s: number): boolean {
    const modifier = (j: number): boolean => {
      const t = this.tokens[j];
      if (!t || t.punct || t.secret) return false;
      const w = t.w;
      return !DETERMINERS.has(w) && !GIVE.has(w) && !OTHER_VERBS.has(w) && !AUX.has(w) && !NEG.has(w) && !SUBORDINATORS.has(w) && !PREPOSITIONS.has(w) && !COORDINATORS.has(w);
    };
    // Modifiers up to the secret, or a coordinated noun phrase before it ("your BVN and the OTP").
    for (let j = i + 1; j < s; j++) if (!modifier(j) && !COORDINATORS.has(this.w(j)) && !DETERMINERS.has(this.w(j)) && this.w(j) !== ',') return false;
    for (let j = i - 1; j >= 0 && j >= i - 4; j--) {
      if (DETERMINERS.has(this.w(j)) && !this.tokens[j]!.punct) return this.w(j) !== 'that' && this.w(j) !== 'no';
      if (!modifier(j)) return false;
    }
    return false;
  }

  /**
   * The give verb (or the "is" of "what is") left of i, before the clause is closed by punctuation,
   * a negation, a subordinator, an auxiliary or another verb; -1 if there is none.
   */
  private giveVerbLeftOf(i: number): number {
    for (let j = i - 1; j >= 0 && j >= i - 16; j--) {
      const t = this.tokens[j]!;
      if (t.punct) {
        if (';.?!()'.includes(t.w)) return -1;
        continue;
      }
      if (this.isNegation(j) || SUBORDINATORS.has(t.w)) return -1;
      if (t.w === 'have' || t.w === 'get') {
        if (WE_I.has(this.w(j - 1)) && ['may', 'can', 'could'].includes(this.w(j - 2))) return j;
      } else if (t.w === 'know') {
        if (['us', 'me'].includes(this.w(j - 1)) && this.w(j - 2) === 'let') return j;
      } else if (COPULA.has(t.w)) {
        if (this.w(j - 1) === 'what') return j;
      } else if (GIVE.has(t.w) || gerundBase(t.w)) {
        return j;
      }
      if (AUX.has(t.w) || (OTHER_VERBS.has(t.w) && !DETERMINERS.has(this.w(j - 1)))) return -1;
    }
    return -1;
  }

  /** "Once you receive the OTP, please forward it to us": a give verb whose object is a pronoun. */
  private pronounObject(): { verdict: Verdict; subtype?: Subtype } {
    let undecided = false;
    let lastSecret: Subtype | undefined;
    for (let i = 0; i < this.tokens.length; i++) {
      const t = this.tokens[i]!;
      if (t.secret) {
        lastSecret = t.secret;
        continue;
      }
      if (!lastSecret || !GIVE.has(t.w) || t.w === 'need' || t.w === 'have' || t.w === 'know') continue;
      let j = i + 1;
      while (['us', 'me', 'back', 'over', 'across'].includes(this.w(j))) j++;
      if (!['it', 'them', 'this', 'those', 'these'].includes(this.w(j)) || this.tokens[j + 1]?.secret) continue;
      if (CLAUSE_VERBS.has(this.w(j + 1)) || ['works', 'worked', 'arrives', 'arrived'].includes(this.w(j + 1))) continue;
      const isVerb = this.isVerb(i);
      if (isVerb === undefined) {
        undecided = true;
        continue;
      }
      if (!isVerb) continue;
      const v = this.judge(i, undefined, lastSecret);
      if (v === YES) return { verdict: YES, subtype: lastSecret };
      if (v === UNDECIDED) undecided = true;
    }
    return { verdict: undecided ? UNDECIDED : NO };
  }

  decide(): { verdict: Verdict; subtype?: Subtype } {
    let undecided = false;
    for (let s = 0; s < this.tokens.length; s++) {
      const subtype = this.tokens[s]!.secret;
      if (!subtype) continue;
      const v = this.fromSecret(s);
      if (v === YES) return { verdict: YES, subtype };
      if (v === UNDECIDED) undecided = true;
    }
    const p = this.pronounObject();
    if (p.verdict === YES) return p;
    return { verdict: undecided || p.verdict === UNDECIDED ? UNDECIDED : NO };
  }
}

interface SecretSpan {
  start: number;
  end: number;
  subtype: Subtype;
}

/**
 * Decision cache by sentence text: least recently used entries go first. An entry keeps its own
 * key (detached from the scanned text), so a hit moves it to the end without copying the text.
 */
interface CachedDecision {
  readonly key: string;
  readonly subtype: Subtype | null;
}
const cache = new Map<string, CachedDecision>();
const stats = { sentences: 0, cacheHits: 0, ruled: 0, nlp: 0 };

/** Counters for benchmarks and tests: sentences examined, cache hits, decided by rules, sent to compromise. */
export function solicitationStats(): Readonly<typeof stats> & { nlpLoaded: boolean; nlpCalls: number } {
  return { ...stats, nlpLoaded: nlpLoaded(), nlpCalls };
}

/** Clears the decision caches (for benchmarks). */
export function clearSolicitationCache(): void {
  cache.clear();
  foreignCache.clear();
}

/**
 * Decides whether `sentence` asks for one of the secrets in it (offsets of `secrets` are relative
 * to the sentence); returns what is asked for. `budget.nlp` is decremented per compromise call.
 */
export function classifySentence(sentence: string, secrets: readonly SecretSpan[], budget = { nlp: NLP_BUDGET }): Subtype | undefined {
  stats.sentences++;
  const known = cache.get(sentence);
  if (known !== undefined) {
    stats.cacheHits++;
    cache.delete(sentence);
    cache.set(known.key, known);
    return known.subtype ?? undefined;
  }
  const { subtype, final } = classifyUncached(sentence, secrets, budget);
  if (final) {
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
    const key = detached(sentence);
    cache.set(key, { key, subtype: subtype ?? null });
  }
  return subtype;
}

function classifyUncached(sentence: string, secrets: readonly SecretSpan[], budget: { nlp: number }): { subtype?: Subtype; final: boolean } {
  const lower = straightQuotes(sentence.toLowerCase());
  if (SCAM.test(lower) || DELIVERY_SHARE.test(lower)) {
    stats.ruled++;
    return { final: true };
  }
  const cheapTokensMarked = markSecrets(cheapTokens(sentence), secrets);
  const cheap = new Analysis(cheapTokensMarked, lower, false).decide();
  if (cheap.verdict !== UNDECIDED) {
    stats.ruled++;
    return { subtype: cheap.verdict === YES ? cheap.subtype : undefined, final: true };
  }
  if (budget.nlp <= 0) {
    // Out of budget: the same rules, unknown words read as nouns. Not cached: a later scan with
    // budget left decides this sentence properly.
    stats.ruled++;
    const lenient = new Analysis(cheapTokensMarked, lower, true).decide();
    return { subtype: lenient.verdict === YES ? lenient.subtype : undefined, final: false };
  }
  budget.nlp--;
  stats.nlp++;
  const tagged = new Analysis(markSecrets(taggedTokens(sentence), secrets), lower, true).decide();
  return { subtype: tagged.verdict === YES ? tagged.subtype : undefined, final: true };
}

// ---------------------------------------------------------------------------------------------
// Sentences

/** Is text[i] a space, line feed, tab or carriage return? (Read as a code: past either end it is NaN, none.) */
function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 32 || c === 10 || c === 9 || c === 13;
}

/** Does the line feed at text[e] open a blank line: a second line feed within the next 7 characters, only spaces, tabs or CRs between? */
function blankLineAt(text: string, e: number): boolean {
  const stop = Math.min(text.length, e + 8);
  let j = e + 1;
  for (let c = text.charCodeAt(j); j < stop && (c === 32 || c === 9 || c === 13); c = text.charCodeAt(++j));
  return j < stop && text.charCodeAt(j) === 10;
}

/** Words a line wrapped in mid-sentence ends with: the sentence goes on below ("never ask for your\nPassword"). */
const CONTINUES = /(?:^|[^\p{L}])(?:a|an|the|your|my|our|their|his|her|its|this|that|for|to|of|in|on|with|by|and|or|nor|but|not|never|no|any|us|me|you|we|will|would|can|could|should|may|must|please|kindly|is|are|was|be|as|if|so)$/iu;

/**
 * A single line break ends a sentence that has no full stop, as chat lines and short e-mails
 * write them ("We will never ask for your PIN\nPlease reply with your password"): the line before
 * ends in a word that does not need more, and the next starts a capitalised word.
 */
function lineBreakEndsSentence(text: string, nl: number): boolean {
  let j = nl - 1;
  while (j >= 0 && j > nl - 8 && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9 || text.charCodeAt(j) === 13)) j--;
  if (j < 0 || !/[\p{L}\p{N}]/u.test(text[j]!)) return false;
  let k = nl + 1;
  while (k < text.length && k < nl + 8 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
  if (!/^\p{Lu}\p{Ll}/u.test(text.slice(k, k + 2))) return false;
  return !CONTINUES.test(text.slice(Math.max(0, j - 8), j + 1));
}

/** A sentence ends after ". ? !" followed by a space, at a blank line, or at a line break that ends it (lineBreakEndsSentence). */
function boundaryBefore(text: string, i: number): boolean {
  // text[i] starts a sentence when the characters before it close one.
  if (text.charCodeAt(i - 1) === 10) {
    let j = i - 2;
    for (let c = text.charCodeAt(j); j >= 0 && j > i - 10 && (c === 32 || c === 9 || c === 13); c = text.charCodeAt(--j));
    if (text.charCodeAt(j) === 10 || lineBreakEndsSentence(text, i - 1)) return true;
  }
  if (!isSpaceAt(text, i - 1)) return false;
  let j = i - 1;
  while (j >= 0 && j > i - 10 && isSpaceAt(text, j)) j--;
  return j >= 0 && closesSentence(text, j);
}

/** Abbreviations whose "." does not end a sentence ("card no. and expiry", "e.g. your PIN"). */
const ABBREVIATION = /(?:^|[^\p{L}])(?:no|nos|e\.g|i\.e|eg|ie|mr|mrs|ms|dr|st|vs|approx|ref|acc)$/iu;

/** "1." opening a line numbers a list item; it ends no sentence ("Please send me:\n1. your PIN\n2. ..."). */
const ENUMERATOR_BEFORE = /(?:^|\n)[ \t]{0,3}\d{1,2}$/;

/** Does the ". ? !" at j close a sentence? */
function closesSentence(text: string, j: number): boolean {
  const c = text[j];
  if (c === '?' || c === '!') return true;
  if (c !== '.' || ABBREVIATION.test(text.slice(Math.max(0, j - 7), j))) return false;
  return !(j <= 6 ? ENUMERATOR_BEFORE.test(text.slice(0, j)) : ENUMERATOR_BEFORE.test(text.slice(j - 6, j)) && text.slice(j - 6, j).includes('\n'));
}

const ENUMERATOR = /(^|\n)([ \t]{0,3})(\d{1,2}[.)])(?=[ \t])/g;

/** List numbers as bullets of the same length ("1." → "• "), so a numbered list reads like a bulleted one. */
function enumeratorsAsBullets(sentence: string): string {
  if (!sentence.includes('\n')) return sentence;
  return sentence.replace(ENUMERATOR, (_m, nl: string, sp: string, n: string) => `${nl}${sp}•${' '.repeat(n.length - 1)}`);
}

/**
 * The sentence around [start, end): `tooLong` when it exceeds MAX_SENTENCE; `next` is where the
 * scan may continue (the end of the sentence either way).
 */
function sentenceAround(text: string, start: number, end: number): { start: number; end: number; next: number; tooLong: boolean } {
  let s = start;
  const floor = Math.max(0, start - MAX_SENTENCE);
  // A boundary is always preceded by whitespace: test only there.
  while (s > floor && !(isSpaceAt(text, s - 1) && boundaryBefore(text, s))) s--;
  let tooLong = s === floor && floor > 0 && !boundaryBefore(text, s);
  while (s < start && isSpaceAt(text, s)) s++;
  let e = end;
  while (e < text.length) {
    const c = text.charCodeAt(e);
    // ". ? !"
    if ((c === 46 || c === 63 || c === 33) && (e + 1 >= text.length || isSpaceAt(text, e + 1)) && (e + 1 >= text.length || closesSentence(text, e))) {
      e++;
      break;
    }
    if (c === 10 && (blankLineAt(text, e) || lineBreakEndsSentence(text, e))) break;
    e++;
    if (e - s > MAX_SENTENCE) tooLong = true;
  }
  return { start: s, end: e, next: e, tooLong: tooLong || e - s > MAX_SENTENCE };
}

/**
 * Whether a position lies on a line quoted from the customer ("> what's the new password?").
 * Queried at increasing positions, so the whole text is scanned for line breaks once.
 */
class LineTracker {
  private lineStart = 0;
  /** The first line break not yet passed (-1: none left). */
  private nextBreak: number;
  constructor(private readonly text: string) {
    this.nextBreak = text.indexOf('\n');
  }

  quoted(pos: number): boolean {
    while (this.nextBreak >= 0 && this.nextBreak < pos) {
      this.lineStart = this.nextBreak + 1;
      this.nextBreak = this.text.indexOf('\n', this.lineStart);
    }
    let i = this.lineStart;
    while (i < pos && (this.text[i] === ' ' || this.text[i] === '\t')) i++;
    return this.text[i] === '>';
  }
}

/** A short imperative or question whose object is a pronoun: "Please send it to us.", "Can you share it?" */
const FOLLOW_UP = /[ \t]{0,3}(?:\r?\n[ \t]{0,3}){0,2}(?:(?:please|kindly|now|then|so)[ \t,]{1,3}){0,2}(?:(?:can|could|would|will)[ \t]{1,3}you[ \t]{1,3}(?:please[ \t]{1,3})?)?(?:send|share|forward|give|tell|read[ \t]{1,3}out|text|e-?mail|reply[ \t]{1,3}with|provide)[ \t]{1,3}(?:(?:it|them|this|that)(?:[ \t]{1,3}(?:code|number|pin|otp|password))?[ \t]{1,3}(?:back[ \t]{1,3})?(?:to|with)[ \t]{1,3}(?:us|me)|(?:us|me)[ \t]{1,3}(?:back[ \t]{1,3})?(?:it|them|this|that)(?:[ \t]{1,3}(?:code|number|pin|otp|password))?)\b[^.?!\n]{0,120}[.?!]?/iy;

const PRONOUN_OBJECT = /\b(?:it|them|this|that)\b/i;

function followUpRequest(text: string, at: number): { start: number; end: number } | undefined {
  if (!PRONOUN_OBJECT.test(text.slice(at, at + 80))) return undefined;
  FOLLOW_UP.lastIndex = at;
  if (!FOLLOW_UP.test(text)) return undefined;
  let start = at;
  while (start < FOLLOW_UP.lastIndex && isSpaceAt(text, start)) start++;
  return { start, end: FOLLOW_UP.lastIndex };
}

const CARD_NOUN_AFTER = /[ \t-]{0,3}(?:number|no\.?|num|details|info(?:rmation)?|digits|nommer|nummer|nummern|besonderhede|gegevens|daten)\b/iy;
const FRONT_OF_CARD = /\b(?:numbers?|digits) on the front of (?:your|the) (?:[\p{L}-]{1,20} )?$/iu;
/** "le numéro (complet) de votre carte", "el número de su tarjeta", "o número do cartão". */
const NUMBER_OF_CARD = /n[uú]m[eé]ros? (?:(?:complets?|entiers?|completo) )?(?:de|du|do|da) (?:(?:votre|la|ta|sa|cette|su|tu|seu|teu|o|a) )?$/iu;
/** Swahili "namba (kamili) ya kadi", Shona "nhamba yekadhi", Zulu "inombolo ephelele yekhadi", Setswana "nomoro ya karata". */
const BANTU_NUMBER_OF_CARD = /\b(?:namba|nambari|nhamba|inombolo|nomboro|nomoro)(?: \p{L}{2,12})? (?:(?:ya|ye|wa|ka) )?$/iu;

/** A card word that names the card number: "credit card number", "card info", "the number on the front of your card". */
function cardSecretAt(text: string, hit: Hit): { start: number; end: number } | undefined {
  if (/(?:number|no\.?|num|details)$/i.test(text.slice(hit.start, hit.end))) return { start: hit.start, end: hit.end };
  CARD_NOUN_AFTER.lastIndex = hit.end;
  if (CARD_NOUN_AFTER.test(text)) return { start: hit.start, end: CARD_NOUN_AFTER.lastIndex };
  // Card words are frequent: look for "...front of your card" only after a cheap test.
  if (text.charCodeAt(hit.start - 1) !== 32) return undefined;
  const number = NUMBER_OF_CARD.exec(text.slice(Math.max(0, hit.start - 40), hit.start)) ?? BANTU_NUMBER_OF_CARD.exec(text.slice(Math.max(0, hit.start - 30), hit.start));
  if (number) return { start: hit.start - number[0].length, end: hit.end };
  if (!/ (?:your|the) (?:[\p{L}-]{1,20} )?$/u.test(text.slice(Math.max(0, hit.start - 26), hit.start))) return undefined;
  const before = FRONT_OF_CARD.exec(text.slice(Math.max(0, hit.start - 48), hit.start));
  if (before) return { start: hit.start - before[0].length, end: hit.end };
  return undefined;
}

/** Around a bare "code": it is the one-time code the customer got ("I got a code by SMS ... reply with that code"). */
const CODE_RECEIVED = /(?:^|[^\p{L}])(?:sms|texted|text message|whatsapp|sent (?:to )?(?:you|your)|we sent|received|got|you(?:'ll| will) (?:get|receive)|authenticator|from (?:the|your|our) (?:e-?mail|app|sms|text)|reçu|recibido|recebido)(?![\p{L}])/iu;

/**
 * The secret a keyword hit names, with its span (card words only count with "number", "details"...;
 * a bare "code" only after a code the customer received; "PIN code 560001" in an address is a postcode).
 */
function secretAt(text: string, hit: Hit): SecretSpan | undefined {
  let ours = false;
  for (const id of hit.lists) if (OUR_LIST_IDS[id] === 1) ours = true;
  if (!ours) return undefined;
  // The hit's secret lists in rank order, without arrays: most hits belong to one list of another
  // detector and none of ours, and this runs for every keyword hit of every text.
  for (let after = -1; ; ) {
    let rank = Infinity;
    for (const id of hit.lists) {
      const r = RANK_BY_ID[id] ?? -1;
      if (r >= 0 && r > after && r < rank) rank = r;
    }
    if (rank === Infinity) break;
    after = rank;
    const [list, subtype] = SECRET_LISTS[rank]!;
    if (subtype === 'pin' && isPostalPinCode(text, hit.start, hit.end)) return undefined;
    if (list === CVV_WORDS && /^cid$/i.test(text.slice(hit.start, hit.end))) continue; // as often a caller or customer id
    return { start: hit.start, end: hit.end, subtype };
  }
  if (hitIn(hit, CODE_WORDS)) {
    if (!isBareCredentialCode(text, hit) || !CODE_RECEIVED.test(text.slice(Math.max(0, hit.start - 300), hit.end + 80))) return undefined;
    return { start: hit.start, end: hit.end, subtype: 'otp' };
  }
  if (hitIn(hit, KEY_WORDS) && !BARE_KEY_WORD.test(text.slice(hit.start, hit.end)) && !inIdentifier(text, hit)) {
    return { start: hit.start, end: hit.end, subtype: 'api_key' };
  }
  if (hitIn(hit, KEY_WORDS) && tokenSentToCustomer(text, hit)) return { start: hit.start, end: hit.end, subtype: 'otp' };
  if (hit.lists.includes(CARD_WORDS.id)) {
    const span = cardSecretAt(text, hit);
    if (span) return { ...span, subtype: 'card_number' };
  }
  return undefined;
}

/** After a bare "token": it was sent to the customer's phone ("the token sent to your registered number", "the token we just texted"). */
const TOKEN_SENT = /^s?\s{1,3}(?:(?:that|which)\s+(?:was|we|i)\s+)?(?:(?:we|i)\s+)?(?:just\s+)?(?:sent|texted|sms(?:'?e)?d|delivered|received)\b(?:\s+(?:to|on)\s+(?:you|your)\b|(?=\s+(?:by|via)\s+(?:sms|text)\b)|(?<=\b(?:texted|received)))/i;

/** A bare "token" that is the one-time code sent to the customer (not an electricity or API token). */
function tokenSentToCustomer(text: string, hit: Hit): boolean {
  return /^tokens?$/i.test(text.slice(hit.start, hit.end)) && TOKEN_SENT.test(text.slice(hit.end, hit.end + 60));
}

/** A key word that is part of a setting or header name ("AWS_SECRET_ACCESS_KEY=", "X-Api-Key:"), not a noun of the sentence. */
function inIdentifier(text: string, hit: Hit): boolean {
  if (text.slice(hit.start, hit.end).includes('_')) return true;
  const before = text[hit.start - 1] ?? ' ';
  const after = text[hit.end] ?? ' ';
  if ('_-.=/<`'.includes(before) || '_=>'.includes(after)) return true;
  // "api-key.json", "access-token-ttl"; a sentence's full stop is no glue.
  return (after === '.' || after === '-') && /[A-Za-z0-9]/.test(text[hit.end + 1] ?? '');
}

// ---------------------------------------------------------------------------------------------
// Requests without a verb: "And the CVV, please?", "OTP pls"

/** Words such a request may hold besides the secret and "please". */
const BARE_REQUEST_WORDS = set('and also now ok okay so then the your ur yr my a just code number full whole complete');
/** A first clause that greets or acknowledges: "Thanks Tendai, your PIN please." */
const GREETING = set('hi hello dear thanks thank ok okay great sure perfect noted alright');

/**
 * Any spelling of a PLEASE word, case ignored: a sentence without one cannot be a bare request, so
 * it is not tokenised. /iu matches every character whose lower case is the word's letter (the
 * Kelvin sign "K" too; test/detectors/solicitation-prefilter.test.ts checks every code point).
 */
const PLEASE_ANY = new RegExp([...PLEASE].join('|'), 'iu');

function bareRequest(sentence: string, secrets: readonly SecretSpan[]): boolean {
  if (sentence.length > 80 || !PLEASE_ANY.test(sentence)) return false;
  let polite = false;
  let secret = false;
  let clause = 0;
  let greeting = false;
  let first = true;
  /** One word (undefined: a token of a secret); false when it rules the request out. */
  const word = (w: string | undefined): boolean => {
    if (first && clause === 0) greeting = w !== undefined && GREETING.has(w);
    first = false;
    if (w === undefined) secret = true;
    else if (PLEASE.has(w)) polite = true;
    else if (!BARE_REQUEST_WORDS.has(w) && !(greeting && clause === 0)) return false;
    return true;
  };
  // The tokens of markSecrets(cheapTokens(sentence)), read one at a time: most sentences are ruled
  // out by an early word. A token inside a secret, mark or word, counts as the secret (markSecrets
  // merges them into one token; reading the secret again changes nothing here).
  WORD_OR_MARK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD_OR_MARK.exec(sentence))) {
    const start = m.index;
    const end = start + m[0].length;
    if (secrets.some((x) => start < x.end && end > x.start)) {
      word(undefined);
      continue;
    }
    const raw = m[0];
    if (raw.length === 1 && MARKS.includes(raw)) {
      if (raw === ',' || raw === '-' || raw === '–' || raw === '—' || raw === ':') {
        clause++;
        first = true;
      }
      continue;
    }
    const w = straightQuotes(raw.toLowerCase());
    const parts = CONTRACTIONS.get(w);
    if (parts) {
      for (const p of parts) if (!word(p)) return false;
    } else if (!word(w)) {
      return false;
    }
  }
  return polite && secret;
}

// ---------------------------------------------------------------------------------------------
// Other languages

/** Without accents and tone marks: "ránṣẹ́" → "ranse", "não" → "nao" (patterns and sentences alike). */
function fold(s: string): string {
  // ASCII has nothing to decompose: skip ICU for the common case.
  return NON_ASCII.test(s) ? s.normalize('NFD').replace(/\p{M}+/gu, '') : s;
}

const NON_ASCII = /[\u0080-\uffff]/;

/**
 * The rules below are case-sensitive: they read the folded lower-case sentence (foldedLower). With
 * /i, V8 compiled every letter of these big patterns with all its case variants, the detector's
 * costliest start-up work (FOREIGN_GIVE alone: about a third of its compile time with /u only).
 * Lower-casing leaves one character that /iu matched to an ASCII letter of a pattern, the long s
 * "ſ" (as "s"); caseFolded maps it. test/detectors/solicitation-prefilter.test.ts checks, for
 * every character a folded lower-case sentence can hold, that each pattern atom matches it with
 * /iu exactly when it matches the mapped character without /i.
 */
function foldedLower(sentence: string): string {
  return fold(straightQuotes(sentence.toLowerCase()));
}

function caseFolded(lower: string): string {
  return lower.includes('ſ') ? lower.replace(/ſ/g, 's') : lower;
}

/**
 * Request forms of give verbs in the other languages our users write in: imperatives, "send
 * me/us" forms and "what is your ...?", so that offers and statements ("nous allons vous envoyer
 * un code", Swahili "tutakutumia", "we will send you") are not requests.
 */
const FOREIGN_GIVE = new RegExp(
  `(?:^|[^\\p{L}'])(?:${fold([
    // Swahili: tuma / utume (send), tu-/ni-tumie (send us/me), -pe / -patie (give), -ambie / -eleze (tell), naomba (I ask for)
    'tuma', 'utume', '(?:tu|ni)(?:tumie|pe|patie|ambie|eleze|shirikishe|julishe|tajie)', '(?:na|tuna)omba',
    // Swahili: we / I need (tunahitaji, nahitaji, ninahitaji)
    '(?:tuna|nina|na)hitaji',
    // Shona: titumirei / nditumirei (send us/me), tumirai / tumirei / tumira (send), tipei / ndipei / ipai (give), tiudzei (tell), ndokumbira (I ask for)
    '(?:ti|ndi)(?:tumir(?:ei|e)|pei?|udzei?)', 'tumirai', 'tumirei', 'tumira', 'ipai', '(?:ndo|ndino|tino)kumbir\\p{L}*',
    // Zulu, Ndebele, Xhosa: (u)sithumele(le) / ngithumele(le) (send us/me), thumela, sinike (give), sitshele (tell),
    // sicela / ngicela / siyacela (we / I ask for)
    'u?(?:si|ngi)(?:thumel(?:ele|e)|nik(?:ezele|eze|e)|tshel(?:ele|e))', 'thumela', '(?:si|ngi)(?:ya)?cela',
    // Setswana, Sesotho: (re) romelele / romella (send us), romela (send), nthomelele (send me)
    'romel(?:ele|la|le|a)', 'nthomel(?:ele|le)',
    // Hausa, Igbo, Yoruba: send me (Yoruba "ránṣẹ́" without its tone marks)
    'aiko', 'turo min', 'zitere', 'nye m', 'ranse',
    // Afrikaans and Dutch; "het/hebben ... nodig" (need); Dutch infinitives after "kunt u", "wilt u" (can / will you)
    'stuur', 'gee', 'geef', 'deel', 'verskaf', 'vertel', 'wat is', '(?:het|hebben|heb)[^.?!]{1,60}?nodig', 'benodig',
    '(?:kunt|kun|kan|wilt|wil|zou|zoudt) (?:u|je|jij)[^.?!]{0,80}?(?:doorgeven|door te geven|sturen|opsturen|toesturen|geven|delen|mailen|vertellen|noemen|laten weten)',
    'stuurt u', 'geeft u', 'laat (?:ons|mij|my) weet',
    // German
    '(?:senden|schicken|geben|nennen|teilen|übermitteln|sagen|schreiben) sie', 'schick', 'sende', 'gib', '(?:können|könnten) sie (?:mir|uns)',
    // German: we / I need
    '(?:wir|ich) (?:benötigen|benötige|brauchen|brauche)', '(?:benötigen|brauchen) wir', '(?:bitte|bitten) um',
    // Italian
    '(?:invia|manda|comunica|fornisci|da|indica|scrivi)(?:ci|mi)', 'dimmi', 'dicci', '(?:ci|mi) (?:invii|mandi|comunichi|dia|fornisca|indichi|dica|scriva)',
    // Italian: infinitive and clitic after a modal ("potrebbe comunicarci"), "we / I need", "ci serve" (we need)
    '(?:inviar|mandar|comunicar|fornir|dar|indicar|dir|confermar|scriver)(?:ci|mi|celo|melo)', '(?:abbiamo|ho) bisogno', '(?:ci|mi) serv(?:e|ono)',
    // French: imperatives, "please" forms; infinitives only after "me"/"nous" (to me / to us)
    'envoyez', 'envoie', 'communiquez', 'donnez', 'transmettez', 'indiquez', 'fournissez', 'partagez', 'veuillez', 'merci de',
    "(?:m'|me |nous )(?:envoyer|donner|communiquer|transmettre|indiquer|fournir|faire parvenir)", 'quel(?:le)? est',
    // French: "pouvez-vous donner ..." without "me"/"nous", "(nous avons / j'ai) besoin de" (need), "précisez", "dites-nous"
    '(?:pouvez|pourriez)[ -]vous (?:(?:me|nous) )?(?:envoyer|donner|communiquer|transmettre|indiquer|fournir|confirmer|redonner|dire|preciser)',
    'besoin (?:de|du|des|d)', 'precisez', 'dites[ -](?:moi|nous)', 'renvoyez',
    // Portuguese and Spanish
    'envie', 'mande', 'compartilhe', 'forneça', 'envíe', 'envíenos', 'envíeme', 'envíame', 'envíanos',
    'mándame', 'mándanos', 'proporcione', 'comparta', 'facilite', 'dígame', 'díganos', 'dime', 'dame', 'deme', 'denos',
    '(?:me|nos) (?:passa|passe|envie|envia|diga|diz|manda|mande)', 'cu[aá]l es', 'qual [ée]',
    // Spanish usted and tú imperatives with "nos"/"me" ("indíquenos", "facilítenos", "pásame"); "me pasa" (will you pass me)
    '(?:envie|mande|facilite|proporcione|indique|confirme|comparta|remita|escriba|comunique|pase|indica|facilita|proporciona|pasa|comparte|confirma)(?:nos|me)',
    'indique', '(?:me|nos) (?:pasa|pase|puede pasar|podria pasar|da|indica|indique|facilita|facilite|proporciona|proporcione|comparte|comparta|confirma|confirme)',
    // Spanish infinitive and clitic after a modal ("¿puede indicarnos ...?"), Portuguese with a hyphen ("enviar-nos")
    '(?:enviar|indicar|facilitar|proporcionar|confirmar|pasar|dar|mandar|decir|compartir)(?:nos|me)(?:lo|la|los|las)?',
    '(?:enviar|informar|passar|mandar|fornecer|dizer|confirmar)-(?:nos|me)',
    // Spanish and Portuguese: we / I need
    'necesitamos', 'necesito', 'precisamos', 'preciso d(?:o|a|os|as|e)',
    // Portuguese: "(pode) me passar", "poderia enviar", "informe o / a / seu ..."
    '(?:me|nos) (?:passar|enviar|mandar|dizer|informar|fornecer|dar|confirmar)',
    '(?:pode|poderia|podem|poderiam) (?:passar|enviar|mandar|dizer|informar|fornecer|confirmar|compartilhar)',
    'informe (?:o|a|os|as|seu|sua|seus|suas)', 'informe-(?:nos|me)',
    // Hindi in Latin letters
    'bhejo', 'bhejiye', 'bhejein', 'bhej do', 'batao', 'bataiye', 'bata do', 'bataye', 'dijiye', 'share kar(?:o|iye|ein|en|e)',
    // an English give verb with the polite imperative of "karna": "woh yahan share kijiye", "send karein"
    '(?:share|send|forward|bhej|reply|provide|bata) (?:kijiye|kijie|kije|karein|karen|kariye|kar dijiye|kar dena)',
  ].join('|'))})(?![\\p{L}])`,
  'u',
);

/** Negations and prohibitions in the same languages: a sentence holding one is a warning. */
const FOREIGN_NEGATION = new RegExp(
  `(?:^|[^\\p{L}])(?:${fold([
    'never', 'not', "don't", 'no', // English words inside a mixed sentence
    // Swahili: never, no, even; "don't send / share / give / tell / give out"; "we will not ..."
    'kamwe', 'hapana', 'hata', '[um]si(?:tum|shirik|mp|mwambi|ambi|to|tu)\\p{L}*', 'hatu\\p{L}+',
    // Shona: "don't give / send / tell", "never asks", no
    '(?:m|)usa(?:ipe|pe|tumir|udz|taur|ratidz)\\p{L}*', 'ha(?:imbo|azombo|tizombo|timbo|tichazombo)\\p{L}*', 'kwete',
    // Zulu, Ndebele: "don't share / send / give / tell", never
    'unga(?:belani|thumeli|niki|tsheli|ze)\\p{L}*', 'musa', 'ngeke', '\\p{L}{0,4}soze\\p{L}*',
    'kada', 'mase', 'ma se', // Hausa, Yoruba: don't
    'nie', 'nooit', 'moenie', 'geen', 'niet', // Afrikaans, Dutch
    'niemals', 'nicht', 'kein', 'keine', 'keinesfalls', // German
    'non', // Italian
    // French; not the Zulu "ne-" (and) of "kanye ne-CVV"
    'ne(?!-)', "n'\\p{L}+", 'jamais', 'pas', 'aucun',
    'não', 'nunca', 'jamás', // Portuguese, Spanish
    'mat', 'nahi', 'nahin', 'kabhi', // Hindi
  ].join('|'))})(?![\\p{L}])`,
  'u',
);

/** Afrikaans and Dutch statements: "ons sal vir jou 'n PIN stuur" (we will send you a PIN). */
const FOREIGN_STATEMENT = /(?:^|[^\p{L}])(?<!(?:vir|aan|na) )(?:ons|ek|hulle|die bank) (?:sal|gaan|het(?![^.?!]{0,60}[^\p{L}]nodig(?![\p{L}]))|stuur)(?![\p{L}])|(?:^|[^\p{L}])(?:wij|we|ik|de bank) (?:zullen|zal|gaan|sturen|stuur)(?![\p{L}])/u;

/**
 * Verbs of typing a secret into a machine (a cash machine, a card reader, an app) in the same
 * languages: "introduzca su PIN en el cajero", "digite sua senha no aplicativo", "voer uw pincode
 * in", "saisissez votre code", "weka PIN yako". Not a request to send it to us.
 */
const FOREIGN_TYPE_IN = new RegExp(
  `(?:^|[^\\p{L}])(?:${fold([
    'introduzca', 'introduza', 'introduce', 'introducir', 'ingrese', 'ingresa', 'ingresar', 'digite', 'digita', 'digitar', 'digitare',
    'teclee', 'teclea', 'marque', 'saisissez', 'saisis', 'saisir', 'tapez', 'composez', 'eingeben', 'tippen', 'tippe', 'inserisci',
    'inserire', 'invoeren', 'voer', 'intoetsen', 'toets', 'tik', 'sleutel', 'weka', 'ingiza', 'faka', 'thayipha', 'isai',
  ].join('|'))})(?![\\p{L}])`,
  'u',
);

/** Does `sentence` (which names a secret) ask for it in one of the other languages? Accents and tone marks are ignored. */
/**
 * German "geben Sie ... ein" (eingeben, to enter) ends with its separated particle: the secret is
 * typed into a machine, not sent to us.
 */
const GERMAN_ENTER = /(?:^|[^\p{L}])geben sie(?![\p{L}])[^.!?]{0,200}[^\p{L}]ein[ \t]*[.!]?[ \t]*$/u;

/**
 * foreignRequest's answers by sentence text (support macros repeat; it is a function of the text
 * alone, so which entries are kept changes no answer). Oldest entries go first.
 */
const foreignCache = new Map<string, boolean>();

function foreignRequest(sentence: string): boolean {
  const known = foreignCache.get(sentence);
  if (known !== undefined) return known;
  const answer = foreignRequestUncached(sentence);
  if (foreignCache.size >= CACHE_SIZE) foreignCache.delete(foreignCache.keys().next().value!);
  foreignCache.set(detached(sentence), answer);
  return answer;
}

function foreignRequestUncached(sentence: string): boolean {
  const lower = foldedLower(sentence);
  const folded = caseFolded(lower);
  return (
    FOREIGN_GIVE.test(folded) && !FOREIGN_NEGATION.test(folded) && !FOREIGN_STATEMENT.test(folded) && !GERMAN_ENTER.test(folded) &&
    !FOREIGN_TYPE_IN.test(folded) && !SCAM.test(lower)
  );
}

/** The prefilters, the case-sensitive foreign rules and what they stand for, for the tests that check no decision depends on them. */
export const solicitationTestHooks = {
  PLEASE_WORDS: [...PLEASE] as readonly string[],
  PLEASE_ANY,
  FOREIGN_RULES: [FOREIGN_GIVE, FOREIGN_NEGATION, FOREIGN_STATEMENT, GERMAN_ENTER, FOREIGN_TYPE_IN] as readonly RegExp[],
  foldedLower,
  caseFolded,
  foreignRequest: foreignRequestUncached,
};

// ---------------------------------------------------------------------------------------------

const LABELS: Readonly<Record<Subtype, string>> = {
  pin: 'PIN', password: 'password', otp: 'one-time code', cvv: 'card security code', card_number: 'card number',
  security_answer: 'security answer', api_key: 'API key', recovery_key: 'recovery phrase or key',
};

/** The finding's preview per subtype, made once: a template per finding is a string of its own. */
const REQUEST_MASKS = Object.fromEntries(Object.entries(LABELS).map(([k, v]) => [k, `request for ${v}`])) as Readonly<Record<Subtype, string>>;

export const solicitation: Detector = {
  id: 'solicitation',
  types: ['SOLICITATION'],
  description: 'Requests for a secret (PIN, password, one-time code, CVV, card number, security answer, API key, recovery phrase): keyword prefilter, clause rules, compromise for borderline sentences',
  wordLists: ALL_LISTS,
  find(doc: ScanDoc, out: Candidate[]) {
    const text = doc.text;
    const hits = doc.hits.hits;
    const budget = { nlp: NLP_BUDGET };
    const lines = new LineTracker(text);
    // secretAt per hit index, computed once: a hit is read again for each sentence it falls in.
    const secretOf: (SecretSpan | null | undefined)[] = [];
    const secretAtHit = (k: number): SecretSpan | undefined => {
      let s = secretOf[k];
      if (s === undefined) s = secretOf[k] = secretAt(text, hits[k]!) ?? null;
      return s ?? undefined;
    };
    let resumeAt = 0;
    for (let h = 0; h < hits.length; h++) {
      const hit = hits[h]!;
      if (hit.start < resumeAt || !secretAtHit(h)) continue;
      const sent = sentenceAround(text, hit.start, hit.end);
      resumeAt = sent.next;
      if (sent.tooLong || lines.quoted(hit.start)) continue;
      const secrets: SecretSpan[] = [];
      let cardWord = false;
      let securityCode = false;
      let k = h;
      while (k > 0 && hits[k - 1]!.start >= sent.start) k--;
      for (; k < hits.length && hits[k]!.start < sent.end; k++) {
        const x = hits[k]!;
        const secret = secretAtHit(k);
        if (secret && secret.end <= sent.end && secret.start >= sent.start) {
          const last = secrets[secrets.length - 1];
          if (last && last.end > secret.start - sent.start) continue; // "card number" already covered
          secrets.push({ start: secret.start - sent.start, end: secret.end - sent.start, subtype: secret.subtype });
          if (secret.subtype === 'otp' && /^security/i.test(text.slice(x.start, x.end))) securityCode = true;
        }
        if (x.lists.includes(CARD_WORDS.id)) cardWord = true;
      }
      const sentence = enumeratorsAsBullets(text.slice(sent.start, sent.end));
      let subtype = GIVE_ANY.test(sentence) ? classifySentence(sentence, secrets, budget) : undefined;
      if (!subtype && (foreignRequest(sentence) || bareRequest(sentence, secrets))) subtype = secrets[0]!.subtype;
      let span = { start: sent.start, end: sent.end };
      if (!subtype) {
        // "We have sent a code to your phone. Please send it to us.": the request is the next sentence.
        const last = secrets[secrets.length - 1]!;
        const nextWord = /^[\s-]{0,3}([\p{L}]+)/u.exec(sentence.slice(last.end, last.end + 24))?.[1]?.toLowerCase();
        if (nextWord && MODIFIED.has(nextWord)) continue; // "your PIN mailer ... send it": not the PIN
        const follow = followUpRequest(text, sent.end);
        if (!follow || SCAM.test(sentence.toLowerCase())) continue;
        subtype = last.subtype;
        span = follow;
        resumeAt = Math.max(resumeAt, follow.end);
      }
      // A "security code" asked for in a card sentence is the card's CVV.
      if (subtype === 'otp' && securityCode && cardWord) subtype = 'cvv';
      out.push({
        type: 'SOLICITATION',
        subtype,
        start: span.start,
        end: span.end,
        score: 0.9,
        masked: REQUEST_MASKS[subtype],
        detector: 'solicitation',
      });
    }
  },
};
