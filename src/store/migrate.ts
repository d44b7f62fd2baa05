/**
 * Brings the schema up to date: every migration not yet in schema_migrations, in order, in one
 * transaction. A transaction-scoped advisory lock makes processes that start at the same time
 * against one PostgreSQL take turns: the first applies, the others find the work done.
 */
import { ReplyGuardError } from '../errors.js';
import type { Engine, Sql } from './engine.js';
import { MIGRATIONS, type Migration } from './migrations/index.js';

// First key of the two-key advisory lock: "RG". The second is the schema, so stores in different
// schemas of one database (tests, tenants) do not wait for each other.
const LOCK_CLASS = 0x5247;

const LATEST = Math.max(...MIGRATIONS.map((m) => m.version));

export async function migrate(engine: Engine, schema: string | undefined, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  return engine.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [LOCK_CLASS, schema ?? '']);
    if (schema) await tx.exec(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    await tx.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY,
      name text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const applied = new Set(await appliedVersions(tx));
    refuseNewer(applied);
    const done: number[] = [];
    for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
      if (applied.has(m.version)) continue;
      try {
        await tx.exec(m.sql);
      } catch (err) {
        throw new ReplyGuardError('RG_ERR_STORE_SCHEMA', `migration ${m.version} (${m.name}) failed: ${(err as Error).message}`);
      }
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
      done.push(m.version);
    }
    return done;
  });
}

/** For readers that must not create anything (audit verify): the schema must already be current. */
export async function checkSchemaCurrent(engine: Engine): Promise<void> {
  const exists = await engine.query<{ t: string | null }>(`SELECT to_regclass('schema_migrations')::text AS t`);
  if (!exists[0]?.t) throw new ReplyGuardError('RG_ERR_STORE_SCHEMA', 'the database holds no ReplyGuard records (no schema_migrations table): start the service once to create them');
  const applied = new Set(await appliedVersions(engine));
  refuseNewer(applied);
  const missing = MIGRATIONS.filter((m) => !applied.has(m.version)).map((m) => m.version);
  if (missing.length) throw new ReplyGuardError('RG_ERR_STORE_SCHEMA', `the database schema is out of date (missing migrations ${missing.join(', ')}): start the service once to migrate it`);
}

async function appliedVersions(sql: Sql): Promise<number[]> {
  return (await sql.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version')).map((r) => Number(r.version));
}

function refuseNewer(applied: Set<number>): void {
  const newest = Math.max(0, ...applied);
  if (newest > LATEST) {
    throw new ReplyGuardError('RG_ERR_STORE_SCHEMA', `the database was migrated by a newer ReplyGuard (schema version ${newest}, this one knows up to ${LATEST}): upgrade this process`);
  }
}
