/**
 * The zero-configuration Redis of `replyguard serve`: with REDIS_URL unset and nothing answering,
 * a private redis-server is started (data and append-only file in the data directory) and stopped
 * on shutdown; without redis-server installed, one clear line says what to do. The service gets
 * the components `replyguard serve` gets with nothing configured (src/components.ts: the default
 * policy, the embedded store in the data directory, a development key).
 */
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { openComponents } from '../../src/components.js';
import { loadConfig, type Config } from '../../src/config.js';
import { ensureRedis, redisAnswers } from '../../src/redis.js';
import { startService, type Components } from '../../src/service.js';
import { seedPgliteDir } from '../store/engines.js';
import { SHARED_REDIS, START_TIMEOUT_MS } from './support/harness.js';
import { freePort } from './support/ports.js';

/** As `replyguard serve` opens them; the embedded database is copied from an initialised one (initdb takes seconds). */
async function components(config: Config): Promise<Components> {
  await seedPgliteDir(config.dataDir);
  return openComponents(config, {});
}

const dir = mkdtempSync(join(tmpdir(), 'rg-bootstrap-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('ensureRedis', () => {
  it('starts a private redis-server with its data and append-only file under the data directory, and stops it', async () => {
    const url = `redis://127.0.0.1:${await freePort()}`;
    const handle = await ensureRedis({ url, explicit: false, dataDir: dir });
    expect(handle.privateServer).toMatchObject({ dataDir: join(dir, 'redis') });
    const pid = handle.privateServer!.pid;
    const client = new Redis(url);
    try {
      expect(await client.config('GET', 'appendonly')).toEqual(['appendonly', 'yes']);
      expect(await client.config('GET', 'dir')).toEqual(['dir', join(dir, 'redis')]);
      expect(await client.config('GET', 'maxmemory-policy')).toEqual(['maxmemory-policy', 'noeviction']);
      await client.set('k', 'v');
    } finally {
      client.disconnect();
    }
    await handle.stop();
    expect(alive(pid)).toBe(false);
    expect(await redisAnswers(url)).toBe(false);
  });

  it('uses a Redis that already answers, and never starts one when REDIS_URL is set', async () => {
    expect((await ensureRedis({ url: SHARED_REDIS, explicit: false, dataDir: dir })).privateServer).toBeUndefined();
    const unused = `redis://127.0.0.1:${await freePort()}`;
    expect((await ensureRedis({ url: unused, explicit: true, dataDir: dir })).privateServer).toBeUndefined();
    expect(await redisAnswers(unused)).toBe(false);
  });

  it('says in one line how to install Redis or set REDIS_URL when redis-server is not installed', async () => {
    const url = `redis://127.0.0.1:${await freePort()}`;
    const attempt = ensureRedis({ url, explicit: false, dataDir: dir, searchPath: join(dir, 'empty-bin') });
    await expect(attempt).rejects.toThrow(/^no Redis answers at redis:\/\/127\.0\.0\.1:\d+ and redis-server is not installed: install Redis \(apt-get install redis-server, brew install redis\) or set REDIS_URL to a running Redis$/);
  });
});

describe('replyguard serve with REDIS_URL unset', () => {
  it('runs on the private redis-server it started, and stops it when the service stops', async () => {
    const url = `redis://127.0.0.1:${await freePort()}`;
    const config = loadConfig({ PORT: '0', REPLYGUARD_DATA_DIR: join(dir, 'serve'), REPLYGUARD_API_KEYS: 'key-0123456789abcdef', LOG_LEVEL: 'silent' });
    const service = await startService({ config: { ...config, redisUrl: url }, role: 'serve', components: await components(config), env: {} });
    try {
      expect(service.redis.privateServer?.dataDir).toBe(join(dir, 'serve', 'redis'));
      const res = await fetch(`${service.url}/v1/drafts`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer key-0123456789abcdef' },
        body: JSON.stringify({ id: 'd-1', body: 'hello' }),
      });
      expect(((await res.json()) as { action: string }).action).toBe('approve');
    } finally {
      await service.close();
    }
    expect(await redisAnswers(url)).toBe(false);
  }, START_TIMEOUT_MS);
});

describe('a start-up that fails', () => {
  it('says which setting to change and leaves no private redis-server running', async () => {
    const blocker = createServer().listen(0, '127.0.0.1');
    await once(blocker, 'listening');
    const busyPort = (blocker.address() as AddressInfo).port;
    const url = `redis://127.0.0.1:${await freePort()}`;
    const data = join(dir, 'failed-start');
    const config = loadConfig({ PORT: String(busyPort), REPLYGUARD_DATA_DIR: data, REPLYGUARD_API_KEYS: 'key-0123456789abcdef', LOG_LEVEL: 'silent' });
    const opened = await components(config);
    try {
      // REDIS_URL unset: the private server is started on `url`'s port, then listening fails.
      const attempt = startService({ config: { ...config, redisUrl: url }, role: 'serve', components: opened, env: {} });
      await expect(attempt).rejects.toThrow(new RegExp(`cannot listen on 127\\.0\\.0\\.1:${busyPort} \\(EADDRINUSE\\): set PORT or HOST`));
      expect(await redisAnswers(url)).toBe(false);
    } finally {
      blocker.close();
      await opened.sink.close(); // a failed start leaves the components to their opener
    }
  }, START_TIMEOUT_MS);
});
