#!/usr/bin/env node
// One server under test for bench/e2e.bench.mjs, in its own process (run from the build, dist/).
// Modes, all deciding the same signed 2 KB drafts with the same processor (real scan + the policy,
// default or REPLYGUARD_POLICY_FILE):
//   replyguard    the service: replyguard serve (queue, in-process worker, waiters, replay check,
//                 logs, metrics) with the real store: PostgreSQL at DATABASE_URL, else embedded
//   worker        a replyguard worker process alone (for replyguard with extra workers; PostgreSQL only)
//   bare          a bare express handler: verify the signature, parse, decide inline, answer (no store)
//   queue-events  an express handler doing BullMQ add + job.waitUntilFinished(shared QueueEvents) (no store)
// Settings from the environment: REDIS_URL, REPLYGUARD_QUEUE_PREFIX, REPLYGUARD_DATA_DIR,
// REPLYGUARD_WEBHOOK_SECRET, WORKER_CONCURRENCY, DATABASE_URL and BENCH_SCHEMA. Talks to the
// parent over IPC: {ready, url}, and {stats} on request
// (CPU time, event-loop delay, heap) so the parent can say where the time goes.
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import express from 'express';
import { Queue, QueueEvents, Worker } from 'bullmq';
import { Redis } from 'ioredis';

const dist = new URL('../dist/', import.meta.url);
const load = (path) => import(new URL(path, dist).href);
const [{ loadConfig }, { startService }, { createLogger }, { policyProcessor }, { defaultPolicy, loadPolicyFile }, { openStore }, { storeSink, storeEventLog }, { genericAdapter }, { loadSealingKey }, { sealJobData, openJobData, jobKeyFor }] =
  await Promise.all([
    load('src/config.js'),
    load('src/service.js'),
    load('src/logger.js'),
    load('src/components.js'),
    load('src/policy/index.js'),
    load('src/store/index.js'),
    load('src/store-sink.js'),
    load('webhooks/generic.js'),
    load('src/crypto.js'),
    load('src/queue.js'),
  ]);

const mode = process.argv[2];
const config = loadConfig({ ...process.env, PORT: '0' });
const log = createLogger(config.logLevel); // to standard output, which the parent discards
const { key } = loadSealingKey(process.env, config.dataDir);
const processor = policyProcessor(config.policyFile ? loadPolicyFile(config.policyFile) : defaultPolicy());
const loop = monitorEventLoopDelay({ resolution: 1 });
let cpu = process.cpuUsage();

/**
 * What src/components.ts opens for `replyguard serve`: the policy and the store (PostgreSQL at
 * DATABASE_URL, in the schema BENCH_SCHEMA so the bench leaves the database as it found it; else
 * the embedded store in the data directory).
 */
async function replyguard(role) {
  const schema = process.env.BENCH_SCHEMA || undefined;
  const store = await openStore({ ...(config.databaseUrl ? { databaseUrl: config.databaseUrl, schema } : {}), dataDir: config.dataDir, key });
  const service = await startService({ config, role, components: { processor, sink: storeSink(store), events: storeEventLog(store) }, log });
  return service.url;
}

/** What both express baselines share: the signature check and the draft parsing of the real adapter. */
function baseApp(handler) {
  const adapter = genericAdapter({ webhookSecret: config.webhookSecret, apiKeyHashes: [] });
  const app = express();
  app.post('/v1/drafts', express.raw({ type: () => true, limit: config.maxBodyBytes }), async (req, res) => {
    const verification = adapter.verify({ method: 'POST', headers: req.headers, rawBody: req.body, nowSeconds: Math.floor(Date.now() / 1000) });
    if (!verification.ok) return res.status(401).json({ error: verification.reason });
    const draft = adapter.toDraft(JSON.parse(req.body.toString('utf8')));
    res.json(await handler(draft));
  });
  return app;
}

