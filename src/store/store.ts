/**
 * The durable record: every decision, every "hold" answer and every review request, each with its
 * audit entry written in the same transaction (the same statement, for decisions and holds).
 *
 * Customer content (the original draft, the redacted body, review justifications) is stored only
 * sealed with AES-256-GCM (src/crypto.ts), each value bound to its row and column by the
 * additional data, so a ciphertext copied to another row does not open. Everything else in the
 * rows is masked or metadata.
 */
import type { Finding } from '../../detectors/index.js';
import { seal, unsealText as unsealWithKey, type SealingKey } from '../crypto.js';
import { ReplyGuardError } from '../errors.js';
import { appendCtes, appendEntries, canonicalJson, chainEntries, entryContent, listEntries, verifyChain, type AuditEntry, type ChainHead, type AuditEvent, type AuditListOptions, type AuditVerification } from './audit.js';
import { checkSchemaName, openPglite, openPostgres, valuesList, type Engine, type Row, type Sql } from './engine.js';
import { GroupCommit } from './group-commit.js';
import { checkSchemaCurrent, migrate } from './migrate.js';

export interface DecisionRecord {
  /** Unique: derived from draft id + content hash; the idempotency key. */
  jobKey: string;
  draftId: string;
  provider: string;
  ticketId?: string;
  brand?: string;
  channel?: string;
  agentId?: string;
  agentEmail?: string;
  action: 'approve' | 'redact' | 'block';
  /** Masked only (only the Finding fields are kept). */
  findings: Finding[];
  policyVersion: string;
  prompt?: string;
  /** Stored sealed: it is still customer correspondence. */
  redactedBody?: string;
  /** The original draft (JSON string); stored sealed; given for blocked or held drafts only. */
  rawContent?: string;
  /** The HTTP answer was "hold" (not decided in time). */
  held?: boolean;
  receivedAt: Date;
  decidedAt: Date;
  timings: { queueMs: number; processMs: number; totalMs: number };
}

export interface StoredDecision extends Omit<DecisionRecord, 'rawContent'> {
  id: number;
  hasRawContent: boolean;
}

export interface RecordResult {
  /** false: the job key was already recorded; `decision` is that first record. */
  created: boolean;
  decision: StoredDecision;
}

export interface HoldRecord {
  jobKey: string;
  draftId: string;
  provider: string;
  rawContent: string;
  at: Date;
}

export interface ReviewRequestInput {
  draftId: string;
  agentId?: string;
  agentEmail?: string;
  justification: string;
  at: Date;
}

export interface ReviewRequest {
  id: number;
  draftId: string;
  /** The draft's latest decision when the review was requested (none for a draft only held). */
  decisionId?: number;
  agentId?: string;
  agentEmail?: string;
  justification: string;
  requestedAt: Date;
}

export interface Store {
  readonly engine: 'postgres' | 'pglite';
  /** Idempotent on jobKey: a second call with the same jobKey stores nothing and adds no audit entry; returns the first record with created=false. */
  recordDecision(rec: DecisionRecord): Promise<RecordResult>;
  /** Marks a decision (or a not-yet-decided job) as answered "hold" and keeps its raw content sealed; safe in any order with recordDecision, idempotent on jobKey. */
  recordHold(h: HoldRecord): Promise<void>;
  findByJobKey(jobKey: string): Promise<StoredDecision | undefined>;
  latestForDraft(draftId: string): Promise<StoredDecision | undefined>;
  /** When the draft's latest hold was recorded (for a draft answered "hold" and not decided yet). */
  latestHoldAt(draftId: string): Promise<Date | undefined>;
  /** Opens the sealed original draft of a decision (or of its hold), for compliance review. */
  readRawContent(decisionId: number): Promise<string | undefined>;
  /** Files the draft's latest decision for compliance review; once per decision (created=false on a repeat). */
  requestReview(r: ReviewRequestInput): Promise<{ id: number; created: boolean }>;
  /** A review request with its justification opened. */
  reviewRequest(id: number): Promise<ReviewRequest | undefined>;
  audit: {
    append(e: AuditEvent): Promise<AuditEntry>;
    verify(): Promise<AuditVerification>;
    list(opts?: AuditListOptions): Promise<AuditEntry[]>;
  };
  /** Throws RG_ERR_STORE_UNAVAILABLE when the database does not answer (for /readyz). */
  ping(): Promise<void>;
  /** Ends the pool, or flushes and closes the embedded database and releases its directory. */
  close(): Promise<void>;
}

