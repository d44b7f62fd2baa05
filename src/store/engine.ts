/**
 * The two SQL engines behind the store, reduced to what the store needs: parameterised queries,
 * multi-statement scripts (migrations) and transactions. PostgreSQL goes through a `pg` Pool (many
 * processes on many machines may share it); the embedded engine is PGlite, PostgreSQL compiled to
 * WebAssembly, running in a thread of this process (pglite-thread.ts) on files under the data
 * directory (one process only).
 *
 * Errors leave this module as ReplyGuardError with a stable code and one line of text. Database
 * error details (`detail`, `where`) can quote row values, so they are never copied; neither is
 * the password of the database URL.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import pg from 'pg';
import { ReplyGuardError } from '../errors.js';
import { lockDataDir } from './data-dir-lock.js';
import { PGLITE_THREAD_SOURCE } from './pglite-thread.js';

export type Row = Record<string, unknown>;

export interface QueryOptions {
  /**
   * PostgreSQL: run it as the prepared statement of this name (parsed and analysed once per pooled
   * connection, not on every call). A name must always go with the same text, and the names in
   * use must be few: each is kept on every connection. PGlite ignores it.
   */
  readonly prepare?: string;
}

export interface Sql {
  /** One statement with $1.. parameters. */
  query<R extends Row = Row>(text: string, params?: readonly unknown[], options?: QueryOptions): Promise<R[]>;
  /** A script of several statements without parameters (migrations). */
  exec(script: string): Promise<void>;
}

export interface Engine extends Sql {
  readonly kind: 'postgres' | 'pglite';
  /** Runs fn in one transaction: committed when fn resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Sql) => Promise<T>, opts?: { snapshot?: boolean }): Promise<T>;
  close(): Promise<void>;
}

/** Schema names are interpolated into SQL and connection options, so only plain identifiers pass. */
export function checkSchemaName(schema: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
    throw new ReplyGuardError('RG_ERR_CONFIG', 'the store schema must be a lower-case SQL identifier (a-z, 0-9, _; at most 63 characters)');
  }
  return schema;
}

/** `($1, $2::jsonb), ($3, $4::jsonb)` and the flat parameters, for a multi-row INSERT. */
export function valuesList(rows: readonly (readonly unknown[])[], casts: readonly string[] = [], params: unknown[] = []): { sql: string; params: unknown[] } {
  // `params` given: numbering continues after the parameters already in it (one statement, several lists).
  const tuples = rows.map((row) => `(${row.map((value, i) => `$${params.push(value)}${casts[i] ? `::${casts[i]}` : ''}`).join(', ')})`);
  return { sql: tuples.join(', '), params };
}

// A snapshot transaction sees one consistent state of the whole log (audit verification).
const SNAPSHOT = 'SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY';

/* ------------------------------------------------------------------------------------------ */
/* PostgreSQL                                                                                  */

const CONNECT_TIMEOUT_MS = 5_000;
// A statement waiting longer than this (e.g. for the audit chain head held by a stuck process)
// fails instead of hanging its caller.
const STATEMENT_TIMEOUT_MS = 30_000;
// A process that stops mid-transaction (event loop blocked, paused) loses its transaction, and
// with it the chain head lock every other writer waits for.
const IDLE_IN_TRANSACTION_TIMEOUT_MS = 60_000;

export interface PostgresOptions {
  url: string;
  schema?: string;
  poolSize?: number;
}

