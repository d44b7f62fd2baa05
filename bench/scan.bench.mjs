#!/usr/bin/env node
// npm run bench: scan throughput, latency and memory, on one core. Prints figures; never fails on
// timing. Sections:
//   replies  in-process scan() over reply-sized texts (the labelled corpus, repeated to ~5 MB)
//   cli      `replyguard scan --jsonl` as a process on the same texts (JSON in/out, start-up included)
//   large    one document of 1, 2, 4 and 8 MB, each in a fresh process: time and peak memory of scan(),
//            then `replyguard scan FILE` on the 8 MB file: the whole command's peak memory
//   hostile  1 MB adversarial inputs (digit lines, markup, "@" runs): time stays linear
//   peers    ../shared/peers/score.mjs side by side with the JavaScript peers, in one run each: the
//            labelled corpora (all six, realistic replies) and the peers' synthetic replies
//            (skipped when ../shared/peers has no node_modules)
//
//   node bench/scan.bench.mjs [section ...]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const CORPUS = `${ROOT}test/corpus/dev.jsonl`;
const LABELLED = ['dev', 'blind', 'holdout', 'final', 'sealed', 'vault'].map((c) => `${ROOT}test/corpus/${c}.jsonl`);
const PEERS = fileURLToPath(new URL('../../shared/peers/', import.meta.url));
const MB = 1024 * 1024;

function corpusTexts() {
  if (!existsSync(CORPUS)) throw new Error(`missing ${CORPUS}`);
  return readFileSync(CORPUS, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).text);
}

/** Texts repeated until they hold at least `chars` characters. */
function repeatTo(texts, chars) {
  const out = [];
  let n = 0;
  while (n < chars) {
    for (const t of texts) {
      out.push(t);
      n += t.length;
      if (n >= chars) break;
    }
  }
  return out;
}

const fmt = (n) => (n >= 1e6 ? `${(n / 1e6).toFixed(2)} M` : n >= 1e3 ? `${(n / 1e3).toFixed(1)} K` : n.toFixed(0));

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
}

async function replies() {
  const { scan } = await import(`${ROOT}dist/detectors/index.js`);
  const base = corpusTexts();
  const texts = repeatTo(base, 5 * MB);
  const chars = texts.reduce((n, t) => n + t.length, 0);
  // First pass: cold (JIT, lazy loads, caches empty), as a freshly started worker sees it.
  let t0 = performance.now();
  for (const t of texts) scan(t);
  const cold = performance.now() - t0;
  const latencies = [];
  t0 = performance.now();
  for (const t of texts) {
    const s = performance.now();
    scan(t);
    latencies.push(performance.now() - s);
  }
  const warm = performance.now() - t0;
  latencies.sort((a, b) => a - b);
  const avg = chars / texts.length;
  console.log(`replies: ${texts.length} texts (${base.length} distinct, avg ${avg.toFixed(0)} chars), ${fmt(chars)} chars`);
  console.log(`  first pass  ${(cold / 1000).toFixed(2)} s  ${fmt(chars / (cold / 1000))} chars/s`);
  console.log(`  second pass ${(warm / 1000).toFixed(2)} s  ${fmt(chars / (warm / 1000))} chars/s, ${fmt(texts.length / (warm / 1000))} texts/s`);
  console.log(`  latency per text: p50 ${percentile(latencies, 0.5).toFixed(3)} ms, p99 ${percentile(latencies, 0.99).toFixed(3)} ms, max ${latencies[latencies.length - 1].toFixed(2)} ms`);
}

function cli() {
  const texts = repeatTo(corpusTexts(), 5 * MB);
  const input = texts.map((text, i) => JSON.stringify({ id: `b${i}`, text })).join('\n') + '\n';
  const chars = texts.reduce((n, t) => n + t.length, 0);
  const t0 = performance.now();
  const res = spawnSync(process.execPath, [`${ROOT}bin/replyguard.js`, 'scan', '--jsonl'], { input, maxBuffer: 1 << 30 });
  const wall = (performance.now() - t0) / 1000;
  if (res.status !== 0) throw new Error(`scan --jsonl exited ${res.status}: ${res.stderr}`);
  const lines = res.stdout.toString().split('\n').filter(Boolean).length;
  console.log(`cli: replyguard scan --jsonl, ${texts.length} texts, ${fmt(chars)} chars -> ${lines} lines`);
  console.log(`  wall ${wall.toFixed(2)} s (process start-up included)  ${fmt(chars / wall)} chars/s`);
}

/**
 * The large document of `megabytes` Mi characters: the dev corpus's replies joined by blank lines (as
 * source text for the child processes below, so each builds it the same way).
 */
