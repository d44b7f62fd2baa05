/**
 * The `replyguard` command as users and CI run it: a real process on real files and pipes.
 * Needs `npm run build` first (npm test does it).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../bin/replyguard.js', import.meta.url));
const CARD = '4111 1111 1111 1111';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(args: string[], input?: string | Buffer): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
    child.stdin.on('error', () => undefined);
    child.stdin.end(input ?? '');
  });
}

let dir: string;
const file = (name: string, content: string | Buffer): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'replyguard-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('replyguard scan FILE (linter mode)', () => {
  it('prints line:column, type, masked value and score, and exits 1 when something is found', async () => {
    const path = file('reply.txt', `Hi Tendai,\nThe card on file is ${CARD}.\nThanks`);
    const r = await run(['scan', path]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${path}:2:21`);
    expect(r.stdout).toMatch(/CARD_NUMBER \(visa\)\s+•••• •••• •••• 1111\s+1\.00/);
    expect(r.stdout).not.toContain(CARD);
    expect(r.stderr).toContain('1 finding');
  });

  it('aligns one table over thousands of findings (written in batches)', async () => {
    // The first batch of rows holds only e-mail addresses, a later one cards: one width for all.
    const lines = Array.from({ length: 2500 }, (_, i) => (i >= 1000 && i % 2 ? `card ${CARD}` : `${' '.repeat(i % 7)}mail jo${i}@example.com`));
    const r = await run(['scan', file('many.txt', lines.join('\n'))]);
    expect(r.code).toBe(1);
    const rows = r.stdout.split('\n');
    expect(rows.pop()).toBe('');
    expect(rows).toHaveLength(2500);
    expect(new Set(rows.map((row) => row.indexOf('  ') + row.slice(row.indexOf('  ')).search(/[A-Z]/))).size).toBe(1);
    expect(new Set(rows.map((row) => row.lastIndexOf('  '))).size).toBe(1);
    expect(rows[2499]).toMatch(/many\.txt:2500:6 +CARD_NUMBER \(visa\) +•••• •••• •••• 1111 +1\.00$/);
    expect(r.stderr).toContain('2500 findings');
  });

  it('exits 0 and prints nothing for a clean file', async () => {
    const r = await run(['scan', file('clean.txt', 'Your order 7781-2231 ships on 14/03/2025.')]);
    expect(r).toMatchObject({ code: 0, stdout: '' });
  });

  it('reads standard input when no file is given', async () => {
    const r = await run(['scan'], `call +263 77 123 4567`);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^<stdin>:1:6\s+PHONE_NUMBER \(zw\)/);
  });

  it('prints JSON with --json', async () => {
    const path = file('two.txt', `card ${CARD}\nmail jo@example.com`);
    const r = await run(['scan', '--json', path]);
    expect(r.code).toBe(1);
    const parsed = JSON.parse(r.stdout) as { file: string; findings: { type: string; line: number; column: number; masked: string }[] }[];
    expect(parsed).toHaveLength(1);
    expect(parsed[0]!.file).toBe(path);
    expect(parsed[0]!.findings.map((f) => [f.type, f.line, f.column])).toEqual([['CARD_NUMBER', 1, 6], ['EMAIL_ADDRESS', 2, 6]]);
    expect(r.stdout).not.toContain(CARD);
  });

  it('applies --min-score and --region', async () => {
    const path = file('phones.txt', 'Lagos 0803 123 4567, London 020 7946 0958');
    const all = await run(['scan', '--json', path]);
    const high = await run(['scan', '--json', '--min-score', '0.95', path]);
    expect(JSON.parse(all.stdout)[0].findings).toHaveLength(2);
    expect(JSON.parse(high.stdout)[0].findings).toHaveLength(0);
    expect(high.code).toBe(0);
    const gb = await run(['scan', '--json', '--region', 'gb', file('uk.txt', 'call 020 7946 0958')]);
    expect(JSON.parse(gb.stdout)[0].findings[0].subtype).toBe('gb');
  });

  it.each([
    [['scan', '--min-score', '2'], /--min-score must be a number from 0 to 1/],
    [['scan', '--min-score', 'high'], /--min-score must be a number from 0 to 1/],
    [['scan', '--region', 'XX'], /--region must be a two-letter country code/],
    [['scan', '--bogus'], /Unknown option/],
    [['scan', '--json', '--jsonl'], /cannot be combined/],
    [['frobnicate'], /unknown command "frobnicate"/],
  ])('rejects bad usage %j with exit 2', async (args, message) => {
    const r = await run(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('reports a missing file, a binary file and invalid UTF-8 by name and line, and still scans the others', async () => {
    const good = file('good.txt', `card ${CARD}`);
    const binary = file('image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
    const latin1 = file('latin1.txt', Buffer.concat([Buffer.from('line one\nline two \n'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x34])]));
    const r = await run(['scan', join(dir, 'missing.txt'), binary, latin1, good]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${join(dir, 'missing.txt')}: no such file`);
    expect(r.stderr).toContain(`${binary}: binary data (NUL byte at byte 8), not scanned`);
    expect(r.stderr).toContain(`${latin1}:3: invalid UTF-8`);
    expect(r.stdout).toContain(`${good}:1:6`);
  });

  it('rejects a directory', async () => {
    const r = await run(['scan', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is a directory');
  });
});

describe('replyguard scan --jsonl (batch mode, CONTRACT.md)', () => {
  it('writes one {"id","findings"} line per input line, in order, and exits 0', async () => {
    const input = [
      { id: 'a', text: `card ${CARD}` },
      { id: 'b', text: 'nothing to see' },
      { id: 7, text: 'jo@example.com' },
    ].map((o) => JSON.stringify(o)).join('\n') + '\n';
    const r = await run(['scan', '--jsonl'], input);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { id: unknown; findings: { type: string; start: number; end: number; score: number; masked: string }[] });
    expect(lines.map((l) => l.id)).toEqual(['a', 'b', 7]);
    expect(lines[0]!.findings).toEqual([{ type: 'CARD_NUMBER', subtype: 'visa', start: 5, end: 24, score: 1, masked: '•••• •••• •••• 1111' }]);
    expect(lines[1]!.findings).toEqual([]);
    expect(lines[2]!.findings[0]).toMatchObject({ type: 'EMAIL_ADDRESS', start: 0, end: 14 });
  });

  it('skips blank lines and accepts CRLF and a last line without newline', async () => {
    const r = await run(['scan', '--jsonl'], '{"id":"x","text":"a"}\r\n\n   \n{"id":"y","text":"b"}');
    expect(r.code).toBe(0);
    expect(r.stdout.trimEnd().split('\n').map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(['x', 'y']);
  });

  it.each([
    ['not JSON', '{"id":"s3","text":"secret 4111111111111111"', /line 2: not valid JSON/],
    ['an array', '["4111111111111111"]', /line 2: expected a JSON object/],
    ['no text', '{"id":"s3"}', /line 2: "text" must be a string/],
    ['no id', '{"text":"4111111111111111"}', /line 2: "id" must be a string or a number/],
  ])('stops with exit 2 on a malformed line (%s), naming it, never quoting it', async (_name, bad, message) => {
    const r = await run(['scan', '--jsonl'], `{"id":"ok","text":"fine"}\n${bad}\n{"id":"later","text":"x"}\n`);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toContain('4111');
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(1);
  });

  it('rejects invalid UTF-8 with the line number', async () => {
    const r = await run(['scan', '--jsonl'], Buffer.concat([Buffer.from('{"id":"a","text":"x"}\n{"id":"b","text":"caf'), Buffer.from([0xe9]), Buffer.from('"}\n')]));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/line 2: invalid UTF-8/);
  });

  it('refuses files with --jsonl', async () => {
    const r = await run(['scan', '--jsonl', 'x.jsonl']);
    expect(r.code).toBe(2);
  });
});

describe('big and hostile input', () => {
  it('scans a 50 MB file without crashing', async () => {
    // A mailbox-export-like file: long stretches of ordinary text, a phone number per paragraph.
    const filler = 'Thank you for contacting us about order 7781-2231, shipped on 14/03/2025 for USD 1,250.00. '.repeat(11);
    const paragraph = `${filler}\nCall +263 77 123 4567.\n\n`;
    const copies = Math.ceil((50 * 1024 * 1024) / paragraph.length);
    const r = await run(['scan', '--json', file('big.txt', paragraph.repeat(copies))]);
    expect(r.code).toBe(1);
    const findings = (JSON.parse(r.stdout) as { findings: { type: string }[] }[])[0]!.findings;
    expect(findings.length).toBe(copies);
    expect(new Set(findings.map((f) => f.type))).toEqual(new Set(['PHONE_NUMBER']));
  }, 120_000);

  it('handles a 1 MB line of digits and a 1 MB run of markup in batch mode', async () => {
    const input = [JSON.stringify({ id: 'digits', text: '7'.repeat(1 << 20) }), JSON.stringify({ id: 'tags', text: '<a '.repeat(1 << 18) + `card ${CARD}` })].join('\n') + '\n';
    const r = await run(['scan', '--jsonl'], input);
    expect(r.code).toBe(0);
    const [digits, tags] = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { findings: { type: string }[] });
    expect(digits!.findings).toEqual([]);
    expect(tags!.findings.map((f) => f.type)).toEqual(['CARD_NUMBER']);
  }, 60_000);
});
