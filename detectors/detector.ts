/**
 * What a detector is, and the per-text state it reads. A detector is pure: text in, candidates
 * out, no I/O, no logging (eslint forbids console in detectors/). Speed is the engine's job: the
 * ScanDoc computes the shared views of a text (normalised text, keyword hits, digit runs) once, and
 * detectors read them.
 */
import type { Hit, HitIndex, WordList } from './context.js';
import { findDigitRuns, type DigitRun } from './digit-runs.js';
import type { Candidate, FindingType } from './types.js';

export interface Detector {
  /** Stable kebab-case id: it appears in explanations and tests. */
  readonly id: string;
  /** The labels it can report. */
  readonly types: readonly FindingType[];
  /** One line for the README table: what it finds and how it is validated. */
  readonly description: string;
  /** Every word list `find` queries; the registry compiles them into the shared keyword pass. */
  readonly wordLists: readonly WordList[];
  /** Appends its candidates to `out`. Must not throw on any input and must run in linear time. */
  find(doc: ScanDoc, out: Candidate[]): void;
}

export class ScanDoc {
  private runsCache: DigitRun[] | undefined;

  constructor(
    /** The normalised text (see normalize.ts); all offsets detectors use point into it. */
    readonly text: string,
    /** Keyword hits of the registry's word lists. */
    readonly hits: HitIndex,
    /** Region tried first for national-format phone numbers. */
    readonly region: string,
  ) {}

  /**
   * The label a value at `start` carries: the hit of any of `lists` ending nearest before it,
   * within `window` characters, with no other number in between ("order 12345, card 4111..." gives
   * the card no "order" label). Returns the hit and the list it matched first.
   */
  labelBefore(start: number, lists: readonly WordList[], window = 48): { hit: Hit; list: WordList } | undefined {
    const hit = this.hits.nearestBefore(start, lists, window);
    if (!hit) return undefined;
    for (let i = hit.end; i < start; i++) {
      const c = this.text.charCodeAt(i);
      if (c >= 48 && c <= 57) return undefined;
    }
    const list = lists.find((l) => hit.lists.includes(l.id));
    return list ? { hit, list } : undefined;
  }

  /** A label of `lists` right after the value (within `window` characters, no number between). */
  labelAfter(end: number, lists: readonly WordList[], window = 24): { hit: Hit; list: WordList } | undefined {
    const hit = this.hits.nearestAfter(end, lists, window);
    if (!hit) return undefined;
    for (let i = end; i < hit.start; i++) {
      const c = this.text.charCodeAt(i);
      if (c >= 48 && c <= 57) return undefined;
    }
    const list = lists.find((l) => hit.lists.includes(l.id));
    return list ? { hit, list } : undefined;
  }

  /** Digit runs of three or more digits, computed on first use. */
  get runs(): readonly DigitRun[] {
    this.runsCache ??= findDigitRuns(this.text);
    return this.runsCache;
  }
}
