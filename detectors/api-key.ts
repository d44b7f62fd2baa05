/**
 * CREDENTIAL (api_key): API keys, access tokens and private keys.
 *
 * 1. Provider keys with a distinctive prefix (Stripe sk_/rk_ and whsec_, AWS AKIA/ASIA, GitHub
 *    ghp_/gho_/ghu_/ghs_/ghr_/github_pat_, Slack xox?-, Google AIza and ya29., GitLab glpat-/gldt-/
 *    glrt-..., SendGrid SG., Square, Shopify, Hugging Face, npm, Flutterwave, OpenAI/Anthropic sk-,
 *    JWTs, PEM private keys) are found by ONE regex whose alternatives all start with those rare
 *    literals (as gitleaks does: a prefix of more than ~3 characters is unique enough). They need
 *    no keyword. "<provider>_live_" / "_test_" keys of other providers are found from the literal
 *    infix. Publishable keys (pk_live_/pk_test_) are public and never reported; a bare prefix is
 *    not a key, nor is an identifier such as a Twilio API key SID (SK...).
 * 2. Generic secrets: a token of 12+ characters right after a key word ("API key", "access token",
 *    "client secret", "Bearer"), maybe past a few words ("the secret key for the webhook is"), or
 *    handed over in the next sentence ("The new one shown in the console is ..."), with Shannon
 *    entropy >= 3 and letters mixed with digits, once word-like parts ("tok-", "my_api_key") are
 *    set aside. Base64 of a JSON object alone (a JWT header, an event body) is no secret. Found
 *    from the keyword hits, so the cost is a few characters per label.
 *
 * 3. Secrets in configuration, found without a keyword hit because the shared keyword pass cannot
 *    see a word glued into an identifier: environment and settings names ending in a secret word
 *    ("TWILIO_AUTH_TOKEN=...", "AccountKey=...;" in a connection string, "smtpPassword: ..."), and
 *    the password of a URL ("postgres://app_ro:q8Vt2LmN4xPz@db:5432", "https://preview:pw@host")
 *    or of a command line ("mysql -u root -pS3cr3t"). Passwords are reported with subtype password.
 *
 * The regexes have no lookahead after a variable-length body and no nested quantifier; boundaries
 * and the JWT / PEM structure are checked in code, so the scan stays linear on hostile input.
 */
import { words } from './context.js';
import { Handovers } from './credential.js';
import type { Detector, ScanDoc } from './detector.js';
import { hideAll } from './mask.js';
import type { Candidate } from './types.js';

/**
 * Key words after which a token is a secret. The shared keyword pass matches whole words with ASCII
 * \b, for which "_" is a letter: "client_secret" and "access_token" hit only as the whole phrase
 * (a phrase's space also matches "_" and "-"), so the usual config names are listed. "key" alone
 * is not a label ("key features").
 */
export const KEY_WORDS = words('api-key', [
  'token', 'bearer', 'bearer token', 'secret', 'api key', 'api token', 'api secret', 'api secret key', 'api credentials', 'access token', 'auth token',
  'refresh token', 'session token', 'id token', 'bot token', 'oauth token', 'client secret', 'app secret',
  'consumer secret', 'webhook secret', 'signing secret', 'shared secret', 'secret key', 'access key',
  'secret access key', 'aws secret access key', 'private key', 'consumer key', 'signing key', 'app key',
  'application key', 'developer key', 'master key', 'encryption key', 'subscription key', 'integration key',
  'auth key', 'authentication key', 'client key', 'basic', 'sig', 'passkey',
  // session cookies log in whoever holds them
  'session id', 'sessionid', 'jsessionid', 'phpsessid', 'session cookie', 'connect sid',
]);

