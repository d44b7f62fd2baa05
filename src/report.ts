/**
 * Human and JSON renderings of findings for the CLI: "line:column  TYPE  masked  score".
 *
 * Both are written in batches of lines, never built whole: an 8 MB document has 60,000 findings,
 * and its table or JSON as one string (then its UTF-8 copy) cost more memory than its scan.
 */
import type { Finding } from '../detectors/index.js';

export interface LocatedFinding extends Finding {
  /** 1-based line of `start`. */
  line: number;
  /** 1-based column of `start`, in UTF-16 code units like `start`. */
  column: number;
}

/** Findings written per call of `write`. */
const BATCH = 1000;

/** Line and column of each finding's start, for findings sorted by start, in one pass over the text. */
function lineColumns(text: string, findings: readonly Finding[]): { lines: Int32Array; columns: Int32Array } {
  const lines = new Int32Array(findings.length);
  const columns = new Int32Array(findings.length);
  let line = 1;
  let lineStart = 0;
  let pos = 0;
  for (let i = 0; i < findings.length; i++) {
    const start = findings[i]!.start;
    while (pos < start) {
      const nl = text.indexOf('\n', pos);
      if (nl < 0 || nl >= start) {
        pos = start;
        break;
      }
      line++;
      lineStart = nl + 1;
      pos = nl + 1;
    }
    lines[i] = line;
    columns[i] = start - lineStart + 1;
  }
  return { lines, columns };
}

function label(f: Finding): string {
  return f.subtype ? `${f.type} (${f.subtype})` : f.type;
}

/** Length in code points, as the table aligns them (a masked value may keep an emoji). */
function width(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

const pad = (cell: string, to: number) => cell + ' '.repeat(to - width(cell));

/**
 * Writes the aligned table of one file's findings (sorted by start), one row per finding prefixed
 * with the source name, each row ending in a line break.
 */
export function writeTable(name: string, text: string, findings: readonly Finding[], write: (chunk: string) => void): void {
  const { lines, columns } = lineColumns(text, findings);
  const where = (i: number) => `${name}:${lines[i]}:${columns[i]}`;
  const widths = [0, 0, 0];
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i]!;
    widths[0] = Math.max(widths[0]!, width(where(i)));
    widths[1] = Math.max(widths[1]!, width(label(f)));
    widths[2] = Math.max(widths[2]!, width(f.masked));
  }
  for (let from = 0; from < findings.length; from += BATCH) {
    const rows: string[] = [];
    for (let i = from; i < Math.min(findings.length, from + BATCH); i++) {
      const f = findings[i]!;
      rows.push(`${pad(where(i), widths[0]!)}  ${pad(label(f), widths[1]!)}  ${pad(f.masked, widths[2]!)}  ${f.score.toFixed(2)}\n`);
    }
    write(rows.join(''));
  }
}

/** Writes `{"file": name, "findings": [...]}` for one file, as JSON.stringify would. */
export function writeJsonResult(name: string, text: string, findings: readonly Finding[], write: (chunk: string) => void): void {
  const { lines, columns } = lineColumns(text, findings);
  write(`{"file":${JSON.stringify(name)},"findings":[`);
  for (let from = 0; from < findings.length; from += BATCH) {
    const items: string[] = [];
    for (let i = from; i < Math.min(findings.length, from + BATCH); i++) {
      const located: LocatedFinding = { ...findings[i]!, line: lines[i]!, column: columns[i]! };
      items.push(JSON.stringify(located));
    }
    write((from ? ',' : '') + items.join(','));
  }
  write(']}');
}
