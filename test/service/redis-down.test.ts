/**
 * Redis goes away under a running service (a private redis-server on a free port, stopped and
 * started again): every request answers `hold` (503) within the timeout, never `approve`; /readyz
 * says Redis is down; recorded decisions can still be read; when Redis returns the service decides
 * again without a restart.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Decision } from '../../src/draft.js';
import { findExecutable, startPrivateRedis, type RedisHandle } from '../../src/redis.js';
import { CARD, draft, startHarness, type Harness } from './support/harness.js';
import { freePort } from './support/ports.js';

const TIMEOUT_MS = 1000;
let dir: string;
let url: string;
let redis: RedisHandle;
let h: Harness;
const redisServer = findExecutable('redis-server', process.env.PATH) as string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'rg-redis-down-'));
  url = `redis://127.0.0.1:${await freePort()}`;
  redis = await startPrivateRedis(redisServer, url, join(dir, 'redis'));
  h = await startHarness({ name: 'redis-down', redisUrl: url, env: { DECISION_TIMEOUT_MS: String(TIMEOUT_MS) } });
});
afterAll(async () => {
  await h?.close();
  await redis?.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function timedPost(id: string, body: string): Promise<{ status: number; decision: Decision; ms: number }> {
  const started = Date.now();
  const res = await h.postDraft(draft(id, body));
  return { status: res.status, decision: (await res.json()) as Decision, ms: Date.now() - started };
}

it('holds every request while Redis is down, and recovers when it returns', async () => {
  const before = await timedPost('up-1', `card ${CARD}`);
  expect([before.status, before.decision.action]).toEqual([200, 'redact']);

  await redis.stop();
  const down = await Promise.all(['down-1', 'down-2', 'down-3', 'down-4'].map((id, i) => timedPost(id, i % 2 ? 'clean reply' : `card ${CARD}`)));
  for (const answer of down) {
    expect(answer.status).toBe(503);
    expect(answer.decision).toMatchObject({ action: 'hold', reviewUrl: expect.stringContaining('/v1/decisions/') });
    expect(answer.ms).toBeLessThan(TIMEOUT_MS + 1000);
  }
  expect(h.sink.holds.filter((r) => r.reason === 'unavailable')).toHaveLength(4);
  const ready = await fetch(`${h.url}/readyz`);
  expect(ready.status).toBe(503);
  expect(await ready.json()).toMatchObject({ checks: { redis: 'down', store: 'ok' } });
  // What is recorded stays readable (API keys need no Redis).
  const recorded = await h.getDecision('up-1', { kind: 'bearer', key: h.apiKey });
  expect(((await recorded.json()) as Decision).action).toBe('redact');

  redis = await startPrivateRedis(redisServer, url, join(dir, 'redis'));
  const deadline = Date.now() + 10_000;
  while ((await fetch(`${h.url}/readyz`)).status !== 200) {
    if (Date.now() > deadline) throw new Error('the service did not become ready again');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const after = await timedPost('down-1', `card ${CARD}`);
  expect([after.status, after.decision.action]).toEqual([200, 'redact']);
  const clean = await timedPost('up-2', 'clean reply');
  expect([clean.status, clean.decision.action]).toEqual([200, 'approve']);
});

it('starts with Redis down (REDIS_URL set), holds, and decides once Redis comes up', async () => {
  const lateUrl = `redis://127.0.0.1:${await freePort()}`;
  const late = await startHarness({ name: 'redis-late', redisUrl: lateUrl, env: { DECISION_TIMEOUT_MS: String(TIMEOUT_MS) } });
  let lateRedis: RedisHandle | undefined;
  try {
    const started = Date.now();
    const res = await late.postDraft(draft('late-1', 'clean reply'));
    expect(res.status).toBe(503);
    expect(((await res.json()) as Decision).action).toBe('hold');
    expect(Date.now() - started).toBeLessThan(TIMEOUT_MS);
    expect((await fetch(`${late.url}/readyz`)).status).toBe(503);

    lateRedis = await startPrivateRedis(redisServer, lateUrl, join(dir, 'late'));
    const deadline = Date.now() + 10_000;
    while ((await fetch(`${late.url}/readyz`)).status !== 200) {
      if (Date.now() > deadline) throw new Error('the service did not become ready');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const decided = await late.postDraft(draft('late-1', 'clean reply'));
    expect(decided.status).toBe(200);
    expect(((await decided.json()) as Decision).action).toBe('approve');
  } finally {
    await late.close();
    await lateRedis?.stop();
  }
});
