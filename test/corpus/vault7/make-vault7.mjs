// Generates test/corpus/vault7.jsonl: 300 labelled support-reply texts (160 with findings, 140 hard negatives).
// Deterministic (seeded PRNG). Usage: node test/corpus/vault7/make-vault7.mjs
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { seed, build, shuffle } from './lib.mjs';
import { validate } from './check.mjs';
import { A_POS } from './families-a.mjs';
import { B_POS } from './families-b.mjs';
import { C_POS } from './families-c.mjs';
import { D_POS } from './families-d.mjs';
import { E_POS } from './families-e.mjs';
import { F_NEG } from './families-f.mjs';
import { G_NEG } from './families-g.mjs';

const SEED = 7007;
const PLAN = [
  ['A cards+solicitation', A_POS, 34, true], ['B national IDs+passports', B_POS, 36, true], ['C phones+e-mail', C_POS, 34, true],
  ['D banking', D_POS, 30, true], ['E credentials+multi-value', E_POS, 26, true],
  ['F hard negatives (orders/logs/masks)', F_NEG, 72, false], ['G hard negatives (advice/dates/codes)', G_NEG, 68, false],
];

seed(SEED);
const recs = [];
const seen = new Set();
for (const [fam, gens, n, positive] of PLAN) {
  for (let i = 0; i < n; i++) {
    const gen = gens[i % gens.length];
    let r, tries = 0;
    do { r = build(gen()); tries++; } while (seen.has(r.text) && tries < 5);
    seen.add(r.text);
    validate(r, `${fam}/${gen.name}#${i}`);
    if (positive !== r.spans.length > 0) throw new Error(`${fam}/${gen.name}#${i}: positive=${positive} but ${r.spans.length} spans`);
    recs.push({ fam, gen: gen.name, ...r });
  }
}
const out = shuffle(recs).map((r, i) => ({ id: `vault7-${String(i + 1).padStart(4, '0')}`, text: r.text, spans: r.spans.slice().sort((a, b) => a.start - b.start), _r: r }));

// final re-check on the serialised form
const lines = out.map(({ id, text, spans }) => JSON.stringify({ id, text, spans }));
lines.forEach((l, i) => {
  const o = JSON.parse(l);
  for (const s of o.spans) if (o.text.slice(s.start, s.end) !== out[i]._r.vals.find((x) => x.start === s.start && x.type === s.type).text) throw new Error(`${o.id}: span drift`);
});
if (lines.length !== 300) throw new Error(`expected 300 lines, got ${lines.length}`);
const dest = join(dirname(fileURLToPath(import.meta.url)), '..', 'vault7.jsonl');
writeFileSync(dest, lines.join('\n') + '\n');

// summary
const labels = {}, kinds = {}, fams = {};
let neg = 0;
for (const r of out) {
  if (!r.spans.length) neg++;
  fams[r._r.fam] = (fams[r._r.fam] || 0) + 1;
  for (const x of r._r.vals) { labels[x.type] = (labels[x.type] || 0) + 1; if (x.type === 'NATIONAL_ID' || x.type === 'PASSPORT_NUMBER' || x.type === 'CREDENTIAL') { const k = `${x.type}:${x.kind.split(':')[0]}`; kinds[k] = (kinds[k] || 0) + 1; } }
}
console.log(`wrote ${lines.length} lines to ${dest} (seed ${SEED}); all span/checksum checks passed`);
console.log(`records with findings: ${out.length - neg}, hard negatives: ${neg}`);
console.log('families:', fams);
console.log('spans per label:', labels);
console.log('sub-kinds:', kinds);
