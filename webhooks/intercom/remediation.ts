/**
 * Intercom remediation (../../shared/reference/helpdesks.md §3): `POST {INTERCOM_BASE_URL}/conversations/redact`
 * with `{"type": "conversation_part", "conversation_id", "conversation_part_id"}`, bearer access
 * token and an Intercom-Version header. Intercom redacts the whole part (the message), not values
 * in it, so a part is redacted when the body holds at least one value to remove.
 */
import type { Decision, Draft } from '../../src/draft.js';
import { redactableSpans, type HelpdeskRemediation, type PlatformAccess, type RemediationPlan } from '../remediation.js';

export const INTERCOM_API_VERSION = '2.11';
export const DEFAULT_INTERCOM_BASE_URL = 'https://api.intercom.io';

export interface IntercomRedaction {
  readonly conversationId: string;
  readonly partId: string;
}

export interface IntercomApiSettings {
  readonly baseUrl: string;
  readonly accessToken: string;
}

export const intercomAccess = (api: IntercomApiSettings): PlatformAccess => ({
  baseUrl: api.baseUrl,
  headers: { authorization: `Bearer ${api.accessToken}`, 'intercom-version': INTERCOM_API_VERSION, accept: 'application/json' },
});

export const intercomRemediation: HelpdeskRemediation<IntercomRedaction> = {
  plan(draft: Draft, decision: Decision): RemediationPlan<IntercomRedaction> {
    const partId = draft.sent?.commentId;
    if (!redactableSpans(draft, decision).length || !partId || !draft.ticketId) return { ok: false, reason: 'nothing_to_redact' };
    return { ok: true, payload: { conversationId: draft.ticketId, partId }, summary: 'redacting the message (Intercom redacts the whole conversation part)' };
  },
  steps: (r) => [
    {
      name: 'conversation part redaction',
      run: async (client) => void (await client.call('POST', '/conversations/redact', { type: 'conversation_part', conversation_id: r.conversationId, conversation_part_id: r.partId })),
    },
  ],
};
