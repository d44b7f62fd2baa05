/**
 * PHONE_NUMBER: telephone numbers of any country, validated with libphonenumber-js (max metadata:
 * the number must be VALID for its region, not just possible). International numbers ("+263 77 123
 * 4567", "00 27 82 123 4567", "tel:+44...") are parsed as written; national numbers ("0772 123 456",
 * "(202) 555-0123") are tried in the configured region first, then in the common regions below.
 * Shapes that are dates, times, decimals or references are rejected before parsing, and the parser
 * only ever sees digit runs, never the whole text (it is slow on long texts).
 */
import { getCountryCallingCode, Metadata, parsePhoneNumberFromString, type CountryCode, type PhoneNumber } from 'libphonenumber-js/max';
import { luhnValid } from './checksums.js';
import { detached, hitIn, words, type Hit } from './context.js';
import type { Detector, ScanDoc } from './detector.js';
import { isFourDigitBlock, readDigitByDigit, type DigitRun } from './digit-runs.js';
import { keepLast } from './mask.js';
import { REFERENCE_WORDS } from './shared-words.js';
import type { Candidate } from './types.js';

export const PHONE_WORDS = words('phone', [
  'phone', 'phone no', 'phone number', 'telephone', 'tel', 'tel no', 'mobile', 'mobile no', 'mobile number',
  'cell', 'cellphone', 'cell no', 'call', 'call us', 'call me', 'called', 'calling', 'ring', 'dial', 'whatsapp',
  'sms', 'text us', 'contact number', 'contact no', 'landline', 'fax', 'hotline', 'helpline', 'toll free',
  'tollfree', 'mob', 'reach us', 'reach me', 'reach him', 'reach her', 'callback', 'call back', 'ph',
  'cel', 'celular', 'téléphone', 'telefon', 'telefone', 'teléfono', 'telemóvel', 'telemovel', 'móvil', 'simu', 'nhare', 'contact', 'contact us', 'contactable', 'msisdn',
  'mobile_number', 'phone_number', 'cell_number',
  // A person's "number", said without "phone" ("my number is zero seven seven ...").
  'my number', 'your number', 'his number', 'her number', 'best number', 'number on file', 'number on record',
  'number on the profile', 'number on your profile',
]);

/**
 * Labels of other kinds of numbers. A number directly labelled with one ("Routing number
 * 021000021", "NIN: 08031234567") is not a phone number even when it would parse as one.
 */
export const OTHER_NUMBER_WORDS = words('phone-not', [
  'routing', 'routing number', 'routing no', 'aba', 'aba number', 'transit number', 'rtn', 'account', 'account number',
  'account no', 'acct', 'acct no', 'a/c', 'a/c no', 'acc no', 'bank account', 'nuban', 'iban', 'swift', 'bic',
  'sort code', 'ssn', 'social security', 'social security number', 'sin', 'social insurance number', 'nin', 'bvn',
  'aadhaar', 'national id', 'id number', 'id no', 'identity number', 'passport', 'passport number', 'passport no',
  'licence', 'license', 'licence number', 'license number', 'pin', 'otp', 'password', 'passcode', 'code', 'cvv',
  'tax id', 'tin', 'kra pin', 'imei', 'serial number', 'meter number', 'policy number', 'till',
  'till number', 'paybill', 'business number', 'merchant code', 'id', 'call id', 'deposit id', 'session id',
  // exam and game numbers: "your centre number is 0832950", "match id 0727564751"
  'index number', 'centre number', 'center number', 'candidate number', 'exam number', 'examination number',
  'student number', 'learner number', 'admission number', 'match id', 'game id', 'player id',
  'transaction', 'transaction no', 'transaction number', 'trx',
  'nhs number', 'nhs no', 'nhs num', 'nhs id', 'chi number', 'community health index', 'tfn', 'tax file number',
  'medicare number', 'medicare no', 'medicare card number', 'nric', 'emirates id', 'curp',
]);

/**
 * Game and session logs name their records by number: "checked match 0727564751", "lobby
 * 0812345678". Only the phone detector reads these (national-ID classification reads
 * OTHER_NUMBER_WORDS, where "match" is too broad): a number they label directly is an identifier.
 */
export const GAME_LOG_WORDS = words('phone-game-log', [
  'match', 'game', 'lobby', 'session', 'replay', 'round', 'server', 'room',
  'match no', 'game no', 'lobby id', 'room id', 'server id', 'replay id',
]);

/** Regions tried for national-format numbers, after the configured one. */
export const FALLBACK_REGIONS: readonly CountryCode[] = ['ZW', 'ZA', 'KE', 'NG', 'GB', 'US', 'IN', 'CA', 'AU', 'GH', 'UG', 'TZ', 'ZM', 'BW', 'MZ', 'MW', 'RW', 'IE', 'DE', 'FR'];

/** Regions whose national numbers carry no trunk "0" (only tried with the shapes they use). */
const NANP = new Set<CountryCode>(['US', 'CA']);

/**
 * Calling codes of the regions above but NANP's "1" (which starts too many other numbers): a
 * mobile number of one of them is often written with its calling code and no "+" ("sent to
 * 254712345678", as mobile-money statements print it).
 */
const SERVED_CALLING_CODES: ReadonlyMap<string, CountryCode> = new Map(
  FALLBACK_REGIONS.filter((r) => !NANP.has(r)).map((r) => [getCountryCallingCode(r) as string, r]),
);

const mobilePatterns = new Map<CountryCode, RegExp | null>();

/** The region's mobile number pattern (national significant number), from its metadata. */
function mobilePattern(region: CountryCode): RegExp | null {
  let re = mobilePatterns.get(region);
  if (re === undefined) {
    const pattern = planOf(region)?.type('MOBILE')?.pattern();
    re = pattern ? new RegExp(`^(?:${pattern})$`) : null;
    mobilePatterns.set(region, re);
  }
  return re;
}

/**
 * `digits` are a served region's calling code and a valid mobile number of it; written in groups,
 * only with the calling code as the first group ("254 712 345 678").
 */
