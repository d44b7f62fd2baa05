/**
 * Who may call the service. Production sets REPLYGUARD_WEBHOOK_SECRET and/or REPLYGUARD_API_KEYS.
 * With neither set, a development secret and API key are read from, or generated into,
 * <dataDir>/dev-credentials.json (mode 0600) with a warning to log, so that `npm start` and
 * `replyguard send-draft` (which reads the same file) work with nothing configured.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from './config.js';
import { ReplyGuardError } from './errors.js';
import { hashApiKey } from '../webhooks/api-keys.js';
import { formatWebhookSecret, parseWebhookSecret } from '../webhooks/standard-webhooks.js';

export interface ServiceCredentials {
  readonly webhookSecret: Buffer | undefined;
  readonly apiKeyHashes: readonly Buffer[];
  /** Set when the development credentials are in use. */
  readonly warning?: string;
}

interface DevCredentials {
  readonly webhookSecret: Buffer;
  readonly apiKey: string;
  readonly file: string;
  readonly created: boolean;
}

export const devCredentialsFile = (dataDir: string): string => join(dataDir, 'dev-credentials.json');

export function loadServiceCredentials(config: Pick<Config, 'webhookSecret' | 'apiKeys' | 'dataDir'>): ServiceCredentials {
  if (config.webhookSecret || config.apiKeys.length) {
    return { webhookSecret: config.webhookSecret, apiKeyHashes: config.apiKeys.map(hashApiKey) };
  }
  const dev = devCredentials(config.dataDir);
  return {
    webhookSecret: dev.webhookSecret,
    apiKeyHashes: [hashApiKey(dev.apiKey)],
    warning: `REPLYGUARD_WEBHOOK_SECRET and REPLYGUARD_API_KEYS are not set: ${dev.created ? 'generated' : 'using'} development credentials in ${dev.file}`,
  };
}

/** The signing secret a client (replyguard send-draft) uses: the configured one, else the development one. */
export function clientWebhookSecret(config: Pick<Config, 'webhookSecret' | 'dataDir'>): Buffer {
  return config.webhookSecret ?? devCredentials(config.dataDir).webhookSecret;
}

function devCredentials(dataDir: string): DevCredentials {
  const file = devCredentialsFile(dataDir);
  const existing = readDevCredentials(file);
  if (existing) return { ...existing, file, created: false };
  mkdirSync(dataDir, { recursive: true });
  const fresh = { webhookSecret: formatWebhookSecret(randomBytes(32)), apiKey: `rg_dev_${randomBytes(24).toString('base64url')}` };
  try {
    writeFileSync(file, JSON.stringify(fresh, null, 2) + '\n', { mode: 0o600, flag: 'wx' });
  } catch (err) {
    // Another process (serve and worker starting together) wrote it first: use theirs.
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    const theirs = readDevCredentials(file);
    if (!theirs) throw new ReplyGuardError('RG_ERR_CONFIG', `${file} is not valid: delete it to generate new development credentials`);
    return { ...theirs, file, created: false };
  }
  chmodSync(file, 0o600);
  return { webhookSecret: parseWebhookSecret(fresh.webhookSecret), apiKey: fresh.apiKey, file, created: true };
}

function readDevCredentials(file: string): Omit<DevCredentials, 'file' | 'created'> | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
  try {
    const parsed = JSON.parse(text) as { webhookSecret?: unknown; apiKey?: unknown };
    if (typeof parsed.webhookSecret !== 'string' || typeof parsed.apiKey !== 'string') throw new Error('fields');
    return { webhookSecret: parseWebhookSecret(parsed.webhookSecret), apiKey: parsed.apiKey };
  } catch {
    // A half-written file (the other process is mid-write) reads as empty: treat as invalid.
    if (text.trim() === '') return undefined;
    throw new ReplyGuardError('RG_ERR_CONFIG', `${file} is not valid: delete it to generate new development credentials`);
  }
}
