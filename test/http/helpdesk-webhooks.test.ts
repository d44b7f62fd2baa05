/**
 * POST /webhooks/{zendesk,intercom,freshdesk} over real HTTP, with real Redis, the real workers,
 * the default policy, the store in PGlite and a stand-in helpdesk API: who is let in (401 and
 * nothing queued otherwise), what is malformed (400, naming the field), what is acknowledged and
 * never decided (counted), and that a helpdesk's repeated delivery is decided and remediated once.
 * Remediation itself (retries, failures, alerts): test/webhooks/remediation.test.ts.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobKeyFor } from '../../src/queue.js';
import { startHarness } from '../service/support/harness.js';
import { intercomSignature } from '../../webhooks/intercom/adapter.js';
import { zendeskEvent } from '../../webhooks/zendesk/adapter.js';
import { freshdeskReply, intercomReply, START_TIMEOUT_MS, startHelpdeskHarness, zendeskComment, type HelpdeskHarness } from '../webhooks/support/helpdesk-harness.js';

let h: HelpdeskHarness;
beforeAll(async () => {
  h = await startHelpdeskHarness({ name: 'hd-webhooks' });
}, START_TIMEOUT_MS);
afterAll(() => h?.close(), START_TIMEOUT_MS);

const fixture = (path: string): string => readFileSync(new URL(`../fixtures/${path}`, import.meta.url), 'utf8');
const CARD_REPLY = 'Thanks Ana, the card we charged is 4111 1111 1111 1111.';

/** Jobs in the drafts queue in any state, and calls the stand-in received: what "nothing queued" means. */
async function work(): Promise<{ jobs: number; calls: number }> {
  const counts = await h.service.queue!.getJobCounts('waiting', 'active', 'delayed', 'completed', 'failed', 'prioritized');
  return { jobs: Object.values(counts).reduce((a, b) => a + b, 0), calls: h.standIn.calls.length };
}

async function metric(provider: string, outcome: string): Promise<number> {
  const text = await (await fetch(`${h.url}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith(`replyguard_webhook_events_total{provider="${provider}",outcome="${outcome}"}`));
  return line ? Number(line.split(' ').pop()) : 0;
}

const errorOf = async (res: Response): Promise<{ code: string; message: string }> => ((await res.json()) as { error: { code: string; message: string } }).error;

describe('signatures: forged, stale or missing is 401, nothing queued', () => {
  const body = zendeskComment('7001', '70011', CARD_REPLY);
  const post = (provider: string, headers: Record<string, string>, raw = body) => fetch(`${h.url}/webhooks/${provider}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: raw });
  const stale = new Date(Date.now() - 6 * 60 * 1000).toISOString();

  it.each([
    ['Zendesk, another secret', () => h.deliver.zendesk(body, { secret: 'not-the-zendesk-secret-at-all' }), /X-Zendesk-Webhook-Signature does not match/],
    ['Zendesk, a stale timestamp', () => h.deliver.zendesk(body, { timestamp: stale }), /outside the 5-minute tolerance/],
    ['Zendesk, no signature', () => post('zendesk', {}), /missing X-Zendesk-Webhook-Signature/],
    ['Zendesk, a body changed after signing', () => post('zendesk', { 'x-zendesk-webhook-signature-timestamp': new Date().toISOString(), 'x-zendesk-webhook-signature': 'AAAA' }), /does not match/],
    ['Intercom, another secret', () => h.deliver.intercom(intercomReply('8001', '1', CARD_REPLY), { secret: 'another_client_secret' }), /X-Hub-Signature does not match/],
    ['Intercom, no signature', () => post('intercom', {}, intercomReply('8001', '1', CARD_REPLY)), /missing X-Hub-Signature/],
    ['Freshdesk, a wrong shared secret', () => h.deliver.freshdesk(freshdeskReply('9001', CARD_REPLY), { secret: 'fd_wrong_wrong_wrong_wrong' }), /X-ReplyGuard-Secret does not match/],
    ['Freshdesk, no shared secret', () => post('freshdesk', {}, freshdeskReply('9001', CARD_REPLY)), /missing X-ReplyGuard-Secret/],
  ])('%s', async (_name, send, reason) => {
    const before = await work();
    const res = await send();
    expect(res.status).toBe(401);
    const error = await errorOf(res);
    expect(error).toMatchObject({ code: 'RG_ERR_UNAUTHORIZED' });
    expect(error.message).toMatch(reason);
    expect(await work()).toEqual(before);
  });

  it('counts them', async () => {
    expect(await metric('zendesk', 'unauthorized')).toBeGreaterThanOrEqual(4);
    expect(await metric('intercom', 'unauthorized')).toBeGreaterThanOrEqual(2);
    expect(await metric('freshdesk', 'unauthorized')).toBeGreaterThanOrEqual(2);
  });
});

