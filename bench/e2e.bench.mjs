#!/usr/bin/env node
// npm run bench (after the scan bench): end-to-end load on real servers, each in its own process
// (the load generator is this process), against a private redis-server (append-only file on, as
// `replyguard serve` starts it). Signed 2 KB drafts, each with a fresh id and webhook-id (nothing
// is answered from the store). Every mode decides with the real scan and the default policy:
//
//   bare          express handler: signature check, parse, scan + policy inline (no queue, no store)
//   queue-events  express + BullMQ add + waitUntilFinished(one shared QueueEvents), same processor, no store
//   replyguard    replyguard serve (queue, in-process worker, waiters, replay check, logs, metrics)
//                 with the real store: embedded PGlite, or PostgreSQL when DATABASE_URL is set
//                 (in a schema of its own, dropped afterwards)
//   replyguard+1w replyguard serve plus one `replyguard worker` process (PostgreSQL only: the
//                 embedded store serves one process)
//
// For each, after a warm-up (20 s at RATE): RATE drafts/s for DURATION s (autocannon's fixed-rate mode, 10 keep-alive connections:
// it sends each second's quota as fast as the connections allow, so requests come in bursts), the
// same rate evenly paced (one request every 1/RATE s, open loop, keep-alive, as independent
// helpdesk agents would send), then saturation (autocannon, 32 connections, no rate limit). Prints
// p50/p95/p99 latency, drafts/s, errors and non-2xx, the load average, and where the time goes:
// server CPU per draft, event-loop delay, Redis commands and Redis CPU per draft, and PostgreSQL's CPU per
// draft when it runs on this machine. Never fails on timing.
//
//   node bench/e2e.bench.mjs [--rate 200] [--duration 20] [--saturation 15] [--warmup 20] [--rounds 1] [--profile] [mode ...]
// --profile: CPU profile of the server process during saturation, self time by package.
// BENCH_CPU_PROF=DIR: node --cpu-prof of every server process for the whole run, into DIR.
import { fork } from 'node:child_process';
import { Agent, request as httpRequest } from 'node:http';
import { createHmac, randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { Redis } from 'ioredis';
import pg from 'pg';

const dist = new URL('../dist/', import.meta.url);
const { startPrivateRedis, findExecutable } = await import(new URL('src/redis.js', dist).href);
const { formatWebhookSecret } = await import(new URL('webhooks/standard-webhooks.js', dist).href);

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    rate: { type: 'string', default: '200' },
    duration: { type: 'string', default: '20' },
    saturation: { type: 'string', default: '15' },
    rounds: { type: 'string', default: '1' },
    profile: { type: 'boolean', default: false },
    warmup: { type: 'string', default: '20' },
  },
});
const RATE = Number(values.rate);
const DURATION = Number(values.duration);
const SATURATION = Number(values.saturation);
// Before measuring, RATE drafts/s for this long: V8 keeps optimising the embedded store's
// WebAssembly (PostgreSQL compiled) for its first few thousand statements (sequential store
// writes after 500 of them: 3.4 ms CPU each, after 5,000: 1.9 ms), and a service runs far longer.
const WARMUP = Number(values.warmup);
const DATABASE_URL = process.env.DATABASE_URL || undefined;
// A second worker process needs the shared store (the embedded one is single-process).
const MODES = positionals.length ? positionals : ['bare', 'queue-events', 'replyguard', ...(DATABASE_URL ? ['replyguard+1w'] : [])];
if (!DATABASE_URL && MODES.includes('replyguard+1w')) throw new Error('replyguard+1w needs DATABASE_URL (a worker process shares the store)');

// A realistic 2 KB reply: mostly prose, a third of them with a card number (redact), some with a phone.
const PROSE =
  'Thank you for contacting Acme support about your order. I have looked into your account and can confirm that the refund was processed this morning and should reach you within five to seven working days, depending on your bank. ';
function draftBody(i) {
  let body = `Hi Tendai,\n\n`;
  while (body.length < 1900) body += PROSE;
  if (i % 3 === 0) body += ' The card on file is 4111 1111 1111 1111.';
  if (i % 5 === 0) body += ' Call us on +263 77 123 4567.';
  return body.slice(0, 2048);
}
const BODIES = Array.from({ length: 30 }, (_, i) => draftBody(i));

