/**
 * Tables pasted into replies (TSV from a spreadsheet, quoted CSV from an export, Markdown or
 * "a | b" pipe rows, HTML tables, which normalize.ts turns into tab-separated rows): a value in a
 * data row is labelled by its column's header, however far above it is. "Passport no." heads a
 * column of passport numbers; "Account no" a column of account numbers.
 *
 * The engine reads each labelled cell's row again with "<header>: " put right before the cell,
 * so every detector's own label rules apply unchanged (see engine.ts). Linear: one pass over the lines; at most MAX_CELLS cells.
 */

export interface LabelledCell {
  /** The cell's content in the normalised text. */
  readonly start: number;
  readonly end: number;
  /** Its row (the line holding the cell). */
  readonly rowStart: number;
  readonly rowEnd: number;
  /** Its column's header text. */
  readonly header: string;
  /** The whole header row: the other columns' names are context for the cell ("routing" beside "account"). */
  readonly headerRow: string;
}

/** Cells read again per text: a huge export is still scanned as text, only its first rows per column. */
const MAX_CELLS = 2000;
/** Longest header cell taken as a label; longer ones are prose, not a column name. */
const MAX_HEADER = 40;

type Splitter = (line: string) => number[] | undefined;

/** Cell boundaries of a line as [start0, end0, start1, end1, ...] relative to the line. */
const SPLITTERS: readonly Splitter[] = [
  (line) => (line.includes('\t') ? withoutEdgeGaps(splitOn(line, '\t')) : undefined),
  (line) => (line.includes('|') ? splitPipes(line) : undefined),
  (line) => (line.includes('","') || line.includes('";"') ? splitQuoted(line) : undefined),
  (line) => (line.includes(';') ? splitOn(line, ';') : undefined),
  (line) => (line.includes(',') ? splitOn(line, ',') : undefined),
  (line) => (line.includes('  ') ? splitSpaced(line) : undefined),
];

/**
 * A plain-text table copied from a screen, its columns aligned with spaces ("Name      Card
 * Exp     Status"): two spaces or more end a cell; one space stays inside it ("4539 7274 ...").
 */
function splitSpaced(line: string): number[] {
  const cells: number[] = [];
  let i = 0;
  while (i < line.length && line[i] === ' ') i++;
  let start = i;
  while (i < line.length) {
    if (line[i] === ' ' && line[i + 1] === ' ') {
      cells.push(start, i);
      while (i < line.length && line[i] === ' ') i++;
      start = i;
    } else i++;
  }
  if (start < line.length) cells.push(start, line.length);
  return cells;
}

function splitOn(line: string, sep: string): number[] {
  const cells: number[] = [];
  let from = 0;
  for (;;) {
    const at = line.indexOf(sep, from);
    const end = at < 0 ? line.length : at;
    cells.push(...trimmed(line, from, end));
    if (at < 0) return cells;
    from = at + sep.length;
  }
}

/** HTML rows become "\tcell\tcell": the tab before the first cell opens no column. */
function withoutEdgeGaps(cells: number[]): number[] {
  let from = 0;
  let to = cells.length;
  if (to >= 2 && cells[0] === cells[1]) from = 2;
  if (to - from >= 2 && cells[to - 2] === cells[to - 1]) to -= 2;
  return from === 0 && to === cells.length ? cells : cells.slice(from, to);
}

/** "| a | b |" and "a | b": leading and trailing pipes open and close the row. */
function splitPipes(line: string): number[] {
  const cells = splitOn(line, '|');
  const out: number[] = [];
  for (let i = 0; i < cells.length; i += 2) {
    const edge = i === 0 || i === cells.length - 2;
    if (edge && cells[i] === cells[i + 1]) continue;
    out.push(cells[i]!, cells[i + 1]!);
  }
  return out;
}

/** "a","b","c" (or ; between): commas inside quotes stay in their cell; quotes are not content. */
function splitQuoted(line: string): number[] | undefined {
  const out: number[] = [];
  let i = 0;
  while (i <= line.length) {
    while (line[i] === ' ') i++;
    if (line[i] === '"') {
      const close = line.indexOf('"', i + 1);
      if (close < 0) return undefined;
      out.push(i + 1, close);
      i = close + 1;
      while (line[i] === ' ') i++;
    } else {
      let end = i;
      while (end < line.length && line[end] !== ',' && line[end] !== ';') end++;
      out.push(...trimmed(line, i, end));
      i = end;
    }
    if (i >= line.length) break;
    if (line[i] !== ',' && line[i] !== ';') return undefined;
    i++;
  }
  return out;
}

function trimmed(line: string, start: number, end: number): [number, number] {
  while (start < end && (line[start] === ' ' || line[start] === '\t')) start++;
  while (end > start && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--;
  return [start, end];
}

const DIGIT = /\d/;
const LETTER = /\p{L}/u;

/** A header row names its columns: every cell short, lettered and digit-free, at least one not empty. */
function isHeader(line: string, cells: readonly number[]): boolean {
  let named = 0;
  for (let i = 0; i < cells.length; i += 2) {
    const cell = line.slice(cells[i], cells[i + 1]);
    if (cell.length > MAX_HEADER || DIGIT.test(cell)) return false;
    if (LETTER.test(cell)) named++;
  }
  return named >= 2;
}

/**
 * The data cells of every table in `text` whose header names their column: a header row followed
 * by at least one row with the same number of cells, split the same way.
 */
export function labelledCells(text: string): LabelledCell[] {
  // Cheap gate: no separator, no table.
  if (!text.includes('\t') && !text.includes('|') && !text.includes(',') && !text.includes(';') && !text.includes('  ')) return [];
  const out: LabelledCell[] = [];
  let lineStart = 0;
  let header: { line: string; cells: number[]; split: Splitter } | undefined;
  while (lineStart <= text.length && out.length < MAX_CELLS) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    if (header) {
      const cells = header.split(line);
      if (cells && cells.length === header.cells.length) {
        for (let i = 0; i < cells.length && out.length < MAX_CELLS; i += 2) {
          const name = header.line.slice(header.cells[i], header.cells[i + 1]);
          if (cells[i] !== cells[i + 1] && name) {
            out.push({ start: lineStart + cells[i]!, end: lineStart + cells[i + 1]!, rowStart: lineStart, rowEnd: lineEnd, header: name, headerRow: header.line });
          }
        }
      } else if (line.trim()) {
        header = undefined;
      }
    }
    if (!header) {
      for (const split of SPLITTERS) {
        const cells = split(line);
        // Three columns at least: two-column tables are "label | value" rows, labelled already.
        if (cells && cells.length >= 6 && isHeader(line, cells)) {
          header = { line, cells, split };
          break;
        }
      }
    }
    lineStart = lineEnd + 1;
  }
  return out;
}
