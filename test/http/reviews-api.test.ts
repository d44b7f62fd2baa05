/**
 * POST /v1/reviews over real HTTP: the real service (real Redis, the BullMQ worker, the default
 * policy) with the real store (PGlite in a temporary directory) as its sink, so a filed review is
 * read back from the database with its agent, time and (sealed) justification.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/index.js';
import { START_TIMEOUT_MS, startHarness, type Auth, type Harness } from '../service/support/harness.js';

let store: Store;
let h: Harness;

beforeAll(async () => {
  h = await startHarness({ name: 'reviews' });
  store = h.store;
}, START_TIMEOUT_MS);
afterAll(() => h?.close(), START_TIMEOUT_MS);

const uid = (): string => `d-${randomBytes(6).toString('hex')}`;
const JUSTIFICATION = 'The customer asked for this PIN reset letter in writing; legal approved the wording.';

function postReview(body: unknown, auth: Auth = { kind: 'bearer', key: h.apiKey }, contentType = 'application/json'): Promise<Response> {
  const payload = typeof body === 'string' ? body : JSON.stringify(body);
  const headers: Record<string, string> = { 'content-type': contentType };
  if (auth.kind === 'bearer') headers.authorization = `Bearer ${auth.key}`;
  return fetch(`${h.url}/v1/reviews`, { method: 'POST', headers, body: payload });
}

/** A draft the default policy blocks (a credential), decided and recorded. */
async function blockedDraft(): Promise<string> {
  const id = uid();
  const res = await h.postDraft({ id, ticketId: 'T-9', agent: { id: 'a-7', email: 'rudo@acme.example' }, body: 'Your new PIN is 4821.' });
  expect(((await res.json()) as { action: string }).action).toBe('block');
  return id;
}

const errorOf = async (res: Response): Promise<{ code: string; message: string }> => ((await res.json()) as { error: { code: string; message: string } }).error;

describe('POST /v1/reviews', () => {
  it('files the blocked draft with the agent, the time and the justification: 201, then 200 with the same id', async () => {
    const draftId = await blockedDraft();
    const before = Date.now();
    const res = await postReview({ draftId, justification: `  ${JUSTIFICATION}\n`, agent: { id: 'a-7', email: 'rudo@acme.example', name: 'Rudo' } });
    expect(res.status).toBe(201);
    const text = await res.text();
    expect(text).not.toContain('legal approved');
    const filed = JSON.parse(text) as { reviewId: number; created: boolean };
    expect(filed.created).toBe(true);

    const review = await store.reviewRequest(filed.reviewId);
    expect(review).toMatchObject({ draftId, agentId: 'a-7', agentEmail: 'rudo@acme.example', justification: JUSTIFICATION });
    expect(review!.decisionId).toBe((await store.latestForDraft(draftId))!.id);
    expect(review!.requestedAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(review!.requestedAt.getTime()).toBeLessThanOrEqual(Date.now());
    const entries = await store.audit.list();
    expect(entries.find((e) => e.kind === 'review.requested' && e.subject === String(filed.reviewId))).toMatchObject({ actor: 'rudo@acme.example' });

    const again = await postReview({ draftId, justification: 'asking twice', agent: { id: 'a-7' } });
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ reviewId: filed.reviewId, created: false });
    expect(h.logs.some((l) => l.includes('legal approved') || l.includes('asking twice'))).toBe(false);
  });

  it('answers 404 RG_ERR_UNKNOWN_DRAFT for a draft with no recorded decision', async () => {
    const res = await postReview({ draftId: uid(), justification: JUSTIFICATION });
    expect(res.status).toBe(404);
    expect((await errorOf(res)).code).toBe('RG_ERR_UNKNOWN_DRAFT');
  });

  it.each([
    ['malformed JSON', `{"draftId": "x", "justification": "${JUSTIFICATION}`, /not valid JSON/],
    ['an array', '[1]', /must be a JSON object/],
    ['no justification', { draftId: 'x' }, /"justification"/],
    ['a blank justification', { draftId: 'x', justification: '  \n ' }, /"justification": must say why/],
    ['a justification over the limit', { draftId: 'x', justification: `${JUSTIFICATION} `.repeat(40) }, /"justification": must be at most 2000/],
    ['a draft id with spaces', { draftId: 'not an id', justification: JUSTIFICATION }, /"draftId"/],
    ['an agent that is not an object', { draftId: 'x', justification: JUSTIFICATION, agent: 'rudo' }, /"agent"/],
  ])('refuses %s with 400 naming the field, never echoing it', async (_name, body, message) => {
    const res = await postReview(body);
    expect(res.status).toBe(400);
    const error = await errorOf(res);
    expect(error.code).toBe('RG_ERR_BAD_REQUEST');
    expect(error.message).toMatch(message);
    expect(error.message).not.toContain('legal approved');
  });

  it('refuses a missing or wrong API key (401) and a body that is not JSON (415), filing nothing', async () => {
    const draftId = await blockedDraft();
    const none = await postReview({ draftId, justification: JUSTIFICATION }, { kind: 'none' });
    expect(none.status).toBe(401);
    const wrong = await postReview({ draftId, justification: JUSTIFICATION }, { kind: 'bearer', key: 'rg_test_not_the_right_key' });
    expect(wrong.status).toBe(401);
    expect((await errorOf(wrong)).code).toBe('RG_ERR_UNAUTHORIZED');
    const form = await postReview(`draftId=${draftId}`, undefined, 'application/x-www-form-urlencoded');
    expect(form.status).toBe(415);
    // Nothing was filed: the first real request creates the review.
    expect((await postReview({ draftId, justification: JUSTIFICATION })).status).toBe(201);
  });
});

describe('POST /v1/reviews with a sink that keeps no reviews', () => {
  // The store always keeps them: the harness hides its requestReview to reach the API's other branch.
  let memory: Harness;
  beforeAll(async () => {
    memory = await startHarness({ name: 'reviews-none', withoutReviews: true });
  }, START_TIMEOUT_MS);
  afterAll(() => memory?.close(), START_TIMEOUT_MS);

  it('answers 404 RG_ERR_NOT_FOUND', async () => {
    const res = await fetch(`${memory.url}/v1/reviews`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${memory.apiKey}` },
      body: JSON.stringify({ draftId: 'x', justification: JUSTIFICATION }),
    });
    expect(res.status).toBe(404);
    expect((await errorOf(res)).code).toBe('RG_ERR_NOT_FOUND');
  });
});
