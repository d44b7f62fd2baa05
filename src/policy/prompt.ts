/**
 * What the agent reads (ARCHITECTURE.md, "What the agent sees"): two sentences at most, plain
 * words. The first says what was found (types and counts, a masked preview when there is one
 * value); the second says why it matters and the one thing that fixes it, for the most serious
 * problem. Never a raw value: previews are the findings' own masks, file names are masked too.
 */
import { scan, type Finding, type FindingType } from '../../detectors/index.js';
import { labelFor, redactText, type Operator } from '../redact.js';

export const HOLD_PROMPT = 'ReplyGuard is still checking this reply. Try sending again in a moment.';

/** Why a finding matters, most serious first (the order the second sentence picks from). */
export const CAUSES = ['solicitation', 'secret', 'forbidden', 'bulk', 'uninspected', 'outside-body', 'unredactable', 'redact'] as const;
export type Cause = (typeof CAUSES)[number];

export interface PromptItem {
  readonly finding: Finding;
  /** "body", "subject", "attachment:<name>[#part]". */
  readonly source: string;
  /** Same key, same value (values.ts valueKey): counts are of distinct values. */
  readonly key: string;
  readonly cause: Exclude<Cause, 'bulk' | 'uninspected'>;
  readonly operator: Operator;
}

export interface PromptFacts {
  readonly items: readonly PromptItem[];
  readonly bulk: boolean;
  readonly uninspected: readonly { readonly source: string; readonly reason: string }[];
  readonly channel?: string;
}

interface Noun {
  readonly one: string;
  readonly many: string;
  /** With its article, for a single value: "a full card number". */
  readonly a: string;
}

function noun(one: string, a = `a ${one}`, many = `${one}s`): Noun {
  return { one, many, a };
}

const NOUNS: Readonly<Record<FindingType, Noun>> = {
  CARD_NUMBER: noun('card number', 'a full card number'),
  CARD_EXPIRY: noun('card expiry date', 'a card expiry date'),
  CARD_CVV: noun('card security code', 'a card security code (CVV)'),
  NATIONAL_ID: noun('ID number', 'an ID number'),
  PASSPORT_NUMBER: noun('passport number'),
  PHONE_NUMBER: noun('phone number'),
  EMAIL_ADDRESS: noun('e-mail address', 'an e-mail address', 'e-mail addresses'),
  IBAN: noun('IBAN', 'an IBAN'),
  BANK_ACCOUNT: noun('account number', 'an account number'),
  ROUTING_NUMBER: noun('routing number'),
  SWIFT_BIC: noun('SWIFT code'),
  CREDENTIAL: noun('password or code', 'a password or code', 'passwords or codes'),
  SOLICITATION: noun('request for a secret', 'a request for a secret', 'requests for secrets'),
};

/** Credentials are named by kind: "a PIN", "2 one-time codes". */
const CREDENTIAL_NOUNS: Readonly<Record<string, Noun>> = {
  password: noun('password'),
  pin: noun('PIN'),
  otp: noun('one-time code'),
  security_answer: noun('security answer', 'an answer to a security question'),
  api_key: noun('API key', 'an API key'),
  totp_secret: noun('authenticator setup key', 'an authenticator setup key'),
};

/** What a solicitation asks for, by subtype. */
const ASKED_FOR: Readonly<Record<string, string>> = {
  pin: 'PIN',
  password: 'password',
  otp: 'one-time code',
  cvv: 'card security code',
  card_number: 'full card number',
  security_answer: 'security answer',
  api_key: 'API key or access token',
  recovery_key: 'wallet recovery phrase or recovery key',
};

const SECRET_TYPES: ReadonlySet<FindingType> = new Set(['CREDENTIAL', 'CARD_CVV', 'SOLICITATION']);
const NUMERIC_TYPES: ReadonlySet<FindingType> = new Set(['CARD_NUMBER', 'CARD_EXPIRY', 'BANK_ACCOUNT', 'ROUTING_NUMBER', 'PHONE_NUMBER']);
const CONTACT_TYPES: ReadonlySet<FindingType> = new Set(['PHONE_NUMBER', 'EMAIL_ADDRESS']);
const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