export interface StoreOptions {
  /** PostgreSQL when set; otherwise the embedded store in <dataDir>/pglite. */
  databaseUrl?: string;
  dataDir: string;
  key: SealingKey;
  /** Keep every table in this schema (created if needed). */
  schema?: string;
  /** PostgreSQL pool size. @defaultValue 10 */
  poolSize?: number;
  /** false: open an existing, current store only; create and migrate nothing (audit verify). */
  create?: boolean;
}

export async function openStore(options: StoreOptions): Promise<Store> {
  const schema = options.schema === undefined ? undefined : checkSchemaName(options.schema);
  const engine = options.databaseUrl
    ? await openPostgres({ url: options.databaseUrl, schema, poolSize: options.poolSize })
    : await openPglite({ dataDir: options.dataDir, schema, create: options.create });
  try {
    if (options.create === false) await checkSchemaCurrent(engine);
    else await migrate(engine, schema);
  } catch (err) {
    await engine.close().catch(() => undefined);
    throw err;
  }
  const store = new SqlStore(engine, options.key);
  engines.set(store, engine);
  return store;
}

const engines = new WeakMap<Store, Engine>();

/**
 * Direct SQL on a store's own connection, for tests, benchmarks and maintenance scripts (the
 * embedded store admits no second connection). It bypasses sealing and the audit chain: the
 * service never calls it.
 */
export function storeEngine(store: Store): Engine {
  const engine = engines.get(store);
  if (!engine) throw new Error('not a store opened by openStore');
  return engine;
}

/* ------------------------------------------------------------------------------------------ */

const FINDING_FIELDS = ['type', 'subtype', 'start', 'end', 'score', 'masked', 'source'] as const;

/** Only the documented Finding fields reach the database, whatever else a caller attached. */
function maskedFindings(findings: readonly Finding[]): Finding[] {
  return findings.map((f) => Object.fromEntries(FINDING_FIELDS.filter((k) => f[k] !== undefined).map((k) => [k, f[k]])) as unknown as Finding);
}

// Additional data for each sealed column: the value opens only in its own row and column.
const aad = {
  redactedBody: (jobKey: string) => `decisions.redacted_body:${jobKey}`,
  rawContent: (jobKey: string) => `decisions.raw_content:${jobKey}`,
  holdRawContent: (jobKey: string) => `holds.raw_content:${jobKey}`,
  justification: (draftId: string, decisionId: number | undefined) => `review_requests.justification:${draftId}:${decisionId ?? 0}`,
};

const DECISION_COLUMNS = [
  'job_key', 'draft_id', 'provider', 'ticket_id', 'brand', 'channel', 'agent_id', 'agent_email', 'action', 'findings',
  'policy_version', 'prompt', 'redacted_body_sealed', 'raw_content_sealed', 'held', 'received_at', 'decided_at',
  'queue_ms', 'process_ms', 'total_ms',
] as const;

const SELECT_DECISION = `
  SELECT d.id, d.job_key, d.draft_id, d.provider, d.ticket_id, d.brand, d.channel, d.agent_id, d.agent_email,
         d.action, d.findings, d.policy_version, d.prompt, d.redacted_body_sealed, d.received_at, d.decided_at,
         d.queue_ms, d.process_ms, d.total_ms,
         (d.held OR h.job_key IS NOT NULL) AS held,
         (d.raw_content_sealed IS NOT NULL OR h.job_key IS NOT NULL) AS has_raw_content
    FROM decisions d LEFT JOIN holds h ON h.job_key = d.job_key`;

