/**
 * The durable record (decisions, holds, review requests, audit log) and where to find it.
 * PostgreSQL at DATABASE_URL when set (any number of processes and machines), otherwise the
 * embedded PostgreSQL-compatible store (PGlite) in <REPLYGUARD_DATA_DIR>/pglite, for one process.
 */
import { resolve } from 'node:path';
import { loadSealingKey } from '../crypto.js';
import { openStore, type Store, type StoreOptions } from './store.js';

export { openStore } from './store.js';
export type { DecisionRecord, HoldRecord, RecordResult, ReviewRequest, ReviewRequestInput, StoredDecision, Store, StoreOptions } from './store.js';
export type { AuditEntry, AuditEvent, AuditFault, AuditKind, AuditListOptions, AuditVerification } from './audit.js';

type Env = Readonly<Record<string, string | undefined>>;

export interface StoreLocation {
  databaseUrl?: string;
  /** Absolute. Holds the embedded store and, in development, the generated encryption key. */
  dataDir: string;
}

/** The one rule every command follows: DATABASE_URL, else the data directory (default ./data). */
export function storeLocation(env: Env): StoreLocation {
  const dataDir = resolve(env.REPLYGUARD_DATA_DIR || 'data');
  return env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL, dataDir } : { dataDir };
}

/** Opens the store the environment points at. `warning` is set when a development key is in use: log it. */
export async function openStoreFromEnv(env: Env, extra: Partial<Omit<StoreOptions, 'key' | 'databaseUrl' | 'dataDir'>> = {}): Promise<{ store: Store; warning?: string }> {
  const location = storeLocation(env);
  const { key, warning } = loadSealingKey(env, location.dataDir);
  const store = await openStore({ ...location, ...extra, key });
  return warning ? { store, warning } : { store };
}
