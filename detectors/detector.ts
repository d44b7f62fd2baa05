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

/** The gap between a label and its value says "is" or "field:": "order is", "booking: ", "claim form is". */
const COPULA_OR_FIELD = /^(?:\s+\p{L}{2,12})?[\s)]{0,3}(?:[:=]|(?:is|was|are|were|reads|shows)\b)/iu;

/**
 * A prepositional phrase between a head noun and the label nearest the value: " on the ", " for
 * your ", " stored for your monthly ".
 */
const OF_PHRASE =
  /^(?:\s+(?:number|no\.?|details))?(?:\s+(?:stored|saved|used|registered|linked|attached|kept|held|listed|added))?\s+(?:on|for|in|of|from|under|with|at|to)\s+(?:(?:the|this|that|your|my|our|his|her|their)\s+)?(?:\p{L}{3,15}\s+)?$/iu;

/** A gap that makes the word before it a field name: "ticket: ", "order #". */
const FIELD_GAP = /^\s{0,2}[:#=]/;

/** "on the call", "in the chat": a place, not a label ("to account 6675..." still labels). */
const PLACE_BEFORE = /\b(?:in|on|at|during|inside|within|under)\s+(?:the|this|that|your|my|our|his|her|their|a)\s+$/i;

const LOCATIVE_BEFORE = /\b(?:in|on|inside|from|at|under|within)\s+(?:(?:the|this|that|your|my|our|his|her|their|a)\s+)?$/i;

/** "no.", "nr.", "ref.": abbreviations whose dot ends no sentence. */
const ABBREVIATION_DOT = /\b(?:no|nr|num|ref)\.(?=\s)/gi;

const DIRECT_GAP = /^[\s:#=.\-("']*(?:(?:number|num|no|is|was|of|our|your|the|id)[\s:#=.\-("']*){0,3}$/i;

/** The first of `lists` that `hit` is in (a loop: labelBefore runs for every candidate of most detectors). */
function firstListOf(hit: Hit, lists: readonly WordList[]): WordList | undefined {
  for (const list of lists) if (hit.lists.includes(list.id)) return list;
  return undefined;
}

export class ScanDoc {
  private runsCache: DigitRun[] | undefined;
  private memo: Map<object, unknown> | undefined;

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
  labelBefore(start: number, lists: readonly WordList[], window = 48): { hit: Hit; list: WordList; phrase?: true } | undefined {
    let hit = this.hits.nearestBefore(start, lists, window);
    let phrase = false;
    if (!hit || this.digitBetween(hit.end, start)) return undefined;
    // "the card on the order is 5481...", "ID number on the claim form: 15-021146 G 04": before a
    // copula or a colon the value belongs to the head of the noun phrase, not to the noun of its
    // prepositional phrase. ("the order for card 4111..." keeps "card": it is right before the value.)
    if (COPULA_OR_FIELD.test(this.text.slice(hit.end, start))) {
      for (let hops = 0; hops < 2; hops++) {
        const head = this.hits.nearestBefore(hit.start, lists, 40);
        if (!head || this.digitBetween(head.end, hit.start) || !OF_PHRASE.test(this.text.slice(head.end, hit.start))) break;
        hit = head;
        phrase = true;
      }
    }
    // "his ID number on the call as 8308049014086": a noun after "on the" says where, not what;
    // an earlier label in the clause still names the value.
    else if (!FIELD_GAP.test(this.text.slice(hit.end, start)) && PLACE_BEFORE.test(this.text.slice(Math.max(0, hit.start - 16), hit.start))) {
      const head = this.hits.nearestBefore(hit.start, lists, 40);
      if (!head || this.digitBetween(head.end, hit.start) || /[.!?]\s/.test(this.text.slice(head.end, hit.start))) return undefined;
      hit = head;
    }
    const list = firstListOf(hit, lists);
    if (!list) return undefined;
    // `phrase`: the label heads a "<label> on the <noun> is <value>" phrase, as direct as "<label>: <value>".
    return phrase ? { hit, list, phrase } : { hit, list };
  }

  /**
   * True when `hit` labels the value at `start` directly: only punctuation and filler ("number",
   * "no.", "is", "your") between them, in one sentence ("order no. 4111...", "invoice: 5555...").
   */
  directlyBefore(hit: Hit, start: number): boolean {
    const gap = this.text.slice(hit.end, start);
    if (!DIRECT_GAP.test(gap)) return false;
    // "Order no. 5625 ...": the dot of an abbreviation ends no sentence.
    if (/[.!?]\s/.test(gap) && /[.!?]\s/.test((this.text.slice(Math.max(hit.start, hit.end - 4), hit.end) + gap).replace(ABBREVIATION_DOT, ''))) return false;
    // "it wrapped over two lines in the ticket: 4485 2145 ...": the ticket is where the value is,
    // not what it numbers ("for order 4111..." and "order of 4111..." still name it).
    return !LOCATIVE_BEFORE.test(this.text.slice(Math.max(0, hit.start - 16), hit.start));
  }

  private digitBetween(from: number, to: number): boolean {
    for (let i = from; i < to; i++) {
      const c = this.text.charCodeAt(i);
      if (c >= 48 && c <= 57) return true;
    }
    return false;
  }

  /** A label of `lists` right after the value (within `window` characters, no number between). */
  labelAfter(end: number, lists: readonly WordList[], window = 24): { hit: Hit; list: WordList } | undefined {
    const hit = this.hits.nearestAfter(end, lists, window);
    if (!hit) return undefined;
    for (let i = end; i < hit.start; i++) {
      const c = this.text.charCodeAt(i);
      if (c >= 48 && c <= 57) return undefined;
    }
    const list = firstListOf(hit, lists);
    return list ? { hit, list } : undefined;
  }

  /**
   * What the function `owner` computed for this text (PANs, IBANs, number windows), shared by the
   * detectors that read it; undefined until `remember` stores it. Kept with the text, so it goes
   * when the text does. (WeakMaps keyed by the text cost more than the work they saved: every new
   * key gets an identity hash, and their tables fill with dead texts between collections.)
   */
  recalled<T>(owner: object): T | undefined {
    return this.memo?.get(owner) as T | undefined;
  }

  remember<T>(owner: object, value: T): T {
    (this.memo ??= new Map()).set(owner, value);
    return value;
  }

  /** Digit runs of three or more digits, computed on first use. */
  get runs(): readonly DigitRun[] {
    this.runsCache ??= findDigitRuns(this.text);
    return this.runsCache;
  }
}
