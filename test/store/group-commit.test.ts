/**
 * Group commit on its own: grouping, no stalls for callers that submit again as soon as they are
 * answered, and failure isolation.
 */
import { describe, expect, it } from 'vitest';
import { GroupCommit } from '../../src/store/group-commit.js';

/** A writer that records the groups it was given and answers after a macrotask, like a database. */
function recordingWriter(fail?: (item: number) => boolean) {
  const groups: number[][] = [];
  const write = async (items: number[]): Promise<number[]> => {
    groups.push([...items]);
    await new Promise((r) => setTimeout(r, 1));
    if (fail && items.some(fail)) throw new Error('group failed');
    return items.map((i) => i * 10);
  };
  return { groups, write };
}

describe('GroupCommit', () => {
  it('writes calls made together as one group, and calls made meanwhile as the next', async () => {
    const w = recordingWriter();
    const gc = new GroupCommit(w.write);
    const first = [1, 2, 3].map((i) => gc.submit(i));
    await Promise.resolve();
    await new Promise((r) => setImmediate(r)); // the first group is in flight
    const second = [4, 5].map((i) => gc.submit(i));
    expect(await Promise.all([...first, ...second])).toEqual([10, 20, 30, 40, 50]);
    expect(w.groups).toEqual([[1, 2, 3], [4, 5]]);
  });

  it('never leaves behind a call made by a caller the last group just answered', async () => {
    const w = recordingWriter();
    const gc = new GroupCommit(w.write);
    // Callers wake up a varying number of microtasks after their answer (async layers between
    // them and the store), so one of them submits just as the drain loop finishes.
    const through = async (layers: number, i: number): Promise<number> => (layers === 0 ? gc.submit(i) : await through(layers - 1, i));
    const results: number[] = [];
    for (let i = 0; i < 60; i++) results.push(await through(i % 6, i));
    expect(results).toEqual(Array.from({ length: 60 }, (_, i) => i * 10));
  });

  it('splits groups at the maximum size', async () => {
    const w = recordingWriter();
    const gc = new GroupCommit(w.write, undefined, 4);
    await Promise.all(Array.from({ length: 10 }, (_, i) => gc.submit(i)));
    expect(w.groups.map((g) => g.length)).toEqual([4, 4, 2]);
  });

  it('fails only the caller whose item fails: the rest of its group is written again one by one', async () => {
    const w = recordingWriter((i) => i === 2);
    const gc = new GroupCommit(w.write);
    const settled = await Promise.allSettled([1, 2, 3].map((i) => gc.submit(i)));
    expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(w.groups).toEqual([[1, 2, 3], [1], [2], [3]]);
  });

  it('fails the whole group at once when the failure is not the items\' own', async () => {
    const w = recordingWriter((i) => i === 2);
    const gc = new GroupCommit(w.write, () => false);
    const settled = await Promise.allSettled([1, 2, 3].map((i) => gc.submit(i)));
    expect(settled.map((s) => s.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect(w.groups).toEqual([[1, 2, 3]]);
  });

  it('idle() waits for everything submitted', async () => {
    const w = recordingWriter();
    const gc = new GroupCommit(w.write);
    let done = 0;
    for (let i = 0; i < 5; i++) void gc.submit(i).then(() => done++);
    await gc.idle();
    await Promise.resolve();
    expect(done).toBe(5);
  });
});
