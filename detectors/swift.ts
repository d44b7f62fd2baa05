/**
 * SWIFT_BIC: SWIFT/BIC codes (ISO 9362), 8 or 11 characters: 4 letters (institution), a 2-letter
 * ISO 3166 country, 2 letters/digits (location), optionally 3 letters/digits (branch). There is no
 * check digit and every 8-letter upper-case word has the shape ("CUSTOMER", "REFUNDED"), so a code
 * is reported only:
 *   - right after a SWIFT/BIC keyword ("SWIFT code:", "BIC", "SWIFT/BIC", "bank identifier code"),
 *     with only filler or the bank's name between: 0.9;
 *   - right before "(SWIFT)" / "(BIC)": 0.88;
 *   - right next to an IBAN of the same country or bank ("GB29 NWBK 6016 1331 9268 19, NWBKGB2L"): 0.85.
 * Upper-case only, country checked against the ISO 3166 list. Candidates come from keyword hits and
 * IBANs; there is no whole-text regex.
 */
import { words, type Hit } from './context.js';
import type { Detector, ScanDoc } from './detector.js';
import { BANK_NAME_WORDS, hitsIn } from './bank-account.js';
import { findIbans, IBAN_WORDS, type IbanMatch } from './iban.js';
import { keepLast } from './mask.js';
import { REFERENCE_WORDS } from './shared-words.js';
import type { Candidate } from './types.js';

export const SWIFT_WORDS = words('swift-bic', [
  'swift', 'swift code', 'swift no', 'swift number', 'swift address', 'swift bic', 'bic', 'bic code', 'bic swift',
  'bic no', 'bank identifier code', 'bank identification code', 'business identifier code', 'iso 9362', 'code swift',
  'code bic', 'codigo swift', 'código swift', 'ordering bank', 'beneficiary bank', 'receiving bank', 'sending bank',
  'correspondent bank', 'intermediary bank', 'remitting bank',
  // wiring instructions name the other banks' codes by their role alone
  'correspondent', 'correspondent code', 'intermediary', 'intermediary code', 'routing bic',
]);

/** ISO 3166-1 alpha-2, plus XK (Kosovo), which BICs use. */
const COUNTRIES = new Set(
  ('AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ ' +
    'CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO ' +
    'FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE ' +
    'JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO ' +
    'MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW ' +
    'PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM ' +
    'TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW XK').split(' '),
);

