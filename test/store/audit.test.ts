/**
 * The audit chain on both real engines: intact chains verify, the database refuses changes, each
 * kind of tampering (done with direct SQL, triggers disabled) is named by entry, and concurrent
 * writers on one PostgreSQL keep a single chain.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entryContent, entryHash } from '../../src/store/audit.js';
import type { Sql } from '../../src/store/engine.js';
import { openStore, storeEngine, type Store } from '../../src/store/store.js';
import { decision, engineCases, postgresCase } from './engines.js';

/** Runs fn with the append-only triggers off, as someone with direct database access would. */
async function tamper(store: Store, fn: (sql: Sql) => Promise<unknown>): Promise<void> {
  await storeEngine(store).transaction(async (tx) => {
    await tx.exec('ALTER TABLE audit_log DISABLE TRIGGER USER; ALTER TABLE audit_head DISABLE TRIGGER USER');
    await fn(tx);
    await tx.exec('ALTER TABLE audit_log ENABLE TRIGGER USER; ALTER TABLE audit_head ENABLE TRIGGER USER');
  });
}

const row = async (sql: Sql, seq: number): Promise<Record<string, unknown>> => (await sql.query('SELECT * FROM audit_log WHERE seq = $1', [seq]))[0]!;

async function reinsert(sql: Sql, r: Record<string, unknown>): Promise<void> {
  await sql.query('INSERT INTO audit_log (seq, kind, subject, actor, details, created_at, prev_hash, hash) VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7, $8)', [
    r.seq, r.kind, r.subject, r.actor, JSON.stringify(r.details), r.created_at, r.prev_hash, r.hash,
  ]);
}

async function swapSeq(sql: Sql, a: number, b: number): Promise<void> {
  await sql.query('UPDATE audit_log SET seq = 1000000 WHERE seq = $1', [a]);
  await sql.query('UPDATE audit_log SET seq = $1 WHERE seq = $2', [a, b]);
  await sql.query('UPDATE audit_log SET seq = $1 WHERE seq = 1000000', [b]);
}

/** The hashed content of a stored row, with other details if given. */
const contentOf = (r: Record<string, unknown>, details: unknown = r.details): string =>
  entryContent({ kind: String(r.kind), subject: String(r.subject), actor: (r.actor as string | null) ?? null, details, createdAt: r.created_at as Date });

/** Rewrites an entry's details and gives it a correctly computed hash, as a careful forger would. */
async function forge(sql: Sql, seq: number): Promise<void> {
  const r = await row(sql, seq);
  const details = { ...(r.details as object), forged: true };
  const hash = entryHash(seq, String(r.prev_hash), contentOf(r, details));
  await sql.query('UPDATE audit_log SET details = $1::jsonb, hash = $2 WHERE seq = $3', [JSON.stringify(details), hash, seq]);
}

