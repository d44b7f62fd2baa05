/**
 * The service commands as users run them, as real processes (needs `npm run build`): send-draft
 * signs a draft file with the development credentials the server generated (zero configuration)
 * and prints the decision, polling after a hold; worker refuses to run without a shared store.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Decision } from '../../src/draft.js';
import { START_TIMEOUT_MS, startHarness, type Harness } from './support/harness.js';

const BIN = fileURLToPath(new URL('../../bin/replyguard.js', import.meta.url));
const SAMPLE = fileURLToPath(new URL('../fixtures/sample-draft.json', import.meta.url));

function run(args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { PATH: process.env.PATH, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('replyguard send-draft', () => {
  let h: Harness;
  // No secret and no API key configured: the server generates development credentials.
  beforeAll(async () => {
    h = await startHarness({ name: 'send-draft', env: { REPLYGUARD_WEBHOOK_SECRET: '', REPLYGUARD_API_KEYS: '' } });
  }, START_TIMEOUT_MS);
  afterAll(() => h?.close(), START_TIMEOUT_MS);

  it('signs the sample draft with the development secret, posts it and prints the decision (exit 1: redact)', async () => {
    expect(h.logs.some((l) => l.includes('generated development credentials'))).toBe(true);
    const r = await run(['send-draft', '--url', h.url, SAMPLE], { REPLYGUARD_DATA_DIR: h.dataDir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const decision = JSON.parse(r.stdout) as Decision;
    expect(decision).toMatchObject({ draftId: 'draft-1001', action: 'redact' });
    expect(decision.redactedBody).toContain('•••• •••• •••• 1111');
    expect(r.stdout).not.toContain('4111 1111 1111 1111');
  });

  it('says clearly when the signature is refused or no server answers', async () => {
    const wrong = await run(['send-draft', '--url', h.url, SAMPLE], { REPLYGUARD_WEBHOOK_SECRET: `whsec_${Buffer.alloc(32, 1).toString('base64')}` });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/refused the draft \(401 RG_ERR_UNAUTHORIZED\): webhook-signature does not match/);
    const none = await run(['send-draft', '--url', 'http://127.0.0.1:9', SAMPLE], { REPLYGUARD_DATA_DIR: h.dataDir });
    expect(none.code).toBe(3);
    expect(none.stderr).toMatch(/no answer from http:\/\/127\.0\.0\.1:9: is replyguard serve running/);
  });
});

describe('replyguard send-draft after a hold', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ name: 'send-hold', env: { DECISION_TIMEOUT_MS: '100' }, slowMs: 400 });
  }, START_TIMEOUT_MS);
  afterAll(() => h?.close(), START_TIMEOUT_MS);

  it('polls the decision until it is there', async () => {
    const r = await run(['send-draft', '--url', h.url, SAMPLE], { REPLYGUARD_WEBHOOK_SECRET: `whsec_${h.secret.toString('base64')}` });
    expect(r.stderr).toMatch(/hold: the decision is not ready yet, polling/);
    expect(r.code).toBe(1);
    expect((JSON.parse(r.stdout) as Decision).action).toBe('redact');
  });
});

describe('replyguard worker', () => {
  it('refuses to start without DATABASE_URL, saying why', async () => {
    const r = await run(['worker'], {});
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/replyguard worker needs DATABASE_URL .*the embedded store is single-process/);
  });
});
