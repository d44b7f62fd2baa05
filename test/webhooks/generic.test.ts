/**
 * The generic adapter on its own (pure): who it lets in, what it makes of a body, what it answers.
 * The same paths over real HTTP, with Redis and the worker, are in test/http/drafts-api.test.ts.
 */
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Decision } from '../../src/draft.js';
import { ReplyGuardError } from '../../src/errors.js';
import { hashApiKey } from '../../webhooks/api-keys.js';
import { genericAdapter } from '../../webhooks/generic.js';
import { signWebhook } from '../../webhooks/standard-webhooks.js';

const secret = randomBytes(32);
const apiKey = 'rg_test_0123456789abcdef';
const adapter = genericAdapter({ webhookSecret: secret, apiKeyHashes: [hashApiKey(apiKey)] });
const now = 1_800_000_000;
const body = Buffer.from('{"id":"d-1","body":"hello"}');
const request = (headers: Record<string, string>, raw = body) => ({ method: 'POST', headers, rawBody: raw, nowSeconds: now });

describe('verify', () => {
  it('accepts a valid signature and hands back the webhook-id for replay protection', () => {
    expect(adapter.verify(request(signWebhook(secret, 'msg_1', now, body)))).toEqual({ ok: true, via: 'signature', deliveryId: 'msg_1' });
  });

  it('accepts a configured API key', () => {
    expect(adapter.verify(request({ authorization: `Bearer ${apiKey}` }))).toEqual({ ok: true, via: 'api-key' });
  });

  it.each([
    ['nothing', {}, /missing webhook signature or API key/],
    ['a wrong API key', { authorization: 'Bearer rg_test_wrong_wrong_wrong' }, /API key is not valid/],
    ['another scheme', { authorization: `Basic ${Buffer.from('a:b').toString('base64')}` }, /Bearer/],
    ['a forged signature', signWebhook(randomBytes(32), 'msg_1', now, body), /does not match/],
    ['an expired signature', signWebhook(secret, 'msg_1', now - 301, body), /tolerance/],
  ])('refuses %s', (_name, headers, reason) => {
    const result = adapter.verify(request(headers));
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.reason).toMatch(reason);
  });

  it('never falls back to the signature when a bad API key is given', () => {
    const headers = { ...signWebhook(secret, 'msg_1', now, body), authorization: 'Bearer rg_test_wrong_wrong_wrong' };
    expect(adapter.verify(request(headers)).ok).toBe(false);
  });

  it('refuses signatures when no webhook secret is configured', () => {
    const keysOnly = genericAdapter({ webhookSecret: undefined, apiKeyHashes: [hashApiKey(apiKey)] });
    const result = keysOnly.verify(request(signWebhook(secret, 'msg_1', now, body)));
    expect(result.ok ? '' : result.reason).toMatch(/REPLYGUARD_WEBHOOK_SECRET/);
  });
});

describe('toDraft', () => {
  it('reads a full draft, defaults bodyFormat to text and keeps only known fields', () => {
    const draft = adapter.toDraft({
      id: 'd-1',
      ticketId: 4711,
      brand: 'acme',
      channel: 'email',
      agent: { id: 'a-1', email: 'agent@acme.example', name: 'Ann' },
      customer: { email: 'c@example.com', phone: '+263 77 123 4567' },
      subject: 'Refund',
      body: '<p>Hello</p>',
      attachments: [{ filename: 'a.txt', contentType: 'text/plain', contentBase64: 'aGk=', size: 2 }],
      extra: 'ignored',
    });
    expect(draft).toEqual({
      id: 'd-1',
      provider: 'generic',
      ticketId: '4711',
      brand: 'acme',
      channel: 'email',
      agent: { id: 'a-1', email: 'agent@acme.example', name: 'Ann' },
      customer: { email: 'c@example.com', phone: '+263 77 123 4567' },
      subject: 'Refund',
      body: '<p>Hello</p>',
      bodyFormat: 'text',
      attachments: [{ filename: 'a.txt', contentType: 'text/plain', contentBase64: 'aGk=', size: 2 }],
    });
  });

  it('unwraps a Standard Webhooks envelope', () => {
    expect(adapter.toDraft({ type: 'draft.check', timestamp: '2026-01-01T00:00:00Z', data: { id: 'd-2', body: '<b>x</b>', bodyFormat: 'html' } })).toEqual({
      id: 'd-2',
      provider: 'generic',
      body: '<b>x</b>',
      bodyFormat: 'html',
    });
  });

  it.each([
    ['an array', ['x'], /must be a JSON object/],
    ['a string', 'x', /must be a JSON object/],
    ['no body', { id: 'd' }, /"body"/],
    ['no id', { body: 'x' }, /"id"/],
    ['an id with spaces', { id: 'a b', body: 'x' }, /"id": must be 1 to 200 visible ASCII/],
    ['a number body', { id: 'd', body: 4111111111111111 }, /"body"/],
    ['an unknown bodyFormat', { id: 'd', body: 'x', bodyFormat: 'markdown' }, /"bodyFormat"/],
    ['an attachment without a name', { id: 'd', body: 'x', attachments: [{ contentBase64: 'aGk=' }] }, /"attachments.0.filename"/],
  ])('refuses %s with a message naming the field and not the value', (_name, value, message) => {
    let error: unknown;
    try {
      adapter.toDraft(value);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ReplyGuardError);
    expect((error as ReplyGuardError).code).toBe('RG_ERR_BAD_REQUEST');
    expect((error as ReplyGuardError).message).toMatch(message);
    expect((error as ReplyGuardError).message).not.toContain('4111');
    expect((error as ReplyGuardError).message).not.toContain('markdown');
  });
});

describe('toResponse', () => {
  const decision = (action: Decision['action']): Decision => ({ draftId: 'd', action, findings: [], policyVersion: 'v' });
  it.each([['approve', 200], ['redact', 200], ['block', 200], ['hold', 202]] as const)('answers %s with %i and the Decision as it is', (action, status) => {
    const answer = adapter.toResponse(decision(action));
    expect(answer.status).toBe(status);
    expect(answer.body).toEqual(decision(action));
  });
});
