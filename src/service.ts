/**
 * Assembling and stopping the service. `serve`: the HTTP API plus an in-process worker (and, with
 * nothing configured, a private redis-server). `worker`: workers alone, to scale out on other
 * machines against the same Redis and PostgreSQL. The DraftProcessor and DecisionSink are given
 * (src/components.ts opens the real ones; tests give their own).
 */
import { readFileSync } from 'node:fs';
import type { Redis } from 'ioredis';
import type { Queue } from 'bullmq';
import { loadSealingKey, type SealingKey } from './crypto.js';
import { prepare } from '../detectors/index.js';
import type { Config } from './config.js';
import { loadServiceCredentials, type ServiceCredentials } from './credentials.js';
import { createDecider } from './decide.js';
import { watchSink, type DecisionSink, type DraftProcessor, type EventLog, type WatchedSink } from './decisions.js';
import type { Decision } from './draft.js';
import { ReplyGuardError } from './errors.js';
import { createApp } from './http/app.js';
import { helpdeskWebhooks } from './http/webhooks.js';
import { createIntake } from './intake.js';
import { listen } from './http/server.js';
import { createLogger, errorSummary, type Logger } from './logger.js';
import { ServiceMetrics } from './metrics.js';
import { createDraftQueue, decidedChannel, type DraftJobData, type DraftJobResult } from './queue.js';
import { connectRedis, ensureRedis, type RedisHandle } from './redis.js';
import { startFollowUps, type FollowUps } from './remediation.js';
import { replayGuard } from './replay.js';
import { DecisionWaiters, subscribeDecided } from './waiters.js';
import { startDraftWorker, throttled } from './worker.js';
import { genericAdapter } from '../webhooks/generic.js';
import type { HelpdeskAdapter, HelpdeskProvider } from '../webhooks/adapter.js';
import { HELPDESKS } from '../webhooks/helpdesks.js';

export interface Components {
  readonly processor: DraftProcessor;
  readonly sink: DecisionSink;
  /** The audit log for remediation and alert outcomes; required when helpdesk webhooks or alerts are configured. */
  readonly events?: EventLog;
}

export interface ServiceOptions {
  readonly config: Config;
  readonly components: Components;
  readonly role: 'serve' | 'worker';
  /** @defaultValue JSON lines on standard output at config.logLevel */
  readonly log?: Logger;
  /** For REPLYGUARD_ENCRYPTION_KEY. @defaultValue process.env */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Tests: quick stalled-job recovery. */
  readonly worker?: { readonly lockDurationMs?: number; readonly stalledIntervalMs?: number };
  /** Tests: quick remediation and alert retries, short API timeouts. */
  readonly followUps?: { readonly backoffMs?: number; readonly attempts?: number; readonly timeoutMs?: number };
}

export interface RunningService {
  /** The HTTP API (serve only). */
  readonly url: string | undefined;
  readonly redis: RedisHandle;
  readonly queue: Queue<DraftJobData, DraftJobResult> | undefined;
  readonly log: Logger;
  /** Graceful: stop accepting, finish in-flight requests and jobs, close connections, stop a private redis-server. */
  close(): Promise<void>;
}

const SHUTDOWN_GRACE_MS = 10_000;
const STARTUP_WAIT_MS = 3000;

export async function startService(options: ServiceOptions): Promise<RunningService> {
  const { config, role } = options;
  const log = options.log ?? createLogger(config.logLevel);
  const env = options.env ?? process.env;
  const redis = role === 'serve' ? await ensureRedis({ url: config.redisUrl, explicit: config.redisUrlExplicit, dataDir: config.dataDir }) : { url: config.redisUrl, stop: async () => undefined };
  if (redis.privateServer) log.warn({ redisUrl: redis.url, dataDir: redis.privateServer.dataDir }, 'REDIS_URL is not set and nothing answered: started a private redis-server');
  try {
    return await assemble(options, redis, log, env);
  } catch (err) {
    await redis.stop(); // a failed start leaves nothing running
    throw err;
  }
}

