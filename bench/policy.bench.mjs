#!/usr/bin/env node
// Policy and redaction speed, on one core. Prints figures; never fails on timing. Needs
// `npm run build`. Sections:
//   load     parse and validate the default policy file
//   decide   decide() on reply-sized drafts (plain text and HTML), findings from scan()
//   redact   redactHtml on 1 MB of mail HTML with a value every ~200 characters
//
//   node bench/policy.bench.mjs
import { readFileSync } from 'node:fs';
import { scan } from '../dist/detectors/index.js';
import { decide, defaultPolicy, parsePolicy } from '../dist/src/policy/index.js';
import { redactHtml } from '../dist/src/redact.js';

const DEFAULT_YAML = readFileSync(new URL('../src/policy/default-policy.yaml', import.meta.url), 'utf8');

function time(label, runs, fn) {
  for (let i = 0; i < Math.min(50, runs); i++) fn(i);
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn(i);
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  const mean = samples.reduce((a, b) => a + b, 0) / runs;
  const p = (q) => samples[Math.min(runs - 1, Math.floor(runs * q))].toFixed(3);
  console.log(`${label.padEnd(34)} mean ${mean.toFixed(3)} ms  p50 ${p(0.5)}  p99 ${p(0.99)}  (${runs} runs)`);
}

const replies = [
  'Hi Tendai, your card 4111 1111 1111 1111 has been blocked. Call us on +263 242 700 000 or write to support@ourbank.co.zw.',
  'Dear customer, please send me your PIN so I can verify the transfer to IBAN GB82 WEST 1234 5698 7654 32.',
  'Thanks for your patience. Your order 7781-2231 ships on 14/03/2025. Kind regards, the support team.',
  '<div><p>Card: 4111 <b>1111</b> 1111&nbsp;1111, exp 09/28.</p><p>Call <a href="tel:+263771234567">+263 77 123 4567</a> or <a href="mailto:john.doe@gmail.com">john.doe@gmail.com</a>.</p></div>',
];
const drafts = replies.map((body, i) => ({
  draft: { id: `d${i}`, provider: 'bench', body, bodyFormat: body.startsWith('<') ? 'html' : 'text', customer: { email: 'tendai@example.org' } },
  findings: scan(body).map((f) => ({ ...f, source: 'body' })),
}));

console.log('# load');
time('parsePolicy(default-policy.yaml)', 200, () => parsePolicy(DEFAULT_YAML, 'default-policy.yaml'));

console.log('# decide (findings already scanned)');
const policy = defaultPolicy();
for (const [i, input] of drafts.entries()) time(`decide reply ${i} (${input.findings.length} findings)`, 2000, () => decide(input, policy));

console.log('# redact');
const unit = '<p>Dear customer, your card <b>4111</b> 1111 1111 1111 and <a href="tel:+263771234567">call us</a> &amp; thanks.</p>\n';
const html = unit.repeat(Math.ceil((1024 * 1024) / unit.length));
const spans = [];
for (let at = 0; at < html.length; at += unit.length) {
  const card = unit.indexOf('4111');
  const tel = unit.indexOf('+263');
  spans.push({ start: at + card, end: at + unit.indexOf(' and'), type: 'CARD_NUMBER' }, { start: at + tel, end: at + tel + 13, type: 'PHONE_NUMBER' });
}
let t = performance.now();
const runs = 10;
for (let i = 0; i < runs; i++) redactHtml(html, spans);
const ms = (performance.now() - t) / runs;
console.log(`redactHtml 1 MB, ${spans.length} spans`.padEnd(34), `${ms.toFixed(1)} ms  (${(1000 / ms).toFixed(1)} MB/s)`);
