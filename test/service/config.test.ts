/**
 * The service's settings: defaults with nothing set, and a message naming the variable for every
 * bad value (never echoing a secret). Development credentials: generated once, private, reused.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { clientWebhookSecret, devCredentialsFile, loadServiceCredentials } from '../../src/credentials.js';
import { apiKeyMatches } from '../../webhooks/api-keys.js';
import { formatWebhookSecret } from '../../webhooks/standard-webhooks.js';

const dir = mkdtempSync(join(tmpdir(), 'rg-config-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('loadConfig', () => {
  it('has working defaults with nothing set', () => {
    expect(loadConfig({})).toMatchObject({
      redisUrl: 'redis://127.0.0.1:6379',
      redisUrlExplicit: false,
      databaseUrl: undefined,
      dataDir: resolve('data'),
      decisionTimeoutMs: 3000,
      queuePrefix: 'replyguard',
      workerConcurrency: 64,
      logLevel: 'info',
      webhookSecret: undefined,
      apiKeys: [],
      publicUrl: undefined,
    });
  });

  it('reads every variable', () => {
    const secret = randomBytes(32);
    const policy = join(dir, 'policy.yaml');
    writeFileSync(policy, 'version: 1\n');
    const config = loadConfig({
      REDIS_URL: 'redis://:pw@redis.internal:6380/2',
      DATABASE_URL: 'postgres://rg@db/replyguard',
      REPLYGUARD_DATA_DIR: '/var/lib/replyguard',
      DECISION_TIMEOUT_MS: '1500',
      REPLYGUARD_POLICY_FILE: policy,
      REPLYGUARD_QUEUE_PREFIX: 'rg-prod',
      WORKER_CONCURRENCY: '8',
      LOG_LEVEL: 'WARN',
      REPLYGUARD_WEBHOOK_SECRET: formatWebhookSecret(secret),
      REPLYGUARD_API_KEYS: 'key-one-0123456789, key-two-0123456789',
      REPLYGUARD_PUBLIC_URL: 'https://replyguard.example/',
    });
    expect(config).toMatchObject({
      redisUrl: 'redis://:pw@redis.internal:6380/2',
      redisUrlExplicit: true,
      databaseUrl: 'postgres://rg@db/replyguard',
      dataDir: '/var/lib/replyguard',
      decisionTimeoutMs: 1500,
      policyFile: policy,
      queuePrefix: 'rg-prod',
      workerConcurrency: 8,
      logLevel: 'warn',
      apiKeys: ['key-one-0123456789', 'key-two-0123456789'],
      publicUrl: 'https://replyguard.example',
    });
    expect(config.webhookSecret?.equals(secret)).toBe(true);
  });

  it.each([
    [{ REDIS_URL: 'http://secret-host:6379' }, /REDIS_URL must be a URL starting with redis:/],
    [{ REDIS_URL: 'not a url with password hunter2' }, /REDIS_URL must be a URL/],
    [{ DATABASE_URL: 'mysql://db' }, /DATABASE_URL must be a URL starting with postgres:/],
    [{ DECISION_TIMEOUT_MS: '0' }, /DECISION_TIMEOUT_MS must be an integer from 10 to 60000/],
    [{ DECISION_TIMEOUT_MS: 'soon' }, /DECISION_TIMEOUT_MS/],
    [{ WORKER_CONCURRENCY: '0' }, /WORKER_CONCURRENCY must be an integer from 1 to 1000/],
    [{ REPLYGUARD_QUEUE_PREFIX: 'a:b' }, /REPLYGUARD_QUEUE_PREFIX must be/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL must be one of/],
    [{ REPLYGUARD_WEBHOOK_SECRET: 'whsec_short' }, /REPLYGUARD_WEBHOOK_SECRET must decode to 24 to 64 bytes/],
    [{ REPLYGUARD_WEBHOOK_SECRET: 'whsec_!!!' }, /REPLYGUARD_WEBHOOK_SECRET must be whsec_ followed by base64/],
    [{ REPLYGUARD_API_KEYS: 'short' }, /REPLYGUARD_API_KEYS must be a comma-separated list of keys of at least 16 characters/],
    [{ REPLYGUARD_PUBLIC_URL: 'ftp://x' }, /REPLYGUARD_PUBLIC_URL must be a URL starting with http:/],
    [{ REPLYGUARD_POLICY_FILE: '/nonexistent/policy.yaml' }, /REPLYGUARD_POLICY_FILE names a file that does not exist/],
  ])('rejects %j naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
    try {
      loadConfig(env);
    } catch (err) {
      expect((err as Error).message).not.toContain('hunter2');
      expect((err as Error).message).not.toContain('secret-host');
    }
  });
});

describe('credentials', () => {
  it('uses the configured secret and keys, and writes nothing', () => {
    const data = join(dir, 'configured');
    const secret = randomBytes(32);
    const creds = loadServiceCredentials(loadConfig({ REPLYGUARD_DATA_DIR: data, REPLYGUARD_WEBHOOK_SECRET: formatWebhookSecret(secret), REPLYGUARD_API_KEYS: 'key-one-0123456789' }));
    expect(creds.webhookSecret?.equals(secret)).toBe(true);
    expect(apiKeyMatches('key-one-0123456789', creds.apiKeyHashes)).toBe(true);
    expect(creds.warning).toBeUndefined();
    expect(() => statSync(devCredentialsFile(data))).toThrow();
  });

  it('with nothing configured, generates development credentials once (mode 0600), warns, and send-draft reads the same secret', () => {
    const data = join(dir, 'dev');
    const config = loadConfig({ REPLYGUARD_DATA_DIR: data });
    const first = loadServiceCredentials(config);
    expect(first.warning).toMatch(/generated development credentials/);
    expect(statSync(devCredentialsFile(data)).mode & 0o777).toBe(0o600);
    const second = loadServiceCredentials(config);
    expect(second.warning).toMatch(/using development credentials/);
    expect(second.webhookSecret?.equals(first.webhookSecret as Buffer)).toBe(true);
    expect(clientWebhookSecret(config).equals(first.webhookSecret as Buffer)).toBe(true);
    const file = JSON.parse(readFileSync(devCredentialsFile(data), 'utf8')) as { apiKey: string };
    expect(apiKeyMatches(file.apiKey, first.apiKeyHashes)).toBe(true);
  });
});
