// Builds test/corpus/vault8.jsonl (300 labelled support replies) and checks every span and checksum.
// Usage (from /work/main): node test/corpus/vault8/make-vault8.mjs
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { findPhoneNumbersInText } from 'libphonenumber-js/max';
import { seed, int, shuffle, runCheck, compact, cardOk, deobf } from './lib.mjs';
import { insurance, healthcare } from './families-a.mjs';
import { telecom, mobileMoney } from './families-b.mjs';
import { ecommerce, airline, hotel } from './families-c.mjs';
import { government, utility } from './families-d.mjs';
import { developer, csv, markdown } from './families-e.mjs';
import { multilingual } from './families-f.mjs';
import { threads, tail } from './families-g.mjs';

const SEED = 0x7a8008;
const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'vault8.jsonl');
const LABELS = new Set(['CARD_NUMBER', 'CARD_EXPIRY', 'CARD_CVV', 'NATIONAL_ID', 'PASSPORT_NUMBER', 'PHONE_NUMBER', 'EMAIL_ADDRESS', 'IBAN', 'BANK_ACCOUNT', 'ROUTING_NUMBER', 'SWIFT_BIC', 'CREDENTIAL', 'SOLICITATION']);
const PLAN = [
  ['insurance', insurance, 14, 8], ['healthcare', healthcare, 12, 8], ['telecom', telecom, 12, 10], ['mobile-money', mobileMoney, 12, 8],
  ['ecommerce', ecommerce, 12, 10], ['airline', airline, 10, 6], ['hotel', hotel, 6, 6], ['government', government, 18, 8], ['utility', utility, 8, 12],
  ['developer', developer, 12, 8], ['csv', csv, 8, 4], ['markdown', markdown, 6, 4], ['multilingual', multilingual, 22, 22], ['threads', threads, 10, 24],
];

seed(SEED);
const records = [];
for (const [group, fam, nPos, nNeg] of PLAN) {
  for (let i = 0; i < nPos; i++) records.push({ group, pos: true, ...fam.pos(i) });
  for (let i = 0; i < nNeg; i++) records.push({ group, pos: false, ...fam.neg(i) });
}
// About a third of the replies get neutral quoted history and a footer appended (after all spans, so offsets hold).
for (const r of records) if (int(0, 2) === 0) { const t = tail(); if (r.text.length + t.length <= 2500) r.text += t; }
shuffle(records);

const errors = [], warnings = [];
const seen = new Set();
const PHONE_REGIONS = ['ZW', 'ZA', 'KE', 'NG', 'GB', 'US', 'IN', 'FR', 'DE', 'PT', 'ES', 'SA', 'ET', 'BW', 'GH', 'UG', 'ZM'];
const BRANDS = ['visa', 'mastercard', 'amex', 'discover', 'diners', 'jcb', 'unionpay', 'verve'];
records.forEach((r, k) => {
  r.id = `vault8-${String(k + 1).padStart(4, '0')}`;
  const where = `${r.id} (${r.family})`;
  if (r.text.length < 100 || r.text.length > 2500) errors.push(`${where}: length ${r.text.length}`);
  if (seen.has(r.text)) errors.push(`${where}: duplicate text`);
  seen.add(r.text);
  if (r.pos !== r.spans.length > 0) errors.push(`${where}: positive/negative mismatch`);
  const spans = [...r.spans].sort((a, b) => a.start - b.start);
  spans.forEach((s, j) => {
    if (!LABELS.has(s.type)) errors.push(`${where}: bad label ${s.type}`);
    if (!(s.start < s.end)) errors.push(`${where}: empty span`);
    if (r.text.slice(s.start, s.end) !== s.value) errors.push(`${where}: span text mismatch`);
    if (s.value !== s.value.trim()) errors.push(`${where}: span has outer whitespace ${JSON.stringify(s.value)}`);
    if (j > 0 && s.start < spans[j - 1].end) errors.push(`${where}: overlap ${spans[j - 1].type}/${s.type}`);
  });
  for (const c of r.checks) if (!runCheck(c.check, c.value)) errors.push(`${where}: ${c.check} failed for ${JSON.stringify(c.value)}`);
  for (const s of spans) if (s.type === 'CARD_NUMBER') { const len = compact(s.value).length; if (!BRANDS.some((b) => cardOk(s.value, b))) errors.push(`${where}: card ${len} digits not valid for any brand`); }
  const covered = (a, b, type) => spans.some((s) => s.start <= a && b <= s.end && (!type || s.type === type));
  // unlabelled e-mail addresses
  for (const m of r.text.matchAll(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g)) if (!/:\/\/\S*$/.test(r.text.slice(0, m.index)) && !covered(m.index, m.index + m[0].length, 'EMAIL_ADDRESS')) errors.push(`${where}: unlabelled e-mail ${m[0]}`);
  // unlabelled card-like digit runs (Luhn + brand prefix + brand length)
  for (const m of deobf(r.text).matchAll(/\d(?:[ -]?\d){11,18}/g)) {
    if (BRANDS.some((b) => cardOk(m[0], b)) && !r.spans.some((s) => s.type === 'CARD_NUMBER' && compact(s.value) === compact(m[0]))) warnings.push(`${where}: card-like unlabelled ${m[0]}`);
  }
  // unlabelled phone numbers that libphonenumber would find, written with + or a trunk 0
  for (const region of PHONE_REGIONS) {
    for (const f of findPhoneNumbersInText(r.text, region)) {
      const raw = r.text.slice(f.startsAt, f.endsAt);
      if (/^[+0(]/.test(raw) && !spans.some((s) => s.start < f.endsAt && f.startsAt < s.end)) warnings.push(`${where}: phone-like unlabelled ${raw} [${region}]`);
    }
  }
});

const lines = records.map((r) => JSON.stringify({ id: r.id, text: r.text, spans: r.spans.map(({ type, start, end }) => ({ type, start, end })) }));
if (lines.length !== 300) errors.push(`expected 300 records, got ${lines.length}`);
if (errors.length) { console.error(errors.join('\n')); console.error(`${errors.length} error(s); nothing written`); process.exit(1); }
writeFileSync(OUT, lines.join('\n') + '\n');

const byLabel = {}, byGroup = {};
for (const r of records) {
  byGroup[r.group] = byGroup[r.group] || { pos: 0, neg: 0 };
  byGroup[r.group][r.pos ? 'pos' : 'neg']++;
  for (const s of r.spans) byLabel[s.type] = (byLabel[s.type] || 0) + 1;
}
const uniq = (arr) => [...new Set(arr)];
console.log(`wrote ${lines.length} records to ${OUT}`);
console.log(`positives ${records.filter((r) => r.pos).length}, hard negatives ${records.filter((r) => !r.pos).length}, spans ${records.reduce((a, r) => a + r.spans.length, 0)}, checksum/format checks ${records.reduce((a, r) => a + r.checks.length, 0)} passed`);
console.log('per group:', JSON.stringify(byGroup));
console.log('per label:', JSON.stringify(byLabel));
console.log(`families: ${uniq(records.map((r) => r.family)).length}`);
if (warnings.length) console.log(`warnings (${warnings.length}):\n` + uniq(warnings).join('\n'));
