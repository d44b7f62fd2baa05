/**
 * Workers as separate processes (test/service/support/worker-child.ts, built into dist/), with the
 * real components. A worker killed (SIGKILL) after recording a decision but before completing the
 * job: the job completes once another worker starts, and the store holds one decision, not two. On
 * both engines: with PostgreSQL the workers share it (as `replyguard worker` processes do); the
 * embedded store serves one process, so there the second worker takes over the data directory
 * the killed one left (as a restarted `replyguard serve` does) and the test reads the store after.
 * And (PostgreSQL only, the store processes share) a decision made by a worker in another process
 * reaches the request waiting in the serving process.
 *
 * Timing, so that a loaded machine cannot change the outcome. The test used to give every worker a
 * 1 s lock, and a worker's first job did seconds of synchronous work on a busy machine (loading the
 * NLP model, the embedded store's first write): renewals came too late, the killed worker's own
 * stalled check re-ran its job before the kill, and the job, stalled a second time, failed (BullMQ's
 * maxStalledCount is 1) instead of completing. Now the service loads the model at start-up, the
 * killed worker's lock is 5 s (renewed every 2.5 s by an idle process; recovery starts at most 5 s
 * after the kill), and the worker that recovers the job keeps BullMQ's 30 s lock, so its own first
 * job cannot stall in turn. (A long stalled-check period cannot stand in for "no check": BullMQ
 * rate-limits the check for every worker of the queue by the last checker's period.) Waits are
 * generous; they only matter on failure.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import type { Decision, Draft } from '../../src/draft.js';
import { createDraftQueue, JOB_NAME, jobKeyFor, sealJobData } from '../../src/queue.js';
import { connectRedis } from '../../src/redis.js';
import { storeEngine, type Store } from '../../src/store/store.js';
import { ENGINES, PG_URL, postgresCase, type EngineCase } from '../store/engines.js';
import { spawnWorker, type WorkerChild } from './support/child.js';
import { CARD, deleteKeys, draft, SHARED_REDIS, START_TIMEOUT_MS, startHarness, until } from './support/harness.js';

const TEST_TIMEOUT_MS = 240_000;
const children: WorkerChild[] = [];
/** Kills what is still running (a test that failed midway), so nothing writes under a prefix after its keys are deleted. */
async function killChildren(): Promise<void> {
  await Promise.all(
    children.splice(0).map(async (child) => {
      if (child.process.exitCode === null && child.process.signalCode === null) child.process.kill('SIGKILL');
      await child.exited;
    }),
  );
}
afterAll(killChildren);

/** The environment `replyguard worker` would get: same Redis, prefix and key; PostgreSQL by URL (its schema in search_path). */
function childEnv(engine: EngineCase, prefix: string, extra: Record<string, string> = {}): Record<string, string> {
  const { schema, dataDir } = engine.options;
  return {
    REDIS_URL: SHARED_REDIS,
    REPLYGUARD_QUEUE_PREFIX: prefix,
    REPLYGUARD_DATA_DIR: dataDir,
    REPLYGUARD_ENCRYPTION_KEY: engine.key.key.toString('base64'),
    ...(engine.name === 'postgres' ? { DATABASE_URL: `${PG_URL}?options=${encodeURIComponent(`-c search_path=${schema}`)}` } : {}),
    ...extra,
  };
}
const start = (env: Record<string, string>): WorkerChild => {
  const child = spawnWorker(env);
  children.push(child);
  return child;
};

async function recorded(store: Store, jobKey: string): Promise<{ decisions: string[]; audited: number }> {
  const sql = storeEngine(store);
  const decisions = await sql.query<{ action: string }>('SELECT action FROM decisions WHERE job_key = $1', [jobKey]);
  const audited = await sql.query<{ n: unknown }>("SELECT count(*) AS n FROM audit_log WHERE kind = 'decision.recorded' AND subject = $1", [jobKey]);
  return { decisions: decisions.map((r) => r.action), audited: Number(audited[0]!.n) };
}

