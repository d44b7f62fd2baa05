/**
 * Remediation and alerts end to end: a signed delivery → the drafts worker decides it with the
 * default policy and records it in the store (PGlite) → the hand-off queues the remediation job →
 * the remediation worker calls the stand-in helpdesk API → the outcome is in the audit log, and
 * the alert receiver (the stand-in too) gets a signed, masked alert. Retries, permanent failures,
 * replies nothing can be done about, alerts that cannot be delivered, and what Redis and the logs
 * hold afterwards.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AlertMessage } from '../../src/alerts.js';
import { JOB_NAME, jobKeyFor, sealJobData } from '../../src/queue.js';
import type { AuditEntry } from '../../src/store/index.js';
import { verifyWebhook } from '../../webhooks/standard-webhooks.js';
import { zendeskEvent } from '../../webhooks/zendesk/adapter.js';
import { dumpKeys, SHARED_REDIS } from '../service/support/harness.js';
import type { RecordedCall } from './support/stand-in.js';
import { freshdeskReply, intercomReply, START_TIMEOUT_MS, startHelpdeskHarness, zendeskComment, type HelpdeskHarness } from './support/helpdesk-harness.js';

let h: HelpdeskHarness;
beforeAll(async () => {
  h = await startHelpdeskHarness({ name: 'remediation' });
}, START_TIMEOUT_MS);
afterAll(() => h?.close(), START_TIMEOUT_MS);

const CARD = '4111 1111 1111 1111';
const RAW_VALUES = [CARD, '4111111111111111', 'GB82 WEST 1234 5698 7654 32', 'Xk9mP2vLq7', '5555 5555 5555 4444'];

/** The alerts received for a draft (of a kind), each with its signature checked. */
function alertsFor(draftId: string, kind?: string): { message: AlertMessage; call: RecordedCall }[] {
  return h.standIn
    .callsTo('POST', '/alerts')
    .filter((c) => c.status < 300)
    .map((call) => ({ call, message: call.body as AlertMessage }))
    .filter(({ message }) => message.replyguard.draftId === draftId && (!kind || message.replyguard.kind === kind));
}

const alertArrives = (draftId: string, kind: string) => h.until(() => (alertsFor(draftId, kind).length ? alertsFor(draftId, kind) : undefined));
const auditFor = (kind: 'remediation.done' | 'remediation.failed' | 'alert.failed', draftId: string): Promise<AuditEntry> =>
  h.until(async () => (await h.audit(kind)).find((e) => e.details.draftId === draftId));

function expectSignedAndMasked(call: RecordedCall): void {
  const verified = verifyWebhook(h.secrets.alert, call.headers, Buffer.from(call.raw), Math.floor(Date.now() / 1000));
  expect(verified.ok).toBe(true);
  for (const raw of RAW_VALUES) expect(call.raw).not.toContain(raw);
}