function servedMobileWithoutPlus(digits: string, lengths: readonly number[]): Parsed | undefined {
  for (let n = 1; n <= 3; n++) {
    const region = SERVED_CALLING_CODES.get(digits.slice(0, n));
    if (!region) continue;
    if ((lengths.length > 1 && lengths[0] !== n) || !mobilePattern(region)?.test(digits.slice(n))) return undefined;
    return parseValid('+' + digits);
  }
  return undefined;
}

function regionsFor(doc: ScanDoc): readonly CountryCode[] {
  const first = doc.region as CountryCode | undefined;
  if (!first || FALLBACK_REGIONS[0] === first) return FALLBACK_REGIONS;
  return [first, ...FALLBACK_REGIONS.filter((r) => r !== first)];
}

export interface Parsed {
  country: string | undefined;
  /** Digit-group lengths of the number in its region's national format, e.g. [3, 4, 4]. */
  nationalGrouping: string;
}

/**
 * Validation results by (region, number as written). libphonenumber-js compiles its metadata
 * patterns on every call, which makes it the most expensive step of a scan; the same numbers (the
 * company's own lines in every signature, the customer's number quoted back) recur across drafts.
 */
const validity = new Map<string, Parsed | null>();
const VALIDITY_CACHE_SIZE = 20_000;

function parseValid(raw: string, region?: CountryCode): Parsed | undefined {
  const key = `${region ?? ''}|${raw}`;
  const known = validity.get(key);
  if (known !== undefined) return known ?? undefined;
  const parsed = parseUncached(raw, region);
  if (validity.size >= VALIDITY_CACHE_SIZE) validity.clear();
  validity.set(key, parsed ?? null);
  return parsed;
}

/** A parser result whose grouping is computed when first read (formatNational() is not free). */
class ParsedByParser implements Parsed {
  private national: string | undefined;
  readonly country: string | undefined;
  constructor(private readonly p: PhoneNumber) {
    this.country = p.country;
  }
  get nationalGrouping(): string {
    return (this.national ??= grouping(this.p.formatNational()));
  }
}

function parseUncached(raw: string, region?: CountryCode): Parsed | undefined {
  const p = parsePhoneNumberFromString(raw, region);
  if (!p || !p.isValid()) return undefined;
  return new ParsedByParser(p);
}

const PLAINLY_WRITTEN = /^[\d ().-]+$/;
const PLAINLY_WRITTEN_INTERNATIONAL = /^\+[\d ().-]+$/;

/** parseInternational's results by the number as written, each with the digits it was computed for. */
const internationalResults = new Map<string, { readonly digits: string; readonly parsed: Parsed | undefined }>();

/** `written` starts with "+"; `digits` are the digits after it. */
function parseInternational(written: string, digits: string): Parsed | undefined {
  const known = internationalResults.get(written);
  if (known && known.digits === digits) return known.parsed;
  const parsed = parseInternationalUncached(written, digits);
  if (internationalResults.size >= VALIDITY_CACHE_SIZE) internationalResults.clear();
  // Copies: a slice of the text as a key would keep the whole text alive in the memo.
  internationalResults.set(detached(written), { digits: detached(digits), parsed });
  return parsed;
}

function parseInternationalUncached(written: string, digits: string): Parsed | undefined {
  const known = PLAINLY_WRITTEN_INTERNATIONAL.test(written) ? validInternational(digits) : undefined;
  return known === null ? undefined : (known ?? parseValid(written));
}


/** What the region's metadata says a national number looks like, for checks before parsing. */
interface NationalGate {
  /** Set when the trunk prefix is a plain digit string: its lengths and number pattern. */
  readonly plain?: { readonly prefix: string; readonly lengths: readonly number[]; readonly pattern: RegExp };
  /** What the parser strips as a national prefix; undefined when it may rewrite the number instead. */
  readonly prefixForParsing: RegExp | undefined;
  /** Every number-type pattern of every region sharing the calling code: a valid number matches one. */
  readonly anyType: RegExp;
  /** Digits the parser reads as international: after the IDD prefix, or from the calling code on. */
  readonly international: RegExp;
  /** Set when validity can be decided from the metadata alone (see validNational). */
  readonly exact?: ExactPlan;
}

/**
 * What isValid() checks for a national number of a region whose national prefix is plain digits
 * with no rewriting, and which comes first among the regions sharing its calling code (so the
 * parser settles on it whenever its own types match): the national pattern, possible lengths,
 * and the pattern and lengths of each number type.
 */
interface ExactPlan {
  readonly region: CountryCode;
  /** What the parser strips as a national prefix (nationalPrefixForParsing, never rewritten). */
  readonly prefix: RegExp | undefined;
  /** The region shares its calling code with others (then an undecided length check is left to the parser). */
  readonly shared: boolean;
  readonly lengths: readonly number[];
  readonly pattern: RegExp;
  /** Number types; empty when the region's metadata has none (then the national pattern decides). */
  readonly types: readonly { readonly lengths: readonly number[] | undefined; readonly pattern: RegExp }[];
  /** National formats, in the parser's order: the first whose leading digits and pattern fit is used. */
  readonly formats: readonly { readonly leading: RegExp | undefined; readonly whole: RegExp; readonly replace: RegExp; readonly output: string }[];
}

/** The numbering plan methods the gate reads (present in libphonenumber-js, not in its typings). */
interface PlanInternals {
  possibleLengths(): number[];
  leadingDigits(): string | undefined;
  nationalNumberPattern(): string;
  nationalPrefix(): string | undefined;
  nationalPrefixForParsing(): string | undefined;
  nationalPrefixTransformRule(): string | undefined;
  callingCode(): string;
  IDDPrefix(): string;
  hasTypes(): boolean;
  type(name: string): { pattern(): string; possibleLengths(): number[] | undefined } | undefined;
  formats(): { pattern(): string; format(): string; leadingDigitsPatterns(): string[]; nationalPrefixFormattingRule(): string | undefined }[];
}

/** The number types isValid() accepts (libphonenumber-js getNumberType). */
const NUMBER_TYPES = ['FIXED_LINE', 'MOBILE', 'PREMIUM_RATE', 'TOLL_FREE', 'SHARED_COST', 'VOIP', 'PERSONAL_NUMBER', 'PAGER', 'UAN', 'VOICEMAIL'];

const gates = new Map<CountryCode, NationalGate | null>();

