// README's detector table is documentation users copy from: every detector has a row, and every
// example in it really produces that detector's label.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DETECTORS, scan } from '../detectors/index.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const rows = new Map<string, { label: string; example: string }>();
for (const line of readme.split('\n')) {
  const m = /^\| `([a-z0-9-]+)` \| ([A-Z_, ]+) \| .* \| `([^`]+)`/.exec(line);
  if (m) rows.set(m[1]!, { label: m[2]!.trim(), example: m[3]!.replace(' / ', '\n') });
}

describe('README detector table', () => {
  it('has one row per registered detector', () => {
    expect([...rows.keys()].sort()).toEqual(DETECTORS.map((d) => d.id).sort());
  });

  it.each(DETECTORS.map((d) => [d.id, d] as const))('%s: the example is found with its label', (id, detector) => {
    const row = rows.get(id)!;
    expect(row.label).toBe(detector.types.join(', '));
    const types = scan(row.example).map((f) => f.type);
    for (const t of detector.types) expect(types).toContain(t);
  });
});
