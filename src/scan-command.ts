/**
 * `replyguard scan [FILE...]`: scans files (or standard input) like a linter. Exit status 0 when
 * nothing is found, 1 when something is, 2 on a usage or input error (the other files are still
 * scanned and reported).
 */
import type { Readable, Writable } from 'node:stream';
import { scan, type ScanOptions } from '../detectors/index.js';
import { ReplyGuardError } from './errors.js';
import { decodeText, MAX_INPUT_BYTES, readTextFile } from './input.js';
import { writeJsonResult, writeTable } from './report.js';

export interface ScanCommandIo {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
}

export type OutputFormat = 'table' | 'json';

export async function runScanFiles(files: readonly string[], format: OutputFormat, options: ScanOptions, io: ScanCommandIo): Promise<number> {
  const sources = files.length ? files : ['-'];
  const write = (chunk: string) => void io.stdout.write(chunk);
  let failed = false;
  let found = 0;
  let results = 0;
  for (const file of sources) {
    const name = file === '-' ? '<stdin>' : file;
    let text: string;
    try {
      text = file === '-' ? decodeText(await readAll(io.stdin), name) : readTextFile(file);
    } catch (err) {
      if (!(err instanceof ReplyGuardError)) throw err;
      io.stderr.write(`replyguard: ${err.message}\n`);
      failed = true;
      continue;
    }
    const findings = scan(text, options);
    found += findings.length;
    // Written file by file, in batches: a large file's report is never one string (report.ts).
    if (format === 'table') {
      writeTable(name, text, findings, write);
    } else {
      write(results++ ? ',' : '[');
      writeJsonResult(name, text, findings, write);
    }
  }
  if (format === 'json') write(results ? ']\n' : '[]\n');
  else if (found) io.stderr.write(`${found} finding${found === 1 ? '' : 's'}\n`);
  if (failed) return 2;
  return found ? 1 : 0;
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buf.length;
    if (size > MAX_INPUT_BYTES) throw new ReplyGuardError('RG_ERR_INPUT_TOO_LARGE', `<stdin>: over the ${MAX_INPUT_BYTES}-byte limit`);
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}
