/**
 * The BullMQ queue `drafts`: job keys, job data and options.
 *
 * Job key = the first 32 hex digits of SHA-256 over the canonical JSON of the whole draft
 * (provider, draft id and everything the decision depends on: content, attachments, channel,
 * customer, ...). It is the BullMQ job id, so a helpdesk retry of the same draft is the same job,
 * and the store's idempotency key, so it gets the same decision.
 *
 * Job data holds the draft sealed (AES-256-GCM, bound to the job key), never in clear: BullMQ keeps
 * job data in Redis as it is and dashboards show it. Return values hold the action and masked
 * findings only.
 */
import { createHash } from 'node:crypto';
import { Queue, type JobsOptions } from 'bullmq';
import type { Redis } from 'ioredis';
import { seal, unsealText, type SealingKey } from './crypto.js';
import type { Decision, Draft } from './draft.js';

export const QUEUE_NAME = 'drafts';
export const JOB_NAME = 'decide';

export interface DraftJobData {
  readonly jobKey: string;
  readonly draftId: string;
  /** ISO time the request arrived. */
  readonly receivedAt: string;
  /** base64 of seal(key, JSON draft, aad = jobKey). */
  readonly sealed: string;
}

/** What a completed job returns (and Redis keeps until the job is removed): nothing raw. */
export type DraftJobResult = Pick<Decision, 'action' | 'findings' | 'policyVersion'>;

/** Retries with backoff; completed jobs are kept a bounded time (the store is the durable record). */
export const JOB_OPTIONS: JobsOptions = {
  attempts: 3,
  backoff: { type: 'exponential', delay: 200 },
  removeOnComplete: { age: 600, count: 10_000 },
  removeOnFail: { age: 24 * 3600, count: 10_000 },
};

export function jobKeyFor(draft: Draft): string {
  return createHash('sha256').update(canonicalJson(draft)).digest('hex').slice(0, 32);
}

/** JSON with object keys sorted at every level and undefined members dropped. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export function sealJobData(key: SealingKey, draft: Draft, jobKey: string, receivedAt: Date): DraftJobData {
  return { jobKey, draftId: draft.id, receivedAt: receivedAt.toISOString(), sealed: seal(key, JSON.stringify(draft), jobKey).toString('base64') };
}

/** Throws (no content in the message) when the data was tampered with or sealed with another key. */
export function openJobData(key: SealingKey, data: DraftJobData): Draft {
  return JSON.parse(unsealText(key, Buffer.from(data.sealed, 'base64'), data.jobKey)) as Draft;
}

export function createDraftQueue(connection: Redis, prefix: string): Queue<DraftJobData, DraftJobResult> {
  return new Queue<DraftJobData, DraftJobResult>(QUEUE_NAME, { connection, prefix, defaultJobOptions: JOB_OPTIONS });
}

/** Redis pub/sub channel on which workers announce `{jobKey}` once its decision is recorded. */
export const decidedChannel = (prefix: string): string => `${prefix}:${QUEUE_NAME}:decided`;

/** Replay-protection key of a webhook delivery id. */
export const seenKey = (prefix: string, deliveryId: string): string =>
  `${prefix}:seen:${createHash('sha256').update(deliveryId).digest('hex').slice(0, 32)}`;
