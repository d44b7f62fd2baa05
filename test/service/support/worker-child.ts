/**
 * A worker process for the worker-crash and cross-process tests, run from its build
 * (dist/test/service/support/worker-child.js): the real components, opened as `replyguard worker`
 * opens them (src/components.ts: the default policy, the store at DATABASE_URL or, unset, the
 * embedded store in REPLYGUARD_DATA_DIR), from the same environment (REDIS_URL,
 * REPLYGUARD_QUEUE_PREFIX, REPLYGUARD_ENCRYPTION_KEY). With the embedded store this process is the
 * one process that holds it, as `replyguard serve` is. Test settings:
 *   CHILD_HANG_AFTER_RECORD=1  after the store records a decision, print "recorded <jobKey>" and
 *                              never return (the test then SIGKILLs the process: recorded, job
 *                              not completed). The real store cannot be told to stop there.
 *   CHILD_LOCK_MS              BullMQ lock duration (default BullMQ's 30 s)
 *   CHILD_STALLED_MS           BullMQ stalled-check period (default BullMQ's 30 s)
 * Prints "ready" once the worker is running; shuts down gracefully on SIGTERM.
 */
import { openComponents } from '../../../src/components.js';
import { loadConfig } from '../../../src/config.js';
import type { DecisionSink } from '../../../src/decisions.js';
import { startService } from '../../../src/service.js';

/** Records, says so, and never returns: the job stays active until its worker is killed. */
function hangingAfterRecord(sink: DecisionSink): DecisionSink {
  return {
    ...sink,
    async recordDecision(record) {
      await sink.recordDecision(record);
      process.stdout.write(`recorded ${record.jobKey}\n`);
      return new Promise<never>(() => undefined);
    },
  };
}

const config = loadConfig();
const components = await openComponents(config);
const sink = process.env.CHILD_HANG_AFTER_RECORD === '1' ? hangingAfterRecord(components.sink) : components.sink;
const ms = (name: string): number | undefined => Number(process.env[name] || 0) || undefined;
const lockDurationMs = ms('CHILD_LOCK_MS');
const stalledIntervalMs = ms('CHILD_STALLED_MS');

const service = await startService({
  config,
  role: 'worker',
  components: { ...components, sink },
  worker: { ...(lockDurationMs ? { lockDurationMs } : {}), ...(stalledIntervalMs ? { stalledIntervalMs } : {}) },
});
process.stdout.write('ready\n');
process.once('SIGTERM', () => {
  void service.close().then(() => process.exit(0));
});
