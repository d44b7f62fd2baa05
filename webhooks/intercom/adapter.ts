/**
 * Intercom webhooks (../../shared/reference/helpdesks.md §3, fixture §8.7): `POST /webhooks/intercom`
 * receives `notification_event` envelopes; the topic `conversation.admin.replied` carries the
 * conversation with the one part that caused the event, after it was sent.
 *
 * Signature: `X-Hub-Signature: sha1=<hex HMAC-SHA1(app client_secret, raw body)>`; Intercom signs
 * no timestamp, so the notification id (the envelope's `id`) is the delivery id deduplicated by
 * the HTTP layer, and is what stops a captured delivery from being replayed.
 *
 * An admin's comment part becomes a Draft (HTML body; its attachments as references without
 * content, which the policy cannot inspect); `ping`, notes (`conversation.admin.noted`), customer
 * replies and every other topic are acknowledged and not decided.
 */
import { createHmac } from 'node:crypto';
import { z } from 'zod';
import type { Attachment, Draft } from '../../src/draft.js';
import { ReplyGuardError } from '../../src/errors.js';
import type { HelpdeskAdapter, HelpdeskEvent, InboundRequest, Verification } from '../adapter.js';
import { header, optionalText, parsePayload, platformId, requireObject, sameMac } from '../payload.js';

export const ADMIN_REPLIED = 'conversation.admin.replied';
export const SIGNATURE_HEADER = 'x-hub-signature';

/** `sha1=` + hex HMAC-SHA1(client secret, body). */
export function intercomSignature(clientSecret: string, body: Buffer | string): string {
  return `sha1=${createHmac('sha1', clientSecret).update(body).digest('hex')}`;
}

export function verifyIntercom(clientSecret: string, request: InboundRequest): Verification {
  const signature = header(request.headers, SIGNATURE_HEADER);
  if (!signature) return { ok: false, reason: 'missing X-Hub-Signature header' };
  const hex = /^sha1=([0-9a-fA-F]{40})$/.exec(signature.trim())?.[1];
  if (!hex) return { ok: false, reason: 'X-Hub-Signature must be sha1=<40 hex digits>' };
  const expected = createHmac('sha1', clientSecret).update(request.rawBody).digest();
  return sameMac(Buffer.from(hex, 'hex'), expected) ? { ok: true, via: 'signature' } : { ok: false, reason: 'X-Hub-Signature does not match' };
}

const envelope = z.object({
  type: z.literal('notification_event'),
  id: z.string().min(1).max(200),
  topic: z.string().max(200),
});

const part = z.object({
  id: platformId,
  part_type: z.string().max(64),
  body: z.string().nullish(),
  author: z.object({ type: z.string().max(64), id: platformId.nullish(), name: optionalText(200), email: optionalText(320) }),
  attachments: z
    .array(z.object({ name: z.string().min(1).max(500), content_type: optionalText(200), filesize: z.number().int().nonnegative().nullish() }))
    .max(100)
    .nullish(),
});

const adminReplied = z.object({
  data: z.object({
    item: z.object({
      id: platformId,
      conversation_parts: z.object({ conversation_parts: z.array(part).min(1, 'must hold the part that was replied') }),
    }),
  }),
});

export function intercomEvent(body: unknown): HelpdeskEvent {
  const { id, topic } = parsePayload(envelope, requireObject(body, 'an Intercom notification {"type": "notification_event", "topic", "data", ...}'), 'an Intercom notification');
  if (topic === 'ping') return { kind: 'ignored', reason: 'ping' };
  if (topic !== ADMIN_REPLIED) return { kind: 'ignored', reason: 'event_type' };
  const { item } = parsePayload(adminReplied, body, `a ${ADMIN_REPLIED} notification`).data;
  // Intercom sends only the part that caused the event; should it send more, the last is the newest.
  const reply = item.conversation_parts.conversation_parts.at(-1);
  if (!reply) throw new ReplyGuardError('RG_ERR_BAD_REQUEST', 'the notification holds no conversation part');
  if (reply.author.type !== 'admin') return { kind: 'ignored', reason: 'not_agent' };
  if (reply.part_type !== 'comment') return { kind: 'ignored', reason: 'event_type' };
  const draft: Draft = {
    id: `intercom:${item.id}:${reply.id}`,
    provider: 'intercom',
    ticketId: item.id,
    channel: 'chat',
    body: reply.body ?? '',
    bodyFormat: 'html',
    sent: { commentId: reply.id },
  };
  const agent = { ...(reply.author.id ? { id: reply.author.id } : {}), ...(reply.author.email ? { email: reply.author.email } : {}), ...(reply.author.name ? { name: reply.author.name } : {}) };
  if (Object.keys(agent).length) draft.agent = agent;
  const attachments = (reply.attachments ?? []).map((a): Attachment => ({ filename: a.name, ...(a.content_type ? { contentType: a.content_type } : {}), ...(a.filesize != null ? { size: a.filesize } : {}) }));
  if (attachments.length) draft.attachments = attachments;
  return { kind: 'reply', draft, deliveryId: id };
}

export function intercomAdapter(clientSecret: string): HelpdeskAdapter {
  return { provider: 'intercom', verify: (request) => verifyIntercom(clientSecret, request), toEvent: intercomEvent };
}
