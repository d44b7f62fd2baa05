#!/usr/bin/env node
// recordDecision throughput and latency on both engines (the service needs >= 1,500 decisions/s
// at saturation). Prints figures; never fails on timing. Needs `npm run build`.
//
//   node bench/store.bench.mjs [pglite] [postgres]      (default: both)
//
// Per engine:
//   sequential     one recordDecision at a time: latency of a lone write
//   concurrent 16  16 in flight from one process (one worker with concurrency 16)
//   concurrent 64  64 in flight: group commit writes bigger groups, so throughput grows
//   bare 16        the decision INSERT alone, one row per commit, no audit entry: a reference
// PostgreSQL also:
//   4 processes    4 worker processes x 16 in flight against one database, one shared chain
//
// Records are reply-sized: a redact decision with two masked findings and a ~1 KB sealed body;
// every tenth is a block with a ~2 KB sealed original draft. PostgreSQL: DATABASE_URL or
// postgres://postgres@127.0.0.1:5432/test, in a schema of its own that is dropped afterwards.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const { openStore, storeEngine } = await import(`${ROOT}dist/src/store/store.js`);
const { sealingKey } = await import(`${ROOT}dist/src/crypto.js`);
const PG_URL = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';

const SEQUENTIAL = 500;
const CONCURRENT = 3000;
const IN_FLIGHT = 16;
const PROCESSES = 4;

const BODY = 'Thanks for your patience. Your card •••• •••• •••• 1111 has been re-issued and the new one is on its way. '.repeat(10);
const RAW = JSON.stringify({ body: `${BODY} Please confirm 4111 1111 1111 1111 and the PIN.`.repeat(2) });
const FINDINGS = [
  { type: 'CARD_NUMBER', subtype: 'visa', start: 40, end: 59, score: 0.95, masked: '•••• •••• •••• 1111', source: 'body' },
  { type: 'SOLICITATION', start: 120, end: 150, score: 0.9, masked: 'asks for: PIN', source: 'body' },
];

let n = 0;
function record(tag) {
  n++;
  const block = n % 10 === 0;
  const now = new Date();
  return {
    jobKey: `${tag}-${n}:${randomBytes(16).toString('hex')}`,
    draftId: `${tag}-${n}`,
    provider: 'zendesk',
    ticketId: `T-${n}`,
    agentId: 'agent-1',
    agentEmail: 'agent1@example.test',
    action: block ? 'block' : 'redact',
    findings: FINDINGS,
    policyVersion: 'default@1',
    prompt: 'This reply contains a full card number (•••• •••• •••• 1111). Card numbers must not be sent by e-mail: apply the redaction to keep only the last four digits.',
    redactedBody: block ? undefined : BODY,
    rawContent: block ? RAW : undefined,
    receivedAt: now,
    decidedAt: now,
    timings: { queueMs: 2, processMs: 8, totalMs: 10 },
  };
}

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];

