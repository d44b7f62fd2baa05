/**
 * Shared helpers for the detector tables: scan through the public entry point (so the prefilter,
 * normalisation and overlap rules are exercised too) and compare what was found by value.
 */
import { expect } from 'vitest';
import { scan, type Finding, type FindingType, type ScanOptions } from '../../detectors/index.js';

export interface Found {
  type: FindingType;
  subtype?: string;
  /** The original text the finding covers. */
  value: string;
  score: number;
}

export function found(text: string, options?: ScanOptions): Found[] {
  return scan(text, options).map((f: Finding) => ({
    type: f.type,
    ...(f.subtype ? { subtype: f.subtype } : {}),
    value: text.slice(f.start, f.end),
    score: f.score,
  }));
}

/** Asserts that `text` yields a finding of `type` covering exactly `value`. */
export function expectFinding(text: string, type: FindingType, value: string, subtype?: string, options?: ScanOptions): void {
  const all = found(text, options);
  const match = all.find((f) => f.type === type && f.value === value);
  expect(match, `expected ${type} "${value}" in ${JSON.stringify(text)}; got ${JSON.stringify(all)}`).toBeDefined();
  if (subtype !== undefined) expect(match?.subtype).toBe(subtype);
  // A finding never carries the raw value in its preview.
  for (const f of scan(text, options)) expect(f.masked.includes(text.slice(f.start, f.end)) && f.end - f.start > 3).toBe(false);
}

/** Asserts that `text` yields no finding of the given types (any type when omitted). */
export function expectNoFinding(text: string, types?: readonly FindingType[], options?: ScanOptions): void {
  const all = found(text, options).filter((f) => !types || types.includes(f.type));
  expect(all, `expected no ${types?.join('/') ?? 'finding'} in ${JSON.stringify(text)}`).toEqual([]);
}

/**
 * CPU milliseconds this process has spent since `since` (a process.cpuUsage() reading). The
 * hostile-input guards bound CPU, not wall-clock time: a quadratic regex on these inputs costs
 * minutes, while a loaded machine only stretches wall time.
 */
export function cpuMsSince(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
}
