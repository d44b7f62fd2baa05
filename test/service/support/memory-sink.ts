/**
 * An in-memory DecisionSink for tests (the real one is the store, src/store/): the same contract,
 * idempotent recordDecision on jobKey, latestForDraft by the most recently received content.
 * `failing` makes every call reject, as a store that cannot be reached would.
 */
import type { DecisionRecord, DecisionSink, HoldRecord } from '../../../src/decisions.js';
import type { Decision } from '../../../src/draft.js';

export class MemorySink implements DecisionSink {
  readonly decisions = new Map<string, DecisionRecord>();
  readonly holds: HoldRecord[] = [];
  recordCalls = 0;
  failing = false;
  closed = false;
  private readonly latest = new Map<string, { jobKey: string; at: number }>();

  async recordDecision(record: DecisionRecord): Promise<{ created: boolean; decision: Decision }> {
    this.check();
    this.recordCalls++;
    this.received(record.decision.draftId, record.jobKey, record.receivedAt);
    const existing = this.decisions.get(record.jobKey);
    if (existing) return { created: false, decision: existing.decision };
    this.decisions.set(record.jobKey, record);
    return { created: true, decision: record.decision };
  }

  async recordHold(record: HoldRecord): Promise<void> {
    this.check();
    this.received(record.decision.draftId, record.jobKey, record.receivedAt);
    this.holds.push(record);
  }

  async findByJobKey(jobKey: string): Promise<Decision | undefined> {
    this.check();
    return this.decisions.get(jobKey)?.decision;
  }

  async latestForDraft(draftId: string): Promise<Decision | undefined> {
    this.check();
    const latest = this.latest.get(draftId);
    if (!latest) return undefined;
    return this.decisions.get(latest.jobKey)?.decision ?? this.holds.findLast((h) => h.jobKey === latest.jobKey)?.decision;
  }

  async ping(): Promise<void> {
    this.check();
  }

  async close(): Promise<void> {
    this.closed = true;
  }

  private check(): void {
    if (this.failing) throw new Error('store unavailable (test)');
  }

  private received(draftId: string, jobKey: string, receivedAt: Date): void {
    const at = receivedAt.getTime();
    const current = this.latest.get(draftId);
    if (!current || at >= current.at) this.latest.set(draftId, { jobKey, at });
  }
}
