/**
 * Service configuration: environment variables, validated once at start-up, with embedded
 * defaults so that `npm start` works with nothing set. A bad value stops the service with a message
 * naming the variable.
 */
import { isSupportedCountry } from 'libphonenumber-js/max';
import { DEFAULT_MIN_SCORE, DEFAULT_REGION } from '../detectors/index.js';
import { ReplyGuardError } from './errors.js';

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
}

type Env = Readonly<Record<string, string | undefined>>;

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new ReplyGuardError('RG_ERR_CONFIG', `${name} must be an integer from ${min} to ${max}, got "${raw}"`);
  }
  return n;
}

export function loadConfig(env: Env = process.env): Config {
  const region = (env.REPLYGUARD_REGION ?? DEFAULT_REGION).toUpperCase();
  if (!/^[A-Z]{2}$/.test(region) || !isSupportedCountry(region)) {
    throw new ReplyGuardError('RG_ERR_CONFIG', `REPLYGUARD_REGION must be a two-letter country code such as ZW, got "${env.REPLYGUARD_REGION}"`);
  }
  const rawScore = env.REPLYGUARD_MIN_SCORE;
  const minScore = rawScore === undefined || rawScore === '' ? DEFAULT_MIN_SCORE : Number(rawScore);
  if (!Number.isFinite(minScore) || minScore < 0 || minScore > 1) {
    throw new ReplyGuardError('RG_ERR_CONFIG', `REPLYGUARD_MIN_SCORE must be a number from 0 to 1, got "${rawScore}"`);
  }
  return Object.freeze({
    port: integer(env, 'PORT', 8080, 0, 65535),
    host: env.HOST || '127.0.0.1',
    region,
    minScore,
    maxBodyBytes: integer(env, 'REPLYGUARD_MAX_BODY_BYTES', 10 * 1024 * 1024, 1024, 1024 * 1024 * 1024),
  });
}
