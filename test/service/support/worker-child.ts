/**
 * A `replyguard worker` process for the worker-crash and cross-process tests, run from its build
 * (dist/test/service/support/worker-child.js) with the test components: the test processor and
 * the Redis-backed sink. Settings come from the environment like the real command (REDIS_URL,
 * REPLYGUARD_QUEUE_PREFIX, REPLYGUARD_DATA_DIR for the shared encryption key), plus:
 *   CHILD_HANG_AFTER_RECORD=1  after recording a decision, print "recorded <jobKey>" and hang
 *                              (the test then SIGKILLs the process: recorded, job not completed)
 *   CHILD_LOCK_MS              BullMQ lock duration (quick stalled-job recovery); the stalled check
 *                              runs every half of it
 * Prints "ready" once the worker is running; shuts down gracefully on SIGTERM.
 */
import { loadConfig } from '../../../src/config.js';
import type { DecisionRecord } from '../../../src/decisions.js';
import { startService } from '../../../src/service.js';
import { RedisSink } from './redis-sink.js';
import { testProcessor } from './test-processor.js';

/** Records, says so, and never returns: the job stays active until its worker is killed. */
class HangingSink extends RedisSink {
  override async recordDecision(record: DecisionRecord): Promise<never> {
    await super.recordDecision(record);
    process.stdout.write(`recorded ${record.jobKey}\n`);
    return new Promise<never>(() => undefined);
  }
}

const config = loadConfig();
const sink = process.env.CHILD_HANG_AFTER_RECORD === '1' ? new HangingSink(config.redisUrl, config.queuePrefix) : new RedisSink(config.redisUrl, config.queuePrefix);
const lockMs = Number(process.env.CHILD_LOCK_MS || 0) || undefined;

const service = await startService({
  config,
  role: 'worker',
  components: { processor: testProcessor(), sink },
  worker: lockMs ? { lockDurationMs: lockMs, stalledIntervalMs: Math.max(100, Math.floor(lockMs / 2)) } : {},
});
process.stdout.write('ready\n');
process.once('SIGTERM', () => {
  void service.close().then(() => process.exit(0));
});
