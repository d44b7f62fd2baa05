/**
 * BANK_ACCOUNT: domestic bank account numbers. Only BANK accounts: a telco, utility, shop, loyalty,
 * meter, policy or mobile-money account number is not one. Three kinds:
 *
 * (a) gb_sort_code_account: a UK sort code written together with its account number ("sort code
 *     20-00-00, account number 55779911", "20-00-00 55779911", "s/c 40-47-84 a/c 70872490", or the
 *     account first: "account 55779911, sort code 20-00-00") is ONE finding from the first number to
 *     the end of the second. 0.95 after a sort-code label, 0.93 with an account word between, 0.88
 *     with a bank word nearby, 0.7 for the bare dashed form NN-NN-NN + 8 digits when the sort code
 *     cannot be a date; never otherwise. These beat the sort code alone (routing.ts, 0.85).
 * (b) ng_nuban: 10 digits after an account label ("account number", "acct no", "NUBAN") with a
 *     Nigerian bank named nearby; when the bank's CBN code is known the NUBAN check digit (3-7-3
 *     weights, detection.md §1.6) is verified and a valid one scores 0.95. A bank name right before
 *     10 digits ("GTBank 0123456789") counts as a label only when that check digit is valid.
 * (c) account_number: 6-18 digits, any grouping, right after an account label. Bank labels ("bank
 *     account", "savings account", "a/c", "NUBAN") score 0.92. Generic ones ("account number",
 *     "acct no", "account:") score 0.9 with a bank word nearby (bank, branch, transfer, deposit,
 *     EFT, RTGS, wire, IBAN, SWIFT, sort code, a bank's name); "account number" with no context
 *     either way scores 0.6 for 10+ digits and is not reported below that; a bare "account" needs the
 *     bank word. A non-bank qualifier ("customer/member/loyalty/meter/policy/M-Pesa/EcoCash/Econet
 *     account", "... with us") drops it.
 * (d) pt_nib, fr_rib, es_ccc, mx_clabe: national account numbers that carry their own check digits
 *     (Portuguese NIB 21 digits mod 97, French RIB 23 digits with its key, Spanish CCC 20 digits with
 *     two mod-11 digits, Mexican CLABE 18 digits), after their own label or an account label: 0.95.
 *
 * Never reported: unlabelled numbers, masked tails ("****4821", "account ending 4821"), amounts,
 * dates, numbers nearer to a phone, order, card or other label.
 */
import { brandOf, CARD_WORDS } from './card.js';
import { abaValid, cccValid, clabeValid, luhnValid, nibValid, ribValid } from './checksums.js';
import { words, type Hit, type WordList } from './context.js';
import type { Detector, ScanDoc } from './detector.js';
import { gluedAfter, gluedBefore, isMaskedTail, separatorAfter, type DigitRun } from './digit-runs.js';
import { IBAN_WORDS } from './iban.js';
import { keepLast } from './mask.js';
import { MOBILE_MONEY_WORDS } from './national-id/ke.js';
import { OTHER_NUMBER_WORDS, PHONE_WORDS } from './phone.js';
import { ROUTING_WORDS, SORT_CODE_WORDS, isFillerGap, sortCodeAt, type SortCodeShape } from './routing.js';
import { REFERENCE_WORDS } from './shared-words.js';
import type { Candidate } from './types.js';

/**
 * Account labels that say nothing about the kind of account: a bank word must be near ("current
 * account" is also a telco's "your current account").
 */
export const ACCOUNT_WORDS = words('bank-account-generic', [
  'account', 'account number', 'account no', 'account num', 'account nr', 'account nbr', 'acct', 'acct no',
  'acct number', 'acct num', 'acc', 'acc no', 'acc number', 'acc num', 'current account', 'deposit account',
  'akaunti', 'nambari ya akaunti',
  'rekeningnommer', 'rekening nommer', 'kontonummer', 'numéro de compte', 'numero de compte', 'número de cuenta',
  'numero de cuenta', 'compte', 'n° de compte', 'no de compte', 'cuenta', 'nro de cuenta', 'conta', 'número da conta',
  'numero da conta', 'konto', 'kontonr', 'rekening', 'rekening nr', 'rekeningnummer',
]);

/** The bare forms among ACCOUNT_WORDS: "your account 12345678" is too vague without a bank word. */
const BARE_ACCOUNT = new Set(['account', 'accounts', 'acct', 'accts', 'acc', 'accs', 'akaunti', 'compte', 'comptes', 'cuenta', 'cuentas', 'conta', 'contas', 'konto', 'kontos', 'rekening', 'rekeninge', 'rekeningen']);

/** Labels that name a bank account. */
export const BANK_ACCOUNT_WORDS = words('bank-account', [
  'bank account', 'bank acct', 'bank acc', 'a/c', 'a/c no', 'a/c number', 'checking account', 'chequing account',
  'cheque account', 'savings account', 'saving account', 'transmission account', 'beneficiary account',
  'domiciliary account', 'salary account', 'bankrekening', 'compte bancaire', 'compte courant', 'compte chèque',
  'compte cheque', 'compte épargne', 'compte epargne', 'cuenta bancaria', 'cuenta corriente', 'cuenta de ahorros',
  'conta bancária', 'conta bancaria', 'conta corrente', 'conta poupança', 'bankkonto', 'girokonto', 'sparkonto',
]);

