/**
 * The audit log: append-only, one linear chain of SHA-256 hashes across every process.
 *
 *   hash(n) = SHA-256( "<n>|<hash(n-1)>|<content(n)>" )   (hex; hash(0) is 64 zeros)
 *   content = JSON [kind, subject, actor, details, createdAt ISO 8601], object keys sorted
 *
 * Appends lock the chain head (audit_head, one row) until their transaction commits: that lock
 * keeps workers in every process on one linear chain. Writers append many entries per
 * transaction (group-commit.ts), so the lock is paid once per group, not once per decision.
 * Hashes are computed here (on PostgreSQL, decisions' entries by the database with the same
 * formula, store.ts), and verification recomputes them here from the stored columns.
 */
import { createHash } from 'node:crypto';
import { valuesList, type Engine, type Row, type Sql } from './engine.js';

export type AuditKind = 'decision.recorded' | 'draft.held' | 'review.requested' | 'remediation.done' | 'remediation.failed' | 'alert.failed';

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

export interface AuditEvent {
  kind: AuditKind;
  /** What the entry is about: a job key for decisions and holds, a review request id. */
  subject: string;
  /** Who caused it (agent e-mail or id), when known. */
  actor?: string;
  /** Masked facts only: counts, ids, actions. Never content. */
  details?: { [key: string]: Json };
  /** Defaults to now. */
  at?: Date;
}

export interface AuditEntry {
  seq: number;
  kind: AuditKind;
  subject: string;
  actor: string | null;
  details: { [key: string]: Json };
  createdAt: Date;
  prevHash: string;
  hash: string;
}

export type AuditFault =
  | 'altered' // the entry's content or hash changed (or it was moved): its hash does not match
  | 'missing' // entries were deleted: the sequence jumps
  | 'relinked' // the first entry does not start from the genesis hash
  | 'rewritten' // the entry was rewritten with a fresh hash: the next entry (or the head) disagrees
  | 'truncated'; // entries at the end were deleted: the head names a later entry

export interface AuditVerification {
  ok: boolean;
  /** Entries checked. */
  entries: number;
  /** The head as recorded: keep headHash somewhere else to detect a rewrite of the whole log. */
  headSeq: number;
  headHash: string;
  /** The first broken entry, when not ok. */
  broken?: { seq: number; fault: AuditFault; message: string };
}

export interface AuditListOptions {
  /** Entries after this sequence number (paging). */
  afterSeq?: number;
  /** At most this many, 1..1000. @defaultValue 100 */
  limit?: number;
  kind?: AuditKind;
  subject?: string;
}

export const GENESIS_HASH = '0'.repeat(64);

/* ---- hashing ------------------------------------------------------------------------------ */

/** JSON with object keys sorted at every depth, so jsonb's own key order does not matter. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = sortKeys(v);
    }
    return out;
  }
  return value;
}

export function entryContent(e: { kind: string; subject: string; actor: string | null; details: unknown; createdAt: Date }): string {
  return canonicalJson([e.kind, e.subject, e.actor, e.details ?? {}, e.createdAt.toISOString()]);
}

export const entryHash = (seq: number, prevHash: string, content: string): string =>
  createHash('sha256').update(`${seq}|${prevHash}|${content}`, 'utf8').digest('hex');

/* ---- appending ---------------------------------------------------------------------------- */

/**
 * Appends entries, in order, at the end of the chain. `tx` must be a transaction: the chain head's
 * row lock, taken here, is what keeps writers in every process on one linear chain, and it is held
 * until that transaction commits. Callers therefore append last, after their other writes.
 */
export async function appendEntries(tx: Sql, events: readonly AuditEvent[]): Promise<AuditEntry[]> {
  if (!events.length) return [];
  const head = (await tx.query('SELECT seq, hash FROM audit_head WHERE id = 1 FOR UPDATE'))[0];
  if (!head) throw new Error('the audit chain head is missing');
  const entries = chainEntries({ seq: Number(head.seq), hash: String(head.hash) }, events);
  const params: unknown[] = [];
  await tx.query(appendSql(entries, params), params);
  return entries;
}

export interface ChainHead {
  readonly seq: number;
  readonly hash: string;
}

/** The entries of `events` chained after `head`, with their hashes (nothing written). */
export function chainEntries(head: ChainHead, events: readonly AuditEvent[]): AuditEntry[] {
  let seq = head.seq;
  let prevHash = head.hash;
  return events.map((e): AuditEntry => {
    seq++;
    const entry = { seq, kind: e.kind, subject: e.subject, actor: e.actor ?? null, details: e.details ?? {}, createdAt: e.at ?? new Date(), prevHash };
    prevHash = entryHash(seq, entry.prevHash, entryContent(entry));
    return { ...entry, hash: prevHash };
  });
}

/**
 * One statement that inserts `entries` (non-empty) and moves the head to the last, its parameters
 * appended to `params`; usable as the CTEs of a larger statement (`appendCtes`) or alone. It does
 * not check where the head was: appendEntries holds the head's lock, and the single-statement
 * decision write (store.ts) relies on seq's uniqueness (entries 1..head exist).
 */
