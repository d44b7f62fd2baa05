/**
 * Starts the real service in-process for a test file: real Redis (the shared one unless a test
 * brings its own), real HTTP on port 0, the real BullMQ worker, a unique queue prefix, captured
 * JSON logs, and the real components wired as src/components.ts wires them: scanDraft + the
 * default policy, and the store on the engine the test gives (PGlite in a temporary directory by
 * default, or PostgreSQL in a schema of its own; test/store/engines.ts). The service's data
 * directory is the engine's, and job data is sealed with the store's key, as in production.
 * `close()` stops the service (which closes the store), deletes every Redis key under the prefix,
 * and drops the schema or directory.
 *
 * Two thin wrappers sit around the real components, for what they cannot do on demand:
 * `processor` counts calls and can be slowed down, paused or made to throw (to force a hold, a
 * retry, the fail-closed block); `sink.failing` makes the store's every call reject (a store that
 * cannot be reached). Unused, both pass straight through.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { Writable } from 'node:stream';
import { Redis } from 'ioredis';
import { policyProcessor } from '../../../src/components.js';
import { loadConfig, type Config } from '../../../src/config.js';
import type { DecisionSink, DraftProcessor } from '../../../src/decisions.js';
import type { Draft } from '../../../src/draft.js';
import { createLogger, type Logger } from '../../../src/logger.js';
import { defaultPolicy } from '../../../src/policy/index.js';
import { startService, type RunningService } from '../../../src/service.js';
import { storeSink } from '../../../src/store-sink.js';
import type { Store } from '../../../src/store/index.js';
import { storeEngine } from '../../../src/store/store.js';
import { formatWebhookSecret, signWebhook } from '../../../webhooks/standard-webhooks.js';
import { dumpAllTables, pgliteCase, type EngineCase } from '../../store/engines.js';

export const SHARED_REDIS = 'redis://127.0.0.1:6379';

/** Opening a store (PGlite initdb and migrations) and starting the workers: seconds, more on a loaded machine. */
export const START_TIMEOUT_MS = 90_000;

/** The version every decision of the default policy carries. */
export const DEFAULT_POLICY_VERSION = defaultPolicy().version;

export interface Harness {
  readonly url: string;
  readonly config: Config;
  readonly service: RunningService;
  readonly engine: EngineCase;
  /** The real store behind the service (closed with it). */
  readonly store: Store;
  readonly sink: SwitchableSink;
  readonly processor: ControlledProcessor;
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
  /** The rows the store holds for a draft: its decisions (action, job key) and its holds. */
  rows(draftId: string): Promise<{ decisions: { action: string; jobKey: string }[]; holds: string[] }>;
  /** Every row of every table of the store, as text. */
  dumpTables(): Promise<string>;
  close(): Promise<void>;
}

export type Auth = { kind: 'signature'; id?: string; timestamp?: number; secret?: Buffer } | { kind: 'bearer'; key: string } | { kind: 'none' };

export interface HarnessOptions {
  readonly name: string;
  /** Where the store lives. @defaultValue a fresh PGlite directory */
  readonly engine?: EngineCase;
  readonly env?: Record<string, string>;
  /** The worker waits this long before the real policy decides (to force a hold). */
  readonly slowMs?: number;
  /** The sink without POST /v1/reviews support (the store always has it; the API's other case). */
  readonly withoutReviews?: boolean;
  readonly redisUrl?: string;
}