function nounOf(f: Finding): Noun {
  return (f.type === 'CREDENTIAL' && f.subtype && CREDENTIAL_NOUNS[f.subtype]) || NOUNS[f.type];
}

function joinAnd(parts: readonly string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function distinct<T>(xs: Iterable<T>): T[] {
  return [...new Set(xs)];
}

/** Six digits or more, however separated: file names glue numbers to words ("card-4111..."). */
const LONG_NUMBER = /\d(?:[\s._-]?\d){5,}/g;

/** A file name fit for a prompt: no control characters, bounded, values and long numbers masked. */
export function safeName(name: string): string {
  const clean = name.replace(/[\p{Cc}\p{Cf}]/gu, '').trim();
  const short = clean.length > 60 ? `${clean.slice(0, 59)}…` : clean;
  const numbers = [...short.matchAll(LONG_NUMBER)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  return redactText(short, [...scan(short), ...numbers]) || 'unnamed';
}

/** "statement.pdf" for "attachment:statement.pdf#page 2"; "the subject"; "the message". */
export function placeName(source: string): string {
  if (source === 'body') return 'the message';
  if (source === 'subject') return 'the subject';
  const name = source.startsWith('attachment:') ? source.slice('attachment:'.length) : source;
  // A trailing "#page 2" or "#Sheet1!B2" names a part of the file, not the file.
  return safeName(name.replace(/#[^#.]*$/, ''));
}

function channelPhrase(channel: string | undefined): string {
  const c = (channel ?? 'email').trim().toLowerCase();
  if (c === 'email' || c === 'e-mail' || c === 'mail') return 'by e-mail';
  if (c === 'chat' || c === 'messaging' || c === 'whatsapp' || c === 'messenger') return 'in chat';
  if (c === 'sms') return 'by text message';
  return 'in a reply';
}

/** "2 card numbers and 1 ID number", counting distinct values, by noun. */
function counted(items: readonly PromptItem[]): string[] {
  const keys = new Map<Noun, Set<string>>();
  for (const item of items) {
    const n = nounOf(item.finding);
    keys.set(n, (keys.get(n) ?? new Set()).add(item.key));
  }
  return [...keys].map(([n, k]) => `${k.size} ${k.size === 1 ? n.one : n.many}`);
}

/** The first sentence's "contains ..." clause. */
function containsClause(items: readonly PromptItem[]): string | undefined {
  if (!items.length) return undefined;
  const keys = distinct(items.map((i) => i.key));
  const places = distinct(items.map((i) => placeName(i.source)));
  if (keys.length === 1 && places.length === 1) {
    const f = items[0]!.finding;
    const preview = SECRET_TYPES.has(f.type) ? '' : ` (${f.masked})`;
    const where = places[0] === 'the message' ? '' : ` in ${places[0]}`;
    return `contains ${nounOf(f).a}${preview}${where}`;
  }
  if (places.length === 1 && places[0] === 'the message') return `contains ${joinAnd(counted(items))}`;
  const byPlace = places.map((p) => `${joinAnd(counted(items.filter((i) => placeName(i.source) === p)))} in ${p}`);
  return `contains ${joinAnd(byPlace)}`;
}

function firstSentence(facts: PromptFacts): string {
  const clauses: string[] = [];
  const asks = facts.items.filter((i) => i.finding.type === 'SOLICITATION');
  if (asks.length) {
    const what = distinct(asks.map((i) => ASKED_FOR[i.finding.subtype ?? ''] ?? 'secret'));
    clauses.push(`asks the customer for their ${joinAnd(what)}`);
  }
  const contains = containsClause(facts.items.filter((i) => i.finding.type !== 'SOLICITATION'));
  if (contains) clauses.push(contains);
  const files = distinct(facts.uninspected.map((u) => placeName(u.source)));
  if (files.length === 1) clauses.push(`has an attachment ReplyGuard could not read (${files[0]})`);
  else if (files.length > 1) clauses.push(`has ${files.length} attachments ReplyGuard could not read (${joinAnd(files)})`);
  return `This reply ${joinAnd(clauses)}.`;
}

function pronoun(items: readonly PromptItem[]): string {
  return distinct(items.map((i) => i.key)).length === 1 ? 'it' : 'them';
}

function redactionHow(items: readonly PromptItem[]): string {
  const ops = distinct(items.map((i) => JSON.stringify(i.operator)));
  if (ops.length !== 1) return '';
  const op = items[0]!.operator;
  const it = pronoun(items);
  if (op.kind === 'remove') return ` to remove ${it}`;
  if (op.kind === 'label') {
    const labels = distinct(items.map((i) => labelFor(i.finding.type)));
    return labels.length === 1 ? ` to replace ${it} with ${labels[0]}` : ' to replace them with placeholders';
  }
  if (op.keep === 0) return ` to hide ${it}`;
  const unit = items.every((i) => NUMERIC_TYPES.has(i.finding.type)) ? 'digit' : 'character';
  return op.keep === 1 ? ` to keep only the last ${unit}` : ` to keep only the last ${NUMBER_WORDS[op.keep] ?? op.keep} ${unit}s`;
}

function redactSentence(items: readonly PromptItem[], channel: string | undefined): string {
  const types = distinct(items.map((i) => i.finding.type));
  const why = types.every((t) => CONTACT_TYPES.has(t))
    ? "Other people's contact details must not be shared"
    : types.length === 1
      ? `${capitalise(NOUNS[types[0]!].many)} must not be sent ${channelPhrase(channel)}`
      : `These details must not be sent ${channelPhrase(channel)}`;
  return `${why}: apply the redaction${redactionHow(items)}.`;
}

function secondSentence(cause: Cause, facts: PromptFacts): string {
  const items = facts.items.filter((i) => i.cause === cause);
  const it = pronoun(items);
  const channel = facts.channel;
  switch (cause) {
    case 'solicitation':
      return 'We never ask customers for PINs, passwords, one-time codes or card details: remove the request, or explain that we will never ask for them.';
    case 'secret':
      return items.every((i) => i.finding.type === 'CARD_CVV')
        ? `Card security codes must never be sent, not even masked: remove ${it}.`
        : `Passwords, PINs and codes must never be sent to customers: remove ${it}, and have ${it} changed if ${it === 'it' ? 'it is' : 'they are'} real.`;
    case 'forbidden': {
      const kinds = distinct(items.map((i) => capitalise(NOUNS[i.finding.type].many)));
      return `${joinAnd(kinds)} must not be sent ${channelPhrase(channel)}: remove ${it}.`;
    }
    case 'bulk':
      return `Sending customer lists ${channelPhrase(channel)} needs compliance approval: request a review if it is intended.`;
    case 'uninspected':
      return `Attachments that cannot be checked are not sent: remove ${facts.uninspected.length === 1 ? 'it' : 'them'}, or request a review if ${facts.uninspected.length === 1 ? 'it' : 'they'} must be sent.`;
    case 'outside-body':
      return `ReplyGuard can only redact the message body: remove ${it} from ${joinAnd(distinct(items.map((i) => placeName(i.source))))}.`;
    case 'unredactable':
      return `ReplyGuard cannot redact ${it} safely inside the reply's HTML formatting: delete ${it}, then send again.`;
    case 'redact':
      return redactSentence(items, channel);
  }
}

/** The prompt for a reply that is not approved; undefined when there is nothing to say. */
export function promptFor(facts: PromptFacts): string | undefined {
  const present = new Set<Cause>(facts.items.map((i) => i.cause));
  if (facts.bulk) present.add('bulk');
  if (facts.uninspected.length) present.add('uninspected');
  const top = CAUSES.find((c) => present.has(c));
  if (!top) return undefined;
  return `${firstSentence(facts)} ${secondSentence(top, facts)}`;
}
