/**
 * A helpdesk delivery while Redis is down (a private redis-server on a free port, stopped and
 * started again): 503 at once, so the helpdesk delivers again, never 2xx for a delivery that was
 * not queued; once Redis is back the same delivery is accepted and remediated.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { findExecutable, startPrivateRedis, type RedisHandle } from '../../src/redis.js';
import { freePort } from '../service/support/ports.js';
import { START_TIMEOUT_MS, startHelpdeskHarness, zendeskComment, type HelpdeskHarness } from '../webhooks/support/helpdesk-harness.js';

let dir: string;
let url: string;
let redis: RedisHandle;
let h: HelpdeskHarness;
const redisServer = findExecutable('redis-server', process.env.PATH) as string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'rg-hd-redis-down-'));
  url = `redis://127.0.0.1:${await freePort()}`;
  redis = await startPrivateRedis(redisServer, url, join(dir, 'redis'));
  h = await startHelpdeskHarness({ name: 'hd-redis-down', redisUrl: url });
}, START_TIMEOUT_MS);
afterAll(async () => {
  await h?.close();
  await redis?.stop();
  rmSync(dir, { recursive: true, force: true });
}, START_TIMEOUT_MS);

it('answers 503 while Redis is down, and takes the same delivery once it is back', async () => {
  const body = zendeskComment('6001', '60011', 'The card on file is 4111 1111 1111 1111.');
  await redis.stop();
  const started = Date.now();
  const down = await h.deliver.zendesk(body, { invocationId: 'inv-6001' });
  expect(down.status).toBe(503);
  expect(((await down.json()) as { error: { code: string } }).error.code).toBe('RG_ERR_UNAVAILABLE');
  expect(Date.now() - started).toBeLessThan(4000);
  const metrics = await (await fetch(`${h.url}/metrics`)).text();
  expect(metrics).toContain('replyguard_webhook_events_total{provider="zendesk",outcome="unavailable"} 1');

  redis = await startPrivateRedis(redisServer, url, join(dir, 'redis'));
  // The helpdesk's retry carries the same invocation id: it was never claimed, so it is accepted.
  const retried = await h.until(async () => {
    const res = await h.deliver.zendesk(body, { invocationId: 'inv-6001' });
    return res.status === 503 ? undefined : res;
  });
  expect(retried.status).toBe(202);
  await h.standIn.waitFor('PUT', '/zendesk/api/v2/comment_redactions/60011');
});
