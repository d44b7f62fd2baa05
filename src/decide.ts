/**
 * The request side of a decision: what `POST /v1/drafts` does once the request is authenticated
 * and parsed into a Draft.
 *
 * 0. Register a waiter for the job key first, so that no decision can slip past unnoticed between
 *    the checks below and the wait.
 * 1. A signed delivery claims its webhook-id (src/replay.ts): a replay is refused.
 * 2. A decision already recorded for the job key (a helpdesk retry) is answered at once. The store
 *    is asked only when it may know one: the job is in the queue already (BullMQ keeps finished
 *    jobs a while), or the store failed lately (the lookup then finds out whether it is back, and
 *    answers 503 if not). A new job, the common case, costs no store query on the request path; a
 *    retry of a job BullMQ has since removed is decided again, and the store's idempotent
 *    recordDecision hands the worker the FIRST decision, which is what the waiter gets.
 * 3. Add the job (id = job key: a concurrent retry joins the same job), and wait for the decision
 *    until DECISION_TIMEOUT_MS after the request arrived. Without a delivery id to claim (an API
 *    key), the job lookup of step 2 and the add go to Redis together, in one round trip: Redis
 *    answers the lookup before it runs the add, and the add of a job that exists changes nothing.
 *    With one, the claim comes first, so that a replay queues nothing.
 * 4. At the deadline, one last look at the store (the decision may have landed just before) and at
 *    the job (a job that failed for good gets the fail-closed `block`); otherwise answer `hold`
 *    with the poll URL and record the hold. The job keeps running and records its decision.
 *
 * Never `approve` by default: Redis or the store down, or anything slow, answers `hold`. One timer
 * per request bounds every step; the last look and recording the hold add at most AFTER_DEADLINE_MS.
 */
import type { Queue } from 'bullmq';
import type { SealingKey } from './crypto.js';
import { holdDecision, notCheckedDecision, type DecisionSink, type HoldReason } from './decisions.js';
import type { Decision, Draft } from './draft.js';
import { errorSummary, type Logger } from './logger.js';
import { JOB_NAME, jobKeyFor, sealJobData, type DraftJobData, type DraftJobResult } from './queue.js';
import type { ClaimDelivery } from './replay.js';
import type { DecisionWaiters, Waiter } from './waiters.js';

export type Outcome =
  | { readonly kind: 'replayed' }
  | { readonly kind: 'decided'; readonly jobKey: string; readonly decision: Decision; readonly from: 'store' | 'worker' }
  | { readonly kind: 'hold'; readonly jobKey: string; readonly decision: Decision; readonly reason: HoldReason };

export interface DeciderDeps {
  readonly queue: Queue<DraftJobData, DraftJobResult>;
  readonly waiters: DecisionWaiters;
  readonly sink: DecisionSink;
  /** Whether the store answered its last call (src/decisions.ts watchSink). */
  readonly storeAnswering: () => boolean;
  /**
   * Whether BullMQ holds a job with this id (waiting, active, or finished and not yet removed). Its
   * command must be sent before it returns, on the connection the queue adds with: the decider
   * sends an add right after it and counts on Redis answering the lookup first.
   */
  readonly jobExists: (jobKey: string) => Promise<boolean>;
  readonly claimDelivery: ClaimDelivery;
  /** Whether the producer connection is up: when it is not, nothing can be queued, so hold at once. */
  readonly redisReady: () => boolean;
  readonly key: SealingKey;
  readonly timeoutMs: number;
  readonly log: Logger;
}

/** `deliveryId`: the signed delivery's webhook-id, claimed first (a replay is refused, nothing queued). */
export type Decider = (draft: Draft, pollUrl: string, receivedAt: Date, deliveryId?: string) => Promise<Outcome>;

/** What the last look and the hold record may add after the deadline. */
const AFTER_DEADLINE_MS = 100;
const EXPIRED = Symbol('expired');
type Raced<T> = { ok: true; value: T } | { ok: false; expired: boolean };

