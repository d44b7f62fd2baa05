/**
 * `replyguard audit verify` on real stores: runAuditVerify on an embedded store's data directory
 * and on PostgreSQL, and the built command as a process once the log was tampered with.
 * Needs `npm run build` first (npm test does it).
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAuditVerify } from '../../src/store/audit-command.js';
import { openStoreFromEnv } from '../../src/store/index.js';
import { openStore, storeEngine, type Store } from '../../src/store/store.js';
import { sealingKey } from '../../src/crypto.js';
import { decision, dropSchema, PG_URL, uniqueSchema } from './engines.js';

const BIN = fileURLToPath(new URL('../../bin/replyguard.js', import.meta.url));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function cli(env: Record<string, string>): Promise<Run> {
  // Only what the test sets decides where the store is.
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !['DATABASE_URL', 'REPLYGUARD_ENCRYPTION_KEY', 'REPLYGUARD_DATA_DIR'].includes(name)));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'audit', 'verify'], { env: { ...inherited, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** runAuditVerify in this process, with its output captured. */
async function verifyIn(env: Record<string, string>): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await runAuditVerify(env, { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) } });
  return { code, stdout, stderr };
}

const tmp = mkdtempSync(join(tmpdir(), 'rg-audit-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('replyguard audit verify on the embedded store', () => {
  const dataDir = join(tmp, 'data');
  const env = { REPLYGUARD_DATA_DIR: dataDir };
  let store: Store | undefined;

  beforeAll(async () => {
    // The same way the service opens it: a fresh directory, a development key generated into it.
    const opened = await openStoreFromEnv(env);
    expect(opened.warning).toMatch(/generated a development key/);
    store = opened.store;
    for (let i = 0; i < 3; i++) await store.recordDecision(decision({ action: 'block', rawContent: '{}' }));
  }, 60_000);
  afterAll(() => store?.close());

  it('exits 2 while the service has the store open (the embedded store is single-process)', async () => {
    const run = await verifyIn(env);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/already open in this process.*RG_ERR_STORE_LOCKED/);
  });

  it('exits 0 on an intact log', async () => {
    await store!.close();
    const run = await verifyIn(env);
    expect(run).toMatchObject({ code: 0, stdout: expect.stringMatching(/^audit log intact: 3 entries, head 3 [0-9a-f]{64}\n$/) });
    expect(run.stderr).toMatch(/development key/);
  });

  it('exits 1 and names the entry once an entry was changed', async () => {
    store = (await openStoreFromEnv(env)).store;
    await storeEngine(store).transaction(async (tx) => {
      await tx.exec(`ALTER TABLE audit_log DISABLE TRIGGER USER;
        UPDATE audit_log SET details = jsonb_set(details, '{action}', '"approve"') WHERE seq = 2;
        ALTER TABLE audit_log ENABLE TRIGGER USER`);
    });
    await store.close();
    const run = await cli(env);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^audit log TAMPERED at entry 2 \(altered\): entry 2 was altered/);
  });

  it('exits 2 and creates nothing when the data directory holds no store', async () => {
    const missing = join(tmp, 'no-such-dir');
    const run = await verifyIn({ REPLYGUARD_DATA_DIR: missing });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/no embedded store in .*no-such-dir/);
    expect(existsSync(missing)).toBe(false);
  });
});

describe('replyguard audit verify on PostgreSQL', () => {
  const schema = uniqueSchema('audit_cli');
  const key = randomBytes(32);
  // The schema goes in the URL, as a deployment that keeps ReplyGuard in its own schema would.
  const url = `${PG_URL}?options=${encodeURIComponent(`-c search_path=${schema}`)}`;
  const env = { DATABASE_URL: url, REPLYGUARD_ENCRYPTION_KEY: key.toString('base64'), REPLYGUARD_DATA_DIR: join(tmp, 'pg-data') };
  afterAll(() => dropSchema(schema));

  it('exits 2 when the database holds no records yet, and creates nothing', async () => {
    const run = await verifyIn(env);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/holds no ReplyGuard records.*\[RG_ERR_STORE_SCHEMA\]/);
  });

  it('exits 0 on the intact log of the database the URL names', async () => {
    const store = await openStore({ databaseUrl: PG_URL, schema, dataDir: env.REPLYGUARD_DATA_DIR, key: sealingKey(key) });
    await store.recordDecision(decision());
    await store.recordDecision(decision());
    await store.close();
    const run = await verifyIn(env);
    expect(run).toMatchObject({ code: 0, stdout: expect.stringMatching(/^audit log intact: 2 entries/) });
  });

  it('exits 2 with the error code when the database cannot be reached, without the password', async () => {
    const run = await verifyIn({ ...env, DATABASE_URL: 'postgres://rg:pw-9f8e7d@127.0.0.1:1/test' });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^replyguard: cannot reach PostgreSQL at postgres:\/\/rg:\*\*\*@127\.0\.0\.1:1\/test: .* \[RG_ERR_STORE_UNAVAILABLE\]\n$/);
    expect(run.stderr).not.toContain('pw-9f8e7d');
  });
});
