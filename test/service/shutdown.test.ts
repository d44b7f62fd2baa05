/**
 * Graceful shutdown: a request whose job is running when the service is told to stop still gets
 * its decision (recorded in the real store, job completed), and then the service stops taking
 * requests. On both store engines; the worker is slowed down (harness) so the job is in flight.
 */
import { expect, it } from 'vitest';
import type { Decision } from '../../src/draft.js';
import { ENGINES } from '../store/engines.js';
import { CARD, draft, START_TIMEOUT_MS, startHarness, until } from './support/harness.js';

it.each(ENGINES)('finishes the in-flight job and answers its request before stopping (store on $name)', async ({ make }) => {
  const h = await startHarness({ name: 'shutdown', engine: make('shutdown'), slowMs: 600 });
  try {
    const pending = h.postDraft(draft('inflight-1', `card ${CARD}`));
    await until(() => (h.processor.calls > 0 ? true : undefined));
    expect(h.processor.calls).toBe(1);
    const queue = h.service.queue!;
    const jobKey = (await until(async () => (await queue.getJobs(['active']))[0]?.id)) as string;
    expect(jobKey).toMatch(/^[0-9a-f]{32}$/);

    const closed = h.service.close();
    const res = await pending;
    expect(res.status).toBe(200);
    expect(((await res.json()) as Decision).action).toBe('redact');
    await closed;
    expect(h.logs.some((l) => l.includes('"msg":"stopped"'))).toBe(true);
    await expect(fetch(`${h.url}/healthz`)).rejects.toThrow();
    // The store was closed with the service: open it again, as the next start would.
    const store = await h.engine.open();
    try {
      expect((await store.findByJobKey(jobKey))?.action).toBe('redact');
    } finally {
      await store.close();
    }
  } finally {
    await h.close();
  }
}, START_TIMEOUT_MS);
