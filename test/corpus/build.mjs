#!/usr/bin/env node
// Builds the gold corpora: every test/corpus/<name>.src.txt becomes <name>.jsonl
// ({"id","text","spans":[{"type","start","end"}]}), after checking that every gold value has a
// real format (see lib.mjs). `--check` exits 1 when a .jsonl is missing or out of date.
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkValue, parseSource } from './lib.mjs';

const DIR = fileURLToPath(new URL('.', import.meta.url));
const check = process.argv.includes('--check');
let failed = false;

for (const file of readdirSync(DIR).filter((f) => f.endsWith('.src.txt')).sort()) {
  const records = parseSource(readFileSync(DIR + file, 'utf8'), file);
  const problems = [];
  for (const r of records) {
    for (const s of r.spans) {
      const problem = checkValue(s);
      if (problem) problems.push(`${file}: ${r.id}: ${s.type} "${s.value}": ${problem}`);
    }
  }
  if (problems.length) {
    console.error(problems.join('\n'));
    failed = true;
    continue;
  }
  const out = records
    .map((r) => JSON.stringify({ id: r.id, text: r.text, spans: r.spans.map(({ type, start, end }) => ({ type, start, end })) }))
    .join('\n') + '\n';
  const target = DIR + file.replace(/\.src\.txt$/, '.jsonl');
  const spans = records.reduce((n, r) => n + r.spans.length, 0);
  const negatives = records.filter((r) => r.spans.length === 0).length;
  if (check) {
    if (!existsSync(target) || readFileSync(target, 'utf8') !== out) {
      console.error(`${target} is out of date: run node test/corpus/build.mjs`);
      failed = true;
    }
  } else {
    writeFileSync(target, out);
    console.log(`${file} -> ${target.slice(DIR.length)}: ${records.length} records, ${spans} spans, ${negatives} without any span`);
  }
}
process.exit(failed ? 1 : 0);
