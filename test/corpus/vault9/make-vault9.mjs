// Writes test/corpus/vault9.jsonl: 300 support replies organised by channel and format,
// 160 with gold spans and 140 hard negatives. Seeded; fails loudly on any bad span.
// Usage: node test/corpus/vault9/make-vault9.mjs
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { findPhoneNumbersInText } from 'libphonenumber-js/max';
import { makeRng, cardValid, ibanValid } from './lib.mjs';
import { checkValue, LABELS } from './verify.mjs';
import { COUNTRIES } from './words.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const FAMILY_FILES = [
  ['email', 'f01-email-pos.mjs', 'f01-email-neg.mjs'],
  ['html', 'f02-html-pos.mjs', 'f02-html-neg.mjs'],
  ['chat', 'f03-chat-pos.mjs', 'f03-chat-neg.mjs'],
  ['voice', 'f04-voice-pos.mjs', 'f04-voice-neg.mjs'],
  ['sms', 'f05-sms-pos.mjs', 'f05-sms-neg.mjs'],
  ['notes', 'f06-notes-pos.mjs', 'f06-notes-neg.mjs'],
  ['forward', 'f07-forward-pos.mjs', 'f07-forward-neg.mjs'],
  ['lang', 'f08-lang-pos.mjs', 'f08-lang-neg.mjs'],
  ['obfuscated', 'f09-obf-pos.mjs', 'f09-obf-neg.mjs'],
  ['masked', 'f10-masked-pos.mjs', 'f10-masked-neg.mjs'],
];
const PER_FAMILY = { pos: 16, neg: 14 };
const SEED = 9009;

const die = (msg) => { console.error('vault9: ' + msg); process.exit(1); };
const norm = (t) => (typeof t === 'function' ? { fn: t, cc: COUNTRIES } : { cc: COUNTRIES, ...t });

function checkRecord(rec, positive, cc) {
  const { text, spans } = rec; const where = `${rec.family}/${positive ? 'pos' : 'neg'}#${rec.tpl}`;
  if (text.length < 150 || text.length > 2500) die(`${where}: length ${text.length} outside 150-2500\n${text}`);
  if (positive && (spans.length < 1 || spans.length > 6)) die(`${where}: ${spans.length} spans`);
  if (!positive && spans.length) die(`${where}: negative with spans`);
  let last = 0;
  for (const sp of spans) {
    if (!LABELS.includes(sp.type)) die(`${where}: label ${sp.type}`);
    if (sp.start < last || sp.end <= sp.start || sp.end > text.length) die(`${where}: bad offsets ${sp.start}-${sp.end}`);
    if (text.slice(sp.start, sp.end) !== sp.display) die(`${where}: slice mismatch`);
    if (sp.display !== sp.display.trim()) die(`${where}: span has outer whitespace ${JSON.stringify(sp.display)}`);
    try { checkValue(sp); } catch (e) { die(`${where}: ${e.message}`); }
    last = sp.end;
  }
  const inside = (s, e, type) => spans.some((sp) => (!type || sp.type === type) && sp.start <= s && e <= sp.end);
  for (const m of text.matchAll(/[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g))
    if (!inside(m.index, m.index + m[0].length, 'EMAIL_ADDRESS')) die(`${where}: unlabelled e-mail ${m[0]}`);
  for (const m of text.matchAll(/\d(?:[ \-.]?\d)*/g)) {
    const d = m[0].replace(/\D/g, '');
    if (d.length >= 12 && d.length <= 19 && cardValid(d) && !inside(m.index, m.index + m[0].length, 'CARD_NUMBER')) die(`${where}: unlabelled card-valid ${m[0]}`);
  }
  for (const m of text.matchAll(/[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?/g))
    if (ibanValid(m[0].replace(/ /g, '')) && !inside(m.index, m.index + m[0].length, 'IBAN')) die(`${where}: unlabelled IBAN ${m[0]}`);
  const warn = [];
  for (const c of new Set([cc, ...COUNTRIES])) {
    for (const f of findPhoneNumbersInText(text, { defaultCountry: c })) {
      if (!spans.some((sp) => sp.type === 'PHONE_NUMBER' && sp.start <= f.startsAt && f.endsAt <= sp.end) && !spans.some((sp) => sp.start < f.endsAt && f.startsAt < sp.end))
        warn.push(`${c}:${text.slice(f.startsAt, f.endsAt)}`);
    }
  }
  return [...new Set(warn)];
}

const rng = makeRng(SEED);
const records = []; const warnings = [];
for (const [family, posFile, negFile] of FAMILY_FILES) {
  const pos = (await import(join(HERE, posFile))).default.map(norm);
  const neg = (await import(join(HERE, negFile))).default.map(norm);
  if (pos.length < 6 || neg.length < 6) die(`${family}: needs at least 6 positive and 6 negative templates (${pos.length}/${neg.length})`);
  for (const [list, n, positive] of [[pos, PER_FAMILY.pos, true], [neg, PER_FAMILY.neg, false]]) {
    const order = rng.shuffle(list.map((_, i) => i));
    for (let k = 0; k < n; k++) {
      const ti = order[k % order.length]; const t = list[ti]; const cc = rng.pick(t.cc);
      const r = makeRng(SEED * 1000 + records.length * 7919 + 13);
      const out = t.fn(r, cc);
      const rec = { family, tpl: ti, text: out.text, spans: out.spans };
      const w = checkRecord(rec, positive, cc);
      if (w.length) warnings.push(`${family}/${positive ? 'pos' : 'neg'}#${ti}: ${w.join(' | ')}`);
      records.push({ ...rec, positive });
    }
  }
}
const seen = new Set();
for (const r of records) { if (seen.has(r.text)) die('duplicate text:\n' + r.text); seen.add(r.text); }
const final = rng.shuffle(records).map((r, i) => ({ id: `vault9-${String(i + 1).padStart(4, '0')}`, text: r.text, spans: r.spans.map(({ type, start, end }) => ({ type, start, end })) }));
if (final.length !== 300) die(`expected 300 lines, got ${final.length}`);
writeFileSync(join(HERE, '..', 'vault9.jsonl'), final.map((o) => JSON.stringify(o)).join('\n') + '\n');

const byLabel = Object.fromEntries(LABELS.map((l) => [l, 0]));
for (const r of final) for (const s of r.spans) byLabel[s.type]++;
const npos = final.filter((r) => r.spans.length).length;
console.log(`vault9.jsonl: ${final.length} lines, ${npos} positive, ${final.length - npos} hard negatives, ${Object.values(byLabel).reduce((a, b) => a + b, 0)} gold spans`);
console.log(byLabel);
if (process.argv.includes('--warnings')) console.log(`phone-shaped look-alikes outside spans (review):\n${warnings.join('\n')}`);
else console.log(`${warnings.length} records have phone-shaped look-alikes outside spans (run with --warnings to list)`);
