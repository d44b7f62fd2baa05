/**
 * A process killed (SIGKILL) while it writes to the embedded store: on reopen every decision it
 * had acknowledged is there, the audit chain is intact, and its stale lock does not keep the next
 * process out. Needs `npm run build` first (npm test does it).
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, it } from 'vitest';
import { storeEngine } from '../../src/store/store.js';
import { pgliteCase, seedPgliteDir } from './engines.js';

const CHILD = fileURLToPath(new URL('./fixtures/record-until-killed.mjs', import.meta.url));
const engine = pgliteCase('kill');
afterAll(() => engine.cleanup());

it('keeps every acknowledged decision and an intact chain after the writer is killed', async () => {
  await seedPgliteDir(engine.options.dataDir); // the writer migrates it, as a starting service does
  const child = spawn(process.execPath, [CHILD, engine.options.dataDir, engine.key.key.toString('base64')], { stdio: ['ignore', 'pipe', 'inherit'] });
  const acknowledged: string[] = [];
  let buffered = '';
  await new Promise<void>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', () => reject(new Error('the writer exited before it was killed')));
    child.stdout.on('data', (d: Buffer) => {
      buffered += d.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop()!;
      for (const line of lines) if (line !== 'open') acknowledged.push(...line.split(' '));
      if (acknowledged.length >= 40) resolve(); // mid-stream: the next group is in flight
    });
  });
  child.removeAllListeners('close');
  const closed = new Promise((resolve) => child.on('close', resolve));
  child.kill('SIGKILL');
  await closed;

  const store = await engine.open();
  try {
    const verification = await store.audit.verify();
    expect(verification.ok).toBe(true);
    expect(verification.entries).toBeGreaterThanOrEqual(acknowledged.length);
    const found = await storeEngine(store).query<{ n: unknown }>('SELECT count(*) AS n FROM decisions WHERE job_key = ANY($1)', [acknowledged]);
    expect(Number(found[0]!.n)).toBe(acknowledged.length);
  } finally {
    await store.close();
  }
}, 60_000);
