/**
 * decide(findings, draft) → verdict: approve, redact (with the redacted body) or block, with the
 * agent's prompt, one reason line per kind of finding, and the policy version.
 *
 * In order: findings below the minimum score, with a pass rule, or allowlisted (the customer's own
 * contact, the company's addresses, domains and numbers, listed test values) pass; so do findings
 * whose rule `requires` another type that the same source does not hold. Of the rest, a block rule
 * blocks; five or more distinct values of the bulk types block (bulk disclosure); a redact rule
 * redacts in the body and blocks elsewhere (the Decision carries only a redacted body); a value the
 * HTML redaction cannot rewrite safely blocks; an attachment the worker could not read blocks.
 */
import type { Finding, FindingType } from '../../detectors/index.js';
import type { Draft } from '../draft.js';
import { redactHtml, redactText, type Operator } from '../redact.js';
import { promptFor, safeName, type Cause, type PromptItem } from './prompt.js';
import { settingsFor } from './resolve.js';
import type { Policy, Rule, Settings } from './schema.js';
import { canonicalEmail, canonicalPhone, canonicalValue, findingText, inDomains, valueKey } from './values.js';

export interface Verdict {
  action: 'approve' | 'redact' | 'block';
  /** The findings that decided, masked as the scanner masked them. */
  findings: Finding[];
  /** Present when action is "redact". */
  redactedBody?: string;
  /** For the agent, two sentences at most; absent on approve. */
  prompt?: string;
  /** One line per action, type and source, e.g. "redact CARD_NUMBER x2 in body: mask, keep 4". */
  reasons: string[];
  policyVersion: string;
  /** Set when the bulk-disclosure rule blocked (alerts name it). */
  bulk?: true;
}

export interface DecideInput {
  draft: Draft;
  /** Each with `source` ("body" when absent); offsets into that source's text. */
  findings: readonly Finding[];
  /** Attachments the worker could not read: they block (fail closed). */
  uninspected?: readonly { source: string; reason: string }[];
  /**
   * The text each other source was scanned as, keyed by finding source ("attachment:<name>"), so
   * allowlists and distinct counts can read attachment values. Without it an attachment's values
   * are never allowlisted and each occurrence counts as a distinct value (fail closed).
   */
  texts?: Readonly<Record<string, string>>;
}

/** A finding that did not pass. */
interface Candidate {
  readonly finding: Finding;
  readonly source: string;
  readonly rule: Rule;
  readonly key: string;
}

/** Collects reason lines, one per (action, type, source, why), with counts. */
class Reasons {
  private readonly counts = new Map<string, { head: string; why: string; n: number }>();
  private readonly extra: string[] = [];

  add(action: string, type: FindingType, source: string, why: string): void {
    const head = `${action} ${type}`;
    const key = `${head}\u0000${source}\u0000${why}`;
    const entry = this.counts.get(key) ?? { head: `${head} x`, why: ` in ${safeSource(source)}: ${why}`, n: 0 };
    entry.n++;
    this.counts.set(key, entry);
  }

  line(text: string): void {
    this.extra.push(text);
  }

  list(): string[] {
    return [...[...this.counts.values()].map((e) => `${e.head}${e.n}${e.why}`), ...this.extra];
  }
}

function safeSource(source: string): string {
  return source.startsWith('attachment:') ? `attachment:${safeName(source.slice('attachment:'.length))}` : source;
}

function describeOperator(op: Operator): string {
  return op.kind === 'mask' ? `mask, keep ${op.keep}` : op.kind;
}

/** Why an allowlist lets this value pass, or undefined. */
function allowedBecause(type: FindingType, text: string, settings: Settings, draft: Draft): string | undefined {
  const allow = settings.allow;
  if (type === 'EMAIL_ADDRESS') {
    const address = canonicalEmail(text);
    if (allow.customerContact && draft.customer?.email && canonicalEmail(draft.customer.email) === address) return "customer's own address";
    if (allow.emails.has(address)) return 'allowlisted address';
    if (inDomains(address, allow.domains)) return 'allowlisted domain';
  }
  if (type === 'PHONE_NUMBER') {
    const e164 = canonicalPhone(text, settings.region);
    if (e164 && allow.customerContact && draft.customer?.phone && canonicalPhone(draft.customer.phone, settings.region) === e164) return "customer's own number";
    if (e164 && allow.phones.has(e164)) return 'allowlisted number';
  }
  if (allow.values.size && allow.values.has(canonicalValue(text))) return 'allowlisted value';
  return undefined;
}

function sourceTexts(input: DecideInput): Map<string, string> {
  const texts = new Map(Object.entries(input.texts ?? {}));
  texts.set('body', input.draft.body);
  if (input.draft.subject !== undefined) texts.set('subject', input.draft.subject);
  return texts;
}

