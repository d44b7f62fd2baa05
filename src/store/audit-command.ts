/**
 * `replyguard audit verify`: walks the audit chain of the store the service uses and says whether
 * it is intact. Exit 0 intact, 1 tampered (naming the first broken entry), 2 the store cannot be
 * opened. It creates nothing: an empty or missing store is an error, not an intact log.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ReplyGuardError } from '../errors.js';
import { pgliteDir } from './engine.js';
import { openStoreFromEnv, storeLocation } from './index.js';

type Env = Readonly<Record<string, string | undefined>>;

export interface AuditCommandIo {
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown };
}

export async function runAuditVerify(env: Env, io: AuditCommandIo): Promise<number> {
  const location = storeLocation(env);
  // Checked before the key is loaded: a mistyped directory must not get a fresh key and store.
  if (!location.databaseUrl && !existsSync(join(pgliteDir(location.dataDir), 'PG_VERSION'))) {
    io.stderr.write(`replyguard: no embedded store in ${pgliteDir(location.dataDir)} (set REPLYGUARD_DATA_DIR to the service's data directory, or DATABASE_URL)\n`);
    return 2;
  }
  let opened;
  try {
    opened = await openStoreFromEnv(env, { create: false, poolSize: 1 });
  } catch (err) {
    if (!(err instanceof ReplyGuardError)) throw err;
    io.stderr.write(`replyguard: ${err.message} [${err.code}]\n`);
    return 2;
  }
  const { store, warning } = opened;
  if (warning) io.stderr.write(`replyguard: ${warning}\n`);
  try {
    const v = await store.audit.verify();
    if (!v.ok && v.broken) {
      io.stdout.write(`audit log TAMPERED at entry ${v.broken.seq} (${v.broken.fault}): ${v.broken.message}\n`);
      return 1;
    }
    io.stdout.write(`audit log intact: ${v.entries} entries, head ${v.headSeq} ${v.headHash}\n`);
    return 0;
  } catch (err) {
    if (!(err instanceof ReplyGuardError)) throw err;
    io.stderr.write(`replyguard: ${err.message} [${err.code}]\n`);
    return 2;
  } finally {
    await store.close();
  }
}
