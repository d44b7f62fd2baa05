/**
 * Values given as ANSWERS in dialogues: call transcripts ("00:01:31 CALLER: 09 30", "Speaker 2
 * (Customer): Yeah, it's 6 2 4 4 1 0"), chat and WhatsApp exports ("28/10/2026, 09:48 - Fadzai:
 * it says 04303"). Nothing labels such a value where it stands: the previous turn, by another
 * speaker, says what it is ("and the expiry", "the three numbers on the back", "you should now have
 * a text message with a code"). This detector finds the turns, reads what the asking turn asks
 * for (the last thing it names: "the order number" or "what time" asks for nothing sensitive) and
 * reports the answer turn's value as that type when it has the type's shape: a card number Luhn
 * and issuer range, an expiry a real MM YY, a security code 3-4 digits, a one-time code or PIN
 * 4-8 digits, a phone number libphonenumber validity, an ID or account number 6-18 digits.
 *
 * It also reads numbers spoken in words ("zero seven one double two four six five nine six", "oh
 * seven six ..."), in answers and after a phone word anywhere: a valid phone number so read out is
 * a PHONE_NUMBER.
 *
 * A card number, an expiry or a national ID read out in words ("five oh six one, one one three two,
 * ...", "double one, two seven", "two two nine, six six three, ...") is reported when the asking
 * turn names it, or a label in the same turn stands right before it ("my BVN is two two nine, ..."),
 * and the digits pass the checks a typed value gets: Luhn and issuer range for a card; for an
 * expiry the groups the speaker paused between (commas) read as MM YY, month 01-12, a plausible
 * year; for an ID named by its scheme's own keywords (SIN, Social Security number, BVN, Aadhaar,
 * ...) that scheme's length and check, reported with its subtype.
 */
import { brandOf } from './card.js';
import { luhnValid } from './checksums.js';
import type { Hit, WordList } from './context.js';
import type { Detector, ScanDoc } from './detector.js';
import { hideAll, keepLast, maskDigitsGrouped } from './mask.js';
import { AADHAAR_WORDS, aadhaarValid } from './national-id/in-aadhaar.js';
import { TFN_WORDS, tfnValid } from './national-id/au-tfn.js';
import { CPF_WORDS, cpfValid } from './national-id/br-cpf.js';
import { SIN_WORDS, sinSpecimen, sinValid } from './national-id/ca-sin.js';
import { EG_ID_WORDS, egIdValid } from './national-id/eg-national-id.js';
import { BVN_WORDS } from './national-id/ng-bvn.js';
import { NIN_WORDS } from './national-id/ng-nin.js';
import { BSN_WORDS, bsnValid } from './national-id/nl-bsn.js';
import { CNIC_WORDS, cnicValid } from './national-id/pk-cnic.js';
import { SA_ID_WORDS, saIdValid } from './national-id/sa-national-id.js';
import { NHS_WORDS, nhsCheckValid } from './national-id/uk-nhs.js';
import { ITIN_WORDS, itinValid } from './national-id/us-itin.js';
import { SSN_WORDS, ssnValid } from './national-id/us-ssn.js';
import { ZA_WORDS, zaIdValid } from './national-id/za.js';
import { parsePhoneDigits, PHONE_WORDS } from './phone.js';
import { REFERENCE_WORDS } from './shared-words.js';
import type { Candidate, FindingType } from './types.js';

/** What a turn can ask for. */
type Ask = 'card' | 'expiry' | 'cvv' | 'otp' | 'pin' | 'id' | 'phone' | 'account';

// --- turns -------------------------------------------------------------------------------------

