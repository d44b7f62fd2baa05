/** Shared by the policy tests: drafts, findings (real from the scanner, or placed by hand), temp files. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scan, type Finding, type FindingType } from '../../detectors/index.js';
import type { Draft } from '../../src/draft.js';

export function draft(body: string, more: Partial<Draft> = {}): Draft {
  return { id: 'd-1', provider: 'generic', body, bodyFormat: 'text', ...more };
}

/** What the scanner finds in `text`, labelled with its source. */
export function scanned(text: string, source = 'body'): Finding[] {
  return scan(text).map((f) => ({ ...f, source }));
}

/** A finding of `type` over the first `value` in `text` (after `from`), for cases the scanner does not make easy. */
export function placed(type: FindingType, text: string, value: string, more: Partial<Finding> = {}): Finding {
  const start = text.indexOf(value, more.start ?? 0);
  if (start < 0) throw new Error(`test setup: "${value}" is not in the text`);
  return { type, score: 0.9, masked: `••••${value.slice(-2)}`, source: 'body', ...more, start, end: start + value.length };
}

/** A temporary directory for policy files; `cleanup` removes it. */
export function tempFiles(prefix: string): { file(name: string, content: string | Uint8Array): string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return {
    file(name, content) {
      const path = join(dir, name);
      writeFileSync(path, content);
      return path;
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}