export async function openPostgres(opts: PostgresOptions): Promise<Engine> {
  const where = describeDatabaseUrl(opts.url);
  const password = passwordOf(opts.url);
  const pool = new pg.Pool({
    connectionString: opts.url,
    max: opts.poolSize ?? 10,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    statement_timeout: STATEMENT_TIMEOUT_MS,
    idle_in_transaction_session_timeout: IDLE_IN_TRANSACTION_TIMEOUT_MS,
    keepAlive: true,
    application_name: 'replyguard',
    // search_path is set when the connection starts, so every pooled client sees the same schema.
    ...(opts.schema ? { options: `-c search_path=${checkSchemaName(opts.schema)}` } : {}),
  });
  // An idle client losing its connection emits here; without a listener the process would exit.
  // The next query reports the outage with a proper error.
  pool.on('error', () => undefined);
  const fail = (err: unknown): never => {
    throw translateError(err, { engine: 'PostgreSQL', where, password });
  };
  try {
    await pool.query('SELECT 1');
  } catch (err) {
    await pool.end().catch(() => undefined);
    fail(err);
  }

  const onClient = (client: pg.PoolClient): Sql => ({
    query: async <R extends Row>(text: string, params?: readonly unknown[], options?: QueryOptions) => (await client.query<R>(pgQuery(text, params, options))).rows,
    exec: async (script) => void (await client.query(script)),
  });
  let closed = false;
  return {
    kind: 'postgres',
    query: async <R extends Row>(text: string, params?: readonly unknown[], options?: QueryOptions) => {
      try {
        return (await pool.query<R>(pgQuery(text, params, options))).rows;
      } catch (err) {
        return fail(err);
      }
    },
    exec: async (script) => {
      try {
        await pool.query(script);
      } catch (err) {
        fail(err);
      }
    },
    transaction: async (fn, txOpts) => {
      let client: pg.PoolClient;
      try {
        client = await pool.connect();
      } catch (err) {
        return fail(err);
      }
      let broken: Error | undefined;
      try {
        await client.query('BEGIN');
        if (txOpts?.snapshot) await client.query(SNAPSHOT);
        const result = await fn(onClient(client));
        await client.query('COMMIT');
        return result;
      } catch (err) {
        await client.query('ROLLBACK').catch((rollbackErr: Error) => {
          broken = rollbackErr; // the connection is gone: do not return it to the pool
        });
        if (err instanceof ReplyGuardError) throw err;
        return fail(err);
      } finally {
        client.release(broken);
      }
    },
    close: async () => {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
}

const pgQuery = (text: string, params: readonly unknown[] | undefined, options: QueryOptions | undefined): pg.QueryConfig => ({
  text,
  values: params as unknown[],
  ...(options?.prepare ? { name: options.prepare } : {}),
});

/* ------------------------------------------------------------------------------------------ */
/* PGlite (embedded)                                                                           */

export interface PgliteOptions {
  /** The data directory: the database lives in <dataDir>/pglite. */
  dataDir: string;
  schema?: string;
  /** false: open only an existing database (never initialise an empty one). */
  create?: boolean;
}

export const pgliteDir = (dataDir: string): string => join(dataDir, 'pglite');

export async function openPglite(opts: PgliteOptions): Promise<Engine> {
  const dir = pgliteDir(opts.dataDir);
  const fail = (err: unknown): never => {
    throw translateError(err, { engine: 'the embedded store', where: dir });
  };
  if (opts.create === false && !existsSync(join(dir, 'PG_VERSION'))) {
    throw new ReplyGuardError('RG_ERR_STORE_UNAVAILABLE', `no embedded store in ${dir} (set REPLYGUARD_DATA_DIR to the service's data directory, or DATABASE_URL)`);
  }
  let unlock: () => void;
  try {
    mkdirSync(opts.dataDir, { recursive: true });
    unlock = lockDataDir(opts.dataDir);
  } catch (err) {
    if (err instanceof ReplyGuardError) throw err;
    throw new ReplyGuardError('RG_ERR_STORE_UNAVAILABLE', `cannot open the embedded store in ${dir}: ${oneLine((err as Error).message)}`);
  }
  const thread = superviseThread({ dir, ...(opts.schema ? { schema: checkSchemaName(opts.schema) } : {}) });
  try {
    await thread.opened();
  } catch (err) {
    await thread.stop();
    unlock();
    return fail(err);
  }

  const on = (t: Pick<PgliteThread, 'call'>, tx?: number): Sql => ({
    query: async <R extends Row>(text: string, params?: readonly unknown[]) => (await t.call({ op: 'query', text, params, tx })) as R[],
    exec: async (script) => void (await t.call({ op: 'exec', script, tx })),
  });
  const direct = on(thread);
  let closing: Promise<void> | undefined;
  const guard = async <T>(run: () => Promise<T>): Promise<T> => {
    if (closing) throw new ReplyGuardError('RG_ERR_STORE_UNAVAILABLE', `the embedded store in ${dir} is closed`);
    try {
      return await run();
    } catch (err) {
      if (err instanceof ReplyGuardError) throw err;
      return fail(err);
    }
  };
  return {
    kind: 'pglite',
    query: (text, params) => guard(() => direct.query(text, params)),
    exec: (script) => guard(() => direct.exec(script)),
    // PGlite queues every query and transaction behind one mutex: transactions never interleave.
    transaction: (fn, txOpts) =>
      guard(async () => {
        // A transaction lives in one thread: if that thread dies, its calls fail; none reach a new one.
        const t = await thread.current();
        const tx = t.nextId();
        await t.call({ op: 'begin', snapshot: Boolean(txOpts?.snapshot) }, tx);
        let result: Awaited<ReturnType<typeof fn>>;
        try {
          result = await fn(on(t, tx));
        } catch (err) {
          await t.call({ op: 'end', tx, commit: false }).catch(() => undefined);
          throw err;
        }
        await t.call({ op: 'end', tx, commit: true });
        return result;
      }),
    close: () => {
      closing ??= (async () => {
        try {
          await thread.close();
        } finally {
          unlock();
        }
      })();
      return closing;
    },
  };
}

// A thread that dies (a crash, running out of memory) is started again on the next call, at most
// this often: a database that cannot open keeps failing calls, not spawning threads.
const RESTART_INTERVAL_MS = 1_000;

interface SupervisedThread {
  /** Resolves when the first thread has opened the database; rejects with its error. */
  opened(): Promise<void>;
  /** One call on the live thread: a dead one is started again first (calls it had running fail). */
  call(message: Record<string, unknown>): Promise<unknown>;
  /** The live thread, started again if it died, once it has opened the database. */
  current(): Promise<PgliteThread>;
  /** Closes the database cleanly, then ends the thread; no restart after it. */
  close(): Promise<void>;
  /** Ends the thread at once. */
  stop(): Promise<void>;
}

/**
 * The PGlite thread, replaced when it dies: the database on disk is PostgreSQL's, so a new thread
 * recovers it from its write-ahead log as after a crash. Calls running in the dead thread fail
 * (the store's callers retry them: decisions are idempotent); later calls go to the new thread.
 */
function superviseThread(data: { dir: string; schema?: string }): SupervisedThread {
  let thread!: PgliteThread;
  let open!: Promise<PgliteThread>;
  let openFailed = false;
  let startedAt = 0;
  let stopped = false;
  const start = () => {
    startedAt = Date.now();
    openFailed = false;
    const t = (thread = startPgliteThread(data));
    open = t.call({ op: 'open' }, 0).then(
      () => t,
      (err: unknown) => {
        openFailed = true;
        throw err;
      },
    );
    open.catch(() => undefined); // awaited by every caller; no unhandled rejection meanwhile
  };
  start();
  const current = () => {
    if ((thread.dead() || openFailed) && !stopped && Date.now() - startedAt >= RESTART_INTERVAL_MS) {
      void thread.stop();
      start();
    }
    return open;
  };
  return {
    opened: async () => void (await open),
    current,
    call: async (message) => (await current()).call(message),
    close: async () => {
      stopped = true;
      try {
        const t = await open.catch(() => undefined);
        // close() waits for queued queries and shuts PostgreSQL down cleanly; a dead thread has nothing to close.
        if (t && !t.dead()) await t.call({ op: 'close' });
      } finally {
        await thread.stop();
      }
    },
    stop: async () => {
      stopped = true;
      await thread.stop();
    },
  };
}

interface PgliteThread {
  /** True once the thread has exited or failed: every call on it rejects. */
  dead(): boolean;
  nextId(): number;
  /** Posts one message and resolves with its answer; rejects with the thread's error (plain fields). */
  call(message: Record<string, unknown>, id?: number): Promise<unknown>;
  stop(): Promise<void>;
}

/** The PGlite thread (pglite-thread.ts) and the calls waiting for its answers. */
function startPgliteThread(data: { dir: string; schema?: string }): PgliteThread {
  const thread = new Worker(PGLITE_THREAD_SOURCE, {
    eval: true,
    workerData: { ...data, pglite: createRequire(import.meta.url).resolve('@electric-sql/pglite'), snapshotSql: SNAPSHOT },
  });
  const waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: unknown) => void }>();
  let gone: Error | undefined;
  let next = 1;
  // The thread keeps the process alive only while a call waits for it (a CLI command that forgot
  // to close the store still exits; one awaiting a query does not exit under it).
  const holdOpen = () => (waiting.size ? thread.ref() : thread.unref());
  const failAll = (err: Error) => {
    gone ??= err;
    for (const w of waiting.values()) w.reject(gone);
    waiting.clear();
    holdOpen();
  };
  thread.on('message', (m: { id: number; ok: boolean; value?: unknown; error?: { message: string } }) => {
    const w = waiting.get(m.id);
    if (!w) return;
    waiting.delete(m.id);
    holdOpen();
    if (m.ok) w.resolve(m.value);
    else w.reject(Object.assign(new Error(m.error!.message), m.error));
  });
  thread.on('error', (err) => failAll(Object.assign(new Error(`the embedded store's thread failed: ${oneLine(err.message)}`), { code: '57P01' })));
  thread.on('exit', () => failAll(Object.assign(new Error("the embedded store's thread stopped"), { code: '57P01' })));
  return {
    dead: () => gone !== undefined,
    nextId: () => next++,
    call: (message, id = next++) =>
      new Promise((resolve, reject) => {
        if (gone) return reject(gone);
        waiting.set(id, { resolve, reject });
        holdOpen();
        const transfer = ownedBuffers(message.params);
        thread.postMessage({ ...message, ...(transfer ? { params: transfer.params } : {}), id }, transfer?.list);
      }),
    stop: async () => {
      await thread.terminate();
    },
  };
}