const TIME = String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp]\.?[Mm]\.?)?`;
const DATE = String.raw`\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}`;
/** "00:01:31", "[10:32]", "28/10/2026, 09:48 -", "[3/11/26, 11:42:05 PM]". */
const STAMP = String.raw`[\[(]?(?:${DATE},?[ \t]+)?${TIME}[\])]?[ \t]*(?:[-–][ \t]*)?`;
const NAME_WORD = String.raw`(?:\p{Lu}[\p{L}'.-]{0,20}|\d{1,2})`;
const ROLE = String.raw`(?:agent|customer|caller|client|user|me|support|bot|system|ivr|operator|rep|advisor|adviser|consultant)`;
/** A name, perhaps with a role or the time in brackets: "Speaker 2 (Customer)", "Nomsa (09:04)". */
const NAME = String.raw`(?:\p{Lu}[\p{L}'.-]{0,20}(?:[ \t]${NAME_WORD}){0,3}|${ROLE})(?:[ \t]?\((?:[^()\n:]{1,30}|${TIME})\))?`;
/**
 * A speaker tag: at a line's start (perhaps after a timestamp), or after a timestamp anywhere (a
 * transcript flattened onto one line). Names are capitalised words or a role; field labels
 * ("Subject:", "Card Number:") are weeded out by NOT_SPEAKER.
 */
const TAG = new RegExp(
  String.raw`(?:^[ \t]*(?:${STAMP})?|(?<=[ \t])${STAMP})(${NAME})[ \t]*:(?=[ \t]|$)` +
    // A chat export's header line, what is said on the lines below: "Visitor - 4:13 PM".
    String.raw`|^[ \t]*(${NAME})[ \t]+[-–][ \t]+${TIME}[ \t]*\r?$\n?`,
  'gmu',
);

/** Words that make a "Word:" a field label, not a speaker. */
const NOT_SPEAKER = new Set(
  ('subject from to cc bcc sent date time tel phone mobile cell fax email e-mail mail re fw fwd note notes nb ps ref ' +
    'reference order invoice card account name address iban swift bic amount total balance status id pin password code ' +
    'otp cvv expiry exp number no step option tip warning important attention attn www http https web website dear hi ' +
    'hello regards thanks kind best tracking ticket case policy claim item qty price cost branch bank sort routing ' +
    'passport dob birth gender postcode zip city country region result error details summary question answer q a ' +
    'tag tags priority type category channel source agent\'s customer\'s example sample reply response update action ' +
    'steps issue problem resolution cause comment comments internal public private log level event ' +
    // opening hours ("Monday - 8:00") are no chat header lines
    'monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat sun weekdays weekends open closed').split(' '),
);

interface Turn {
  /** The speaker, lower-cased, roles in brackets dropped ("speaker 2", "ropafadzo"). */
  speaker: string;
  /** Start of the tag. */
  start: number;
  /** Start of what is said. */
  body: number;
  /** Start of the next tag or the end of the text. */
  end: number;
}

function findTurns(text: string): Turn[] {
  const turns: Turn[] = [];
  TAG.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TAG.exec(text))) {
    const name = m[1] ?? m[2]!;
    const speaker = name.replace(/\s*\([^)]*\)\s*$/, '').toLowerCase();
    if (speaker.split(/[ \t]+/).some((w) => NOT_SPEAKER.has(w))) continue;
    const prev = turns[turns.length - 1];
    if (prev) prev.end = m.index;
    turns.push({ speaker, start: m.index, body: m.index + m[0].length, end: text.length });
    if (turns.length > 2000) break;
  }
  if (new Set(turns.map((t) => t.speaker)).size < 2) return [];
  return turns;
}

// --- what a turn asks for ----------------------------------------------------------------------

/**
 * Each phrase naming what is asked for, and what it is. The LAST phrase of the asking turn wins
 * ("I have your order number, now the card number" asks for the card; "the code on the card or
 * the order number?" for nothing). Longer phrases ending at the same place win ("post code" over
 * "code").
 */