describe.each(ENGINES)('a worker killed mid-job (store on $name)', ({ name, make }) => {
  it('the job completes after another worker starts, and one decision is recorded, not two', async () => {
    const engine = make('crash');
    const prefix = `rgtest-crash-${randomBytes(4).toString('hex')}`;
    // Created and migrated here; the embedded one is then left to the workers, one process at a time.
    let store: Store | undefined = await engine.open();
    if (name === 'pglite') {
      await store.close();
      store = undefined;
    }
    const producer = connectRedis(SHARED_REDIS, 'producer');
    const queue = createDraftQueue(producer, prefix);
    try {
      const first = start(childEnv(engine, prefix, { CHILD_HANG_AFTER_RECORD: '1', CHILD_LOCK_MS: '5000', CHILD_STALLED_MS: '500' }));
      await first.line(/^ready$/);
      const d: Draft = { id: 'crash-1', provider: 'generic', body: `card ${CARD}`, bodyFormat: 'text' };
      const jobKey = jobKeyFor(d);
      await queue.add(JOB_NAME, sealJobData(engine.key, d, jobKey, new Date()), { jobId: jobKey });
      await first.line(new RegExp(`^recorded ${jobKey}$`));
      first.process.kill('SIGKILL');
      expect((await first.exited).signal).toBe('SIGKILL');
      expect(await queue.getJobState(jobKey)).toBe('active');
      if (store) expect(await recorded(store, jobKey)).toEqual({ decisions: ['redact'], audited: 1 });

      const second = start(childEnv(engine, prefix, { LOG_LEVEL: 'info', CHILD_STALLED_MS: '500' }));
      await second.line(/^ready$/);
      await until(async () => ((await queue.getJobState(jobKey)) === 'completed' ? true : undefined), 120_000);
      expect((await queue.getJob(jobKey))?.returnvalue).toMatchObject({ action: 'redact' });
      // The re-run found the decision already recorded (the store's unique job key) and recorded
      // nothing. (Waited for: the line may reach us after the job shows completed.)
      await second.line(new RegExp(`"jobKey":"${jobKey}".*"created":false.*"msg":"decided"`));
      second.process.kill('SIGTERM');
      expect((await second.exited).code).toBe(0);
      const output = second.output.join('\n');
      expect(output).toMatch(/job stalled/);
      expect(second.output.filter((l) => l.includes(`"jobKey":"${jobKey}"`) && l.includes('"msg":"decided"'))).toHaveLength(1);
      expect(output).not.toContain(CARD);
      store ??= await engine.open();
      expect(await recorded(store, jobKey)).toEqual({ decisions: ['redact'], audited: 1 });
      expect((await store.audit.verify()).ok).toBe(true);
    } finally {
      await killChildren();
      await store?.close();
      await queue.close();
      producer.disconnect();
      await deleteKeys(SHARED_REDIS, prefix);
      await engine.cleanup();
    }
  }, TEST_TIMEOUT_MS);
});

describe('a decision made by a worker in another process (PostgreSQL: the store processes share)', () => {
  it('reaches the request waiting in the serving process, through pub/sub and the store, before the timeout', async () => {
    const engine = postgresCase('remote');
    const h = await startHarness({ name: 'remote', engine, env: { WORKER_CONCURRENCY: '1', DECISION_TIMEOUT_MS: '20000' } });
    // The serving process's one worker slot is kept busy (paused by the harness) so the next job goes to the child.
    const release = h.processor.pause();
    try {
      const slow = h.postDraft(draft('remote-slow', 'hello'));
      await until(() => (h.processor.calls === 1 ? true : undefined));
      const child = start(childEnv(engine, h.prefix));
      await child.line(/^ready$/);
      const res = await h.postDraft(draft('remote-fast', `card ${CARD}`));
      expect(res.status).toBe(200);
      expect(((await res.json()) as Decision).action).toBe('redact');
      expect(h.processor.calls).toBe(1); // not decided in the serving process
      expect(h.logs.some((l) => l.includes('"draftId":"remote-fast"') && l.includes('"from":"worker"'))).toBe(true);
      expect((await h.rows('remote-fast')).decisions.map((r) => r.action)).toEqual(['redact']);
      release();
      expect((await slow).status).toBe(200);
      child.process.kill('SIGTERM');
      expect((await child.exited).code).toBe(0);
    } finally {
      release();
      await killChildren();
      await h.close();
    }
  }, START_TIMEOUT_MS + TEST_TIMEOUT_MS);
});