/** A fresh signed draft each call: new draft id, new webhook-id. */
function draftSigner(secret) {
  let n = 0;
  const run = randomBytes(4).toString('hex');
  return () => {
    n++;
    const body = JSON.stringify({ id: `bench-${run}-${n}`, ticketId: String(n), channel: 'email', customer: { email: 'tendai@example.com' }, subject: 'Your refund', body: BODIES[n % BODIES.length] });
    const id = `msg_${run}_${n}`;
    const ts = Math.floor(Date.now() / 1000);
    const signature = createHmac('sha256', secret).update(`${id}.${ts}.`).update(body).digest('base64');
    return { headers: { 'content-type': 'application/json', 'webhook-id': id, 'webhook-timestamp': String(ts), 'webhook-signature': `v1,${signature}` }, body };
  };
}

function signedRequest(secret) {
  const next = draftSigner(secret);
  return {
    method: 'POST',
    path: '/v1/drafts',
    setupRequest(req) {
      Object.assign(req, next());
      return req;
    },
  };
}

/** Open loop: one request every 1000/rate ms whatever the answers, on keep-alive connections. */
async function paced(url, secret, rate, seconds) {
  const next = draftSigner(secret);
  const agent = new Agent({ keepAlive: true, maxSockets: 256 });
  const { hostname, port } = new URL(url);
  const latencies = [];
  let errors = 0;
  let non2xx = 0;
  const inflight = [];
  const started = performance.now();
  const total = Math.round(rate * seconds);
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    const { headers, body } = next();
    const sent = performance.now();
    inflight.push(
      new Promise((resolve) => {
        const req = httpRequest({ hostname, port, path: '/v1/drafts', method: 'POST', headers, agent }, (res) => {
          res.resume();
          res.on('end', () => {
            latencies.push(performance.now() - sent);
            if (res.statusCode < 200 || res.statusCode > 299) non2xx++;
            resolve();
          });
        });
        req.on('error', () => {
          errors++;
          resolve();
        });
        req.end(body);
      }),
    );
  }
  await Promise.all(inflight);
  agent.destroy();
  return { latencies, errors, non2xx, seconds: (performance.now() - started) / 1000 };
}

function startChild(mode, env) {
  // BENCH_CPU_PROF=DIR: a .cpuprofile of each server process for the whole run, in DIR.
  // BENCH_NODE_ARGS: more node options for the server processes (e.g. --perf-basic-prof for perf record).
  const execArgv = [...(process.env.BENCH_CPU_PROF ? ['--cpu-prof', '--cpu-prof-dir', process.env.BENCH_CPU_PROF] : []), ...(process.env.BENCH_NODE_ARGS?.split(' ').filter(Boolean) ?? [])];
  const child = fork(new URL('./e2e-server.mjs', import.meta.url), [mode], { env: { ...process.env, ...env }, execArgv, stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`${mode} server exited with ${code}`)));
    child.on('message', (m) => m.ready && resolve({ child, url: m.url }));
  });
}

/** Sends `request` to a server process and resolves with the `field` of its answer. */
const ask = (child, request = 'stats', field = 'stats') =>
  new Promise((resolve) => {
    const onMessage = (m) => {
      if (!m[field]) return;
      child.off('message', onMessage);
      resolve(m[field]);
    };
    child.on('message', onMessage);
    child.send(request);
  });

async function redisCounters(redis) {
  const [stats, cpu] = await Promise.all([redis.info('stats'), redis.info('cpu')]);
  const field = (text, name) => Number(new RegExp(`^${name}:([\\d.]+)`, 'm').exec(text)?.[1] ?? 0);
  return { commands: field(stats, 'total_commands_processed'), cpuS: field(cpu, 'used_cpu_user') + field(cpu, 'used_cpu_sys') };
}

/**
 * CPU seconds used so far by every process named postgres on this machine (Linux /proc), when
 * DATABASE_URL points here: what the store costs the machine per draft. Undefined elsewhere.
 * Other users of the same PostgreSQL count too.
 */
function postgresCpuS() {
  if (!DATABASE_URL || !['127.0.0.1', 'localhost', '[::1]'].includes(new URL(DATABASE_URL).hostname)) return undefined;
  let ticks = 0;
  try {
    for (const pid of readdirSync('/proc')) {
      if (!/^\d+$/.test(pid)) continue;
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        if (!stat.includes('(postgres)')) continue;
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        ticks += Number(fields[11]) + Number(fields[12]); // utime, stime
      } catch {
        // the process ended
      }
    }
  } catch {
    return undefined; // no /proc
  }
  return ticks / 100; // USER_HZ
}