const ASKS: readonly [RegExp, Ask | null][] = [
  [/\b(?:cvv2?|cvc2?|cvn|csc|card security code|security (?:code|number)|(?:three|3|four|4)[ -]?(?:digit(?:s)?|number(?:s)?)(?: code)?(?: on the back)?|(?:numbers?|digits?|code) on the back(?: of (?:the|your) card)?)\b/gi, 'cvv'],
  [/\b(?:expiry(?: date)?|expiration(?: date)?|expires?|exp date|valid (?:thru|through|until|till)|end date)\b/gi, 'expiry'],
  [/\b(?:(?:credit |debit |bank |payment )?card(?: number| no| details)?|long number(?: on the (?:front|card))?|number on the front|(?:16|sixteen)[ -]digits?)\b/gi, 'card'],
  [/\b(?:otp|one[ -]time (?:pin|code|password|passcode)|(?:verification|confirmation|security|sms|text|access|login|log-in|auth|authentication|authorisation|authorization|activation|(?:4|5|6|8|four|five|six|eight)[ -]digit) code|code|token|passcode)\b/gi, 'otp'],
  [/\b(?:pin(?: number| code)?|m-?pin)\b/gi, 'pin'],
  [/\b(?:id(?: number| no)?|identity (?:number|no)|identification number|national id(?: number)?|id card number|omang(?: number)?)\b/gi, 'id'],
  [/\b(?:(?:phone|mobile|cell(?:phone)?|telephone|contact|whatsapp|landline) (?:number|no)|number (?:\w+ ){0,4}(?:call|reach|ring|text|sms|whatsapp)(?: you)?|(?:call|reach|ring|text) you (?:back )?(?:on|at)|(?<!\b(?:to|on|via) (?:your|the|ur) )(?:phone|mobile|cellphone))\b/gi, 'phone'],
  [/\b(?:(?:bank )?account (?:number|no)|acc(?:t)? no|a\/c(?: no)?|nuban(?: number)?)\b/gi, 'account'],
  // Not sensitive: what these ask for is a reference, a place, a time, a quantity or a sum.
  [
    /\b(?:(?:order|reference|ref|tracking|ticket|case|invoice|receipt|booking|confirmation|policy|claim|member(?:ship)?|customer|client|user|meter|serial|model|transaction|session|job|loyalty|gift|sim|membership|reward|rewards|store|library|promo|voucher|discount|coupon|product|branch|sort|swift|country|area|dialling|dialing|error|post|postal|zip) (?:number|no|id|code|card|card number)|(?:job|sim|gift|loyalty|membership|rewards?|store|library|business|id) card|postcode|post code|postal code|zip(?: code)?|area code|sort code|swift code|promo code|voucher code|discount code|coupon|how many|how much|what time|which time|when(?![ \t]+(?:you(?:['’]re|[ \t]+are)[ \t]+)?ready)|amount|price|cost|quantity|date of birth|dob|year|age|address|street|house number|flat|unit|room|extension|ext|items?|order|reference|ticket|tracking|invoice)\b/gi,
    null,
  ],
];

/** A long asking turn is read over its last MAX_ASK_WINDOW characters, where its question is. */
const MAX_ASK_WINDOW = 400;

/**
 * A national ID scheme a turn can ask for by name: its own keywords (the typed detector's list),
 * the digits it has, its check (the typed detector's), its subtype and how much of it the preview
 * keeps. `checked`: a check digit (or a checksum-like structure) proves more than a length.
 */
interface IdScheme {
  subtype: string;
  words: WordList;
  lengths: readonly number[];
  valid: (digits: string) => boolean;
  checked: boolean;
  keep: number;
}

const notOneDigit = (d: string): boolean => !/^(\d)\1+$/.test(d);

const ID_SCHEMES: readonly IdScheme[] = [
  { subtype: 'ca_sin', words: SIN_WORDS, lengths: [9], valid: (d) => sinValid(d) || sinSpecimen(d), checked: true, keep: 3 },
  { subtype: 'us_ssn', words: SSN_WORDS, lengths: [9], valid: ssnValid, checked: false, keep: 4 },
  { subtype: 'us_itin', words: ITIN_WORDS, lengths: [9], valid: itinValid, checked: false, keep: 4 },
  { subtype: 'ng_bvn', words: BVN_WORDS, lengths: [11], valid: notOneDigit, checked: false, keep: 3 },
  { subtype: 'ng_nin', words: NIN_WORDS, lengths: [11], valid: notOneDigit, checked: false, keep: 3 },
  { subtype: 'in_aadhaar', words: AADHAAR_WORDS, lengths: [12], valid: aadhaarValid, checked: true, keep: 4 },
  { subtype: 'uk_nhs', words: NHS_WORDS, lengths: [10], valid: nhsCheckValid, checked: true, keep: 2 },
  { subtype: 'br_cpf', words: CPF_WORDS, lengths: [11], valid: cpfValid, checked: true, keep: 2 },
  { subtype: 'nl_bsn', words: BSN_WORDS, lengths: [9], valid: bsnValid, checked: true, keep: 2 },
  { subtype: 'au_tfn', words: TFN_WORDS, lengths: [8, 9], valid: tfnValid, checked: true, keep: 2 },
  { subtype: 'pk_cnic', words: CNIC_WORDS, lengths: [13], valid: cnicValid, checked: false, keep: 2 },
  { subtype: 'za_id', words: ZA_WORDS, lengths: [13], valid: zaIdValid, checked: true, keep: 3 },
  { subtype: 'sa_national_id', words: SA_ID_WORDS, lengths: [10], valid: saIdValid, checked: true, keep: 2 },
  { subtype: 'eg_national_id', words: EG_ID_WORDS, lengths: [14], valid: egIdValid, checked: true, keep: 2 },
];
const SCHEME_LISTS: readonly WordList[] = ID_SCHEMES.map((s) => s.words);

/** What a stretch of a turn asks for last: the kind, for an ID named by its scheme the schemes, and where the phrase ends. */
interface Asked {
  ask: Ask;
  schemes?: readonly IdScheme[];
  end: number;
}

/** "SIN", "BVN", "your ssn": a keyword of three letters or fewer counts in capitals or after a determiner ("sin" is Spanish for "without"). */
const DETERMINER_BEFORE = /\b(?:your|my|the|his|her|their|ur|a|an)[ \t]+$/i;

function schemeNamed(text: string, hit: Hit): boolean {
  const word = text.slice(hit.start, hit.end);
  if (word.replace(/[^\p{L}]/gu, '').length > 3 || word === word.toUpperCase()) return true;
  return DETERMINER_BEFORE.test(text.slice(Math.max(0, hit.start - 8), hit.start));
}

/**
 * What the text in [from, to) asks for: the phrase ending last wins, the longer of two ending
 * together ("social security number" over "security number"); a national ID scheme's keyword is
 * one more phrase, asking for that scheme's ID.
 */
function askIn(doc: ScanDoc, from: number, to: number): Asked | undefined {
  const text = doc.text;
  const said = text.slice(from, to);
  let best: { end: number; length: number; ask: Ask | null; schemes?: readonly IdScheme[] } | undefined;
  for (const [re, ask] of ASKS) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(said))) {
      const end = from + m.index + m[0].length;
      if (!best || end > best.end || (end === best.end && m[0].length > best.length)) best = { end, length: m[0].length, ask };
    }
  }
  const hit = doc.hits.nearestBefore(to, SCHEME_LISTS, to - from);
  if (hit && hit.start >= from && (!best || hit.end > best.end || (hit.end === best.end && hit.end - hit.start > best.length)) && schemeNamed(text, hit)) {
    best = { end: hit.end, length: hit.end - hit.start, ask: 'id', schemes: ID_SCHEMES.filter((s) => hit.lists.includes(s.words.id)) };
  }
  if (!best?.ask) return undefined;
  return best.schemes ? { ask: best.ask, schemes: best.schemes, end: best.end } : { ask: best.ask, end: best.end };
}

function askOf(doc: ScanDoc, turn: Turn): Asked | undefined {
  return askIn(doc, Math.max(turn.body, turn.end - MAX_ASK_WINDOW), turn.end);
}

// --- numbers spoken in words -------------------------------------------------------------------

const DIGIT_WORDS: ReadonlyMap<string, string> = new Map([
  ['zero', '0'], ['oh', '0'], ['o', '0'], ['nought', '0'], ['nil', '0'], ['one', '1'], ['two', '2'], ['three', '3'],
  ['four', '4'], ['five', '5'], ['six', '6'], ['seven', '7'], ['eight', '8'], ['nine', '9'],
]);
const REPEAT_WORDS: ReadonlyMap<string, number> = new Map([['double', 2], ['triple', 3]]);

export interface SpokenNumber {
  start: number;
  end: number;
  digits: string;
  /** It began with "plus": an international number. */
  plus: boolean;
  /** Digits in each group the speaker paused between (commas): "one zero, three zero" is [2, 2]. */
  groups: number[];
}

const SPOKEN_TOKEN = /[A-Za-z]+|\d+/y;
const SPOKEN_GAP = /[ \t,-]{1,3}/y;

/**
 * The number read out word by word from `at` (digit words, "double"/"triple" before a digit word,
 * typed digit groups among them: "oh seven one double two 4 6 5"), up to `limit`; undefined when
 * fewer than `minDigits` digits are read.
 */
export function readSpoken(text: string, at: number, limit: number, minDigits: number): SpokenNumber | undefined {
  let i = at;
  let digits = '';
  let end = at;
  let plus = false;
  let repeat = 0;
  let words = 0;
  const groups: number[] = [];
  let inGroup = 0;
  for (;;) {
    SPOKEN_TOKEN.lastIndex = i;
    const m = SPOKEN_TOKEN.exec(text);
    if (!m || m.index + m[0].length > limit) break;
    const token = m[0];
    const lower = token.toLowerCase();
    if (/^\d+$/.test(token)) {
      if (repeat) break;
      digits += token;
      inGroup += token.length;
    } else if (lower === 'plus' && !digits && !plus) {
      plus = true;
    } else if (REPEAT_WORDS.has(lower) && !repeat) {
      repeat = REPEAT_WORDS.get(lower)!;
    } else {
      const d = DIGIT_WORDS.get(lower);
      // "o" / "oh" are zeros only inside a number or before another digit word.
      if (d === undefined) break;
      digits += repeat ? d.repeat(repeat) : d;
      inGroup += repeat || 1;
      repeat = 0;
    }
    words++;
    if (/^\d/.test(token) || DIGIT_WORDS.has(lower)) end = m.index + token.length;
    i = m.index + token.length;
    SPOKEN_GAP.lastIndex = i;
    if (!SPOKEN_GAP.test(text)) break;
    if (inGroup && text.slice(i, SPOKEN_GAP.lastIndex).includes(',')) {
      groups.push(inGroup);
      inGroup = 0;
    }
    i = SPOKEN_GAP.lastIndex;
    if (words > 40) break;
  }
  if (inGroup) groups.push(inGroup);
  if (digits.length < minDigits) return undefined;
  // A number read out in words has a digit word in it, not only typed digits.
  if (!/[A-Za-z]/.test(text.slice(at, end))) return undefined;
  return { start: at, end, digits, plus, groups };
}

/** Where a spoken number may start: a digit word, "plus", "double"/"triple". */
const SPOKEN_START = /\b(?:plus|zero|oh|nought|double|triple|one|two|three|four|five|six|seven|eight|nine)\b/gi;
/** Quick test: two digit words in a row somewhere ("zero seven", "oh seven", "double two"). */
const SPOKEN_PAIR = /\b(?:zero|oh|nought|double|triple|one|two|three|four|five|six|seven|eight|nine)[ \t,-]{1,3}(?:zero|oh|o|nought|double|triple|one|two|three|four|five|six|seven|eight|nine)\b/i;

/** A typed group right before a spoken number's first word ("082 double five"), with its "+". */
const TYPED_START = /(?:^|[^\p{L}\p{N}+])(\+ ?)?\d{1,4}[ \t-]{1,2}$/u;

/** How far before a spoken number a phone word may be ("Which number should the technician call? Customer: It's zero seven ..."). */
const SPOKEN_PHONE_CONTEXT = 80;

function findSpokenPhones(doc: ScanDoc, out: Candidate[]): void {
  const text = doc.text;
  if (!SPOKEN_PAIR.test(text)) return;
  SPOKEN_START.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SPOKEN_START.exec(text))) {
    const lineEnd = text.indexOf('\n', m.index);
    // "082 double five ...", "+27 eight two ...": a typed group may begin the number.
    const typed = TYPED_START.exec(text.slice(Math.max(0, m.index - 8), m.index));
    const start = typed ? m.index - typed[0].length + typed[0].search(/[+\d]/) : m.index;
    const plusTyped = typed?.[1] !== undefined;
    const read = readSpoken(text, plusTyped ? start + typed![1]!.length : start, lineEnd < 0 ? text.length : lineEnd, 9);
    if (!read) continue;
    const spoken = { ...read, start, plus: read.plus || plusTyped };
    SPOKEN_START.lastIndex = spoken.end;
    const hit = doc.hits.nearestBefore(spoken.start, [PHONE_WORDS, REFERENCE_WORDS], SPOKEN_PHONE_CONTEXT);
    if (!hit || !hit.lists.includes(PHONE_WORDS.id) || hit.lists.includes(REFERENCE_WORDS.id) || /\d/.test(text.slice(hit.end, spoken.start))) continue;
    const parsed = parsePhoneDigits(doc, spoken.digits, spoken.plus);
    if (!parsed) continue;
    out.push(phoneCandidate(text, spoken.start, spoken.end, parsed.country, 0.8));
  }
}

