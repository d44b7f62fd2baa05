/**
 * CREDENTIAL (password, pin, otp, security_answer): a secret GIVEN in the reply after its label,
 * e.g. "Your temporary password is Tr0ub4dor&3x", "PIN: 4821", "your one-time code is 771204",
 * "mother's maiden name is Moyo". Label-driven: the detector iterates its keyword hits and reads
 * only the few characters after each label (a connector such as ":", "is", "has been reset to",
 * then the value), so its cost does not depend on the length of the text.
 *
 * Values must have the shape of their kind (PIN 4-8 digits, OTP 4-8 digits or a short
 * alphanumeric code, a password that looks like a secret and is not a stopword such as
 * "incorrect", "reset", "must"), so instructions about credentials ("reset your password", "your
 * PIN is 4 digits long", "the OTP expires in 10 minutes") are not findings. A 3-4 digit "security
 * code" next to a card is a card CVV: it is left to the card-cvv detector. API keys and tokens
 * are found by api-key.ts.
 */
import { CARD_WORDS } from './card.js';
import { securityCodeNearCard } from './card-cvv.js';
import { words, type Hit } from './context.js';
import type { Detector, ScanDoc } from './detector.js';
import { hideAll } from './mask.js';
import type { Candidate } from './types.js';

type Kind = 'password' | 'passcode' | 'pin' | 'otp' | 'security_answer';

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
]);

/** "Passcode" is a PIN when the value is numeric, a password otherwise. */
export const PASSCODE_LABELS = words('credential-passcode', ['passcode', 'pass code', 'access passcode']);

export const PIN_LABELS = words('credential-pin', ['pin', 'pin code', 'pin number', 'pin no', 'mpin', 'atm pin', 'upi pin', 'new pin', 'default pin']);

export const OTP_LABELS = words('credential-otp', [
  'otp', 'otp code', 'one time code', 'one time password', 'one time pin', 'one time passcode',
  'verification code', 'verification pin', 'security code', '2fa code', 'two factor code',
  'two factor authentication code', 'mfa code', 'login code', 'log in code', 'sign in code', 'access code',
  'auth code', 'authentication code', 'sms code', 'reset code', 'password reset code', '6 digit code',
  'six digit code',
]);

export const SECURITY_ANSWER_LABELS = words('credential-security-answer', [
  'security answer', 'security question answer', 'answer to your security question',
  'answer to the security question', 'secret answer', 'memorable word', 'memorable information',
  'memorable phrase', 'maiden name', "first pet's name", 'secret word',
]);

/**
 * Longer phrases that contain a label but are not one. The shared keyword pass prefers the longest
 * phrase, so "KRA PIN" (a Kenyan tax number) and "PIN-protected" never become PIN labels.
 */
export const NOT_LABELS = words('credential-not-label', [
  'kra pin', 'pin pad', 'pin protected', 'password protected', 'pincode',
]);

/** The kind of value each label list announces, by list id (hits carry list ids). */
const KIND_BY_LIST = new Map<number, Kind>([
  [PASSWORD_LABELS.id, 'password'],
  [PASSCODE_LABELS.id, 'passcode'],
  [PIN_LABELS.id, 'pin'],
  [OTP_LABELS.id, 'otp'],
  [SECURITY_ANSWER_LABELS.id, 'security_answer'],
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
    'includes including example sample placeholder xxxx xxxxxx xxxxxxxx ****'
  ).split(/\s+/),
);

/** Connector between a label and its value. `strong` connectors (":", "=") make a plain word a value. */
interface Connector {
  end: number;
  strong: boolean;
  /** Nothing but spaces separates the label and the value. */
  none: boolean;
  /** The label ends its line (a table cell, a form): only a number alone on the next line is a value. */
  lineBreak: boolean;
}

const NL = '(?:[ \\t]{0,3}\\r?\\n){1,2}[ \\t]{0,3}';