const LARGE_DOC = (megabytes) => `
    const texts = (await import('node:fs')).readFileSync(${JSON.stringify(CORPUS)}, 'utf8').split('\\n').filter(Boolean).map((l) => JSON.parse(l).text);
    let parts = []; let n = 0; let i = 0;
    while (n < ${megabytes} * ${MB}) { const t = texts[i++ % texts.length]; parts.push(t); n += t.length + 2; }
    const doc = parts.join('\\n\\n').slice(0, ${megabytes} * ${MB});
    parts = undefined;`;

/**
 * Peak memory of the running process from here on: Linux keeps the resident high-water mark in
 * /proc/self/status (VmHWM), and writing 5 to /proc/self/clear_refs resets it, so the peak is the
 * scan's own, not that of building the document or of start-up. Elsewhere the process's lifetime
 * peak (maxRSS) is all there is, and the bench says so.
 */
const PEAK_RSS = `
    const fs = await import('node:fs');
    const hwm = () => Number(/VmHWM:\\s+(\\d+)/.exec(fs.readFileSync('/proc/self/status', 'utf8'))?.[1]) * 1024;
    const resetPeak = () => { try { fs.writeFileSync('/proc/self/clear_refs', '5'); return hwm() > 0; } catch { return false; } };
    const peakRss = (reset) => (reset ? hwm() : process.resourceUsage().maxRSS * 1024);
    // CPU time of the main thread alone (utime + stime of its task, in 1/100 s), what the scan
    // takes on one core whatever else loads the machine; process.cpuUsage adds GC and compiler threads.
    const mainCpuMs = () => { try { const f = fs.readFileSync(\`/proc/self/task/\${process.pid}/stat\`, 'utf8').split(') ')[1].split(' '); return (Number(f[11]) + Number(f[12])) * 10; } catch { return NaN; } };`;

/**
 * scan() of the document already in memory, in a fresh process, after prepare() and a full GC.
 * Peak RSS is measured over the RSS at that point; peak heap is the most used heap the GC profiler
 * saw (before each collection, which is when the heap is fullest, and at the end). The scan runs
 * with V8's own GC decisions, nothing forced.
 */
function largeScan(megabytes) {
  const script = `
    const { prepare, scan } = await import(${JSON.stringify(`${ROOT}dist/detectors/index.js`)});
    const v8 = await import('node:v8');
    ${LARGE_DOC(megabytes)}
    ${PEAK_RSS}
    // Start-up work (compromise, compiled patterns) is done first: the figures are the document's own.
    prepare();
    globalThis.gc();
    const heap0 = process.memoryUsage().heapUsed;
    const reset = resetPeak();
    const rss0 = process.memoryUsage().rss;
    const profiler = new v8.GCProfiler();
    profiler.start();
    const cpu0 = process.cpuUsage();
    const main0 = mainCpuMs();
    const t0 = performance.now();
    const findings = scan(doc);
    const ms = performance.now() - t0;
    const mainMs = mainCpuMs() - main0;
    const cpu = process.cpuUsage(cpu0);
    const peak = peakRss(reset);
    let heap = process.memoryUsage().heapUsed;
    const gcs = profiler.stop().statistics;
    for (const g of gcs) heap = Math.max(heap, g.beforeGC.heapStatistics.usedHeapSize);
    console.log(JSON.stringify({ chars: doc.length, utf8: Buffer.byteLength(doc), ms, mainMs, cpuMs: (cpu.user + cpu.system) / 1000,
      findings: findings.length, rss0, peak, reset, heap: heap - heap0, gcs: gcs.length }));
  `;
  const res = spawnSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', script], { maxBuffer: 1 << 26 });
  if (res.status !== 0) throw new Error(`large ${megabytes} MB failed: ${res.stderr}`);
  return JSON.parse(res.stdout.toString());
}

/**
 * \`replyguard scan FILE\` as a user runs it (table to /dev/null): peak RSS of the whole process,
 * from a preload that reads it at exit, minus the same for a one-reply file (start-up, modules,
 * compromise), so the difference is what the file costs: reading it, decoding, scanning, output.
 */
function largeCli(megabytes, dir) {
  const big = join(dir, `doc-${megabytes}.txt`);
  const script = `${LARGE_DOC(megabytes)}
    (await import('node:fs')).writeFileSync(${JSON.stringify(big)}, doc);`;
  const made = spawnSync(process.execPath, ['--input-type=module', '-e', script]);
  if (made.status !== 0) throw new Error(`writing the ${megabytes} MB file failed: ${made.stderr}`);
  const run = (file) => {
    const t0 = performance.now();
    const res = spawnSync(process.execPath, ['--require', join(dir, 'peak.cjs'), `${ROOT}bin/replyguard.js`, 'scan', file], { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 });
    const ms = performance.now() - t0;
    const peak = /^peak-rss (\d+)$/m.exec(res.stderr.toString());
    if (res.status !== 1 || !peak) throw new Error(`replyguard scan ${file} exited ${res.status}: ${res.stderr}`);
    return { ms, peak: Number(peak[1]) };
  };
  const small = run(join(dir, 'reply.txt'));
  const r = run(big);
  return { ms: r.ms, bytes: statSync(big).size, extra: r.peak - small.peak, peak: r.peak };
}

