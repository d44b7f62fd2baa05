/**
 * Group commit: calls that arrive while a write is in flight are written together in the next
 * one. Every audit append takes the chain head's lock until its transaction commits, so one
 * transaction per decision would cap the whole service at one commit at a time; one transaction
 * per group pays that price once for many decisions. A lone call is written at once (no added
 * latency when the service is quiet).
 *
 * When a group fails for a reason its items might not share (`retryAlone`: a bad record, a
 * deadlock), each item is written again on its own, so one bad record fails only its own caller.
 * Other failures (the database is down) fail the whole group at once.
 */
export class GroupCommit<I, O> {
  private queue: { item: I; resolve: (o: O) => void; reject: (e: unknown) => void }[] = [];
  private draining: Promise<void> | undefined;

  constructor(
    /** Writes items in one transaction; returns one result per item, in order. */
    private readonly write: (items: I[]) => Promise<O[]>,
    private readonly retryAlone: (err: unknown) => boolean = () => true,
    private readonly maxGroup = 256,
  ) {}

  submit(item: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      this.draining ??= this.drain();
    });
  }

  /** Resolves once everything submitted so far is written (or failed). */
  async idle(): Promise<void> {
    while (this.draining) await this.draining;
  }

  private async drain(): Promise<void> {
    // Start on the next microtask: `draining` is set before any work, and calls made in the same
    // tick join the first group.
    await null;
    try {
      while (this.queue.length) await this.writeGroup(this.queue.splice(0, this.maxGroup));
    } finally {
      // Cleared in the same turn as the last empty-queue check, so a call submitted by a caller
      // woken by the last group starts a new drain instead of waiting behind a finished one.
      this.draining = undefined;
    }
  }

  private async writeGroup(group: typeof this.queue): Promise<void> {
    try {
      const results = await this.write(group.map((p) => p.item));
      group.forEach((p, i) => p.resolve(results[i]!));
    } catch (groupError) {
      if (group.length === 1 || !this.retryAlone(groupError)) return group.forEach((p) => p.reject(groupError));
      for (const p of group) await this.write([p.item]).then(([result]) => p.resolve(result!), p.reject);
    }
  }
}