type InsertedDecisions = Map<string, { id: number; holdExists: boolean }>;

/** PostgreSQL: decision groups of up to this many are written by prepared statements (one per size, on each pooled connection). */
const PREPARED_GROUP_SIZES = 16;

const insertedByKey = (rows: readonly { id: unknown; job_key: string; hold_exists: boolean }[]): InsertedDecisions =>
  new Map(rows.map((r) => [r.job_key, { id: Number(r.id), holdExists: r.hold_exists }]));

/** A failure the database reported for this data (or a deadlock), not an outage: worth retrying items alone. */
const isItemFailure = (err: unknown): boolean => err instanceof ReplyGuardError && err.code === 'RG_ERR_STORE_FAILED';

const optional = (v: unknown): string | undefined => (v === null || v === undefined ? undefined : String(v));
const asBuffer = (v: unknown): Buffer => Buffer.from(v as Uint8Array);
const actorOf = (r: { agentEmail?: string; agentId?: string }): string | undefined => r.agentEmail ?? r.agentId;
/** Integer milliseconds for the integer columns (timings are measured with performance.now()). */
const ms = (n: number): number => (Number.isFinite(n) ? Math.round(n) : 0);

class SqlStore implements Store {
  readonly engine: 'postgres' | 'pglite';
  readonly audit: Store['audit'];

  /** Embedded store: where this store last left the audit chain (a guess: a hold may have moved it since). */
  private head: ChainHead | undefined;
  private readonly decisions = new GroupCommit<DecisionRecord, RecordResult>((recs) => this.writeDecisions(recs), isItemFailure);
  private readonly holds = new GroupCommit<HoldRecord, void>((holds) => this.writeHolds(holds), isItemFailure);

  constructor(
    private readonly db: Engine,
    private readonly key: SealingKey,
  ) {
    this.engine = db.kind;
    this.audit = {
      append: async (e) => (await db.transaction((tx) => appendEntries(tx, [e])))[0]!,
      verify: () => verifyChain(db),
      list: (opts) => listEntries(db, opts),
    };
  }

  recordDecision(rec: DecisionRecord): Promise<RecordResult> {
    return this.decisions.submit(rec);
  }

  /**
   * A group of decisions with their audit entries, atomically: those whose job key is new are
   * inserted, a repeated job key (a retried job) adds neither a row nor an entry.
   */
  private async writeDecisions(recs: DecisionRecord[]): Promise<RecordResult[]> {
    const distinct = distinctByJobKey(recs);
    const inserted =
      this.db.kind === 'postgres' ? await this.writeChainedInDatabase(distinct) : ((await this.writeAfterKnownHead(distinct)) ?? (await this.writeDecisionsLocked(distinct)));
    const answered = new Set<string>();
    return Promise.all(
      recs.map(async (rec) => {
        const row = inserted.get(rec.jobKey);
        if (row && !answered.has(rec.jobKey)) {
          answered.add(rec.jobKey);
          return { created: true, decision: storedFromRecord(rec, row.id, row.holdExists) };
        }
        const first = await this.findByJobKey(rec.jobKey);
        if (!first) throw new ReplyGuardError('RG_ERR_STORE_FAILED', 'a decision with this job key exists but cannot be read back');
        return { created: false, decision: first };
      }),
    );
  }

