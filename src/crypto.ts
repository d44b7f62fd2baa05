/**
 * Sealing customer content at rest: AES-256-GCM with a random 96-bit nonce per message. Used for
 * draft content in queue jobs and for the encrypted columns of the store, so raw replies never sit
 * in Redis or the database in clear text.
 *
 * Sealed format (one Buffer): version byte 1 | key id (4 bytes) | nonce (12) | tag (16) | ciphertext.
 * The key id (first 4 bytes of SHA-256 of the key) lets a reader say "sealed with another key"
 * instead of failing with a bare authentication error. `aad` binds a sealed value to its context
 * (e.g. the job or decision it belongs to), so a value copied to another row does not open.
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ReplyGuardError } from './errors.js';

const VERSION = 1;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const HEADER_BYTES = 1 + 4 + NONCE_BYTES + TAG_BYTES;

export interface SealingKey {
  readonly key: Buffer;
  readonly id: Buffer;
}

export function sealingKey(key: Buffer): SealingKey {
  if (key.length !== 32) throw new ReplyGuardError('RG_ERR_CONFIG', `encryption key must be 32 bytes, got ${key.length}`);
  return { key, id: createHash('sha256').update(key).digest().subarray(0, 4) };
}

export function seal(k: SealingKey, plaintext: string | Buffer, aad = ''): Buffer {
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv('aes-256-gcm', k.key, nonce);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const body = Buffer.concat([cipher.update(typeof plaintext === 'string' ? Buffer.from(plaintext, 'utf8') : plaintext), cipher.final()]);
  return Buffer.concat([Buffer.from([VERSION]), k.id, nonce, cipher.getAuthTag(), body]);
}

/** Opens a sealed value; throws (without any content in the message) when it was tampered with. */
export function unseal(k: SealingKey, sealed: Buffer, aad = ''): Buffer {
  if (sealed.length < HEADER_BYTES || sealed[0] !== VERSION) throw new Error('sealed value has an unknown format');
  if (!sealed.subarray(1, 5).equals(k.id)) throw new Error('sealed value was encrypted with another key');
  const nonce = sealed.subarray(5, 5 + NONCE_BYTES);
  const tag = sealed.subarray(5 + NONCE_BYTES, HEADER_BYTES);
  const decipher = createDecipheriv('aes-256-gcm', k.key, nonce);
  decipher.setAAD(Buffer.from(aad, 'utf8'));
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(sealed.subarray(HEADER_BYTES)), decipher.final()]);
}

export const unsealText = (k: SealingKey, sealed: Buffer, aad = ''): string => unseal(k, sealed, aad).toString('utf8');

export interface LoadedKey {
  readonly key: SealingKey;
  /** Set when the key was generated or read from the data directory (development only). */
  readonly warning?: string;
}

/**
 * The key from REPLYGUARD_ENCRYPTION_KEY (32 bytes, base64 or hex). Without it, a development key
 * is read from, or generated into, <dataDir>/encryption.key (mode 0600), with a warning to log:
 * every process sharing the data (workers on other machines) needs the same key, so production
 * sets the variable.
 */
export function loadSealingKey(env: Readonly<Record<string, string | undefined>>, dataDir: string): LoadedKey {
  const raw = env.REPLYGUARD_ENCRYPTION_KEY;
  if (raw) return { key: sealingKey(parseKey(raw, 'REPLYGUARD_ENCRYPTION_KEY')) };
  const file = join(dataDir, 'encryption.key');
  if (existsSync(file)) {
    return {
      key: sealingKey(parseKey(readFileSync(file, 'utf8').trim(), file)),
      warning: `REPLYGUARD_ENCRYPTION_KEY is not set: using the development key in ${file}`,
    };
  }
  mkdirSync(dataDir, { recursive: true });
  const key = randomBytes(32);
  writeFileSync(file, key.toString('base64') + '\n', { mode: 0o600, flag: 'wx' });
  chmodSync(file, 0o600);
  return { key: sealingKey(key), warning: `REPLYGUARD_ENCRYPTION_KEY is not set: generated a development key into ${file}` };
}

function parseKey(raw: string, where: string): Buffer {
  const text = raw.trim();
  const key = /^[0-9a-fA-F]{64}$/.test(text) ? Buffer.from(text, 'hex') : Buffer.from(text, 'base64');
  if (key.length !== 32) {
    throw new ReplyGuardError('RG_ERR_CONFIG', `${where} must hold a 32-byte key, base64 or hex (for example: openssl rand -base64 32)`);
  }
  return key;
}