/** [regex, strong, password-only]. Tried in order at the end of the label. */
const CONNECTORS: readonly (readonly [RegExp, boolean, boolean])[] = [
  [new RegExp(`[ \\t]{0,3}(?:is|was)[ \\t]{0,3}(?:now[ \\t]{0,3})?[:=](?:${NL}|[ \\t]{0,3})`, 'iy'), true, false],
  [new RegExp(`[ \\t]{0,3}[:=](?:${NL}|[ \\t]{0,3})`, 'y'), true, false],
  [/[ \t]{1,3}(?:is|was)(?:[ \t]{1,3}(?:now|still))?[ \t]{1,3}/iy, false, false],
  [/[ \t]{1,3}(?:will[ \t]{1,3}be|has[ \t]{1,3}been[ \t]{1,3}(?:re)?set[ \t]{1,3}to|has[ \t]{1,3}been[ \t]{1,3}(?:changed|updated)[ \t]{1,3}to|(?:re)?set[ \t]{1,3}to|changed[ \t]{1,3}to|updated[ \t]{1,3}to)[ \t]{1,3}/iy, false, false],
  [/[ \t]{0,3}(?:-|#)[ \t]{0,3}/y, false, false],
  [/[ \t]{1,3}of[ \t]{1,3}/iy, false, false],
  // "I have set the password to X": a number after "PIN to" is more often where it went ("to 0772...").
  [/[ \t]{1,3}to[ \t]{1,3}/iy, false, true],
];

const LINE_BREAK = new RegExp(NL, 'y');

/** "Your temporary password for the portal is ...": a short "for ..." between label and connector. */
const FOR_BRIDGE = /[ \t]{1,3}for[ \t]{1,3}(?:(?:the|your|this|our)[ \t]{1,3})?[\p{L}\d-]{1,24}(?:[ \t]{1,3}[\p{L}\d-]{1,24})?(?=[ \t]{0,3}(?:is[ \t]|[:=]))/iuy;

function connectorAt(text: string, at: number, password: boolean): Connector {
  const bridged = matchAt(FOR_BRIDGE, text, at);
  const from = bridged >= 0 ? bridged : at;
  for (const [re, strong, passwordOnly] of CONNECTORS) {
    if (passwordOnly && !password) continue;
    const end = matchAt(re, text, from);
    if (end > from) return { end, strong, none: false, lineBreak: false };
  }
  if (bridged >= 0) return { end: -1, strong: false, none: true, lineBreak: false };
  const lineEnd = matchAt(LINE_BREAK, text, from);
  if (lineEnd >= 0) return { end: lineEnd, strong: false, none: true, lineBreak: true };
  // No connector: only spaces (or a bracket) on the same line.
  return { end: matchAt(/[ \t]{1,3}\(?/y, text, from), strong: false, none: true, lineBreak: false };
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
const NUMERIC_SPACED = /\d{3,4}[ -]\d{3,4}(?![\p{L}\p{N}*•]|[.,/:-]\d)/uy;
const ALNUM_CODE = /(?=[A-Za-z]{0,7}\d)(?=\d{0,7}[A-Za-z])[A-Za-z0-9]{6,8}(?![\p{L}\p{N}*•])/uy;
/** A number followed by a unit is a rule or a duration, not a value ("4 digits", "10 minutes"). */
const UNIT_AFTER = /[ \t-]?(?:digits?|characters?|chars?|numbers?|minutes?|mins?|hours?|hrs?|seconds?|secs?|days?|times?|attempts?|tries|%)\b/iy;

/** A non-space token of at most 64 characters (65 means too long). */
const TOKEN = /[^\s]{1,65}/y;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]{0,39}/uy;

/** A PIN or OTP value at `at`, or undefined. */
function numericValue(text: string, at: number, kind: 'pin' | 'otp'): { start: number; end: number } | undefined {
  if (at > 0 && /[\p{L}\p{N}]/u.test(text[at - 1]!)) return undefined;
  let end = kind === 'otp' ? matchAt(NUMERIC_SPACED, text, at) : -1;
  if (end < 0) end = matchAt(NUMERIC, text, at);
  if (end < 0 && kind === 'otp') end = matchAt(ALNUM_CODE, text, at);
  if (end < 0) return undefined;
  if (matchAt(UNIT_AFTER, text, end) >= 0) return undefined;
  return { start: at, end };
}

/** Strips sentence punctuation after a token; "!"/"?" only when the sentence goes on after it. */
function trimToken(text: string, start: number, end: number): number {
  const opened = text.slice(start, end).includes('(');
  while (end > start && '.,;:)]}>"\''.includes(text[end - 1]!) && !(opened && text[end - 1] === ')')) end--;
  if (end > start && '!?'.includes(text[end - 1]!)) {
    const after = text.slice(end, end + 3);
    if (/^ +\S/.test(after)) end--;
  }
  return end;
}

const MASK_CHARS = /^[*•xX#.·_-]+$/;
const DATE_LIKE = /^\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{2,4})?$|^\d{1,2}:\d{2}/;
const AMOUNT_LIKE = /^[$€£¥₦₹]|^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+\.\d{2}$/;
const URL_LIKE = /^(?:https?:|www\.|ftp:)|:\/\//i;
const EMAIL_LIKE = /^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i;
const PLACEHOLDER = /^[[{<(]/;

function isStopword(value: string): boolean {
  const v = value.toLowerCase();
  return STOPWORDS.has(v) || STOPWORDS.has(v.replace(/[^\p{L}\p{N}/-]+$/u, ''));
}

/** Looks like something other than a secret: masked, a date, an amount, a URL, a template. */
function notASecret(value: string): boolean {
  if (MASK_CHARS.test(value) || DATE_LIKE.test(value) || AMOUNT_LIKE.test(value)) return true;
  if (URL_LIKE.test(value) || EMAIL_LIKE.test(value) || PLACEHOLDER.test(value)) return true;
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

/** A password after the connector; `shaped` when it has a password's shape (digit, symbol, mixed case). */
function passwordValue(text: string, at: number, conn: Connector): { start: number; end: number; shaped: boolean } | undefined {
  const quoted = quotedAt(text, at, 64);
  if (quoted) {
    const v = text.slice(quoted.start, quoted.end);
    if (v.length < 4 || /\s/.test(v.trim()) || isStopword(v) || notASecret(v)) return undefined;
    return { ...quoted, shaped: true };
  }
  const raw = matchAt(TOKEN, text, at);
  if (raw < 0 || raw - at > 64) return undefined;
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

/** "Moyo", "Van Der Merwe", "'blue'", "sunflower" (a plain lower-case word only after ":" or "="). */
function answerValue(text: string, at: number, conn: Connector): { start: number; end: number } | undefined {
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
  if (!capital && !conn.strong) return undefined;
  // Further capitalised words on the same line belong to the answer: "Van Der Merwe".
  let cursor = raw;
  for (let n = 1; capital && n < 4 && end === cursor && text[cursor] === ' '; n++) {
    const nextRaw = matchAt(WORD, text, cursor + 1);
    if (nextRaw < 0) break;
    const nextEnd = trimToken(text, cursor + 1, nextRaw);
    const w = text.slice(cursor + 1, nextEnd);
    if (!/^\p{Lu}/u.test(w) || isStopword(w)) break;
    end = nextEnd;
    cursor = nextRaw;
  }
  return { start: at, end };
}

function candidate(start: number, end: number, subtype: string, score: number): Candidate {
  return { type: 'CREDENTIAL', subtype, start, end, score, masked: hideAll(), detector: 'credential' };
}

function readValue(doc: ScanDoc, hit: Hit, kind: Kind): Candidate | undefined {
  const text = doc.text;
  const conn = connectorAt(text, hit.end, kind === 'password' || kind === 'passcode');
  if (conn.end < 0) return undefined;
  const at = conn.end;
  if (conn.lineBreak) {
    // Label and value in separate cells or lines: only a number that fills its line.
    if (kind === 'password' || kind === 'security_answer') return undefined;
    const numeric = numericValue(text, at, kind === 'otp' ? 'otp' : 'pin');
    if (!numeric || !/^[ \t]*(?:\r?\n|$)/.test(text.slice(numeric.end, numeric.end + 4))) return undefined;
  }
  if (kind === 'pin' || kind === 'otp' || kind === 'passcode') {
    const numeric = numericValue(text, at, kind === 'otp' ? 'otp' : 'pin');
    if (numeric) {
      if (kind === 'otp' && numeric.end - numeric.start <= 4 && /^\d+$/.test(text.slice(numeric.start, numeric.end)) && securityCodeNearCard(doc, hit)) {
        return undefined; // a card security code: card-cvv reports it
      }
      if (kind !== 'otp' && numeric.end - numeric.start === 6 && /^pin[\s-]?code$/i.test(text.slice(hit.start, hit.end)) && ADDRESS_CONTEXT.test(text.slice(Math.max(0, hit.start - 80), numeric.end + 80))) {
        return undefined; // an Indian postal PIN code
      }
      return candidate(numeric.start, numeric.end, kind === 'otp' ? 'otp' : 'pin', 0.95);
    }
    if (kind !== 'passcode') return undefined;
  }
  if (kind === 'password' || kind === 'passcode') {
    const v = passwordValue(text, at, conn);
    return v ? candidate(v.start, v.end, 'password', v.shaped ? 0.93 : 0.9) : undefined;
  }
  if (kind === 'security_answer') {
    const v = answerValue(text, at, conn);
    return v ? candidate(v.start, v.end, 'security_answer', 0.9) : undefined;
  }
  return undefined;
}

export const credential: Detector = {
  id: 'credential',
  types: ['CREDENTIAL'],
  description: 'Passwords, PINs, one-time codes and security answers given after their label ("PIN: 4821", "password is ..."); value shape and stopword checks',
  wordLists: [PASSWORD_LABELS, PASSCODE_LABELS, PIN_LABELS, OTP_LABELS, SECURITY_ANSWER_LABELS, NOT_LABELS, CARD_WORDS],
  find(doc, out) {
    let lastEnd = -1;
    // One pass over all keyword hits (cheaper than one hits.of() pass per label list).
    for (const hit of doc.hits.hits) {
      if (hit.start < lastEnd) continue;
      const kind = kindOf(hit);
      if (!kind) continue;
      const c = readValue(doc, hit, kind);
      if (c) {
        out.push(c);
        lastEnd = c.end;
      }
    }
  },
};
