/**
 * What follows a decision: remediation of a reply already sent (the helpdesk webhooks) and alerts.
 *
 * Hand-off (no race): the drafts worker calls `afterDecision` once the decision is RECORDED, before
 * its job completes (src/worker.ts). For a reply sent through a helpdesk that the policy would have
 * redacted or blocked, it plans the remediation (webhooks/<helpdesk>/remediation.ts) and adds a job
 * to the BullMQ queue `remediation`, job id = hash of provider + ticket + comment (or part) id: a
 * re-run drafts job, a retried delivery or a second worker adds nothing. The job data carries ids
 * and masked findings; the plan itself (Zendesk's html_body quotes the values) only sealed with
 * AES-256-GCM, bound to the job id. Alerts are queued next to it (src/alerts.ts).
 *
 * The remediation job calls the helpdesk API, step by step (progress = steps done, so a retry
 * resumes after the last step that succeeded): network errors, timeouts, 408, 429 and 5xx are
 * retried with exponential backoff; any other 4xx is permanent. The outcome is recorded in the
 * audit log (`remediation.done` or `remediation.failed`, subject = the decision's job key); a final
 * failure, or a reply nothing can be done about automatically, is alerted. Never a silent drop.
 */
import { createHash } from 'node:crypto';
import { Queue, Worker, type Job, type JobsOptions } from 'bullmq';
import type { Redis } from 'ioredis';
import { createAlertQueue, enqueueAlert, startAlertWorker, type AlertFacts, type AlertJobData, type MaskedFinding } from './alerts.js';
import { seal, unsealText, type SealingKey } from './crypto.js';
import type { EventLog } from './decisions.js';
import type { Decision, Draft } from './draft.js';
import { ReplyGuardError } from './errors.js';
import type { AlertSettings, HelpdeskSettings } from './helpdesk-config.js';
import { errorSummary, type Logger } from './logger.js';
import { PlatformError, platformClient } from './platform.js';
import { throttled, type Decided } from './worker.js';
import type { HelpdeskProvider } from '../webhooks/adapter.js';
import { anyHelpdesk, HELPDESKS, isHelpdesk } from '../webhooks/helpdesks.js';
import type { ManualReason } from '../webhooks/remediation.js';

export const REMEDIATION_QUEUE = 'remediation';
export const REMEDIATE_JOB = 'remediate';

export type FailureReason = ManualReason | 'unreadable' | 'refused' | 'retries_exhausted';

export interface RemediationJobData {
  readonly provider: HelpdeskProvider;
  /** The decision's job key (the audit subject). */
  readonly jobKey: string;
  readonly draftId: string;
  readonly ticketId: string | undefined;
  readonly action: 'redact' | 'block';
  readonly findings: readonly MaskedFinding[];
  readonly bulk: boolean;
  /** What the plan does, for alerts. */
  readonly summary?: string;
  /** Set when there is no plan: the job records and alerts why. */
  readonly manual?: ManualReason;
  /** base64 of seal(key, JSON plan payload, aad = job id). */
  readonly sealed?: string;
}

export interface RemediationResult {
  readonly outcome: 'done' | 'failed';
  readonly reason?: FailureReason;
  readonly status?: number;
}

export const REMEDIATION_JOB_OPTIONS: JobsOptions = {
  attempts: 10, // 2 s, 4 s, ... about 17 minutes in all
  backoff: { type: 'exponential', delay: 2000 },
  // Kept a week: the job id is what makes a later hand-off of the same comment a no-op.
  removeOnComplete: { age: 7 * 24 * 3600, count: 100_000 },
  removeOnFail: { age: 30 * 24 * 3600 },
};

export function remediationJobId(draft: Draft, jobKey: string): string {
  const target = `${draft.provider}|${draft.ticketId ?? ''}|${draft.sent?.commentId ?? jobKey}`;
  return `rem-${createHash('sha256').update(target).digest('hex').slice(0, 32)}`;
}

const masked = (decision: Decision): MaskedFinding[] => decision.findings.map((f) => ({ type: f.type, masked: f.masked }));
const hasCredentials = (decision: Decision): boolean => decision.findings.some((f) => f.type === 'CREDENTIAL');

export interface HandOffDeps {
  readonly remediation: Queue<RemediationJobData, RemediationResult>;
  /** Undefined: alerts are not configured. */
  readonly alerts: Queue<AlertJobData> | undefined;
  readonly settings: HelpdeskSettings;
  readonly key: SealingKey;
}

