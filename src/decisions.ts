/**
 * The two seams where the policy and the store plug into the service (src/components.ts wires the
 * real ones): a DraftProcessor turns a draft into decision parts, a DecisionSink keeps decisions.
 * The sink is the durable record and the idempotency source: a decision recorded once for a job
 * key is the decision for that job key forever.
 */
import type { Action, Decision, Draft } from './draft.js';

/** What a processor decides: the Decision without the request-side fields (draftId, reviewUrl). */
export interface DecisionParts {
  readonly action: Exclude<Action, 'hold'>;
  readonly findings: Decision['findings'];
  readonly redactedBody?: string;
  readonly prompt?: string;
  readonly policyVersion: string;
  /** The policy's bulk-disclosure rule fired (for alerts; not part of the Decision). */
  readonly bulk?: boolean;
}

/** scanDraft (src/scan-draft.ts) and the policy's decide, in production. May throw: the job retries. */
export type DraftProcessor = (draft: Draft) => Promise<DecisionParts>;

export interface DecisionRecord {
  /** src/queue.ts jobKeyFor(draft): provider + draft id + content hash. */
  readonly jobKey: string;
  /** Absent only when the job's sealed content could not be opened (the decision is then a block). */
  readonly draft: Draft | undefined;
  readonly decision: Decision;
  readonly receivedAt: Date;
  /** Milliseconds the job waited in the queue, and the processor took. */
  readonly timings?: { readonly queueMs: number; readonly processMs: number };
}

/** timeout: the job runs on; unavailable: Redis or the store could not be reached, nothing was queued. */
export type HoldReason = 'timeout' | 'unavailable';

export interface HoldRecord {
  readonly jobKey: string;
  /** Raw: the store keeps it encrypted, for compliance review. */
  readonly draft: Draft;
  /** action "hold", with the poll URL in reviewUrl. */
  readonly decision: Decision;
  readonly reason: HoldReason;
  readonly receivedAt: Date;
}

/** What POST /v1/reviews files: the agent asks compliance to look at a draft that was stopped. */
export interface ReviewRequestRecord {
  readonly draftId: string;
  /** Raw: the store keeps it sealed; never logged. */
  readonly justification: string;
  /** As the helpdesk app reports the agent (the API key authenticates the app, not the agent). */
  readonly agent?: { readonly id?: string; readonly email?: string; readonly name?: string };
  readonly requestedAt: Date;
}

/** The subset of the store (src/store/) the service uses. */
export interface DecisionSink {
  /** Idempotent on jobKey: the first decision recorded wins and is returned (created: false after). */
  recordDecision(record: DecisionRecord): Promise<{ created: boolean; decision: Decision }>;
  recordHold(record: HoldRecord): Promise<void>;
  /** The final decision of a job key, if one is recorded (holds are not final). */
  findByJobKey(jobKey: string): Promise<Decision | undefined>;
  /**
   * What GET /v1/decisions/:draftId answers: for the most recently received content of the draft,
   * its final decision if recorded, else its hold.
   */
  latestForDraft(draftId: string): Promise<Decision | undefined>;
  /**
   * Files the draft's latest decision (or hold) for compliance review, once per decision
   * (created: false on a repeat). Throws RG_ERR_UNKNOWN_DRAFT when nothing is recorded for the
   * draft. Optional: a sink without it serves no POST /v1/reviews.
   */
  requestReview?(request: ReviewRequestRecord): Promise<{ id: number; created: boolean }>;
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** A DecisionSink that remembers whether its last call was answered (src/decide.ts asks it). */
export interface WatchedSink extends DecisionSink {
  /** False from a failed call until a call succeeds again. */
  answering(): boolean;
}

/**
 * Watches the calls that reach the store on every draft. Any failure counts (an outage and a bad
 * record alike): the cost of a false alarm is one store lookup, which clears it.
 */
export function watchSink(sink: DecisionSink): WatchedSink {
  let answering = true;
  const watch =
    <A extends unknown[], R>(call: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      try {
        const result = await call.apply(sink, args);
        answering = true;
        return result;
      } catch (err) {
        answering = false;
        throw err;
      }
    };
  return {
    recordDecision: watch(sink.recordDecision),
    recordHold: watch(sink.recordHold),
    findByJobKey: watch(sink.findByJobKey),
    latestForDraft: watch(sink.latestForDraft),
    ...(sink.requestReview ? { requestReview: sink.requestReview.bind(sink) } : {}),
    ping: watch(sink.ping),
    close: () => sink.close(),
    answering: () => answering,
  };
}

/** What happens after a decision (src/remediation.ts, src/alerts.ts), in the store's audit log. */
export interface LoggedEvent {
  readonly kind: 'remediation.done' | 'remediation.failed' | 'alert.failed';
  /** The decision's job key: the audit log lists a decision and what followed it together. */
  readonly subject: string;
  /** Ids, counts, statuses: never content. */
  readonly details: Readonly<Record<string, string | number | boolean | null>>;
}

export interface EventLog {
  append(event: LoggedEvent): Promise<void>;
}

/** Decisions that did not come from the policy carry this policy version. */
export const NO_POLICY_VERSION = 'none';

/** ARCHITECTURE.md's hold prompt (the policy module exports the same text). */
export const HOLD_PROMPT = 'ReplyGuard is still checking this reply. Try sending again in a moment.';

export const NOT_CHECKED_PROMPT =
  'ReplyGuard could not check this reply, so it must not be sent as it is. Try sending again; if this keeps happening, request a review.';

export function holdDecision(draftId: string, pollUrl: string): Decision {
  return { draftId, action: 'hold', findings: [], prompt: HOLD_PROMPT, reviewUrl: pollUrl, policyVersion: NO_POLICY_VERSION };
}

/** Fail closed: what a draft gets when deciding kept failing (after the last attempt). */
export function notCheckedDecision(draftId: string): Decision {
  return { draftId, action: 'block', findings: [], prompt: NOT_CHECKED_PROMPT, policyVersion: NO_POLICY_VERSION };
}

export const pollPath = (draftId: string): string => `/v1/decisions/${encodeURIComponent(draftId)}`;