  /**
   * PostgreSQL: ONE statement, without an explicit transaction (one round trip): the new job keys'
   * rows, and their audit entries chained in the database after the head as it is, under the
   * head's row lock (FOR UPDATE) held only while the statement runs.
   * Writers in other processes queue on that lock instead of failing on a guessed head and taking
   * it over a transaction of several round trips (two processes sharing a chain wrote 552
   * decisions/s together that way, against 1,197/s for two separate chains). Each entry's hash is
   * SHA-256("<seq>|<previous hash>|<content>") as chainEntries computes it, the content (canonical
   * JSON, which does not depend on the position) given from here. (Not on PGlite: computed in
   * WebAssembly this statement cost 0.8 ms more than writeAfterKnownHead's, and the embedded store
   * has no other process to wait for.)
   */
  private async writeChainedInDatabase(distinct: DecisionRecord[]): Promise<InsertedDecisions> {
    // Its text depends only on the group's size: the small groups, those of a service that keeps
    // up, run as prepared statements (parsing and planning this statement was about half its
    // PostgreSQL CPU: 1.2 against 0.6 ms a decision one at a time, 0.19 against 0.09 with ten in
    // flight). Bigger groups share that cost among their decisions anyway.
    const prepare = distinct.length <= PREPARED_GROUP_SIZES ? `rg_record_decisions_${distinct.length}` : undefined;
    const params: unknown[] = [];
    const values = valuesList(
      distinct.map((r) => this.decisionValues(r)),
      [],
      params,
    );
    const entries = valuesList(
      distinct.map((r, i) => {
        const e = decisionEvent(r);
        const createdAt = new Date();
        const actor = e.actor ?? null;
        const details = e.details ?? {};
        return [i, e.kind, e.subject, actor, canonicalJson(details), createdAt, entryContent({ kind: e.kind, subject: e.subject, actor, details, createdAt })];
      }),
      ['int', 'text', 'text', 'text', 'jsonb', 'timestamptz', 'text'],
      params,
    );
    const created = await this.db.query<{ id: unknown; job_key: string; hold_exists: boolean }>(
      `WITH inserted AS (
         INSERT INTO decisions (${DECISION_COLUMNS.join(', ')}) VALUES ${values.sql}
         ON CONFLICT (job_key) DO NOTHING RETURNING id, job_key
       ), head AS (
         SELECT seq, hash FROM audit_head WHERE id = 1 FOR UPDATE
       ), entries AS (
         SELECT row_number() OVER (ORDER BY e.ord) AS n, e.kind, e.subject, e.actor, e.details, e.created_at, e.content
           FROM (VALUES ${entries.sql}) AS e (ord, kind, subject, actor, details, created_at, content)
          WHERE e.subject IN (SELECT job_key FROM inserted)
       ), chained AS (
         WITH RECURSIVE c (n, seq, prev_hash, hash) AS (
           SELECT 0::bigint, seq, NULL::text, hash FROM head
           UNION ALL
           SELECT c.n + 1, c.seq + 1, c.hash, encode(sha256(convert_to((c.seq + 1)::text || '|' || c.hash || '|' || e.content, 'UTF8')), 'hex')
             FROM c JOIN entries e ON e.n = c.n + 1
         )
         SELECT c.seq, c.prev_hash, c.hash, e.kind, e.subject, e.actor, e.details, e.created_at FROM c JOIN entries e ON e.n = c.n
       ), appended AS (
         INSERT INTO audit_log (seq, kind, subject, actor, details, created_at, prev_hash, hash)
         SELECT seq, kind, subject, actor, details, created_at, prev_hash, hash FROM chained RETURNING seq, hash
       ), head_moved AS (
         UPDATE audit_head h SET seq = last.seq, hash = last.hash
           FROM (SELECT seq, hash FROM appended ORDER BY seq DESC LIMIT 1) AS last WHERE h.id = 1
       )
       SELECT i.id, i.job_key, EXISTS (SELECT 1 FROM holds h WHERE h.job_key = i.job_key) AS hold_exists FROM inserted i`,
      params,
      prepare ? { prepare } : undefined,
    );
    return insertedByKey(created);
  }

