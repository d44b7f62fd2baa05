/**
 * Batch mode of `replyguard scan --jsonl` (CONTRACT.md): JSON Lines `{"id","text"}` in, one
 * `{"id","findings"}` line out per input line, in order. Streams: memory holds one chunk of input
 * and the lines in flight, whatever the total size. A malformed line stops the run with exit 2 and
 * a message naming the line; lines before it have been written.
 */
import type { Readable, Writable } from 'node:stream';
import { scan, warmUpScan, type ScanOptions } from '../detectors/index.js';
import { ReplyGuardError } from './errors.js';
import { firstInvalidUtf8 } from './input.js';
import { startNlpThread } from './nlp-thread.js';

/** Longest single input line accepted (a 50 MB document as one record fits). */
export const MAX_LINE_CHARS = 256 * 1024 * 1024;

export async function runJsonl(input: Readable, output: Writable, options: ScanOptions): Promise<void> {
  // A batch is many texts: load and compile everything before the first one, compromise in a
  // worker thread meanwhile (the warm-up texts do not need it).
  startNlpThread();
  warmUpScan();
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let partial: string[] = [];
  let partialLength = 0;
  let lineNo = 0;
  let out: string[] = [];

  let written = 0;
  const handleLine = (line: string): void => {
    lineNo++;
    const record = parseRecord(line, lineNo);
    if (!record) return;
    const result = JSON.stringify({ id: record.id, findings: scan(record.text, options) });
    // The first result goes out at once: a caller waiting on it (a pipeline, a timing harness)
    // sees that start-up is over. Later ones are written per input chunk, to save system calls.
    if (written++ === 0) output.write(result + '\n');
    else out.push(result);
  };

  const flush = async (): Promise<void> => {
    if (!out.length) return;
    const body = out.join('\n') + '\n';
    out = [];
    if (!output.write(body)) await new Promise<void>((resolve) => output.once('drain', resolve));
  };

  for await (const chunk of input) {
    let text: string;
    let badEncoding = false;
    try {
      text = typeof chunk === 'string' ? chunk : decoder.decode(chunk as Uint8Array, { stream: true });
    } catch {
      // Scan the complete lines before the bad byte, then stop on the line that holds it.
      const bytes = chunk as Uint8Array;
      const prefix = bytes.subarray(0, bytes.lastIndexOf(10, firstInvalidUtf8(bytes)) + 1);
      text = new TextDecoder('utf-8').decode(prefix);
      badEncoding = true;
    }
    let from = 0;
    let nl = text.indexOf('\n');
    try {
      while (nl >= 0) {
        let line = text.slice(from, nl);
        if (partial.length) {
          partial.push(line);
          line = partial.join('');
          partial = [];
          partialLength = 0;
        }
        handleLine(line);
        from = nl + 1;
        nl = text.indexOf('\n', from);
      }
    } catch (err) {
      await flush();
      throw err;
    }
    if (from < text.length) {
      partial.push(text.slice(from));
      partialLength += text.length - from;
      if (partialLength > MAX_LINE_CHARS) {
        await flush();
        throw new ReplyGuardError('RG_ERR_INPUT_TOO_LARGE', `line ${lineNo + 1}: longer than ${MAX_LINE_CHARS} characters`);
      }
    }
    await flush();
    if (badEncoding) throw new ReplyGuardError('RG_ERR_INPUT_ENCODING', `line ${lineNo + 1}: invalid UTF-8`);
  }
  try {
    const tail = decoder.decode();
    if (tail) partial.push(tail);
  } catch {
    throw new ReplyGuardError('RG_ERR_INPUT_ENCODING', `line ${lineNo + 1}: invalid UTF-8`);
  }
  if (partial.length) {
    try {
      handleLine(partial.join(''));
    } finally {
      await flush();
    }
  }
}

interface BatchRecord {
  id: string | number;
  text: string;
}

/** The record on one line; undefined for a blank line. Messages never quote the line. */
export function parseRecord(line: string, lineNo: number): BatchRecord | undefined {
  if (line.endsWith('\r')) line = line.slice(0, -1);
  if (!line.trim()) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new ReplyGuardError('RG_ERR_BAD_RECORD', `line ${lineNo}: not valid JSON`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ReplyGuardError('RG_ERR_BAD_RECORD', `line ${lineNo}: expected a JSON object {"id", "text"}`);
  }
  const { id, text } = value as { id?: unknown; text?: unknown };
  if (typeof id !== 'string' && typeof id !== 'number') {
    throw new ReplyGuardError('RG_ERR_BAD_RECORD', `line ${lineNo}: "id" must be a string or a number`);
  }
  if (typeof text !== 'string') {
    throw new ReplyGuardError('RG_ERR_BAD_RECORD', `line ${lineNo}: "text" must be a string`);
  }
  return { id, text };
}
