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

  it('scans the texts joined (long enough for direct regex compilation), then one by one, each also as a two-byte string', () => {
    const seen: string[] = [];
    warmUp((text) => seen.push(text));
    const texts = [WARM_UP_TEXTS.join('\n\n'), ...WARM_UP_TEXTS];
    expect(seen).toHaveLength(2 * texts.length);
    expect(texts[0]!.length).toBeGreaterThanOrEqual(1000);
    texts.forEach((text, i) => {
      expect(seen[2 * i]).toBe(text);
      expect(seen[2 * i + 1]).toContain(text);
      expect([...seen[2 * i + 1]!].some((ch) => ch.charCodeAt(0) > 0xff)).toBe(true);
    });
  });
});
