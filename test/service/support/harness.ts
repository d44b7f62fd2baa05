/**
 * Starts the real service in-process for a test file: real Redis (the shared one unless a test
 * brings its own), real HTTP on port 0, the real BullMQ worker, a unique queue prefix, a temporary
 * data directory, captured JSON logs, and the test components (memory sink, test processor).
 * `close()` stops the service and deletes every Redis key under the prefix and the directory.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { Redis } from 'ioredis';
import { loadConfig, type Config } from '../../../src/config.js';
import type { DecisionSink } from '../../../src/decisions.js';
import { createLogger, type Logger } from '../../../src/logger.js';
import { startService, type RunningService } from '../../../src/service.js';
import { formatWebhookSecret, signWebhook } from '../../../webhooks/standard-webhooks.js';
import { MemorySink } from './memory-sink.js';
import { testProcessor, type CountingProcessor, type TestProcessorOptions } from './test-processor.js';

export const SHARED_REDIS = 'redis://127.0.0.1:6379';

export interface Harness {
  readonly url: string;
  readonly config: Config;
  readonly service: RunningService;
  readonly sink: MemorySink;
  readonly processor: CountingProcessor;
  readonly secret: Buffer;
  readonly apiKey: string;
  readonly prefix: string;
  readonly dataDir: string;
  /** Every log line written so far. */
  readonly logs: string[];
  /** POST /v1/drafts signed with the harness's secret (or as `auth` says). */
  postDraft(body: unknown, auth?: Auth): Promise<Response>;
  /** GET /v1/decisions/:id, signed. */
  getDecision(draftId: string, auth?: Auth): Promise<Response>;
  close(): Promise<void>;
}

export type Auth = { kind: 'signature'; id?: string; timestamp?: number; secret?: Buffer } | { kind: 'bearer'; key: string } | { kind: 'none' };

export interface HarnessOptions {
  readonly name: string;
  readonly env?: Record<string, string>;
  readonly processor?: TestProcessorOptions;
  readonly sink?: DecisionSink & Partial<MemorySink>;
  readonly redisUrl?: string;
}

export async function startHarness(options: HarnessOptions): Promise<Harness> {
  const prefix = `rgtest-${options.name}-${randomBytes(4).toString('hex')}`;
  const dataDir = mkdtempSync(join(tmpdir(), `rg-${options.name}-`));
  const secret = randomBytes(32);
  const apiKey = `rg_test_${randomBytes(16).toString('hex')}`;
  const env = {
    PORT: '0',
    REDIS_URL: options.redisUrl ?? SHARED_REDIS,
    REPLYGUARD_DATA_DIR: dataDir,
    REPLYGUARD_QUEUE_PREFIX: prefix,
    REPLYGUARD_WEBHOOK_SECRET: formatWebhookSecret(secret),
    REPLYGUARD_API_KEYS: apiKey,
    LOG_LEVEL: 'debug',
    ...options.env,
  };
  const config = loadConfig(env);
  const queuePrefix = config.queuePrefix; // a test may bring its own
  const { logs, log } = capturedLogger(config);
  const sink = (options.sink ?? new MemorySink()) as MemorySink;
  const processor = testProcessor(options.processor);
  const service = await startService({ config, role: 'serve', components: { processor, sink }, log, env });
  const url = service.url as string;

  const headersFor = (payload: string, auth: Auth = { kind: 'signature' }): Record<string, string> => {
    if (auth.kind === 'none') return {};
    if (auth.kind === 'bearer') return { authorization: `Bearer ${auth.key}` };
    return { ...signWebhook(auth.secret ?? secret, auth.id ?? `msg_${randomBytes(8).toString('hex')}`, auth.timestamp ?? Date.now() / 1000, payload) };
  };

  return {
    url,
    config,
    service,
    sink,
    processor,
    secret,
    apiKey,
    prefix: queuePrefix,
    dataDir,
    logs,
    postDraft(body, auth) {
      const payload = typeof body === 'string' ? body : JSON.stringify(body);
      return fetch(`${url}/v1/drafts`, { method: 'POST', headers: { 'content-type': 'application/json', ...headersFor(payload, auth) }, body: payload });
    },
    getDecision(draftId, auth) {
      return fetch(`${url}/v1/decisions/${encodeURIComponent(draftId)}`, { headers: headersFor('', auth) });
    },
    async close() {
      await service.close();
      await deleteKeys(options.redisUrl ?? SHARED_REDIS, queuePrefix).catch(() => undefined);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A logger writing JSON lines into `logs`, at the config's level. */
export function capturedLogger(config: Config): { logs: string[]; log: Logger } {
  const logs: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logs.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  });
  return { logs, log: createLogger(config.logLevel, destination) };
}

/** Every key under `prefix:` with its value, as text (hashes, lists, sets, sorted sets, streams flattened). */
export async function dumpKeys(url: string, prefix: string): Promise<Map<string, string>> {
  const redis = new Redis(url);
  const out = new Map<string, string>();
  try {
    for await (const batch of redis.scanStream({ match: `${prefix}:*`, count: 500 }) as AsyncIterable<string[]>) {
      for (const key of batch) {
        const type = await redis.type(key);
        let value: unknown;
        if (type === 'string') value = await redis.get(key);
        else if (type === 'hash') value = await redis.hgetall(key);
        else if (type === 'list') value = await redis.lrange(key, 0, -1);
        else if (type === 'set') value = await redis.smembers(key);
        else if (type === 'zset') value = await redis.zrange(key, '0', '-1', 'WITHSCORES');
        else if (type === 'stream') value = await redis.xrange(key, '-', '+');
        out.set(key, JSON.stringify(value));
      }
    }
  } finally {
    redis.disconnect();
  }
  return out;
}

export async function deleteKeys(url: string, prefix: string): Promise<void> {
  const redis = new Redis(url);
  try {
    for await (const batch of redis.scanStream({ match: `${prefix}:*`, count: 500 }) as AsyncIterable<string[]>) {
      if (batch.length) await redis.del(...batch);
    }
  } finally {
    redis.disconnect();
  }
}

export const CARD = '4111 1111 1111 1111';

export function draft(id: string, body: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { id, ticketId: 'T-1', brand: 'acme', channel: 'email', agent: { id: 'a-7' }, customer: { email: 'tendai@example.com' }, subject: 'Your refund', body, ...extra };
}