function planOf(region: string): PlanInternals | undefined {
  const metadata = new Metadata();
  metadata.selectNumberingPlan(region as CountryCode);
  return metadata.numberingPlan as unknown as PlanInternals | undefined;
}

/** The region's gate; null when its metadata cannot be read, so that only the parser decides. */
function gateOf(region: CountryCode): NationalGate | null {
  let gate = gates.get(region);
  if (gate !== undefined) return gate;
  gate = null;
  try {
    const p = planOf(region);
    if (p) {
      const prefix = p.nationalPrefix() ?? '';
      const forParsing = p.nationalPrefixForParsing() ?? prefix;
      const code = p.callingCode();
      gate = {
        plain: /^\d*$/.test(forParsing) && forParsing === prefix ? { prefix, lengths: p.possibleLengths(), pattern: new RegExp(`^(?:${p.nationalNumberPattern()})$`) } : undefined,
        // With a transform rule the parser may rewrite the digits (carrier codes, added area codes).
        prefixForParsing: p.nationalPrefixTransformRule() ? undefined : new RegExp(`^(?:${forParsing})`),
        anyType: new RegExp(`^(?:${typePatterns(code).join('|')})$`),
        international: new RegExp(`^(?:(?:${p.IDDPrefix()})|${code})`),
        exact: exactPlan(region, p, p.nationalPrefixForParsing()),
      };
    }
  } catch {
    gate = null;
  }
  gates.set(region, gate);
  return gate;
}

function exactPlan(region: CountryCode, p: PlanInternals, forParsing: string | undefined): ExactPlan | undefined {
  const sharing = regionsOfCallingCode(p.callingCode());
  if (sharing?.[0] !== region || p.leadingDigits() || p.nationalPrefixTransformRule()) return undefined;
  const types: { lengths: readonly number[] | undefined; pattern: RegExp }[] = [];
  if (p.hasTypes()) {
    for (const name of NUMBER_TYPES) {
      const type = p.type(name);
      const pattern = type?.pattern();
      if (type && pattern) types.push({ lengths: type.possibleLengths(), pattern: new RegExp(`^(?:${pattern})$`) });
    }
    if (!types.length) return undefined;
  }
  const formats = p.formats().map((f) => {
    const leading = f.leadingDigitsPatterns();
    const rule = f.nationalPrefixFormattingRule();
    return {
      leading: leading.length ? new RegExp(`^(?:${leading[leading.length - 1]!})`) : undefined,
      whole: new RegExp(`^(?:${f.pattern()})$`),
      replace: new RegExp(f.pattern()),
      output: rule ? f.format().replace(/(\$\d)/, rule) : f.format(),
    };
  });
  return {
    region,
    prefix: forParsing ? new RegExp(`^(?:${forParsing})`) : undefined,
    shared: sharing.length > 1,
    lengths: p.possibleLengths(),
    pattern: new RegExp(`^(?:${p.nationalNumberPattern()})$`),
    types,
    formats,
  };
}

/**
 * What libphonenumber-js would make of national `digits` with `region` as default, when it would
 * find them valid and settle on `region` itself; undefined when the metadata alone cannot tell
 * (the parser then decides). It follows the parser's steps: the national prefix is dropped unless
 * what remains no longer fits the national pattern or a possible length, then a number type
 * must match, and the national format gives the grouping. Numbers the parser reads as
 * international are left to it. About fifty times cheaper than a parse, which compiles the
 * metadata's patterns on every call; test/detectors/phone-gate.test.ts holds it to the parser.
 */
export function validNational(digits: string, region: CountryCode): Parsed | undefined {
  const gate = gateOf(region);
  if (!gate?.exact || gate.international.test(digits)) return undefined;
  return exactNumber(digits, gate.exact);
}

/**
 * The same for the digits after "+" (e.g. "263771234567"), and null when the parser would find
 * them invalid (decided only for calling codes of one region). The calling code is the shortest
 * prefix that is one, as the parser reads it.
 */
export function validInternational(digits: string): Parsed | null | undefined {
  for (let length = 1; length <= 3 && length < digits.length; length++) {
    const regions = regionsOfCallingCode(digits.slice(0, length));
    if (!regions) continue;
    const plan = gateOf(regions[0] as CountryCode)?.exact;
    if (!plan) return undefined;
    const national = digits.slice(length);
    return exactNumber(national, plan) ?? (plan.shared || nationalSignificant(national, plan) === undefined ? undefined : null);
  }
  return undefined;
}

const callingCodes = new Map<string, readonly string[] | null>();

function regionsOfCallingCode(code: string): readonly string[] | undefined {
  let regions = callingCodes.get(code);
  if (regions === undefined) {
    const metadata = new Metadata() as unknown as { getCountryCodesForCallingCode(code: string): string[] | undefined };
    regions = metadata.getCountryCodesForCallingCode(code)?.filter((r) => r !== '001') ?? null;
    if (regions && !regions.length) regions = null;
    callingCodes.set(code, regions);
  }
  return regions ?? undefined;
}

/**
 * A result decided from the metadata; its grouping is computed when first read. A class, not an
 * object literal with a getter: such a literal costs a fresh closure and accessor pair per call.
 */
class ParsedByPlan implements Parsed {
  private national: string | undefined;
  private readonly nsn: string;
  constructor(
    nsn: string,
    private readonly plan: ExactPlan,
  ) {
    // A copy: memoised results must not keep a slice of the text (and with it the text) alive.
    this.nsn = detached(nsn);
  }
  get country(): string {
    return this.plan.region;
  }
  get nationalGrouping(): string {
    return (this.national ??= nationalGroupingOf(this.nsn, this.plan));
  }
}

function exactNumber(digits: string, plan: ExactPlan): Parsed | undefined {
  const nsn = nationalSignificant(digits, plan);
  if (nsn === undefined || !validIn(nsn, plan)) return undefined;
  return new ParsedByPlan(nsn, plan);
}

/** The digits the parser keeps once it has (or has not) dropped the national prefix; undefined when undecided. */
function nationalSignificant(digits: string, plan: ExactPlan): string | undefined {
  const prefix = plan.prefix?.exec(digits)?.[0];
  if (!prefix) return digits;
  const after = digits.slice(prefix.length);
  if (plan.pattern.test(digits) && !plan.pattern.test(after)) return digits;
  // The parser checks the length against the region it would settle on for `after`: this one
  // when `after` is valid here; when not, a region sharing the calling code might be chosen.
  if (plan.shared && !validIn(after, plan)) return undefined;
  const lengths = plan.lengths;
  if (!lengths.length) return after;
  const n = after.length;
  const possible = n >= lengths[0]! && (n > lengths[lengths.length - 1]! || lengths.includes(n));
  return possible ? after : digits;
}

