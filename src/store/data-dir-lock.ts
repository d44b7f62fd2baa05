/**
 * The embedded store is one PostgreSQL instance inside one process: two processes (or two opens in
 * one process) writing the same files would corrupt it. A lock file holding the owner's pid keeps
 * the second opener out with a message that says why; a lock left by a process that died is taken
 * over. Workers on several machines need PostgreSQL (DATABASE_URL).
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ReplyGuardError } from '../errors.js';

export function lockDataDir(dataDir: string): () => void {
  const file = join(dataDir, 'pglite.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, `${process.pid}\n`, { flag: 'wx', mode: 0o600 });
      return () => rmSync(file, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const owner = readOwner(file);
    if (owner !== undefined && isRunning(owner)) {
      const who = owner === process.pid ? 'this process' : `process ${owner}`;
      throw new ReplyGuardError(
        'RG_ERR_STORE_LOCKED',
        `the embedded store in ${dataDir} is already open in ${who}; it serves one process only (use PostgreSQL via DATABASE_URL to share records, or remove ${file} if no ReplyGuard runs)`,
      );
    }
    rmSync(file, { force: true }); // stale: its owner is gone
  }
  throw new ReplyGuardError('RG_ERR_STORE_LOCKED', `cannot lock the embedded store in ${dataDir} (${file} keeps reappearing)`);
}

function readOwner(file: string): number | undefined {
  try {
    const pid = Number(readFileSync(file, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
