/**
 * Requests waiting for their decision, by job key, in this process. A request registers BEFORE its
 * job is added (so no notification can slip between the add and the wait) and is resolved by
 * whichever comes first:
 * 1. the in-process worker, right after it recorded the decision (no Redis round trip);
 * 2. a `{jobKey}` message on the process's one pub/sub subscription, when a worker process
 *    elsewhere decided: the decision is then read from the store (the message carries nothing
 *    else, so nothing raw ever crosses Redis);
 * 3. the caller's deadline (it then checks the store once more and answers `hold`).
 * No BullMQ QueueEvents: no stream reads, no per-request listeners, no event trimming to lose.
 */
import type { Redis } from 'ioredis';
import type { Decision } from './draft.js';

export interface Waiter {
  /** The decision; undefined once cancelled (the caller's deadline passed). */
  readonly decision: Promise<Decision | undefined>;
  cancel(): void;
}

export class DecisionWaiters {
  private readonly waiting = new Map<string, Set<(decision: Decision | undefined) => void>>();

  /** The caller bounds the wait (its request deadline) and must cancel when it gives up. */
  wait(jobKey: string): Waiter {
    let settle!: (decision: Decision | undefined) => void;
    const decision = new Promise<Decision | undefined>((resolve) => {
      settle = (value) => {
        this.remove(jobKey, settle);
        resolve(value);
      };
    });
    let set = this.waiting.get(jobKey);
    if (!set) this.waiting.set(jobKey, (set = new Set()));
    set.add(settle);
    return { decision, cancel: () => settle(undefined) };
  }

  has(jobKey: string): boolean {
    return this.waiting.has(jobKey);
  }

  get size(): number {
    return this.waiting.size;
  }

  /** Whether a request was waiting here for it. */
  resolve(jobKey: string, decision: Decision): boolean {
    const set = this.waiting.get(jobKey);
    if (!set) return false;
    for (const settle of [...set]) settle(decision);
    return true;
  }

  private remove(jobKey: string, settle: (decision: Decision | undefined) => void): void {
    const set = this.waiting.get(jobKey);
    if (!set) return;
    set.delete(settle);
    if (!set.size) this.waiting.delete(jobKey);
  }
}

const JOB_KEY = /^[0-9a-f]{32}$/;

/** Subscribes `subscriber` (a dedicated connection) to `channel`; calls `onJobKey` for each well-formed message. */
export async function subscribeDecided(subscriber: Redis, channel: string, onJobKey: (jobKey: string) => void): Promise<void> {
  subscriber.on('message', (from: string, message: string) => {
    if (from === channel && JOB_KEY.test(message)) onJobKey(message);
  });
  await subscriber.subscribe(channel);
}