describe.each(engineCases('audit'))('audit log on $name', (engine) => {
  let store: Store;
  const ENTRIES = 6;
  beforeAll(async () => {
    store = await engine.open();
    for (let i = 0; i < ENTRIES - 2; i++) await store.recordDecision(decision({ action: i % 2 ? 'block' : 'approve', rawContent: i % 2 ? '{}' : undefined }));
    const last = decision();
    await store.recordHold({ jobKey: last.jobKey, draftId: last.draftId, provider: last.provider, rawContent: '{}', at: new Date() });
    await store.audit.append({ kind: 'review.requested', subject: 'manual', actor: 'compliance@example.test', details: { nested: { b: 2, a: [1, 'x', null] } } });
  }, 60_000);
  afterAll(async () => {
    await store?.close();
    await engine.cleanup();
  });

  it('verifies an intact chain: each entry links to the one before', async () => {
    const entries = await store.audit.list();
    expect(entries.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(entries[0]!.prevHash).toBe('0'.repeat(64));
    for (let i = 1; i < entries.length; i++) expect(entries[i]!.prevHash).toBe(entries[i - 1]!.hash);
    expect(await store.audit.verify()).toEqual({ ok: true, entries: ENTRIES, headSeq: ENTRIES, headHash: entries[ENTRIES - 1]!.hash });
  });

  it('keeps masked facts only in decision entries', async () => {
    const [first] = await store.audit.list({ kind: 'decision.recorded', limit: 1 });
    expect(first).toMatchObject({ actor: 'agent7@example.test', details: { action: 'approve', policyVersion: 'test-policy@1', findings: {}, held: false } });
  });

  it('lists entries by kind and subject, a page at a time', async () => {
    expect((await store.audit.list({ kind: 'draft.held' })).map((e) => e.seq)).toEqual([5]);
    expect((await store.audit.list({ subject: 'manual' })).map((e) => e.kind)).toEqual(['review.requested']);
    expect((await store.audit.list({ afterSeq: 2, limit: 2 })).map((e) => e.seq)).toEqual([3, 4]);
  });

  it('refuses updates, deletes and truncation of the log, and any move of the head but the next', async () => {
    const sql = storeEngine(store);
    await expect(sql.query(`UPDATE audit_log SET actor = 'someone else' WHERE seq = 2`)).rejects.toThrow(/append-only/);
    await expect(sql.query('DELETE FROM audit_log WHERE seq = 6')).rejects.toThrow(/append-only/);
    await expect(sql.query('TRUNCATE audit_log')).rejects.toThrow(/append-only/);
    await expect(sql.query('UPDATE audit_head SET seq = 2')).rejects.toThrow(/only moves forward/);
    await expect(sql.query('DELETE FROM audit_head')).rejects.toThrow(/append-only/);
    expect((await store.audit.verify()).ok).toBe(true);
  });

  // Each case tampers, checks that verify names the entry, undoes the change and checks the chain
  // is whole again (so the cases share one chain and one database).
  const cases: { name: string; seq: number; fault: string; change: (sql: Sql) => Promise<(sql: Sql) => Promise<unknown>> }[] = [
    {
      name: 'changed content',
      seq: 3,
      fault: 'altered',
      change: async (sql) => {
        const before = await row(sql, 3);
        await sql.query(`UPDATE audit_log SET details = jsonb_set(details, '{action}', '"tampered"') WHERE seq = 3`);
        return (tx) => tx.query('UPDATE audit_log SET details = $1::jsonb WHERE seq = 3', [JSON.stringify(before.details)]);
      },
    },
    {
      name: 'a changed timestamp',
      seq: 2,
      fault: 'altered',
      change: async (sql) => {
        const before = await row(sql, 2);
        await sql.query(`UPDATE audit_log SET created_at = created_at + interval '1 hour' WHERE seq = 2`);
        return (tx) => tx.query('UPDATE audit_log SET created_at = $1 WHERE seq = 2', [before.created_at]);
      },
    },
    {
      name: 'a deleted entry',
      seq: 4,
      fault: 'missing',
      change: async (sql) => {
        const before = await row(sql, 4);
        await sql.query('DELETE FROM audit_log WHERE seq = 4');
        return (tx) => reinsert(tx, before);
      },
    },
    {
      name: 'reordered entries',
      seq: 2,
      fault: 'altered',
      change: async (sql) => {
        await swapSeq(sql, 2, 3);
        return (tx) => swapSeq(tx, 2, 3);
      },
    },
    {
      name: 'a forged hash (content rewritten and re-hashed)',
      seq: 3,
      fault: 'rewritten',
      change: async (sql) => {
        const before = await row(sql, 3);
        await forge(sql, 3);
        return (tx) => tx.query('UPDATE audit_log SET details = $1::jsonb, hash = $2 WHERE seq = 3', [JSON.stringify(before.details), before.hash]);
      },
    },
    {
      name: 'the last entry forged',
      seq: ENTRIES,
      fault: 'rewritten',
      change: async (sql) => {
        const before = await row(sql, ENTRIES);
        await forge(sql, ENTRIES);
        return (tx) => tx.query('UPDATE audit_log SET details = $1::jsonb, hash = $2 WHERE seq = $3', [JSON.stringify(before.details), before.hash, ENTRIES]);
      },
    },
    {
      name: 'the last entries deleted',
      seq: ENTRIES - 1,
      fault: 'truncated',
      change: async (sql) => {
        const removed = [await row(sql, ENTRIES - 1), await row(sql, ENTRIES)];
        await sql.query('DELETE FROM audit_log WHERE seq >= $1', [ENTRIES - 1]);
        return async (tx) => {
          for (const r of removed) await reinsert(tx, r);
        };
      },
    },
    {
      name: 'the first entry re-linked',
      seq: 1,
      fault: 'relinked',
      change: async (sql) => {
        const before = await row(sql, 1);
        const prev = 'f'.repeat(64);
        const hash = entryHash(1, prev, contentOf(before));
        await sql.query('UPDATE audit_log SET prev_hash = $1, hash = $2 WHERE seq = 1', [prev, hash]);
        return (tx) => tx.query('UPDATE audit_log SET prev_hash = $1, hash = $2 WHERE seq = 1', [before.prev_hash, before.hash]);
      },
    },
  ];

  it.each(cases)('names the entry after $name', async ({ seq, fault, change }) => {
    let undo: (sql: Sql) => Promise<unknown> = async () => undefined;
    await tamper(store, async (sql) => {
      undo = await change(sql);
    });
    const result = await store.audit.verify();
    expect(result.ok).toBe(false);
    expect(result.broken).toMatchObject({ seq, fault });
    expect(result.broken!.message).toContain(`entr${result.broken!.fault === 'truncated' ? 'ies' : 'y'} ${seq}`);
    await tamper(store, async (sql) => void (await undo(sql)));
    expect((await store.audit.verify()).ok).toBe(true);
  });

  it('keeps one chain when many appends run at once', async () => {
    const before = (await store.audit.verify()).entries;
    await Promise.all([
      ...Array.from({ length: 20 }, () => store.recordDecision(decision())),
      ...Array.from({ length: 10 }, (_, i) => store.audit.append({ kind: 'review.requested', subject: `burst-${i}` })),
    ]);
    expect(await store.audit.verify()).toMatchObject({ ok: true, entries: before + 30 });
  });
});

describe('audit log on PostgreSQL with several processes', () => {
  const engine = postgresCase('audit_conc');
  afterAll(() => engine.cleanup());

  it('keeps one linear chain when four pools append and record at the same time', async () => {
    const first = await engine.open();
    const others = await Promise.all([1, 2, 3].map(() => openStore({ ...engine.options, poolSize: 4 })));
    const stores = [first, ...others];
    try {
      await Promise.all(
        stores.flatMap((s, w) => [
          ...Array.from({ length: 40 }, () => s.recordDecision(decision())),
          ...Array.from({ length: 10 }, (_, i) => s.audit.append({ kind: 'review.requested', subject: `worker-${w}-${i}` })),
        ]),
      );
      const result = await first.audit.verify();
      expect(result).toMatchObject({ ok: true, entries: 200, headSeq: 200 });
      const seqs = (await first.audit.list({ limit: 1000 })).map((e) => e.seq);
      expect(seqs).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
    } finally {
      await Promise.all(stores.map((s) => s.close()));
    }
  });
});
