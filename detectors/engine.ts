/**
 * The scan engine: normalise once, find keywords once, let each detector read the shared views,
 * settle overlaps, map offsets back to the original text.
 */
import { detached, HitIndex, Vocabulary, type Hit, type WordList } from './context.js';
import { ScanDoc, type Detector } from './detector.js';
import { normalize } from './normalize.js';
import { contrastedSiblings } from './siblings.js';
import { labelledCells, type LabelledCell } from './tables.js';
import type { Candidate, Finding, ScanOptions } from './types.js';

/**
 * The score at and above which a finding is reported, everywhere (CLI, API, worker). Checksum-
 * validated values start above it; values with no checksum need a context word to reach it.
 */
export const DEFAULT_MIN_SCORE = 0.5;

/**
 * Region tried first for national-format phone numbers when the caller names none: ReplyGuard's
 * first deployments answer Zimbabwean customers. Other common regions are always tried after it.
 */
export const DEFAULT_REGION = 'ZW';

const NOTHING = /^/;

/** Types that describe a whole request and may overlap the values inside it. */
const NON_EXCLUSIVE = new Set(['SOLICITATION']);

export class Scanner {
  private readonly vocabulary: Vocabulary;

  /** `window`: core length of the windows a long text is scanned in (Scanner.windowed); tests set it small. */
  constructor(
    readonly detectors: readonly Detector[],
    private readonly window = WINDOW,
  ) {
    const ids = new Set<string>();
    const lists = new Map<number, WordList>();
    for (const d of detectors) {
      if (ids.has(d.id)) throw new Error(`duplicate detector id ${d.id}`);
      ids.add(d.id);
      for (const list of d.wordLists) lists.set(list.id, list);
    }
    this.vocabulary = new Vocabulary([...lists.values()]);
  }

  /** Keyword hits of `text` (exposed for the table pass). */
  vocabularyHits(text: string): Hit[] {
    return this.vocabulary.find(text);
  }

  private readonly readLabelledCells = readCells;

  /** Findings in `text`, sorted by start, offsets into `text` itself. */
  scan(text: string, options: ScanOptions = {}): Finding[] {
    const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
    const region = (options.region ?? DEFAULT_REGION).toUpperCase();
    const norm = normalize(text);
    const kept = this.windowed(norm.text, minScore, region, this.window);
    const findings: Finding[] = new Array(kept.length);
    for (let i = 0; i < kept.length; i++) {
      const c = kept[i]!;
      const { start, end } = norm.toOriginal(c.start, c.end);
      // One literal: a property added later takes a separate store (40 bytes a finding, 60,000 in a
      // large document). Same key order.
      const score = round2(c.score);
      const masked = c.masked;
      findings[i] = c.subtype ? { type: c.type, start, end, score, masked, subtype: c.subtype } : { type: c.type, start, end, score, masked };
    }
    // V8 remembers the subject of the last successful regex match (RegExp.lastMatch): a slice of
    // this text there keeps the whole normalised text alive after the scan. A match on '' ends that.
    NOTHING.test('');
    return findings;
  }

  /**
   * The kept candidates of normalised `text`, window by window when it is long: each window's
   * keyword hits, digit runs, ID windows and candidates die with it instead of all living until
   * the end (an 8 MB document held about 50 MB of them at once). A window is its core, cut at a
   * blank line where there is one (tables and paragraphs end there), plus MARGIN characters of
   * context each side; only what starts in the core is kept, so every value is judged with the
   * same surroundings as in one pass over the whole text (test/detectors/engine-window.test.ts).
   * Two differences: a secret "mentioned again" (credential.ts) is looked for within its window,
   * not across the whole document; a chain of more than 48 digit groups (digit-runs.ts) is cut
   * into runs from the window's start, so its pieces can differ.
   */
  private windowed(text: string, minScore: number, region: string, window: number): Candidate[] {
    const cells = labelledCells(text);
    if (text.length <= window + 2 * MARGIN) return this.candidatesOf(text, minScore, region, cells);
    const out: Candidate[] = [];
    let firstCell = 0;
    for (let a = 0; a < text.length; ) {
      const b = coreEnd(text, a, window);
      const from = safeCut(text, Math.max(0, a - MARGIN));
      const to = safeCut(text, Math.min(text.length, b + MARGIN));
      // Table cells come from the whole text: a header labels its column however far down it goes
      // (blank lines included), and the MAX_CELLS budget is the document's, as in one pass.
      while (firstCell < cells.length && cells[firstCell]!.rowStart < from) firstCell++;
      const inWindow: LabelledCell[] = [];
      for (let k = firstCell; k < cells.length && cells[k]!.rowStart < to; k++) {
        const cell = cells[k]!;
        if (cell.rowEnd <= to) inWindow.push({ ...cell, start: cell.start - from, end: cell.end - from, rowStart: cell.rowStart - from, rowEnd: cell.rowEnd - from });
      }
      // A copy, not a slice: a slice keeps the whole text alive for as long as anything keeps it
      // (a module-level memo of the last text held the 16 MB normalised document after its scan).
      for (const c of this.candidatesOf(detached(text.slice(from, to)), minScore, region, inWindow)) {
        const start = c.start + from;
        if (start >= a && start < b) out.push({ ...c, start, end: c.end + from });
      }
      a = b;
    }
    return out;
  }

