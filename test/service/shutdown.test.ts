/**
 * Graceful shutdown: a request whose job is running when the service is told to stop still gets
 * its decision (recorded, job completed), and then the service stops taking requests.
 */
import { expect, it } from 'vitest';
import type { Decision } from '../../src/draft.js';
import { CARD, draft, startHarness } from './support/harness.js';

it('finishes the in-flight job and answers its request before stopping', async () => {
  const h = await startHarness({ name: 'shutdown', processor: { delayMs: 600 } });
  try {
    const pending = h.postDraft(draft('inflight-1', `card ${CARD}`));
    const deadline = Date.now() + 5000;
    while (h.processor.calls === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(h.processor.calls).toBe(1);
    const queue = h.service.queue!;
    const jobKey = [...(await queue.getJobs(['active']))][0]?.id as string;
    expect(jobKey).toMatch(/^[0-9a-f]{32}$/);

    const closed = h.service.close();
    const res = await pending;
    expect(res.status).toBe(200);
    expect(((await res.json()) as Decision).action).toBe('redact');
    await closed;
    expect(h.sink.decisions.get(jobKey)?.decision.action).toBe('redact');
    expect(h.logs.some((l) => l.includes('"msg":"stopped"'))).toBe(true);
    await expect(fetch(`${h.url}/healthz`)).rejects.toThrow();
  } finally {
    await h.close();
  }
});
