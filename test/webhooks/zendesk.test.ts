/**
 * The Zendesk adapter and remediation plan on their own (pure): the signature against the vector
 * computed from Zendesk's documented scheme (helpdesks.md §1.3), the legacy body+timestamp vector
 * as a negative, every way a delivery is refused, the documented payloads (fixtures §8.1-8.3) and
 * the comment_redactions html_body. Over HTTP with Redis, the worker and a stand-in Zendesk:
 * test/http/helpdesk-webhooks.test.ts and test/webhooks/remediation.test.ts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Decision } from '../../src/draft.js';
import { ReplyGuardError } from '../../src/errors.js';
import { scanDraft } from '../../src/scan-draft.js';
import { timestampSeconds, verifyZendesk, zendeskEvent, zendeskSignature } from '../../webhooks/zendesk/adapter.js';
import { redactionHtml, zendeskAccess, zendeskRemediation } from '../../webhooks/zendesk/remediation.js';

const VECTOR = {
  secret: 'HRkRd4BeOAoUkfZr-mhauJT64rvBASlJRoIyPsd3zeA=',
  body: '{"say": "hello"}',
  timestamp: '2021-07-25T10:00:00Z',
  signature: 'Rry/4TtIdFyawtXXp8QdI6tlAUUQ/5kL1OTp5qo/ZIk=', // timestamp + body, the current scheme
  legacy: 'tRDSF7URY8BLCDlaBcQ7FHu051Zk+aAB0NKMP53teMw=', // body + timestamp, the Event Connectors page
};
const at = timestampSeconds(VECTOR.timestamp)!;
const fixture = (name: string): string => readFileSync(new URL(`../fixtures/zendesk/${name}`, import.meta.url), 'utf8');
const request = (headers: Record<string, string>, body = VECTOR.body, nowSeconds = at) => ({ method: 'POST', headers, rawBody: Buffer.from(body), nowSeconds });
const signed = (signature: string, timestamp = VECTOR.timestamp) => ({ 'x-zendesk-webhook-signature': signature, 'x-zendesk-webhook-signature-timestamp': timestamp });

describe('signature', () => {
  it('computes the vector: base64(HMAC-SHA256(secret as UTF-8, timestamp + body))', () => {
    expect(zendeskSignature(VECTOR.secret, VECTOR.timestamp, VECTOR.body)).toBe(VECTOR.signature);
  });

  it('verifies the vector, within 5 minutes either side', () => {
    expect(verifyZendesk(VECTOR.secret, request(signed(VECTOR.signature)))).toEqual({ ok: true, via: 'signature' });
    expect(verifyZendesk(VECTOR.secret, request(signed(VECTOR.signature), VECTOR.body, at + 300)).ok).toBe(true);
    expect(verifyZendesk(VECTOR.secret, request(signed(VECTOR.signature), VECTOR.body, at - 300)).ok).toBe(true);
  });

  it('hands back the invocation id as the delivery id', () => {
    const headers = { ...signed(VECTOR.signature), 'x-zendesk-webhook-invocation-id': '8350205241215' };
    expect(verifyZendesk(VECTOR.secret, request(headers))).toEqual({ ok: true, via: 'signature', deliveryId: '8350205241215' });
  });

  it.each([
    ['the legacy body + timestamp vector', signed(VECTOR.legacy), VECTOR.body, at, /does not match/],
    ['another body', signed(VECTOR.signature), '{"say": "hellO"}', at, /does not match/],
    ['another secret', signed(zendeskSignature('another-secret-of-some-length', VECTOR.timestamp, VECTOR.body)), VECTOR.body, at, /does not match/],
    ['a truncated signature', signed(VECTOR.signature.slice(0, 20)), VECTOR.body, at, /does not match/],
    ['the signature as hex', signed(Buffer.from(VECTOR.signature, 'base64').toString('hex')), VECTOR.body, at, /does not match/],
    ['a stale timestamp', signed(VECTOR.signature), VECTOR.body, at + 301, /outside the 5-minute tolerance/],
    ['a timestamp from the future', signed(VECTOR.signature), VECTOR.body, at - 301, /outside the 5-minute tolerance/],
    ['a timestamp that is no time', signed(zendeskSignature(VECTOR.secret, 'yesterday', VECTOR.body), 'yesterday'), VECTOR.body, at, /ISO 8601/],
    ['no signature', { 'x-zendesk-webhook-signature-timestamp': VECTOR.timestamp }, VECTOR.body, at, /missing/],
    ['no timestamp', { 'x-zendesk-webhook-signature': VECTOR.signature }, VECTOR.body, at, /missing/],
  ])('refuses %s', (_name, headers, body, now, reason) => {
    const result = verifyZendesk(VECTOR.secret, request(headers, body, now));
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.reason).toMatch(reason);
  });

  it('reads ISO 8601 and unix timestamps, signing the text as it was sent', () => {
    expect(timestampSeconds('2021-07-25T10:00:00Z')).toBe(1627207200);
    expect(timestampSeconds('2021-07-25T12:00:00.5+02:00')).toBe(1627207200);
    expect(timestampSeconds('1627207200')).toBe(1627207200);
    expect(timestampSeconds('1627207200000')).toBe(1627207200);
    expect(timestampSeconds('2021-07-25')).toBeUndefined();
    const unix = '1627207200';
    expect(verifyZendesk(VECTOR.secret, request(signed(zendeskSignature(VECTOR.secret, unix, VECTOR.body), unix))).ok).toBe(true);
  });
});

describe('events', () => {
  it('makes the documented ticket.comment_added payload a plain-text draft of the comment', () => {
    const event = zendeskEvent(JSON.parse(fixture('comment-added.json')));
    expect(event).toEqual({
      kind: 'reply',
      deliveryId: 'd4f5c389-8f4a-4c2e-a1b9-8e4f39c71d52',
      draft: {
        id: 'zendesk:5158:9876543210',
        provider: 'zendesk',
        ticketId: '5158',
        brand: '8447346621310',
        channel: 'web_service',
        agent: { id: '8447388090495', name: 'Support Agent' },
        body: 'Your card 4111 1111 1111 1111 is on file; reset password to Hunter2!',
        bodyFormat: 'text',
        sent: { commentId: '9876543210' },
      },
    });
  });

  it('ignores other event types (attachment linked, redacted), private notes and end-user comments', () => {
    const payload = JSON.parse(fixture('comment-added.json')) as { event: { comment: { is_public: boolean; author: { is_staff: boolean } } } };
    expect(zendeskEvent(JSON.parse(fixture('attachment-linked.json')))).toEqual({ kind: 'ignored', reason: 'event_type' });
    expect(zendeskEvent({ ...payload, type: 'zen:event-type:ticket.comment_redacted' })).toEqual({ kind: 'ignored', reason: 'event_type' });
    const note = structuredClone(payload);
    note.event.comment.is_public = false;
    expect(zendeskEvent(note)).toEqual({ kind: 'ignored', reason: 'private_note' });
    const customer = structuredClone(payload);
    customer.event.comment.author.is_staff = false;
    expect(zendeskEvent(customer)).toEqual({ kind: 'ignored', reason: 'not_agent' });
  });

  it.each([
    ['an array', [], /must be a JSON object/],
    ['no type', { detail: {} }, /"type" must be a string/],
    ['a comment without body', { type: 'zen:event-type:ticket.comment_added', detail: { id: '1' }, event: { comment: { id: '2', is_public: true } } }, /"event.comment.body"/],
    ['no ticket id', { type: 'zen:event-type:ticket.comment_added', detail: {}, event: { comment: { id: '2', body: 'x', is_public: true } } }, /"detail.id"/],
    ['an id that cannot go into a URL', { type: 'zen:event-type:ticket.comment_added', detail: { id: '1' }, event: { comment: { id: '../tickets', body: 'x', is_public: true } } }, /"event.comment.id"/],
  ])('refuses %s with a message naming the field', (_name, body, message) => {
    let error: unknown;
    try {
      zendeskEvent(body);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ReplyGuardError);
    expect((error as ReplyGuardError).code).toBe('RG_ERR_BAD_REQUEST');
    expect((error as ReplyGuardError).message).toMatch(message);
  });

  it('keeps the trigger webhook pitfall out: an unescaped placeholder is not JSON', () => {
    expect(() => JSON.parse(fixture('trigger-unescaped.txt'))).toThrow();
  });
});

describe('remediation plan', () => {
  const decisionFor = (body: string, action: Decision['action'] = 'redact'): Decision => ({
    draftId: 'zendesk:5158:9876543210',
    action,
    findings: scanDraft({ id: 'x', provider: 'zendesk', body, bodyFormat: 'text' }).findings,
    policyVersion: 'test',
  });
  const draft = (body: string) => ({ id: 'zendesk:5158:9876543210', provider: 'zendesk', ticketId: '5158', body, bodyFormat: 'text' as const, sent: { commentId: '9876543210' } });

  it('wraps exactly the card in <redact>, escapes the rest, keeps line breaks', () => {
    const body = 'Hi <Ana> & co,\nyour card 4111 1111 1111 1111 is on file.';
    const plan = zendeskRemediation.plan(draft(body), decisionFor(body));
    expect(plan).toEqual({
      ok: true,
      payload: { ticketId: '5158', commentId: '9876543210', htmlBody: '<div class="zd-comment" dir="auto">Hi &lt;Ana&gt; &amp; co,<br>your card <redact>4111 1111 1111 1111</redact> is on file.</div>' },
      summary: 'redacting 1 value in the comment (Zendesk comment redaction)',
    });
  });

  it('redacts every value of the documented payload (the card and the password), and nothing else', () => {
    const body = 'Your card 4111 1111 1111 1111 is on file; reset password to Hunter2!';
    const decision = decisionFor(body, 'block');
    expect(decision.findings.map((f) => f.type).sort()).toEqual(['CARD_NUMBER', 'CREDENTIAL']);
    const plan = zendeskRemediation.plan(draft(body), decision);
    expect(plan.ok && plan.payload.htmlBody).toBe('<div class="zd-comment" dir="auto">Your card <redact>4111 1111 1111 1111</redact> is on file; reset password to <redact>Hunter2!</redact></div>');
  });

  it('merges overlapping spans', () => {
    expect(redactionHtml('abcdefgh', [{ start: 1, end: 3 }, { start: 5, end: 6 }])).toBe('<div class="zd-comment" dir="auto">a<redact>bc</redact>de<redact>f</redact>gh</div>');
  });

  it('has nothing to redact for a reply that only asks for a secret, or has no body findings', () => {
    const body = 'Please reply with your PIN so we can verify you.';
    const decision = decisionFor(body, 'block');
    expect(decision.findings.map((f) => f.type)).toEqual(['SOLICITATION']);
    expect(zendeskRemediation.plan(draft(body), decision)).toEqual({ ok: false, reason: 'nothing_to_redact' });
    expect(zendeskRemediation.plan(draft('hello'), { draftId: 'x', action: 'block', findings: [], policyVersion: 'none' })).toEqual({ ok: false, reason: 'nothing_to_redact' });
  });

  it('calls PUT /api/v2/comment_redactions/{comment_id} with {ticket_id, html_body} and API token basic auth', async () => {
    const calls: unknown[] = [];
    const [step] = zendeskRemediation.steps({ ticketId: '5158', commentId: '9876543210', htmlBody: '<div>x</div>' });
    await step!.run({ call: async (...args) => void calls.push(args) });
    expect(calls).toEqual([['PUT', '/api/v2/comment_redactions/9876543210', { ticket_id: 5158, html_body: '<div>x</div>' }]]);
    const access = zendeskAccess({ baseUrl: 'https://acme.zendesk.com', email: 'admin@acme.example', apiToken: 'tok123' });
    expect(access.headers.authorization).toBe(`Basic ${Buffer.from('admin@acme.example/token:tok123').toString('base64')}`);
  });
});
