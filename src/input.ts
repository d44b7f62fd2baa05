/**
 * Reading text input safely: size limits, binary detection, strict UTF-8 with the line of the
 * first bad byte. Errors name the source and line, never the content.
 */
import { readFileSync, statSync } from 'node:fs';
import { ReplyGuardError } from './errors.js';

/** Largest input the CLI scans in one piece (a 50 MB mailbox export fits). */
export const MAX_INPUT_BYTES = 128 * 1024 * 1024;

const UTF8_BOM = 0xfeff;

export function readTextFile(path: string, maxBytes = MAX_INPUT_BYTES): string {
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw new ReplyGuardError('RG_ERR_INPUT_UNREADABLE', `${path}: is a directory`);
    size = st.size;
  } catch (err) {
    if (err instanceof ReplyGuardError) throw err;
    throw new ReplyGuardError('RG_ERR_INPUT_UNREADABLE', `${path}: ${describeFsError(err)}`);
  }
  if (size > maxBytes) {
    throw new ReplyGuardError('RG_ERR_INPUT_TOO_LARGE', `${path}: ${size} bytes is over the ${maxBytes}-byte limit`);
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    throw new ReplyGuardError('RG_ERR_INPUT_UNREADABLE', `${path}: ${describeFsError(err)}`);
  }
  return decodeText(bytes, path);
}

/** Decodes UTF-8 text, rejecting binary data and invalid byte sequences. */
export function decodeText(bytes: Uint8Array, name: string): string {
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    throw new ReplyGuardError('RG_ERR_INPUT_BINARY', `${name}: binary data (NUL byte at byte ${nul}), not scanned`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    throw new ReplyGuardError('RG_ERR_INPUT_ENCODING', `${name}:${lineOfByte(bytes, bad)}: invalid UTF-8 at byte ${bad}`);
  }
  return text.charCodeAt(0) === UTF8_BOM ? text.slice(1) : text;
}

/** 1-based line number of byte offset `at`. */
export function lineOfByte(bytes: Uint8Array, at: number): number {
  let line = 1;
  let i = bytes.indexOf(10);
  while (i >= 0 && i < at) {
    line++;
    i = bytes.indexOf(10, i + 1);
  }
  return line;
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else {
      return i;
    }
    if (i + need >= bytes.length) return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return bytes.length;
}

function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return code ? `cannot read (${code})` : 'cannot read';
}
