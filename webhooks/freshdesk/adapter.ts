/**
 * Freshdesk automation webhooks (../../shared/reference/helpdesks.md §2.3, fixture §8.6):
 * `POST /webhooks/freshdesk` receives the JSON body an admin writes into a "Trigger webhook"
 * action, with placeholders. The rule for agent replies sends (README, "Freshdesk"):
 *
 *   {"event": "agent_reply", "ticket_id": "{{ticket.id}}", "text": "{{ticket.latest_public_comment}}",
 *    "agent_email": "{{ticket.agent.email}}", "agent_name": "{{ticket.agent.name}}",
 *    "contact_email": "{{ticket.contact.email}}", "contact_phone": "{{ticket.contact.phone}}"}
 *
 * Freshdesk signs nothing: the rule sends `X-ReplyGuard-Secret: <FRESHDESK_WEBHOOK_SECRET>`,
 * compared in constant time. There is no delivery id: a retried delivery has the same content, so
 * the same job key, and is recognised by the decision already recorded for it. Bodies whose
 * `event` is anything else (another rule pointed at the same URL) are acknowledged and not decided.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Draft } from '../../src/draft.js';
import type { HelpdeskAdapter, HelpdeskEvent, InboundRequest, Verification } from '../adapter.js';
import { header, optionalText, parsePayload, platformId, requireObject, sameSecret } from '../payload.js';

export const AGENT_REPLY = 'agent_reply';
export const SECRET_HEADER = 'x-replyguard-secret';

export function verifyFreshdesk(secret: string, request: InboundRequest): Verification {
  const given = header(request.headers, SECRET_HEADER);
  if (!given) return { ok: false, reason: 'missing X-ReplyGuard-Secret header' };
  return sameSecret(given, secret) ? { ok: true, via: 'shared-secret' } : { ok: false, reason: 'X-ReplyGuard-Secret does not match' };
}

const payload = z.object({
  event: z.string().max(200),
  ticket_id: platformId,
  text: z.string(),
  agent_email: optionalText(320),
  agent_name: optionalText(200),
  contact_email: optionalText(320),
  contact_phone: optionalText(64),
  // The names of the documented community template (§8.6).
  phone: optionalText(64),
  mobile: optionalText(64),
});

export function freshdeskEvent(body: unknown): HelpdeskEvent {
  const fields = parsePayload(payload, requireObject(body, 'a Freshdesk rule payload {"event", "ticket_id", "text", ...}'), 'a Freshdesk rule payload');
  if (fields.event !== AGENT_REPLY) return { kind: 'ignored', reason: 'event_type' };
  const contentHash = createHash('sha256').update(fields.text).digest('hex').slice(0, 16);
  const draft: Draft = {
    id: `freshdesk:${fields.ticket_id}:${contentHash}`,
    provider: 'freshdesk',
    ticketId: fields.ticket_id,
    channel: 'email',
    body: fields.text,
    // latest_public_comment renders as HTML (with the quoted earlier correspondence).
    bodyFormat: 'html',
    sent: {},
  };
  const agent = { ...(fields.agent_email ? { email: fields.agent_email } : {}), ...(fields.agent_name ? { name: fields.agent_name } : {}) };
  if (Object.keys(agent).length) draft.agent = agent;
  const phone = fields.contact_phone ?? fields.mobile ?? fields.phone;
  const customer = { ...(fields.contact_email ? { email: fields.contact_email } : {}), ...(phone ? { phone } : {}) };
  if (Object.keys(customer).length) draft.customer = customer;
  return { kind: 'reply', draft };
}

export function freshdeskAdapter(secret: string): HelpdeskAdapter {
  return { provider: 'freshdesk', verify: (request) => verifyFreshdesk(secret, request), toEvent: freshdeskEvent };
}
