import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DETECTORS, FINDING_TYPES, type Detector } from '../../detectors/index.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DETECTOR_DIR = join(ROOT, 'detectors');

/** Engine files: everything else in detectors/ must be a detector. */
const INFRASTRUCTURE = new Set([
  'checksums.ts', 'context.ts', 'detector.ts', 'digit-runs.ts', 'engine.ts', 'index.ts', 'mask.ts',
  'nlp.ts', 'normalize.ts', 'shared-words.ts', 'siblings.ts', 'tables.ts', 'types.ts', 'warm-up.ts',
]);

function detectorFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...detectorFiles(path));
    else if (entry.name.endsWith('.ts') && !(dir === DETECTOR_DIR && INFRASTRUCTURE.has(entry.name))) out.push(path);
  }
  return out;
}

function isDetector(value: unknown): value is Detector {
  return typeof value === 'object' && value !== null && 'id' in value && 'find' in value && 'types' in value;
}

describe('detector registry', () => {
  const files = detectorFiles(DETECTOR_DIR);

  it('has detector files', () => expect(files.length).toBeGreaterThanOrEqual(5));

  it.each(files.map((f) => relative(ROOT, f)))('%s exports registered detectors and has a test', async (file) => {
    const mod = (await import(join(ROOT, file))) as Record<string, unknown>;
    const exported = Object.values(mod).filter(isDetector);
    expect(exported.length, `${file} exports no Detector`).toBeGreaterThanOrEqual(1);
    for (const d of exported) expect(DETECTORS, `${d.id} is not in DETECTORS`).toContain(d);
    const test = join(ROOT, 'test', file.replace(/\.ts$/, '.test.ts'));
    expect(existsSync(test), `missing ${relative(ROOT, test)}`).toBe(true);
  });

  it('has unique kebab-case ids, contract labels and a description', () => {
    const ids = DETECTORS.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const d of DETECTORS) {
      expect(d.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(d.types.length).toBeGreaterThan(0);
      for (const t of d.types) expect(FINDING_TYPES).toContain(t);
      expect(d.description.length).toBeGreaterThan(10);
    }
  });

  it('is listed alphabetically by id', () => {
    const ids = DETECTORS.map((d) => d.id);
    expect(ids).toEqual([...ids].sort());
  });
});
