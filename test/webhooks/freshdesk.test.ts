/**
 * The Freshdesk adapter and remediation plan on their own (pure): the shared secret header
 * (Freshdesk signs nothing), the documented rule payloads (helpdesks.md §8.6, and the agent-reply
 * template of the README), and the private note + tag calls.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Decision } from '../../src/draft.js';
import { scanDraft } from '../../src/scan-draft.js';
import { freshdeskEvent, verifyFreshdesk } from '../../webhooks/freshdesk/adapter.js';
import { freshdeskAccess, freshdeskRemediation, LEAK_TAG } from '../../webhooks/freshdesk/remediation.js';

const SECRET = 'fd_shared_secret_0123456789abcdef';
const fixture = (name: string): Record<string, unknown> => JSON.parse(readFileSync(new URL(`../fixtures/freshdesk/${name}`, import.meta.url), 'utf8')) as Record<string, unknown>;
const request = (headers: Record<string, string>) => ({ method: 'POST', headers, rawBody: Buffer.from('{}'), nowSeconds: 0 });

describe('shared secret', () => {
  it('accepts the configured X-ReplyGuard-Secret and refuses anything else', () => {
    expect(verifyFreshdesk(SECRET, request({ 'x-replyguard-secret': SECRET }))).toEqual({ ok: true, via: 'shared-secret' });
    for (const [headers, reason] of [
      [{}, /missing X-ReplyGuard-Secret/],
      [{ 'x-replyguard-secret': SECRET.slice(0, -1) }, /does not match/],
      [{ 'x-replyguard-secret': `${SECRET}x` }, /does not match/],
      [{ authorization: `Bearer ${SECRET}` }, /missing/],
    ] as const) {
      const result = verifyFreshdesk(SECRET, request(headers));
      expect(result.ok ? '' : result.reason).toMatch(reason);
    }
  });
});

describe('events', () => {
  it('makes an agent_reply an HTML draft with the customer contact, keyed by ticket and content', () => {
    const event = freshdeskEvent(fixture('agent-reply.json'));
    expect(event.kind).toBe('reply');
    const draft = event.kind === 'reply' ? event.draft : undefined;
    expect(draft).toMatchObject({ provider: 'freshdesk', ticketId: '6541', channel: 'email', bodyFormat: 'html', agent: { email: 'ola@acme.example', name: 'Ola' }, customer: { email: 'klient@example.pl' }, sent: {} });
    expect(draft?.id).toMatch(/^freshdesk:6541:[0-9a-f]{16}$/);
    const again = freshdeskEvent(fixture('agent-reply.json'));
    expect(again.kind === 'reply' && again.draft.id).toBe(draft?.id);
    const edited = freshdeskEvent({ ...fixture('agent-reply.json'), text: 'another reply' });
    expect(edited.kind === 'reply' && edited.draft.id).not.toBe(draft?.id);
  });

  it('ignores another rule posting to the same URL (the documented new-ticket payload)', () => {
    expect(freshdeskEvent(fixture('community-new-ticket.json'))).toEqual({ kind: 'ignored', reason: 'event_type' });
  });

  it.each([
    ['no event', { ticket_id: '1', text: 'x' }, /"event"/],
    ['no ticket id', { event: 'agent_reply', text: 'x' }, /"ticket_id"/],
    ['an empty ticket id (the placeholder rendered nothing)', { event: 'agent_reply', ticket_id: '', text: 'x' }, /"ticket_id"/],
    ['no text', { event: 'agent_reply', ticket_id: '1' }, /"text"/],
  ])('refuses %s with a message naming the field', (_name, body, message) => {
    expect(() => freshdeskEvent(body)).toThrow(message);
  });
});

describe('remediation plan', () => {
  const event = freshdeskEvent(fixture('agent-reply.json'));
  const draft = event.kind === 'reply' ? event.draft : undefined;
  const decision: Decision = { draftId: draft!.id, action: 'redact', findings: scanDraft(draft!).findings, policyVersion: 'test' };

  it('adds a private note with masked values only, then the tag, keeping the tags already there', async () => {
    const plan = freshdeskRemediation.plan(draft!, decision);
    expect(plan.ok).toBe(true);
    const note = plan.ok ? plan.payload.noteHtml : '';
    expect(note).toContain('card number: •••• •••• •••• 1111');
    expect(note).not.toContain('4111');
    const calls: unknown[][] = [];
    const client = { call: async (...args: unknown[]) => (calls.push(args), args[0] === 'GET' ? { id: 6541, tags: ['vip'] } : {}) };
    for (const step of freshdeskRemediation.steps(plan.ok ? plan.payload : (undefined as never))) await step.run(client);
    expect(calls).toEqual([
      ['POST', '/api/v2/tickets/6541/notes', { body: note, private: true }],
      ['GET', '/api/v2/tickets/6541'],
      ['PUT', '/api/v2/tickets/6541', { tags: ['vip', LEAK_TAG] }],
    ]);
    expect(freshdeskAccess({ baseUrl: 'https://acme.freshdesk.com', apiKey: 'key1' }).headers.authorization).toBe(`Basic ${Buffer.from('key1:X').toString('base64')}`);
  });

  it('does not tag twice', async () => {
    const plan = freshdeskRemediation.plan(draft!, decision);
    const calls: unknown[][] = [];
    const tag = freshdeskRemediation.steps(plan.ok ? plan.payload : (undefined as never))[1]!;
    await tag.run({ call: async (...args: unknown[]) => (calls.push(args), { tags: [LEAK_TAG] }) });
    expect(calls.map((c) => c[0])).toEqual(['GET']);
  });
});