/**
 * Binary parameters copied into ArrayBuffers of their own and moved (transferred) to the thread.
 * Posted as they are, a small Buffer would be cloned with the whole 8 KB pool it was cut from:
 * measured at about four times the cost of posting the rest of a decision's parameters.
 */
function ownedBuffers(params: unknown): { params: unknown[]; list: ArrayBuffer[] } | undefined {
  if (!Array.isArray(params) || !params.some((p) => p instanceof Uint8Array)) return undefined;
  const list: ArrayBuffer[] = [];
  const copied = params.map((p: unknown) => {
    if (!(p instanceof Uint8Array)) return p;
    const own = new Uint8Array(p);
    list.push(own.buffer);
    return own;
  });
  return { params: copied, list };
}

/* ------------------------------------------------------------------------------------------ */
/* Errors                                                                                      */

interface ErrorContext {
  engine: string;
  where: string;
  password?: string;
}

// Node socket errors and pg's own connection messages: the database is out of reach.
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE']);
const CONNECTION_MESSAGE = /connection terminated|timeout exceeded when trying to connect|connection.*(refused|closed|ended)|Client has encountered a connection error|Cannot use a pool after calling end/i;

function isUnavailable(err: { code?: unknown; message?: unknown }): boolean {
  const code = typeof err.code === 'string' ? err.code : '';
  // SQLSTATE 08 connection exception, 28 authentication, 3D000 no such database, 57P0x shutdown.
  return NETWORK_CODES.has(code) || /^(08|28)/.test(code) || code === '3D000' || /^57P0/.test(code) || CONNECTION_MESSAGE.test(String(err.message ?? ''));
}