async function assemble(options: ServiceOptions, redis: RedisHandle, log: Logger, env: Readonly<Record<string, string | undefined>>): Promise<RunningService> {
  const { config, components, role } = options;
  const sealing = loadSealingKey(env, config.dataDir);
  if (sealing.warning) log.warn(sealing.warning);
  const credentials = role === 'serve' ? loadServiceCredentials(config) : undefined;
  if (credentials?.warning) log.warn(credentials.warning);

  // Load the NLP model and compile the detectors now, not in the first job: that is synchronous
  // work (about half a second, seconds on a loaded machine) that would stall the first request
  // and the worker's lock renewals.
  prepare();
  // The decider skips the store lookup of a new job while the store answers (src/decide.ts).
  const sink = watchSink(components.sink);
  const workerConnection = connectRedis(redis.url, 'worker');
  workerConnection.on('error', throttled(log, 'redis (worker connection) error'));
  const waiters = new DecisionWaiters();
  warnAboutHelpdesks(config, log);
  let followUps: FollowUps;
  try {
    followUps = startFollowUps({
      connection: workerConnection,
      prefix: config.queuePrefix,
      key: sealing.key,
      settings: config.helpdesks,
      alertSettings: config.alerts,
      events: components.events,
      log,
      ...(options.followUps ? { tuning: options.followUps } : {}),
    });
  } catch (err) {
    await quit(workerConnection);
    throw err;
  }
  const worker = startDraftWorker({
    connection: workerConnection,
    prefix: config.queuePrefix,
    concurrency: config.workerConcurrency,
    key: sealing.key,
    processor: components.processor,
    sink,
    log,
    afterDecision: followUps.afterDecision,
    // In-process: a request waiting here gets the decision without a Redis round trip.
    ...(role === 'serve' ? { onDecided: (jobKey: string, decision: Decision) => waiters.resolve(jobKey, decision) } : {}),
    ...options.worker,
  });
  let api: Api | undefined;
  try {
    api = credentials ? await startApi(config, credentials, sink, waiters, sealing.key, redis.url, log) : undefined;
  } catch (err) {
    await worker.close(1000);
    await followUps.close();
    await quit(workerConnection);
    throw err;
  }
  if (api) log.info({ url: api.url, redisUrl: redactUrl(redis.url), concurrency: config.workerConcurrency, timeoutMs: config.decisionTimeoutMs }, 'replyguard serve: listening');
  else log.info({ redisUrl: redactUrl(redis.url), concurrency: config.workerConcurrency }, 'replyguard worker: processing drafts');

  let closing: Promise<void> | undefined;
  const close = (): Promise<void> =>
    (closing ??= (async () => {
      log.info('shutting down: finishing in-flight requests and jobs');
      // Stop taking requests (those in flight still get their answer) while the worker finishes its jobs.
      const apiClosed = api?.close(config.decisionTimeoutMs + 1000);
      await worker.close(SHUTDOWN_GRACE_MS);
      await followUps.close();
      await apiClosed;
      await quit(workerConnection);
      await sink.close().catch((err: unknown) => log.warn({ error: errorSummary(err) }, 'closing the store failed'));
      await redis.stop();
      log.info('stopped');
    })());

  return { url: api?.url, redis, queue: api?.queue, log, close };
}

interface Api {
  readonly url: string;
  readonly queue: Queue<DraftJobData, DraftJobResult>;
  close(graceMs: number): Promise<void>;
}

