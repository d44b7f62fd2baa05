#!/usr/bin/env node
// npm run eval: scores `replyguard scan --jsonl` on labelled corpora and prints precision, recall
// and F1 per label, per group and micro-averaged, plus the draft false-alarm and miss rates.
//
//   node test/eval/eval.mjs [--gold FILE ...] [--show-errors N] [--json-out FILE]
//
// The matching rule is the one ../shared/peers/score.mjs (and the held-out measurement) uses: a
// prediction matches a gold span of the same GROUP when they overlap and the overlap covers at
// least 50% of the gold span's letters/digits. Per label: recall = gold spans of that label found
// by a prediction of the same group; precision = predictions of that label matching a gold span of
// the group. CARD_EXPIRY and SOLICITATION are their own groups (score.mjs does not score them).
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DEFAULT_GOLD = ['test/corpus/dev.jsonl'];

export const GROUP_OF = {
  CARD_NUMBER: 'CARD_NUMBER',
  NATIONAL_ID: 'NATIONAL_ID',
  PASSPORT_NUMBER: 'NATIONAL_ID',
  PHONE_NUMBER: 'PHONE_NUMBER',
  IBAN: 'ACCOUNT',
  BANK_ACCOUNT: 'ACCOUNT',
  ROUTING_NUMBER: 'ACCOUNT',
  SWIFT_BIC: 'ACCOUNT',
  CREDENTIAL: 'CREDENTIAL',
  CARD_CVV: 'CREDENTIAL',
  EMAIL_ADDRESS: 'EMAIL_ADDRESS',
  CARD_EXPIRY: 'CARD_EXPIRY',
  SOLICITATION: 'SOLICITATION',
};
const SCORED_GROUPS = new Set(['CARD_NUMBER', 'NATIONAL_ID', 'PHONE_NUMBER', 'ACCOUNT', 'CREDENTIAL', 'EMAIL_ADDRESS']);
const SENSITIVE_GROUPS = new Set(['CARD_NUMBER', 'NATIONAL_ID', 'ACCOUNT', 'CREDENTIAL']);

function parseArgs(argv) {
  const o = { gold: [], showErrors: 0, jsonOut: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--gold') o.gold.push(argv[++i]);
    else if (a === '--show-errors') o.showErrors = Number(argv[++i]);
    else if (a === '--json-out') o.jsonOut = argv[++i];
    else throw new Error(`unknown argument ${a}`);
  }
  if (!o.gold.length) o.gold = DEFAULT_GOLD;
  return o;
}

const ALNUM = /[\p{L}\p{N}]/u;

/** Positions of letters/digits in text[start, end), or all positions when there are none. */
function weightOf(text, start, end) {
  let n = 0;
  for (let i = start; i < end; i++) if (ALNUM.test(text[i])) n++;
  return n;
}

function covers(text, gold, pred) {
  const s = Math.max(gold.start, pred.start);
  const e = Math.min(gold.end, pred.end);
  if (e <= s) return false;
  const total = weightOf(text, gold.start, gold.end);
  if (total === 0) return (e - s) * 2 >= gold.end - gold.start;
  return weightOf(text, s, e) * 2 >= total;
}

function readGold(path) {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      const d = JSON.parse(l);
      if (typeof d.id !== 'string' || typeof d.text !== 'string' || !Array.isArray(d.spans)) throw new Error(`${path}:${i + 1}: bad gold line`);
      return d;
    });
}

