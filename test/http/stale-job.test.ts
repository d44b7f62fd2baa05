/**
 * A job BullMQ still reports completed whose decision this store never recorded (the data
 * directory was reset while Redis kept the job, or two deployments share a prefix): the draft is
 * decided again and recorded here, instead of being held for ever. Two services on one Redis
 * prefix, each with its own embedded store; the first is stopped with its Redis keys kept.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Decision } from '../../src/draft.js';
import { CARD, deleteKeys, draft, SHARED_REDIS, START_TIMEOUT_MS, startHarness, until, type Harness } from '../service/support/harness.js';
import { ENGINES } from '../store/engines.js';

const decisionOf = async (res: Response): Promise<Decision> => (await res.json()) as Decision;
const engine = ENGINES[0]!;

describe('a completed job whose decision the store does not have', () => {
  let first: Harness;
  let second: Harness;
  beforeAll(async () => {
    first = await startHarness({ name: 'stale-a', engine: engine.make('stale-a') });
    second = await startHarness({ name: 'stale-b', engine: engine.make('stale-b'), env: { REPLYGUARD_QUEUE_PREFIX: first.prefix, DECISION_TIMEOUT_MS: '1000' } });
  }, START_TIMEOUT_MS);
  afterAll(async () => {
    await second?.close();
    await first?.close();
    await deleteKeys(SHARED_REDIS, first.prefix).catch(() => undefined);
  }, START_TIMEOUT_MS);

  it('is decided again and recorded, so the poll answers a decision, not hold for ever', async () => {
    const id = `d-${randomBytes(6).toString('hex')}`;
    const body = draft(id, `card ${CARD}`);
    // Decided by the first service: the job stays completed in Redis, the decision in its store.
    // Its worker is then stopped, so only the second service's worker can take the job again.
    expect((await decisionOf(await first.postDraft(body))).action).toBe('redact');
    await first.service.close();
    expect((await second.rows(id)).decisions).toHaveLength(0);

    const res = await second.postDraft(body);
    const answer = await decisionOf(res);
    const decided = answer.action === 'hold' ? await until(async () => {
      const polled = await decisionOf(await second.getDecision(id));
      return polled.action === 'hold' ? undefined : polled;
    }) : answer;
    expect(decided).toMatchObject({ draftId: id, action: 'redact' });
    expect((await second.rows(id)).decisions.map((r) => r.action)).toEqual(['redact']);
  });
});