/** Runs `total` calls of fn with `inFlight` outstanding; returns decisions/s and latency percentiles. */
async function drive(total, inFlight, fn) {
  const latencies = [];
  let next = 0;
  const cpu0 = process.cpuUsage();
  const elu0 = performance.eventLoopUtilization();
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (next < total) {
        next++;
        const s = performance.now();
        await fn();
        latencies.push(performance.now() - s);
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  // The event loop's busy time: what a write costs the thread that also serves requests and jobs.
  const elu = performance.eventLoopUtilization(elu0);
  latencies.sort((a, b) => a - b);
  return { perSecond: total / seconds, p50: pct(latencies, 0.5), p99: pct(latencies, 0.99), max: latencies.at(-1), cpuMs: (cpu.user + cpu.system) / 1000 / total, loopMs: elu.active / total };
}

const line = (label, r) =>
  console.log(`  ${label.padEnd(16)} ${r.perSecond.toFixed(0).padStart(6)} decisions/s   p50 ${r.p50.toFixed(2)} ms   p99 ${r.p99.toFixed(2)} ms   max ${r.max.toFixed(1)} ms   this process ${r.cpuMs.toFixed(2)} ms CPU/decision, its event loop ${r.loopMs.toFixed(2)} ms busy/decision`);

// The decision INSERT alone, as recordDecision issues it minus the audit CTEs.
const BARE_INSERT = `INSERT INTO decisions (job_key, draft_id, provider, ticket_id, agent_id, agent_email, action, findings,
  policy_version, prompt, redacted_body_sealed, held, received_at, decided_at, queue_ms, process_ms, total_ms)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9, $10, $11, false, $12, $13, 2, 8, 10) ON CONFLICT (job_key) DO NOTHING`;

async function bareInsert(engine, key, seal) {
  const r = record('bare');
  await engine.query(BARE_INSERT, [r.jobKey, r.draftId, r.provider, r.ticketId, r.agentId, r.agentEmail, r.action, JSON.stringify(r.findings), r.policyVersion, r.prompt, seal(key, BODY, r.jobKey), r.receivedAt, r.decidedAt]);
}

async function benchEngine(name, options) {
  const { seal } = await import(`${ROOT}dist/src/crypto.js`);
  const store = await openStore({ ...options, poolSize: IN_FLIGHT });
  try {
    console.log(`${name}`);
    await drive(100, 4, () => store.recordDecision(record('warm')));
    line('sequential', await drive(SEQUENTIAL, 1, () => store.recordDecision(record('seq'))));
    line(`concurrent ${IN_FLIGHT}`, await drive(CONCURRENT, IN_FLIGHT, () => store.recordDecision(record('conc'))));
    line(`concurrent ${IN_FLIGHT * 4}`, await drive(CONCURRENT, IN_FLIGHT * 4, () => store.recordDecision(record('conc'))));
    line(`bare ${IN_FLIGHT}`, await drive(CONCURRENT, IN_FLIGHT, () => bareInsert(storeEngine(store), options.key, seal)));
    const t0 = performance.now();
    const v = await store.audit.verify();
    console.log(`  chain after the run: ${v.ok ? 'intact' : 'BROKEN'}, ${v.entries} entries, verified in ${(performance.now() - t0).toFixed(0)} ms`);
  } finally {
    await store.close();
  }
}

/**
 * PROCESSES children, each a worker with IN_FLIGHT decisions outstanding. They open their stores
 * first and start together on "go", so start-up is not timed.
 */
async function benchProcesses(options, keyB64) {
  const each = Math.ceil(CONCURRENT / PROCESSES) * 2;
  const self = fileURLToPath(import.meta.url);
  const children = Array.from({ length: PROCESSES }, (_, i) => {
    const proc = spawn(process.execPath, [self, '--child', options.schema, keyB64, String(each), `p${i}`], { stdio: ['pipe', 'pipe', 'inherit'] });
    let out = '';
    const ready = new Promise((resolve) => proc.stdout.on('data', (d) => (out += d) && out.startsWith('ready\n') && resolve()));
    const done = new Promise((resolve, reject) => {
      proc.on('error', reject);
      proc.on('close', (code) => (code === 0 ? resolve(JSON.parse(out.slice('ready\n'.length))) : reject(new Error(`child exited ${code}`))));
    });
    return { proc, ready, done };
  });
  await Promise.all(children.map((c) => c.ready));
  const t0 = performance.now();
  for (const c of children) c.proc.stdin.end('go\n');
  const results = await Promise.all(children.map((c) => c.done));
  const seconds = (performance.now() - t0) / 1000;
  const total = each * PROCESSES;
  const p99 = Math.max(...results.map((r) => r.p99));
  console.log(`  ${`${PROCESSES} processes`.padEnd(16)} ${(total / seconds).toFixed(0).padStart(6)} decisions/s   (${PROCESSES} x ${IN_FLIGHT} in flight; per process ${results.map((r) => r.perSecond.toFixed(0)).join(' + ')}/s)   worst p99 ${p99.toFixed(2)} ms`);
  const store = await openStore(options);
  const v = await store.audit.verify();
  console.log(`  chain after the run: ${v.ok ? 'intact' : 'BROKEN'}, ${v.entries} entries`);
  await store.close();
}

async function child([schema, keyB64, count, tag]) {
  const store = await openStore({ databaseUrl: PG_URL, schema, dataDir: tmpdir(), key: sealingKey(Buffer.from(keyB64, 'base64')), poolSize: IN_FLIGHT });
  process.stdout.write('ready\n');
  await new Promise((resolve) => process.stdin.once('data', resolve));
  process.stdin.destroy();
  const r = await drive(Number(count), IN_FLIGHT, () => store.recordDecision(record(tag)));
  await store.close();
  process.stdout.write(JSON.stringify(r));
}

async function main(args) {
  if (args[0] === '--child') return child(args.slice(1));
  const { loadavg, cpus } = await import('node:os');
  console.log(`load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${cpus().length} cores (other work on the machine slows every figure)`);
  const wanted = args.length ? args : ['pglite', 'postgres'];
  const rawKey = randomBytes(32);
  const key = sealingKey(rawKey);
  if (wanted.includes('pglite')) {
    const dataDir = mkdtempSync(join(tmpdir(), 'rg-store-bench-'));
    try {
      await benchEngine('pglite (embedded, in a thread of this process)', { dataDir, key });
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
  if (wanted.includes('postgres')) {
    const schema = `rg_bench_${process.pid}`;
    const options = { databaseUrl: PG_URL, schema, dataDir: tmpdir(), key };
    try {
      await benchEngine(`postgres (${PG_URL.replace(/:[^:@/]*@/, ':***@')})`, options);
      await benchProcesses(options, rawKey.toString('base64'));
    } finally {
      const store = await openStore(options);
      await storeEngine(store).exec(`DROP SCHEMA ${schema} CASCADE`);
      await store.close();
    }
  }
}

await main(process.argv.slice(2));
