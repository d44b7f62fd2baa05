/**
 * Human and JSON renderings of findings for the CLI: "line:column  TYPE  masked  score".
 */
import type { Finding } from '../detectors/index.js';

export interface LocatedFinding extends Finding {
  /** 1-based line of `start`. */
  line: number;
  /** 1-based column of `start`, in UTF-16 code units like `start`. */
  column: number;
}

/** Adds line and column to findings sorted by start, in one pass over the text. */
export function locate(text: string, findings: readonly Finding[]): LocatedFinding[] {
  const out: LocatedFinding[] = [];
  let line = 1;
  let lineStart = 0;
  let pos = 0;
  for (const f of findings) {
    while (pos < f.start) {
      const nl = text.indexOf('\n', pos);
      if (nl < 0 || nl >= f.start) {
        pos = f.start;
        break;
      }
      line++;
      lineStart = nl + 1;
      pos = nl + 1;
    }
    out.push({ ...f, line, column: f.start - lineStart + 1 });
  }
  return out;
}

function label(f: Finding): string {
  return f.subtype ? `${f.type} (${f.subtype})` : f.type;
}

/** Aligned table rows, one per finding, prefixed with the source name. */
export function formatTable(name: string, findings: readonly LocatedFinding[]): string {
  const rows = findings.map((f) => [`${name}:${f.line}:${f.column}`, label(f), f.masked, f.score.toFixed(2)]);
  const widths = [0, 0, 0];
  for (const r of rows) for (let i = 0; i < 3; i++) widths[i] = Math.max(widths[i]!, [...r[i]!].length);
  return rows
    .map((r) => r.map((cell, i) => (i < 3 ? cell + ' '.repeat(widths[i]! - [...cell].length) : cell)).join('  '))
    .join('\n');
}
