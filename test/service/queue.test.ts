/**
 * Job keys (idempotency) and job data (sealed, bound to the job key).
 */
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sealingKey } from '../../src/crypto.js';
import type { Draft } from '../../src/draft.js';
import { canonicalJson, jobKeyFor, openJobData, sealJobData } from '../../src/queue.js';

const draft: Draft = { id: 'd-1', provider: 'generic', body: 'card 4111 1111 1111 1111', bodyFormat: 'text', customer: { email: 'a@example.com' } };

describe('jobKeyFor', () => {
  it('is 32 hex digits, the same whatever the key order, and usable as a BullMQ id', () => {
    const reordered = JSON.parse('{"customer":{"email":"a@example.com"},"bodyFormat":"text","body":"card 4111 1111 1111 1111","provider":"generic","id":"d-1"}') as Draft;
    expect(jobKeyFor(draft)).toMatch(/^[0-9a-f]{32}$/);
    expect(jobKeyFor(reordered)).toBe(jobKeyFor(draft));
    expect(jobKeyFor({ ...draft, subject: undefined })).toBe(jobKeyFor(draft));
  });

  it.each([
    ['the body', { body: 'card 4111 1111 1111 1112' }],
    ['the draft id', { id: 'd-2' }],
    ['the provider', { provider: 'zendesk' }],
    ['the customer', { customer: { email: 'b@example.com' } }],
    ['an attachment', { attachments: [{ filename: 'a.txt', contentBase64: 'aGk=' }] }],
  ])('changes with %s', (_name, change) => {
    expect(jobKeyFor({ ...draft, ...change } as Draft)).not.toBe(jobKeyFor(draft));
  });

  it('canonical JSON sorts keys at every level', () => {
    expect(canonicalJson({ b: [{ d: 1, c: 2 }], a: 'x', u: undefined })).toBe('{"a":"x","b":[{"c":2,"d":1}]}');
  });
});

describe('job data', () => {
  const key = sealingKey(randomBytes(32));

  it('carries the draft sealed, never in clear, and opens only under its own job key', () => {
    const data = sealJobData(key, draft, jobKeyFor(draft), new Date('2026-01-01T00:00:00Z'));
    expect(data).toMatchObject({ jobKey: jobKeyFor(draft), draftId: 'd-1', receivedAt: '2026-01-01T00:00:00.000Z' });
    expect(JSON.stringify(data)).not.toContain('4111');
    expect(openJobData(key, data)).toEqual(draft);
    expect(() => openJobData(key, { ...data, jobKey: '0'.repeat(32) })).toThrow();
    expect(() => openJobData(sealingKey(randomBytes(32)), data)).toThrow(/another key/);
  });
});
