/**
 * The detector registry and `scan`, the one entry point the CLI, the HTTP API and the worker
 * share. Detectors are listed explicitly, alphabetically by id; test/detectors/registry.test.ts
 * checks that every detector file is listed and has its own test.
 */
import { card } from './card.js';
import { cardCvv } from './card-cvv.js';
import { cardExpiry } from './card-expiry.js';
import type { Detector } from './detector.js';
import { email } from './email.js';
import { Scanner } from './engine.js';
import { phone } from './phone.js';
import type { Finding, ScanOptions } from './types.js';

export const DETECTORS: readonly Detector[] = [
  card,
  cardCvv,
  cardExpiry,
  email,
  phone,
];

let defaultScanner: Scanner | undefined;

/** Finds sensitive values in `text`; offsets point into `text`. */
export function scan(text: string, options?: ScanOptions): Finding[] {
  defaultScanner ??= new Scanner(DETECTORS);
  return defaultScanner.scan(text, options);
}

export { DEFAULT_MIN_SCORE, DEFAULT_REGION, Scanner } from './engine.js';
export type { Detector } from './detector.js';
export { FINDING_TYPES } from './types.js';
export type { Finding, FindingType, ScanOptions } from './types.js';
