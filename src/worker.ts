/**
 * The job processor and the BullMQ worker around it.
 *
 * A job: open the sealed draft, run the DraftProcessor, record the decision in the sink, announce
 * it (in-process callback, else `{jobKey}` on the decided channel), return the action and masked
 * findings. The decision is recorded BEFORE the job completes: a worker that dies after recording
 * leaves the job to be re-run (stalled-job recovery), and the sink's idempotent recordDecision
 * hands back the first decision, so one decision is recorded, not two.
 *
 * Fail closed: a processor error fails the attempt (BullMQ retries with backoff); on the last
 * attempt the decision is a `block` saying the reply could not be checked, recorded like any other.
 * Error messages stored by BullMQ (failedReason) never carry the processor's own message: it could
 * quote the draft.
 *
 * After the decision is recorded and announced, `afterDecision` (src/remediation.ts) queues what
 * follows it (remediation of a reply already sent, alerts) BEFORE the job completes: if it fails,
 * the attempt fails and the re-run records nothing new (idempotent) and hands off again (the
 * follow-up jobs have fixed ids, so nothing is queued twice).
 */
import { Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import type { SealingKey } from './crypto.js';
import { notCheckedDecision, type DecisionParts, type DecisionSink, type DraftProcessor } from './decisions.js';
import type { Decision, Draft } from './draft.js';
import { countByType, errorSummary, type Logger } from './logger.js';
import { decidedChannel, openJobData, QUEUE_NAME, type DraftJobData, type DraftJobResult } from './queue.js';

const JOBS_PER_LOOP = 32;
const MAX_FETCH_LOOPS = 2;

export interface DraftWorkerOptions {
  /** A `worker`-role connection (src/redis.ts); BullMQ duplicates it for its blocking reads. */
  readonly connection: Redis;
  readonly prefix: string;
  readonly concurrency: number;
  readonly key: SealingKey;
  readonly processor: DraftProcessor;
  readonly sink: DecisionSink;
  readonly log: Logger;
  /**
   * Called in-process right after a decision is recorded (the HTTP side's waiters); true when a
   * request here was waiting for it. Only decisions nobody here waited for are announced on the
   * decided channel: one Redis command and one fan-out to every API process less per draft. (A
   * retry of the same draft waiting in another API process meanwhile finds the decision in the
   * store at its deadline.)
   */
  readonly onDecided?: (jobKey: string, decision: Decision) => boolean;
  /** What follows a recorded decision; a rejection fails the attempt (the job is retried). */
  readonly afterDecision?: (decided: Decided) => Promise<void>;
  /** Lock and stalled-check periods; BullMQ's 30 s defaults unless a test needs quick recovery. */
  readonly lockDurationMs?: number;
  readonly stalledIntervalMs?: number;
}

export interface Decided {
  readonly jobKey: string;
  /** Undefined when the job's sealed content could not be opened. */
  readonly draft: Draft | undefined;
  /** As recorded (the first decision of the job key). */
  readonly decision: Decision;
  /** The policy's bulk-disclosure rule fired. */
  readonly bulk: boolean;
}

export interface DraftWorker {
  readonly workers: readonly Worker<DraftJobData, DraftJobResult>[];
  /** Stops fetching and lets in-flight jobs finish, for up to `deadlineMs` (then they are left to stalled-job recovery). */
  close(deadlineMs?: number): Promise<void>;
}

export function startDraftWorker(options: DraftWorkerOptions): DraftWorker {
  const { log, prefix } = options;
  const channel = decidedChannel(prefix);
  const publisher = options.connection;
  const processJob = async (job: Job<DraftJobData, DraftJobResult>): Promise<DraftJobResult> => {
    const started = performance.now();
    const queueMs = Math.max(0, Date.now() - job.timestamp);
    const { jobKey, draftId } = job.data;
    let draft: Draft | undefined;
    let parts: DecisionParts | Decision;
    try {
      draft = openJobData(options.key, job.data);
      parts = await options.processor(draft);
    } catch (err) {
      const attempt = job.attemptsMade + 1;
      const attempts = job.opts.attempts ?? 1;
      log.warn({ jobKey, draftId, attempt, attempts, error: errorSummary(err) }, 'deciding failed');
      // No `cause`: the original error's message may quote the draft, and BullMQ stores what it is given.
      // eslint-disable-next-line preserve-caught-error -- deliberately without the cause
      if (attempt < attempts) throw new Error(`deciding failed (${errorSummary(err).name}), attempt ${attempt} of ${attempts}`);
      parts = notCheckedDecision(draftId);
    }
    // `bulk` is for what follows the decision, not part of it.
    const { bulk = false, ...decided } = parts as DecisionParts;
    let recorded: Awaited<ReturnType<DecisionSink['recordDecision']>>;
    try {
      const timings = { queueMs, processMs: performance.now() - started };
      recorded = await options.sink.recordDecision({ jobKey, draft, decision: { draftId, ...decided }, receivedAt: new Date(job.data.receivedAt), timings });
    } catch (err) {
      log.warn({ jobKey, draftId, error: errorSummary(err) }, 'recording the decision failed');
      // eslint-disable-next-line preserve-caught-error -- as above: the store's message stays out of Redis
      throw new Error(`recording the decision failed (${errorSummary(err).name})`);
    }
    const { created, decision } = recorded;
    if (!options.onDecided?.(jobKey, decision)) publisher.publish(channel, jobKey).catch(() => undefined); // lost: waiters elsewhere look in the store at their deadline
    if (options.afterDecision) {
      try {
        await options.afterDecision({ jobKey, draft, decision, bulk });
      } catch (err) {
        const attempt = job.attemptsMade + 1;
        const attempts = job.opts.attempts ?? 1;
        log[attempt < attempts ? 'warn' : 'error']({ jobKey, draftId, attempt, attempts, error: errorSummary(err) }, 'queueing what follows the decision failed');
        // eslint-disable-next-line preserve-caught-error -- as above
        throw new Error(`queueing what follows the decision failed (${errorSummary(err).name})`);
      }
    }
    // In `serve` the request's own "answered" line says it all; a worker process alone says "decided".
    const level = options.onDecided ? 'debug' : 'info';
    if (log.isLevelEnabled(level)) {
      log[level]({ jobKey, draftId, action: decision.action, findings: countByType(decision.findings), created, ms: Math.round((performance.now() - started) * 100) / 100 }, 'decided');
    }
    return { action: decision.action, findings: decision.findings, policyVersion: decision.policyVersion };
  };

  // BullMQ fetches a worker's jobs one after the other (one round trip each): two workers in the
  // process fetch in parallel, so intake keeps up when Redis round trips are slow. Not more: each
  // job added wakes a blocked worker, whose fetch puts BullMQ's wake-up marker back and wakes the
  // next one for nothing. Measured (add + process, BullMQ 6.7), Redis commands per job with 1, 2
  // and 4 workers: 49, 56, 62 with 2 jobs in flight; 48, 47, 48 with 10; with 32 in flight one
  // worker took a third less jobs/s than two or four.
  const loops = Math.min(MAX_FETCH_LOOPS, Math.ceil(options.concurrency / JOBS_PER_LOOP));
  const workers = Array.from({ length: loops }, (_, i) => {
    const worker = new Worker<DraftJobData, DraftJobResult>(QUEUE_NAME, processJob, {
      connection: options.connection,
      prefix,
      concurrency: Math.ceil((options.concurrency - i) / loops),
      ...(options.lockDurationMs ? { lockDuration: options.lockDurationMs } : {}),
      ...(options.stalledIntervalMs ? { stalledInterval: options.stalledIntervalMs } : {}),
    });
    worker.on('error', throttled(log, 'worker error'));
    worker.on('stalled', (jobId) => log.warn({ jobKey: jobId }, 'job stalled: its worker stopped; running it again'));
    return worker;
  });

  return {
    workers,
    async close(deadlineMs = 10_000) {
      let timer: NodeJS.Timeout | undefined;
      const gaveUp = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), deadlineMs)));
      const timedOut = await Promise.race([Promise.all(workers.map((w) => w.close())).then(() => false), gaveUp]);
      clearTimeout(timer);
      // A job still running now is abandoned: its lock expires and another worker re-runs it.
      if (timedOut) log.warn({ deadlineMs }, 'in-flight jobs did not finish in time: leaving them to stalled-job recovery');
    },
  };
}

/** Logs a recurring error (Redis reconnecting) at most once every 10 s, by class only. */
export function throttled(log: Logger, message: string): (err: unknown) => void {
  let last = 0;
  return (err) => {
    const now = Date.now();
    if (now - last < 10_000) return;
    last = now;
    log.warn({ error: errorSummary(err) }, message);
  };
}