describe('malformed payloads: 400 with a clear message, nothing queued', () => {
  it.each([
    ['Zendesk, not JSON', () => h.deliver.zendesk(fixture('zendesk/trigger-unescaped.txt')), /not valid JSON/],
    ['Zendesk, a comment without body', () => h.deliver.zendesk(zendeskComment('7002', '70021', CARD_REPLY).replace('"body":', '"text":')), /"event.comment.body"/],
    ['Zendesk, a trigger body (no event type)', () => h.deliver.zendesk(JSON.stringify({ ticket_id: '5158', message: 'hi' })), /"type" must be a string/],
    ['Intercom, no notification id', () => h.deliver.intercom(JSON.stringify({ type: 'notification_event', topic: 'conversation.admin.replied' })), /"id"/],
    ['Freshdesk, no ticket id', () => h.deliver.freshdesk(JSON.stringify({ event: 'agent_reply', text: CARD_REPLY })), /"ticket_id"/],
  ])('%s', async (_name, send, message) => {
    const before = await work();
    const res = await send();
    const text = await res.text();
    expect(res.status).toBe(400);
    const { error } = JSON.parse(text) as { error: { code: string; message: string } };
    expect(error.code).toBe('RG_ERR_BAD_REQUEST');
    expect(error.message).toMatch(message);
    expect(text).not.toContain('4111');
    expect(await work()).toEqual(before);
  });

  it('refuses a body that is not JSON by content type with 415', async () => {
    const res = await fetch(`${h.url}/webhooks/freshdesk`, { method: 'POST', headers: { 'content-type': 'text/plain', 'x-replyguard-secret': h.secrets.freshdesk }, body: 'hello' });
    expect(res.status).toBe(415);
    expect(await metric('freshdesk', 'malformed')).toBeGreaterThanOrEqual(2);
  });
});

describe('events that are not a public agent reply: acknowledged, counted, never decided', () => {
  it.each([
    ['Zendesk, the documented attachment_linked_to_comment event', 'zendesk', () => h.deliver.zendesk(fixture('zendesk/attachment-linked.json')), 'event_type'],
    ['Zendesk, an internal note', 'zendesk', () => h.deliver.zendesk(zendeskComment('7003', '70031', CARD_REPLY, { isPublic: false })), 'private_note'],
    ['Zendesk, the customer\'s comment', 'zendesk', () => h.deliver.zendesk(zendeskComment('7003', '70032', CARD_REPLY, { isStaff: false })), 'not_agent'],
    ['Intercom, the ping', 'intercom', () => h.deliver.intercom('{"type":"notification_event","topic":"ping","id":"notif_1","app_id":"abc123","data":{"type":"notification_event_data","item":{"type":"ping","message":"hi"}},"created_at":1700000000}'), 'ping'],
    ['Intercom, a note', 'intercom', () => h.deliver.intercom(intercomReply('8003', '2', CARD_REPLY).replace('conversation.admin.replied', 'conversation.admin.noted')), 'event_type'],
    ['Freshdesk, another rule (the documented new-ticket payload)', 'freshdesk', () => h.deliver.freshdesk(fixture('freshdesk/community-new-ticket.json')), 'event_type'],
  ])('%s', async (_name, provider, send, reason) => {
    const [before, counted] = [await work(), await metric(provider, 'ignored')];
    const res = await send();
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ignored', reason });
    expect(await work()).toEqual(before);
    expect(await metric(provider, 'ignored')).toBe(counted + 1);
  });
});

