/**
 * Outbound alerts: a Slack-compatible JSON message (`{text, blocks}`, plus a `replyguard` object
 * with the same facts for machines) POSTed to REPLYGUARD_ALERT_URL, signed with Standard Webhooks
 * headers (webhook-id = the alert's stable id, so a receiver can drop retries; webhook-timestamp;
 * webhook-signature = v1,<base64 HMAC-SHA256 of "{id}.{timestamp}.{body}"> with
 * REPLYGUARD_ALERT_SECRET). Masked values only: the message is built from the findings' masks.
 *
 * Alerts go through the BullMQ queue `alerts` (job id = the alert id: the same alert is queued once),
 * retried with exponential backoff; one that is never delivered is recorded in the audit log and
 * logged as an error.
 *
 * When: a reply sent through a helpdesk that the policy would have redacted or blocked
 * (`sent_unredacted`), a reply blocked before sending for a bulk disclosure or credentials
 * (`blocked`), and a remediation that finally failed (`remediation_failed`).
 */
import { createHash } from 'node:crypto';
import { Queue, Worker, type Job, type JobsOptions } from 'bullmq';
import type { Redis } from 'ioredis';
import type { FindingType } from '../detectors/index.js';
import type { EventLog } from './decisions.js';
import type { Action } from './draft.js';
import type { AlertSettings } from './helpdesk-config.js';
import { errorSummary, type Logger } from './logger.js';
import { PlatformError, requestJson } from './platform.js';
import { throttled } from './worker.js';
import { signWebhook } from '../webhooks/standard-webhooks.js';
import { HELPDESKS, isHelpdesk } from '../webhooks/helpdesks.js';
import { maskedList } from '../webhooks/remediation.js';

export const ALERT_QUEUE = 'alerts';
export const ALERT_JOB = 'alert';

export type AlertKind = 'sent_unredacted' | 'blocked' | 'remediation_failed';

export interface MaskedFinding {
  readonly type: FindingType;
  readonly masked: string;
}

export interface AlertFacts {
  readonly kind: AlertKind;
  /** The decision's job key: with the kind, what makes the alert unique. */
  readonly jobKey: string;
  readonly provider: string;
  readonly draftId: string;
  readonly ticketId?: string | undefined;
  readonly action: Action;
  readonly findings: readonly MaskedFinding[];
  readonly bulk: boolean;
  readonly credentials: boolean;
  /** sent_unredacted: what remediation is doing; remediation_failed: why it failed. */
  readonly remediation?: string | undefined;
}

export interface AlertMessage {
  readonly text: string;
  readonly blocks: readonly unknown[];
  readonly replyguard: AlertFacts & { readonly id: string };
}

export interface AlertJobData {
  readonly id: string;
  readonly message: AlertMessage;
}

export const ALERT_JOB_OPTIONS: JobsOptions = {
  attempts: 10,
  backoff: { type: 'exponential', delay: 2000 },
  removeOnComplete: { age: 7 * 24 * 3600, count: 100_000 },
  removeOnFail: { age: 30 * 24 * 3600 },
};

export const alertId = (kind: AlertKind, jobKey: string): string => `alert-${createHash('sha256').update(`${kind}|${jobKey}`).digest('hex').slice(0, 32)}`;

/** Slack reads <...> as links and mentions: text from payloads (ids) must not make any. */
const slackText = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const LISTED = 10;

function listFindings(findings: readonly MaskedFinding[]): string {
  if (!findings.length) return 'no value it could name (attachments it cannot read, or a reply it could not check)';
  const items = maskedList(findings.slice(0, LISTED));
  return findings.length > LISTED ? `${items.join(', ')} and ${findings.length - LISTED} more` : items.join(', ');
}

