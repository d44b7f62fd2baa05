/**
 * Bearer API keys (`Authorization: Bearer <key>`), for callers that cannot sign, such as a helpdesk
 * sidebar app. Only SHA-256 hashes of the configured keys are kept in memory; a presented key is
 * hashed and compared with every configured hash in constant time (equal lengths by construction).
 */
import { createHash, timingSafeEqual } from 'node:crypto';

export const hashApiKey = (key: string): Buffer => createHash('sha256').update(key, 'utf8').digest();

export function bearerToken(authorization: string | string[] | undefined): string | undefined {
  if (typeof authorization !== 'string') return undefined;
  const match = /^Bearer[ ]+(\S+)\s*$/i.exec(authorization);
  return match?.[1];
}

export function apiKeyMatches(presented: string, hashes: readonly Buffer[]): boolean {
  const digest = hashApiKey(presented);
  let matched = false;
  for (const hash of hashes) if (timingSafeEqual(digest, hash)) matched = true;
  return matched;
}
