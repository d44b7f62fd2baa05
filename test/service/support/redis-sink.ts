/**
 * A DecisionSink shared by processes (the worker-crash test runs workers as child processes),
 * kept in Redis hashes under `<prefix>:test-sink:`. Idempotent on jobKey with HSETNX, like the
 * store's unique key. Keeps decisions only (masked), never draft content. `record-calls` counts
 * every recordDecision and `created` every one that created a row, so a test can tell "recorded
 * once, asked twice" apart from "recorded twice".
 */
import { Redis } from 'ioredis';
import type { DecisionRecord, DecisionSink, HoldRecord } from '../../../src/decisions.js';
import type { Decision } from '../../../src/draft.js';

export class RedisSink implements DecisionSink {
  private readonly redis: Redis;
  private readonly key: (name: string) => string;

  constructor(url: string, prefix: string) {
    this.redis = new Redis(url, { maxRetriesPerRequest: null });
    this.key = (name) => `${prefix}:test-sink:${name}`;
  }

  async recordDecision(record: DecisionRecord): Promise<{ created: boolean; decision: Decision }> {
    await this.redis.hincrby(this.key('record-calls'), record.jobKey, 1);
    const created = (await this.redis.hsetnx(this.key('decisions'), record.jobKey, JSON.stringify(record.decision))) === 1;
    if (created) await this.redis.hincrby(this.key('created'), record.jobKey, 1);
    await this.redis.hset(this.key('latest'), record.decision.draftId, record.jobKey);
    const stored = await this.redis.hget(this.key('decisions'), record.jobKey);
    return { created, decision: JSON.parse(stored ?? 'null') as Decision };
  }

  async recordHold(record: HoldRecord): Promise<void> {
    await this.redis.hset(this.key('holds'), record.jobKey, JSON.stringify(record.decision));
    await this.redis.hset(this.key('latest'), record.decision.draftId, record.jobKey);
  }

  async findByJobKey(jobKey: string): Promise<Decision | undefined> {
    const stored = await this.redis.hget(this.key('decisions'), jobKey);
    return stored ? (JSON.parse(stored) as Decision) : undefined;
  }

  async latestForDraft(draftId: string): Promise<Decision | undefined> {
    const jobKey = await this.redis.hget(this.key('latest'), draftId);
    if (!jobKey) return undefined;
    const stored = (await this.redis.hget(this.key('decisions'), jobKey)) ?? (await this.redis.hget(this.key('holds'), jobKey));
    return stored ? (JSON.parse(stored) as Decision) : undefined;
  }

  /** Test inspection: how often recordDecision was called and created a row for `jobKey`. */
  async counts(jobKey: string): Promise<{ calls: number; created: number }> {
    const [calls, created] = await Promise.all([this.redis.hget(this.key('record-calls'), jobKey), this.redis.hget(this.key('created'), jobKey)]);
    return { calls: Number(calls ?? 0), created: Number(created ?? 0) };
  }

  async ping(): Promise<void> {
    await this.redis.ping();
  }

  async close(): Promise<void> {
    await this.redis.quit().catch(() => undefined);
  }
}