export function createDecider(deps: DeciderDeps): Decider {
  const { queue, waiters, sink, log } = deps;

  return async (draft, pollUrl, receivedAt, deliveryId) => {
    const jobKey = jobKeyFor(draft);
    const remaining = deps.timeoutMs - (Date.now() - receivedAt.getTime());
    let timer: NodeJS.Timeout | undefined;
    const expired = new Promise<typeof EXPIRED>((resolve) => (timer = setTimeout(resolve, Math.max(remaining, 0), EXPIRED)));
    const race = async <T>(step: Promise<T>): Promise<Raced<T>> => {
      try {
        const value = await Promise.race([step, expired]);
        return value === EXPIRED ? { ok: false, expired: true } : { ok: true, value: value as T };
      } catch (err) {
        log.warn({ jobKey, draftId: draft.id, error: errorSummary(err) }, 'decision step failed');
        return { ok: false, expired: false };
      }
    };
    const hold = async (reason: HoldReason): Promise<Outcome> => {
      const decision = holdDecision(draft.id, pollUrl);
      const recorded = sink.recordHold({ jobKey, draft, decision, reason, receivedAt });
      recorded.catch((err: unknown) => log.warn({ jobKey, error: errorSummary(err) }, 'recording the hold failed'));
      await within(recorded, AFTER_DEADLINE_MS); // a slow store does not delay the answer past this
      return { kind: 'hold', jobKey, decision, reason };
    };

    /** The decision recorded for the job key, when the store may have one (step 2). */
    const recorded = async (): Promise<Decision | undefined> => {
      if (deps.storeAnswering() && !(await deps.jobExists(jobKey))) return undefined;
      return sink.findByJobKey(jobKey);
    };

    let waiter: Waiter | undefined;
    try {
      if (!deps.redisReady()) return await hold('unavailable');
      waiter = waiters.wait(jobKey);
      const add = (): Promise<unknown> => queue.add(JOB_NAME, sealJobData(deps.key, draft, jobKey, receivedAt), { jobId: jobKey });
      if (deliveryId === undefined && deps.storeAnswering()) {
        // Nothing to claim (an API key): the job lookup and the add go out together, one round
        // trip. Redis runs one connection's commands in order, so the lookup sees the queue as it
        // was before this add; adding a job that exists already changes nothing.
        const [existed, added] = await Promise.all([race(deps.jobExists(jobKey)), race(add())]);
        if (!added.ok && !added.expired) return await hold('unavailable');
        if (existed.ok && existed.value) {
          const known = await race(sink.findByJobKey(jobKey));
          if (known.ok && known.value) return { kind: 'decided', jobKey, decision: known.value, from: 'store' };
          // Not recorded yet (the job is still running) or the store failed: the job is queued, wait for it.
        }
      } else {
        // The claim and the job lookup go to Redis together, before anything is queued: a replay queues nothing.
        const [claimed, known] = await Promise.all([deliveryId === undefined ? undefined : race(deps.claimDelivery(deliveryId)), race(recorded())]);
        if (claimed) {
          if (claimed.ok && !claimed.value) return { kind: 'replayed' };
          if (!claimed.ok) return await hold(claimed.expired ? 'timeout' : 'unavailable');
        }
        if (known.ok && known.value) return { kind: 'decided', jobKey, decision: known.value, from: 'store' };
        if (!known.ok) return await hold(known.expired ? 'timeout' : 'unavailable');
        const added = await race(add());
        if (!added.ok && !added.expired) return await hold('unavailable');
      }
      const decided = await race(waiter.decision);
      if (decided.ok && decided.value) return { kind: 'decided', jobKey, decision: decided.value, from: 'worker' };
      const late = await within(lastLook(deps, draft, jobKey, receivedAt), AFTER_DEADLINE_MS);
      return late ? { kind: 'decided', jobKey, decision: late, from: 'store' } : await hold('timeout');
    } finally {
      waiter?.cancel();
      clearTimeout(timer);
    }
  };
}

/**
 * The store once more, and the job's state: a job that failed for good is answered with the
 * fail-closed block. A job BullMQ reports completed whose decision this store does not have (its
 * data directory was reset, or another deployment shares the Redis prefix) would leave every
 * retry and poll on hold for ever: it is removed and queued again, so the poll finds a decision.
 */
async function lastLook(deps: DeciderDeps, draft: Draft, jobKey: string, receivedAt: Date): Promise<Decision | undefined> {
  const [recorded, state] = await Promise.all([deps.sink.findByJobKey(jobKey), deps.queue.getJobState(jobKey)]);
  if (recorded) return recorded;
  if (state === 'completed') {
    if (await deps.queue.remove(jobKey)) await deps.queue.add(JOB_NAME, sealJobData(deps.key, draft, jobKey, receivedAt), { jobId: jobKey });
    return undefined;
  }
  if (state !== 'failed') return undefined;
  const { decision } = await deps.sink.recordDecision({ jobKey, draft, decision: notCheckedDecision(draft.id), receivedAt });
  return decision;
}

/** The value of `step` if it settles within `ms`, else undefined (and a rejection is undefined too). */
export async function within<T>(step: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([step, new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), ms)))]);
  } catch {
    return undefined;
  } finally {
    clearTimeout(timer);
  }
}
