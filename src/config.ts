/**
 * Service configuration: environment variables, validated once at start-up, with embedded
 * defaults so that `npm start` works with nothing set. A bad value stops the service with a message
 * naming the variable. Secrets are validated here too; reading or generating the development
 * credentials (files under the data directory) is src/credentials.ts's job.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { isSupportedCountry } from 'libphonenumber-js/max';
import { DEFAULT_MIN_SCORE, DEFAULT_REGION } from '../detectors/index.js';
import { ReplyGuardError } from './errors.js';
import { loadAlertSettings, loadHelpdeskSettings, type AlertSettings, type HelpdeskSettings } from './helpdesk-config.js';
import { parseWebhookSecret } from '../webhooks/standard-webhooks.js';

export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface Config {
  /** HTTP port. @defaultValue 8080 (env PORT) */
  readonly port: number;
  /** Interface to listen on. @defaultValue "127.0.0.1" (env HOST; the Docker image sets 0.0.0.0) */
  readonly host: string;
  /** Region tried first for national phone numbers. @defaultValue "ZW" (env REPLYGUARD_REGION) */
  readonly region: string;
  /** Findings below this score are not reported. @defaultValue 0.5 (env REPLYGUARD_MIN_SCORE) */
  readonly minScore: number;
  /** Largest request body accepted, in bytes. @defaultValue 10 MiB (env REPLYGUARD_MAX_BODY_BYTES) */
  readonly maxBodyBytes: number;
  /** Redis for the queue, replay protection and notifications. @defaultValue redis://127.0.0.1:6379 (env REDIS_URL) */
  readonly redisUrl: string;
  /** False when REDIS_URL is unset: then a private redis-server may be started (src/redis.ts). */
  readonly redisUrlExplicit: boolean;
  /** PostgreSQL for the store; unset means the embedded single-process store. (env DATABASE_URL) */
  readonly databaseUrl: string | undefined;
  /** Development keys, the embedded store and the private Redis live here. @defaultValue ./data (env REPLYGUARD_DATA_DIR) */
  readonly dataDir: string;
  /** How long a request waits for its decision before answering `hold`. @defaultValue 3000 (env DECISION_TIMEOUT_MS) */
  readonly decisionTimeoutMs: number;
  /** Policy file; unset means the built-in default policy. (env REPLYGUARD_POLICY_FILE) */
  readonly policyFile: string | undefined;
  /** Namespace of every Redis key the service writes. @defaultValue "replyguard" (env REPLYGUARD_QUEUE_PREFIX) */
  readonly queuePrefix: string;
  /** Jobs one worker runs at once (they wait on Redis round trips, not CPU). @defaultValue 64 (env WORKER_CONCURRENCY) */
  readonly workerConcurrency: number;
  /** @defaultValue "info" (env LOG_LEVEL) */
  readonly logLevel: LogLevel;
  /** Standard Webhooks secret, decoded from whsec_<base64>. (env REPLYGUARD_WEBHOOK_SECRET) */
  readonly webhookSecret: Buffer | undefined;
  /** Bearer API keys, comma-separated. (env REPLYGUARD_API_KEYS) */
  readonly apiKeys: readonly string[];
  /** Base of the poll URLs in `hold` answers; unset means the request's own host. (env REPLYGUARD_PUBLIC_URL) */
  readonly publicUrl: string | undefined;
  /** The after-the-fact helpdesk webhooks and their APIs (src/helpdesk-config.ts; README "Helpdesk integrations"). */
  readonly helpdesks: HelpdeskSettings;
  /** Signed outbound alerts (REPLYGUARD_ALERT_URL, REPLYGUARD_ALERT_SECRET); undefined: none are sent. */
  readonly alerts: AlertSettings | undefined;
}

type Env = Readonly<Record<string, string | undefined>>;

const configError = (message: string): ReplyGuardError => new ReplyGuardError('RG_ERR_CONFIG', message);

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) throw configError(`${name} must be an integer from ${min} to ${max}, got "${raw}"`);
  return n;
}

