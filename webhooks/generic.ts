/**
 * The generic adapter behind `POST /v1/drafts`: a helpdesk-neutral JSON draft, authenticated by a
 * Standard Webhooks signature or a bearer API key, answered with the Decision of
 * ../shared/CONTRACT.md as it is.
 *
 * Body: the draft itself, or a Standard Webhooks envelope `{"type": "draft.check", "data": draft}`.
 * A draft is `{id, ticketId?, brand?, channel?, agent?: {id?, email?, name?}, customer?: {email?,
 * phone?}, subject?, body, bodyFormat?: "text" | "html", attachments?: [{filename, contentType?,
 * contentBase64?, size?}]}`; unknown fields are ignored.
 */
import { z } from 'zod';
import type { Decision, Draft } from '../src/draft.js';
import { ReplyGuardError } from '../src/errors.js';
import type { AdapterResponse, InboundRequest, Verification, WebhookAdapter } from './adapter.js';
import { apiKeyMatches, bearerToken } from './api-keys.js';
import { describeIssue } from './payload.js';
import { verifyWebhook } from './standard-webhooks.js';

export interface GenericAdapterOptions {
  /** HMAC key of the Standard Webhooks secret; without it only API keys are accepted. */
  readonly webhookSecret: Buffer | undefined;
  /** SHA-256 hashes of the accepted API keys (webhooks/api-keys.ts). */
  readonly apiKeyHashes: readonly Buffer[];
}

const short = (max: number) => z.string().max(max);
const id = z.union([z.string(), z.number().int()]).transform(String).pipe(z.string().regex(/^[!-~]{1,200}$/, 'must be 1 to 200 visible ASCII characters'));

const draftSchema = z.object({
  id,
  ticketId: id.optional(),
  brand: short(200).optional(),
  channel: short(64).optional(),
  agent: z.object({ id: id.optional(), email: short(320).optional(), name: short(200).optional() }).optional(),
  customer: z.object({ email: short(320).optional(), phone: short(64).optional() }).optional(),
  subject: z.string().optional(),
  body: z.string(),
  bodyFormat: z.enum(['text', 'html']).default('text'),
  attachments: z
    .array(
      z.object({
        filename: z.string().min(1).max(500),
        contentType: short(200).optional(),
        contentBase64: z.string().optional(),
        size: z.number().int().nonnegative().optional(),
      }),
    )
    .max(100)
    .optional(),
});

export function genericAdapter(options: GenericAdapterOptions): WebhookAdapter {
  return {
    provider: 'generic',
    verify: (request) => verifyGeneric(options, request),
    toDraft,
    toResponse,
  };
}

/** A bearer key, when given, decides alone: a wrong key never falls back to a signature. */
function verifyGeneric(options: GenericAdapterOptions, request: InboundRequest): Verification {
  const authorization = request.headers.authorization;
  if (authorization !== undefined) {
    const token = bearerToken(authorization);
    if (!token) return { ok: false, reason: 'Authorization must be "Bearer <API key>"' };
    return apiKeyMatches(token, options.apiKeyHashes) ? { ok: true, via: 'api-key' } : { ok: false, reason: 'API key is not valid' };
  }
  if (request.headers['webhook-signature'] === undefined) return { ok: false, reason: 'missing webhook signature or API key' };
  if (!options.webhookSecret) return { ok: false, reason: 'webhook signatures are not configured (REPLYGUARD_WEBHOOK_SECRET)' };
  const result = verifyWebhook(options.webhookSecret, request.headers, request.rawBody, request.nowSeconds);
  return result.ok ? { ok: true, via: 'signature', deliveryId: result.id } : result;
}

function toDraft(body: unknown): Draft {
  const candidate = isEnvelope(body) ? body.data : body;
  if (typeof candidate !== 'object' || candidate === null || Array.isArray(candidate)) {
    throw new ReplyGuardError('RG_ERR_BAD_REQUEST', 'body must be a JSON object: a draft {"id", "body", ...}');
  }
  const parsed = draftSchema.safeParse(candidate);
  if (!parsed.success) throw new ReplyGuardError('RG_ERR_BAD_REQUEST', describeIssue(parsed.error.issues[0]));
  const { attachments, ...rest } = parsed.data;
  const draft: Draft = { ...rest, provider: 'generic' };
  if (attachments?.length) draft.attachments = attachments;
  return draft;
}

function isEnvelope(body: unknown): body is { type: string; data: unknown } {
  return typeof body === 'object' && body !== null && 'type' in body && 'data' in body && typeof body.type === 'string';
}

function toResponse(decision: Decision): AdapterResponse {
  // 202: not decided yet, the job is still running; poll reviewUrl.
  return decision.action === 'hold' ? { status: 202, headers: { 'retry-after': '1' }, body: decision } : { status: 200, body: decision };
}