export function alertText(facts: AlertFacts): string {
  const ticket = facts.ticketId ? `ticket ${facts.ticketId}` : 'a reply without ticket id';
  const where = isHelpdesk(facts.provider) ? `${HELPDESKS[facts.provider].label} ${ticket}` : `${ticket} (${facts.provider} API)`;
  const found = listFindings(facts.findings);
  const flags = [facts.bulk ? 'Bulk disclosure.' : '', facts.credentials ? 'It holds credentials: have them changed.' : ''].filter(Boolean).join(' ');
  const tail = flags ? ` ${flags}` : '';
  switch (facts.kind) {
    case 'sent_unredacted':
      return `ReplyGuard: a reply sent on ${where} ${facts.action === 'redact' ? 'should have been redacted' : 'should not have been sent'}: ${found}.${tail} Remediation: ${facts.remediation ?? 'none'}.`;
    case 'blocked':
      return `ReplyGuard blocked a reply before it was sent (${where}): ${found}.${tail}`;
    case 'remediation_failed':
      return `ReplyGuard could not remediate a reply sent on ${where}: ${facts.remediation ?? 'unknown reason'}. Act on it by hand: ${found}.${tail}`;
  }
}

export function alertMessage(facts: AlertFacts): AlertMessage {
  const id = alertId(facts.kind, facts.jobKey);
  const text = slackText(alertText(facts));
  const context = slackText(`${facts.kind} · draft ${facts.draftId} · action ${facts.action} · job ${facts.jobKey}`);
  return {
    text,
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text } },
      { type: 'context', elements: [{ type: 'mrkdwn', text: context }] },
    ],
    replyguard: { id, ...facts, findings: facts.findings.map((f) => ({ type: f.type, masked: f.masked })) },
  };
}

export function createAlertQueue(connection: Redis, prefix: string, overrides: JobsOptions = {}): Queue<AlertJobData> {
  return new Queue<AlertJobData>(ALERT_QUEUE, { connection, prefix, defaultJobOptions: { ...ALERT_JOB_OPTIONS, ...overrides } });
}

/** Queued once per kind and decision: a re-run job or a retried delivery adds nothing. */
export async function enqueueAlert(queue: Queue<AlertJobData>, facts: AlertFacts): Promise<void> {
  const message = alertMessage(facts);
  await queue.add(ALERT_JOB, { id: message.replyguard.id, message }, { jobId: message.replyguard.id });
}

export interface AlertWorkerOptions {
  readonly connection: Redis;
  readonly prefix: string;
  readonly settings: AlertSettings;
  readonly events: EventLog;
  readonly log: Logger;
  /** Per delivery attempt. @defaultValue 5000 */
  readonly timeoutMs?: number;
}

export function startAlertWorker(options: AlertWorkerOptions): Worker<AlertJobData> {
  const { settings, log } = options;
  const deliver = async (job: Job<AlertJobData>): Promise<{ delivered: boolean; status?: number }> => {
    const body = JSON.stringify(job.data.message);
    const headers = signWebhook(settings.secret, job.data.id, Date.now() / 1000, body);
    const attempt = job.attemptsMade + 1;
    const attempts = job.opts.attempts ?? 1;
    try {
      await requestJson({ method: 'POST', url: settings.url, headers, body, timeoutMs: options.timeoutMs ?? 5000, target: 'the alert receiver' });
      return { delivered: true };
    } catch (err) {
      const status = err instanceof PlatformError ? err.status : undefined;
      // eslint-disable-next-line preserve-caught-error -- BullMQ stores what it is given: our own words only
      if (err instanceof PlatformError && err.retryable && attempt < attempts) throw new Error(`${err.message}, attempt ${attempt} of ${attempts}`);
      const { replyguard } = job.data.message;
      log.error({ alertId: job.data.id, kind: replyguard.kind, draftId: replyguard.draftId, status, error: errorSummary(err) }, 'alert not delivered');
      await options.events.append({ kind: 'alert.failed', subject: replyguard.jobKey, details: { alertId: job.data.id, alert: replyguard.kind, provider: replyguard.provider, draftId: replyguard.draftId, status: status ?? null, attempts: attempt } });
      return status === undefined ? { delivered: false } : { delivered: false, status };
    }
  };
  const worker = new Worker<AlertJobData>(ALERT_QUEUE, deliver, { connection: options.connection, prefix: options.prefix, concurrency: 4 });
  worker.on('error', throttled(log, 'alert worker error'));
  worker.on('failed', (job) => {
    if (job && job.attemptsMade >= (job.opts.attempts ?? 1)) log.error({ alertId: job.id }, 'alert job failed for good without being recorded');
  });
  return worker;
}
