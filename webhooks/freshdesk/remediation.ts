/**
 * Freshdesk remediation: Freshdesk has no API to redact a sent reply, so ReplyGuard adds a private
 * note naming what was found (masked) and what to do, `POST /api/v2/tickets/{id}/notes`
 * `{body, private: true}`, and tags the ticket `replyguard-leak` (`GET` then `PUT /api/v2/tickets/{id}`
 * with the tags plus this one: Freshdesk's update replaces the tag list). API key as Basic auth
 * (base64("{key}:X")). The note is added once: a retry resumes at the tag.
 */
import type { Decision, Draft } from '../../src/draft.js';
import { basicAuth, escapeHtml, maskedList, type HelpdeskRemediation, type PlatformAccess, type RemediationPlan } from '../remediation.js';

export const LEAK_TAG = 'replyguard-leak';

export interface FreshdeskNote {
  readonly ticketId: string;
  readonly noteHtml: string;
}

export interface FreshdeskApiSettings {
  readonly baseUrl: string;
  readonly apiKey: string;
}

export const freshdeskAccess = (api: FreshdeskApiSettings): PlatformAccess => ({ baseUrl: api.baseUrl, headers: { authorization: basicAuth(api.apiKey, 'X') } });

/** The private note: masked values only. */
export function noteHtml(decision: Decision): string {
  const found = decision.findings.length
    ? `<p><strong>ReplyGuard</strong>: the last public reply on this ticket was sent with data that must not be sent:</p><ul>${maskedList(decision.findings).map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`
    : '<p><strong>ReplyGuard</strong>: the last public reply on this ticket was sent although ReplyGuard could not check all of it (an attachment it cannot read, or the check failed).</p>';
  return `${found}<p>Freshdesk cannot redact a sent reply. Action needed: review the reply, follow the data-incident procedure, and ask the customer to delete the message if it holds their or someone else's data. The ticket is tagged ${LEAK_TAG}.</p>`;
}

function tagsOf(ticket: unknown): string[] {
  const tags = typeof ticket === 'object' && ticket !== null ? (ticket as { tags?: unknown }).tags : undefined;
  return Array.isArray(tags) ? tags.filter((t): t is string => typeof t === 'string') : [];
}

export const freshdeskRemediation: HelpdeskRemediation<FreshdeskNote> = {
  plan(draft: Draft, decision: Decision): RemediationPlan<FreshdeskNote> {
    if (!draft.ticketId) return { ok: false, reason: 'nothing_to_redact' };
    return { ok: true, payload: { ticketId: draft.ticketId, noteHtml: noteHtml(decision) }, summary: `adding a private note and the tag ${LEAK_TAG} to the ticket (Freshdesk cannot redact a sent reply)` };
  },
  steps: (n) => [
    { name: 'private note', run: async (client) => void (await client.call('POST', `/api/v2/tickets/${n.ticketId}/notes`, { body: n.noteHtml, private: true })) },
    {
      name: 'tag',
      run: async (client) => {
        const tags = tagsOf(await client.call('GET', `/api/v2/tickets/${n.ticketId}`));
        if (!tags.includes(LEAK_TAG)) await client.call('PUT', `/api/v2/tickets/${n.ticketId}`, { tags: [...tags, LEAK_TAG] });
      },
    },
  ],
};
