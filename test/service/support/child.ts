/**
 * Worker child processes (dist/test/service/support/worker-child.js: `npm run build` first, as
 * npm test does) with their output collected, for the cross-process tests.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const SCRIPT = fileURLToPath(new URL('../../../dist/test/service/support/worker-child.js', import.meta.url));

export interface WorkerChild {
  readonly process: ChildProcess;
  readonly output: string[];
  /** Resolves when a line of standard output matches (the default wait is generous: a child opening the embedded store on a loaded machine takes tens of seconds). */
  line(pattern: RegExp, timeoutMs?: number): Promise<string>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export function spawnWorker(env: Record<string, string>): WorkerChild {
  if (!existsSync(SCRIPT)) throw new Error(`${SCRIPT} is missing: run npm run build first`);
  const child = spawn(process.execPath, [SCRIPT], { env: { ...process.env, LOG_LEVEL: 'warn', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const output: string[] = [];
  const listeners = new Set<() => void>();
  const take = (data: Buffer): void => {
    output.push(...data.toString('utf8').split('\n').filter(Boolean));
    for (const listener of listeners) listener();
  };
  child.stdout.on('data', take);
  child.stderr.on('data', take);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  return {
    process: child,
    output,
    exited,
    line(pattern, timeoutMs = 120_000) {
      return new Promise((resolve, reject) => {
        const check = (): void => {
          const found = output.find((l) => pattern.test(l));
          if (!found) return;
          listeners.delete(check);
          clearTimeout(timer);
          resolve(found);
        };
        const timer = setTimeout(() => {
          listeners.delete(check);
          reject(new Error(`no line matching ${pattern} within ${timeoutMs} ms; output:\n${output.join('\n')}`));
        }, timeoutMs);
        listeners.add(check);
        check();
      });
    },
  };
}