function validIn(nsn: string, plan: ExactPlan): boolean {
  if (nsn.length < 2 || nsn.length > 17 || !plan.pattern.test(nsn)) return false;
  if (!plan.types.length) return true;
  for (const type of plan.types) if ((!type.lengths || type.lengths.includes(nsn.length)) && type.pattern.test(nsn)) return true;
  return false;
}

/** Digit-group lengths of formatNational(): the first format whose leading digits and pattern fit. */
function nationalGroupingOf(nsn: string, plan: ExactPlan): string {
  for (const f of plan.formats) {
    if (f.leading && !f.leading.test(nsn)) continue;
    if (f.whole.test(nsn)) return grouping(nsn.replace(f.replace, f.output));
  }
  return grouping(nsn);
}

/**
 * What isValid() can accept for a calling code: the type patterns of every region sharing it (the
 * parser may settle on any of them), or a region's national pattern where it has no types.
 */
function typePatterns(callingCode: string): string[] {
  const metadata = new Metadata() as unknown as { getCountryCodesForCallingCode(code: string): string[] | undefined };
  const out: string[] = [];
  for (const region of metadata.getCountryCodesForCallingCode(callingCode) ?? []) {
    const p = planOf(region);
    if (!p) continue;
    if (!p.hasTypes()) out.push(p.nationalNumberPattern());
    else for (const name of NUMBER_TYPES) {
      const pattern = p.type(name)?.pattern();
      if (pattern) out.push(pattern);
    }
  }
  return out.length ? out : ['(?!)'];
}

/**
 * False when the digits cannot be a valid national number of the region (see the two checks).
 * Cheap, and spares a full parse for most of the regions a national number is tried in.
 */
function mayBeNational(digits: string, region: CountryCode): boolean {
  const gate = gateOf(region);
  return !gate || (fitsPlainPlan(digits, gate) && mayMatchNumberType(digits, region));
}

/** Where the trunk prefix is plain: the length and number pattern once the prefix is dropped. */
function fitsPlainPlan(digits: string, gate: NationalGate): boolean {
  const plain = gate.plain;
  if (!plain) return true;
  const nsn = plain.prefix && digits.startsWith(plain.prefix) ? digits.slice(plain.prefix.length) : digits;
  return plain.lengths.includes(nsn.length) && plain.pattern.test(nsn);
}

/**
 * False only when libphonenumber-js cannot find national `digits` valid with `region` as default:
 * with and without the prefix its parser would strip, they match no number-type pattern of any
 * region sharing the calling code. Digits the parser reads as international (an IDD prefix, the
 * calling code) and regions whose prefix rule rewrites digits are left to the parser.
 */
export function mayMatchNumberType(digits: string, region: CountryCode): boolean {
  const gate = gateOf(region);
  if (!gate?.prefixForParsing || gate.international.test(digits) || gate.anyType.test(digits)) return true;
  const prefix = gate.prefixForParsing.exec(digits);
  return prefix !== null && prefix[0].length > 0 && gate.anyType.test(digits.slice(prefix[0].length));
}

/** "020 7946 0958" -> "3,4,4". One pass over the characters, no match array. */
function grouping(written: string): string {
  let out = '';
  let run = 0;
  for (let i = 0; i < written.length; i++) {
    const c = written.charCodeAt(i);
    if (c >= 48 && c <= 57) run++;
    else if (run) {
      out = out ? `${out},${run}` : `${run}`;
      run = 0;
    }
  }
  if (run) out = out ? `${out},${run}` : `${run}`;
  return out;
}

/**
 * A national number is often valid in several regions ("020 7946 0958" is a London and a Lagos
 * number). The configured region wins; otherwise the first region whose own national format
 * groups the digits the way they are written, else the first valid one.
 */
/**
 * parseNational's results by everything they depend on: the same numbers (a company's lines in
 * every signature, a customer's number quoted back) are tried in each region again and again.
 * Keyed by region, shape and the number as written, each entry holding the digits and group
 * lengths it was computed for (nested maps of short or already-hashed strings: a concatenated key
 * cost more to flatten and hash than the lookup saved).
 */
interface NationalResult {
  readonly digits: string;
  readonly lengths: readonly number[];
  readonly parsed: Parsed | undefined;
}
const nationalResults = new Map<string, Map<NationalShape, Map<string, NationalResult>>>();
let nationalResultCount = 0;

