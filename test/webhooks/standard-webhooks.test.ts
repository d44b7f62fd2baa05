/**
 * Standard Webhooks v1 against the test vector of ../shared/reference/helpdesks.md §5.1, and every
 * way a signature can be wrong.
 */
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { formatWebhookSecret, parseWebhookSecret, signWebhook, verifyWebhook } from '../../webhooks/standard-webhooks.js';

const VECTOR = {
  secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
  id: 'msg_2KWPBgLlAfxdpx2AI54pPJ85f4W',
  timestamp: 1700000000,
  body: '{"id":"evt_1","type":"draft.check"}',
  signature: 'v1,+vZsnyYfI5NQ730GduntqPsthcvMPtECm8wPobRchaQ=',
};
const key = parseWebhookSecret(VECTOR.secret);
const headers = (signature = VECTOR.signature, id = VECTOR.id, ts = String(VECTOR.timestamp)) => ({ 'webhook-id': id, 'webhook-timestamp': ts, 'webhook-signature': signature });
const body = Buffer.from(VECTOR.body);

describe('the spec test vector', () => {
  it('signs to the published signature', () => {
    expect(signWebhook(key, VECTOR.id, VECTOR.timestamp, VECTOR.body)['webhook-signature']).toBe(VECTOR.signature);
  });

  it('verifies at the signing time and within 5 minutes of it', () => {
    expect(verifyWebhook(key, headers(), body, VECTOR.timestamp)).toEqual({ ok: true, id: VECTOR.id });
    expect(verifyWebhook(key, headers(), body, VECTOR.timestamp + 300).ok).toBe(true);
    expect(verifyWebhook(key, headers(), body, VECTOR.timestamp - 300).ok).toBe(true);
  });

  it('accepts a rotation list where any v1 entry matches', () => {
    const other = signWebhook(randomBytes(32), VECTOR.id, VECTOR.timestamp, VECTOR.body)['webhook-signature'];
    expect(verifyWebhook(key, headers(`${other} v1a,abcd ${VECTOR.signature}`), body, VECTOR.timestamp).ok).toBe(true);
  });
});

describe('rejections', () => {
  it.each([
    ['expired (over 5 minutes old)', headers(), body, VECTOR.timestamp + 301, /outside the tolerance/],
    ['from the future', headers(), body, VECTOR.timestamp - 301, /outside the tolerance/],
    ['a changed body', headers(), Buffer.from(VECTOR.body.replace('evt_1', 'evt_2')), VECTOR.timestamp, /does not match/],
    ['a changed id', headers(VECTOR.signature, 'msg_other'), body, VECTOR.timestamp, /does not match/],
    ['a changed timestamp', headers(VECTOR.signature, VECTOR.id, String(VECTOR.timestamp + 1)), body, VECTOR.timestamp, /does not match/],
    ['a signature of the wrong length', headers('v1,AAAA'), body, VECTOR.timestamp, /does not match/],
    ['only another version', headers(VECTOR.signature.replace('v1,', 'v2,')), body, VECTOR.timestamp, /does not match/],
    ['a non-numeric timestamp', headers(VECTOR.signature, VECTOR.id, '17e8'), body, VECTOR.timestamp, /unix seconds/],
    ['no signature header', { 'webhook-id': VECTOR.id, 'webhook-timestamp': String(VECTOR.timestamp) }, body, VECTOR.timestamp, /missing/],
    ['duplicated headers', { ...headers(), 'webhook-signature': [VECTOR.signature, VECTOR.signature] }, body, VECTOR.timestamp, /missing/],
  ])('rejects %s, saying why without quoting values', (_name, h, b, now, reason) => {
    const result = verifyWebhook(key, h, b, now);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.reason).toMatch(reason);
    expect(JSON.stringify(result)).not.toContain('vZsny');
  });

  it('rejects a signature made with another secret', () => {
    const forged = signWebhook(randomBytes(24), VECTOR.id, VECTOR.timestamp, VECTOR.body)['webhook-signature'];
    expect(verifyWebhook(key, headers(forged), body, VECTOR.timestamp).ok).toBe(false);
  });
});

describe('secrets', () => {
  it('round-trips whsec_ secrets and accepts them without the prefix', () => {
    const raw = randomBytes(32);
    expect(parseWebhookSecret(formatWebhookSecret(raw)).equals(raw)).toBe(true);
    expect(parseWebhookSecret(raw.toString('base64')).equals(raw)).toBe(true);
  });

  it.each([['whsec_not base64!'], [`whsec_${randomBytes(16).toString('base64')}`], [`whsec_${randomBytes(65).toString('base64')}`]])('rejects %s', (secret) => {
    expect(() => parseWebhookSecret(secret)).toThrow(/base64|24 to 64 bytes/);
  });
});