function url(env: Env, name: string, protocols: readonly string[]): string | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    // The value may hold a password: never echo it.
    throw configError(`${name} must be a URL (${protocols.join(' or ')})`);
  }
  if (!protocols.includes(parsed.protocol)) throw configError(`${name} must be a URL starting with ${protocols.join(' or ')}`);
  return raw;
}

function apiKeys(env: Env): string[] {
  const raw = env.REPLYGUARD_API_KEYS;
  if (raw === undefined || raw.trim() === '') return [];
  const keys = raw.split(',').map((k) => k.trim()).filter(Boolean);
  if (keys.some((k) => k.length < 16 || /\s/.test(k))) {
    throw configError('REPLYGUARD_API_KEYS must be a comma-separated list of keys of at least 16 characters without spaces');
  }
  return keys;
}

export function loadConfig(env: Env = process.env): Config {
  const region = (env.REPLYGUARD_REGION ?? DEFAULT_REGION).toUpperCase();
  if (!/^[A-Z]{2}$/.test(region) || !isSupportedCountry(region)) {
    throw configError(`REPLYGUARD_REGION must be a two-letter country code such as ZW, got "${env.REPLYGUARD_REGION}"`);
  }
  const rawScore = env.REPLYGUARD_MIN_SCORE;
  const minScore = rawScore === undefined || rawScore === '' ? DEFAULT_MIN_SCORE : Number(rawScore);
  if (!Number.isFinite(minScore) || minScore < 0 || minScore > 1) {
    throw configError(`REPLYGUARD_MIN_SCORE must be a number from 0 to 1, got "${rawScore}"`);
  }
  const queuePrefix = env.REPLYGUARD_QUEUE_PREFIX || 'replyguard';
  if (!/^[A-Za-z0-9_.-]{1,64}$/.test(queuePrefix)) {
    throw configError(`REPLYGUARD_QUEUE_PREFIX must be 1 to 64 letters, digits, "_", "." or "-", got "${queuePrefix}"`);
  }
  const logLevel = (env.LOG_LEVEL || 'info').toLowerCase();
  if (!(LOG_LEVELS as readonly string[]).includes(logLevel)) throw configError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${env.LOG_LEVEL}"`);
  const rawSecret = env.REPLYGUARD_WEBHOOK_SECRET;
  let webhookSecret: Buffer | undefined;
  if (rawSecret) {
    try {
      webhookSecret = parseWebhookSecret(rawSecret);
    } catch (err) {
      throw configError(`REPLYGUARD_WEBHOOK_SECRET ${(err as Error).message}`);
    }
  }
  const policyFile = env.REPLYGUARD_POLICY_FILE ? resolve(env.REPLYGUARD_POLICY_FILE) : undefined;
  if (policyFile && !existsSync(policyFile)) throw configError(`REPLYGUARD_POLICY_FILE names a file that does not exist: ${policyFile}`);
  const redisUrl = url(env, 'REDIS_URL', ['redis:', 'rediss:']);
  return Object.freeze({
    port: integer(env, 'PORT', 8080, 0, 65535),
    host: env.HOST || '127.0.0.1',
    region,
    minScore,
    maxBodyBytes: integer(env, 'REPLYGUARD_MAX_BODY_BYTES', 10 * 1024 * 1024, 1024, 1024 * 1024 * 1024),
    redisUrl: redisUrl ?? DEFAULT_REDIS_URL,
    redisUrlExplicit: redisUrl !== undefined,
    databaseUrl: url(env, 'DATABASE_URL', ['postgres:', 'postgresql:']),
    dataDir: resolve(env.REPLYGUARD_DATA_DIR || 'data'),
    decisionTimeoutMs: integer(env, 'DECISION_TIMEOUT_MS', 3000, 10, 60_000),
    policyFile,
    queuePrefix,
    workerConcurrency: integer(env, 'WORKER_CONCURRENCY', 64, 1, 1000),
    logLevel: logLevel as LogLevel,
    webhookSecret,
    apiKeys: apiKeys(env),
    publicUrl: url(env, 'REPLYGUARD_PUBLIC_URL', ['http:', 'https:'])?.replace(/\/+$/, ''),
    helpdesks: loadHelpdeskSettings(env),
    alerts: loadAlertSettings(env),
  });
}
