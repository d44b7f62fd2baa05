/**
 * Replay protection for signed deliveries: the first request with a given webhook-id claims it in
 * Redis for 10 minutes (twice the timestamp tolerance, which bounds how late a captured request
 * could be replayed); any later one is refused. Checked only after the signature verified, so
 * unsigned traffic cannot fill Redis.
 */
import type { Redis } from 'ioredis';
import { seenKey } from './queue.js';

export const REPLAY_WINDOW_MS = 10 * 60 * 1000;

/** True when this is the first delivery with `deliveryId`; rejects when Redis cannot be reached. */
export type ClaimDelivery = (deliveryId: string) => Promise<boolean>;

export function replayGuard(redis: Redis, prefix: string): ClaimDelivery {
  return async (deliveryId) => (await redis.set(seenKey(prefix, deliveryId), '1', 'PX', REPLAY_WINDOW_MS, 'NX')) === 'OK';
}