/** [prefix, body]: each provider's literal prefix and the body its keys have. */
const PROVIDER_KEYS: readonly (readonly [prefix: string, body: string])[] = [
  ['[sr]k_(?:live|test)_', '[0-9A-Za-z]{16,247}'], // Stripe secret and restricted keys
  ['whsec_', '[0-9A-Za-z+/=]{24,100}'], // Stripe webhook signing secret
  ['A[KS]IA', '[0-9A-Z]{16}'], // AWS access key id (long-lived / temporary)
  ['gh[pousr]_', '[0-9A-Za-z]{36,251}'], // GitHub tokens
  ['github_pat_', '[0-9A-Za-z_]{22,255}'], // GitHub fine-grained token
  ['xox[abprs]-', '[0-9A-Za-z-]{10,250}'], // Slack tokens
  ['xoxe(?:\\.xox[bp])?-\\d-', '[0-9A-Za-z-]{20,250}'], // Slack refresh / configuration tokens
  ['xapp-\\d-', '[0-9A-Za-z-]{20,250}'], // Slack app-level token
  ['AIza', '[0-9A-Za-z_-]{35}'], // Google API key
  ['gl(?:pat|dt|ptt|rt|cbt|imt|oas|soat|ffct|agent)-', '[0-9A-Za-z_-]{20,64}'], // GitLab personal, deploy, trigger, runner, CI job, OAuth... tokens
  ['SG\\.', '[0-9A-Za-z_-]{22}\\.[0-9A-Za-z_-]{43}'], // SendGrid
  ['sq0(?:atp|csp)-', '[0-9A-Za-z_-]{22,60}'], // Square access token / OAuth secret
  ['EAA', '[0-9A-Za-z_-]{60,250}'], // Square production and Meta (Facebook, WhatsApp Cloud API) access tokens
  ['shp(?:at|ss|ca|pa)_', '[0-9a-fA-F]{32}'], // Shopify
  ['hf_', '[A-Za-z0-9]{30,40}'], // Hugging Face
  ['npm_', '[A-Za-z0-9]{36}'], // npm
  ['FLWSECK(?:_TEST)?-', '[0-9a-fA-F]{32}-X'], // Flutterwave secret key
  ['sk\\.eyJ', '[0-9A-Za-z_-]{20,400}\\.[0-9A-Za-z_-]{10,100}'], // Mapbox secret token
  ['sk-(?:proj-|ant-api\\d\\d-)?', '[A-Za-z0-9_-]{32,200}'], // OpenAI / Anthropic
  ['eyJ', '[A-Za-z0-9_-]{10,4000}'], // JWT header (rest checked in code)
  ['key-', '[0-9a-z]{32}'], // Mailgun
  ['rzp_(?:live|test)_', '[0-9A-Za-z]{14}'], // Razorpay
  ['dop_v1_', '[0-9a-f]{64}'], // DigitalOcean
  ['lin_api_', '[0-9A-Za-z]{40}'], // Linear
  ['dapi', '[0-9a-f]{32}'], // Databricks
  ['PMAK-', '[0-9a-f]{24}-[0-9a-f]{34}'], // Postman
  ['NRAK-', '[0-9A-Z]{27}'], // New Relic
  ['sbp_', '[0-9a-f]{40}'], // Supabase
  ['dckr_pat_', '[0-9A-Za-z_-]{27}'], // Docker Hub
  ['hvs\\.', '[0-9A-Za-z_-]{90,120}'], // HashiCorp Vault
  ['pypi-', 'AgEIcHlwaS5vcmc[0-9A-Za-z_-]{50,200}'], // PyPI
  ['ATATT3', '[0-9A-Za-z_=-]{100,300}'], // Atlassian API token
  ['secret_', '[0-9A-Za-z]{43}'], // Notion integration token (legacy)
  ['ntn_', '[0-9A-Za-z]{40,50}'], // Notion integration token
  ['sntrys_', '[0-9A-Za-z+/=_-]{40,300}'], // Sentry organisation token
  ['glsa_', '[0-9A-Za-z_]{32,64}'], // Grafana service account token
  ['dp\\.pt\\.', '[0-9A-Za-z]{40,50}'], // Doppler personal token
  ['xkeysib-', '[0-9a-f]{64}-[0-9A-Za-z]{16}'], // Brevo (Sendinblue)
  ['(?<![0-9])[0-9]{8,10}:AA', '[0-9A-Za-z_-]{33}'], // Telegram bot token (the look-behind fails fast inside digit runs)
  ['ya29\\.', '[0-9A-Za-z_-]{30,2000}'], // Google OAuth access token
  ['hooks\\.slack\\.com/services/', 'T[0-9A-Z]{8,12}/B[0-9A-Z]{8,12}/[0-9A-Za-z]{24}'], // Slack incoming webhook
  ['-----BEGIN ', ''], // PEM private key (rest checked in code)
];

/**
 * Provider key prefixes with their body. Every alternative starts with a literal; bodies are
 * bounded and greedy, nothing follows a variable-length body (boundaries are checked in code).
 */
const PREFIXED = new RegExp(PROVIDER_KEYS.map(([prefix, body]) => prefix + body).join('|'), 'g');
/** The prefix of a matched key, to judge its body alone. */
const KEY_PREFIX = new RegExp(`^(?:${PROVIDER_KEYS.map(([prefix]) => prefix).join('|')})`);

