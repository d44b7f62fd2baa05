/**
 * The embedded store's PGlite thread dying under a running service (a crash, running out of
 * memory): calls it had running fail as a store outage, the next calls start a new thread on the
 * same files, and every decision recorded before is still there with the audit chain intact.
 * The real thread is ended with Worker.terminate(), which is how an abrupt death looks from
 * the service's side.
 */
import type { Worker as WorkerType } from 'node:worker_threads';
import { afterAll, expect, it, vi } from 'vitest';
import { ReplyGuardError } from '../../src/errors.js';
import { PGLITE_THREAD_SOURCE } from '../../src/store/pglite-thread.js';
import { storeEngine } from '../../src/store/store.js';
import { decision, pgliteCase } from './engines.js';

// Every PGlite thread the store starts, in order (the real Worker, only recorded).
const threads = vi.hoisted(() => [] as WorkerType[]);
vi.mock('node:worker_threads', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:worker_threads')>();
  class RecordedWorker extends real.Worker {
    constructor(...args: ConstructorParameters<typeof real.Worker>) {
      super(...args);
      if (args[0] === PGLITE_THREAD_SOURCE) threads.push(this);
    }
  }
  return { ...real, Worker: RecordedWorker };
});

const engine = pgliteCase('restart');
afterAll(() => engine.cleanup());

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

it('starts a new thread when the PGlite thread dies, and loses nothing recorded', async () => {
  const store = await engine.open();
  try {
    const before = await store.recordDecision(decision({ action: 'redact' }));
    expect(threads).toHaveLength(1);

    // A query in flight when the thread dies fails as a store outage, never hangs.
    const inFlight = storeEngine(store).query('SELECT count(*) AS n FROM generate_series(1, 3000000)');
    await threads[0]!.terminate();
    const err = await inFlight.then(() => undefined, (e: unknown) => e);
    expect(err).toBeInstanceOf(ReplyGuardError);
    expect((err as ReplyGuardError).code).toBe('RG_ERR_STORE_UNAVAILABLE');

    // Restarts are at most one a second: poll until the new thread answers.
    let after: Awaited<ReturnType<typeof store.recordDecision>> | undefined;
    const deadline = Date.now() + 15_000;
    while (!after) {
      try {
        after = await store.recordDecision(decision({ action: 'block', rawContent: '{"body":"after"}' }));
      } catch (e) {
        expect((e as ReplyGuardError).code).toBe('RG_ERR_STORE_UNAVAILABLE');
        if (Date.now() > deadline) throw e;
        await sleep(100);
      }
    }
    expect(threads).toHaveLength(2);
    expect(after.created).toBe(true);
    expect((await store.latestForDraft(before.decision.draftId))?.action).toBe('redact');
    const verification = await store.audit.verify();
    expect(verification.ok).toBe(true);
    expect(verification.entries).toBe(2);
  } finally {
    await store.close();
  }
  // Closed: no thread is started again, and a call says the store is closed.
  await sleep(1_100);
  await expect(storeEngine(store).query('SELECT 1')).rejects.toThrow(/closed/);
  expect(threads).toHaveLength(2);
}, 60_000);