function runScanner(docs) {
  const input = docs.map((d) => JSON.stringify({ id: d.id, text: d.text })).join('\n') + '\n';
  const started = process.hrtime.bigint();
  const res = spawnSync(process.execPath, [`${ROOT}bin/replyguard.js`, 'scan', '--jsonl'], { input, maxBuffer: 1 << 30 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (res.status !== 0) throw new Error(`replyguard scan --jsonl exited ${res.status}: ${res.stderr}`);
  const lines = res.stdout.toString('utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  if (lines.length !== docs.length) throw new Error(`expected ${docs.length} output lines, got ${lines.length}`);
  lines.forEach((l, i) => {
    if (l.id !== docs[i].id) throw new Error(`output line ${i + 1} has id ${l.id}, expected ${docs[i].id}`);
  });
  return { outputs: lines, seconds };
}

function evaluate(docs, outputs) {
  const byLabel = {};
  const byGroup = {};
  const cell = (table, key) => (table[key] ??= { gold: 0, tp: 0, fn: 0, preds: 0, matched: 0 });
  const errors = [];
  let negatives = 0;
  let falseAlarms = 0;
  let sensitive = 0;
  let missed = 0;
  docs.forEach((doc, k) => {
    const preds = outputs[k].findings;
    const gold = doc.spans;
    for (const g of gold) {
      const group = GROUP_OF[g.type];
      if (!group) continue;
      const found = preds.some((p) => GROUP_OF[p.type] === group && covers(doc.text, g, p));
      for (const [table, key] of [[byLabel, g.type], [byGroup, group]]) {
        const c = cell(table, key);
        c.gold++;
        if (found) c.tp++;
        else c.fn++;
      }
      if (!found) errors.push({ kind: 'FN', id: doc.id, type: g.type, text: doc.text, start: g.start, end: g.end });
    }
    for (const p of preds) {
      const group = GROUP_OF[p.type];
      if (!group) continue;
      const ok = gold.some((g) => GROUP_OF[g.type] === group && covers(doc.text, g, p));
      for (const [table, key] of [[byLabel, p.type], [byGroup, group]]) {
        const c = cell(table, key);
        c.preds++;
        if (ok) c.matched++;
      }
      if (!ok) errors.push({ kind: 'FP', id: doc.id, type: p.type, subtype: p.subtype, score: p.score, text: doc.text, start: p.start, end: p.end });
    }
    const scoredGold = gold.filter((g) => SCORED_GROUPS.has(GROUP_OF[g.type]));
    if (gold.length === 0) {
      negatives++;
      if (preds.some((p) => SCORED_GROUPS.has(GROUP_OF[p.type]))) falseAlarms++;
    }
    if (scoredGold.some((g) => SENSITIVE_GROUPS.has(GROUP_OF[g.type]))) {
      sensitive++;
      if (preds.length === 0) missed++;
    }
  });
  return { byLabel, byGroup, errors, negatives, falseAlarms, sensitive, missed };
}

function prf(c) {
  const p = c.preds ? c.matched / c.preds : null;
  const r = c.gold ? c.tp / c.gold : null;
  const f = p !== null && r !== null && p + r > 0 ? (2 * p * r) / (p + r) : null;
  return { p, r, f };
}

const fmt = (x) => (x === null ? '   -' : x.toFixed(3));

function table(title, rows) {
  const lines = [`${title.padEnd(18)} ${'gold'.padStart(5)} ${'pred'.padStart(5)} ${'TP'.padStart(5)} ${'FN'.padStart(4)} ${'FP'.padStart(4)}   P      R      F1`];
  for (const [name, c] of rows) {
    const { p, r, f } = prf(c);
    lines.push(`${name.padEnd(18)} ${String(c.gold).padStart(5)} ${String(c.preds).padStart(5)} ${String(c.tp).padStart(5)} ${String(c.fn).padStart(4)} ${String(c.preds - c.matched).padStart(4)}   ${fmt(p)}  ${fmt(r)}  ${fmt(f)}`);
  }
  return lines.join('\n');
}

function context(e) {
  const before = e.text.slice(Math.max(0, e.start - 40), e.start).replace(/\s+/g, ' ');
  const after = e.text.slice(e.end, e.end + 30).replace(/\s+/g, ' ');
  return `${before}[${e.text.slice(e.start, e.end).replace(/\n/g, '\\n')}]${after}`;
}

function main() {
  const opts = parseArgs(process.argv.slice(2));
  const report = {};
  for (const path of opts.gold) {
    const docs = readGold(path);
    const chars = docs.reduce((n, d) => n + d.text.length, 0);
    const { outputs, seconds } = runScanner(docs);
    const r = evaluate(docs, outputs);
    const labels = Object.keys(GROUP_OF).filter((l) => r.byLabel[l]);
    const groups = [...SCORED_GROUPS].filter((g) => r.byGroup[g]);
    const micro = { gold: 0, tp: 0, fn: 0, preds: 0, matched: 0 };
    for (const g of groups) for (const k of Object.keys(micro)) micro[k] += r.byGroup[g][k];
    console.log(`\n${path}: ${docs.length} texts, ${chars.toLocaleString('en')} chars, scanned in ${seconds.toFixed(2)} s (process start-up included)`);
    console.log(table('label', labels.map((l) => [l, r.byLabel[l]])));
    console.log();
    console.log(table('group (scorer)', [...groups.map((g) => [g, r.byGroup[g]]), ['micro-average', micro]]));
    console.log(`\ndraft false-alarm rate: ${r.falseAlarms}/${r.negatives} = ${(r.negatives ? r.falseAlarms / r.negatives : 0).toFixed(4)} (texts without any gold span that raised a scored finding)`);
    console.log(`draft miss rate:        ${r.missed}/${r.sensitive} = ${(r.sensitive ? r.missed / r.sensitive : 0).toFixed(4)} (texts with a card/ID/account/credential span and no finding at all)`);
    if (opts.showErrors > 0) {
      for (const kind of ['FN', 'FP']) {
        const list = r.errors.filter((e) => e.kind === kind);
        console.log(`\n${kind} (${list.length}):`);
        for (const e of list.slice(0, opts.showErrors)) console.log(`  ${e.type.padEnd(15)} ${e.id.padEnd(14)} ${e.subtype ? `${e.subtype} ${e.score} ` : ''}${context(e)}`);
      }
    }
    report[path] = { texts: docs.length, chars, seconds, byLabel: r.byLabel, byGroup: r.byGroup, micro, falseAlarms: r.falseAlarms, negatives: r.negatives, missed: r.missed, sensitive: r.sensitive };
  }
  if (opts.jsonOut) writeFileSync(opts.jsonOut, JSON.stringify(report, null, 2) + '\n');
}

main();
