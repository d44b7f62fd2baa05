/**
 * Redis goes away under a running service (a private redis-server on a free port, stopped and
 * started again): every request answers `hold` (503) within the timeout, never `approve`, and
 * nothing is decided meanwhile (the store holds the holds, no decision); /readyz says Redis is
 * down; recorded decisions can still be read; when Redis returns the service decides again
 * without a restart. The real components, on both store engines.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Decision } from '../../src/draft.js';
import { findExecutable, startPrivateRedis, type RedisHandle } from '../../src/redis.js';
import { ENGINES } from '../store/engines.js';
import { CARD, draft, START_TIMEOUT_MS, startHarness, until, type Harness } from './support/harness.js';
import { freePort } from './support/ports.js';

const TIMEOUT_MS = 1000;
const redisServer = findExecutable('redis-server', process.env.PATH) as string;

async function timedPost(h: Harness, id: string, body: string): Promise<{ status: number; decision: Decision; ms: number }> {
  const started = Date.now();
  const res = await h.postDraft(draft(id, body));
  return { status: res.status, decision: (await res.json()) as Decision, ms: Date.now() - started };
}

const ready = (h: Harness): Promise<true> => until(async () => ((await fetch(`${h.url}/readyz`)).status === 200 ? true : undefined));

describe.each(ENGINES)('with the store on $name', ({ name, make }) => {
  let dir: string;
  let url: string;
  let redis: RedisHandle;
  let h: Harness;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), `rg-redis-down-${name}-`));
    url = `redis://127.0.0.1:${await freePort()}`;
    redis = await startPrivateRedis(redisServer, url, join(dir, 'redis'));
    h = await startHarness({ name: 'redis-down', engine: make('redis-down'), redisUrl: url, env: { DECISION_TIMEOUT_MS: String(TIMEOUT_MS) } });
  }, START_TIMEOUT_MS);
  afterAll(async () => {
    await h?.close();
    await redis?.stop();
    rmSync(dir, { recursive: true, force: true });
  }, START_TIMEOUT_MS);

  it('holds every request while Redis is down, and recovers when it returns', async () => {
    const before = await timedPost(h, 'up-1', `card ${CARD}`);
    expect([before.status, before.decision.action]).toEqual([200, 'redact']);

    await redis.stop();
    const ids = ['down-1', 'down-2', 'down-3', 'down-4'];
    const down = await Promise.all(ids.map((id, i) => timedPost(h, id, i % 2 ? 'clean reply' : `card ${CARD}`)));
    for (const answer of down) {
      expect(answer.status).toBe(503);
      expect(answer.decision).toMatchObject({ action: 'hold', reviewUrl: expect.stringContaining('/v1/decisions/') });
      expect(answer.ms).toBeLessThan(TIMEOUT_MS + 1000);
    }
    expect(h.logs.filter((l) => l.includes('"hold":"unavailable"'))).toHaveLength(4);
    for (const id of ids) expect(await h.rows(id)).toMatchObject({ decisions: [], holds: [expect.any(String)] });
    const readyz = await fetch(`${h.url}/readyz`);
    expect(readyz.status).toBe(503);
    expect(await readyz.json()).toMatchObject({ checks: { redis: 'down', store: 'ok' } });
    // What is recorded stays readable (API keys need no Redis); a held draft answers hold.
    const recorded = await h.getDecision('up-1', { kind: 'bearer', key: h.apiKey });
    expect(((await recorded.json()) as Decision).action).toBe('redact');
    expect(((await (await h.getDecision('down-2', { kind: 'bearer', key: h.apiKey })).json()) as Decision).action).toBe('hold');

    redis = await startPrivateRedis(redisServer, url, join(dir, 'redis'));
    await ready(h);
    const after = await timedPost(h, 'down-1', `card ${CARD}`);
    expect([after.status, after.decision.action]).toEqual([200, 'redact']);
    const clean = await timedPost(h, 'up-2', 'clean reply');
    expect([clean.status, clean.decision.action]).toEqual([200, 'approve']);
    expect((await h.rows('down-1')).decisions.map((r) => r.action)).toEqual(['redact']);
  });

  it('starts with Redis down (REDIS_URL set), holds, and decides once Redis comes up', async () => {
    const lateUrl = `redis://127.0.0.1:${await freePort()}`;
    const late = await startHarness({ name: 'redis-late', engine: make('redis-late'), redisUrl: lateUrl, env: { DECISION_TIMEOUT_MS: String(TIMEOUT_MS) } });
    let lateRedis: RedisHandle | undefined;
    try {
      const started = Date.now();
      const res = await late.postDraft(draft('late-1', 'clean reply'));
      expect(res.status).toBe(503);
      expect(((await res.json()) as Decision).action).toBe('hold');
      expect(Date.now() - started).toBeLessThan(TIMEOUT_MS);
      expect((await fetch(`${late.url}/readyz`)).status).toBe(503);
      expect((await late.rows('late-1')).decisions).toEqual([]);

      lateRedis = await startPrivateRedis(redisServer, lateUrl, join(dir, 'late'));
      await ready(late);
      const decided = await late.postDraft(draft('late-1', 'clean reply'));
      expect(decided.status).toBe(200);
      expect(((await decided.json()) as Decision).action).toBe('approve');
      expect((await late.rows('late-1')).decisions.map((r) => r.action)).toEqual(['approve']);
    } finally {
      await late.close();
      await lateRedis?.stop();
    }
  }, START_TIMEOUT_MS);
});
