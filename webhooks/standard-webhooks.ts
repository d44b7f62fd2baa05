/**
 * Standard Webhooks 1.0, symmetric scheme (../shared/reference/helpdesks.md §5.3): the sender signs
 * `{webhook-id}.{webhook-timestamp}.{raw body}` with HMAC-SHA256 under the secret shown as
 * `whsec_<base64>`, and sends `webhook-signature: v1,<base64> [v1,<base64> ...]` (several entries
 * during a key rotation). The receiver checks the timestamp against a tolerance, compares every v1
 * entry in constant time, and dedupes on webhook-id (the HTTP layer does that in Redis, only after
 * the signature verified). Pure: no clock, no I/O.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export const DEFAULT_TOLERANCE_SECONDS = 5 * 60;
const SECRET_PREFIX = 'whsec_';

/** Decodes `whsec_<base64>` (the prefix is optional) into the HMAC key; 24 to 64 bytes as the spec says. */
export function parseWebhookSecret(secret: string): Buffer {
  const b64 = secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret;
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(b64)) throw new Error('must be whsec_ followed by base64');
  const key = Buffer.from(b64, 'base64');
  if (key.length < 24 || key.length > 64) throw new Error(`must decode to 24 to 64 bytes, got ${key.length}`);
  return key;
}

export const formatWebhookSecret = (key: Buffer): string => SECRET_PREFIX + key.toString('base64');

function mac(key: Buffer, id: string, timestamp: string, body: Buffer | string): Buffer {
  return createHmac('sha256', key).update(`${id}.${timestamp}.`).update(body).digest();
}

export type SignedHeaders = {
  'webhook-id': string;
  'webhook-timestamp': string;
  'webhook-signature': string;
};

/** The three headers a sender adds; `timestamp` in unix seconds. */
export function signWebhook(key: Buffer, id: string, timestamp: number, body: Buffer | string): SignedHeaders {
  const ts = String(Math.floor(timestamp));
  return { 'webhook-id': id, 'webhook-timestamp': ts, 'webhook-signature': `v1,${mac(key, id, ts, body).toString('base64')}` };
}

export type WebhookVerification = { ok: true; id: string } | { ok: false; reason: string };

/**
 * Checks the three headers against the raw body. `nowSeconds` is the receiver's clock. Reasons
 * name what is wrong, never a header value.
 */
export function verifyWebhook(
  key: Buffer,
  headers: Readonly<Record<string, string | string[] | undefined>>,
  body: Buffer,
  nowSeconds: number,
  toleranceSeconds = DEFAULT_TOLERANCE_SECONDS,
): WebhookVerification {
  const id = single(headers['webhook-id']);
  const ts = single(headers['webhook-timestamp']);
  const signature = single(headers['webhook-signature']);
  if (!id || !ts || !signature) return { ok: false, reason: 'missing webhook-id, webhook-timestamp or webhook-signature header' };
  if (id.length > 256) return { ok: false, reason: 'webhook-id is too long' };
  if (!/^\d{1,12}$/.test(ts)) return { ok: false, reason: 'webhook-timestamp must be unix seconds' };
  if (Math.abs(nowSeconds - Number(ts)) > toleranceSeconds) return { ok: false, reason: 'webhook-timestamp is outside the tolerance window' };
  const expected = mac(key, id, ts, body);
  // Check every v1 entry (no early exit), so timing says nothing about which one matched.
  let matched = false;
  for (const entry of signature.split(' ')) {
    const [version, value] = entry.split(',', 2);
    if (version !== 'v1' || !value) continue;
    const given = Buffer.from(value, 'base64');
    if (given.length === expected.length && timingSafeEqual(given, expected)) matched = true;
  }
  return matched ? { ok: true, id } : { ok: false, reason: 'webhook-signature does not match' };
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? (value.length === 1 ? value[0] : undefined) : value;
}
