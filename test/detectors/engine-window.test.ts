// A long text is scanned in windows (engine.ts Scanner.windowed): its findings must be exactly
// those of one pass over the whole text, offsets, scores, masks and order included, but for one
// known difference: a secret "mentioned again" (credential.ts mentionsAgain) is looked for in its
// window, not in the whole document, and the first 16 secrets that are looked for are counted
// per window. In a document of replies joined together, that is a PIN of one reply echoed in another.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DETECTORS, Scanner } from '../../detectors/index.js';

const CORPORA = ['dev', 'blind', 'holdout', 'final', 'sealed', 'vault', 'vault2', 'vault3', 'vault4'];

/** A corpus's replies joined by blank lines, as one long document (about 100 K characters). */
function corpusDocument(name: string): string {
  const lines = readFileSync(new URL(`../corpus/${name}.jsonl`, import.meta.url), 'utf8').split('\n').filter(Boolean);
  return lines.map((l) => (JSON.parse(l) as { text: string }).text).join('\n\n');
}

/** Whole text in one pass (no window is ever reached). */
const whole = new Scanner(DETECTORS, Number.MAX_SAFE_INTEGER);
/** Cores of 12,000 characters: a corpus document is cut into half a dozen windows or more. */
const windowed = new Scanner(DETECTORS, 12000);

type Found = ReturnType<Scanner['scan']>[number];

/** Findings of `a` not in `b` (by value, offsets included). */
function missing(a: readonly Found[], b: readonly Found[]): Found[] {
  const inB = new Set(b.map((f) => JSON.stringify(f)));
  return a.filter((f) => !inB.has(JSON.stringify(f)));
}

/** A credential value that stands elsewhere in the document too: one a mention search can add or not. */
function isMention(doc: string, f: Found): boolean {
  const v = doc.slice(f.start, f.end);
  return f.type === 'CREDENTIAL' && (doc.indexOf(v) !== f.start || doc.lastIndexOf(v) !== f.start);
}

describe('windowed scan', () => {
  it.each(CORPORA)('finds in %s joined into one document what one pass finds, mentions aside', (name) => {
    const doc = corpusDocument(name);
    expect(doc.length).toBeGreaterThan(12000 * 3);
    const expected = whole.scan(doc, { minScore: 0 });
    expect(expected.length).toBeGreaterThan(100);
    const actual = windowed.scan(doc, { minScore: 0 });
    // Everything but mentions of a secret found elsewhere is identical, in the same order.
    const notMention = (f: Found) => !isMention(doc, f);
    expect(actual.filter(notMention)).toEqual(expected.filter(notMention));
    expect([...missing(expected, actual), ...missing(actual, expected)].filter(notMention)).toEqual([]);
  });

  it('labels a long table by its header across windows, blank line after the header included', () => {
    // The table budget (tables.ts MAX_CELLS) is the document's, as in one pass.
    // 600 rows under one header row: the rows run through several cores, far below the header.
    const rows = Array.from({ length: 600 }, (_, i) => `Guest ${i}\t${String(533401887 + i * 7919).padStart(9, '0')}\t12/09`);
    const doc = `Bookings for the week &amp; passports:\n\nName\tPassport no.\tArrival\n\n${rows.join('\n')}\n\nThanks, Tendai`;
    const expected = whole.scan(doc);
    expect(expected.filter((f) => f.type === 'PASSPORT_NUMBER').length).toBeGreaterThan(500);
    expect(windowed.scan(doc)).toEqual(expected);
  });

  it('maps offsets through normalisation in every window (entities, tags, full-width digits)', () => {
    const reply = 'Hi,<br>the card is <b>4111&nbsp;1111 1111 1111</b>, phone \uff10\uff17\uff17\uff12 123 456 and IBAN DE89 3704 0044 0532 0130 00.';
    const doc = Array.from({ length: 400 }, (_, i) => `${reply} Ref ${i}.`).join('\n\n');
    const expected = whole.scan(doc);
    expect(expected.length).toBeGreaterThan(800);
    expect(windowed.scan(doc)).toEqual(expected);
  });
});