/** The findings that count, after minimum score, pass rules, allowlists and `requires`. */
function candidates(input: DecideInput, settings: Settings, reasons: Reasons): Candidate[] {
  const texts = sourceTexts(input);
  const kept: Candidate[] = [];
  input.findings.forEach((finding, index) => {
    const source = finding.source ?? 'body';
    const rule = settings.rules[finding.type];
    const text = texts.get(source);
    const value = text !== undefined && finding.end <= text.length ? findingText(text, finding.start, finding.end) : undefined;
    const passed =
      finding.score < settings.minScore
        ? `score below ${settings.minScore}`
        : rule.action === 'pass'
          ? 'rule pass'
          : value !== undefined
            ? allowedBecause(finding.type, value, settings, input.draft)
            : undefined;
    if (passed) return reasons.add('pass', finding.type, source, passed);
    // Without the source text two occurrences cannot be told apart: each counts.
    const key = value !== undefined ? valueKey(finding.type, value, settings.region) : `${finding.type}:#${index}`;
    kept.push({ finding, source, rule, key });
  });
  return kept.filter((c) => {
    const required = c.rule.requires;
    if (!required.length || kept.some((o) => o.source === c.source && required.includes(o.finding.type))) return true;
    reasons.add('pass', c.finding.type, c.source, `requires ${required.join(' or ')}`);
    return false;
  });
}

const SECRET_TYPES: ReadonlySet<FindingType> = new Set(['CREDENTIAL', 'CARD_CVV']);

function causeOf(c: Candidate): Exclude<Cause, 'bulk' | 'uninspected' | 'unredactable'> {
  if (c.rule.action === 'block') return c.finding.type === 'SOLICITATION' ? 'solicitation' : SECRET_TYPES.has(c.finding.type) ? 'secret' : 'forbidden';
  return c.source === 'body' ? 'redact' : 'outside-body';
}

const WHY: Readonly<Record<Exclude<Cause, 'bulk' | 'uninspected' | 'redact'>, string>> = {
  solicitation: 'rule block',
  secret: 'rule block',
  forbidden: 'rule block',
  'outside-body': 'cannot redact outside the body',
  unredactable: 'inside HTML markup that cannot be rewritten safely',
};

/** Rewrites the body; returns it and the items whose values it could not rewrite. */
function redactBody(draft: Draft, items: readonly PromptItem[]): { body: string; unredacted: Set<PromptItem> } {
  const spans = items.map((item) => ({ start: item.finding.start, end: item.finding.end, type: item.finding.type, operator: item.operator, item }));
  if (draft.bodyFormat !== 'html') return { body: redactText(draft.body, spans), unredacted: new Set() };
  const { html, unredacted } = redactHtml(draft.body, spans);
  return { body: html, unredacted: new Set(unredacted.map((s) => s.item)) };
}

export function decide(input: DecideInput, policy: Policy): Verdict {
  const { draft } = input;
  const settings = settingsFor(policy, draft);
  const reasons = new Reasons();
  const kept = candidates(input, settings, reasons);

  let items: PromptItem[] = kept.map((c) => ({ finding: c.finding, source: c.source, key: c.key, cause: causeOf(c), operator: c.rule.operator }));
  const toRedact = items.filter((i) => i.cause === 'redact');
  let redactedBody: string | undefined;
  if (toRedact.length) {
    const { body, unredacted } = redactBody(draft, toRedact);
    redactedBody = body;
    items = items.map((i) => (unredacted.has(i) ? { ...i, cause: 'unredactable' } : i));
  }
  for (const i of items) {
    if (i.cause === 'redact') reasons.add('redact', i.finding.type, i.source, describeOperator(i.operator));
    else reasons.add('block', i.finding.type, i.source, WHY[i.cause]);
  }

  const bulkValues = new Set(kept.filter((c) => settings.bulk.types.has(c.finding.type)).map((c) => c.key));
  const bulk = bulkValues.size >= settings.bulk.threshold;
  if (bulk) reasons.line(`block bulk: ${bulkValues.size} distinct values of counted types (threshold ${settings.bulk.threshold})`);
  const uninspected = input.uninspected ?? [];
  for (const u of uninspected) reasons.line(`block ${safeSource(u.source)}: not inspected (${safeName(u.reason)})`);

  const blocked = bulk || uninspected.length > 0 || items.some((i) => i.cause !== 'redact');
  const action = blocked ? 'block' : items.length ? 'redact' : 'approve';
  const verdict: Verdict = { action, findings: items.map((i) => i.finding), reasons: reasons.list(), policyVersion: policy.version };
  if (action === 'redact') verdict.redactedBody = redactedBody;
  if (bulk) verdict.bulk = true;
  if (action !== 'approve') verdict.prompt = promptFor({ items, bulk, uninspected, channel: draft.channel });
  return verdict;
}