async function startApi(config: Config, credentials: ServiceCredentials, sink: WatchedSink, waiters: DecisionWaiters, key: SealingKey, redisUrl: string, log: Logger): Promise<Api> {
  const producer = connectRedis(redisUrl, 'producer', Math.min(config.decisionTimeoutMs, 1000));
  const subscriber = connectRedis(redisUrl, 'subscriber');
  producer.on('error', throttled(log, 'redis (producer connection) error'));
  subscriber.on('error', throttled(log, 'redis (subscriber connection) error'));
  const queue = createDraftQueue(producer, config.queuePrefix);
  queue.on('error', throttled(log, 'queue error'));
  // Requests right after start-up must not find the connection still opening (they would answer hold);
  // with Redis down, start anyway after a moment: /readyz says so and requests answer hold.
  if (!(await answers(queue.waitUntilReady(), STARTUP_WAIT_MS))) log.warn({ redisUrl: redactUrl(redisUrl) }, 'Redis does not answer yet: answering hold until it does');
  // A decision made by a worker process elsewhere: read it from the store for the requests waiting here.
  // Not awaited: with Redis down at start-up the API still starts (and answers hold).
  void subscribeDecided(subscriber, decidedChannel(config.queuePrefix), (jobKey) => {
    if (!waiters.has(jobKey)) return;
    sink.findByJobKey(jobKey).then(
      (decision) => decision && waiters.resolve(jobKey, decision),
      (err: unknown) => log.warn({ jobKey, error: errorSummary(err) }, 'reading a decision announced by another worker failed'),
    );
  }).catch((err: unknown) => log.warn({ error: errorSummary(err) }, 'subscribing to decisions failed: decisions made elsewhere are picked up at the timeout'));
  const claimDelivery = replayGuard(producer, config.queuePrefix);
  const redisReady = (): boolean => producer.status === 'ready';
  const metrics = new ServiceMetrics(queue);
  const intake = createIntake({ queue, sink, claimDelivery, redisReady, key, budgetMs: WEBHOOK_BUDGET_MS, log });
  // Mounted with no helpdesk configured too: its routes then say which variable turns them on.
  const webhooks = helpdeskWebhooks({ adapters: helpdeskAdapters(config), metrics, log, maxBodyBytes: config.maxBodyBytes, intake });
  const app = createApp(config, {
    adapter: genericAdapter(credentials),
    decide: createDecider({
      queue,
      waiters,
      sink,
      storeAnswering: () => sink.answering(),
      jobExists: async (jobKey) => (await producer.exists(queue.toKey(jobKey))) === 1,
      claimDelivery,
      redisReady,
      key,
      timeoutMs: config.decisionTimeoutMs,
      log,
    }),
    sink,
    claimDelivery,
    readiness: async () => ({ redis: await answers(producer.ping()), store: await answers(sink.ping()) }),
    metrics,
    log,
    version: packageVersion(),
    webhooks,
  });
  const closeConnections = async (): Promise<void> => {
    await queue.close().catch(() => undefined);
    await quit(subscriber);
    await quit(producer);
  };
  const server = await listen(app, config.host, config.port).catch(async (err: unknown) => {
    await closeConnections();
    throw err;
  });
  return {
    url: server.url,
    queue,
    async close(graceMs) {
      await server.close(graceMs);
      await closeConnections();
    },
  };
}

/** How long a webhook delivery may take to queue: well inside the helpdesks' 5-10 s timeout. */
const WEBHOOK_BUDGET_MS = 3000;

function helpdeskAdapters(config: Config): Partial<Record<HelpdeskProvider, HelpdeskAdapter>> {
  const adapters: Partial<Record<HelpdeskProvider, HelpdeskAdapter>> = {};
  for (const helpdesk of Object.values(HELPDESKS)) {
    const adapter = helpdesk.adapter(config.helpdesks);
    if (adapter) adapters[helpdesk.provider] = adapter;
  }
  return adapters;
}

/** What a configured webhook will not do, said once at start-up. */
function warnAboutHelpdesks(config: Config, log: Logger): void {
  const on = Object.values(HELPDESKS).filter((h) => h.adapter(config.helpdesks));
  for (const helpdesk of on.filter((h) => !h.access(config.helpdesks))) {
    log.warn({ provider: helpdesk.provider }, `${helpdesk.label} webhook without API credentials: its replies are decided and alerted, not remediated`);
  }
  if (on.length && !config.alerts) log.warn('helpdesk webhooks without REPLYGUARD_ALERT_URL: leaks and failed remediations are recorded and logged, not alerted');
}

async function answers(check: Promise<unknown>, timeoutMs = 500): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([check.then(() => true), new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)))]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

async function quit(connection: Redis): Promise<void> {
  try {
    await Promise.race([connection.quit(), new Promise((resolve) => setTimeout(resolve, 1000))]);
  } catch {
    // already gone
  }
  connection.disconnect();
}

/** A Redis URL without its password, for logs. */
export function redactUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

let version: string | undefined;
/** From src/ (tests) or dist/src/ (built). */
function packageVersion(): string {
  for (const path of ['../package.json', '../../package.json']) {
    if (version) break;
    try {
      const pkg = JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'replyguard') version = pkg.version;
    } catch {
      // not here
    }
  }
  return version ?? '0.0.0';
}

export function requireSharedStore(config: Config): void {
  if (!config.databaseUrl) {
    throw new ReplyGuardError(
      'RG_ERR_CONFIG',
      'replyguard worker needs DATABASE_URL (a PostgreSQL shared with replyguard serve): the embedded store is single-process. Set DATABASE_URL, or run replyguard serve, which has its own worker',
    );
  }
}
