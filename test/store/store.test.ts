/**
 * The store on both real engines: recording and finding decisions, idempotency on the job key
 * (also under concurrency), holds in either order, sealed content that never appears in clear in
 * any table or file, review requests, migrations, persistence and connection errors.
 */
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../detectors/index.js';
import { sealingKey } from '../../src/crypto.js';
import { ReplyGuardError } from '../../src/errors.js';
import { MIGRATIONS } from '../../src/store/migrations/index.js';
import { openStore, storeEngine, type Store } from '../../src/store/store.js';
import { CARD, decision, dropSchema, dumpAllTables, engineCases, PG_URL, uniqueSchema } from './engines.js';

const cardFinding: Finding = { type: 'CARD_NUMBER', subtype: 'visa', start: 9, end: 28, score: 0.95, masked: '•••• •••• •••• 1111', source: 'body' };

const count = async (store: Store, sql: string, params: unknown[] = []): Promise<number> =>
  Number((await storeEngine(store).query<{ n: unknown }>(sql, params))[0]!.n);

describe.each(engineCases('store'))('store on $name', (engine) => {
  let store: Store;
  beforeAll(async () => {
    store = await engine.open();
  }, 60_000); // a new embedded store runs initdb: seconds on a busy machine
  afterAll(async () => {
    await store?.close();
    await engine.cleanup();
  });

  it('records a decision and finds it by job key and as the latest for its draft', async () => {
    const first = decision({ action: 'redact', findings: [cardFinding], prompt: 'This reply contains a full card number (•••• •••• •••• 1111).', redactedBody: 'Your card •••• •••• •••• 1111 is active.', brand: 'acme', channel: 'email' });
    const later = decision({ draftId: first.draftId, decidedAt: new Date(first.decidedAt.getTime() + 1000) });
    const { created, decision: stored } = await store.recordDecision(first);
    expect(created).toBe(true);
    await store.recordDecision(later);

    const found = await store.findByJobKey(first.jobKey);
    expect(found).toEqual({ ...first, id: stored.id, held: false, hasRawContent: false });
    expect(stored).toEqual(found);
    expect((await store.latestForDraft(first.draftId))?.jobKey).toBe(later.jobKey);
    expect(await store.findByJobKey('no-such-job')).toBeUndefined();
    expect(await store.latestForDraft('no-such-draft')).toBeUndefined();
  });

  it('keeps only the documented Finding fields and rounds timings to whole milliseconds', async () => {
    const leaky = { ...cardFinding, value: CARD } as Finding;
    const rec = decision({ action: 'redact', findings: [leaky], timings: { queueMs: 1.4, processMs: 2.6, totalMs: 4.0 } });
    const { decision: stored } = await store.recordDecision(rec);
    expect(stored.findings).toEqual([cardFinding]);
    const found = await store.findByJobKey(rec.jobKey);
    expect(found?.findings).toEqual([cardFinding]);
    expect(found?.timings).toEqual({ queueMs: 1, processMs: 3, totalMs: 4 });
  });

  it('records a job key once: a repeat stores nothing and adds no audit entry', async () => {
    const rec = decision({ action: 'block', rawContent: JSON.stringify({ body: 'first' }) });
    const first = await store.recordDecision(rec);
    const repeat = await store.recordDecision({ ...rec, action: 'approve', rawContent: undefined });
    expect(repeat.created).toBe(false);
    expect(repeat.decision).toEqual(first.decision);
    expect(await count(store, 'SELECT count(*) AS n FROM decisions WHERE job_key = $1', [rec.jobKey])).toBe(1);
    expect(await store.audit.list({ subject: rec.jobKey })).toHaveLength(1);
  });

  it('records a job key once when the same job finishes twice at the same moment', async () => {
    const rec = decision({ action: 'block', rawContent: '{}' });
    // Told apart by their prompts: the caller told created=true must hold the row that was stored.
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => store.recordDecision({ ...rec, prompt: `attempt ${i}` })));
    const created = results.filter((r) => r.created);
    expect(created).toHaveLength(1);
    expect(new Set(results.map((r) => r.decision.id)).size).toBe(1);
    expect(results.every((r) => r.decision.prompt === created[0]!.decision.prompt)).toBe(true);
    expect((await store.findByJobKey(rec.jobKey))?.prompt).toBe(created[0]!.decision.prompt);
    expect(await count(store, 'SELECT count(*) AS n FROM decisions WHERE job_key = $1', [rec.jobKey])).toBe(1);
    expect(await store.audit.list({ subject: rec.jobKey, kind: 'decision.recorded' })).toHaveLength(1);
  });

  it('writes decisions that arrive together in one group, and a bad one fails only its own caller', async () => {
    const good = [decision(), decision({ action: 'block', rawContent: '{}' })];
    const bad = decision({ action: 'hold' as 'block', rawContent: `{"body":"${CARD}"}` });
    const settled = await Promise.allSettled([store.recordDecision(good[0]!), store.recordDecision(bad), store.recordDecision(good[1]!)]);
    expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    const error = (settled[1] as PromiseRejectedResult).reason as ReplyGuardError;
    expect(error).toMatchObject({ code: 'RG_ERR_STORE_FAILED', message: expect.stringMatching(/SQLSTATE 23514, constraint decisions_action_check/) });
    expect(error.message).not.toContain('4111');
    for (const rec of good) expect((await store.findByJobKey(rec.jobKey))?.jobKey).toBe(rec.jobKey);
    expect(await store.findByJobKey(bad.jobKey)).toBeUndefined();
    expect(await store.audit.list({ subject: bad.jobKey })).toEqual([]);
  });

  it('marks a decision held when the hold is recorded first, and keeps the held draft sealed', async () => {
    const rec = decision({ action: 'approve' });
    const raw = JSON.stringify({ id: rec.draftId, body: 'held draft' });
    await store.recordHold({ jobKey: rec.jobKey, draftId: rec.draftId, provider: rec.provider, rawContent: raw, at: rec.receivedAt });
    const { created, decision: stored } = await store.recordDecision(rec);
    expect(created).toBe(true);
    expect(stored).toMatchObject({ held: true, hasRawContent: true });
    expect(await store.findByJobKey(rec.jobKey)).toMatchObject({ held: true, hasRawContent: true });
    expect(await store.readRawContent(stored.id)).toBe(raw);
  });

  it('marks a decision held when the hold is recorded after it; a repeated hold adds nothing', async () => {
    const rec = decision({ action: 'block', rawContent: '{"body":"the draft"}' });
    const { decision: stored } = await store.recordDecision(rec);
    expect(stored.held).toBe(false);
    const hold = { jobKey: rec.jobKey, draftId: rec.draftId, provider: rec.provider, rawContent: '{"body":"as held"}', at: new Date() };
    await store.recordHold(hold);
    await Promise.all([store.recordHold(hold), store.recordHold(hold), store.recordHold({ ...hold, rawContent: 'a retry' })]);
    expect(await store.findByJobKey(rec.jobKey)).toMatchObject({ held: true, hasRawContent: true });
    // The decision's own copy is the one the worker decided on.
    expect(await store.readRawContent(stored.id)).toBe('{"body":"the draft"}');
    expect((await store.audit.list({ subject: rec.jobKey })).map((e) => e.kind)).toEqual(['decision.recorded', 'draft.held']);
  });

  it('has no raw content for an approved draft that was never held', async () => {
    const { decision: stored } = await store.recordDecision(decision());
    expect(stored.hasRawContent).toBe(false);
    expect(await store.readRawContent(stored.id)).toBeUndefined();
    expect(await store.readRawContent(987654321)).toBeUndefined();
  });

  it('files a review request once per decision, with the justification sealed', async () => {
    const rec = decision({ action: 'block', rawContent: '{}' });
    const { decision: stored } = await store.recordDecision(rec);
    const at = new Date(Date.UTC(2026, 0, 2));
    const request = { draftId: rec.draftId, agentId: 'agent-9', agentEmail: 'agent9@example.test', justification: 'Customer list requested by the account owner.', at };
    const first = await store.requestReview(request);
    const again = await store.requestReview({ ...request, justification: 'double click' });
    expect(first.created).toBe(true);
    expect(again).toEqual({ id: first.id, created: false });
    const { at: requestedAt, ...fields } = request;
    expect(await store.reviewRequest(first.id)).toEqual({ ...fields, id: first.id, decisionId: stored.id, requestedAt });
    const entries = await store.audit.list({ kind: 'review.requested', subject: String(first.id) });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ actor: 'agent9@example.test', details: { draftId: rec.draftId, decisionId: stored.id } });
  });

  it('refuses a review request for a draft it knows nothing about', async () => {
    await expect(store.requestReview({ draftId: 'never-seen', justification: 'x', at: new Date() })).rejects.toMatchObject({ code: 'RG_ERR_UNKNOWN_DRAFT' });
  });

  it('never stores the card number in clear: sealed columns only, readable through the store', async () => {
    const raw = JSON.stringify({ id: 'd-card', body: `Your card ${CARD} is active`, subject: 'card 4111111111111111' });
    const rec = decision({ action: 'block', findings: [cardFinding], rawContent: raw, redactedBody: `Your card ${CARD} is active`, prompt: 'This reply contains a full card number (•••• •••• •••• 1111).' });
    const { decision: stored } = await store.recordDecision(rec);
    await store.recordHold({ jobKey: rec.jobKey, draftId: rec.draftId, provider: rec.provider, rawContent: raw, at: new Date() });
    await store.requestReview({ draftId: rec.draftId, justification: `The customer asked to confirm ${CARD}`, at: new Date() });

    const dump = await dumpAllTables(storeEngine(store));
    expect(dump).toContain('•••• •••• •••• 1111'); // the dump does hold the rows
    for (const form of [CARD, CARD.replace(/ /g, ''), '4111-1111-1111-1111']) expect(dump).not.toContain(form);
    expect(await store.readRawContent(stored.id)).toBe(raw);
    expect((await store.findByJobKey(rec.jobKey))?.redactedBody).toBe(`Your card ${CARD} is active`);
  });

  it('binds each sealed value to its row: a ciphertext copied to another row does not open', async () => {
    const a = await store.recordDecision(decision({ action: 'block', rawContent: 'secret A' }));
    const b = await store.recordDecision(decision({ action: 'block', rawContent: 'secret B' }));
    await storeEngine(store).query('UPDATE decisions SET raw_content_sealed = (SELECT raw_content_sealed FROM decisions WHERE id = $1) WHERE id = $2', [a.decision.id, b.decision.id]);
    await expect(store.readRawContent(b.decision.id)).rejects.toMatchObject({ code: 'RG_ERR_STORE_FAILED', message: expect.stringMatching(/^cannot open sealed decisions\.raw_content: /) });
    expect(await store.readRawContent(a.decision.id)).toBe('secret A');
  });

  it('applies each migration once, however often the store is opened', async () => {
    const before = await count(store, 'SELECT count(*) AS n FROM schema_migrations');
    expect(before).toBeGreaterThan(0);
    const rec = decision();
    await store.recordDecision(rec);
    await store.close();
    store = await engine.open(); // reopen the same directory / schema
    expect(await count(store, 'SELECT count(*) AS n FROM schema_migrations')).toBe(before);
    expect((await store.findByJobKey(rec.jobKey))?.jobKey).toBe(rec.jobKey);
    expect((await store.audit.verify()).ok).toBe(true);
  });

  it('answers ping while open', async () => {
    await expect(store.ping()).resolves.toBeUndefined();
  });

  // The embedded engine's own concerns: its files on disk and its one-process lock.
  if (engine.name !== 'pglite') return;

  it('refuses a second open of its directory while open: it serves one process', async () => {
    await expect(engine.open()).rejects.toMatchObject({ code: 'RG_ERR_STORE_LOCKED', message: expect.stringMatching(/one process/) });
    await expect(store.ping()).resolves.toBeUndefined();
  });

  it('keeps records across close and reopen (taking over a lock its dead owner left), with the card number in no file', async () => {
    const raw = JSON.stringify({ body: `card ${CARD}`, compact: '4111111111111111' });
    const rec = decision({ action: 'block', findings: [cardFinding], rawContent: raw, redactedBody: `card ${CARD}` });
    const { decision: stored } = await store.recordDecision(rec);
    await store.close();
    await expect(store.ping()).rejects.toMatchObject({ code: 'RG_ERR_STORE_UNAVAILABLE' });

    const files = filesUnder(engine.options.dataDir).map((path) => ({ path, bytes: readFileSync(path) }));
    // The plain columns are in the files, so a clear-text card would be found too.
    expect(files.some((f) => f.bytes.includes(Buffer.from(rec.policyVersion)))).toBe(true);
    for (const { path, bytes } of files) {
      for (const form of [CARD, '4111111111111111']) expect(bytes.includes(Buffer.from(form)), `${form} in ${path}`).toBe(false);
    }

    writeFileSync(join(engine.options.dataDir, 'pglite.lock'), '2147483646\n'); // a pid no process has
    store = await engine.open();
    expect(await store.findByJobKey(rec.jobKey)).toMatchObject({ id: stored.id, action: 'block', hasRawContent: true });
    expect(await store.readRawContent(stored.id)).toBe(raw);
  });
});

