/**
 * EMAIL_ADDRESS: e-mail addresses, including mailto: links (their target is visible in the
 * normalised text) and the "name [at] example [dot] com" / "name at example dot com" spellings. Found from each "@" by
 * expanding over the characters an address may hold, so the cost is one indexOf pass.
 * Image names such as "logo@2x.png" and masked addresses ("j***@example.com") are not addresses.
 */
import type { Detector, ScanDoc } from './detector.js';
import { keepLast } from './mask.js';
import type { Candidate } from './types.js';

const MAX_LOCAL = 64;
const MAX_DOMAIN = 253;

/** File extensions that follow "@2x"-style image names, never a top-level domain in practice. */
const FILE_EXTENSIONS = new Set(['png', 'jpg', 'jpeg', 'gif', 'svg', 'webp', 'bmp', 'ico', 'tif', 'tiff', 'pdf', 'css', 'js', 'heic']);

const NON_ASCII_LETTER = /\p{L}/u;

function isLocalChar(c: number): boolean {
  return (
    (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ||
    c === 46 || c === 95 || c === 45 || c === 43 || c === 37 || c === 39 ||
    (c > 127 && NON_ASCII_LETTER.test(String.fromCharCode(c)))
  );
}

function isDomainChar(c: number): boolean {
  return (
    (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 45 ||
    (c > 127 && NON_ASCII_LETTER.test(String.fromCharCode(c)))
  );
}

/** The address around the "@" at `at`, or undefined. */
export function addressAt(text: string, at: number): { start: number; end: number } | undefined {
  let s = at;
  while (s > 0 && at - s < MAX_LOCAL && isLocalChar(text.charCodeAt(s - 1))) s--;
  // Leading dots and apostrophes belong to the sentence, not the address.
  while (s < at && (text[s] === '.' || text[s] === "'")) s++;
  let e = at + 1;
  while (e < text.length && e - at <= MAX_DOMAIN && isDomainChar(text.charCodeAt(e))) e++;
  while (e > at + 1 && (text[e - 1] === '.' || text[e - 1] === '-')) e--;
  if (s === at || e === at + 1) return undefined;
  if (isUrlUserInfo(text, s) || isMessageId(text, s, at)) return undefined;
  const local = text.slice(s, at);
  if (local.endsWith('.') || local.includes('..')) return undefined;
  // The domain's labels, read in place (no split): at least two, none empty, none starting or
  // ending with "-", none longer than 63.
  const d = at + 1;
  let labels = 0;
  let labelStart = d;
  let lastStart = d;
  let firstEnd = e;
  for (let i = d; i <= e; i++) {
    if (i < e && text.charCodeAt(i) !== 46) continue;
    const len = i - labelStart;
    if (len === 0 || len > 63 || text[labelStart] === '-' || text[i - 1] === '-') return undefined;
    if (labels++ === 0) firstEnd = i;
    lastStart = labelStart;
    labelStart = i + 1;
  }
  if (labels < 2) return undefined;
  const tld = text.slice(lastStart, e);
  if (!/^(?:[a-zA-Z]{2,24}|xn--[a-zA-Z0-9-]{2,59}|\p{L}{2,24})$/u.test(tld)) return undefined;
  if (FILE_EXTENSIONS.has(tld.toLowerCase()) && /^\d+x$/i.test(text.slice(d, firstEnd))) return undefined;
  return { start: s, end: e };
}

/**
 * "postgres://app_ro:q8Vt2LmN4xPz@db-stg..." and "https://preview:Ng7hT4q9@staging...": the part
 * before "@" is a URL's user and password, not a mailbox (the credential detector reports it). A
 * password may hold "@" and "#" ("postgres://app_rw:d5V@uIu8#rdK@db-2..."): any "@" after
 * "user:" on a stretch of the URL with no space, "/" or query field ("?k=") belongs to it.
 */
function isUrlUserInfo(text: string, localStart: number): boolean {
  const before = text.slice(Math.max(0, localStart - 200), localStart);
  // "https://ghp_…@github.com/…": a user or token right after the scheme, with or without a password.
  if (before.endsWith('://')) return true;
  const scheme = before.lastIndexOf('://');
  if (scheme < 0) return false;
  const userinfo = before.slice(scheme + 3);
  const colon = userinfo.indexOf(':');
  return colon >= 0 && !/[\s/]/.test(userinfo) && !/[?&][\w.-]{1,32}=/.test(userinfo.slice(colon));
}

/**
 * "<20250917094410.4471@mx1.example.net>": a mail server's Message-ID, not a mailbox. Its local
 * part is a timestamp with dots; mailboxes are rarely 12 or more digits with no letter.
 */
function isMessageId(text: string, localStart: number, at: number): boolean {
  const local = text.slice(localStart, at);
  if (/^[\d.]{12,}$/.test(local) && (local.match(/\d/g)?.length ?? 0) >= 12) return true;
  return /(?:message-?id|msgid|msg-id)\W{0,12}$/i.test(text.slice(Math.max(0, localStart - 24), localStart));
}

/**
 * "farai.ncube at gmail dot com", "aditya dot joshi at gmail dot com": written out to dodge
 * filters; the last label must be a real TLD.
 */
const WORDED = /\b[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}(?: dot [A-Za-z0-9_%+-]{1,63}){0,3} at [A-Za-z0-9-]{1,63}(?: dot [A-Za-z0-9-]{1,63}){1,3}\b/gi;
const WORDED_TLDS = new Set(
  'com net org edu gov info biz io co uk za zw ke ng gh ug tz zm bw mw mz rw in ca us au de fr nl ie eu me app'.split(' '),
);

/** "name [at] example [dot] com", "name(at)example(dot)com", "name(at)example.com", "john(dot)doe(at)example(dot)com". */
const SPELLED = /[A-Za-z0-9._%+-]{1,64}(?:\s?[[(]\s?dot\s?[\])]\s?[A-Za-z0-9._%+-]{1,64}){0,3}\s?[[(]\s?at\s?[\])]\s?[A-Za-z0-9-]{1,63}(?:(?:\s?[[(]\s?dot\s?[\])]\s?|\.)[A-Za-z0-9-]{1,63}){1,4}/gi;

function candidate(doc: ScanDoc, start: number, end: number, score: number): Candidate {
  const raw = doc.text.slice(start, end);
  const at = raw.search(/@|[[(]\s?at\s?[\])]| at /i);
  const local = raw.slice(0, Math.max(at, 0));
  // Keep the domain readable (it is rarely the secret part); hide the mailbox name.
  // join, not +: the domain would stay a slice of the text, and a finding kept after the scan would
  // keep the whole text alive with it.
  const masked = local.length ? [keepLast(local, 0), raw.slice(at)].join('') : keepLast(raw, 0);
  return { type: 'EMAIL_ADDRESS', start, end, score, masked, detector: 'email' };
}

/**
 * text.includes('at]') || ... 'at)', 'AT]', 'AT)': found from the rare closing brackets (a search
 * for "at" stops at every "a" of the text).
 */
function spelledAtPossible(text: string): boolean {
  return closedAfterAt(text, ']') || closedAfterAt(text, ')');
}

function closedAfterAt(text: string, close: string): boolean {
  for (let p = text.indexOf(close, 2); p >= 0; p = text.indexOf(close, p + 1)) {
    const a = text[p - 2];
    const t = text[p - 1];
    if ((a === 'a' && t === 't') || (a === 'A' && t === 'T')) return true;
  }
  return false;
}

/** text.includes(' dot '), found from "dot " (a search for " dot " stops at every space). */
function hasWordDot(text: string): boolean {
  for (let p = text.indexOf('dot ', 1); p >= 0; p = text.indexOf('dot ', p + 1)) if (text[p - 1] === ' ') return true;
  return false;
}

export const email: Detector = {
  id: 'email',
  types: ['EMAIL_ADDRESS'],
  description: 'E-mail addresses, also in mailto: links and "[at]/(at)/ at / dot " spellings; syntax and top-level-domain checks',
  wordLists: [],
  find(doc, out) {
    const text = doc.text;
    let at = text.indexOf('@');
    let lastEnd = -1;
    while (at >= 0) {
      if (at >= lastEnd) {
        const found = addressAt(text, at);
        if (found) {
          out.push(candidate(doc, found.start, found.end, 0.95));
          lastEnd = found.end;
        }
      }
      at = text.indexOf('@', at + 1);
    }
    if (spelledAtPossible(text)) {
      SPELLED.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = SPELLED.exec(text))) {
        // The last label is a top-level domain: letters of one case ("(at)gmail.com"; "(at) home.Tomorrow" is a sentence).
        if (/(?:^|[^A-Za-z0-9-])(?:[a-z]{2,24}|[A-Z]{2,24})$/.test(m[0])) out.push(candidate(doc, m.index, m.index + m[0].length, 0.85));
      }
    }
    if (hasWordDot(text)) {
      WORDED.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = WORDED.exec(text))) {
        const local = m[0].slice(0, m[0].search(/ at /i));
        const tld = m[0].slice(m[0].lastIndexOf(' ') + 1).toLowerCase();
        // A plain word before "at" ("meet me at home dot com") is a sentence, not a mailbox.
        if (WORDED_TLDS.has(tld) && (/[._\d]/.test(local) || / dot /i.test(local))) out.push(candidate(doc, m.index, m.index + m[0].length, 0.8));
        // "reach me at sipho dot dlamini at yahoo dot co dot za": a refused match may hide the address after it.
        else WORDED.lastIndex = m.index + m[0].search(/ at /i) + 4;
      }
    }
  },
};