export function appendCtes(entries: readonly AuditEntry[], params: unknown[]): string {
  const values = valuesList(
    entries.map((e) => [e.seq, e.kind, e.subject, e.actor, canonicalJson(e.details), e.createdAt, e.prevHash, e.hash]),
    ['', '', '', '', 'jsonb', 'timestamptz'],
    params,
  );
  const last = entries[entries.length - 1]!;
  params.push(last.seq, last.hash);
  return `appended AS (
       INSERT INTO audit_log (seq, kind, subject, actor, details, created_at, prev_hash, hash) VALUES ${values.sql}
     ), head_moved AS (
       UPDATE audit_head SET seq = $${params.length - 1}, hash = $${params.length} WHERE id = 1
     )`;
}

function appendSql(entries: readonly AuditEntry[], params: unknown[]): string {
  return `WITH ${appendCtes(entries, params)} SELECT 1`;
}

export function toEntry(r: Row): AuditEntry {
  return {
    seq: Number(r.seq),
    kind: r.kind as AuditKind,
    subject: String(r.subject),
    actor: (r.actor as string | null) ?? null,
    details: r.details as AuditEntry['details'],
    createdAt: r.created_at as Date,
    prevHash: String(r.prev_hash),
    hash: String(r.hash),
  };
}

/* ---- reading and verifying ---------------------------------------------------------------- */

export async function listEntries(sql: Sql, opts: AuditListOptions = {}): Promise<AuditEntry[]> {
  const limit = Math.min(Math.max(Math.trunc(opts.limit ?? 100), 1), 1000);
  const rows = await sql.query(
    `SELECT * FROM audit_log
      WHERE seq > $1 AND ($2::text IS NULL OR kind = $2) AND ($3::text IS NULL OR subject = $3)
      ORDER BY seq LIMIT $4`,
    [opts.afterSeq ?? 0, opts.kind ?? null, opts.subject ?? null, limit],
  );
  return rows.map(toEntry);
}

const PAGE = 1000;

/** Walks the whole chain in one snapshot and reports the first entry that does not hold. */
export async function verifyChain(engine: Engine): Promise<AuditVerification> {
  return engine.transaction(
    async (tx) => {
      const head = (await tx.query('SELECT seq, hash FROM audit_head WHERE id = 1'))[0];
      const headSeq = Number(head?.seq ?? 0);
      const headHash = String(head?.hash ?? GENESIS_HASH);
      const result = (entries: number, broken?: AuditVerification['broken']): AuditVerification =>
        broken ? { ok: false, entries, headSeq, headHash, broken } : { ok: true, entries, headSeq, headHash };

      let prev: AuditEntry | undefined;
      let checked = 0;
      for (;;) {
        const page = (await tx.query('SELECT * FROM audit_log WHERE seq > $1 ORDER BY seq LIMIT $2', [prev?.seq ?? 0, PAGE])).map(toEntry);
        for (const entry of page) {
          const fault = checkEntry(entry, prev);
          if (fault) return result(checked, fault);
          prev = entry;
          checked++;
        }
        if (page.length < PAGE) break;
      }
      const last = prev?.seq ?? 0;
      if (last < headSeq) {
        return result(checked, { seq: last + 1, fault: 'truncated', message: `entries ${last + 1} to ${headSeq} are missing: the log ends at ${last} but its head records ${headSeq}` });
      }
      if (prev && (last > headSeq || prev.hash !== headHash)) {
        return result(checked, { seq: last, fault: 'rewritten', message: `entry ${last} does not match the chain head (rewritten, or the head was changed)` });
      }
      return result(checked);
    },
    { snapshot: true },
  );
}

/** What is wrong with one entry, given the one before it (already checked). */
function checkEntry(entry: AuditEntry, prev: AuditEntry | undefined): AuditVerification['broken'] {
  const expectedSeq = (prev?.seq ?? 0) + 1;
  if (entry.seq !== expectedSeq) {
    const gap = entry.seq - 1 === expectedSeq ? `entry ${expectedSeq} is` : `entries ${expectedSeq} to ${entry.seq - 1} are`;
    return { seq: expectedSeq, fault: 'missing', message: `${gap} missing (deleted): the log jumps from ${expectedSeq - 1} to ${entry.seq}` };
  }
  if (entryHash(entry.seq, entry.prevHash, entryContent(entry)) !== entry.hash) {
    return { seq: entry.seq, fault: 'altered', message: `entry ${entry.seq} was altered: its hash does not match its content (changed, forged or moved)` };
  }
  const expectedPrev = prev?.hash ?? GENESIS_HASH;
  if (entry.prevHash !== expectedPrev) {
    // Both entries hash correctly on their own, so one of them was re-hashed after the fact:
    // an edit of the earlier one with a recomputed hash is the only change that leaves the
    // later one intact.
    return prev
      ? { seq: prev.seq, fault: 'rewritten', message: `entry ${prev.seq} was rewritten: its hash is not the one entry ${entry.seq} recorded` }
      : { seq: entry.seq, fault: 'relinked', message: `entry ${entry.seq} does not start the chain: its previous hash is not the genesis hash` };
  }
  return undefined;
}