/** The drafts worker's afterDecision. */
export function handOff(deps: HandOffDeps): (decided: Decided) => Promise<void> {
  return async ({ jobKey, draft, decision, bulk }) => {
    if (decision.action !== 'redact' && decision.action !== 'block') return;
    const facts = { jobKey, draftId: decision.draftId, action: decision.action, findings: masked(decision), bulk, credentials: hasCredentials(decision) };
    if (draft?.sent && isHelpdesk(draft.provider)) {
      const helpdesk = HELPDESKS[draft.provider];
      const plan = helpdesk.access(deps.settings) ? helpdesk.remediation.plan(draft, decision) : ({ ok: false, reason: 'not_configured' } as const);
      const id = remediationJobId(draft, jobKey);
      const data: RemediationJobData = {
        provider: draft.provider,
        jobKey,
        draftId: decision.draftId,
        ticketId: draft.ticketId,
        action: decision.action,
        findings: facts.findings,
        bulk,
        ...(plan.ok ? { summary: plan.summary, sealed: seal(deps.key, JSON.stringify(plan.payload), id).toString('base64') } : { manual: plan.reason }),
      };
      await deps.remediation.add(REMEDIATE_JOB, data, { jobId: id });
      // Without a plan the job alerts at once that a person must act: one alert, not two.
      if (plan.ok && deps.alerts) await enqueueAlert(deps.alerts, { ...facts, kind: 'sent_unredacted', provider: draft.provider, ticketId: draft.ticketId, remediation: plan.summary });
      return;
    }
    if (decision.action === 'block' && (bulk || facts.credentials) && deps.alerts) {
      await enqueueAlert(deps.alerts, { ...facts, kind: 'blocked', provider: draft?.provider ?? 'unknown', ticketId: draft?.ticketId });
    }
  };
}

function failureText(reason: FailureReason, label: string, detail: { status?: number | undefined; step?: string | undefined; attempts: number }): string {
  switch (reason) {
    case 'nothing_to_redact':
      return `there is no value in the message body ReplyGuard can redact in ${label} (attachments it cannot read, a request for a secret, or a reply it could not check): review the reply`;
    case 'not_configured':
      return `the ${label} API credentials are not configured, so nothing was redacted`;
    case 'unreadable':
      return 'the remediation job could not be opened (was REPLYGUARD_ENCRYPTION_KEY changed?)';
    case 'refused':
      return `${label} refused the ${detail.step ?? 'request'} (HTTP ${detail.status ?? '?'})`;
    case 'retries_exhausted':
      return `${label} kept failing (${detail.status === undefined ? 'no answer' : `HTTP ${detail.status}`}) after ${detail.attempts} attempts`;
  }
}

export interface RemediationWorkerOptions {
  readonly connection: Redis;
  readonly prefix: string;
  readonly key: SealingKey;
  readonly settings: HelpdeskSettings;
  readonly events: EventLog;
  readonly alerts: Queue<AlertJobData> | undefined;
  readonly log: Logger;
  /** Per API call. @defaultValue 10000 */
  readonly timeoutMs?: number;
}

export function startRemediationWorker(options: RemediationWorkerOptions): Worker<RemediationJobData, RemediationResult> {
  const { log, events } = options;
  const remediate = async (job: Job<RemediationJobData, RemediationResult>): Promise<RemediationResult> => {
    const data = job.data;
    const helpdesk = HELPDESKS[data.provider];
    const attempt = job.attemptsMade + 1;
    const attempts = job.opts.attempts ?? 1;
    const ids = { provider: data.provider, draftId: data.draftId, ticketId: data.ticketId ?? null, action: data.action, remediationJob: job.id ?? null };

    const fail = async (reason: FailureReason, status?: number, step?: string): Promise<RemediationResult> => {
      await events.append({ kind: 'remediation.failed', subject: data.jobKey, details: { ...ids, reason, status: status ?? null, step: step ?? null, attempts: attempt } });
      log.warn({ ...ids, jobKey: data.jobKey, reason, status }, 'remediation failed');
      const facts: AlertFacts = { kind: 'remediation_failed', jobKey: data.jobKey, provider: data.provider, draftId: data.draftId, ticketId: data.ticketId, action: data.action, findings: data.findings, bulk: data.bulk, credentials: data.findings.some((f) => f.type === 'CREDENTIAL'), remediation: failureText(reason, helpdesk.label, { status, step, attempts: attempt }) };
      if (options.alerts) await enqueueAlert(options.alerts, facts);
      else log.error({ ...ids, jobKey: data.jobKey }, 'a remediation failed and alerts are not configured (REPLYGUARD_ALERT_URL)');
      return status === undefined ? { outcome: 'failed', reason } : { outcome: 'failed', reason, status };
    };

    if (data.manual) return fail(data.manual);
    const access = helpdesk.access(options.settings);
    if (!access) return fail('not_configured');
    let payload: unknown;
    try {
      payload = JSON.parse(unsealText(options.key, Buffer.from(data.sealed ?? '', 'base64'), job.id ?? ''));
    } catch {
      return fail('unreadable');
    }
    const steps = helpdesk.remediation.steps(payload);
    const client = platformClient(access, helpdesk.label, options.timeoutMs ?? 10_000);
    let done = typeof job.progress === 'number' ? job.progress : 0;
    for (; done < steps.length; done++) {
      const step = steps[done]!;
      try {
        await step.run(client);
      } catch (err) {
        // eslint-disable-next-line preserve-caught-error -- BullMQ stores what it is given: our own words only
        if (!(err instanceof PlatformError)) throw new Error(`remediation step failed (${errorSummary(err).name})`);
        // eslint-disable-next-line preserve-caught-error -- as above
        if (err.retryable && attempt < attempts) throw new Error(`${err.message} (${step.name}), attempt ${attempt} of ${attempts}`);
        return fail(err.retryable ? 'retries_exhausted' : 'refused', err.status, step.name);
      }
      await job.updateProgress(done + 1);
    }
    await events.append({ kind: 'remediation.done', subject: data.jobKey, details: { ...ids, steps: steps.length, attempts: attempt } });
    log.info({ ...ids, jobKey: data.jobKey, attempts: attempt }, 'remediated');
    return { outcome: 'done' };
  };

  const worker = new Worker<RemediationJobData, RemediationResult>(REMEDIATION_QUEUE, remediate, { connection: options.connection, prefix: options.prefix, concurrency: 4 });
  worker.on('error', throttled(log, 'remediation worker error'));
  worker.on('failed', (job) => {
    // Only errors outside the API calls get here on the last attempt (the store refusing the record, a bug).
    if (job && job.attemptsMade >= (job.opts.attempts ?? 1)) log.error({ remediationJob: job.id, provider: job.data.provider, draftId: job.data.draftId }, 'remediation job failed for good without being recorded');
  });
  return worker;
}

