/**
 * Not decided in time, and deciding that fails: the answer is `hold` (with the URL to poll) or the
 * fail-closed `block`, never `approve`; the job still finishes and its decision is recorded; a
 * failing processor's message (which quotes the draft) never reaches Redis or the logs. The real
 * components on both store engines; the processor is slowed down or made to throw by the
 * harness's wrapper (the real policy cannot be told to be slow or to fail).
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOT_CHECKED_PROMPT, HOLD_PROMPT } from '../../src/decisions.js';
import type { Decision } from '../../src/draft.js';
import { CARD, draft, dumpKeys, SHARED_REDIS, START_TIMEOUT_MS, startHarness, until, type Harness } from '../service/support/harness.js';
import { ENGINES } from '../store/engines.js';

const uid = (): string => `d-${randomBytes(6).toString('hex')}`;
const decisionOf = async (res: Response): Promise<Decision> => (await res.json()) as Decision;

describe.each(ENGINES)('with the store on $name', ({ make }) => {
  describe('a decision slower than DECISION_TIMEOUT_MS', () => {
    let h: Harness;
    beforeAll(async () => {
      h = await startHarness({ name: 'hold', engine: make('hold'), env: { DECISION_TIMEOUT_MS: '250' }, slowMs: 2000 });
    }, START_TIMEOUT_MS);
    afterAll(() => h?.close(), START_TIMEOUT_MS);

    it('answers hold (202) with the poll URL in time, records the hold, and the poll later answers the decision', async () => {
      const id = uid();
      const started = Date.now();
      const res = await h.postDraft(draft(id, `card ${CARD}`));
      const elapsed = Date.now() - started;
      expect(res.status).toBe(202);
      const hold = await decisionOf(res);
      expect(hold).toEqual({ draftId: id, action: 'hold', findings: [], prompt: HOLD_PROMPT, reviewUrl: `${h.url}/v1/decisions/${id}`, policyVersion: 'none' });
      expect(elapsed).toBeLessThan(1250); // the timeout, not the 2 s the decision takes
      expect(h.logs.filter((l) => l.includes(`"draftId":"${id}"`) && l.includes('"hold":"timeout"'))).toHaveLength(1);
      expect(await h.rows(id)).toMatchObject({ decisions: [], holds: [expect.any(String)] });

      expect((await decisionOf(await h.getDecision(id))).action).toBe('hold');
      const final = await until(async () => {
        const polled = await decisionOf(await h.getDecision(id));
        return polled.action === 'hold' ? undefined : polled;
      });
      expect(final).toMatchObject({ draftId: id, action: 'redact' });
      // The helpdesk's retry now gets the recorded decision at once, without processing again.
      const calls = h.processor.calls;
      const retry = await h.postDraft(draft(id, `card ${CARD}`));
      expect(retry.status).toBe(200);
      expect(await decisionOf(retry)).toEqual(final);
      expect(h.processor.calls).toBe(calls);
      expect((await h.rows(id)).decisions.map((r) => r.action)).toEqual(['redact']);
    });
  });

  describe('a processor that fails', () => {
    let h: Harness;
    beforeAll(async () => {
      h = await startHarness({ name: 'faults', engine: make('faults') });
    }, START_TIMEOUT_MS);
    afterAll(() => h?.close(), START_TIMEOUT_MS);

    it('is retried with backoff, and the retry decides', async () => {
      h.processor.failNext = 1;
      const res = await h.postDraft(draft(uid(), `card ${CARD}`));
      expect(res.status).toBe(200);
      expect((await decisionOf(res)).action).toBe('redact');
    });

    it('after the last attempt, blocks with a could-not-check prompt, recorded, never approve', async () => {
      h.processor.failNext = 3;
      const id = uid();
      const calls = h.processor.calls;
      const res = await h.postDraft(draft(id, 'a perfectly clean reply'));
      expect(await decisionOf(res)).toEqual({ draftId: id, action: 'block', findings: [], prompt: NOT_CHECKED_PROMPT, policyVersion: 'none' });
      expect(h.processor.calls - calls).toBe(3);
      expect((await h.rows(id)).decisions.map((r) => r.action)).toEqual(['block']);
    });

    it('never lets the failing processor message, which quotes the draft, into Redis or the logs', async () => {
      h.processor.failNext = 1;
      const body = `card ${CARD} for Tendai`;
      await h.postDraft(draft(uid(), body));
      const redis = [...(await dumpKeys(SHARED_REDIS, h.prefix)).values()].join('\n');
      expect(redis).toMatch(/deciding failed \(Error\), attempt 1 of 3/); // the reason BullMQ kept
      for (const text of [redis, h.logs.join('\n')]) {
        expect(text).not.toContain(CARD);
        expect(text).not.toContain('for Tendai');
      }
    });

    it('answers hold (503) when the store cannot be reached, and records nothing as approved', async () => {
      h.sink.failing = true;
      try {
        // A new draft is queued without asking the store: the first one after the outage began is
        // held (202, queued), and finds the store down at its deadline ...
        const first = await h.postDraft(draft(uid(), 'hello'));
        expect(first.status).toBe(202);
        expect((await decisionOf(first)).action).toBe('hold');
        // ... so the next ones ask the store first, and are answered 503 (nothing queued).
        const queue = h.service.queue!;
        const queued = await queue.count();
        const res = await h.postDraft(draft(uid(), 'hello'));
        expect(res.status).toBe(503);
        expect((await decisionOf(res)).action).toBe('hold');
        expect(await queue.count()).toBe(queued);
      } finally {
        h.sink.failing = false;
      }
    });
  });
});