describe('opening a store', () => {
  const schema = uniqueSchema('store_boot');
  const key = sealingKey(randomBytes(32));
  afterAll(() => dropSchema(schema));

  it('migrates once when several processes start at the same moment', async () => {
    const stores = await Promise.all(Array.from({ length: 4 }, () => openStore({ databaseUrl: PG_URL, schema, dataDir: '/nonexistent', key, poolSize: 2 })));
    try {
      expect(await count(stores[0]!, 'SELECT count(*) AS n FROM schema_migrations')).toBe(MIGRATIONS.length);
      await Promise.all(stores.map((s) => s.recordDecision(decision())));
      expect((await stores[1]!.audit.verify())).toMatchObject({ ok: true, entries: 4 });
    } finally {
      await Promise.all(stores.map((s) => s.close()));
    }
  });

  it('keeps one chain when two stores (two worker processes) take turns and write at once', async () => {
    const [a, b] = await Promise.all([0, 1].map(() => openStore({ databaseUrl: PG_URL, schema, dataDir: '/nonexistent', key, poolSize: 4 })));
    try {
      const before = (await a!.audit.verify()).entries;
      // Turns: each store's last known head is stale every time it writes.
      for (let i = 0; i < 6; i++) await (i % 2 ? b! : a!).recordDecision(decision());
      // At once: groups of both stores race for the same sequence numbers.
      const both = await Promise.all(Array.from({ length: 40 }, (_, i) => (i % 2 ? b! : a!).recordDecision(decision())));
      expect(both.every((r) => r.created)).toBe(true);
      expect(await a!.audit.verify()).toMatchObject({ ok: true, entries: before + 46 });
      expect(await count(a!, "SELECT count(*) AS n FROM audit_log WHERE kind = 'decision.recorded' AND subject = ANY($1)", [both.map((r) => r.decision.jobKey)])).toBe(40);
    } finally {
      await Promise.all([a!.close(), b!.close()]);
    }
  });

  it('bounds waits: statements and idle transactions time out instead of hanging every writer', async () => {
    const store = await openStore({ databaseUrl: PG_URL, schema, dataDir: '/nonexistent', key, poolSize: 1 });
    try {
      const sql = storeEngine(store);
      expect((await sql.query<{ statement_timeout: string }>('SHOW statement_timeout'))[0]!.statement_timeout).toBe('30s');
      expect((await sql.query<{ idle_in_transaction_session_timeout: string }>('SHOW idle_in_transaction_session_timeout'))[0]!.idle_in_transaction_session_timeout).toBe('1min');
    } finally {
      await store.close();
    }
  });

  it('says in one line that the database cannot be reached, without the password', async () => {
    const err = await openStore({ databaseUrl: 'postgres://replyguard:s3cr3t-pw@127.0.0.1:1/test', dataDir: '/nonexistent', key }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ReplyGuardError);
    expect(err).toMatchObject({ code: 'RG_ERR_STORE_UNAVAILABLE' });
    const message = (err as Error).message;
    expect(message).toMatch(/^cannot reach PostgreSQL at postgres:\/\/replyguard:\*\*\*@127\.0\.0\.1:1\/test: .*ECONNREFUSED/);
    expect(message).not.toContain('s3cr3t-pw');
    expect(message).not.toMatch(/\n/);
  });

  it('rejects a DATABASE_URL that is not a PostgreSQL URL, without echoing it', async () => {
    for (const url of ['not a url s3cr3t', 'mysql://u:s3cr3t@h/db']) {
      const err = await openStore({ databaseUrl: url, dataDir: '/nonexistent', key }).catch((e: unknown) => e);
      expect(err).toMatchObject({ code: 'RG_ERR_CONFIG' });
      expect((err as Error).message).not.toContain('s3cr3t');
    }
  });

  it('says which directory it cannot use for the embedded store', async () => {
    const file = join(tmpdir(), `rg-not-a-dir-${process.pid}`);
    writeFileSync(file, 'a file, not a directory');
    try {
      await expect(openStore({ dataDir: join(file, 'data'), key })).rejects.toMatchObject({ code: 'RG_ERR_STORE_UNAVAILABLE', message: expect.stringContaining(`cannot open the embedded store in ${join(file, 'data', 'pglite')}`) });
    } finally {
      rmSync(file);
    }
  });

  it('rejects a schema name that is not a plain identifier', async () => {
    await expect(openStore({ databaseUrl: PG_URL, schema: 'x; DROP TABLE y', dataDir: '/nonexistent', key })).rejects.toMatchObject({ code: 'RG_ERR_CONFIG' });
  });
});

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile());
}