describe('Zendesk', () => {
  it('redacts exactly the leaked card through PUT /api/v2/comment_redactions/{id}, records it and alerts', async () => {
    const body = `Hi Ana,\nthe card we charged is ${CARD}. Thanks for waiting!`;
    expect((await h.deliver.zendesk(zendeskComment('5158', '9876543210', body))).status).toBe(202);
    const [call] = await h.standIn.waitFor('PUT', '/zendesk/api/v2/comment_redactions/9876543210');
    expect(call!.body).toEqual({ ticket_id: 5158, html_body: `<div class="zd-comment" dir="auto">Hi Ana,<br>the card we charged is <redact>${CARD}</redact>. Thanks for waiting!</div>` });
    expect(call!.headers.authorization).toBe(`Basic ${Buffer.from('replyguard@acme.example/token:zendesk-api-token').toString('base64')}`);

    const done = await auditFor('remediation.done', 'zendesk:5158:9876543210');
    expect(done.details).toMatchObject({ provider: 'zendesk', ticketId: '5158', action: 'redact', attempts: 1 });
    const decision = (await h.audit('decision.recorded')).find((e) => e.subject === done.subject);
    expect(decision?.details).toMatchObject({ provider: 'zendesk', ticketId: '5158', action: 'redact', findings: { CARD_NUMBER: 1 } });

    const [alert] = await alertArrives('zendesk:5158:9876543210', 'sent_unredacted');
    expectSignedAndMasked(alert!.call);
    expect(alert!.message.text).toContain('Zendesk ticket 5158 should have been redacted: card number: •••• •••• •••• 1111');
    expect(alert!.message.replyguard).toMatchObject({ provider: 'zendesk', ticketId: '5158', action: 'redact', findings: [{ type: 'CARD_NUMBER', masked: '•••• •••• •••• 1111' }] });
    expect(alert!.call.headers['webhook-id']).toBe(alert!.message.replyguard.id);
  });

  it('retries a failing API with backoff: two 503s, then one redaction', async () => {
    h.standIn.failNext('PUT', '/zendesk/api/v2/comment_redactions/301', 503, 503);
    await h.deliver.zendesk(zendeskComment('300', '301', `Card: ${CARD}`));
    await h.standIn.waitFor('PUT', '/zendesk/api/v2/comment_redactions/301');
    expect(h.standIn.callsTo('PUT', '/zendesk/api/v2/comment_redactions/301').map((c) => c.status)).toEqual([503, 503, 200]);
    expect((await auditFor('remediation.done', 'zendesk:300:301')).details.attempts).toBe(3);
    expect((await h.audit('remediation.failed')).some((e) => e.details.draftId === 'zendesk:300:301')).toBe(false);
  });

  it('a permanent refusal (422) is not retried: recorded as failed and alerted', async () => {
    h.standIn.failNext('PUT', '/zendesk/api/v2/comment_redactions/311', 422);
    await h.deliver.zendesk(zendeskComment('310', '311', `Card: ${CARD}`));
    const failed = await auditFor('remediation.failed', 'zendesk:310:311');
    expect(failed.details).toMatchObject({ reason: 'refused', status: 422, step: 'comment redaction', attempts: 1 });
    const [alert] = await alertArrives('zendesk:310:311', 'remediation_failed');
    expectSignedAndMasked(alert!.call);
    expect(alert!.message.text).toContain('could not remediate a reply sent on Zendesk ticket 310: Zendesk refused the comment redaction (HTTP 422)');
    expect(h.standIn.callsTo('PUT', '/zendesk/api/v2/comment_redactions/311')).toHaveLength(1);
  });

  it('an API that keeps failing ends, after the last attempt, in a recorded and alerted failure', async () => {
    h.standIn.failNext('PUT', '/zendesk/api/v2/comment_redactions/321', 500, 502, 503, 504);
    await h.deliver.zendesk(zendeskComment('320', '321', `Card: ${CARD}`));
    const failed = await auditFor('remediation.failed', 'zendesk:320:321');
    expect(failed.details).toMatchObject({ reason: 'retries_exhausted', status: 504, attempts: 4 });
    expect(h.standIn.callsTo('PUT', '/zendesk/api/v2/comment_redactions/321').map((c) => c.status)).toEqual([500, 502, 503, 504]);
    const [alert] = await alertArrives('zendesk:320:321', 'remediation_failed');
    expect(alert!.message.text).toContain('Zendesk kept failing (HTTP 504) after 4 attempts');
  });

  it('hands off once: the drafts job run again records nothing new and remediates nothing twice', async () => {
    const body = zendeskComment('330', '331', `Card: ${CARD}`);
    await h.deliver.zendesk(body);
    await alertArrives('zendesk:330:331', 'sent_unredacted');
    const draft = (zendeskEvent(JSON.parse(body)) as { draft: Parameters<typeof jobKeyFor>[0] }).draft;
    const jobKey = jobKeyFor(draft);
    const queue = h.service.queue!;
    await h.until(async () => ((await queue.getJobState(jobKey)) === 'completed' ? true : undefined));
    // As if a worker died after the hand-off and the job ran again.
    await (await queue.getJob(jobKey))!.remove();
    await queue.add(JOB_NAME, sealJobData(h.key, draft, jobKey, new Date()), { jobId: jobKey });
    await h.until(async () => ((await queue.getJobState(jobKey)) === 'completed' ? true : undefined));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(h.standIn.callsTo('PUT', '/zendesk/api/v2/comment_redactions/331')).toHaveLength(1);
    expect(alertsFor('zendesk:330:331')).toHaveLength(1);
    expect((await h.audit('decision.recorded')).filter((e) => e.subject === jobKey)).toHaveLength(1);
    expect((await h.audit('remediation.done')).filter((e) => e.subject === jobKey)).toHaveLength(1);
  });
});

describe('Intercom', () => {
  it('redacts the conversation part through POST /conversations/redact', async () => {
    await h.deliver.intercom(intercomReply('1911149811', '149', '<p>Your IBAN GB82 WEST 1234 5698 7654 32 is confirmed.</p>'));
    const calls = await h.standIn.waitFor('POST', '/intercom/conversations/redact');
    const call = calls.find((c) => (c.body as { conversation_id: string }).conversation_id === '1911149811');
    expect(call?.body).toEqual({ type: 'conversation_part', conversation_id: '1911149811', conversation_part_id: '149' });
    expect(call?.headers).toMatchObject({ authorization: 'Bearer intercom-access-token', 'intercom-version': '2.11' });
    await auditFor('remediation.done', 'intercom:1911149811:149');
    const [alert] = await alertArrives('intercom:1911149811:149', 'sent_unredacted');
    expectSignedAndMasked(alert!.call);
    expect(alert!.message.replyguard.findings).toEqual([{ type: 'IBAN', masked: expect.stringMatching(/32$/) }]);
    expect(alert!.message.text).toContain(`iban: ${alert!.message.replyguard.findings[0]!.masked}`);
  });

  it('leaves a reply whose only problem is an attachment it cannot read to a person: recorded, alerted, no API call', async () => {
    await h.deliver.intercom(intercomReply('1911149812', '150', '<p>See the attached form.</p>', [{ type: 'upload', name: 'passport.png', url: 'https://downloads.intercomcdn.com/i/o/1/passport.png', content_type: 'image/png', filesize: 48211 }]));
    const failed = await auditFor('remediation.failed', 'intercom:1911149812:150');
    expect(failed.details).toMatchObject({ reason: 'nothing_to_redact', action: 'block' });
    const [alert] = await alertArrives('intercom:1911149812:150', 'remediation_failed');
    expect(alert!.message.text).toContain('there is no value in the message body ReplyGuard can redact in Intercom');
    expect(alertsFor('intercom:1911149812:150', 'sent_unredacted')).toHaveLength(0);
    expect(h.standIn.callsTo('POST', '/intercom/conversations/redact').filter((c) => (c.body as { conversation_id: string }).conversation_id === '1911149812')).toHaveLength(0);
  });
});

