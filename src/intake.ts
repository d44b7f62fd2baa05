/**
 * The request side of a helpdesk webhook delivery, once it is verified and parsed into a Draft:
 * queue its decision durably, then answer (the helpdesk times out in 5-10 s and retries, so the
 * answer never waits for the decision).
 *
 * 1. A decision already recorded for the job key (a retry after the job was removed): duplicate.
 * 2. Add the job to the `drafts` queue, exactly as POST /v1/drafts does (same job key, sealed
 *    draft): the same worker, policy, store and audit decide it. A failed or slow add is
 *    `unavailable` (503): nothing is acknowledged that is not queued, and the helpdesk delivers
 *    again. The add is idempotent (job id = job key), so the retry cannot decide twice.
 * 3. Claim the delivery id in the replay store, after the add: a second delivery of the same id is
 *    a duplicate. Claiming after queueing means a claim can never stand for a delivery that was
 *    not queued; a claim that fails (Redis gone just now) leaves the delivery accepted.
 */
import type { Queue } from 'bullmq';
import type { SealingKey } from './crypto.js';
import { within } from './decide.js';
import type { DecisionSink } from './decisions.js';
import type { Draft } from './draft.js';
import { errorSummary, type Logger } from './logger.js';
import { JOB_NAME, jobKeyFor, sealJobData, type DraftJobData, type DraftJobResult } from './queue.js';
import type { ClaimDelivery } from './replay.js';

export type IntakeOutcome = { readonly kind: 'accepted' | 'duplicate'; readonly jobKey: string } | { readonly kind: 'unavailable' };

export type Intake = (draft: Draft, receivedAt: Date, deliveryId?: string) => Promise<IntakeOutcome>;

export interface IntakeDeps {
  readonly queue: Queue<DraftJobData, DraftJobResult>;
  readonly sink: DecisionSink;
  readonly claimDelivery: ClaimDelivery;
  readonly redisReady: () => boolean;
  readonly key: SealingKey;
  /** Bound on each step, well inside the helpdesks' 5-10 s delivery timeout. */
  readonly budgetMs: number;
  readonly log: Logger;
}

export function createIntake(deps: IntakeDeps): Intake {
  return async (draft, receivedAt, deliveryId) => {
    if (!deps.redisReady()) return { kind: 'unavailable' };
    const jobKey = jobKeyFor(draft);
    // Only an optimisation: a store that does not answer leaves the decision to the queued job.
    if (await within(deps.sink.findByJobKey(jobKey), deps.budgetMs)) return { kind: 'duplicate', jobKey };
    const added = deps.queue.add(JOB_NAME, sealJobData(deps.key, draft, jobKey, receivedAt), { jobId: jobKey });
    added.catch((err: unknown) => deps.log.warn({ jobKey, draftId: draft.id, error: errorSummary(err) }, 'queueing a webhook delivery failed'));
    if (!(await within(added, deps.budgetMs))) return { kind: 'unavailable' };
    // The provider in the claim: two helpdesks' delivery ids never collide.
    if (deliveryId !== undefined && (await within(deps.claimDelivery(`${draft.provider}:${deliveryId}`), deps.budgetMs)) === false) return { kind: 'duplicate', jobKey };
    return { kind: 'accepted', jobKey };
  };
}