const ratio = (bytes, of) => `${(bytes / of).toFixed(1)}x`;

function large() {
  console.log('large: one document of 1, 2, 4, 8 Mi characters (the dev corpus\'s replies joined by blank lines), each in a fresh process');
  console.log('  scan() of the document in memory, after prepare() and a full GC; no GC forced during the scan.');
  console.log('  RSS = peak resident memory during the scan over the RSS just before it; heap = most used JS heap seen by the');
  console.log('  GC profiler during the scan over the heap before it. Ratios: x the UTF-8 file, x the string (UTF-16, 2 bytes a char).');
  console.log('  time = wall; main CPU = the scanning thread\'s CPU time (load-independent); all CPU = every thread (GC, compiler).');
  console.log('  size    time  main CPU  all CPU  chars/s (main)  findings     RSS    x file  x string     heap    x file   GCs');
  const rows = [];
  for (const mb of [1, 2, 4, 8]) {
    const r = largeScan(mb);
    rows.push(r);
    const rss = r.peak - r.rss0;
    console.log(`  ${String(mb).padStart(2)} MB  ${(r.ms / 1000).toFixed(2).padStart(5)} s  ${(r.mainMs / 1000).toFixed(2).padStart(6)} s  ${(r.cpuMs / 1000).toFixed(2).padStart(5)} s  ${fmt(r.chars / (r.mainMs / 1000)).padStart(14)}  ${String(r.findings).padStart(8)}  ${(rss / MB).toFixed(0).padStart(4)} MB  ${ratio(rss, r.utf8).padStart(6)}  ${ratio(rss, r.chars * 2).padStart(8)}  ${(r.heap / MB).toFixed(0).padStart(4)} MB  ${ratio(r.heap, r.utf8).padStart(6)}  ${String(r.gcs).padStart(5)}`);
  }
  if (!rows.every((r) => r.reset)) console.log('  (no /proc/self/clear_refs here: RSS is the process\'s lifetime peak, document building included)');
  const perChar = rows.map((r) => r.mainMs / r.chars);
  // The document repeats the dev corpus, so per-text memos (phone validity, sentence decisions) hit more often in a
  // longer one: a level or falling figure per Mi characters is linear time (or better); a rising one is not.
  console.log(`  main-thread CPU time per Mi characters: ${perChar.map((c) => (c * MB / 1000).toFixed(2)).join(' / ')} s (level or falling: linear)`);
  const dir = mkdtempSync(join(tmpdir(), 'rg-bench-'));
  try {
    writeFileSync(join(dir, 'peak.cjs'), "const fs = require('node:fs');\nprocess.on('exit', () => fs.writeSync(2, `peak-rss ${process.resourceUsage().maxRSS * 1024}\\n`));\n");
    writeFileSync(join(dir, 'reply.txt'), 'Hi Tendai,\nplease reply with your PIN so we can verify you. The card on file is 4111 1111 1111 1111.\n');
    console.log('  replyguard scan FILE (table output to /dev/null), whole process: peak RSS minus that of scanning a one-reply file');
    console.log('  size     file   wall time (start-up included)     RSS    x file   peak RSS');
    for (const mb of [8]) {
      const r = largeCli(mb, dir);
      console.log(`  ${String(mb).padStart(2)} MB  ${(r.bytes / MB).toFixed(2).padStart(4)} MB  ${(r.ms / 1000).toFixed(2).padStart(8)} s${' '.repeat(21)}${(r.extra / MB).toFixed(0).padStart(4)} MB  ${ratio(r.extra, r.bytes).padStart(6)}  ${(r.peak / MB).toFixed(0).padStart(6)} MB`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function hostile() {
  const { scan } = await import(`${ROOT}dist/detectors/index.js`);
  const cases = {
    '1 MB line of digits': '4'.repeat(MB),
    '1 MB of "4111 " groups': '4111 '.repeat(MB / 5),
    '1 MB of digits and dashes': '12-'.repeat(MB / 3),
    '1 MB of "<a " (unclosed tags)': '<a '.repeat(MB / 3),
    '1 MB of "&#" entities': '&#5'.repeat(MB / 3),
    '1 MB of "@"': '@'.repeat(MB),
    '1 MB of "a@b." ': 'a@b.'.repeat(MB / 4),
    '1 MB of upper-case letters': 'ABCDEFGH'.repeat(MB / 8),
    '1 MB of "password: "': 'password: '.repeat(MB / 10),
    '1 MB of "+263 "': '+263 '.repeat(MB / 5),
    '1 MB of cards with exp and cvv': '4111 1111 1111 1111 exp 12/27 cvv 123. '.repeat(MB / 40),
    '1 MB of zero-width spaces': '\u200b'.repeat(MB),
  };
  console.log('hostile: 1 MB inputs, one scan each');
  for (const [name, text] of Object.entries(cases)) {
    const t0 = performance.now();
    const n = scan(text).length;
    console.log(`  ${name.padEnd(34)} ${((performance.now() - t0) / 1000).toFixed(3)} s  ${n} findings`);
  }
}

/** Peer commands run by score.mjs in PEERS (arcjet-reuse crashes on one labelled reply: reported as FAILED). */
const PEER_COMMANDS = [
  ['sanitize-pii', 'node peer-sanitize-pii.mjs'],
  ['remove-pii', 'node peer-remove-pii.mjs'],
  ['arcjet-reuse', 'ARCJET_REUSE_INSTANCE=1 node peer-arcjet-redact.mjs'],
];

function scoreSideBySide(label, gold) {
  const dir = mkdtempSync(join(tmpdir(), 'rg-bench-'));
  const out = join(dir, 'results.json');
  const args = ['score.mjs', '--gold', gold, '--timeout', '300', '--json-out', out, '--cmd', `node ${ROOT}bin/replyguard.js scan --jsonl`, '--name', 'replyguard'];
  for (const [name, cmd] of PEER_COMMANDS) args.push('--cmd', cmd, '--name', name);
  spawnSync(process.execPath, args, { cwd: PEERS, maxBuffer: 1 << 26 });
  const results = existsSync(out) ? JSON.parse(readFileSync(out, 'utf8')) : undefined;
  rmSync(dir, { recursive: true, force: true });
  if (!results) throw new Error(`score.mjs wrote no results for ${label}`);
  console.log(`  ${label}: ${results.texts} texts, ${fmt(results.chars)} chars`);
  console.log('    command         first line   chars/s (after 1st line)   chars/s (wall)   micro F1');
  let best;
  for (const c of results.commands) {
    if (c.status !== 'ok') {
      console.log(`    ${c.name.padEnd(15)} FAILED (${c.error ?? c.status})`);
      continue;
    }
    console.log(`    ${c.name.padEnd(15)} ${c.firstLineSeconds.toFixed(2).padStart(8)} s  ${fmt(c.charsPerSecAfterFirstLine).padStart(22)}   ${fmt(c.charsPerSecWall).padStart(14)}   ${c.micro.f1.toFixed(3).padStart(8)}`);
    if (c.name !== 'replyguard' && (!best || c.charsPerSecAfterFirstLine > best.charsPerSecAfterFirstLine)) best = c;
  }
  const us = results.commands.find((c) => c.name === 'replyguard' && c.status === 'ok');
  if (us && best) console.log(`    replyguard / fastest peer (${best.name}): ${(us.charsPerSecAfterFirstLine / best.charsPerSecAfterFirstLine).toFixed(2)}x after the 1st line, ${(us.charsPerSecWall / best.charsPerSecWall).toFixed(2)}x wall`);
}

function peers() {
  if (!existsSync(`${PEERS}node_modules`)) {
    console.log(`peers: skipped (${PEERS} has no node_modules; run npm ci there)`);
    return;
  }
  console.log('peers: score.mjs side by side, commands one after another in one run');
  const dir = mkdtempSync(join(tmpdir(), 'rg-bench-'));
  const labelled = join(dir, 'labelled.jsonl');
  writeFileSync(labelled, LABELLED.map((f) => readFileSync(f, 'utf8').trimEnd() + '\n').join(''));
  scoreSideBySide('labelled corpora (dev, blind, holdout, final)', labelled);
  rmSync(dir, { recursive: true, force: true });
  const synthetic = `${PEERS}out/synthetic-5mb-replies.jsonl`;
  if (!existsSync(synthetic)) spawnSync(process.execPath, ['make-synthetic.mjs'], { cwd: PEERS });
  scoreSideBySide('peers synthetic replies (smoke sentences repeated)', synthetic);
}

const sections = { replies, cli, large, hostile, peers };
const wanted = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(sections);
console.log(`node ${process.version}, ${process.arch}, one core per process`);
for (const name of wanted) {
  if (!sections[name]) throw new Error(`unknown section ${name}; choose from ${Object.keys(sections).join(', ')}`);
  await sections[name]();
}