  /**
   * The embedded store's common case in ONE statement, without an explicit transaction (PGlite
   * pays per statement): every job key new, and the chain continued from where this store last
   * left it (this process is the store's only writer; a hold or an event appended meanwhile moves
   * the head). The statement is atomic; when either guess is wrong it fails on a unique key
   * (decisions.job_key, or audit_log.seq: the head has moved on, and entries 1..head exist) and
   * writes nothing, and undefined sends the group to writeDecisionsLocked.
   */
  private async writeAfterKnownHead(distinct: DecisionRecord[]): Promise<InsertedDecisions | undefined> {
    const head = this.head;
    if (!head) return undefined;
    this.head = undefined; // until this statement is known to have moved it
    const entries = chainEntries(head, distinct.map(decisionEvent));
    const params: unknown[] = [];
    const values = valuesList(
      distinct.map((r) => this.decisionValues(r)),
      [],
      params,
    );
    let created;
    try {
      created = await this.db.query<{ id: unknown; job_key: string; hold_exists: boolean }>(
        `WITH inserted AS (
           INSERT INTO decisions (${DECISION_COLUMNS.join(', ')}) VALUES ${values.sql} RETURNING id, job_key
         ), ${appendCtes(entries, params)}
         SELECT i.id, i.job_key, EXISTS (SELECT 1 FROM holds h WHERE h.job_key = i.job_key) AS hold_exists FROM inserted i`,
        params,
      );
    } catch (err) {
      if (isItemFailure(err)) return undefined;
      throw err;
    }
    this.head = entries[entries.length - 1];
    return insertedByKey(created);
  }

  /** A transaction that takes the chain head's lock: any job keys, wherever the head is. */
  private async writeDecisionsLocked(distinct: DecisionRecord[]): Promise<InsertedDecisions> {
    const values = valuesList(distinct.map((r) => this.decisionValues(r)));
    let last: AuditEntry | undefined;
    const inserted = await this.db.transaction(async (tx) => {
      const created = await tx.query<{ id: unknown; job_key: string; hold_exists: boolean }>(
        `WITH inserted AS (
           INSERT INTO decisions (${DECISION_COLUMNS.join(', ')}) VALUES ${values.sql}
           ON CONFLICT (job_key) DO NOTHING RETURNING id, job_key
         )
         SELECT i.id, i.job_key, EXISTS (SELECT 1 FROM holds h WHERE h.job_key = i.job_key) AS hold_exists FROM inserted i`,
        values.params,
      );
      const byKey = insertedByKey(created);
      last = (await appendEntries(tx, distinct.filter((r) => byKey.has(r.jobKey)).map(decisionEvent))).at(-1);
      return byKey;
    });
    if (last) this.head = last; // committed: the next group can try writeAfterKnownHead
    return inserted;
  }

  private decisionValues(r: DecisionRecord): unknown[] {
    return [
      r.jobKey, r.draftId, r.provider, r.ticketId ?? null, r.brand ?? null, r.channel ?? null, r.agentId ?? null,
      r.agentEmail ?? null, r.action, JSON.stringify(maskedFindings(r.findings)), r.policyVersion, r.prompt ?? null,
      r.redactedBody === undefined ? null : seal(this.key, r.redactedBody, aad.redactedBody(r.jobKey)),
      r.rawContent === undefined ? null : seal(this.key, r.rawContent, aad.rawContent(r.jobKey)),
      r.held ?? false, r.receivedAt, r.decidedAt, ms(r.timings.queueMs), ms(r.timings.processMs), ms(r.timings.totalMs),
    ];
  }

  recordHold(h: HoldRecord): Promise<void> {
    return this.holds.submit(h);
  }

  /** Holds come in bursts (the service is behind), so they are grouped like decisions. */
  private async writeHolds(holds: HoldRecord[]): Promise<void[]> {
    const distinct = distinctByJobKey(holds);
    const values = valuesList(
      distinct.map((h) => [h.jobKey, h.draftId, h.provider, seal(this.key, h.rawContent, aad.holdRawContent(h.jobKey)), h.at]),
      ['', '', '', '', 'timestamptz'],
    );
    await this.db.transaction(async (tx) => {
      const inserted = new Set(
        (await tx.query<{ job_key: string }>(
          `INSERT INTO holds (job_key, draft_id, provider, raw_content_sealed, held_at) VALUES ${values.sql}
           ON CONFLICT (job_key) DO NOTHING RETURNING job_key`,
          values.params,
        )).map((r) => r.job_key),
      );
      const events = distinct.filter((h) => inserted.has(h.jobKey)).map((h): AuditEvent => ({ kind: 'draft.held', subject: h.jobKey, details: { draftId: h.draftId, provider: h.provider } }));
      await appendEntries(tx, events);
    });
    return holds.map(() => undefined);
  }

