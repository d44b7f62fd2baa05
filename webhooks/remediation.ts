/**
 * What a helpdesk does about a reply that was sent although the policy says redact or block: a
 * plan (pure: what to change, built from the draft and its decision) and the API calls that carry
 * it out. src/remediation.ts runs the calls in a BullMQ job, with retries; a plan may hold raw
 * content (Zendesk's html_body quotes the values inside <redact> tags), so the job keeps it sealed.
 */
import type { Finding } from '../detectors/index.js';
import type { Decision, Draft } from '../src/draft.js';

/** The helpdesk API: base URL and the headers every call sends (authorization, version). */
export interface PlatformAccess {
  readonly baseUrl: string;
  readonly headers: Readonly<Record<string, string>>;
}

export interface PlatformClient {
  /** JSON in, JSON (or undefined) out; throws src/platform.ts PlatformError for anything but 2xx. */
  call(method: 'GET' | 'POST' | 'PUT', path: string, body?: unknown): Promise<unknown>;
}

/** One API call (or a read and a write): a retried job resumes after the last step that succeeded. */
export interface RemediationStep {
  readonly name: string;
  run(client: PlatformClient): Promise<void>;
}

/** Why nothing can be changed automatically: the alert then asks for a person. */
export type ManualReason =
  | 'nothing_to_redact' // no value in the message body to redact (attachments, a request for a secret, not checked)
  | 'not_configured'; // the helpdesk's API credentials are not set

export type RemediationPlan<P> =
  /** `summary`: what remediation does, for alerts ("redacting 1 value in the comment"). */
  | { readonly ok: true; readonly payload: P; readonly summary: string }
  | { readonly ok: false; readonly reason: ManualReason };

export interface HelpdeskRemediation<P> {
  plan(draft: Draft, decision: Decision): RemediationPlan<P>;
  steps(payload: P): readonly RemediationStep[];
}

export interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * The body's values to take out of a sent reply, in order, overlaps merged: every body finding
 * the decision names except requests for secrets (SOLICITATION spans a sentence asking for a
 * PIN; it discloses nothing).
 */
export function redactableSpans(draft: Draft, decision: Decision): Span[] {
  const spans = decision.findings
    .filter((f: Finding) => (f.source ?? 'body') === 'body' && f.type !== 'SOLICITATION' && f.start >= 0 && f.end <= draft.body.length && f.start < f.end)
    .map((f) => ({ start: f.start, end: f.end }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Span[] = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last && span.start <= last.end) merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, span.end) };
    else merged.push(span);
  }
  return merged;
}

export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** "card number: •••• 1111" per finding, masked values only, for notes and alerts. */
export function maskedList(findings: readonly Pick<Finding, 'type' | 'masked'>[]): string[] {
  return findings.map((f) => `${f.type.toLowerCase().replace(/_/g, ' ')}: ${f.masked}`);
}

export const basicAuth = (user: string, password: string): string => `Basic ${Buffer.from(`${user}:${password}`, 'utf8').toString('base64')}`;