function listen(app) {
  return new Promise((resolve) => {
    const server = app.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${server.address().port}`));
  });
}

async function bare() {
  return listen(baseApp(async (draft) => ({ draftId: draft.id, ...(await processor(draft)) })));
}

/** The pattern of helpdesks.md §7.1, for comparison: one QueueEvents per process, waitUntilFinished with a ttl. */
async function queueEvents() {
  const connection = new Redis(config.redisUrl, { maxRetriesPerRequest: null });
  const queue = new Queue('drafts-qe', { connection, prefix: config.queuePrefix });
  const events = new QueueEvents('drafts-qe', { connection: connection.duplicate(), prefix: config.queuePrefix });
  await events.waitUntilReady();
  // waitUntilFinished adds listeners per waiting job: hundreds at once under load are expected here.
  queue.setMaxListeners(0);
  events.setMaxListeners(0);
  new Worker('drafts-qe', async (job) => processor(openJobData(key, job.data)), { connection, prefix: config.queuePrefix, concurrency: config.workerConcurrency });
  return listen(
    baseApp(async (draft) => {
      const jobKey = jobKeyFor(draft);
      const job = await queue.add('decide', sealJobData(key, draft, jobKey, new Date()), { jobId: jobKey, removeOnComplete: { age: 600, count: 10_000 } });
      return { draftId: draft.id, ...(await job.waitUntilFinished(events, config.decisionTimeoutMs)) };
    }),
  );
}

const url = mode === 'replyguard' ? await replyguard('serve') : mode === 'worker' ? await replyguard('worker') : mode === 'bare' ? await bare() : mode === 'queue-events' ? await queueEvents() : undefined;
if (mode !== 'worker' && !url) throw new Error(`unknown mode ${mode}`);
loop.enable();
const inspector = new Session();
inspector.connect();
process.on('message', async (message) => {
  if (message === 'profile-start') {
    await inspector.post('Profiler.enable');
    await inspector.post('Profiler.start');
    return;
  }
  if (message === 'profile-stop') {
    const { profile } = await inspector.post('Profiler.stop');
    // BENCH_PROFILE_DIR=DIR: the saturation phase's raw .cpuprofile too (open it in Chrome's DevTools).
    if (process.env.BENCH_PROFILE_DIR) writeFileSync(join(process.env.BENCH_PROFILE_DIR, `${mode}-${process.pid}.cpuprofile`), JSON.stringify(profile));
    process.send({ profile: summarizeProfile(profile) });
    return;
  }
  if (message === 'reset') {
    cpu = process.cpuUsage();
    loop.reset();
    return;
  }
  if (message === 'stats') {
    const used = process.cpuUsage(cpu);
    process.send({
      stats: {
        cpuMs: (used.user + used.system) / 1000,
        loopP50: loop.percentile(50) / 1e6,
        loopP99: loop.percentile(99) / 1e6,
        loopMax: loop.max / 1e6,
        heapMb: process.memoryUsage().heapUsed / 2 ** 20,
      },
    });
  }
});
process.send({ ready: true, url });
/** Self time by package (node_modules/<pkg>, dist/<dir>, node internals, GC, idle), in per cent. */
function summarizeProfile(profile) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const time = new Map();
  profile.samples.forEach((id, i) => time.set(id, (time.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const groups = new Map();
  let total = 0;
  for (const [id, t] of time) {
    const { url, functionName } = nodes.get(id).callFrame;
    const group =
      /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1] ??
      /\/dist\/(\w+\/?\w*)/.exec(url)?.[1] ??
      (url.startsWith('node:') ? 'node internals' : url ? url : `(${functionName || 'native'})`);
    groups.set(group, (groups.get(group) ?? 0) + t);
    total += t;
  }
  return [...groups].sort((a, b) => b[1] - a[1]).slice(0, 14).map(([group, t]) => [group, (100 * t) / total]);
}

// A clean exit on SIGTERM, so that `node --cpu-prof` writes its profile.
process.once('SIGTERM', () => process.exit(0));