export const NUBAN_WORDS = words('ng-nuban', ['nuban', 'nuban number', 'nuban no']);

/** Labels of the national account numbers with check digits of (d). */
const NATIONAL_ACCOUNT_WORDS = words('bank-account-national', [
  'nib', 'número de identificação bancária', 'numero de identificacao bancaria',
  'rib', "relevé d'identité bancaire", "releve d'identite bancaire", 'clé rib', 'cle rib',
  'ccc', 'código cuenta cliente', 'codigo cuenta cliente',
  'clabe', 'cuenta clabe', 'clabe interbancaria',
]);

/** Nigerian banks with their CBN codes (NUBAN check digit); null where the code is uncertain. */
const NG_BANKS: Readonly<Record<string, string | null>> = {
  gtbank: '058', gtb: '058', gtco: '058', 'guaranty trust': '058', 'guaranty trust bank': '058',
  'access bank': '044', 'access diamond': '063', 'diamond bank': '063', zenith: '057', 'zenith bank': '057',
  'first bank': '011', firstbank: '011', 'first bank of nigeria': '011', uba: '033', 'united bank for africa': '033',
  'fidelity bank': '070', 'union bank': '032', 'sterling bank': '232', wema: '035', 'wema bank': '035', alat: '035',
  fcmb: '214', 'first city monument bank': '214', 'stanbic ibtc': '221', ecobank: '050', 'keystone bank': '082',
  'polaris bank': '076', 'heritage bank': '030', 'unity bank': '215', providus: '101', 'providus bank': '101',
  'jaiz bank': '301', opay: null, palmpay: null, kuda: null, 'kuda bank': null, moniepoint: null,
};

/**
 * Nigerian banks people name by a word that is also an everyday word ("pay my rent to Sterling
 * 5177873021", "send am to Access 0690000031"). These never count as bank context (so "pounds
 * sterling" near an account changes nothing): only as the label of the 10 digits right after them,
 * and only when those are a valid NUBAN of that bank (check digit with its CBN code).
 */
const NG_SHORT_BANKS: Readonly<Record<string, string>> = {
  sterling: '232', access: '044', fidelity: '070', keystone: '082', polaris: '076', heritage: '030', jaiz: '301',
};
export const NG_SHORT_BANK_WORDS = words('bank-name-ng-short', Object.keys(NG_SHORT_BANKS));

/** Banks of the markets ReplyGuard serves (ZW, ZA, KE, NG, GB, US); "X Bank" is caught by "bank". */
const OTHER_BANKS = [
  'cbz', 'stanbic', 'fbc', 'steward bank', 'nmb', 'nmbz', 'cabs', 'zb bank', 'bancabc', 'banc abc', 'first capital bank',
  'nedbank', 'agribank', 'posb', 'metbank', 'fnb', 'first national bank', 'absa', 'standard bank', 'capitec', 'investec',
  'tymebank', 'kcb', 'equity bank', 'co-op bank', 'co-operative bank', 'cooperative bank', 'ncba', 'dtb', 'barclays',
  'hsbc', 'lloyds', 'natwest', 'santander', 'monzo', 'starling', 'revolut', 'halifax', 'citibank', 'wells fargo',
  'chase bank', 'jpmorgan', 'capital one', 'pnc',
  // India, Ghana, Canada, Australia: replies quote "your HDFC account ..." without the word "bank"
  'hdfc', 'icici', 'sbi', 'state bank of india', 'axis bank', 'kotak', 'kotak mahindra', 'punjab national bank', 'pnb',
  'bank of baroda', 'canara bank', 'yes bank', 'idfc first', 'indusind', 'gcb', 'ecobank', 'fidelity bank', 'calbank',
  'rbc', 'royal bank', 'td bank', 'scotiabank', 'bmo', 'cibc', 'desjardins', 'commbank', 'commonwealth bank', 'westpac',
  'anz', 'nab', 'nationwide', 'tsb', 'bank of america', 'us bank',
];

export const BANK_NAME_WORDS = words('bank-name', [...Object.keys(NG_BANKS), ...OTHER_BANKS]);

/** Words that make a nearby account a bank account. */
export const BANK_CONTEXT_WORDS = words('bank-context', [
  'bank', 'banking', 'banker', 'branch', 'bank transfer', 'wire', 'wire transfer', 'deposit', 'deposited',
  'direct deposit', 'eft', 'rtgs', 'zipit', 'ach', 'bacs', 'chaps', 'iban', 'swift', 'bic', 'sort code', 'routing',
  'beneficiary', 'account holder', 'account name', 'bank details', 'banking details', 'direct debit', 'debit order',
  'standing order', 'bank statement', 'overdraft', 'branch code', 'bank code', 'ordering bank', 'beneficiary bank',
  'receiving bank', 'sending bank', 'correspondent bank', 'intermediary bank', 'remitting bank',
  'banque', 'caisse populaire', 'dépôt direct', 'depot direct', 'virement', 'banco', 'transferencia', 'transferência',
  'depósito', 'ueberweisung', 'lastschrift', 'sparkasse', 'volksbank', 'raiffeisen',
  'ifsc', 'ifsc code', 'neft', 'imps', 'bsb', 'transit number', 'institution number',
  'takkode', 'bankbesonderhede', 'bankgegevens', 'filiaalkode',
]);