describe('routes', () => {
  it('answers 404 for an unknown helpdesk, and names the variable for one that is not configured', async () => {
    expect((await fetch(`${h.url}/webhooks/helpscout`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).status).toBe(404);
    const plain = await startHarness({ name: 'hd-unconfigured' });
    try {
      const res = await fetch(`${plain.url}/webhooks/zendesk`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
      expect(res.status).toBe(404);
      expect((await errorOf(res)).message).toBe('the Zendesk webhook is not configured: set ZENDESK_WEBHOOK_SECRET');
    } finally {
      await plain.close();
    }
  });
});

describe('deliveries the helpdesk repeats: decided and remediated once', () => {
  it('Zendesk: the same invocation id is acknowledged once; the event fired again is acknowledged as a duplicate', async () => {
    const body = zendeskComment('7010', '70101', CARD_REPLY);
    const first = await h.deliver.zendesk(body, { invocationId: 'inv-7010' });
    expect(first.status).toBe(202);
    expect(await first.json()).toEqual({ status: 'accepted', draftId: 'zendesk:7010:70101' });
    const again = await h.deliver.zendesk(body, { invocationId: 'inv-7010' });
    expect([again.status, await again.json()]).toEqual([200, { status: 'duplicate', draftId: 'zendesk:7010:70101' }]);

    await h.standIn.waitFor('PUT', '/zendesk/api/v2/comment_redactions/70101');
    const refired = await h.deliver.zendesk(body, { invocationId: 'inv-7010-b' });
    expect([refired.status, ((await refired.json()) as { status: string }).status]).toEqual([200, 'duplicate']);

    const jobKey = jobKeyFor((zendeskEvent(JSON.parse(body)) as { draft: Parameters<typeof jobKeyFor>[0] }).draft);
    await h.until(async () => ((await h.audit('remediation.done')).some((e) => e.subject === jobKey) ? true : undefined));
    expect((await h.audit('decision.recorded')).filter((e) => e.subject === jobKey)).toHaveLength(1);
    expect(h.standIn.callsTo('PUT', '/zendesk/api/v2/comment_redactions/70101')).toHaveLength(1);
    expect(await metric('zendesk', 'duplicate')).toBe(2);
  });

  it('Intercom: the same notification id is acknowledged once', async () => {
    const body = intercomReply('8010', '77', CARD_REPLY);
    expect((await h.deliver.intercom(body)).status).toBe(202);
    const again = await h.deliver.intercom(body);
    expect([again.status, ((await again.json()) as { status: string }).status]).toEqual([200, 'duplicate']);
    await h.standIn.waitFor('POST', '/intercom/conversations/redact');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(h.standIn.callsTo('POST', '/intercom/conversations/redact').filter((c) => (c.body as { conversation_id: string }).conversation_id === '8010')).toHaveLength(1);
  });

  it('Freshdesk (no delivery id): the same content is one decision and one note', async () => {
    const body = freshdeskReply('9010', CARD_REPLY);
    expect((await h.deliver.freshdesk(body)).status).toBe(202);
    await h.standIn.waitFor('PUT', '/freshdesk/api/v2/tickets/9010');
    const again = await h.deliver.freshdesk(body);
    expect([again.status, ((await again.json()) as { status: string }).status]).toEqual([200, 'duplicate']);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(h.standIn.callsTo('POST', '/freshdesk/api/v2/tickets/9010/notes')).toHaveLength(1);
  });

  it('signs nothing it did not receive: the Intercom signature is over the raw bytes', async () => {
    const body = intercomReply('8011', '78', 'Hello, your order shipped.');
    const spaced = body.replace('"topic":', '"topic" :');
    const res = await fetch(`${h.url}/webhooks/intercom`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-hub-signature': intercomSignature(h.secrets.intercom, spaced) }, body: spaced });
    expect(res.status).toBe(202);
  });
});
