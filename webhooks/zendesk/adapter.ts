/**
 * Zendesk event subscriptions (../../shared/reference/helpdesks.md §1.2-1.4, fixture §8.1):
 * `POST /webhooks/zendesk` receives `zen:event-type:ticket.comment_added` envelopes after the
 * comment is saved (and usually sent).
 *
 * Signature: `X-Zendesk-Webhook-Signature` = base64(HMAC-SHA256(secret, timestamp + raw body)),
 * the timestamp from `X-Zendesk-Webhook-Signature-Timestamp` as it is written (no separator), the
 * secret used as a UTF-8 string (never base64-decoded). The timestamp must be within 5 minutes
 * (ISO 8601 as Zendesk sends it, or unix seconds). `X-Zendesk-Webhook-Invocation-Id` (else the
 * event id) is the delivery id deduplicated by the HTTP layer.
 *
 * A public comment by staff becomes a Draft (plain text, as the event carries it); internal notes,
 * end-user comments and every other event type are acknowledged and not decided.
 */
import { createHmac } from 'node:crypto';
import { z } from 'zod';
import type { Draft } from '../../src/draft.js';
import { ReplyGuardError } from '../../src/errors.js';
import type { HelpdeskAdapter, HelpdeskEvent, InboundRequest, Verification } from '../adapter.js';
import { header, optionalText, parsePayload, platformId, requireObject, sameMac } from '../payload.js';

export const COMMENT_ADDED = 'zen:event-type:ticket.comment_added';
export const TOLERANCE_SECONDS = 5 * 60;

export const SIGNATURE_HEADER = 'x-zendesk-webhook-signature';
export const TIMESTAMP_HEADER = 'x-zendesk-webhook-signature-timestamp';
export const INVOCATION_HEADER = 'x-zendesk-webhook-invocation-id';

/** base64(HMAC-SHA256(secret as UTF-8, timestamp + body)). */
export function zendeskSignature(secret: string, timestamp: string, body: Buffer | string): string {
  return createHmac('sha256', secret).update(timestamp, 'utf8').update(body).digest('base64');
}

const ISO_8601 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})$/;

/** Unix seconds of a signature timestamp: ISO 8601, unix seconds or unix milliseconds; undefined otherwise. */
export function timestampSeconds(value: string): number | undefined {
  if (/^\d{1,11}$/.test(value)) return Number(value);
  if (/^\d{13}$/.test(value)) return Math.floor(Number(value) / 1000);
  if (!ISO_8601.test(value)) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : Math.floor(ms / 1000);
}

export function verifyZendesk(secret: string, request: InboundRequest, toleranceSeconds = TOLERANCE_SECONDS): Verification {
  const signature = header(request.headers, SIGNATURE_HEADER);
  const timestamp = header(request.headers, TIMESTAMP_HEADER);
  if (!signature || !timestamp) return { ok: false, reason: 'missing X-Zendesk-Webhook-Signature or X-Zendesk-Webhook-Signature-Timestamp header' };
  const seconds = timestampSeconds(timestamp);
  if (seconds === undefined) return { ok: false, reason: 'X-Zendesk-Webhook-Signature-Timestamp must be an ISO 8601 time or unix seconds' };
  if (Math.abs(request.nowSeconds - seconds) > toleranceSeconds) return { ok: false, reason: 'X-Zendesk-Webhook-Signature-Timestamp is outside the 5-minute tolerance' };
  const expected = Buffer.from(zendeskSignature(secret, timestamp, request.rawBody), 'base64');
  if (!sameMac(Buffer.from(signature, 'base64'), expected)) return { ok: false, reason: 'X-Zendesk-Webhook-Signature does not match' };
  const invocation = header(request.headers, INVOCATION_HEADER);
  return invocation ? { ok: true, via: 'signature', deliveryId: invocation.slice(0, 200) } : { ok: true, via: 'signature' };
}

const commentAdded = z.object({
  id: z.string().max(200).optional(),
  detail: z.object({
    id: platformId,
    brand_id: platformId.nullish(),
    via: z.object({ channel: optionalText(64) }).nullish(),
  }),
  event: z.object({
    comment: z.object({
      id: platformId,
      body: z.string(),
      is_public: z.boolean(),
      author: z.object({ id: platformId.nullish(), is_staff: z.boolean().nullish(), name: optionalText(200) }).nullish(),
    }),
  }),
});

export function zendeskEvent(body: unknown): HelpdeskEvent {
  const envelope = requireObject(body, 'a Zendesk event {"type", "detail", "event", ...}');
  if (typeof envelope.type !== 'string') throw new ReplyGuardError('RG_ERR_BAD_REQUEST', `"type" must be a string: a Zendesk event type such as ${COMMENT_ADDED}`);
  if (envelope.type !== COMMENT_ADDED) return { kind: 'ignored', reason: 'event_type' };
  const { id, detail, event } = parsePayload(commentAdded, envelope, `a ${COMMENT_ADDED} event`);
  const { comment } = event;
  if (!comment.is_public) return { kind: 'ignored', reason: 'private_note' };
  if (comment.author?.is_staff !== true) return { kind: 'ignored', reason: 'not_agent' };
  const draft: Draft = {
    id: `zendesk:${detail.id}:${comment.id}`,
    provider: 'zendesk',
    ticketId: detail.id,
    body: comment.body,
    bodyFormat: 'text',
    sent: { commentId: comment.id },
  };
  if (detail.brand_id) draft.brand = detail.brand_id;
  const channel = channelOf(detail.via?.channel);
  if (channel) draft.channel = channel;
  const agent = { ...(comment.author?.id ? { id: comment.author.id } : {}), ...(comment.author?.name ? { name: comment.author.name } : {}) };
  if (Object.keys(agent).length) draft.agent = agent;
  return id ? { kind: 'reply', draft, deliveryId: id } : { kind: 'reply', draft };
}

/** Zendesk names e-mail "mail" or "email"; policies speak of "email". */
function channelOf(via: string | undefined): string | undefined {
  const channel = via?.toLowerCase();
  return channel === 'mail' ? 'email' : channel;
}

export function zendeskAdapter(secret: string): HelpdeskAdapter {
  return { provider: 'zendesk', verify: (request) => verifyZendesk(secret, request), toEvent: zendeskEvent };
}
