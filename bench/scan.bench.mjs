#!/usr/bin/env node
// npm run bench: scan throughput, latency and memory, on one core. Prints figures; never fails on
// timing. Sections:
//   replies  in-process scan() over reply-sized texts (the labelled corpus, repeated to ~5 MB)
//   cli      `replyguard scan --jsonl` as a process on the same texts (JSON in/out, start-up included)
//   large    one document of 1, 2, 4 and 8 MB, each in a fresh process: time and peak memory
//   hostile  1 MB adversarial inputs (digit lines, markup, "@" runs): time stays linear
//   peers    ../shared/peers/score.mjs side by side with the JavaScript peers, in one run each: the
//            labelled corpora (all six, realistic replies) and the peers' synthetic replies
//            (skipped when ../shared/peers has no node_modules)
//
//   node bench/scan.bench.mjs [section ...]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

/** Runs one large-document scan in a fresh process and reports time and peak memory. */
function largeOne(megabytes) {
  const script = `
    const { prepare, scan } = await import(${JSON.stringify(`${ROOT}dist/detectors/index.js`)});
    const { readFileSync } = await import('node:fs');
    const texts = readFileSync(${JSON.stringify(CORPUS)}, 'utf8').split('\\n').filter(Boolean).map((l) => JSON.parse(l).text);
    const parts = []; let n = 0; let i = 0;
    while (n < ${megabytes} * ${MB}) { const t = texts[i++ % texts.length]; parts.push(t); n += t.length + 2; }
    const doc = parts.join('\\n\\n').slice(0, ${megabytes} * ${MB});
    // Start-up work (compromise, compiled patterns) is done first: the figures are the document's own.
    prepare();
    globalThis.gc?.();
    const before = process.memoryUsage().rss;
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const findings = scan(doc);
    const ms = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    const peak = process.resourceUsage().maxRSS * 1024;
    console.log(JSON.stringify({ chars: doc.length, ms, cpuMs: (cpu.user + cpu.system) / 1000, findings: findings.length, before, peak }));
  `;
  const res = spawnSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', script], { maxBuffer: 1 << 26 });
  if (res.status !== 0) throw new Error(`large ${megabytes} MB failed: ${res.stderr}`);
  return JSON.parse(res.stdout.toString());
}

function large() {
  console.log('large: one document per fresh process (text = corpus replies joined by blank lines), after prepare()');
  console.log('  size    time   CPU time     chars/s  findings  peak RSS over start-up (x text bytes as UTF-16)  peak RSS');
  for (const mb of [1, 2, 4, 8]) {
    const r = largeOne(mb);
    const extra = r.peak - r.before;
    console.log(`  ${String(mb).padStart(2)} MB  ${(r.ms / 1000).toFixed(2).padStart(5)} s  ${(r.cpuMs / 1000).toFixed(2).padStart(6)} s  ${fmt(r.chars / (r.ms / 1000)).padStart(9)}  ${String(r.findings).padStart(8)}   ${(extra / MB).toFixed(0).padStart(4)} MB (${(extra / (r.chars * 2)).toFixed(1)}x)${' '.repeat(27)}${(r.peak / MB).toFixed(0)} MB`);
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