function percentile(sorted, p) {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] : NaN;
}

/** Runs one load phase (autocannon options, or {paced: rate}) and collects the figures of every process. */
async function load(url, secret, options, children, redis) {
  for (const c of children) c.send('reset');
  const before = await redisCounters(redis);
  const pgBefore = postgresCpuS();
  let run;
  if (options.paced) {
    run = await paced(url, secret, options.paced, options.duration);
  } else {
    const latencies = [];
    const instance = autocannon({ url, requests: [signedRequest(secret)], timeout: 10, ...options });
    instance.on('response', (_client, _status, _bytes, ms) => latencies.push(ms));
    const result = await instance;
    run = { latencies, errors: result.errors + result.timeouts, non2xx: result.non2xx, seconds: result.duration || 1 };
  }
  const after = await redisCounters(redis);
  const pgAfter = postgresCpuS();
  const stats = await Promise.all(children.map((c) => ask(c)));
  const latencies = run.latencies.sort((a, b) => a - b);
  const n = latencies.length || 1;
  return {
    drafts: latencies.length,
    perSecond: latencies.length / run.seconds,
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    p99: percentile(latencies, 0.99),
    max: latencies[latencies.length - 1],
    errors: run.errors,
    non2xx: run.non2xx,
    cpuMsPerDraft: stats.reduce((s, x) => s + x.cpuMs, 0) / n,
    loopP99: Math.max(...stats.map((x) => x.loopP99)),
    loopMax: Math.max(...stats.map((x) => x.loopMax)),
    redisCommandsPerDraft: (after.commands - before.commands) / n,
    redisCpuMsPerDraft: ((after.cpuS - before.cpuS) * 1000) / n,
    postgresCpuMsPerDraft: pgBefore === undefined || pgAfter === undefined ? undefined : ((pgAfter - pgBefore) * 1000) / n,
  };
}

const fmt = (r) =>
  `p50 ${r.p50.toFixed(1)} ms  p95 ${r.p95.toFixed(1)} ms  p99 ${r.p99.toFixed(1)} ms  max ${r.max.toFixed(0)} ms  ${r.perSecond.toFixed(0)} drafts/s  ` +
  `errors ${r.errors}  non-2xx ${r.non2xx}  | server CPU ${r.cpuMsPerDraft.toFixed(2)} ms/draft, loop p99 ${r.loopP99.toFixed(1)} ms (max ${r.loopMax.toFixed(0)}), ` +
  `redis ${r.redisCommandsPerDraft.toFixed(1)} cmds/draft ${r.redisCpuMsPerDraft.toFixed(3)} ms/draft` +
  (r.postgresCpuMsPerDraft === undefined ? '' : `, postgres ${r.postgresCpuMsPerDraft.toFixed(3)} ms/draft`);

