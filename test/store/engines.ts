/**
 * The two real engines the store tests run on: PGlite in a fresh temporary directory, and the
 * PostgreSQL on 127.0.0.1:5432 (database `test`) in a schema of its own, dropped afterwards.
 */
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { sealingKey, type SealingKey } from '../../src/crypto.js';
import type { Sql } from '../../src/store/engine.js';
import { openStore, type DecisionRecord, type Store, type StoreOptions } from '../../src/store/store.js';

export const PG_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export const CARD = '4111 1111 1111 1111';

export interface EngineCase {
  name: 'pglite' | 'postgres';
  key: SealingKey;
  /** Where this case's store lives; pass to openStore (with extra options) to open it again. */
  options: StoreOptions;
  open(extra?: Partial<StoreOptions>): Promise<Store>;
  /** Removes the schema or directory. */
  cleanup(): Promise<void>;
}

/** A schema name unique to this process and call: test files run in parallel. */
export const uniqueSchema = (label: string): string => `rg_${label.replace(/[^a-z0-9_]/g, '_')}_${process.pid}_${randomBytes(4).toString('hex')}`;

const PGLITE_VERSION = (JSON.parse(readFileSync(new URL('../../node_modules/@electric-sql/pglite/package.json', import.meta.url), 'utf8')) as { version: string }).version;

/**
 * An empty PGlite database directory, initialised once per PGlite version and copied for each
 * case: initdb takes seconds, a copy milliseconds. The store still runs its migrations on the
 * copy. (audit-command.test.ts opens a truly fresh directory, as the service does.)
 */
async function pgliteTemplate(): Promise<string> {
  const dir = join(tmpdir(), `rg-pglite-template-${PGLITE_VERSION}`);
  if (existsSync(join(dir, 'PG_VERSION'))) return dir;
  const building = mkdtempSync(join(tmpdir(), 'rg-pglite-template-build-'));
  const db = await PGlite.create(building);
  await db.close();
  try {
    renameSync(building, dir); // atomic: test files racing to build it see all or nothing
  } catch {
    rmSync(building, { recursive: true, force: true }); // another file finished first
  }
  return dir;
}

/** Gives a data directory an initialised (not yet migrated) embedded database, unless it has one. */
export async function seedPgliteDir(dataDir: string): Promise<void> {
  const dbDir = join(dataDir, 'pglite');
  if (!existsSync(dbDir)) cpSync(await pgliteTemplate(), dbDir, { recursive: true });
}

/** A temporary path, created by whoever opens it first, so suites filtered out leave nothing. */
const tempPath = (label: string): string => join(tmpdir(), `rg-${label}-${process.pid}-${randomBytes(4).toString('hex')}`);

export function pgliteCase(label: string): EngineCase {
  const dataDir = tempPath(label);
  const key = sealingKey(randomBytes(32));
  const options: StoreOptions = { dataDir, key };
  return {
    name: 'pglite',
    key,
    options,
    open: async (extra) => {
      await seedPgliteDir(dataDir);
      return openStore({ ...options, ...extra });
    },
    cleanup: async () => rmSync(dataDir, { recursive: true, force: true }),
  };
}

export function postgresCase(label: string): EngineCase {
  const dataDir = tempPath(`${label}-pg`); // PostgreSQL stores nothing there
  const key = sealingKey(randomBytes(32));
  const schema = uniqueSchema(label);
  const options: StoreOptions = { databaseUrl: PG_URL, schema, dataDir, key };
  return {
    name: 'postgres',
    key,
    options,
    open: (extra) => openStore({ ...options, ...extra }),
    cleanup: async () => {
      await dropSchema(schema);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export const engineCases = (label: string): EngineCase[] => [pgliteCase(label), postgresCase(label)];

/** The two engines by name, for a file that opens more than one store on each: `describe.each(ENGINES)('on $name', ({ make }) => ...)`. */
export const ENGINES = [
  { name: 'pglite', make: pgliteCase },
  { name: 'postgres', make: postgresCase },
] as const;

export async function dropSchema(schema: string): Promise<void> {
  const client = new pg.Client(PG_URL);
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await client.end();
  }
}

/** Every column of every row of every table in the store's schema, as text. */
export async function dumpAllTables(sql: Sql): Promise<string> {
  const tables = await sql.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY 1`,
  );
  const parts: string[] = [];
  for (const { name } of tables) {
    const rows = await sql.query<{ row: string }>(`SELECT row_to_json(t)::text AS row FROM ${name} t`);
    parts.push(`${name}:`, ...rows.map((r) => r.row));
  }
  return parts.join('\n');
}

let counter = 0;

/** A decision record with a fresh job key and draft id; override what the test is about. */
export function decision(overrides: Partial<DecisionRecord> = {}): DecisionRecord {
  counter++;
  const draftId = overrides.draftId ?? `draft-${process.pid}-${counter}`;
  const receivedAt = new Date(Date.UTC(2026, 0, 1, 12, 0, 0, counter));
  return {
    jobKey: `${draftId}:${randomBytes(8).toString('hex')}`,
    draftId,
    provider: 'generic',
    ticketId: `T-${counter}`,
    agentId: 'agent-7',
    agentEmail: 'agent7@example.test',
    action: 'approve',
    findings: [],
    policyVersion: 'test-policy@1',
    receivedAt,
    decidedAt: new Date(receivedAt.getTime() + 40),
    timings: { queueMs: 3, processMs: 37, totalMs: 40 },
    ...overrides,
  };
}