  async findByJobKey(jobKey: string): Promise<StoredDecision | undefined> {
    const rows = await this.db.query(`${SELECT_DECISION} WHERE d.job_key = $1`, [jobKey], { prepare: 'rg_find_by_job_key' });
    return rows[0] && this.toDecision(rows[0]);
  }

  async latestForDraft(draftId: string): Promise<StoredDecision | undefined> {
    const rows = await this.db.query(`${SELECT_DECISION} WHERE d.draft_id = $1 ORDER BY d.decided_at DESC, d.id DESC LIMIT 1`, [draftId]);
    return rows[0] && this.toDecision(rows[0]);
  }

  async latestHoldAt(draftId: string): Promise<Date | undefined> {
    const rows = await this.db.query<{ held_at: Date }>('SELECT held_at FROM holds WHERE draft_id = $1 ORDER BY held_at DESC LIMIT 1', [draftId]);
    return rows[0]?.held_at;
  }

  async readRawContent(decisionId: number): Promise<string | undefined> {
    const rows = await this.db.query<{ job_key: string; own: unknown; held: unknown }>(
      `SELECT d.job_key, d.raw_content_sealed AS own, h.raw_content_sealed AS held
         FROM decisions d LEFT JOIN holds h ON h.job_key = d.job_key WHERE d.id = $1`,
      [decisionId],
    );
    const row = rows[0];
    if (!row) return undefined;
    if (row.own) return this.unseal(row.own, aad.rawContent(row.job_key));
    if (row.held) return this.unseal(row.held, aad.holdRawContent(row.job_key));
    return undefined;
  }

  async requestReview(r: ReviewRequestInput): Promise<{ id: number; created: boolean }> {
    return this.db.transaction(async (tx) => {
      const decisionId = await latestDecisionId(tx, r.draftId);
      if (decisionId === undefined && !(await tx.query('SELECT 1 FROM holds WHERE draft_id = $1 LIMIT 1', [r.draftId])).length) {
        throw new ReplyGuardError('RG_ERR_UNKNOWN_DRAFT', 'no decision or hold is recorded for this draft');
      }
      const inserted = await tx.query<{ id: unknown }>(
        `INSERT INTO review_requests (draft_id, decision_id, agent_id, agent_email, justification_sealed, requested_at)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (draft_id, (coalesce(decision_id, 0))) DO NOTHING RETURNING id`,
        [r.draftId, decisionId ?? null, r.agentId ?? null, r.agentEmail ?? null, seal(this.key, r.justification, aad.justification(r.draftId, decisionId)), r.at],
      );
      if (!inserted[0]) {
        const existing = await tx.query<{ id: unknown }>('SELECT id FROM review_requests WHERE draft_id = $1 AND coalesce(decision_id, 0) = $2', [r.draftId, decisionId ?? 0]);
        return { id: Number(existing[0]!.id), created: false };
      }
      const id = Number(inserted[0].id);
      await appendEntries(tx, [{
        kind: 'review.requested',
        subject: String(id),
        actor: actorOf(r),
        details: { draftId: r.draftId, decisionId: decisionId ?? null, agentId: r.agentId ?? null },
        at: r.at,
      }]);
      return { id, created: true };
    });
  }

  async reviewRequest(id: number): Promise<ReviewRequest | undefined> {
    const row = (await this.db.query('SELECT * FROM review_requests WHERE id = $1', [id]))[0];
    if (!row) return undefined;
    const draftId = String(row.draft_id);
    const decisionId = row.decision_id === null ? undefined : Number(row.decision_id);
    return {
      id: Number(row.id),
      draftId,
      decisionId,
      agentId: optional(row.agent_id),
      agentEmail: optional(row.agent_email),
      justification: this.unseal(row.justification_sealed, aad.justification(draftId, decisionId)),
      requestedAt: row.requested_at as Date,
    };
  }

  async ping(): Promise<void> {
    await this.db.query('SELECT 1');
  }

