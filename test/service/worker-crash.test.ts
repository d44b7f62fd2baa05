/**
 * Workers as separate processes (the test worker child, built into dist/): a worker killed after
 * recording a decision but before completing the job; the job completes after another worker
 * starts, with one decision recorded, not two. And a decision made by a worker process elsewhere
 * reaches the request waiting in the serving process (pub/sub), within the timeout.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSealingKey } from '../../src/crypto.js';
import type { Decision, Draft } from '../../src/draft.js';
import { createDraftQueue, JOB_NAME, jobKeyFor, sealJobData } from '../../src/queue.js';
import { connectRedis } from '../../src/redis.js';
import { CARD, deleteKeys, draft, SHARED_REDIS, startHarness } from './support/harness.js';
import { spawnWorker, type WorkerChild } from './support/child.js';
import { RedisSink } from './support/redis-sink.js';

const children: WorkerChild[] = [];
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rg-crash-'));
});
afterAll(async () => {
  for (const child of children) if (child.process.exitCode === null) child.process.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

const childEnv = (prefix: string, dataDir: string, extra: Record<string, string> = {}): Record<string, string> => ({
  REDIS_URL: SHARED_REDIS,
  REPLYGUARD_QUEUE_PREFIX: prefix,
  REPLYGUARD_DATA_DIR: dataDir,
  CHILD_LOCK_MS: '1000',
  ...extra,
});
const start = (env: Record<string, string>): WorkerChild => {
  const child = spawnWorker(env);
  children.push(child);
  return child;
};

async function until<T>(probe: () => Promise<T | undefined>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('a worker killed mid-job', () => {
  it('the job completes after another worker starts, and one decision is recorded, not two', async () => {
    const prefix = `rgtest-crash-${randomBytes(4).toString('hex')}`;
    const dataDir = join(dir, 'crash');
    const { key } = loadSealingKey({}, dataDir); // generated before the children start: they share it
    const producer = connectRedis(SHARED_REDIS, 'producer');
    const queue = createDraftQueue(producer, prefix);
    const sink = new RedisSink(SHARED_REDIS, prefix);
    try {
      const first = start(childEnv(prefix, dataDir, { CHILD_HANG_AFTER_RECORD: '1' }));
      await first.line(/^ready$/);
      const d: Draft = { id: 'crash-1', provider: 'generic', body: `card ${CARD}`, bodyFormat: 'text' };
      const jobKey = jobKeyFor(d);
      await queue.add(JOB_NAME, sealJobData(key, d, jobKey, new Date()), { jobId: jobKey });
      await first.line(new RegExp(`^recorded ${jobKey}$`));
      first.process.kill('SIGKILL');
      expect((await first.exited).signal).toBe('SIGKILL');
      expect(await queue.getJobState(jobKey)).toBe('active');
      expect(await sink.counts(jobKey)).toEqual({ calls: 1, created: 1 });

      const second = start(childEnv(prefix, dataDir));
      await second.line(/^ready$/);
      await until(async () => ((await queue.getJobState(jobKey)) === 'completed' ? true : undefined));
      expect(await sink.counts(jobKey)).toEqual({ calls: 2, created: 1 });
      expect(await sink.findByJobKey(jobKey)).toMatchObject({ draftId: 'crash-1', action: 'redact' });
      expect((await queue.getJob(jobKey))?.returnvalue).toMatchObject({ action: 'redact' });
      expect(second.output.join('\n')).toMatch(/job stalled/);

      second.process.kill('SIGTERM');
      expect((await second.exited).code).toBe(0);
    } finally {
      await sink.close();
      await queue.close();
      producer.disconnect();
      await deleteKeys(SHARED_REDIS, prefix);
    }
  });
});

describe('a decision made by a worker in another process', () => {
  it('reaches the request waiting in the serving process, through the store, before the timeout', async () => {
    const prefix = `rgtest-remote-${randomBytes(4).toString('hex')}`;
    const sink = new RedisSink(SHARED_REDIS, prefix);
    // The serving process's own worker takes one job at a time, slowly: the next job goes to the child.
    const h = await startHarness({ name: 'remote', sink, processor: { delayMs: 4000 }, env: { REPLYGUARD_QUEUE_PREFIX: prefix, WORKER_CONCURRENCY: '1', DECISION_TIMEOUT_MS: '3000' } });
    try {
      const slow = h.postDraft(draft('remote-slow', 'hello'));
      await until(async () => (h.processor.calls === 1 ? true : undefined));
      const child = start(childEnv(prefix, h.dataDir));
      await child.line(/^ready$/);
      const started = Date.now();
      const res = await h.postDraft(draft('remote-fast', `card ${CARD}`));
      expect(res.status).toBe(200);
      expect(((await res.json()) as Decision).action).toBe('redact');
      expect(Date.now() - started).toBeLessThan(3000);
      expect(h.processor.calls).toBe(1); // not decided in the serving process
      expect(h.logs.some((l) => l.includes('"draftId":"remote-fast"') && l.includes('"from":"worker"'))).toBe(true);
      expect((await slow).status).toBe(202);
      child.process.kill('SIGTERM');
      await child.exited;
    } finally {
      await h.close();
      await sink.close();
    }
  });
});