describe('Freshdesk', () => {
  it('adds a private note with masked values and tags the ticket, keeping its tags', async () => {
    h.standIn.answer('GET', '/freshdesk/api/v2/tickets/9101', { id: 9101, tags: ['vip'] });
    await h.deliver.freshdesk(freshdeskReply('9101', `<div>The card we hold is ${CARD}.</div>`));
    const [tagged] = await h.standIn.waitFor('PUT', '/freshdesk/api/v2/tickets/9101');
    expect(tagged!.body).toEqual({ tags: ['vip', 'replyguard-leak'] });
    const [note] = h.standIn.callsTo('POST', '/freshdesk/api/v2/tickets/9101/notes');
    expect(note!.body).toMatchObject({ private: true, body: expect.stringContaining('card number: •••• •••• •••• 1111') });
    expect(note!.raw).not.toContain(CARD);
    expect(note!.headers.authorization).toBe(`Basic ${Buffer.from('freshdesk-api-key:X').toString('base64')}`);
    const done = await h.until(async () => (await h.audit('remediation.done')).find((e) => e.details.ticketId === '9101'));
    expect(done.details).toMatchObject({ provider: 'freshdesk', steps: 2, attempts: 1 });
  });

  it('resumes after the step that succeeded: the note is added once when tagging fails once', async () => {
    h.standIn.failNext('PUT', '/freshdesk/api/v2/tickets/9102', 500);
    await h.deliver.freshdesk(freshdeskReply('9102', `<div>Card ${CARD}</div>`));
    await h.standIn.waitFor('PUT', '/freshdesk/api/v2/tickets/9102');
    expect(h.standIn.callsTo('PUT', '/freshdesk/api/v2/tickets/9102').map((c) => c.status)).toEqual([500, 200]);
    expect(h.standIn.callsTo('POST', '/freshdesk/api/v2/tickets/9102/notes')).toHaveLength(1);
  });
});

describe('alerts before sending (POST /v1/drafts)', () => {
  const postDraft = (body: Record<string, unknown>) =>
    fetch(`${h.url}/v1/drafts`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${h.secrets.apiKey}` }, body: JSON.stringify(body) });

  it('alerts a reply blocked for credentials, and one blocked for a bulk disclosure', async () => {
    expect(((await (await postDraft({ id: 'pre-cred', ticketId: 'T-9', body: 'Your temporary password is Xk9mP2vLq7' })).json()) as { action: string }).action).toBe('block');
    const [cred] = await alertArrives('pre-cred', 'blocked');
    expectSignedAndMasked(cred!.call);
    expect(cred!.message.replyguard).toMatchObject({ credentials: true, bulk: false });
    expect(cred!.message.text).toContain('It holds credentials');

    const cards = ['4111 1111 1111 1111', '5555 5555 5555 4444', '4012 8888 8888 1881', '3782 822463 10005', '6011 1111 1111 1117'];
    expect(((await (await postDraft({ id: 'pre-bulk', body: `Cards on file:\n${cards.join('\n')}` })).json()) as { action: string }).action).toBe('block');
    const [bulk] = await alertArrives('pre-bulk', 'blocked');
    expectSignedAndMasked(bulk!.call);
    expect(bulk!.message.replyguard).toMatchObject({ bulk: true });
  });

  it('does not alert an ordinary redaction before sending', async () => {
    await postDraft({ id: 'pre-card', body: `card ${CARD}` });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(alertsFor('pre-card')).toHaveLength(0);
  });

  it('records an alert the receiver refuses for good', async () => {
    h.standIn.failNext('POST', '/alerts', 400);
    await postDraft({ id: 'pre-refused', body: 'Your PIN is 4821, keep it safe.' });
    const failed = await auditFor('alert.failed', 'pre-refused');
    expect(failed.details).toMatchObject({ alert: 'blocked', status: 400, attempts: 1 });
    expect(h.logs.some((l) => l.includes('"alert not delivered"') && l.includes('pre-refused'))).toBe(true);
  });
});

describe('never become the leak', () => {
  it('holds no raw value in Redis or the logs after all of the above', async () => {
    const keys = await dumpKeys(SHARED_REDIS, h.prefix);
    expect([...keys.keys()].some((k) => k.includes(':remediation:'))).toBe(true);
    expect([...keys.keys()].some((k) => k.includes(':alerts:'))).toBe(true);
    const everything = [...keys.values()].join('\n') + h.logs.join('\n');
    for (const raw of RAW_VALUES) expect(everything).not.toContain(raw);
  });
});