  async close(): Promise<void> {
    await Promise.all([this.decisions.idle(), this.holds.idle()]);
    await this.db.close();
  }

  /** Opens a sealed column; a wrong key or a damaged value is a store error that says which. */
  private unseal(sealed: unknown, aadText: string): string {
    try {
      return unsealWithKey(this.key, asBuffer(sealed), aadText);
    } catch (err) {
      const column = aadText.slice(0, aadText.indexOf(':'));
      throw new ReplyGuardError('RG_ERR_STORE_FAILED', `cannot open sealed ${column}: ${(err as Error).message} (is REPLYGUARD_ENCRYPTION_KEY the key the records were written with?)`);
    }
  }

  private toDecision(r: Row): StoredDecision {
    const jobKey = String(r.job_key);
    const d: StoredDecision = {
      id: Number(r.id),
      jobKey,
      draftId: String(r.draft_id),
      provider: String(r.provider),
      action: r.action as StoredDecision['action'],
      findings: r.findings as Finding[],
      policyVersion: String(r.policy_version),
      held: Boolean(r.held),
      hasRawContent: Boolean(r.has_raw_content),
      receivedAt: r.received_at as Date,
      decidedAt: r.decided_at as Date,
      timings: { queueMs: Number(r.queue_ms), processMs: Number(r.process_ms), totalMs: Number(r.total_ms) },
    };
    for (const [field, column] of [['ticketId', 'ticket_id'], ['brand', 'brand'], ['channel', 'channel'], ['agentId', 'agent_id'], ['agentEmail', 'agent_email'], ['prompt', 'prompt']] as const) {
      const v = optional(r[column]);
      if (v !== undefined) d[field] = v;
    }
    if (r.redacted_body_sealed) d.redactedBody = this.unseal(r.redacted_body_sealed, aad.redactedBody(jobKey));
    return d;
  }
}

async function latestDecisionId(sql: Sql, draftId: string): Promise<number | undefined> {
  const rows = await sql.query<{ id: unknown }>('SELECT id FROM decisions WHERE draft_id = $1 ORDER BY decided_at DESC, id DESC LIMIT 1', [draftId]);
  return rows[0] ? Number(rows[0].id) : undefined;
}

function countByType(findings: readonly Finding[]): { [type: string]: number } {
  const counts: { [type: string]: number } = {};
  for (const f of findings) counts[f.type] = (counts[f.type] ?? 0) + 1;
  return counts;
}

/**
 * The first item for each job key (the one whose caller is told created=true), in key order:
 * groups sharing keys then lock them in the same order and cannot deadlock.
 */
function distinctByJobKey<T extends { jobKey: string }>(items: readonly T[]): T[] {
  const first = new Map<string, T>();
  for (const item of items) if (!first.has(item.jobKey)) first.set(item.jobKey, item);
  return [...first.values()].sort((a, b) => (a.jobKey < b.jobKey ? -1 : a.jobKey > b.jobKey ? 1 : 0));
}

function decisionEvent(rec: DecisionRecord): AuditEvent {
  return {
    kind: 'decision.recorded',
    subject: rec.jobKey,
    actor: actorOf(rec),
    details: {
      draftId: rec.draftId,
      provider: rec.provider,
      ticketId: rec.ticketId ?? null,
      action: rec.action,
      policyVersion: rec.policyVersion,
      findings: countByType(rec.findings),
      held: rec.held ?? false,
    },
  };
}

/** What was just inserted, as findByJobKey would read it back. */
function storedFromRecord(rec: DecisionRecord, id: number, holdExists: boolean): StoredDecision {
  const { rawContent, ...kept } = rec;
  return {
    ...kept,
    id,
    findings: maskedFindings(rec.findings),
    timings: { queueMs: ms(rec.timings.queueMs), processMs: ms(rec.timings.processMs), totalMs: ms(rec.timings.totalMs) },
    held: Boolean(rec.held) || holdExists,
    hasRawContent: rawContent !== undefined || holdExists,
  };
}