function sameLengths(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function parseNational(doc: ScanDoc, written: string, digits: string, lengths: readonly number[], shape: NationalShape): Parsed | undefined {
  let byShape = nationalResults.get(doc.region);
  if (!byShape) nationalResults.set(doc.region, (byShape = new Map()));
  let byWritten = byShape.get(shape);
  if (!byWritten) byShape.set(shape, (byWritten = new Map()));
  const known = byWritten.get(written);
  if (known && known.digits === digits && sameLengths(known.lengths, lengths)) return known.parsed;
  const parsed = parseNationalUncached(doc, written, digits, lengths.join(','), shape);
  if (nationalResultCount >= VALIDITY_CACHE_SIZE) {
    nationalResults.clear();
    nationalResultCount = 0;
    return parsed;
  }
  if (!known) nationalResultCount++;
  // Copies: a slice of the text as a key would keep the whole text alive in the memo.
  byWritten.set(detached(written), { digits: detached(digits), lengths: lengths.slice(), parsed });
  return parsed;
}

/**
 * Regions beyond the served ones whose numbers are written with no trunk prefix (and so reach
 * labelledPlainNational): Lusophone and Southern Africa, Southern Europe, the Nordics, the Gulf and
 * the city states. A short list: trying every region costs about a millisecond a number.
 */
const NO_TRUNK_REGIONS: readonly CountryCode[] = ['BW', 'MZ', 'AO', 'MU', 'ES', 'PT', 'IT', 'BR', 'GR', 'CY', 'MT', 'LU', 'DK', 'NO', 'QA', 'SG', 'HK'];

/**
 * "Tel: 72 540 251", "update my mobile to 967 116 609": a number written with no trunk prefix
 * right after a phone word, in a region that has none (Botswana, Spain, Portugal...). Valid in the
 * configured region, or in a served or NO_TRUNK region that groups the digits exactly as written.
 */
function labelledPlainNational(doc: ScanDoc, written: string, digits: string, writtenGrouping: string): Parsed | undefined {
  const served = regionsFor(doc);
  const plainlyWritten = PLAINLY_WRITTEN.test(written);
  for (const region of [...served, ...NO_TRUNK_REGIONS.filter((r) => !served.includes(r))]) {
    if (NANP.has(region) || !mayBeNational(digits, region)) continue;
    const parsed = (plainlyWritten ? validNational(digits, region) : undefined) ?? parseValid(written, region);
    if (parsed && (region === doc.region || parsed.nationalGrouping === writtenGrouping)) return parsed;
  }
  return undefined;
}

function parseNationalUncached(doc: ScanDoc, written: string, digits: string, writtenGrouping: string, shape: NationalShape): Parsed | undefined {
  if (shape === 'plain-labelled') return labelledPlainNational(doc, written, digits, writtenGrouping);
  const brazilian = shape === 'trunk' ? brazilianWithTrunk(doc, written, writtenGrouping) : undefined;
  if (brazilian) return brazilian;
  let first: Parsed | undefined;
  // The parser reads these characters as the digits alone; at a line break or anything else it stops.
  const plainlyWritten = PLAINLY_WRITTEN.test(written);
  for (const region of regionsFor(doc)) {
    if (shape === 'trunk' && NANP.has(region)) continue;
    if ((shape === 'nanp' || shape === 'nanp-formatted') && !NANP.has(region) && region !== doc.region) continue;
    if (shape === 'plain' && region !== doc.region) continue;
    if (!mayBeNational(digits, region)) continue;
    const parsed = (plainlyWritten ? validNational(digits, region) : undefined) ?? parseValid(written, region);
    if (!parsed) continue;
    if (region === doc.region || parsed.nationalGrouping === writtenGrouping) return parsed;
    first ??= parsed;
  }
  return first;
}

/** dd.mm.yyyy, yyyy-mm-dd, dd-mm-yy and friends (perhaps followed by the hour): a date, not a phone number. */
function looksLikeDate(lengths: readonly number[], digits: string): boolean {
  if (lengths.length === 4 && lengths[3]! <= 2) {
    // "2025-09-15 14:22", "15/09/2025 14": only with a real year, "0861 11 22 33" is a phone number.
    const year = lengths[0] === 4 ? digits.slice(0, 4) : lengths[2] === 4 ? digits.slice(lengths[0]! + lengths[1]!, lengths[0]! + lengths[1]! + 4) : '';
    return /^(?:19|20)\d\d$/.test(year) && looksLikeDate(lengths.slice(0, 3), digits.slice(0, digits.length - lengths[3]!));
  }
  if (lengths.length !== 3) return false;
  const [a, b, c] = lengths as [number, number, number];
  const part = (from: number, len: number) => Number(digits.slice(from, from + len));
  if (a === 4 && b <= 2 && c <= 2) return part(a, b) >= 1 && part(a, b) <= 12;
  if (a <= 2 && b <= 2 && (c === 4 || c === 2)) {
    const x = part(0, a);
    const y = part(a, b);
    return x >= 1 && x <= 31 && y >= 1 && y <= 31 && (x <= 12 || y <= 12);
  }
  return false;
}

/** "0800-1700", "0900 1730": opening hours. */
function looksLikeTimeRange(lengths: readonly number[], digits: string): boolean {
  if (lengths.length !== 2 || lengths[0] !== 4 || lengths[1] !== 4) return false;
  const ok = (hhmm: string) => Number(hhmm.slice(0, 2)) <= 24 && Number(hhmm.slice(2)) <= 59;
  return ok(digits.slice(0, 4)) && ok(digits.slice(4)) && digits.slice(2, 4) === '00' && digits.slice(6) <= '59';
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}_]/u;

interface Span {
  start: number;
  end: number;
}

/**
 * Extends the digits [start, end) to the number as written: a leading "+" (perhaps "+ " or "+("),
 * or the "(" of "(202) 555-0123". Returns undefined when the number is glued into a word or a
 * reference ("INV-0772123456", "0772123456abc").
 */
/** Zulu and Xhosa write a locative or instrumental prefix onto a number: "shayela ku-072 315 7267". */
const NGUNI_PREFIX = /(?:^|[^\p{L}])(?:ku|kwa|ka|ko|ngo|nge)$/u;

function phoneSpan(text: string, start: number, end: number): { span: Span; plus: boolean } | undefined {
  let s = start;
  let plus = false;
  let i = start - 1;
  const open = text[i] === '(';
  if (open) i--;
  let j = i;
  while (j >= 0 && j >= i - 1 && text[j] === ' ') j--;
  if (text[j] === '+') {
    plus = true;
    s = j;
    i = j - 1;
  } else if (open && text.slice(start, end).includes(')')) {
    s = start - 1;
    i = start - 2;
  } else {
    i = start - 1;
  }
  const before = text[i];
  if (before !== undefined) {
    if (LETTER_OR_DIGIT.test(before)) return undefined;
    // "EUR 83,033.78 - 2026-10-08": digits after a thousands separator are the rest of an amount.
    if ((before === ',' || before === '.') && !plus && /\d/.test(text[i - 1] ?? '')) return undefined;
    if ((before === '-' || before === '/' || before === '#') && LETTER_OR_DIGIT.test(text[i - 1] ?? '') && !(before === '-' && NGUNI_PREFIX.test(text.slice(Math.max(0, i - 4), i)))) return undefined;
  }
  const after = text[end];
  if (after !== undefined) {
    if (LETTER_OR_DIGIT.test(after)) return undefined;
    if ((after === '-' || after === '/') && LETTER_OR_DIGIT.test(text[end + 1] ?? '')) return undefined;
    if (after === '.' && /\d/.test(text[end + 1] ?? '')) return undefined;
  }
  return { span: { start: s, end }, plus };
}