/**
 * Money-movement words: context for "account number 1234567890", but not for a bare "account"
 * ("we transferred your account 12345678 to the new plan").
 */
export const TRANSFER_WORDS = words('bank-transfer', [
  'transfer', 'transferred', 'payee', 'credited', 'pay into', 'paid into', 'withdrawal', 'withdrawals', 'withdraw',
  'dormant', 'reactivated', 're-activated', 'the funds', 'refund to', 'refunded to', 'refund into', 'refunded into',
  'refund goes to', 'refund will go to', 'refund goes into', 'deposited into', 'deposit into',
]);

/** Words right before an account label that make it a non-bank account. */
const NON_BANK_QUALIFIERS = new Set(
  ('customer customers member membership loyalty rewards reward points meter policy insurance utility utilities ' +
    'electricity water gas power council rates school student mpesa pesa ecocash onemoney telecash momo innbucks ' +
    'mukuru wallet airtime data prepaid postpaid billing subscriber subscription service broadband fibre internet ' +
    'isp hosting tv dstv gotv startimes netflix showmax spotify econet netone telecel safaricom airtel mtn glo ' +
    'vodacom telkom zesa zetdc kplc eskom mobile money online web website app portal login user username email ' +
    'trading betting bet gaming game steam xbox playstation uber bolt amazon ebay jumia takealot shop store ' +
    'courier shipping delivery supplier vendor reseller dealer medical pension loyalty municipal municipality rates ' +
    'ratepayer tenant rent lease').split(' '),
);

/** Lists a label is looked up in: ours first (a phrase may also be another list's), then other kinds. */
const LABEL_LISTS: readonly WordList[] = [
  BANK_ACCOUNT_WORDS, NUBAN_WORDS, ACCOUNT_WORDS, BANK_NAME_WORDS, ROUTING_WORDS, SORT_CODE_WORDS, IBAN_WORDS,
  REFERENCE_WORDS, PHONE_WORDS, CARD_WORDS, MOBILE_MONEY_WORDS, OTHER_NUMBER_WORDS,
];
const OWN_LISTS: readonly WordList[] = [BANK_ACCOUNT_WORDS, NUBAN_WORDS, ACCOUNT_WORDS];

type LabelKind = 'bank' | 'nuban' | 'generic' | 'bare' | 'bank-name';

interface Label {
  kind: LabelKind;
  hit: Hit;
  after: boolean;
}

/** Words allowed between a label and its value: "account number on file is:", "acct no. with". */
const CONNECTORS = new Set(
  ('number numbers num no nr nbr is was are reads shows showing on file in of for the your my his her their our its ' +
    'this with at to use used below following as provided given registered linked details held kept be will ' +
    // a relative clause: "the account you provided, 1445777142", "the account number you entered, ..."
    'you we entered supplied gave submitted nominated').split(' '),
);

const GAP_WORD = /[\p{L}\p{N}'’/&]{1,30}/uy;

/** Hits (of any list) overlapping [from, to), by binary search. */
export function hitsIn(doc: ScanDoc, from: number, to: number): Hit[] {
  const hits = doc.hits.hits;
  let lo = 0;
  let hi = hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (hits[mid]!.end <= from) lo = mid + 1;
    else hi = mid;
  }
  const out: Hit[] = [];
  for (let i = Math.max(0, lo - 2); i < hits.length && hits[i]!.start < to; i++) if (hits[i]!.end > from) out.push(hits[i]!);
  return out;
}

/**
 * True when only filler stands between a label ending at `from` and a value at `to`: punctuation,
 * CONNECTORS and a bank's name ("account number with Zenith Bank is 1012345678").
 */
function directGap(doc: ScanDoc, from: number, to: number): boolean {
  if (to < from || to - from > 48) return false;
  const text = doc.text;
  let bankHits: Hit[] | undefined;
  let i = from;
  let lineBreaks = 0;
  let wordsSeen = 0;
  while (i < to) {
    const c = text[i]!;
    if (c === ' ' || c === '\t' || c === '\r') i++;
    else if (c === '\n') {
      if (++lineBreaks > 2) return false;
      i++;
    } else if (':#=-()[]"\'*.,№'.includes(c)) i++;
    else {
      GAP_WORD.lastIndex = i;
      const m = GAP_WORD.exec(text);
      if (!m || GAP_WORD.lastIndex > to) return false;
      const w = m[0].toLowerCase();
      if (!CONNECTORS.has(w)) {
        bankHits ??= hitsIn(doc, from, to).filter((h) => h.lists.includes(BANK_NAME_WORDS.id));
        const at = i;
        if (!bankHits.some((h) => h.start <= at && h.end >= GAP_WORD.lastIndex)) return false;
      }
      if (++wordsSeen > 6) return false;
      i = GAP_WORD.lastIndex;
    }
  }
  return true;
}