async function main() {
  const redisServer = findExecutable('redis-server', process.env.PATH);
  if (!redisServer) throw new Error('the e2e bench needs redis-server installed');
  const dir = mkdtempSync(join(tmpdir(), 'rg-e2e-bench-'));
  const port = 20000 + Math.floor(Math.random() * 20000);
  const redisUrl = `redis://127.0.0.1:${port}`;
  const redisHandle = await startPrivateRedis(redisServer, redisUrl, join(dir, 'redis'));
  const redis = new Redis(redisUrl);
  const secretBytes = randomBytes(32);
  const results = [];
  // PostgreSQL: the bench's own schema, dropped at the end.
  const schema = `bench_${randomBytes(4).toString('hex')}`;
  const storeName = DATABASE_URL ? `PostgreSQL ${new URL(DATABASE_URL).host}${new URL(DATABASE_URL).pathname} (schema ${schema})` : 'embedded PGlite (data directory)';
  console.log(`e2e: ${BODIES[0].length}-character drafts (JSON ~2.2 KB), ${RATE} drafts/s for ${DURATION} s, then saturation for ${SATURATION} s; Redis ${redisUrl} (private, appendonly)`);
  console.log(`replyguard: real scan + default policy + store: ${storeName}; load average at start ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  try {
    for (let round = 0; round < Number(values.rounds); round++) {
      for (const mode of MODES) {
        const prefix = `bench-${randomBytes(3).toString('hex')}`;
        const env = {
          REDIS_URL: redisUrl,
          REPLYGUARD_QUEUE_PREFIX: prefix,
          REPLYGUARD_DATA_DIR: join(dir, 'data'),
          REPLYGUARD_WEBHOOK_SECRET: formatWebhookSecret(secretBytes),
          LOG_LEVEL: 'info',
          ...(DATABASE_URL ? { DATABASE_URL, BENCH_SCHEMA: schema } : {}),
        };
        const server = await startChild(mode === 'replyguard+1w' ? 'replyguard' : mode, env);
        const children = [server.child];
        if (mode === 'replyguard+1w') children.push((await startChild('worker', env)).child);
        try {
          await load(server.url, secretBytes, { duration: WARMUP, overallRate: RATE, connections: 10 }, children, redis); // warm-up
          const fixed = await load(server.url, secretBytes, { duration: DURATION, overallRate: RATE, connections: 10 }, children, redis);
          const even = await load(server.url, secretBytes, { duration: DURATION, paced: RATE }, children, redis);
          if (values.profile) server.child.send('profile-start');
          const saturated = await load(server.url, secretBytes, { duration: SATURATION, connections: 32 }, children, redis);
          const profile = values.profile ? await ask(server.child, 'profile-stop', 'profile') : undefined;
          results.push({ mode, fixed, even, saturated });
          console.log(`\n${mode}${Number(values.rounds) > 1 ? ` (round ${round + 1})` : ''}  (load average ${loadavg()[0].toFixed(2)})`);
          console.log(`  ${RATE}/s:        ${fmt(fixed)}`);
          console.log(`  ${RATE}/s paced:  ${fmt(even)}`);
          console.log(`  saturation:   ${fmt(saturated)}`);
          if (profile) console.log(`  server CPU by package (saturation): ${profile.map(([g, p]) => `${g} ${p.toFixed(1)}%`).join(', ')}`);
        } finally {
          for (const c of children) c.kill('SIGTERM');
          await Promise.all(children.map((c) => new Promise((resolve) => (c.exitCode !== null ? resolve() : c.once('exit', resolve)))));
        }
      }
    }
  } finally {
    redis.disconnect();
    await redisHandle.stop();
    if (DATABASE_URL) await dropSchema(DATABASE_URL, schema);
    rmSync(dir, { recursive: true, force: true });
  }
  const bare = results.filter((r) => r.mode === 'bare');
  const rg = results.filter((r) => r.mode === 'replyguard');
  if (bare.length && rg.length) {
    const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const ratio = (phase) => (median(rg.map((r) => r[phase].p99)) / median(bare.map((r) => r[phase].p99))).toFixed(2);
    const range = (xs) => `${Math.min(...xs).toFixed(1)}-${Math.max(...xs).toFixed(1)}`;
    console.log(`\nsummary over ${rg.length} round(s), store ${storeName}, load average now ${loadavg().map((l) => l.toFixed(2)).join(' ')}:`);
    console.log(`  bare       p99 at ${RATE}/s ${range(bare.map((r) => r.fixed.p99))} ms (paced ${range(bare.map((r) => r.even.p99))} ms), saturation ${range(bare.map((r) => r.saturated.perSecond))} drafts/s`);
    console.log(
      `  replyguard p99 at ${RATE}/s ${range(rg.map((r) => r.fixed.p99))} ms (paced ${range(rg.map((r) => r.even.p99))} ms), saturation ${range(rg.map((r) => r.saturated.perSecond))} drafts/s, ` +
        `errors ${rg.reduce((n, r) => n + r.fixed.errors + r.even.errors + r.saturated.errors, 0)}, non-2xx ${rg.reduce((n, r) => n + r.fixed.non2xx + r.even.non2xx + r.saturated.non2xx, 0)}`,
    );
    console.log(
      `  median replyguard p99 at ${RATE}/s: ${median(rg.map((r) => r.fixed.p99)).toFixed(1)} ms, ${ratio('fixed')}x the bare handler's (paced: ${median(rg.map((r) => r.even.p99)).toFixed(1)} ms, ${ratio('even')}x); ` +
        `target <= 25 ms and <= 1.5x. Saturation ${median(rg.map((r) => r.saturated.perSecond)).toFixed(0)} drafts/s (target >= 1500)`,
    );
  }
}

async function dropSchema(url, schema) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await client.end();
  }
}

await main();