const unwrap = (written: string): string => (written.includes('\n') ? written.replace(/ *\r?\n */g, ' ') : written);

type Part = { start: number; end: number; groups: number[] };

/** Digits in a part's groups. */
function digitCount(p: Part): number {
  let digits = 0;
  for (let i = 0; i < p.groups.length; i += 2) digits += p.groups[i + 1]! - p.groups[i]!;
  return digits;
}

/**
 * A run broken over two lines is one number wrapped at the line's end ("call us on 07312\n526441")
 * only when neither line holds a phone number of its own (`found`, each part's own candidate) and
 * each holds 3 digits or more (not a list's "2." nor a log's "rc=05" above a date).
 */
function wrappedNumber(parts: readonly Part[], found: readonly (Candidate | undefined)[]): boolean {
  return parts.length === 2 && parts.every((p, i) => !found[i] && digitCount(p) >= 3);
}

/** Splits a run at line breaks: two numbers on consecutive lines are two numbers. */
function segments(text: string, run: DigitRun): Part[] {
  const out: Part[] = [];
  let groups: number[] = [];
  for (let i = 0; i < run.groups.length; i += 2) {
    const gs = run.groups[i]!;
    if (groups.length && text.slice(groups[groups.length - 1]!, gs).includes('\n')) {
      out.push({ start: groups[0]!, end: groups[groups.length - 1]!, groups });
      groups = [];
    }
    groups.push(gs, run.groups[i + 1]!);
  }
  if (groups.length) out.push({ start: groups[0]!, end: groups[groups.length - 1]!, groups });
  return out;
}

function digitsOf(text: string, groups: readonly number[]): string {
  let d = '';
  for (let i = 0; i < groups.length; i += 2) d += text.slice(groups[i]!, groups[i + 1]!);
  return d;
}


/**
 * A reference word on an earlier line, not labelling the number: "whatever an email
 * claims.\n\nAcme Ltd\n+44 ...", "Claims Assessor | Acme\n+27 ...". A label directly before the
 * number ("Order no.:\n123 456 7890") still counts.
 */
