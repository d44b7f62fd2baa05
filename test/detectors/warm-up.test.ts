import { describe, expect, it } from 'vitest';
import { DETECTORS, Scanner } from '../../detectors/index.js';
import { WARM_UP_TEXTS, warmUp } from '../../detectors/warm-up.js';

describe('warm-up texts', () => {
  it('reach every registered detector', () => {
    const produced = new Map<string, number>(DETECTORS.map((d) => [d.id, 0]));
    const counting = DETECTORS.map((d) => ({
      ...d,
      find: (doc: Parameters<typeof d.find>[0], out: Parameters<typeof d.find>[1]) => {
        const before = out.length;
        d.find(doc, out);
        produced.set(d.id, produced.get(d.id)! + out.length - before);
      },
    }));
    const scanner = new Scanner(counting);
    for (const text of WARM_UP_TEXTS) scanner.scan(text, { minScore: 0 });
    const idle = [...produced].filter(([, n]) => n === 0).map(([id]) => id);
    expect(idle, 'detectors the warm-up leaves cold').toEqual([]);
  });

  it('scans each text as written and as a two-byte string', () => {
    const seen: string[] = [];
    warmUp((text) => seen.push(text));
    expect(seen).toHaveLength(2 * WARM_UP_TEXTS.length);
    for (let i = 0; i < WARM_UP_TEXTS.length; i++) {
      expect(seen[2 * i]).toBe(WARM_UP_TEXTS[i]);
      expect(seen[2 * i + 1]).toContain(WARM_UP_TEXTS[i]);
      expect([...seen[2 * i + 1]!].some((ch) => ch.charCodeAt(0) > 0xff)).toBe(true);
    }
  });
});