export async function startHarness(options: HarnessOptions): Promise<Harness> {
  const prefix = `rgtest-${options.name}-${randomBytes(4).toString('hex')}`;
  const engine = options.engine ?? pgliteCase(options.name);
  const dataDir = engine.options.dataDir;
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32);
  const apiKey = `rg_test_${randomBytes(16).toString('hex')}`;
  const redisUrl = options.redisUrl ?? SHARED_REDIS;
  const env = {
    PORT: '0',
    REDIS_URL: redisUrl,
    REPLYGUARD_DATA_DIR: dataDir,
    REPLYGUARD_QUEUE_PREFIX: prefix,
    REPLYGUARD_ENCRYPTION_KEY: engine.key.key.toString('base64'),
    REPLYGUARD_WEBHOOK_SECRET: formatWebhookSecret(secret),
    REPLYGUARD_API_KEYS: apiKey,
    LOG_LEVEL: 'debug',
    ...options.env,
  };
  const config = loadConfig(env);
  const queuePrefix = config.queuePrefix; // a test may bring its own
  const { logs, log } = capturedLogger(config);
  const store = await engine.open();
  const sink = switchable(storeSink(store), options.withoutReviews ?? false);
  const processor = controlled(policyProcessor(defaultPolicy()), options.slowMs ?? 0);
  let service: RunningService;
  try {
    service = await startService({ config, role: 'serve', components: { processor, sink }, log, env });
  } catch (err) {
    await store.close();
    await engine.cleanup();
    throw err;
  }
  const url = service.url as string;
  const sql = storeEngine(store);

  const headersFor = (payload: string, auth: Auth = { kind: 'signature' }): Record<string, string> => {
    if (auth.kind === 'none') return {};
    if (auth.kind === 'bearer') return { authorization: `Bearer ${auth.key}` };
    return { ...signWebhook(auth.secret ?? secret, auth.id ?? `msg_${randomBytes(8).toString('hex')}`, auth.timestamp ?? Date.now() / 1000, payload) };
  };

  return {
    url,
    config,
    service,
    engine,
    store,
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
    async rows(draftId) {
      const decisions = await sql.query<{ action: string; job_key: string }>('SELECT action, job_key FROM decisions WHERE draft_id = $1 ORDER BY id', [draftId]);
      const holds = await sql.query<{ job_key: string }>('SELECT job_key FROM holds WHERE draft_id = $1 ORDER BY held_at', [draftId]);
      return { decisions: decisions.map((r) => ({ action: r.action, jobKey: r.job_key })), holds: holds.map((r) => r.job_key) };
    },
    dumpTables: () => dumpAllTables(sql),
    async close() {
      await service.close(); // closes the store too (the sink)
      await deleteKeys(redisUrl, queuePrefix).catch(() => undefined);
      await engine.cleanup();
    },
  };
}

/** The real processor, counted; `failNext` calls throw (quoting the draft: it must not reach Redis or logs); `pause()` holds calls until released. */
export interface ControlledProcessor extends DraftProcessor {
  calls: number;
  failNext: number;
  /** Calls from now on wait until the returned function is called. */
  pause(): () => void;
}

function controlled(real: DraftProcessor, slowMs: number): ControlledProcessor {
  let paused: Promise<void> | undefined;
  const processor = (async (draft: Draft) => {
    processor.calls++;
    if (slowMs) await new Promise((resolve) => setTimeout(resolve, slowMs));
    await paused;
    if (processor.failNext > 0) {
      processor.failNext--;
      throw new Error(`processor failure for ${draft.body}`);
    }
    return real(draft);
  }) as ControlledProcessor;
  processor.calls = 0;
  processor.failNext = 0;
  processor.pause = () => {
    let release!: () => void;
    paused = new Promise((resolve) => (release = resolve));
    return () => {
      paused = undefined;
      release();
    };
  };
  return processor;
}

/** The real sink; while `failing`, every call rejects as a store that cannot be reached would. */
export interface SwitchableSink extends DecisionSink {
  failing: boolean;
}

function switchable(real: DecisionSink, withoutReviews: boolean): SwitchableSink {
  const guard = <A extends unknown[], R>(call: (...args: A) => Promise<R>) => async (...args: A): Promise<R> => {
    if (sink.failing) throw new Error('store unavailable (test)');
    return call(...args);
  };
  const sink: SwitchableSink = {
    failing: false,
    recordDecision: guard((r) => real.recordDecision(r)),
    recordHold: guard((r) => real.recordHold(r)),
    findByJobKey: guard((k) => real.findByJobKey(k)),
    latestForDraft: guard((id) => real.latestForDraft(id)),
    ...(real.requestReview && !withoutReviews ? { requestReview: guard((r: Parameters<NonNullable<DecisionSink['requestReview']>>[0]) => real.requestReview!(r)) } : {}),
    ping: guard(() => real.ping()),
    close: () => real.close(),
  };
  return sink;
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

/** Polls `probe` every 50 ms until it gives a value. Generous by default: it only matters when the condition never comes. */
export async function until<T>(probe: () => Promise<T | undefined> | T | undefined, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export const CARD = '4111 1111 1111 1111';

export function draft(id: string, body: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { id, ticketId: 'T-1', brand: 'acme', channel: 'email', agent: { id: 'a-7' }, customer: { email: 'tendai@example.com' }, subject: 'Your refund', body, ...extra };
}