  /** Every detector over `text`, then table cells, overlaps and siblings: the kept candidates, sorted. */
  private candidatesOf(text: string, minScore: number, region: string, cells: readonly LabelledCell[]): Candidate[] {
    const doc = new ScanDoc(text, new HitIndex(this.vocabulary.find(text)), region);
    const candidates: Candidate[] = [];
    for (const detector of this.detectors) {
      const before = candidates.length;
      detector.find(doc, candidates);
      // Drop weak candidates early: conflict resolution only weighs reportable ones.
      let w = before;
      for (let r = before; r < candidates.length; r++) {
        const c = candidates[r]!;
        if (c.score >= minScore && c.end > c.start) candidates[w++] = c;
      }
      // Setting length is a runtime call even when nothing changes.
      if (w !== candidates.length) candidates.length = w;
    }
    this.readLabelledCells(doc, minScore, candidates, cells);
    let kept = resolveOverlaps(candidates);
    const siblings = contrastedSiblings(doc, kept, minScore);
    if (siblings.length) kept = [...kept, ...siblings].sort((a, b) => a.start - b.start || a.end - b.end);
    return kept;
  }
}

/**
 * Characters of a long text's window whose findings are kept (see Scanner.windowed): 48 Ki keeps
 * a window's working set under a megabyte or two, and the margins cost 17% more scanning.
 */
const WINDOW = 48 * 1024;

/**
 * Context read each side of a window's core. Detectors look at most a few hundred characters
 * around a value (labels 48, siblings 80 + the value, table rows, PEM blocks of up to 3,300); a
 * value or table longer than this that crosses a core's end is the one case a window could judge
 * differently from a whole-text pass, and cores end at blank lines to make that rarer still.
 */
const MARGIN = 4 * 1024;

/** End of the core that starts at `a`: after the last blank line in its second half, else the last line break there, else `a + window`. */
function coreEnd(text: string, a: number, window: number): number {
  const limit = a + window;
  if (limit >= text.length) return text.length;
  const half = a + (window >> 1);
  const blank = text.lastIndexOf('\n\n', limit - 2);
  if (blank >= half) return blank + 2;
  const line = text.lastIndexOf('\n', limit - 1);
  if (line >= half) return line + 1;
  return safeCut(text, limit);
}

/** `at`, moved back one when it would split a surrogate pair. */
function safeCut(text: string, at: number): number {
  if (at <= 0 || at >= text.length) return at;
  const c = text.charCodeAt(at);
  return c >= 0xdc00 && c <= 0xdfff && (text.charCodeAt(at - 1) & 0xfc00) === 0xd800 ? at - 1 : at;
}

/** Longest header row put before a re-read cell as context. */
const MAX_HEADER_CONTEXT = 400;

/**
 * Table cells under a labelled header ("Passport no.", "Account no", "Reference") are read again
 * in their row with "<header>: " right before them, so the header labels the cell as a label
 * right before it would (tables.ts), and the rest of the row is still context. What that second reading finds replaces what the first found inside the cell: the
 * header knows better than the words of other cells.
 */
