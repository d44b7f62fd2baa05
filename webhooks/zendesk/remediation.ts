/**
 * Zendesk remediation (../../shared/reference/helpdesks.md §1.6, request §8.5):
 * `PUT {ZENDESK_BASE_URL}/api/v2/comment_redactions/{comment_id}` with `{ticket_id, html_body}`,
 * html_body being the comment with each value to remove wrapped in `<redact>...</redact>`; Zendesk
 * replaces those characters with ▇, permanently (for e-mail comments it also redacts the original
 * e-mail). Authenticated with an API token: Basic base64("{email}/token:{token}").
 *
 * The event subscription carries the comment as plain text, so html_body is that text, escaped,
 * line breaks as <br>, in Zendesk's comment wrapper. Whether Zendesk accepts it for comments whose
 * stored HTML has more structure (paragraphs, links) is to be confirmed against a live account: a
 * refusal (4xx) ends as a recorded, alerted failure, never silently.
 */
import type { Decision, Draft } from '../../src/draft.js';
import { basicAuth, escapeHtml, redactableSpans, type HelpdeskRemediation, type PlatformAccess, type RemediationPlan, type Span } from '../remediation.js';

export interface ZendeskRedaction {
  readonly ticketId: string;
  readonly commentId: string;
  /** Holds the raw values inside <redact>: sealed in the job. */
  readonly htmlBody: string;
}

export interface ZendeskApiSettings {
  readonly baseUrl: string;
  readonly email: string;
  readonly apiToken: string;
}

export const zendeskAccess = (api: ZendeskApiSettings): PlatformAccess => ({ baseUrl: api.baseUrl, headers: { authorization: basicAuth(`${api.email}/token`, api.apiToken) } });

const text = (s: string): string => escapeHtml(s).replace(/\r?\n/g, '<br>');

/** The comment as Zendesk html_body with every span wrapped in <redact>. */
export function redactionHtml(body: string, spans: readonly Span[]): string {
  let html = '';
  let at = 0;
  for (const span of spans) {
    html += `${text(body.slice(at, span.start))}<redact>${text(body.slice(span.start, span.end))}</redact>`;
    at = span.end;
  }
  return `<div class="zd-comment" dir="auto">${html}${text(body.slice(at))}</div>`;
}

/** Zendesk ids are integers in its JSON; ours are validated digit strings. */
const jsonId = (id: string): number | string => (/^\d{1,15}$/.test(id) ? Number(id) : id);

export const zendeskRemediation: HelpdeskRemediation<ZendeskRedaction> = {
  plan(draft: Draft, decision: Decision): RemediationPlan<ZendeskRedaction> {
    const spans = redactableSpans(draft, decision);
    const commentId = draft.sent?.commentId;
    if (!spans.length || !commentId || !draft.ticketId) return { ok: false, reason: 'nothing_to_redact' };
    const values = spans.length === 1 ? '1 value' : `${spans.length} values`;
    return { ok: true, payload: { ticketId: draft.ticketId, commentId, htmlBody: redactionHtml(draft.body, spans) }, summary: `redacting ${values} in the comment (Zendesk comment redaction)` };
  },
  steps: (r) => [
    { name: 'comment redaction', run: async (client) => void (await client.call('PUT', `/api/v2/comment_redactions/${r.commentId}`, { ticket_id: jsonId(r.ticketId), html_body: r.htmlBody })) },
  ],
};
