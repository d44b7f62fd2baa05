/**
 * Redis: connections with the settings each role needs, and the zero-configuration bootstrap of
 * `replyguard serve` (REDIS_URL unset, nothing answering on the default port, redis-server
 * installed: start a private one with its data and append-only file under <dataDir>/redis).
 *
 * Roles (helpdesks.md §7.8):
 * - producer: the HTTP side's commands (add, replay check, readiness). No offline queue and a
 *   command timeout, so that with Redis down a request fails fast and answers `hold`, never hangs.
 * - worker: BullMQ workers; commands wait for a reconnect (maxRetriesPerRequest: null).
 * - subscriber: the one pub/sub connection per process (re-subscribes after a reconnect).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants, mkdirSync } from 'node:fs';
import { connect } from 'node:net';
import { delimiter, join } from 'node:path';
import { Redis, type RedisOptions } from 'ioredis';
import { ReplyGuardError } from './errors.js';

export type RedisRole = 'producer' | 'worker' | 'subscriber';

/** Reconnect within a second, forever: recovery after an outage is quick and needs no restart. */
const reconnectSoon = (times: number): number => Math.min(times * 100, 1000);

export function connectRedis(url: string, role: RedisRole, commandTimeoutMs = 1000): Redis {
  const common: RedisOptions = { connectionName: `replyguard-${role}`, retryStrategy: reconnectSoon, connectTimeout: 2000 };
  const byRole: Record<RedisRole, RedisOptions> = {
    // No auto-pipelining on any connection. ioredis builds a Pipeline object for every batch, and
    // on a connection BullMQ has defined its ~60 scripts on, the constructor copies each of them:
    // measured with BullMQ 6.7 / ioredis 6 (add + claim + process, 1 to 32 jobs in flight), it cost
    // 0.1 ms more client CPU per job and slightly more Redis CPU, not less (the gain once measured
    // here was gone).
    // Commands sent together still go out back to back, and Redis reads them in one go.
    // Bull users also reported errors with it on workers' connections ("Job is not in the active
    // list", empty job data: taskforcesh/bullmq#457, OptimalBits/bull#2276).
    producer: { enableOfflineQueue: false, maxRetriesPerRequest: 1, commandTimeout: commandTimeoutMs },
    worker: { maxRetriesPerRequest: null },
    subscriber: { maxRetriesPerRequest: null },
  };
  return new Redis(url, { ...common, ...byRole[role] });
}

/** Whether anything speaks Redis at `url` (an answer to PING, even an auth error), within `timeoutMs`. */
export function redisAnswers(url: string, timeoutMs = 500): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect({ host: hostname.replace(/^\[|\]$/g, '') || '127.0.0.1', port: Number(port || 6379) });
    const done = (answer: boolean): void => {
      socket.destroy();
      resolve(answer);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write('*1\r\n$4\r\nPING\r\n'));
    socket.once('data', (data: Buffer) => done(data[0] === 0x2b /* + */ || data[0] === 0x2d /* - */));
  });
}

export function findExecutable(name: string, searchPath: string | undefined): string | undefined {
  for (const dir of (searchPath ?? '').split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

export interface RedisHandle {
  readonly url: string;
  /** Set when this process started the redis-server it uses. */
  readonly privateServer?: { readonly pid: number; readonly dataDir: string };
  /** Stops the private redis-server (it writes its append-only file first); a no-op otherwise. */
  stop(): Promise<void>;
}

export interface EnsureRedisOptions {
  readonly url: string;
  /** REDIS_URL was set: use it as it is, never start anything. */
  readonly explicit: boolean;
  readonly dataDir: string;
  /** Where to look for redis-server. @defaultValue process.env.PATH */
  readonly searchPath?: string | undefined;
}

export const REDIS_NOT_INSTALLED =
  'no Redis answers at {url} and redis-server is not installed: install Redis (apt-get install redis-server, brew install redis) or set REDIS_URL to a running Redis';

export async function ensureRedis(options: EnsureRedisOptions): Promise<RedisHandle> {
  const shared: RedisHandle = { url: options.url, stop: async () => undefined };
  if (options.explicit || (await redisAnswers(options.url))) return shared;
  const executable = findExecutable('redis-server', options.searchPath ?? process.env.PATH);
  if (!executable) throw new ReplyGuardError('RG_ERR_UNAVAILABLE', REDIS_NOT_INSTALLED.replace('{url}', options.url));
  return startPrivateRedis(executable, options.url, join(options.dataDir, 'redis'));
}

/** Starts redis-server on the URL's host and port, data and append-only file under `dir`. */
export async function startPrivateRedis(executable: string, url: string, dir: string): Promise<RedisHandle> {
  const { hostname, port } = new URL(url);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const args = [
    '--port', port || '6379',
    '--bind', hostname || '127.0.0.1',
    '--dir', dir,
    '--appendonly', 'yes',
    '--appendfsync', 'everysec',
    '--save', '',
    '--maxmemory-policy', 'noeviction',
    '--daemonize', 'no',
    '--loglevel', 'warning',
    '--logfile', '',
  ];
  const child = spawn(executable, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const output: string[] = [];
  const collect = (data: Buffer): void => void output.push(data.toString('utf8'));
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  child.once('error', (err) => output.push(err.message));
  const exited = new Promise<number | null>((resolve) => child.once('close', (code) => resolve(code)));
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) {
      throw new ReplyGuardError('RG_ERR_UNAVAILABLE', `redis-server exited at start-up: ${output.join('').trim().split('\n').pop() ?? ''}`);
    }
    if (await redisAnswers(url, 200)) break;
    if (Date.now() > deadline) {
      await stopChild(child, exited);
      throw new ReplyGuardError('RG_ERR_UNAVAILABLE', `redis-server did not answer on ${url} within 10 s`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return { url, privateServer: { pid: child.pid ?? -1, dataDir: dir }, stop: () => stopChild(child, exited) };
}

/** SIGTERM makes redis-server flush its append-only file and exit; SIGKILL after 5 s. */
async function stopChild(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}
