import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSealingKey, seal, sealingKey, unseal, unsealText } from '../../src/crypto.js';

const dir = mkdtempSync(join(tmpdir(), 'rg-crypto-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('seal / unseal', () => {
  const k = sealingKey(randomBytes(32));

  it('round-trips text and never contains the plaintext', () => {
    const sealed = seal(k, 'card 4111 1111 1111 1111', 'job-1');
    expect(sealed.includes(Buffer.from('4111'))).toBe(false);
    expect(unsealText(k, sealed, 'job-1')).toBe('card 4111 1111 1111 1111');
  });

  it('uses a fresh nonce each time', () => {
    expect(seal(k, 'same').equals(seal(k, 'same'))).toBe(false);
  });

  it.each([
    ['a flipped ciphertext byte', (b: Buffer) => { b[b.length - 1]! ^= 1; }],
    ['a flipped tag byte', (b: Buffer) => { b[20]! ^= 1; }],
    ['a flipped nonce byte', (b: Buffer) => { b[6]! ^= 1; }],
  ])('rejects %s', (_name, tamper) => {
    const sealed = seal(k, 'secret');
    tamper(sealed);
    expect(() => unseal(k, sealed)).toThrow();
  });

  it('rejects a value moved to another context (aad)', () => {
    expect(() => unseal(k, seal(k, 'secret', 'decision-1'), 'decision-2')).toThrow();
  });

  it('says when a value was sealed with another key, without content', () => {
    const other = sealingKey(randomBytes(32));
    expect(() => unseal(other, seal(k, 'secret'))).toThrow(/another key/);
  });

  it('rejects keys that are not 32 bytes', () => {
    expect(() => sealingKey(randomBytes(16))).toThrow(/32 bytes/);
  });
});

describe('loadSealingKey', () => {
  it('reads base64 and hex keys from the environment', () => {
    const key = randomBytes(32);
    expect(loadSealingKey({ REPLYGUARD_ENCRYPTION_KEY: key.toString('base64') }, dir).key.key.equals(key)).toBe(true);
    expect(loadSealingKey({ REPLYGUARD_ENCRYPTION_KEY: key.toString('hex') }, dir).warning).toBeUndefined();
  });

  it('rejects a malformed key naming the variable', () => {
    expect(() => loadSealingKey({ REPLYGUARD_ENCRYPTION_KEY: 'short' }, dir)).toThrow(/REPLYGUARD_ENCRYPTION_KEY/);
  });

  it('generates a development key once, private to the owner, and reuses it', () => {
    const data = join(dir, 'data');
    const first = loadSealingKey({}, data);
    expect(first.warning).toMatch(/generated/);
    expect(statSync(join(data, 'encryption.key')).mode & 0o777).toBe(0o600);
    const second = loadSealingKey({}, data);
    expect(second.warning).toMatch(/development key/);
    expect(second.key.key.equals(first.key.key)).toBe(true);
    expect(readFileSync(join(data, 'encryption.key'), 'utf8').trim()).toBe(first.key.key.toString('base64'));
  });
});