export function translateError(err: unknown, ctx: ErrorContext): ReplyGuardError {
  if (err instanceof ReplyGuardError) return err;
  const e = (typeof err === 'object' && err !== null ? err : {}) as { code?: unknown; message?: unknown; constraint?: unknown };
  const code = typeof e.code === 'string' ? e.code : undefined;
  let message = oneLine(String(e.message ?? err));
  if (ctx.password) message = message.split(ctx.password).join('***');
  if (isUnavailable(e)) {
    return new ReplyGuardError('RG_ERR_STORE_UNAVAILABLE', `cannot reach ${ctx.engine} at ${ctx.where}: ${message}`);
  }
  // Class 22 (data exception) messages quote the offending value: report the code only.
  const text = code && code.startsWith('22') ? 'invalid value' : message;
  const constraint = typeof e.constraint === 'string' ? `, constraint ${e.constraint}` : '';
  return new ReplyGuardError('RG_ERR_STORE_FAILED', `${ctx.engine} failed${code ? ` (SQLSTATE ${code}${constraint})` : ''}: ${text}`);
}

const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim().slice(0, 300);

function passwordOf(url: string): string | undefined {
  try {
    const p = decodeURIComponent(new URL(url).password);
    return p || undefined;
  } catch {
    return undefined;
  }
}

/** "postgres://user:***@host:5432/db": the URL as it can be shown in an error. */
export function describeDatabaseUrl(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new ReplyGuardError('RG_ERR_CONFIG', 'DATABASE_URL is not a valid URL (expected postgres://user:password@host:5432/database)');
  }
  if (u.protocol !== 'postgres:' && u.protocol !== 'postgresql:') {
    throw new ReplyGuardError('RG_ERR_CONFIG', 'DATABASE_URL must start with postgres:// or postgresql://');
  }
  const user = u.username ? `${u.username}${u.password ? ':***' : ''}@` : '';
  return `${u.protocol}//${user}${u.host}${u.pathname}`;
}