export interface FollowUpOptions {
  readonly connection: Redis;
  readonly prefix: string;
  readonly key: SealingKey;
  readonly settings: HelpdeskSettings;
  readonly alertSettings: AlertSettings | undefined;
  /** Required when a helpdesk webhook or alerts are configured. */
  readonly events: EventLog | undefined;
  readonly log: Logger;
  /** Tests: quick retries and short timeouts. */
  readonly tuning?: { readonly backoffMs?: number; readonly attempts?: number; readonly timeoutMs?: number };
}

export interface FollowUps {
  readonly afterDecision: (decided: Decided) => Promise<void>;
  readonly remediationQueue: Queue<RemediationJobData, RemediationResult>;
  readonly alertQueue: Queue<AlertJobData> | undefined;
  close(): Promise<void>;
}

/**
 * The queues and (where configured) the workers for remediation and alerts, in every process
 * that runs a drafts worker. Remediation jobs are queued for any sent reply (a process with the
 * helpdesk configured works them); alerts only when this process can send them.
 */
export function startFollowUps(options: FollowUpOptions): FollowUps {
  const { connection, prefix, tuning } = options;
  const retries: JobsOptions = {
    ...(tuning?.attempts ? { attempts: tuning.attempts } : {}),
    ...(tuning?.backoffMs ? { backoff: { type: 'exponential', delay: tuning.backoffMs } } : {}),
  };
  const remediationQueue = new Queue<RemediationJobData, RemediationResult>(REMEDIATION_QUEUE, { connection, prefix, defaultJobOptions: { ...REMEDIATION_JOB_OPTIONS, ...retries } });
  const alertQueue = options.alertSettings ? createAlertQueue(connection, prefix, retries) : undefined;
  for (const queue of [remediationQueue, alertQueue]) queue?.on('error', throttled(options.log, 'queue error'));
  const workers: Worker[] = [];
  const needsEvents = anyHelpdesk(options.settings) || options.alertSettings;
  if (needsEvents && !options.events) throw new ReplyGuardError('RG_ERR_CONFIG', 'helpdesk webhooks and alerts need the store to record what they do (the components give no event log)');
  if (options.events && anyHelpdesk(options.settings)) {
    workers.push(startRemediationWorker({ ...options, events: options.events, alerts: alertQueue, ...(tuning?.timeoutMs ? { timeoutMs: tuning.timeoutMs } : {}) }));
  }
  if (options.events && options.alertSettings) {
    workers.push(startAlertWorker({ connection, prefix, settings: options.alertSettings, events: options.events, log: options.log, ...(tuning?.timeoutMs ? { timeoutMs: tuning.timeoutMs } : {}) }));
  }
  return {
    afterDecision: handOff({ remediation: remediationQueue, alerts: alertQueue, settings: options.settings, key: options.key }),
    remediationQueue,
    alertQueue,
    async close() {
      await Promise.all(workers.map((w) => w.close().catch(() => undefined)));
      await Promise.all([remediationQueue.close(), alertQueue?.close()].map((p) => p?.catch(() => undefined)));
    },
  };
}
