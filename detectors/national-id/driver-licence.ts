/**
 * NATIONAL_ID / driver_licence: a driver's licence number given after its label: "driver's licence
 * number: D1234567", "Driving licence no. MORGA657054SM9IJ", "DL# S530-4239-8831", "licence no
 * 123 456 789" when a driver word ("driver", "driving", "DVLA", "DMV") is close before or after it.
 * Label-driven like the passport detector: it iterates its keyword hits and reads only the few
 * characters after each. Formats vary by country and state (UK 16 characters, CA letter + 7 digits,
 * NY 9 digits often spaced, FL/IL dashed groups, WA 12 letters and digits), so the value is 5-18
 * letters and digits with at least 3 digits, joined by "-" or, between digit groups, single spaces.
 *
 * Scoring 0.85 after a driver's-licence label, 0.8 after a generic licence label with a driver word
 * near or a value in a format only driver's licences have (UK DVLA, Ontario). "Renew your driving licence", "driver's licence photo", "licence expires 12/2027" stop the
 * reader (the word after the label is not a connector, or the value is a date).
 */
import { words } from '../context.js';
import type { Detector, ScanDoc } from '../detector.js';
import { keepLast } from '../mask.js';
import { CONNECTOR_WORDS, continues, valueStart } from '../passport.js';
import type { Candidate } from '../types.js';

export const DRIVER_LICENCE_WORDS = words('driver-licence', [
  "driver's licence", "driver's license", 'driver licence', 'driver license', 'driving licence', 'driving license',
  "driver's licence number", "driver's license number", 'driving licence number', 'driving license number',
  "driver's lic", 'drivers lic', 'dl no', 'dl number', 'dl num', 'dl nr', 'dl', 'permis de conduire',
  'licencia de conducir', 'licencia de manejo', 'führerschein', 'führerscheinnummer',
]);

/** Generic licence labels: a driver's licence only with a driver word close before or after them. */
export const LICENCE_WORDS = words('driver-licence-generic', [
  'licence', 'license', 'licence number', 'license number', 'licence no', 'license no', 'licence num', 'license num',
  'lic no', 'lic number', 'licence id', 'license id',
]);

export const DRIVER_WORDS = words('driver-licence-context', [
  'driver', 'driving', 'dvla', 'dmv', 'motorist',
]);

const TOKEN = /[A-Za-z0-9]{1,18}(?:-[A-Za-z0-9]{1,18}){0,6}/y;
const SPACED_DIGITS = /\d{1,4}(?: \d{2,4}){1,5}/y;
const ISSUER_CODE = /\(?[A-Z]{2}\)?[ \t]{1,3}(?:-[ \t]{1,3})?/y;

function stickyEnd(re: RegExp, text: string, at: number): number {
  re.lastIndex = at;
  return re.test(text) ? re.lastIndex : -1;
}

/** The licence number at `at`, or undefined. */
function licenceValue(text: string, at: number): { start: number; end: number } | undefined {
  if (at > 0 && /[\p{L}\p{N}*•]/u.test(text[at - 1]!)) return undefined;
  const candidates = [stickyEnd(SPACED_DIGITS, text, at), stickyEnd(TOKEN, text, at)].filter((e) => e > at);
  for (const end of candidates) {
    if (continues(text, end)) continue;
    const value = text.slice(at, end);
    const alnum = value.replace(/[ -]/g, '');
    if (alnum.length < 5 || alnum.length > 18) continue;
    const digits = alnum.replace(/\D/g, '').length;
    if (digits < 3 || /^(.)\1+$/.test(alnum)) continue;
    return { start: at, end };
  }
  return undefined;
}

/**
 * Formats no other licence has: UK DVLA (5 letters of the surname padded with 9, 6 digits from the
 * birth date, 2 initials, a digit, 2 check letters: "MORGA657054SM9IJ") and Ontario (a letter and
 * 14 digits in groups of 4-5-5: "T7142-58813-60412").
 */
const ISSUER_FORMATS = [/^[A-Z9]{5}\d{6}[A-Z9]{2}\d[A-Z]{2}$/, /^[A-Z]\d{4}-?\d{5}-?\d{5}$/];

function issuerFormat(value: string): boolean {
  return ISSUER_FORMATS.some((re) => re.test(value));
}

/**
 * A DVLA number later in the label's sentence: "the driving licence number on the policy is now
 * MORGA657054SM9IJ". Its format is specific enough that the words between need not be connectors.
 * Bounded look (80 characters, the sentence only), so the cost per label is constant.
 */
const DVLA_IN_SENTENCE = /(?<![\p{L}\p{N}])[A-Z9]{5}\d{6}[A-Z9]{2}\d[A-Z]{2}(?![\p{L}\p{N}])/u;

function dvlaLater(text: string, from: number): { start: number; end: number } | undefined {
  let window = text.slice(from, from + 80);
  const stop = window.search(/[.!?](?:\s|$)|\n/);
  if (stop >= 0) window = window.slice(0, stop);
  const m = DVLA_IN_SENTENCE.exec(window);
  return m ? { start: from + m.index, end: from + m.index + m[0].length } : undefined;
}

/** A bare "DL" is a label only when written "DL:" / "DL#" / "DL -" (not "DL 5 files"). */
function bareDlOk(doc: ScanDoc, end: number, word: string): boolean {
  if (word.toLowerCase() !== 'dl') return true;
  // "DL-2025-44718" after "Application no." is a code with a DL prefix, not a labelled licence.
  if (doc.text[end] === '-' && /\d/.test(doc.text[end + 1] ?? '')) return false;
  return /^[ \t]{0,2}[:#-]/.test(doc.text.slice(end, end + 4)) && word === 'DL';
}

export const driverLicence: Detector = {
  id: 'driver-licence',
  types: ['NATIONAL_ID'],
  description: "Driver's licence numbers after a driver's-licence label (5-18 letters/digits, at least 3 digits; a UK DVLA number anywhere later in the label's sentence); label-driven",
  wordLists: [DRIVER_LICENCE_WORDS, LICENCE_WORDS, DRIVER_WORDS],
  find(doc, out) {
    const text = doc.text;
    let lastEnd = -1;
    for (const hit of doc.hits.hits) {
      if (hit.start < lastEnd) continue;
      const specific = hit.lists.includes(DRIVER_LICENCE_WORDS.id);
      if (!specific && !hit.lists.includes(LICENCE_WORDS.id)) continue;
      if (specific && !bareDlOk(doc, hit.end, text.slice(hit.start, hit.end))) continue;
      const driverNear = specific || doc.hits.near(hit.start, hit.start, DRIVER_WORDS, 60, 80);
      const at = valueStart(text, hit.end, CONNECTOR_WORDS);
      let v = at < 0 ? undefined : licenceValue(text, at);
      // "Driver's license: CA D1234567", "DL (NY) 123 456 789": a state or country code first.
      if (!v && at >= 0) {
        const after = stickyEnd(ISSUER_CODE, text, at);
        if (after > at) v = licenceValue(text, after);
      }
      if (!v && specific) v = dvlaLater(text, hit.end);
      // Without a driver word only a value in a licensing authority's own format: "Licence number T7142-58813-60412".
      if (!v || (!driverNear && !issuerFormat(text.slice(v.start, v.end)))) continue;
      const candidate: Candidate = {
        type: 'NATIONAL_ID',
        subtype: 'driver_licence',
        start: v.start,
        end: v.end,
        score: specific ? 0.85 : 0.8,
        masked: keepLast(text.slice(v.start, v.end), 2),
        detector: 'driver-licence',
      };
      out.push(candidate);
      lastEnd = v.end;
    }
  },
};