function otherLine(doc: ScanDoc, hit: Hit, start: number): boolean {
  if (doc.directlyBefore(hit, start)) return false;
  return doc.text.slice(hit.end, start).includes('\n');
}
/** Between a phone word and its number: "Tel: ", "mobile to ", "call us on ", "phone number is ". */
const PHONE_WORD_GAP = /^[ \t]{0,3}(?:[:#=.-][ \t]{0,3})?(?:(?:number|no|is|to|on|at)[ \t]{1,3}){0,2}(?:[:#=-][ \t]{0,3})?$/i;

/** A phone word right before `start`, nothing but PHONE_WORD_GAP between (no reference or other number's label nearer). */
function plainAfterPhoneWord(doc: ScanDoc, start: number): boolean {
  const label = doc.labelBefore(start, [PHONE_WORDS, REFERENCE_WORDS, OTHER_NUMBER_WORDS], 40);
  return label?.list === PHONE_WORDS && PHONE_WORD_GAP.test(doc.text.slice(label.hit.end, start));
}

/**
 * `inRun`: the number starts in the middle of a longer run; then only a national number written
 * exactly in its region's grouping counts ("072 555 0164"), since any digits there could be a tail.
 */
function evaluate(doc: ScanDoc, start: number, end: number, groups: readonly number[], inRun = false): Candidate | undefined {
  const text = doc.text;
  const digits = digitsOf(text, groups);
  if (digits.length < 7 || digits.length > 15) return undefined;
  const located = inRun ? { span: { start, end }, plus: false } : phoneSpan(text, start, end);
  if (!located) return undefined;
  const { span, plus } = located;
  const lengths: number[] = [];
  for (let i = 0; i < groups.length; i += 2) lengths.push(groups[i + 1]! - groups[i]!);
  // A number wrapped onto the next line ("07312\n526441") is read as written on one.
  const written = unwrap(text.slice(span.start, span.end));
  let parsed: Parsed | undefined;
  let score: number;
  if (plus) {
    parsed = parseInternational(written, digits);
    score = 0.9;
  } else if (digits.startsWith('00') && digits.length >= 10) {
    parsed = parseInternational('+' + digits.slice(2), digits.slice(2));
    score = 0.8;
  } else {
    if (looksLikeDate(lengths, digits) || looksLikeTimeRange(lengths, digits)) return undefined;
    if (lengths[0] === 1 && digits[0] === '0' && text[groups[1]!] === '.') return undefined; // 0.237115
    const national = nationalShape(text, digits, lengths, start);
    if (!national) return undefined;
    parsed = parseNational(doc, written, digits, lengths, national);
    if (!parsed && national === 'plain' && !inRun && plainAfterPhoneWord(doc, span.start)) parsed = parseNational(doc, written, digits, lengths, 'plain-labelled');
    score = national === 'trunk' || national === 'nanp-formatted' ? 0.7 : 0.45;
    if (inRun && parsed?.nationalGrouping !== lengths.join(',')) return undefined;
  }
  let label = doc.labelBefore(span.start, [PHONE_WORDS, REFERENCE_WORDS, OTHER_NUMBER_WORDS], 40);
  // "claims@proteamutual.co.za | 0860 776 832": a word of an address beside the number labels nothing.
  if (label && label.list !== PHONE_WORDS && inAddress(text, label.hit)) label = undefined;
  // "msisdn": "254712123456": an international number without its "+", named as a phone number.
  if (!parsed && !plus && !inRun && digits[0] !== '0' && digits.length >= 11 && label?.list === PHONE_WORDS && doc.directlyBefore(label.hit, span.start)) {
    parsed = parseValid('+' + digits);
    score = 0.7;
  }
  // "sent to 254749221126 by mistake": unlabelled, a served region's mobile number with its calling code.
  if (!parsed && !plus && !inRun && digits[0] !== '0' && digits.length >= 11 && digits.length <= 13) {
    parsed = servedMobileWithoutPlus(digits, lengths);
    score = 0.6;
  }
  if (!parsed) return undefined;
  if (label?.list === PHONE_WORDS) score += 0.15;
  // A reference word nearby makes a bare run a reference; a number written with "+" stays a phone number.
  else if (label?.list === REFERENCE_WORDS && !otherLine(doc, label.hit, span.start)) score -= plus ? 0.2 : 0.45;
  else if (label?.list === OTHER_NUMBER_WORDS) {
    if (doc.directlyBefore(label.hit, span.start)) score -= 0.45;
  } else if (!plus && !label) {
    const game = doc.labelBefore(span.start, [GAME_LOG_WORDS], 12);
    if (game && doc.directlyBefore(game.hit, span.start)) score -= 0.45;
  }
  return {
    type: 'PHONE_NUMBER',
    subtype: parsed.country?.toLowerCase() ?? 'intl',
    start: span.start,
    end: span.end,
    score: Math.min(0.99, score),
    masked: keepLast(written, 2),
    detector: 'phone',
  };
}

/** "0(31) 99581-5616", "0 (11) 3456-7890": the trunk "0", a two-digit area code in brackets, then 4-5 and 4 digits. */
const BR_TRUNK_WRITTEN = /^0 ?\( ?\d{2} ?\) ?\d{4,5}[ -]?\d{4}$/;

/**
 * A Brazilian number written with its trunk "0" before the area code in brackets. Brazil is no
 * fallback region (its national numbers carry no "0" as written), yet this shape is its own: the
 * rest is exactly Brazil's national format, "(31) 99581-5616". The configured region still wins
 * where the number is valid there; otherwise Brazil, when the number is valid and grouped as
 * Brazil prints it (else the fallback regions are tried as for any trunk number).
 */
function brazilianWithTrunk(doc: ScanDoc, written: string, writtenGrouping: string): Parsed | undefined {
  if (!writtenGrouping.startsWith('1,') || !BR_TRUNK_WRITTEN.test(written)) return undefined;
  if (doc.region !== 'BR' && parseValid(written, doc.region as CountryCode)) return undefined;
  const parsed = parseValid(written, 'BR');
  return parsed?.nationalGrouping === writtenGrouping.slice(2) ? parsed : undefined;
}

/**
 * What /\s/ matches, by char code (no regex call per character): the ECMAScript WhiteSpace and
 * LineTerminator characters (tab, LF, VT, FF, CR, space, NBSP, the Zs spaces, LS, PS, BOM).
 */
function isWhiteSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** True when the word of `hit` is part of an email address or a URL ("claims@...", "https://x.com/claims"). */
function inAddress(text: string, hit: Hit): boolean {
  let a = hit.start;
  while (a > 0 && a > hit.start - 80 && !isWhiteSpace(text.charCodeAt(a - 1))) a--;
  let b = hit.end;
  while (b < text.length && b < hit.end + 80 && !isWhiteSpace(text.charCodeAt(b))) b++;
  const token = text.slice(a, b);
  return /[\p{L}\d]@[\p{L}\d]/u.test(token) || token.includes('://') || /(?:^|[^\p{L}])www\./iu.test(token);
}

/**
 * What kind of national number this could be: "trunk" (starts with the trunk prefix 0, most of
 * the world), "nanp-formatted" ((202) 555-0123, 202-555-0123), "nanp" (2025550123, needs a label)
 * or "plain" (no prefix: only for the configured region, needs a label).
 */
/** 'plain-labelled': a plain number right after a phone word (evaluate), tried in every region. */
type NationalShape = 'trunk' | 'nanp' | 'nanp-formatted' | 'plain' | 'plain-labelled';

function nationalShape(text: string, digits: string, lengths: readonly number[], start: number): NationalShape | undefined {
  if (digits[0] === '0') return digits[1] === '0' ? undefined : 'trunk';
  if (digits.length === 10 || (digits.length === 11 && digits[0] === '1')) {
    const area = digits.length === 11 ? digits.slice(1, 4) : digits.slice(0, 3);
    if (area[0] === '0' || area[0] === '1') return undefined;
    const l = digits.length === 11 ? lengths.slice(1) : lengths;
    const formatted = (l.length === 3 && l[0] === 3 && l[1] === 3 && l[2] === 4) || text[start - 1] === '(';
    return formatted ? 'nanp-formatted' : 'nanp';
  }
  return 'plain';
}

export const phone: Detector = {
  id: 'phone',
  types: ['PHONE_NUMBER'],
  description: 'Telephone numbers of any country, international or national format; libphonenumber-js validity',
  wordLists: [PHONE_WORDS, REFERENCE_WORDS, OTHER_NUMBER_WORDS, GAME_LOG_WORDS],
  find(doc, out) {
    const text = doc.text;
    for (const run of doc.runs) {
      if (run.digits.length < 7) continue;
      const broken = text.indexOf('\n', run.start);
      // Only a run broken over lines has parts (and each part's own candidate, read once).
      const parts = broken >= 0 && broken < run.end ? segments(text, run) : undefined;
      const own = parts?.map((p) => (parts.length > 1 && digitCount(p) >= 7 ? evaluate(doc, p.start, p.end, p.groups) : undefined));
      if (run.digits.length <= 15 && (!parts || parts.length === 1 || wrappedNumber(parts, own!))) {
        const whole = evaluate(doc, run.start, run.end, run.groups);
        if (whole) {
          out.push(whole);
          continue;
        }
      }
      if (!parts || parts.length === 1) {
        if (run.groups.length > 2) findInside(doc, run.groups, out);
        continue;
      }
      parts.forEach((part, i) => {
        const c = own![i];
        if (c) out.push(c);
        else if (part.groups.length > 2) findInside(doc, part.groups, out);
      });
    }
    if (text.includes(', ')) findReadOutLists(doc, out);
  },
};

/** How far before a read-out list a phone word must be ("a number to call you back on? ... it's 066, 109, 8111"). */
const READ_OUT_CONTEXT = 120;

/** One item of a read-out list: 3 or 4 digits, as one group or digit by digit ("0 6 6"). */
function readOutItem(text: string, run: DigitRun): boolean {
  const n = run.digits.length;
  return n >= 3 && n <= 4 && (run.groups.length === 2 || readDigitByDigit(text, run));
}

/**
 * "Customer: Yes, it's 066, 109, 8111.": a transcript writes the pauses of a number read out as
 * commas. Two to four items of 3-4 digits, ", " between each, are read as one national number
 * when a phone word comes before them (READ_OUT_CONTEXT characters, no other number between) and
 * the digits are a valid number with the trunk prefix; thousands ("1,250, 3,400") never form such
 * a list (their groups are joined by a comma without a space), and a list of quantities has no
 * phone word or is no valid number. No whole-text regex: one pass over the runs, only for texts
 * holding ", ".
 */
function findReadOutLists(doc: ScanDoc, out: Candidate[]): void {
  const text = doc.text;
  const runs = doc.runs;
  for (let r = 0; r < runs.length; r++) {
    const first = runs[r]!;
    if (text[first.end] !== ',' || !readOutItem(text, first)) continue;
    let k = r;
    while (k + 1 < runs.length && k - r < 3 && text.slice(runs[k]!.end, runs[k + 1]!.start) === ', ' && readOutItem(text, runs[k + 1]!)) k++;
    if (k === r) continue;
    const start = first.start;
    const end = runs[k]!.end;
    const next = r;
    r = k;
    if (/[\d,.]/.test(text[start - 1] ?? '') || /^[,.]\d/.test(text.slice(end, end + 2)) || LETTER_OR_DIGIT.test(text[end] ?? '')) continue;
    const items = runs.slice(next, k + 1);
    const digits = items.map((run) => run.digits).join('');
    if (digits[0] !== '0' || digits[1] === '0' || digits.length < 9 || digits.length > 12) continue;
    // The nearest label must be a phone word: "call me about the order: 012, 345, 6789" lists an order's figures.
    const hit = doc.hits.nearestBefore(start, [PHONE_WORDS, REFERENCE_WORDS, OTHER_NUMBER_WORDS], READ_OUT_CONTEXT);
    if (!hit || !hitIn(hit, PHONE_WORDS) || hitIn(hit, REFERENCE_WORDS) || hitIn(hit, OTHER_NUMBER_WORDS) || /\d/.test(text.slice(hit.end, start))) continue;
    const lengths = items.map((run) => run.digits.length);
    const parsed = parseNational(doc, items.map((run) => run.digits).join(' '), digits, lengths, 'trunk');
    if (!parsed) continue;
    out.push({
      type: 'PHONE_NUMBER',
      subtype: parsed.country?.toLowerCase() ?? 'intl',
      start,
      end,
      score: 0.75,
      masked: keepLast(text.slice(start, end), 2),
      detector: 'phone',
    });
  }
}

/** Most groups a written phone number has ("+263 8677 008 000", "+1 (646) 555-0184"). */
const MAX_PHONE_GROUPS = 5;

/**
 * Numbers side by side in one run ("+263 77 212 3456 4711108285713684", "0009176445089 072 555
 * 0164" in a pasted table): tries windows of consecutive groups, left to right, longest first. A
 * window that does not start the run must start where a number starts: after a "+", or with a
 * trunk "0" in the grouping its region prints. Other detectors claim the other windows; overlaps
 * are settled by score.
 */
function findInside(doc: ScanDoc, groups: readonly number[], out: Candidate[]): void {
  const text = doc.text;
  // "Token: 4635 0351 8389 9214 8776": a block of four-digit groups holds no phone number.
  if (isFourDigitBlock(text, groups)) return;
  const count = groups.length / 2;
  let g = 0;
  // "card 5411 1383 7226 5447 0966 579709 (he read both out together)": after a whole card number
  // (4-4-4-4 or 4-6-5/4-6-4, Luhn-valid) the rest of the run starts a number of its own, read as
  // if written alone (its grouping need not be its region's).
  const card = cardPrefix(text, groups);
  if (card && count - card >= 2) {
    const rest = groups.slice(2 * card);
    const c = evaluate(doc, rest[0]!, rest[rest.length - 1]!, rest);
    if (c) {
      out.push(c);
      return;
    }
  }
  while (g < count) {
    const plus = precededByPlus(text, groups[2 * g]!);
    let found: { c: Candidate; h: number } | undefined;
    let digits = 0;
    for (let h = g; h < count && h < g + MAX_PHONE_GROUPS; h++) digits += groups[2 * h + 1]! - groups[2 * h]!;
    for (let h = Math.min(count, g + MAX_PHONE_GROUPS) - 1; h >= g && !found; h--) {
      if (digits >= 7 && digits <= 15 && (h > g || plus)) {
        const window = groups.slice(2 * g, 2 * h + 2);
        const c = g === 0 || plus || text[groups[2 * g]!] === '0' ? evaluate(doc, window[0]!, window[window.length - 1]!, window, g > 0 && !plus) : undefined;
        if (c) found = { c, h };
      }
      digits -= groups[2 * h + 1]! - groups[2 * h]!;
    }
    if (found) {
      out.push(found.c);
      g = found.h + 1;
    } else g++;
  }
}

/** Card-number groupings a run may start with. */
const CARD_GROUPINGS: readonly (readonly number[])[] = [[4, 4, 4, 4], [4, 6, 5], [4, 6, 4]];

/** How many leading groups of a run form a Luhn-valid card number, or 0. */
function cardPrefix(text: string, groups: readonly number[]): number {
  for (const lengths of CARD_GROUPINGS) {
    if (groups.length / 2 <= lengths.length) continue;
    if (!lengths.every((n, i) => groups[2 * i + 1]! - groups[2 * i]! === n)) continue;
    if (luhnValid(digitsOf(text, groups.slice(0, 2 * lengths.length)))) return lengths.length;
  }
  return 0;
}

function precededByPlus(text: string, at: number): boolean {
  let i = at - 1;
  if (text[i] === '(') i--;
  while (i >= 0 && i >= at - 3 && text[i] === ' ') i--;
  return text[i] === '+';
}

/**
 * A phone number known only as its digits (read out in words, or answered to "which number should
 * we call?" in a transcript: detectors/dialogue.ts): international after a spoken "plus", else a
 * national number in the shapes `evaluate` accepts. The region and validity rules are the phone
 * detector's own.
 */
export function parsePhoneDigits(doc: ScanDoc, digits: string, international = false): Parsed | undefined {
  if (digits.length < 7 || digits.length > 15) return undefined;
  if (international) return parseInternational('+' + digits, digits);
  const lengths = [digits.length];
  const shape = nationalShape('', digits, lengths, 0);
  return shape ? parseNational(doc, digits, digits, lengths, shape) : undefined;
}
