/**
 * POST /v1/drafts and GET /v1/decisions/:id over real HTTP, with real Redis, the real BullMQ
 * worker in-process and the real components (scanDraft + the default policy, the store), on both
 * engines: the embedded PGlite store and PostgreSQL. Also the operations endpoints, security
 * headers, and the "never become the leak" checks (logs, /metrics, Redis, every stored row).
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Decision } from '../../src/draft.js';
import { CARD, DEFAULT_POLICY_VERSION, draft, dumpKeys, SHARED_REDIS, START_TIMEOUT_MS, startHarness, type Harness } from '../service/support/harness.js';
import { engineCases } from '../store/engines.js';

describe.each(engineCases('drafts-api'))('with the store on $name', (engine) => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness({ name: 'drafts', engine, env: { REPLYGUARD_MAX_BODY_BYTES: '8192' } });
  }, START_TIMEOUT_MS);
  afterAll(() => h?.close(), START_TIMEOUT_MS);

  const uid = (): string => `d-${randomBytes(6).toString('hex')}`;
  const decisionOf = async (res: Response): Promise<Decision> => (await res.json()) as Decision;
  const errorOf = async (res: Response): Promise<{ code: string; message: string }> => ((await res.json()) as { error: { code: string; message: string } }).error;

  /** Jobs in the queue in any state, processor calls and rows in the store: what "nothing enqueued" means. */
  async function work(): Promise<{ jobs: number; calls: number; rows: string }> {
    const counts = await h.service.queue!.getJobCounts('waiting', 'active', 'delayed', 'completed', 'failed', 'prioritized');
    return { jobs: Object.values(counts).reduce((a, b) => a + b, 0), calls: h.processor.calls, rows: await h.dumpTables() };
  }

  describe('authentication: 401 and nothing enqueued', () => {
    const body = JSON.stringify(draft('auth-1', `card ${CARD}`));

    it.each([
      ['no signature and no API key', { kind: 'none' } as const, /missing webhook signature or API key/],
      ['a forged signature', { kind: 'signature', secret: randomBytes(32) } as const, /does not match/],
      ['an expired signature', { kind: 'signature', timestamp: Date.now() / 1000 - 301 } as const, /tolerance/],
      ['a wrong API key', { kind: 'bearer', key: 'rg_test_not_the_right_key' } as const, /API key is not valid/],
    ])('refuses %s', async (_name, auth, reason) => {
      const before = await work();
      const res = await h.postDraft(body, auth);
      expect(res.status).toBe(401);
      const error = await errorOf(res);
      expect(error.code).toBe('RG_ERR_UNAUTHORIZED');
      expect(error.message).toMatch(reason);
      expect(await work()).toEqual(before);
      expect(await h.rows('auth-1')).toEqual({ decisions: [], holds: [] });
    });

    it('refuses a replayed webhook-id: the first delivery is decided, the replay is not', async () => {
      const auth = { kind: 'signature', id: `msg_${randomBytes(6).toString('hex')}`, timestamp: Date.now() / 1000 } as const;
      const id = uid();
      const replayBody = JSON.stringify(draft(id, 'hello'));
      expect((await h.postDraft(replayBody, auth)).status).toBe(200);
      const before = await work();
      const replay = await h.postDraft(replayBody, auth);
      expect(replay.status).toBe(401);
      expect((await errorOf(replay)).message).toMatch(/already delivered/);
      expect(await work()).toEqual(before);
      expect((await h.rows(id)).decisions.map((r) => r.action)).toEqual(['approve']);
    });

    it('accepts a configured API key', async () => {
      const res = await h.postDraft(draft(uid(), 'hello'), { kind: 'bearer', key: h.apiKey });
      expect(res.status).toBe(200);
      expect((await decisionOf(res)).action).toBe('approve');
    });
  });

  describe('bad input: 400/413/415 with a clear message, nothing enqueued', () => {
    it.each([
      ['malformed JSON', `{"id": "x", "body": "card ${CARD}`, 400, 'RG_ERR_BAD_REQUEST', /not valid JSON/],
      ['a JSON array', '[1, 2]', 400, 'RG_ERR_BAD_REQUEST', /must be a JSON object/],
      ['a draft without body', JSON.stringify({ id: 'x', subject: `card ${CARD}` }), 400, 'RG_ERR_BAD_REQUEST', /"body"/],
      ['a body that is not a string', JSON.stringify({ id: 'x', body: 4111111111111111 }), 400, 'RG_ERR_BAD_REQUEST', /"body"/],
      ['an oversized body', JSON.stringify(draft('x', `card ${CARD} `.repeat(500))), 413, 'RG_ERR_INPUT_TOO_LARGE', /size limit/],
    ])('refuses %s', async (_name, body, status, code, message) => {
      const before = await work();
      const res = await h.postDraft(body);
      expect(res.status).toBe(status);
      const text = await res.text();
      const { error } = JSON.parse(text) as { error: { code: string; message: string } };
      expect(error.code).toBe(code);
      expect(error.message).toMatch(message);
      expect(text).not.toContain('4111');
      expect(await work()).toEqual(before);
      expect(await h.rows('x')).toEqual({ decisions: [], holds: [] });
    });

    it('refuses a body that is not JSON by content type with 415', async () => {
      const res = await fetch(`${h.url}/v1/drafts`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'hello' });
      expect(res.status).toBe(415);
      expect((await errorOf(res)).code).toBe('RG_ERR_UNSUPPORTED_MEDIA_TYPE');
    });
  });

  describe('decisions', () => {
    it('approves a clean draft', async () => {
      const id = uid();
      const res = await h.postDraft(draft(id, 'Your refund is on its way.'));
      expect(res.status).toBe(200);
      expect(await decisionOf(res)).toEqual({ draftId: id, action: 'approve', findings: [], policyVersion: DEFAULT_POLICY_VERSION });
    });

    it('redacts a card number: masked findings and a redacted body, never the number', async () => {
      const id = uid();
      const res = await h.postDraft(draft(id, `Hi, the card on file is ${CARD}, exp 12/27.`));
      const text = await res.text();
      expect(res.status).toBe(200);
      const decision = JSON.parse(text) as Decision;
      expect(decision).toMatchObject({ draftId: id, action: 'redact', redactedBody: 'Hi, the card on file is •••• •••• •••• 1111, exp ••/••.' }); // the expiry next to the card too
      expect(decision.findings.map((f) => [f.type, f.source, f.masked])).toContainEqual(['CARD_NUMBER', 'body', '•••• •••• •••• 1111']);
      expect(text).not.toContain(CARD);
    });

    it('blocks a credential', async () => {
      const res = await h.postDraft(draft(uid(), 'Your temporary password is Xk9mP2vLq7'));
      const decision = await decisionOf(res);
      expect(decision.action).toBe('block');
      expect(decision.findings[0]).toMatchObject({ type: 'CREDENTIAL', masked: '••••••' });
      expect(JSON.stringify(decision)).not.toContain('Xk9mP2vLq7');
    });

    it('blocks an attachment it cannot read, and scans those it can', async () => {
      const attachments = [
        { filename: 'notes.txt', contentType: 'text/plain', contentBase64: Buffer.from('call +263 77 123 4567').toString('base64') },
        { filename: 'statement.pdf', contentType: 'application/pdf', contentBase64: Buffer.from('%PDF-1.7').toString('base64') },
      ];
      const decision = await decisionOf(await h.postDraft(draft(uid(), 'See attached.', { attachments })));
      expect(decision.action).toBe('block');
      expect(decision.findings.map((f) => f.source)).toEqual(['attachment:notes.txt']);
    });

    it('accepts the Standard Webhooks envelope', async () => {
      const id = uid();
      const decision = await decisionOf(await h.postDraft({ type: 'draft.check', timestamp: new Date().toISOString(), data: draft(id, 'hello') }));
      expect(decision).toMatchObject({ draftId: id, action: 'approve' });
    });

    // Signed, the claim and the job lookup go before the add; with an API key the lookup and the add go together.
    describe.each([
      ['signed', undefined],
      ['with an API key', 'bearer'],
    ] as const)('retries, %s', (_name, kind) => {
      const post = (body: unknown): Promise<Response> => h.postDraft(body, kind === 'bearer' ? { kind, key: h.apiKey } : undefined);

      it('answers the same draft sent twice with the same decision, processing it once', async () => {
        const id = uid();
        const body = draft(id, `card ${CARD}`);
        const calls = h.processor.calls;
        const first = await decisionOf(await post(body));
        const second = await decisionOf(await post(body));
        expect(second).toEqual(first);
        expect(h.processor.calls - calls).toBe(1);
        expect(h.logs.filter((l) => l.includes(`"draftId":"${id}"`) && l.includes('"from":"store"'))).toHaveLength(1);
        expect((await h.rows(id)).decisions).toHaveLength(1);
      });

      it('answers a retry whose job BullMQ has already removed with the first decision recorded', async () => {
        const id = uid();
        const body = draft(id, `card ${CARD}`);
        const first = await decisionOf(await post(body));
        const jobs = await h.service.queue!.getCompleted();
        const job = jobs.find((j) => j.data.draftId === id);
        expect(job).toBeDefined();
        await job!.remove();
        const second = await decisionOf(await post(body));
        expect(second).toEqual(first);
        expect((await h.rows(id)).decisions).toHaveLength(1); // decided again, recorded once
      });

      it('processes concurrent retries of the same draft once', async () => {
        const id = uid();
        const body = draft(id, 'hello again');
        const calls = h.processor.calls;
        const answers = await Promise.all([post(body), post(body), post(body)].map(async (r) => decisionOf(await r)));
        expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
        expect(h.processor.calls - calls).toBe(1);
        expect((await h.rows(id)).decisions).toHaveLength(1);
      });
    });

    it('gives changed content of the same draft id a new decision, and GET answers the latest', async () => {
      const id = uid();
      expect((await decisionOf(await h.postDraft(draft(id, `card ${CARD}`)))).action).toBe('redact');
      expect((await decisionOf(await h.postDraft(draft(id, 'card removed')))).action).toBe('approve');
      const res = await h.getDecision(id);
      expect(res.status).toBe(200);
      expect((await decisionOf(res)).action).toBe('approve');
    });
  });

  describe('GET /v1/decisions/:draftId', () => {
    it('answers the recorded decision, signed or with an API key', async () => {
      const id = uid();
      const posted = await decisionOf(await h.postDraft(draft(id, `card ${CARD}`)));
      expect(await decisionOf(await h.getDecision(id))).toEqual(posted);
      expect(await decisionOf(await h.getDecision(id, { kind: 'bearer', key: h.apiKey }))).toEqual(posted);
    });

    it('answers 404 for an unknown draft and 401 without credentials', async () => {
      const missing = await h.getDecision('no-such-draft');
      expect(missing.status).toBe(404);
      expect((await errorOf(missing)).code).toBe('RG_ERR_NOT_FOUND');
      expect((await h.getDecision('no-such-draft', { kind: 'none' })).status).toBe(401);
    });
  });

  describe('operations', () => {
    it('answers /healthz and /readyz', async () => {
      expect(await (await fetch(`${h.url}/healthz`)).json()).toEqual({ status: 'ok' });
      const ready = await fetch(`${h.url}/readyz`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toEqual({ status: 'ready', checks: { redis: 'ok', store: 'ok' } });
    });

    it('reports the store down in /readyz', async () => {
      h.sink.failing = true;
      try {
        const ready = await fetch(`${h.url}/readyz`);
        expect(ready.status).toBe(503);
        expect(await ready.json()).toEqual({ status: 'not ready', checks: { redis: 'ok', store: 'down' } });
      } finally {
        h.sink.failing = false;
      }
    });

    it('exposes decisions by action, findings by type, the latency histogram and queue depth in /metrics', async () => {
      await h.postDraft(draft(uid(), `card ${CARD}`));
      const res = await fetch(`${h.url}/metrics`);
      expect(res.headers.get('content-type')).toMatch(/text\/plain/);
      const text = await res.text();
      expect(text).toMatch(/replyguard_decisions_total\{action="redact"\} [1-9]/);
      expect(text).toMatch(/replyguard_decisions_total\{action="approve"\} [1-9]/);
      expect(text).toMatch(/replyguard_findings_total\{type="CARD_NUMBER"\} [1-9]/);
      expect(text).toMatch(/replyguard_decision_seconds_bucket\{le="0.1",action="redact"\} \d+/);
      expect(text).toMatch(/replyguard_queue_jobs\{state="waiting"\} \d+/);
      expect(text).toMatch(/replyguard_requests_rejected_total\{code="RG_ERR_UNAUTHORIZED"\} [1-9]/);
    });

    const ROUTES = [
      ['post', '/v1/drafts'],
      ['get', '/v1/decisions/{draftId}'],
      ['post', '/v1/scan'],
      ['post', '/v1/reviews'],
      ['post', '/webhooks/zendesk'],
      ['post', '/webhooks/intercom'],
      ['post', '/webhooks/freshdesk'],
      ['get', '/healthz'],
      ['get', '/readyz'],
      ['get', '/metrics'],
      ['get', '/openapi.json'],
    ] as const;

    it('serves an OpenAPI document describing every route', async () => {
      const res = await fetch(`${h.url}/openapi.json`);
      const doc = JSON.parse(await res.text()) as { openapi: string; paths: Record<string, Record<string, unknown>>; components: { schemas: Record<string, unknown> } };
      expect(doc.openapi).toBe('3.1.0');
      expect(Object.keys(doc.paths).sort()).toEqual(ROUTES.map(([, path]) => path).sort());
      for (const [method, path] of ROUTES) expect(doc.paths[path]?.[method], `${method} ${path}`).toBeDefined();
      expect(Object.keys(doc.components.schemas)).toEqual(expect.arrayContaining(['Draft', 'Decision', 'Finding']));
    });

    it.each(ROUTES)('really serves %s %s (the document names no route that 404s)', async (method, path) => {
      const res = await fetch(`${h.url}${path.replace('{draftId}', 'x')}`, { method: method.toUpperCase(), headers: { 'content-type': 'application/json' }, body: method === 'post' ? '{}' : null });
      expect(res.status === 404 ? (await errorOf(res)).message : 'served').not.toBe('no such route');
    });

    it('sets security headers and hides the framework', async () => {
      const res = await fetch(`${h.url}/healthz`);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(res.headers.get('strict-transport-security')).toMatch(/max-age=/);
      expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('x-powered-by')).toBeNull();
    });

    it('keeps POST /v1/scan: text in, findings out, nothing stored', async () => {
      const before = await work();
      const res = await fetch(`${h.url}/v1/scan`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: `card ${CARD}` }) });
      expect(((await res.json()) as { findings: { type: string }[] }).findings.map((f) => f.type)).toEqual(['CARD_NUMBER']);
      expect(await work()).toEqual(before);
    });
  });

  describe('never the leak', () => {
    it('the raw card number and draft text appear nowhere: not in logs, /metrics, Redis keys or values, or stored rows outside the sealed columns', async () => {
      const secretText = 'Tendai Moyo lives at 12 Secret Lane';
      const attachment = { filename: 'card.txt', contentType: 'text/plain', contentBase64: Buffer.from(`${CARD} ${secretText}`).toString('base64') };
      const redactId = uid();
      const blockId = uid();
      const redact = await h.postDraft(draft(redactId, `card ${CARD}. ${secretText}`));
      const block = await h.postDraft(draft(blockId, `card ${CARD}, password: Hunter2!x. ${secretText}`, { subject: `About ${CARD}`, attachments: [attachment] }));
      expect((await decisionOf(redact)).action).toBe('redact');
      expect((await decisionOf(block)).action).toBe('block');
      // A malformed body and a bad signature with the card in them go through the error paths.
      await h.postDraft(`{"id":"x","body":"${CARD}`);
      await h.postDraft(draft('x', CARD), { kind: 'signature', secret: randomBytes(32) });

      const metrics = await (await fetch(`${h.url}/metrics`)).text();
      const redis = [...(await dumpKeys(SHARED_REDIS, h.prefix))].map(([k, v]) => `${k} ${v}`).join('\n');
      expect(redis).toContain(`${h.prefix}:drafts:`); // the jobs are there, sealed
      const rows = await h.dumpTables();
      expect(rows).toContain(`"draft_id":"${blockId}"`); // both decisions are stored...
      expect(rows).toContain(`"draft_id":"${redactId}"`);
      const logs = h.logs.join('\n');
      const raws = [CARD, CARD.replace(/ /g, ''), secretText, 'Hunter2!x', Buffer.from(CARD).toString('base64'), Buffer.from(CARD).toString('hex')];
      for (const [where, text] of [['logs', logs], ['metrics', metrics], ['redis', redis], ['stored rows', rows]] as const) {
        for (const raw of raws) expect(text.includes(raw), `${raw} in ${where}`).toBe(false);
      }
      // ...and the blocked draft's raw content is there, sealed, for compliance review.
      const stored = await h.store.latestForDraft(blockId);
      expect(stored?.hasRawContent).toBe(true);
      expect(await h.store.readRawContent(stored!.id)).toContain(CARD);
    });
  });
});
