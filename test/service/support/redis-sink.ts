/**
 * The bench's DecisionSink shared by processes (bench/e2e-server.mjs with BENCH_SHARED_SINK=1 and
 * workers in other processes; the tests use the real store), kept in Redis hashes under
 * `<prefix>:test-sink:`. Idempotent on jobKey with HSETNX, like the store's unique key. Keeps
 * decisions only (masked), never draft content.
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
    const created = (await this.redis.hsetnx(this.key('decisions'), record.jobKey, JSON.stringify(record.decision))) === 1;
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

  async ping(): Promise<void> {
    await this.redis.ping();
  }

  async close(): Promise<void> {
    await this.redis.quit().catch(() => undefined);
  }
}
