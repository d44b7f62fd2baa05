/**
 * `replyguard policy check FILE` and `replyguard policy show-default`: through runPolicyCommand
 * with in-memory streams, and through the built bin as a real process (needs `npm run build`,
 * which npm test runs first).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runPolicyCommand } from '../../src/policy/command.js';
import { loadPolicyFile } from '../../src/policy/index.js';
import { tempFiles } from './helpers.js';

const BIN = fileURLToPath(new URL('../../bin/replyguard.js', import.meta.url));
const DEFAULT_YAML = readFileSync(new URL('../../src/policy/default-policy.yaml', import.meta.url), 'utf8');
const files = tempFiles('replyguard-policy-cli-');
afterAll(() => files.cleanup());

function sink(): Writable & { text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  return Object.assign(stream, { text: () => chunks.join('') });
}

function run(args: string[]): { code: number; stdout: string; stderr: string } {
  const stdout = sink();
  const stderr = sink();
  const code = runPolicyCommand(args, { stdout, stderr });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

const GOOD = 'name: bank\nallow:\n  domains: [ourbank.co.zw]\nchannels:\n  chat:\n    rules: { CARD_NUMBER: { action: block } }\n';
const BAD = 'rules:\n  CARD_NUMBER: { acton: block }\n  IBAN: { operator: scramble }\n';
const badErrors = (path: string) =>
  `${path}:2:18: rules.CARD_NUMBER: unknown key "acton" (did you mean "action"?)\n${path}:3:21: rules.IBAN.operator: must be one of mask, label, remove\n`;

describe('runPolicyCommand', () => {
  it('check: exit 0 and a one-line summary with the version', () => {
    const path = files.file('bank.yaml', GOOD);
    expect(run(['check', path])).toEqual({
      code: 0,
      stderr: '',
      stdout:
        `${path}: ok, ${loadPolicyFile(path).version}: rules 3 block, 9 redact, 1 pass; bulk at 5 values; minScore 0.5; region ZW; ` +
        "allowlist 0 addresses, 1 domain, 0 numbers, 0 values, customer's own contact; overrides 0 brands, 1 channel\n",
    });
  });

  it('check: exit 2 and every problem as file:line:column', () => {
    const path = files.file('bad.yaml', BAD);
    expect(run(['check', path])).toEqual({ code: 2, stdout: '', stderr: badErrors(path) });
  });

  it('show-default prints the documented default policy', () => {
    expect(run(['show-default'])).toEqual({ code: 0, stdout: DEFAULT_YAML, stderr: '' });
  });

  it('explains its usage on a bad call', () => {
    for (const args of [[], ['check'], ['check', 'a', 'b'], ['lint', 'x']]) {
      const r = run(args);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('usage: replyguard policy check FILE');
    }
  });
});

describe('replyguard policy (the built command)', () => {
  const bin = (args: string[]) => spawnSync(process.execPath, [BIN, 'policy', ...args], { encoding: 'utf8' });

  it('check exits 0 on a valid file and 2 with every error on a bad one', () => {
    const good = files.file('good.yaml', GOOD);
    const ok = bin(['check', good]);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(new RegExp(`^${good.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: ok, bank@[0-9a-f]{12}: `));
    const bad = files.file('bad.yaml', BAD);
    expect(bin(['check', bad])).toMatchObject({ status: 2, stdout: '', stderr: badErrors(bad) });
  });

  it('show-default prints the shipped file, the same as the documented one', () => {
    expect(bin(['show-default'])).toMatchObject({ status: 0, stdout: DEFAULT_YAML });
  });
});