function phoneCandidate(text: string, start: number, end: number, country: string | undefined, score: number): Candidate {
  return { type: 'PHONE_NUMBER', subtype: country?.toLowerCase() ?? 'intl', start, end, score, masked: keepLast(text.slice(start, end), 2), detector: 'dialogue' };
}

// --- answers -----------------------------------------------------------------------------------

/** Typed digit groups of one value: "41 05 494 09 944 3765", "5564, 05, 57, 4400, 9649", "09/30". */
const TYPED_VALUE = /\d+(?:(?: {1,2}|, ?| ?[-./] ?)\d+){0,11}/y;
/** What may come before the value in its turn: a few words and no digits ("it's uh", "Yeah, it's", "it says"). */
const MAX_PREFIX = 48;
const PREFIX_WORDS = /^[\p{L}'’.,!…\- \t]*$/u;
/** Before the value, words that make it something else. */
const PREFIX_NOT = /\b(?:order|ref|reference|ticket|case|invoice|tracking|item|items|ending|ends|last|about|around|approx|approximately|at|by|before|after|from|until|till|since|on the)\b|[$£€₦₹¥]|\b(?:r|usd|zar|kes|ksh|ngn|ghs|naira|rand|cedis?)\s*$/iu;
/** After the value, a unit or a time: a quantity, an amount, an hour. */
const SUFFIX_NOT = /^(?:\s?(?:%|[$£€₦]|(?:items?|pieces?|pcs|units?|boxes|packs?|rand|dollars?|naira|bob|shillings?|cedis?|usd|zar|kes|ngn|am|pm|a\.m|p\.m|o'?clock|h|hrs?|hours?|min(?:ute)?s?|sec(?:ond)?s?|days?|weeks?|months?|years?|kg|km|g|ml|l|times|people|persons|kids|children)\b)|[:.,]\d|\s?[/-]\s?\d)/iu;

interface Value {
  start: number;
  end: number;
  digits: string;
  /** Digit groups as typed: [start, end, ...]. */
  groups: number[];
  spoken: boolean;
  /** A spoken value's digits per group the speaker paused between; empty for a typed one. */
  spokenGroups: readonly number[];
}

/** The few words before a value in its turn ("it's uh", "my BVN is"): no digits, six words at most, none that make it something else. */
function prefixAllows(prefix: string): boolean {
  return PREFIX_WORDS.test(prefix) && prefix.split(/\s+/).filter(Boolean).length <= 6 && !PREFIX_NOT.test(prefix);
}

function spokenValue(spoken: SpokenNumber): Value {
  return { start: spoken.start, end: spoken.end, digits: spoken.digits, groups: [], spoken: true, spokenGroups: spoken.groups };
}

function answerValue(text: string, turn: Turn): Value | undefined {
  let lineEnd = text.indexOf('\n', turn.body);
  if (lineEnd < 0 || lineEnd > turn.end) lineEnd = turn.end;
  let i = turn.body;
  while (i < lineEnd && (text[i] === ' ' || text[i] === '\t')) i++;
  // The first digit or digit word of the turn's first line.
  let at = -1;
  let spoken: SpokenNumber | undefined;
  for (let k = i; k < Math.min(lineEnd, i + MAX_PREFIX + 1); k++) {
    const c = text.charCodeAt(k);
    if (c >= 48 && c <= 57) {
      at = k;
      // "071 double two four ...": typed digits that go on in words.
      spoken = readSpoken(text, k, lineEnd, 3);
      break;
    }
    if (/[A-Za-z]/.test(text[k]!) && (k === 0 || !/[A-Za-z]/.test(text[k - 1]!))) {
      const s = readSpoken(text, k, lineEnd, 3);
      if (s) {
        at = k;
        spoken = s;
        break;
      }
    }
  }
  if (at < 0) return undefined;
  if (!prefixAllows(text.slice(i, at))) return undefined;
  if (spoken) {
    if (SUFFIX_NOT.test(text.slice(spoken.end, spoken.end + 12))) return undefined;
    return spokenValue(spoken);
  }
  // Within the turn's first line: a flattened transcript's next timestamp is no part of the value.
  const line = text.slice(at, lineEnd);
  TYPED_VALUE.lastIndex = 0;
  if (!TYPED_VALUE.test(line)) return undefined;
  const end = at + TYPED_VALUE.lastIndex;
  if (/[\p{L}_]/u.test(text[end] ?? '') || SUFFIX_NOT.test(text.slice(end, Math.min(lineEnd, end + 12)))) return undefined;
  const groups: number[] = [];
  const digitsParts: string[] = [];
  const re = /\d+/g;
  re.lastIndex = at;
  let g: RegExpExecArray | null;
  while ((g = re.exec(text)) && g.index < end) {
    groups.push(g.index, g.index + g[0].length);
    digitsParts.push(g[0]);
  }
  return { start: at, end, digits: digitsParts.join(''), groups, spoken: false, spokenGroups: [] };
}

/** Separators between typed groups. */
function separators(text: string, v: Value): string[] {
  const out: string[] = [];
  for (let k = 1; k + 1 < v.groups.length; k += 2) out.push(text.slice(v.groups[k]!, v.groups[k + 1]!));
  return out;
}

/** "6 2 4 4 1 0", "076 932", "04303": digits with spaces or dashes between, no thousands or decimals. */
function plainCode(text: string, v: Value): boolean {
  return v.spoken || separators(text, v).every((s) => /^(?: {1,2}|-| - |, )$/.test(s));
}

/**
 * MM YY, MMYY or MM YYYY: typed in one or two groups ("0930", "09/30", "9 2030"), or read out in
 * words in the same groups, the pause between them a comma ("oh nine, three oh", "double one, two
 * seven", "one zero three zero").
 */
function validExpiry(text: string, v: Value): boolean {
  const d = v.digits;
  // Digits per group: as typed, or as spoken (a typed value's separators must be a date's).
  let sizes: readonly number[];
  if (v.spoken) sizes = v.spokenGroups;
  else if (v.groups.length === 2) sizes = [d.length];
  else if (v.groups.length === 4 && separators(text, v).every((s) => /^(?: ?[/.-] ?| {1,2})$/.test(s))) sizes = [v.groups[1]! - v.groups[0]!, v.groups[3]! - v.groups[2]!];
  else return false;
  let month: number;
  let year: number;
  if (sizes.length === 1 && d.length === 4) {
    month = Number(d.slice(0, 2));
    year = Number(d.slice(2));
  } else if (sizes.length === 2) {
    const a = sizes[0]!;
    const b = sizes[1]!;
    if (a > 2 || (b !== 2 && b !== 4)) return false;
    month = Number(d.slice(0, a));
    const y = d.slice(a);
    if (b === 4 && !y.startsWith('20')) return false;
    year = Number(y.slice(-2));
  } else return false;
  return month >= 1 && month <= 12 && year >= 15 && year <= 49;
}

const TYPE_OF: Record<Ask, FindingType> = {
  card: 'CARD_NUMBER', expiry: 'CARD_EXPIRY', cvv: 'CARD_CVV', otp: 'CREDENTIAL', pin: 'CREDENTIAL',
  id: 'NATIONAL_ID', phone: 'PHONE_NUMBER', account: 'BANK_ACCOUNT',
};

/** A preview keeping the last `keep` digits: of the digits themselves when the value is in words. */
function keepLastOf(text: string, v: Value, keep: number): string {
  return keepLast(v.spoken ? v.digits : text.slice(v.start, v.end), keep);
}

/** An ID asked for by its scheme: the first of the named schemes whose length and check the digits pass. */
function schemeCandidate(text: string, schemes: readonly IdScheme[], v: Value): Candidate | undefined {
  const d = v.digits;
  if (!plainCode(text, v)) return undefined;
  const scheme = schemes.find((s) => s.lengths.includes(d.length) && s.valid(d));
  if (!scheme) return undefined;
  return { type: 'NATIONAL_ID', subtype: scheme.subtype, start: v.start, end: v.end, score: scheme.checked ? 0.9 : 0.85, masked: keepLastOf(text, v, scheme.keep), detector: 'dialogue' };
}

function answerCandidate(doc: ScanDoc, asked: Asked, v: Value): Candidate | undefined {
  const text = doc.text;
  const d = v.digits;
  const ask = asked.ask;
  if (asked.schemes) return schemeCandidate(text, asked.schemes, v);
  const base = { type: TYPE_OF[ask], start: v.start, end: v.end, detector: 'dialogue' };
  switch (ask) {
    case 'card': {
      const brand = d.length >= 13 && d.length <= 19 && luhnValid(d) ? brandOf(d) : undefined;
      return brand ? { ...base, subtype: brand.name, score: 0.95, masked: maskDigitsGrouped(d, brand.gaps) } : undefined;
    }
    case 'expiry':
      if (!validExpiry(text, v)) return undefined;
      return { ...base, subtype: 'expiry', score: 0.85, masked: v.spoken ? v.spokenGroups.map((n) => '•'.repeat(n)).join('/') : text.slice(v.start, v.end).replace(/\d/g, '•') };
    case 'cvv':
      return d.length >= 3 && d.length <= 4 && plainCode(text, v) ? { ...base, subtype: 'cvv', score: 0.9, masked: hideAll() } : undefined;
    case 'otp':
    case 'pin':
      return d.length >= 4 && d.length <= 8 && plainCode(text, v) ? { ...base, subtype: ask, score: 0.85, masked: hideAll() } : undefined;
    case 'id':
      return d.length >= 6 && d.length <= 18 && plainCode(text, v) ? { ...base, subtype: 'national_id', score: 0.75, masked: keepLast(text.slice(v.start, v.end), 2) } : undefined;
    case 'account':
      return d.length >= 8 && d.length <= 18 && plainCode(text, v) ? { ...base, subtype: 'account_number', score: 0.75, masked: keepLast(text.slice(v.start, v.end), 3) } : undefined;
    case 'phone': {
      if (!plainCode(text, v) && !separators(text, v).every((s) => /^(?: ?[-.] ?| {1,2}|, )$/.test(s))) return undefined;
      const parsed = parsePhoneDigits(doc, d, v.spoken && /^\s*plus\b/i.test(text.slice(v.start, v.end)));
      return parsed ? phoneCandidate(text, v.start, v.end, parsed.country, 0.85) : undefined;
    }
  }
}

/** How many turns after the asking one the answer may come (the asker may add a turn: "take your time"). */
const ANSWER_REACH = 2;

function findAnswers(doc: ScanDoc, out: Candidate[]): void {
  const text = doc.text;
  if (!text.includes(':')) return;
  const turns = findTurns(text);
  if (!turns.length) return;
  const found = new Set<number>();
  // What each turn asks, read once: a turn is looked at as an asker and as the asker going on.
  const asks = turns.map((turn) => askOf(doc, turn));
  for (let t = 0; t + 1 < turns.length; t++) {
    const asking = turns[t]!;
    const ask = asks[t];
    if (!ask) continue;
    for (let k = t + 1; k < turns.length && k <= t + ANSWER_REACH; k++) {
      const turn = turns[k]!;
      if (turn.speaker === asking.speaker) {
        // The asker goes on: a later ask of theirs is read on its own turn.
        if (asks[k]) break;
        continue;
      }
      const v = answerValue(text, turn);
      const c = v && answerCandidate(doc, ask, v);
      if (c) {
        out.push(c);
        found.add(c.start);
      }
      break;
    }
  }
  findLabelledSpoken(doc, turns, found, out);
}

/** What a label in the turn may name when a number read out in words follows it. */
const LABELLED_ASKS: ReadonlySet<Ask> = new Set<Ask>(['card', 'expiry', 'id']);
/** How far before a spoken number its label may start: a phrase and the few words after it. */
const LABEL_REACH = MAX_PREFIX + 40;
const LABELLED_START = new RegExp(SPOKEN_START.source, 'gi');

/**
 * "CALLER: yes my BVN is two two nine, six six three, ...", "AGENT: and the card number, five oh
 * six one, ...": a number read out in words right after a label in its own turn (a few words
 * between, as before an answer), reported as what the label names when it passes that type's
 * checks. Each digit word is looked at once and each number read once: linear.
 */
function findLabelledSpoken(doc: ScanDoc, turns: readonly Turn[], found: ReadonlySet<number>, out: Candidate[]): void {
  const text = doc.text;
  if (!SPOKEN_PAIR.test(text)) return;
  let t = 0;
  let lineEnd = -1;
  LABELLED_START.lastIndex = turns[0]!.body;
  let m: RegExpExecArray | null;
  while ((m = LABELLED_START.exec(text))) {
    while (t < turns.length && turns[t]!.end <= m.index) t++;
    const turn = turns[t];
    if (!turn) break;
    if (m.index < turn.body) {
      LABELLED_START.lastIndex = turn.body;
      continue;
    }
    if (m.index >= lineEnd) {
      lineEnd = text.indexOf('\n', m.index);
      if (lineEnd < 0) lineEnd = text.length;
    }
    const read = readSpoken(text, m.index, Math.min(lineEnd, turn.end), 3);
    if (!read) continue;
    LABELLED_START.lastIndex = read.end;
    if (found.has(read.start) || SUFFIX_NOT.test(text.slice(read.end, read.end + 12))) continue;
    // The label's stretch: this turn, this line, LABEL_REACH characters.
    let from = Math.max(turn.body, read.start - LABEL_REACH);
    from += text.slice(from, read.start).lastIndexOf('\n') + 1;
    const asked = askIn(doc, from, read.start);
    if (!asked || !LABELLED_ASKS.has(asked.ask) || !prefixAllows(text.slice(asked.end, read.start))) continue;
    const c = answerCandidate(doc, asked, spokenValue(read));
    if (c) out.push(c);
  }
}

export const dialogue: Detector = {
  id: 'dialogue',
  types: ['CARD_NUMBER', 'CARD_EXPIRY', 'CARD_CVV', 'CREDENTIAL', 'NATIONAL_ID', 'PHONE_NUMBER', 'BANK_ACCOUNT'],
  description:
    "Values given as answers in call transcripts and chat exports: the previous turn names what is asked (card number, expiry, the three numbers on the back, the code just sent, ID or an ID scheme by name, phone or account number) and the value must have its shape (Luhn and issuer range, a real MM YY, 3-4 or 4-8 digits, the named scheme's length and check, a valid phone number); card numbers, expiries and IDs read out in words after a label in the same turn; phone numbers read out in words after a phone word",
  wordLists: [PHONE_WORDS, REFERENCE_WORDS, ...SCHEME_LISTS],
  find(doc, out) {
    findAnswers(doc, out);
    findSpokenPhones(doc, out);
  },
};
