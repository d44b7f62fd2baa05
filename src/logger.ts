/**
 * Structured JSON logs (pino). The rule that keeps customer data out of them is upstream: callers
 * pass ids, actions, counts and timings, never draft content, findings' values or error messages
 * that could quote input (JSON.parse's do). The redact paths are a second line of defence for the
 * fields that would carry secrets or content if someone logged a request or a draft by mistake.
 */
import { pino, type DestinationStream, type Logger } from 'pino';
import type { FindingType } from '../detectors/index.js';
import type { LogLevel } from './config.js';

export type { Logger } from 'pino';

const REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers["webhook-signature"]',
  'headers.authorization',
  'headers["webhook-signature"]',
  'body',
  'text',
  'subject',
  'rawBody',
  'redactedBody',
  'draft',
  'sealed',
  '*.body',
  '*.text',
  '*.subject',
  '*.redactedBody',
  '*.draft',
  '*.sealed',
  'customer',
  '*.customer',
];

/** To standard output, asynchronously: lines written while a write is in flight go out together (flushed on exit). */
export function createLogger(level: LogLevel, destination: DestinationStream = pino.destination({ dest: 1, sync: false })): Logger {
  return pino({ level, base: { service: 'replyguard' }, redact: { paths: REDACT_PATHS, censor: '[redacted]' } }, destination);
}

/** `{CARD_NUMBER: 2, EMAIL_ADDRESS: 1}`: what logs say about findings. */
export function countByType(findings: readonly { type: FindingType }[]): Partial<Record<FindingType, number>> {
  const counts: Partial<Record<FindingType, number>> = {};
  for (const f of findings) counts[f.type] = (counts[f.type] ?? 0) + 1;
  return counts;
}

/** An error as logs may show it: its class and our own code, never its message (it may quote input). */
export function errorSummary(err: unknown): { name: string; code?: string } {
  if (err instanceof Error) {
    const code = (err as { code?: unknown }).code;
    return typeof code === 'string' ? { name: err.name, code } : { name: err.name };
  }
  return { name: typeof err };
}