const ALNUM = /[A-Za-z0-9]/;
const JWT_SEGMENT = /[A-Za-z0-9_-]{10,8000}/y;
/** Usually base64 of JSON ("eyJ..."), but a signed token may carry any bytes: any segment of 10+. */
const JWT_PAYLOAD = /[A-Za-z0-9_-]{10,8000}/y;
const PEM_HEADER = /-----BEGIN (?:[A-Z0-9]{1,12} ){0,3}PRIVATE KEY(?: BLOCK)?-----/y;
const PEM_LINE = /[ \t]{0,4}\r?\n[ \t]{0,4}[A-Za-z0-9+/=]{16,80}(?=[ \t]{0,4}(?:\r?\n|$))/y;
const PEM_END = /-----END (?:[A-Z0-9]{1,12} ){0,3}PRIVATE KEY(?: BLOCK)?-----/y;
const MAX_PEM = 16_000;

const counts = new Uint16Array(128);

/** Shannon entropy in bits per character (tokens are short ASCII; other characters share a bucket). */
export function shannonEntropy(s: string): number {
  const n = Math.min(s.length, 65_535);
  if (!n) return 0;
  counts.fill(0);
  for (let i = 0; i < n; i++) counts[Math.min(s.charCodeAt(i), 127)]!++;
  let h = 0;
  for (let c = 0; c < 128; c++) {
    const k = counts[c]!;
    if (k) {
      const p = k / n;
      h -= p * Math.log2(p);
    }
  }
  return h;
}

/** Template and documentation values: "sk_live_xxxxxxxx…", "AKIAIOSFODNN7EXAMPLE", "your_api_key_here". */
function isPlaceholder(body: string): boolean {
  if (/^(.)\1+$/.test(body)) return true;
  if (/x{6}|X{6}|\*|•|0{8}|1234567890|abcdefgh|EXAMPLE|example|your|YOUR|here|HERE|dummy|DUMMY|sample|SAMPLE/.test(body)) return true;
  return shannonEntropy(body) < 2.5;
}

function stickyEnd(re: RegExp, text: string, at: number): number {
  re.lastIndex = at;
  return re.test(text) ? re.lastIndex : -1;
}

/** A JWT starting at `start` (header already matched up to `headerEnd`): its end, or -1. */
function jwtEnd(text: string, headerEnd: number): number {
  if (text[headerEnd] !== '.') return -1;
  const payloadEnd = stickyEnd(JWT_PAYLOAD, text, headerEnd + 1);
  if (payloadEnd < 0 || text[payloadEnd] !== '.') return -1;
  const sigEnd = stickyEnd(JWT_SEGMENT, text, payloadEnd + 1);
  if (sigEnd < 0 || (sigEnd < text.length && /[A-Za-z0-9_-]/.test(text[sigEnd]!))) return -1;
  return sigEnd;
}

/**
 * A PEM private key block at `start`: header, at least 40 base64 characters, and the footer when it
 * comes within MAX_PEM characters (a cut-off key ends after its last base64 line). The footer
 * search is shared by all headers before it, so many headers cost one pass.
 */
function pemEnd(text: string, start: number, footers: { at: number }): number {
  const headerEnd = stickyEnd(PEM_HEADER, text, start);
  if (headerEnd < 0) return -1;
  if (footers.at < headerEnd) {
    footers.at = text.indexOf('-----END ', headerEnd);
    if (footers.at < 0) footers.at = Infinity;
  }
  if (footers.at - headerEnd <= MAX_PEM) {
    const end = stickyEnd(PEM_END, text, footers.at);
    // A key inside a JSON string has its line breaks escaped ("-----BEGIN PRIVATE KEY-----\\nMIIE...").
    const body = text.slice(headerEnd, footers.at).replace(/\\[rn]/g, '\n').replace(/[A-Za-z-]{1,40}: [^\n]{0,200}\n/g, '');
    if (end >= 0 && /^[A-Za-z0-9+/=\s]*$/.test(body) && body.replace(/\s/g, '').length >= 40) return end;
  }
  // No footer (cut off): the header and the base64 lines right after it.
  let i = headerEnd;
  let last = -1;
  let base64 = 0;
  while (i - headerEnd < MAX_PEM) {
    const next = stickyEnd(PEM_LINE, text, i);
    if (next < 0) break;
    base64 += text.slice(i, next).trim().length;
    last = next;
    i = next;
  }
  if (base64 < 40) return -1;
  while (last > headerEnd && /\s/.test(text[last - 1]!)) last--;
  return last;
}