const AFTER_GAP = /^[ \t]{0,3}(?:[(,:-][ \t]{0,3})?(?:(?:is|was|being|my|your|his|her|their|the|our)[ \t]{1,3}){0,3}$/i;

function kindOf(doc: ScanDoc, hit: Hit, list: WordList): LabelKind | undefined {
  if (list === BANK_ACCOUNT_WORDS) return 'bank';
  if (list === NUBAN_WORDS) return 'nuban';
  if (list === ACCOUNT_WORDS) {
    const word = doc.text.slice(hit.start, hit.end).toLowerCase().replace(/[.\s]+$/, '');
    return BARE_ACCOUNT.has(word) ? 'bare' : 'generic';
  }
  if (list === BANK_NAME_WORDS) return 'bank-name';
  return undefined;
}

/** The account label of a value at [start, end), before it or (sparingly) right after it. */
function labelOf(doc: ScanDoc, start: number, end: number): Label | undefined {
  const text = doc.text;
  const before = doc.labelBefore(start, LABEL_LISTS, 60);
  if (before) {
    let kind = kindOf(doc, before.hit, before.list);
    if (!kind || !directGap(doc, before.hit.end, start)) return undefined;
    let hit = before.hit;
    if (kind === 'bank-name') {
      // "account number at CBZ: ...", "Account (GTBank): ...": the account label stands before the bank.
      const outer = doc.labelBefore(hit.start, LABEL_LISTS, 24);
      const outerKind = outer && kindOf(doc, outer.hit, outer.list);
      if (outer && outerKind && outerKind !== 'bank-name' && directGap(doc, outer.hit.end, hit.start)) {
        kind = outerKind;
        hit = outer.hit;
      }
    }
    return { kind, hit, after: false };
  }
  const after = doc.labelAfter(end, OWN_LISTS, 24);
  if (after && AFTER_GAP.test(text.slice(end, after.hit.start))) {
    const kind = kindOf(doc, after.hit, after.list);
    if (kind) return { kind, hit: after.hit, after: true };
  }
  return undefined;
}

function previousWord(text: string, at: number): string {
  const m = /([\p{L}\p{N}'’-]{1,30})[ \t]{0,3}$/u.exec(text.slice(Math.max(0, at - 34), at));
  return m ? m[1]!.toLowerCase().replace(/['’]s?$/, '').replace(/-/g, '') : '';
}

/** "your account number 558201 with us": an account at the company itself, not at a bank. */
const WITH_US = /^[ \t]{0,3}[,)]?[ \t]{0,3}(?:with|at|on)[ \t]{1,3}(?:us|our[ \t]{1,3}(?:company|store|shop|service|platform|system|network))\b/i;

/** "Account 702212051 — your bill of £57.93 is due": the number a biller bills, not a bank account. */
const BILL_AFTER = /^[^.!?\n]{0,24}\b(?:your|the|this|monthly|latest)[ \t]{1,3}(?:bill|invoice)\b|^[^.!?\n]{0,24}\bbill[ \t]{1,3}(?:of|for|is|was)\b/i;

/** An ID number given just before, in the same sentence, then a comma: "ID 50-792994 A 44, account ...". */
const IDENTITY_LISTED_BEFORE = /\b(?:id|id no|id number|national id|identity number|identity no|omang|nin|nrc|passport(?: no| number)?)\b[ \t:.#]{0,3}[^.!?\n]{0,24}\d[^.!?\n]{0,8},[ \t]{1,2}(?:and[ \t]{1,2}|my[ \t]{1,2})?$/i;

/** A currency or amount marker right before the number. */
const CURRENCY_BEFORE = /(?:[$£€₦¥₹]|\b(?:usd|zwl|zwg|zig|kes|ksh|zar|ngn|gbp|eur|r|n|rs))[ \t]?$/i;

interface Value {
  start: number;
  end: number;
  digits: string;
  lengths: number[];
}

function isDateShape(lengths: readonly number[], digits: string): boolean {
  if (lengths.length !== 3) return false;
  const [a, b, c] = lengths as [number, number, number];
  const part = (from: number, len: number) => Number(digits.slice(from, from + len));
  if (a === 4 && b <= 2 && c <= 2) return part(a, b) >= 1 && part(a, b) <= 12;
  if (a <= 2 && b <= 2 && (c === 4 || c === 2)) return part(0, a) <= 31 && part(a, b) <= 31;
  return false;
}

/** Shape checks that apply whatever the label: glue, masks, amounts, dates. */
function standsAlone(doc: ScanDoc, v: Value, labelEnd: number): boolean {
  const text = doc.text;
  if (gluedAfter(text, v.end)) return false;
  if (gluedBefore(text, v.start) && !(labelEnd >= v.start - 1 && '#.-:'.includes(text[v.start - 1] ?? ''))) return false;
  if (isMaskedTail(text, v.start) && !/\*\*[ \t]$/.test(text.slice(Math.max(0, v.start - 3), v.start))) return false;
  if (/^(\d)\1+$/.test(v.digits)) return false;
  if (CURRENCY_BEFORE.test(text.slice(Math.max(0, v.start - 5), v.start))) return false;
  let i = v.start - 1;
  while (i >= 0 && i >= v.start - 3 && (text[i] === ' ' || text[i] === '(')) i--;
  if (text[i] === '+') return false;
  if (isDateShape(v.lengths, v.digits)) return false;
  // "12500.00": an amount.
  if (v.lengths.length >= 2 && v.lengths[v.lengths.length - 1] === 2 && text[v.end - 3] === '.') return false;
  return true;
}

/** CBN NUBAN check: bank code + 9-digit serial, weights 3,7,3 repeated, check = (10 - sum mod 10) mod 10. */
export function nubanValid(bankCode: string, nuban: string): boolean {
  if (!/^\d{10}$/.test(nuban) || !/^\d{3,6}$/.test(bankCode)) return false;
  const s = bankCode.padStart(6, '0') + nuban.slice(0, 9);
  const w = [3, 7, 3];
  let sum = 0;
  for (let i = 0; i < s.length; i++) sum += (s.charCodeAt(i) - 48) * w[i % 3]!;
  return (10 - (sum % 10)) % 10 === nuban.charCodeAt(9) - 48;
}

function phraseKey(s: string): string {
  return s.toLowerCase().replace(/[\s\-_'’.]+/g, ' ').trim();
}

const NG_BANK_KEYS: ReadonlyMap<string, string | null> = new Map(Object.entries(NG_BANKS).map(([k, v]) => [phraseKey(k), v]));

/** Nigerian banks named within the context window: their codes (null: code unknown). */
function ngBanksNear(doc: ScanDoc, start: number, end: number): (string | null)[] {
  const out: (string | null)[] = [];
  for (const h of hitsIn(doc, start - 160, end + 100)) {
    if (!h.lists.includes(BANK_NAME_WORDS.id)) continue;
    const key = phraseKey(doc.text.slice(h.start, h.end)).replace(/s$/, '');
    const code = NG_BANK_KEYS.get(key) ?? NG_BANK_KEYS.get(phraseKey(doc.text.slice(h.start, h.end)));
    if (code !== undefined) out.push(code);
  }
  return out;
}

/** A short Nigerian bank name ending right before `labelStart` or starting right after the value, whose NUBAN check the digits pass. */
function shortBankBeside(doc: ScanDoc, labelStart: number, v: Value): boolean {
  for (const found of [doc.labelBefore(labelStart, [NG_SHORT_BANK_WORDS], 2), doc.labelAfter(v.end, [NG_SHORT_BANK_WORDS], 3)]) {
    if (!found) continue;
    const code = NG_SHORT_BANKS[doc.text.slice(found.hit.start, found.hit.end).toLowerCase()];
    if (code && nubanValid(code, v.digits)) return true;
  }
  return false;
}

function bankContextNear(doc: ScanDoc, start: number, end: number, weak = false): boolean {
  return (
    (weak && doc.hits.near(start, end, TRANSFER_WORDS, 160, 100)) ||
    doc.hits.near(start, end, BANK_CONTEXT_WORDS, 160, 100) ||
    doc.hits.near(start, end, BANK_NAME_WORDS, 160, 100) ||
    doc.hits.near(start, end, BANK_ACCOUNT_WORDS, 160, 100) ||
    doc.hits.near(start, end, NUBAN_WORDS, 160, 100)
  );
}

function evaluate(doc: ScanDoc, v: Value): Candidate | undefined {
  const text = doc.text;
  const label = labelOf(doc, v.start, v.end);
  if (!label) return undefined;
  // "Routing and account numbers: 021000021 / ...": the first number is the routing number.
  if (v.digits.length === 9 && !label.after && abaValid(v.digits) && doc.labelBefore(label.hit.start, [ROUTING_WORDS], 8)) return undefined;
  if (!standsAlone(doc, v, label.after ? -1 : label.hit.end)) return undefined;
  let kind = label.kind;
  const prev = previousWord(text, label.hit.start);
  if (kind !== 'bank-name' && NON_BANK_QUALIFIERS.has(prev)) return undefined;
  if (WITH_US.test(text.slice(v.end, v.end + 40))) return undefined;
  if ((kind === 'bare' || kind === 'generic') && BILL_AFTER.test(text.slice(v.end, v.end + 60))) return undefined;
  // "GTBank account number", "your CBZ account": the bank's name qualifies the label.
  const bankBefore = doc.labelBefore(label.hit.start, [BANK_NAME_WORDS], 3);
  if ((kind === 'generic' || kind === 'bare') && bankBefore) kind = 'bank';
  const ng = v.digits.length === 10 ? ngBanksNear(doc, v.start, v.end) : [];
  let nubanChecked = ng.some((code) => code !== null && nubanValid(code, v.digits));
  // "your Fidelity account 0657744770", "your account 207 576 0118 (Sterling)": a short bank name
  // right beside the account label or the value, and the number is that bank's valid NUBAN.
  if ((kind === 'generic' || kind === 'bare') && v.digits.length === 10 && shortBankBeside(doc, label.hit.start, v)) {
    kind = 'bank';
    nubanChecked = true;
  }
  let score: number;
  switch (kind) {
    case 'bank':
      score = 0.92;
      break;
    case 'nuban':
      score = v.digits.length === 10 ? 0.93 : 0.85;
      break;
    case 'generic':
      // No context either way: a 10+ digit number is more often a bank account than a customer number.
      score = bankContextNear(doc, v.start, v.end, true) ? 0.9 : v.digits.length >= 10 ? 0.6 : 0.45;
      break;
    case 'bare':
      // "we closed account 173654059628 and transferred the balance": money moved, a long number.
      // "my name is ..., ID 50-792994 A 44, account 2053400969855": a customer identifying
      // themselves lists the account beside their ID number, as a bank asks for both.
      score = bankContextNear(doc, v.start, v.end)
        ? 0.9
        : v.digits.length >= 10 && (bankContextNear(doc, v.start, v.end, true) || IDENTITY_LISTED_BEFORE.test(text.slice(Math.max(0, label.hit.start - 90), label.hit.start)))
          ? 0.6
          : 0.4;
      break;
    case 'bank-name':
      // A bank's name alone labels a number only when the number is that bank's valid NUBAN.
      if (!nubanChecked) return undefined;
      score = 0.9;
      break;
  }
  if (nubanChecked && kind !== 'bank-name' && score >= 0.85) score = Math.max(score, 0.95);
  if (label.after) score -= 0.03;
  // Luhn- and issuer-valid: more likely a card number than an account.
  if (v.digits.length >= 13 && luhnValid(v.digits) && brandOf(v.digits)) score = Math.min(score, 0.7);
  const nuban = v.digits.length === 10 && (kind === 'nuban' || ng.length > 0);
  const raw = text.slice(v.start, v.end);
  return {
    type: 'BANK_ACCOUNT',
    subtype: nuban ? 'ng_nuban' : 'account_number',
    start: v.start,
    end: v.end,
    score,
    masked: keepLast(raw, 4),
    detector: 'bank-account',
  };
}

function valueOf(text: string, run: DigitRun, from: number, to: number): Value {
  let digits = '';
  const lengths: number[] = [];
  for (let k = from; k <= to; k++) {
    const s = run.groups[2 * k]!;
    const e = run.groups[2 * k + 1]!;
    digits += text.slice(s, e);
    lengths.push(e - s);
  }
  return { start: run.groups[2 * from]!, end: run.groups[2 * to + 1]!, digits, lengths };
}

/**
 * The numbers of a run: the whole run, or its pieces between line breaks; when the whole is too
 * long, its first group alone ("Account: 0123456789 0803 123 4567" is an account then a phone).
 */
function valuesOf(text: string, run: DigitRun): Value[] {
  const count = run.groups.length / 2;
  const out: Value[] = [];
  let first = 0;
  for (let k = 0; k < count; k++) {
    if (k < count - 1 && !separatorAfter(text, run, k).includes('\n')) continue;
    const v = valueOf(text, run, first, k);
    if (v.digits.length >= 6 && v.digits.length <= 18) out.push(v);
    else if (v.digits.length > 18 && v.lengths[0]! >= 6 && v.lengths[0]! <= 18 && /^[ \t]+$/.test(separatorAfter(text, run, first))) {
      out.push(valueOf(text, run, first, first));
    }
    first = k + 1;
  }
  return out;
}

// ---------------------------------------------------------------- (a) sort code + account

/** Between a sort code and its account: punctuation, "and", "account number", "a/c", "acc no"... */
const SORT_TO_ACCOUNT =
  /^[\s,;:/&()|-]{0,5}(?:(?:and|with|plus|your|the|bank|uk|account|acct|acc|a\/c|number|no|num|nr|is)\b\.?[\s,;:#/&()|-]{0,5}){0,5}$/i;
/** Between an account and its sort code: "account 55779911, sort code 20-00-00". */
const ACCOUNT_TO_SORT = /^[\s,;:/&()-]{0,5}(?:(?:and|with|plus|the|your|bank|uk)[ \t]{1,3}){0,2}(?:sort[ \t]?code|s\/c|s\/code)\b[\s:.#=-]{0,5}(?:is[ \t]{1,3})?$/i;
const DATE_WORD_BEFORE = /\b(?:on|date|dated|since|from|until|till|by|before|after)[ \t:]{1,3}$/i;
const ACCOUNT_WORD = /\b(?:account|acct|acc|a\/c)\b/i;

/** dd-mm-yy, mm-dd-yy, yy-mm-dd: a sort code that could be a date needs a label. */
function couldBeDate(digits: string): boolean {
  const a = Number(digits.slice(0, 2));
  const b = Number(digits.slice(2, 4));
  const c = Number(digits.slice(4, 6));
  return (a >= 1 && a <= 31 && b >= 1 && b <= 12) || (a >= 1 && a <= 12 && b >= 1 && b <= 31) || (b >= 1 && b <= 12 && c >= 1 && c <= 31);
}

/** "sort code / account", "sort code and account number": both labels before the pair. */
const SORT_CODE_AND = /^[ \t]{0,2}(?:\/|&|\+|and)[ \t]{0,2}$/i;

function sortCodeLabelled(doc: ScanDoc, start: number): boolean {
  const label = doc.labelBefore(start, [SORT_CODE_WORDS, ...LABEL_LISTS], 40);
  if (!label || !isFillerGap(doc.text, label.hit.end, start)) return false;
  if (label.list === SORT_CODE_WORDS) return true;
  const sort = doc.hits.nearestBefore(label.hit.start, [SORT_CODE_WORDS], 12);
  return sort !== undefined && SORT_CODE_AND.test(doc.text.slice(sort.end, label.hit.start));
}

function accountDigitsOk(v: Value): boolean {
  return v.digits.length >= 7 && v.digits.length <= 10 && !/^(\d)\1+$/.test(v.digits);
}

/** "••-••-•• ••••••11": the sort code hidden, the account's tail kept. */
function pairCandidate(start: number, end: number, accountRaw: string, score: number): Candidate {
  return {
    type: 'BANK_ACCOUNT',
    subtype: 'gb_sort_code_account',
    start,
    end,
    score,
    masked: `••-••-•• ${keepLast(accountRaw, 4)}`,
    detector: 'bank-account',
  };
}

/**
 * Sort code + account, forwards ("20-00-00 55779911", "sort code 20-00-00, account 55779911").
 * Returns the candidate and the index of the last run it used.
 */
function sortThenAccount(doc: ScanDoc, runs: readonly DigitRun[], r: number): { c: Candidate; last: number } | undefined {
  const text = doc.text;
  const run = runs[r]!;
  const shape: SortCodeShape | undefined = sortCodeAt(text, run);
  if (!shape) return undefined;
  if (gluedBefore(text, run.start) || isMaskedTail(text, run.start)) return undefined;
  const count = run.groups.length / 2;
  let account: Value | undefined;
  let last = r;
  let gap: string;
  if (shape.groups < count) {
    const sep = separatorAfter(text, run, shape.groups - 1);
    if (sep.trim() !== '') return undefined;
    account = valueOf(text, run, shape.groups, count - 1);
    if (account.lengths.length > 2 || gluedAfter(text, account.end)) return undefined;
    gap = sep;
  } else {
    if (gluedAfter(text, shape.end)) return undefined;
    const next = runs[r + 1];
    if (!next || next.start - shape.end > 36) return undefined;
    gap = text.slice(shape.end, next.start);
    if (!SORT_TO_ACCOUNT.test(gap) || next.groups.length > 4) return undefined;
    account = valueOf(text, next, 0, next.groups.length / 2 - 1);
    if (gluedAfter(text, account.end)) return undefined;
    last = r + 1;
  }
  if (!accountDigitsOk(account)) return undefined;
  const sortDigits = text.slice(run.start, shape.end).replace(/\D/g, '');
  let score: number;
  if (sortCodeLabelled(doc, run.start)) score = 0.95;
  else {
    // Unlabelled, only the common NN-NN-NN form, and never after a date word ("on 12-05-24 ...")
    // unless no date reads that way ("set up from 20-39-85 49943133").
    if (!shape.dashed || (DATE_WORD_BEFORE.test(text.slice(Math.max(0, run.start - 12), run.start)) && couldBeDate(sortDigits))) return undefined;
    const other = doc.labelBefore(run.start, LABEL_LISTS, 40);
    if (other && isFillerGap(text, other.hit.end, run.start) && !OWN_LISTS.includes(other.list)) return undefined;
    if (ACCOUNT_WORD.test(gap)) score = 0.93;
    else if (bankContextNear(doc, run.start, account.end, true)) score = 0.88;
    else if (shape.dashed && account.digits.length === 8 && gap.length <= 3 && !couldBeDate(sortDigits)) score = 0.7;
    else return undefined;
  }
  return { c: pairCandidate(run.start, account.end, text.slice(account.start, account.end), score), last };
}

/** Account then sort code ("account 55779911, sort code 20-00-00"): the account must be labelled. */
function accountThenSort(doc: ScanDoc, runs: readonly DigitRun[], r: number, account: Value): Candidate | undefined {
  const text = doc.text;
  const next = runs[r + 1];
  if (!next || next.start - account.end > 30 || !ACCOUNT_TO_SORT.test(text.slice(account.end, next.start))) return undefined;
  const shape = sortCodeAt(text, next);
  if (!shape || !accountDigitsOk(account)) return undefined;
  if (shape.groups < next.groups.length / 2 ? separatorAfter(text, next, shape.groups - 1).trim() !== '' : gluedAfter(text, shape.end)) return undefined;
  return pairCandidate(account.start, shape.end, text.slice(account.start, account.end), 0.95);
}

// ---------------------------------------------------------------- (d) national numbers with check digits

interface NationalScheme {
  subtype: string;
  valid: (digits: string) => boolean;
  /** An account label may stand for the scheme's own (18 digits are left to (c) then). */
  anyAccountLabel: boolean;
}

/** By length: the lengths do not overlap, and none but the CLABE's fits (c)'s 6-18 digits. */
const NATIONAL_SCHEMES: ReadonlyMap<number, NationalScheme> = new Map([
  [21, { subtype: 'pt_nib', valid: nibValid, anyAccountLabel: true }],
  [23, { subtype: 'fr_rib', valid: ribValid, anyAccountLabel: true }],
  [20, { subtype: 'es_ccc', valid: cccValid, anyAccountLabel: true }],
  [18, { subtype: 'mx_clabe', valid: clabeValid, anyAccountLabel: false }],
]);

const NATIONAL_LABEL_LISTS: readonly WordList[] = [NATIONAL_ACCOUNT_WORDS, ...LABEL_LISTS];

/** "NIB: 1790 9057 24009680266 29": a labelled run, on one line, of a scheme's length and check digits. */
function nationalAccount(doc: ScanDoc, run: DigitRun): Candidate | undefined {
  const scheme = NATIONAL_SCHEMES.get(run.digits.length);
  if (!scheme || !scheme.valid(run.digits)) return undefined;
  const text = doc.text;
  const raw = text.slice(run.start, run.end);
  if (raw.includes('\n') || gluedBefore(text, run.start) || gluedAfter(text, run.end)) return undefined;
  const label = doc.labelBefore(run.start, NATIONAL_LABEL_LISTS, 60);
  if (!label || !directGap(doc, label.hit.end, run.start)) return undefined;
  const kind = label.list === NATIONAL_ACCOUNT_WORDS ? 'national' : kindOf(doc, label.hit, label.list);
  if (kind !== 'national' && !(scheme.anyAccountLabel && (kind === 'bank' || kind === 'generic' || kind === 'bare'))) return undefined;
  return { type: 'BANK_ACCOUNT', subtype: scheme.subtype, start: run.start, end: run.end, score: 0.95, masked: keepLast(raw, 4), detector: 'bank-account' };
}

/** "to Sterling 5177873021": a short Nigerian bank name right before a valid NUBAN of that bank (see NG_SHORT_BANKS). */
function shortBankNuban(doc: ScanDoc, run: DigitRun): Candidate | undefined {
  if (run.digits.length !== 10 || run.groups.length !== 2) return undefined;
  const text = doc.text;
  const hit = doc.hits.nearestBefore(run.start, [NG_SHORT_BANK_WORDS], 3);
  if (!hit || !/^[ \t]{1,2}$|^[ \t]?[:(-][ \t]?$/.test(text.slice(hit.end, run.start))) return undefined;
  const code = NG_SHORT_BANKS[text.slice(hit.start, hit.end).toLowerCase()];
  const v: Value = { start: run.start, end: run.end, digits: run.digits, lengths: [10] };
  if (!code || !nubanValid(code, run.digits) || !standsAlone(doc, v, hit.end)) return undefined;
  // "100 pounds sterling 5177873021": the currency, not the bank.
  if (/(?:\d|\bpounds?|\bgbp)[ \t]*$/i.test(text.slice(Math.max(0, hit.start - 10), hit.start))) return undefined;
  return { type: 'BANK_ACCOUNT', subtype: 'ng_nuban', start: run.start, end: run.end, score: 0.88, masked: keepLast(run.digits, 4), detector: 'bank-account' };
}

function hasAny(doc: ScanDoc, lists: readonly WordList[]): boolean {
  for (const list of lists) if (doc.hits.of(list).length > 0) return true;
  return false;
}

export const bankAccount: Detector = {
  id: 'bank-account',
  types: ['BANK_ACCOUNT'],
  description: 'Bank account numbers: UK sort code + account, Nigerian NUBAN (check digit with the bank code), labelled domestic accounts, labelled NIB/RIB/CCC/CLABE (their check digits)',
  wordLists: [...LABEL_LISTS, NATIONAL_ACCOUNT_WORDS, BANK_CONTEXT_WORDS, TRANSFER_WORDS, NG_SHORT_BANK_WORDS],
  find(doc, out) {
    const text = doc.text;
    const runs = doc.runs;
    const labelled = hasAny(doc, [BANK_ACCOUNT_WORDS, NUBAN_WORDS, ACCOUNT_WORDS, BANK_NAME_WORDS, NATIONAL_ACCOUNT_WORDS, NG_SHORT_BANK_WORDS]);
    for (let r = 0; r < runs.length; r++) {
      const run = runs[r]!;
      if (run.digits.length < 6) continue;
      const pair = sortThenAccount(doc, runs, r);
      if (pair) {
        out.push(pair.c);
        r = pair.last;
        continue;
      }
      if (!labelled) continue;
      const national = run.digits.length >= 18 ? nationalAccount(doc, run) : undefined;
      if (national) {
        out.push(national);
        continue;
      }
      let any = false;
      for (const v of valuesOf(text, run)) {
        const c = evaluate(doc, v);
        if (c) any = true;
        if (!c) continue;
        const reverse = v.end === run.end ? accountThenSort(doc, runs, r, v) : undefined;
        if (reverse) {
          out.push(reverse);
          r++;
          break;
        }
        out.push(c);
      }
      const short = any ? undefined : shortBankNuban(doc, run);
      if (short) out.push(short);
    }
  },
};