function readCells(this: Scanner, doc: ScanDoc, minScore: number, out: Candidate[], cells: readonly LabelledCell[]): void {
  if (!cells.length) return;
  const headerHasLabel = new Map<string, boolean>();
  const reread: { start: number; end: number }[] = [];
  const found: Candidate[] = [];
  for (const cell of cells) {
    let labelled = headerHasLabel.get(cell.header);
    if (labelled === undefined) {
      labelled = this.vocabularyHits(cell.header).length > 0;
      headerHasLabel.set(cell.header, labelled);
    }
    if (!labelled) continue;
    // The row as it is, with the header put right before the cell: "T. Gumbo\t... Expiry: 03/27\t...".
    const text = doc.text;
    const label = `${cell.header}: `;
    // The header row goes first as context ("routing" beside a bare "account" column), when short:
    // a hostile header of thousands of columns must not be copied once per cell.
    const context = cell.headerRow.length <= MAX_HEADER_CONTEXT ? `${cell.headerRow}\n` : '';
    const before = context + text.slice(cell.rowStart, cell.start);
    // A CSV cell's closing "," or ";" becomes a tab: "599,120.00" would read as one number.
    const after = text.slice(cell.end, cell.rowEnd);
    const virtual = before + label + text.slice(cell.start, cell.end) + (after[0] === ',' || after[0] === ';' ? '\t' + after.slice(1) : after);
    const rowDoc = new ScanDoc(virtual, new HitIndex(this.vocabularyHits(virtual)), doc.region);
    const inRow: Candidate[] = [];
    for (const detector of this.detectors) detector.find(rowDoc, inRow);
    const from = before.length + label.length;
    const to = from + cell.end - cell.start;
    const shift = cell.start - from;
    for (const c of inRow) {
      if (c.start >= from && c.end <= to && c.score >= minScore && c.end > c.start) found.push({ ...c, start: c.start + shift, end: c.end + shift });
    }
    reread.push(cell);
  }
  if (!reread.length) return;
  // Cells come in text order and do not overlap: binary search per candidate.
  const insideReread = (c: Candidate): boolean => {
    let lo = 0;
    let hi = reread.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const r = reread[mid]!;
      if (c.start < r.start) hi = mid - 1;
      else if (c.start >= r.end) lo = mid + 1;
      else return c.end <= r.end;
    }
    return false;
  };
  let w = 0;
  for (const c of out) if (!insideReread(c)) out[w++] = c;
  out.length = w;
  out.push(...found);
}

function round2(x: number): number {
  return Math.round(Math.min(1, Math.max(0, x)) * 100) / 100;
}

/**
 * Where candidates overlap, the higher score wins (then the longer span, then the earlier
 * detector). Works cluster by cluster on candidates sorted by start, so a text with many findings
 * stays linear-ish: only candidates that actually overlap are compared.
 */
export function resolveOverlaps(candidates: Candidate[]): Candidate[] {
  const exclusive: Candidate[] = [];
  const kept: Candidate[] = [];
  for (const c of candidates) (NON_EXCLUSIVE.has(c.type) ? kept : exclusive).push(c);
  exclusive.sort((a, b) => a.start - b.start || b.end - a.end);
  let i = 0;
  while (i < exclusive.length) {
    let clusterEnd = exclusive[i]!.end;
    let j = i + 1;
    while (j < exclusive.length && exclusive[j]!.start < clusterEnd) {
      clusterEnd = Math.max(clusterEnd, exclusive[j]!.end);
      j++;
    }
    if (j === i + 1) kept.push(exclusive[i]!);
    else kept.push(...pickFromCluster(exclusive.slice(i, j)));
    i = j;
  }
  kept.sort((a, b) => a.start - b.start || a.end - b.end);
  return kept;
}

function pickFromCluster(cluster: Candidate[]): Candidate[] {
  if (cluster.length > 64) return sweepCluster(cluster);
  const ranked = cluster
    .map((c, order) => ({ c, order }))
    .sort((a, b) => b.c.score - a.c.score || b.c.end - b.c.start - (a.c.end - a.c.start) || a.order - b.order);
  const chosen: Candidate[] = [];
  for (const { c } of ranked) {
    if (chosen.every((k) => k.end <= c.start || c.end <= k.start)) chosen.push(c);
  }
  return chosen;
}

/** Linear fallback for huge clusters (hostile input): left to right, the better of two overlapping wins. */
function sweepCluster(cluster: Candidate[]): Candidate[] {
  const chosen: Candidate[] = [];
  for (const c of cluster) {
    const last = chosen[chosen.length - 1];
    if (!last || last.end <= c.start) chosen.push(c);
    else if (c.score > last.score) chosen[chosen.length - 1] = c;
  }
  return chosen;
}