function candidate(start: number, end: number, score: number, subtype = 'api_key'): Candidate {
  return { type: 'CREDENTIAL', subtype, start, end, score, masked: hideAll(), detector: 'api-key' };
}

function findPrefixed(doc: ScanDoc, out: Candidate[], taken: Set<number>): void {
  const text = doc.text;
  const footers = { at: -1 };
  PREFIXED.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PREFIXED.exec(text))) {
    const start = m.index;
    let end = start + m[0].length;
    // Glued to a longer word ("mask_live_…", "XAKIA…"): not a key.
    if (start > 0 && ALNUM.test(text[start - 1]!)) continue;
    if (m[0].startsWith('eyJ')) {
      end = jwtEnd(text, end);
      if (end < 0) continue;
      PREFIXED.lastIndex = end;
      out.push(candidate(start, end, 0.95));
      taken.add(start);
      continue;
    }
    if (m[0] === '-----BEGIN ') {
      end = pemEnd(text, start, footers);
      if (end < 0) continue;
      PREFIXED.lastIndex = end;
      out.push(candidate(start, end, 0.97));
      taken.add(start);
      continue;
    }
    if (end < text.length && ALNUM.test(text[end]!)) continue; // body longer than the format allows
    const body = m[0].replace(KEY_PREFIX, '');
    if (isPlaceholder(body)) continue;
    if (m[0].startsWith('xox') && !/\d/.test(body)) continue;
    if (/^(?:sk-|hf_)/.test(m[0]) && !(/[a-z]/.test(body) && /[A-Z]/.test(body))) continue;
    // Prefixes that also start words or base64 runs: a random body mixes cases and digits.
    if (/^(?:EAA|secret_|ntn_|ATATT3)/.test(m[0]) && !(/[a-z]/.test(body) && /[A-Z]/.test(body) && /\d/.test(body))) continue;
    out.push(candidate(start, end, 0.95));
    taken.add(start);
    if (/^A[KS]IA/.test(m[0])) awsSecretAfter(text, end, out, taken);
  }
}

/**
 * "AKIA… / wJalrXUtnFEMI/K7MDENG/…": an AWS access key id is handed over with its secret access key
 * (40 base64 characters) right after it, past a separator or a "secret:" label.
 */
const AWS_SECRET_AFTER = /[ \t]{0,3}(?:[/:,;|]|\n)?[ \t]{0,3}(?:(?:aws[ _]?)?secret(?:[ _]access)?(?:[ _]key)?[ \t]{0,2}[:=][ \t]{0,2})?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/iy;

function awsSecretAfter(text: string, from: number, out: Candidate[], taken: Set<number>): void {
  AWS_SECRET_AFTER.lastIndex = from;
  const m = AWS_SECRET_AFTER.exec(text);
  const secret = m?.[1];
  if (!m || !secret || !/[a-z]/.test(secret) || !/[A-Z]/.test(secret) || !/\d/.test(secret) || isPlaceholder(secret)) return;
  const start = m.index + m[0].length - secret.length;
  out.push(candidate(start, start + secret.length, 0.9));
  taken.add(start);
}

/**
 * "<provider>_live_<key>" and "_test_": the convention of Stripe-like APIs beyond the providers
 * listed ("rm_live_GBfQ9W...", "nw_live_6r07..."): a short lower-case prefix and 20+ random letters
 * and digits. Found from the literal "_live_" / "_test_" (indexOf), so the cost is a native search.
 * Publishable keys ("pk_", "pub_") are public.
 */
const LIVE_TEST_KEY = /[a-z]{2,8}_(?:live|test)_([0-9A-Za-z]{20,247})/y;

function findLiveTestKeys(doc: ScanDoc, out: Candidate[], taken: Set<number>): void {
  const text = doc.text;
  for (const infix of ['_live_', '_test_']) {
    for (let at = text.indexOf(infix); at >= 0; at = text.indexOf(infix, at + infix.length)) {
      let start = at;
      while (start > 0 && at - start < 8 && text.charCodeAt(start - 1) >= 97 && text.charCodeAt(start - 1) <= 122) start--;
      if (taken.has(start) || (start > 0 && /[A-Za-z0-9_]/.test(text[start - 1]!)) || /^(?:pk|pub)_/.test(text.slice(start, at + 1))) continue;
      LIVE_TEST_KEY.lastIndex = start;
      const m = LIVE_TEST_KEY.exec(text);
      const body = m?.[1];
      if (!m || !body || /[A-Za-z0-9_]/.test(text[LIVE_TEST_KEY.lastIndex] ?? '')) continue;
      if (isPlaceholder(body) || !/\d/.test(body) || !/[A-Za-z]/.test(body) || shannonEntropy(body) < 3.5) continue;
      out.push(candidate(start, LIVE_TEST_KEY.lastIndex, 0.95));
      taken.add(start);
    }
  }
}

