/**
 * The Intercom adapter and remediation plan on their own (pure): X-Hub-Signature against the
 * vector of helpdesks.md §5.1 (hex HMAC-SHA1 of the raw body with the client secret), the
 * documented conversation.admin.replied payload (§8.7), the topics that are not decided, and the
 * /conversations/redact call.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Decision } from '../../src/draft.js';
import { ReplyGuardError } from '../../src/errors.js';
import { scanDraft } from '../../src/scan-draft.js';
import { intercomEvent, intercomSignature, verifyIntercom } from '../../webhooks/intercom/adapter.js';
import { intercomAccess, intercomRemediation } from '../../webhooks/intercom/remediation.js';

const VECTOR = {
  secret: 'test_client_secret',
  body: '{"type":"notification_event","topic":"ping","id":"notif_1","app_id":"abc123","data":{"type":"notification_event_data","item":{"type":"ping","message":"hi"}},"created_at":1700000000}',
  signature: 'sha1=67a4bf9a09066e67e75b75c2c5d1055dc0ea7c26',
};
const request = (headers: Record<string, string>, body = VECTOR.body) => ({ method: 'POST', headers, rawBody: Buffer.from(body), nowSeconds: 1_700_000_000 });
const replied = (): Record<string, unknown> => JSON.parse(readFileSync(new URL('../fixtures/intercom/admin-replied.json', import.meta.url), 'utf8')) as Record<string, unknown>;

describe('signature', () => {
  it('computes and verifies the vector', () => {
    expect(intercomSignature(VECTOR.secret, VECTOR.body)).toBe(VECTOR.signature);
    expect(verifyIntercom(VECTOR.secret, request({ 'x-hub-signature': VECTOR.signature }))).toEqual({ ok: true, via: 'signature' });
    expect(verifyIntercom(VECTOR.secret, request({ 'x-hub-signature': VECTOR.signature.toUpperCase().replace('SHA1=', 'sha1=') })).ok).toBe(true);
  });

  it.each([
    ['no header', {}, VECTOR.body, /missing X-Hub-Signature/],
    ['another body', { 'x-hub-signature': VECTOR.signature }, VECTOR.body.replace('hi', 'ho'), /does not match/],
    ['another secret', { 'x-hub-signature': intercomSignature('another_secret', VECTOR.body) }, VECTOR.body, /does not match/],
    ['no sha1= prefix', { 'x-hub-signature': VECTOR.signature.slice(5) }, VECTOR.body, /sha1=<40 hex digits>/],
    ['a sha256 signature', { 'x-hub-signature': 'sha256=' + 'a'.repeat(64) }, VECTOR.body, /sha1=<40 hex digits>/],
  ])('refuses %s', (_name, headers, body, reason) => {
    const result = verifyIntercom(VECTOR.secret, request(headers, body));
    expect(result.ok ? '' : result.reason).toMatch(reason);
  });
});

describe('events', () => {
  it('makes the admin reply part an HTML draft, its attachment a reference without content', () => {
    expect(intercomEvent(replied())).toEqual({
      kind: 'reply',
      deliveryId: 'notif_01HABCDEFG',
      draft: {
        id: 'intercom:1911149811:149',
        provider: 'intercom',
        ticketId: '1911149811',
        channel: 'chat',
        agent: { id: '814860', email: 'mk@acmeinc.org', name: 'Mark Strong' },
        body: '<p>Your IBAN GB82 WEST 1234 5698 7654 32 is confirmed.</p>',
        bodyFormat: 'html',
        attachments: [{ filename: 'passport.png', contentType: 'image/png', size: 48211 }],
        sent: { commentId: '149' },
      },
    });
  });

  it('ignores ping, notes, customer replies and other topics', () => {
    expect(intercomEvent(JSON.parse(VECTOR.body))).toEqual({ kind: 'ignored', reason: 'ping' });
    expect(intercomEvent({ ...replied(), topic: 'conversation.admin.noted' })).toEqual({ kind: 'ignored', reason: 'event_type' });
    expect(intercomEvent({ ...replied(), topic: 'conversation.user.replied' })).toEqual({ kind: 'ignored', reason: 'event_type' });
    const byUser = replied() as { data: { item: { conversation_parts: { conversation_parts: { author: { type: string } }[] } } } };
    byUser.data.item.conversation_parts.conversation_parts[0]!.author.type = 'user';
    expect(intercomEvent(byUser)).toEqual({ kind: 'ignored', reason: 'not_agent' });
  });

  it.each([
    ['not a notification', { type: 'conversation', id: '1', topic: 'x' }, /"type"/],
    ['no id', { type: 'notification_event', topic: 'ping' }, /"id"/],
    ['a reply without parts', { type: 'notification_event', id: 'n', topic: 'conversation.admin.replied', data: { item: { id: '1', conversation_parts: { conversation_parts: [] } } } }, /conversation_parts/],
    ['a reply without the conversation', { type: 'notification_event', id: 'n', topic: 'conversation.admin.replied', data: {} }, /"data.item"/],
  ])('refuses %s with a message naming the field', (_name, body, message) => {
    expect(() => intercomEvent(body)).toThrow(ReplyGuardError);
    expect(() => intercomEvent(body)).toThrow(message);
  });
});

describe('remediation plan', () => {
  const event = intercomEvent(replied());
  const draft = event.kind === 'reply' ? event.draft : undefined;
  const decision: Decision = { draftId: draft!.id, action: 'block', findings: scanDraft(draft!).findings, policyVersion: 'test' };

  it('redacts the whole part through POST /conversations/redact with the bearer token and Intercom-Version', async () => {
    expect(decision.findings.map((f) => f.type)).toEqual(['IBAN']);
    const plan = intercomRemediation.plan(draft!, decision);
    expect(plan).toMatchObject({ ok: true, payload: { conversationId: '1911149811', partId: '149' } });
    const calls: unknown[] = [];
    for (const step of intercomRemediation.steps(plan.ok ? plan.payload : (undefined as never))) await step.run({ call: async (...args) => void calls.push(args) });
    expect(calls).toEqual([['POST', '/conversations/redact', { type: 'conversation_part', conversation_id: '1911149811', conversation_part_id: '149' }]]);
    expect(intercomAccess({ baseUrl: 'https://api.intercom.io', accessToken: 'tok' }).headers).toMatchObject({ authorization: 'Bearer tok', 'intercom-version': expect.stringMatching(/^2\.\d+$/) });
  });

  it('leaves a part whose body holds nothing to redact (only an unreadable attachment) to a person', () => {
    expect(intercomRemediation.plan({ ...draft!, body: '<p>See attached.</p>' }, { ...decision, findings: [] })).toEqual({ ok: false, reason: 'nothing_to_redact' });
  });
});