const BIC_SHAPE = /^[A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?$/;

/**
 * Upper-case words of BIC shape and a valid country that turn up after "SWIFT"/"BIC" in forms and
 * shouted prose: never codes.
 */
const NOT_BICS = new Set(
  ('CUSTOMER CUSTOMERS REFUNDED PASSWORD REQUIRED OPTIONAL PROVIDED ATTACHED INCLUDED VERIFIED REDACTED TRANSFER ' +
    'TRANSFERS PAYMENTS ACCOUNTS BUSINESS NATIONAL DOMESTIC STANDARD COMPLETE CONFIRMS CONFIRMED REQUESTED ' +
    'RECEIVED RETURNED REVERSED REJECTED DECLINED APPROVED ACCEPTED UNAVAILABLE NOTAPPLICABLE DELIVERY ' +
    'RESPONSE SERVICES SHIPPING').split(' '),
);

export function isBic(token: string): boolean {
  return BIC_SHAPE.test(token) && COUNTRIES.has(token.slice(4, 6)) && !NOT_BICS.has(token);
}

/**
 * Words that may stand between the keyword and the code: "SWIFT/BIC code of our bank is:", and the
 * same in French, Spanish, Portuguese and German ("le code SWIFT de notre banque est", "el código
 * SWIFT de nuestro banco es", "o código SWIFT do nosso banco é", "der BIC unserer Bank lautet").
 */
const FILLER = new Set(
  ('code codes no nr num number is are was our your the their bank banks s bic swift iso 9362 of for address id ' +
    'identifier please use and or details ' +
    'de du la le notre votre banque est es el nuestro nuestra su banco do da o nosso nossa seu sua é ' +
    'der die des unserer unsere ihrer ihre bank ist lautet').split(' '),
);

const TOKEN = /[\p{L}\p{N}]{1,40}/uy;
const ASIDE = /\([^()\n]{1,40}\)(?=[ \t]{0,2}:)/y;

/** Reads the tokens after a keyword hit; the first BIC-shaped one, if only filler comes before it. */
function codeAfter(doc: ScanDoc, hit: Hit): { start: number; end: number; colon: boolean } | undefined {
  const text = doc.text;
  let i = hit.end;
  let tokens = 0;
  let lineBreaks = 0;
  let colon = false;
  let prev = '';
  let bankHits: Hit[] | undefined;
  while (i < text.length && i - hit.end <= 48) {
    const c = text[i]!;
    if (c === ' ' || c === '\t' || c === '\r') {
      i++;
      continue;
    }
    if (c === '\n') {
      if (++lineBreaks > 2) return undefined;
      i++;
      continue;
    }
    // "SWIFT (international only): HRTLUS44": a short aside in brackets before the ":".
    if (c === '(' && tokens === 0) {
      ASIDE.lastIndex = i;
      if (ASIDE.test(text)) {
        i = ASIDE.lastIndex;
        continue;
      }
    }
    if (':#=-/()[],"\'*'.includes(c)) {
      if (c === ':' || c === '=') colon = true;
      i++;
      continue;
    }
    if (c === '.') {
      if (prev !== 'no' && prev !== 'nr' && prev !== 'num') return undefined;
      i++;
      continue;
    }
    TOKEN.lastIndex = i;
    const m = TOKEN.exec(text);
    if (!m) return undefined;
    const token = m[0];
    const end = i + token.length;
    if (isBic(token)) return { start: i, end, colon };
    const lower = token.toLowerCase();
    if (!FILLER.has(lower)) {
      bankHits ??= hitsIn(doc, hit.end, hit.end + 60).filter((h) => h.lists.includes(BANK_NAME_WORDS.id));
      const at = i;
      if (!bankHits.some((h) => h.start <= at && h.end >= end)) return undefined;
    }
    if (++tokens > 6) return undefined;
    prev = lower;
    i = end;
  }
  return undefined;
}

/**
 * "THANKS FOR THE SWIFT DELIVERY", "SWIFT CUSTOMER FORM": an all-letter code in upper-case prose is
 * a word, not a code (upper-case words around the keyword and the code).
 */
function shouted(text: string, hit: Hit, code: { start: number; end: number; colon: boolean }): boolean {
  const token = text.slice(code.start, code.end);
  if (/\d/.test(token) || code.colon) return false;
  const keyword = text.slice(hit.start, hit.end);
  if (keyword !== keyword.toUpperCase()) return false;
  return /^[ \t]{1,3}[A-Z]{2,}\b/.test(text.slice(code.end, code.end + 20)) || /\b[A-Z]{2,}[ \t]{1,3}$/.test(text.slice(Math.max(0, hit.start - 20), hit.start));
}

/** A BIC right before "(SWIFT)" / "- BIC": the label follows the value. */
const CODE_BEFORE = /(?:^|[^\p{L}\p{N}])([A-Z0-9]{8}(?:[A-Z0-9]{3})?)[ \t]{0,2}[(-][ \t]{0,2}$/u;

/** Between an IBAN and a BIC written next to it: punctuation, "and", "BIC", "SWIFT". */
const GAP_CHAR = /[\s,;:/()&|-]/;
const GAP_WORD = /^(?:and|bic|swift|code)$/i;
const BIC_TO_IBAN = /(?:^|[^\p{L}\p{N}])([A-Z0-9]{8}(?:[A-Z0-9]{3})?)[\s,;:/()&|-]{1,6}$/u;

function sameBank(bic: string, iban: IbanMatch): boolean {
  return bic.slice(4, 6) === iban.country || iban.compact.slice(4, 8) === bic.slice(0, 4);
}

function codeNextToIban(text: string, iban: IbanMatch): { start: number; end: number } | undefined {
  // After the IBAN: skip punctuation and the words "and", "BIC", "SWIFT", "code"; the next token must be the code.
  let i = iban.end;
  while (i < text.length && i - iban.end <= 30) {
    if (GAP_CHAR.test(text[i]!)) {
      i++;
      continue;
    }
    TOKEN.lastIndex = i;
    const m = TOKEN.exec(text);
    if (!m) break;
    if (isBic(m[0])) {
      if (sameBank(m[0], iban)) return { start: i, end: i + m[0].length };
      break;
    }
    if (!GAP_WORD.test(m[0])) break;
    i += m[0].length;
  }
  const before = BIC_TO_IBAN.exec(text.slice(Math.max(0, iban.start - 24), iban.start));
  if (before && isBic(before[1]!) && sameBank(before[1]!, iban)) {
    const start = iban.start - before[0].length + before[0].indexOf(before[1]!);
    return { start, end: start + before[1]!.length };
  }
  return undefined;
}

function candidate(text: string, start: number, end: number, score: number): Candidate {
  return { type: 'SWIFT_BIC', subtype: 'bic', start, end, score, masked: keepLast(text.slice(start, end), 2), detector: 'swift' };
}

export const swift: Detector = {
  id: 'swift',
  types: ['SWIFT_BIC'],
  description: 'SWIFT/BIC codes (8 or 11 characters, ISO 3166 country), only after a SWIFT/BIC keyword or next to an IBAN',
  wordLists: [SWIFT_WORDS, BANK_NAME_WORDS, IBAN_WORDS, REFERENCE_WORDS],
  find(doc, out) {
    const text = doc.text;
    const found = new Map<number, Candidate>();
    for (const hit of doc.hits.of(SWIFT_WORDS)) {
      const code = codeAfter(doc, hit);
      if (code) {
        if (!found.has(code.start) && !shouted(text, hit, code)) found.set(code.start, candidate(text, code.start, code.end, 0.9));
        continue;
      }
      const before = CODE_BEFORE.exec(text.slice(Math.max(0, hit.start - 16), hit.start));
      if (before && isBic(before[1]!)) {
        const start = hit.start - before[0].length + before[0].indexOf(before[1]!);
        if (!found.has(start)) found.set(start, candidate(text, start, start + before[1]!.length, 0.88));
      }
    }
    for (const iban of findIbans(doc)) {
      const code = codeNextToIban(text, iban);
      if (code && !found.has(code.start)) found.set(code.start, candidate(text, code.start, code.end, 0.85));
    }
    for (const c of found.values()) out.push(c);
  },
};