/** Between a key word and its value: `: `, `=`, `is`, JSON `": "`, or nothing ("Bearer abc…"). */
const CONNECTOR = /["'`]?[ \t]{0,3}(?:(?:is|was)(?:[ \t]{1,3}now)?[ \t]{0,3}:?|[:=]|=>|->|(?<=[ \t])-(?=[ \t]))?[ \t]{0,3}(?:\r?\n[ \t]{0,3})?["'`]?/iy;
const GENERIC_TOKEN = /[A-Za-z0-9_\-+/=~]{12,200}/y;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The random part of a token: segments that read like words ("tok", "my", "api", "key", "prod") removed. */
function randomPart(token: string): string {
  return token
    .split(/[-_.]/)
    .filter((seg) => !/^(?:[a-z]+|[A-Z]+|[A-Z][a-z]+)$/.test(seg) || seg.length > 24)
    .join('');
}

/**
 * Words between a key word and ":" / "is": "the secret key for the webhook is", "this API key in
 * the header:", "the key we generated is", a bracket ("API key (live):").
 */
const KEY_BRIDGE = /(?:[ \t]{0,3}\([\p{L}\d _.-]{1,24}\)(?=[ \t]{0,3}(?:(?:is|was)[ \t]|[:=]))|[ \t]{1,3}(?:for|to|in|on|of|from|that|which|you|we|i|used|generated|issued|shown)(?:[ \t]{1,3}[\p{L}\d'.-]{1,24}){0,5}?(?=[ \t]{0,3}(?:(?:is|was)[ \t]|[:=])))/iuy;

/**
 * Key words too common to take a bridge: "the token for this card in our vault is tok_..." is a
 * card's payment token, "the secret for ..." anything.
 */
const BARE_KEY_WORD = /^(?:tokens?|secrets?|bearer|basic|sig)$/i;
/**
 * The one bridge a bare key word takes: a pronoun for the key just named ("the secret for it is
 * ...", "the token for this one is ..."), never a noun that says what the token is of.
 */
const PRONOUN_BRIDGE = /[ \t]{1,3}for[ \t]{1,3}(?:it|this|that|this one|that one|them)(?=[ \t]{1,3}(?:is|was)[ \t]|[ \t]{0,3}[:=])/iy;

/** A generic secret token after the key word ending at `wordEnd` (`bridge`: words may come between), or undefined. */
function genericValue(text: string, wordEnd: number, bridge = false): { start: number; end: number } | undefined {
  const bridged = stickyEnd(bridge ? KEY_BRIDGE : PRONOUN_BRIDGE, text, wordEnd);
  const from = bridged > wordEnd ? bridged : wordEnd;
  const at = stickyEnd(CONNECTOR, text, from);
  // Something must separate the word and the value: "api-key-abc123…" is one identifier.
  return at > from ? tokenValue(text, at) : undefined;
}

/** A generic secret token starting at `at`, or undefined. */
function tokenValue(text: string, at: number): { start: number; end: number } | undefined {
  if (!/[A-Za-z0-9]/.test(text[at] ?? '')) return undefined;
  let end = stickyEnd(GENERIC_TOKEN, text, at);
  if (end < 0) return undefined;
  const next = text[end];
  // Part of a URL, an e-mail address, a file or domain name, or longer than a token: not a key.
  if (next === '@' || next === ':' || (next === '.' && /[A-Za-z0-9]/.test(text[end + 1] ?? ''))) return undefined;
  if (next !== undefined && /[A-Za-z0-9_\-+/=~]/.test(next)) return undefined;
  while (end > at && '-_/'.includes(text[end - 1]!)) end--;
  const token = text.slice(at, end);
  if (/^pk_(?:live|test)_/i.test(token)) return undefined; // publishable, not secret
  if (/^0x[0-9a-fA-F]{40}$/.test(token)) return undefined; // a wallet / contract address
  // Base64 of a JSON object with no JWT around it: an event body or a JWT header alone, not a secret.
  if (token.startsWith('eyJ')) return undefined;
  if (token.split('/').filter((seg) => /^[a-z]{3,}$/.test(seg)).length >= 2) return undefined; // a path
  if (isPlaceholder(token)) return undefined;
  if (UUID.test(token)) return { start: at, end };
  if (randomLetters(token)) return { start: at, end };
  if (!/\d/.test(token) || !/[A-Za-z]/.test(token)) return undefined;
  if (shannonEntropy(token) < 3.0) return undefined;
  const random = randomPart(token);
  if (random.length < 10 || shannonEntropy(random) < 3.0) return undefined;
  if (!/\d/.test(random) || !/[A-Za-z]/.test(random)) return undefined;
  return { start: at, end };
}

/**
 * A secret of letters alone, in random case ("ShVvZbudzDJMwPVQrmPOoVBbISFVBwdZ"): 20 letters or
 * more, 30-70% of them capitals and the case changing every four letters or oftener. CamelCase
 * names ("ThisIsMyLongIdentifier") have a capital a word, and words in capitals none.
 */
function randomLetters(token: string): boolean {
  if (token.length < 20 || !/^[A-Za-z]+$/.test(token)) return false;
  let upper = 0;
  let changes = 0;
  for (let i = 0; i < token.length; i++) {
    const isUpper = token.charCodeAt(i) < 97;
    if (isUpper) upper++;
    if (i > 0 && isUpper !== token.charCodeAt(i - 1) < 97) changes++;
  }
  return upper >= 0.3 * token.length && upper <= 0.7 * token.length && changes >= token.length / 4;
}

// ---------------------------------------------------------------------------------------------
// Secrets in configuration

/*
 * SETTING_SECRET: a secret word at the end of a setting's name, right before its "=" or ":", as
 * /(?:token|secret|key|password|passwd|pwd|pass|credentials?)["']?[ \t]{0,3}(?:=>|[=:])/gi would
 * find it (settingSecretAt reads it backwards from each "=" and ":"). Whether the word is glued
 * into a longer identifier (TWILIO_AUTH_TOKEN, AccountKey) is checked in code: a free-standing word
 * is the keyword pass's.
 */
/** Setting names that hold no secret despite their last word. */
const NOT_SECRET_SETTING = /public|publishable|primary|foreign|sort|partition|cache|idempoten|hotkey|shortcut|keyboard|monkey|turnkey|bypass|compass|surpass|trespass/i;
const IDENTIFIER_CHAR = /[A-Za-z0-9_.-]/;
/** A password value in a setting: up to the next space, quote or field separator. */
const SETTING_PASSWORD = /["']?([^\s"'`;&,]{4,64})/y;

/** Is the secret word at `start` the glued end of a longer name ("_TOKEN", ".secret", "-key", "AccountKey")? */
function gluedSecretWord(text: string, start: number): boolean {
  const before = text[start - 1];
  if (before === '_' || before === '.' || before === '-') return before !== '-' || /[A-Za-z0-9]/.test(text[start - 2] ?? '');
  // camelCase: "accountKey", "AccountKey", "smtpPassword"
  return before !== undefined && /[a-z0-9]/.test(before) && /[A-Z]/.test(text[start]!);
}

/**
 * SETTING_SECRET's words; apart from "passkey" (M-Pesa's API secret, "MPESA_PASSKEY"), tried before
 * the "key" it ends in, none is a suffix of another, so at most one ends at a given place.
 */
const SETTING_WORDS = ['token', 'secret', 'passkey', 'key', 'password', 'passwd', 'pwd', 'pass', 'credentials', 'credential'];

/** `word` (lower-case ASCII) is at `start`, in any ASCII case (as a non-Unicode /i compares). */
function wordAt(text: string, start: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) if ((text.charCodeAt(start + k) | 32) !== word.charCodeAt(k)) return false;
  return true;
}

function isBlankChar(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t';
}

/**
 * The SETTING_SECRET match whose "=" or ":" is at `t`: its start and end, or undefined. Read
 * backwards from the rare "=" / ":" instead of trying the words at every character: a match is
 * a word, an optional quote, at most three blanks and "=>", "=" or ":"; it holds no other "=" or
 * ":", so the matches of a global scan are exactly those of each "=" and ":" in order.
 */
function settingSecretAt(text: string, t: number): { start: number; end: number; word: string } | undefined {
  let i = t;
  while (i > t - 3 && isBlankChar(text[i - 1])) i--;
  if (isBlankChar(text[i - 1])) return undefined;
  if (text[i - 1] === '"' || text[i - 1] === "'") i--;
  for (const word of SETTING_WORDS) {
    const start = i - word.length;
    if (start < 0 || !wordAt(text, start, word)) continue;
    return { start, end: text[t] === '=' && text[t + 1] === '>' ? t + 2 : t + 1, word };
  }
  return undefined;
}

function findSettings(doc: ScanDoc, out: Candidate[], taken: Set<number>): void {
  const text = doc.text;
  let colon = text.indexOf(':');
  let equals = text.indexOf('=');
  while (colon >= 0 || equals >= 0) {
    let t: number;
    if (equals < 0 || (colon >= 0 && colon < equals)) {
      t = colon;
      colon = text.indexOf(':', colon + 1);
    } else {
      t = equals;
      equals = text.indexOf('=', equals + 1);
    }
    const m = settingSecretAt(text, t);
    if (!m) continue;
    const start = m.start;
    if (!gluedSecretWord(text, start)) continue;
    let nameStart = start;
    while (nameStart > 0 && start - nameStart < 64 && IDENTIFIER_CHAR.test(text[nameStart - 1]!)) nameStart--;
    const name = text.slice(nameStart, m.end);
    if (NOT_SECRET_SETTING.test(name)) continue;
    const word = m.word;
    if ((/^pass/.test(word) && word !== 'passkey') || word === 'pwd') {
      const at = stickyEnd(/[ \t]{0,3}/y, text, m.end);
      SETTING_PASSWORD.lastIndex = at;
      const v = SETTING_PASSWORD.exec(text);
      const value = v?.[1];
      if (!v || !value || taken.has(at + v[0].length - value.length) || !passwordLike(value)) continue;
      const valueStart = at + v[0].length - value.length;
      out.push(candidate(valueStart, valueStart + value.length, 0.9, 'password'));
      taken.add(valueStart);
      continue;
    }
    const v = genericValue(text, start + word.length);
    if (!v || taken.has(v.start)) continue;
    out.push(candidate(v.start, v.end, 0.85));
    taken.add(v.start);
  }
}

/** Values of password settings and URLs that are templates or defaults in documentation, not secrets. */
const PASSWORD_PLACEHOLDER = /^(?:password|passwd|pass|pwd|secret|changeme|xxx+|\*+|•+|true|false|null|none|yes|no|on|off|required|optional|env|example)$|^[$%{<[(]|[}>\])]$/i;

function passwordLike(value: string): boolean {
  return !PASSWORD_PLACEHOLDER.test(value) && !/^(.)\1*$/.test(value) && /[\p{L}\p{N}]/u.test(value);
}

/**
 * A secret in a URL's query: "?token=...", "&key=...", "&code=482913" (a sign-in link's one-time code).
 * "token" and "sig" are key words already; "key" and "code" are not, being everyday words.
 */
const QUERY_SECRET = /[?&](?:key|apikey|api_key|code|otp|auth|access_key|secret)=/gi;
const QUERY_VALUE = /[A-Za-z0-9._~%-]{4,200}/y;

function findQuerySecrets(doc: ScanDoc, out: Candidate[], taken: Set<number>): void {
  const text = doc.text;
  if (!text.includes('=')) return;
  QUERY_SECRET.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = QUERY_SECRET.exec(text))) {
    const at = m.index + m[0].length;
    const end = stickyEnd(QUERY_VALUE, text, at);
    if (end < 0 || taken.has(at)) continue;
    const value = text.slice(at, end);
    const name = m[0].slice(1, -1).toLowerCase();
    const otp = (name === 'code' || name === 'otp') && /^\d{4,8}$/.test(value) && !/^(?:19|20)\d\d$/.test(value);
    if (!otp && !genericValue(text, at - 1)) continue;
    out.push(candidate(at, end, 0.85, otp ? 'otp' : 'api_key'));
    taken.add(at);
  }
}

/**
 * "scheme://user:password@host": the password part. The user part may be empty ("redis://:pw@host").
 * A password may hold "@", "#", "?" or ":" itself ("postgres://app_rw:d5V@uIu8#rdK@db-2:5432/x"):
 * the user ends at the first ":", the password at the LAST "@" before the host, on a stretch of the
 * URL with no space or "/". An "@" in a query ("...?email=a@b.com") is not the host's: the host's
 * is the last one before the first "?k=" or "&k=".
 */
const URL_AUTHORITY = /[^\s/]{3,320}/y;
/** After the "@": a host, maybe a port and more hosts ("mongo1:27017,mongo2:27017"), then a query or fragment. */
const URL_HOST_AFTER = /^[A-Za-z0-9[][A-Za-z0-9.\-:,[\]%]{0,260}(?:[?#].*)?$/;
const QUERY_FIELD = /[?&][\w.-]{1,32}=/;

function findUrlPasswords(doc: ScanDoc, out: Candidate[]): void {
  const text = doc.text;
  for (let at = text.indexOf('://'); at >= 0; at = text.indexOf('://', at + 3)) {
    const from = at + 3;
    const end = stickyEnd(URL_AUTHORITY, text, from);
    if (end < 0) continue;
    const authority = text.slice(from, end);
    const colon = authority.indexOf(':');
    if (colon < 0 || colon > 64) continue;
    // The last "@" before the first query field after the user's ":".
    const query = authority.slice(colon).search(QUERY_FIELD);
    const sign = query < 0 ? authority.lastIndexOf('@') : authority.lastIndexOf('@', colon + query);
    if (sign <= colon || !URL_HOST_AFTER.test(authority.slice(sign + 1).replace(/[.,;:!?)\]'"]+$/, ''))) continue;
    const password = authority.slice(colon + 1, sign);
    if (password.length > 128 || !passwordLike(password) || /^\d{1,5}$/.test(password)) continue;
    // Scores above the e-mail detector's, whose "password@host" it must win.
    out.push(candidate(from + colon + 1, from + sign, 0.97, 'password'));
  }
}

function handedOverToken(text: string, wordEnd: number, handovers: Handovers): { start: number; end: number } | undefined {
  const at = handovers.at(wordEnd);
  return at < 0 ? undefined : tokenValue(text, at);
}

/**
 * A password on a command line after the user's: "mysql -u root -pS3cr3t!", "docker login -u
 * deploy -p Xk9#mPq2 registry". Only after "-u <user>" on the same line: "-p" alone is any option.
 */
const CLI_PASSWORD = /[ \t]-u[ \t]{1,3}[^\s]{1,64}[ \t]{1,3}-p(?:[ \t]{1,3})?([^\s"'`]{4,64})/dy;

function findCliPasswords(doc: ScanDoc, out: Candidate[], taken: Set<number>): void {
  const text = doc.text;
  for (let at = text.indexOf(' -u'); at >= 0; at = text.indexOf(' -u', at + 3)) {
    CLI_PASSWORD.lastIndex = at;
    const range = CLI_PASSWORD.exec(text)?.indices?.[1];
    const value = range && text.slice(range[0], range[1]);
    // With a space after "-p" a plain word is often a database ("mysql -u root -p shop") and digits a port.
    if (!range || !value || taken.has(range[0]) || !passwordLike(value) || /^\d+$/.test(value)) continue;
    if (range[0] > 0 && text[range[0] - 1] === ' ' && !(/\d/.test(value) && /\p{L}/u.test(value))) continue;
    out.push(candidate(range[0], range[1], 0.9, 'password'));
    taken.add(range[0]);
  }
}

export const apiKey: Detector = {
  id: 'api-key',
  types: ['CREDENTIAL'],
  description: 'API keys, access tokens, JWTs and private keys: provider prefixes (sk_live_, AKIA, ghp_, xoxb-, AIza, ...), a high-entropy token after a key word or a secret setting name, passwords in URLs',
  wordLists: [KEY_WORDS],
  find(doc, out) {
    const taken = new Set<number>();
    findPrefixed(doc, out, taken);
    findLiveTestKeys(doc, out, taken);
    findSettings(doc, out, taken);
    findQuerySecrets(doc, out, taken);
    findCliPasswords(doc, out, taken);
    findUrlPasswords(doc, out);
    let lastEnd = -1;
    const id = KEY_WORDS.id;
    const handovers = new Handovers(doc.text);
    for (const hit of doc.hits.hits) {
      if (hit.start < lastEnd || !hit.lists.includes(id)) continue;
      // "the auth token ... was regenerated. The new one shown in the console is c0d7...".
      const v = genericValue(doc.text, hit.end, !BARE_KEY_WORD.test(doc.text.slice(hit.start, hit.end))) ?? handedOverToken(doc.text, hit.end, handovers);
      if (!v || taken.has(v.start)) continue;
      out.push(candidate(v.start, v.end, 0.85));
      lastEnd = v.end;
    }
  },
};
