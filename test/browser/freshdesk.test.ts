/**
 * The Freshdesk app in a real browser (Debian's Chromium): the host page stands in for the ticket
 * view and the Freshworks client (test/browser/support/standin/), the app's files are the packaged
 * archive's, and every request is a request template rendered by the stand-in proxy and sent to
 * the real ReplyGuard service (real Redis, the default policy, the PGlite store). The four flows of
 * the issue, in order: approve, apply redaction, block with a review request, server down. Here
 * the worker takes 1.5 s before the policy decides and the service answers `hold` after 0.5 s, so
 * the app gets its decisions by polling GET /v1/decisions/:id (the getDecision template) within
 * its budget; the Zendesk file has the direct answers.
 */
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app-package.js';
import { HOLD_PROMPT } from '../../src/decisions.js';
import { launchBrowser } from './support/browser.js';
import { startHost, type HostServer } from './support/host.js';
import { startReplyGuard, type RealReplyGuard } from './support/replyguard.js';
import { activeElement, openTicket, type TicketPage } from './support/ticket-page.js';

const CARD = '5555 5555 5555 4444';
const MASKED = '•••• •••• •••• 4444';
const SCREENSHOT = fileURLToPath(new URL('../../webhooks/freshdesk/app/prompt.png', import.meta.url));

let rg: RealReplyGuard;
let host: HostServer;
let browser: Browser;
const pages: TicketPage[] = [];

beforeAll(async () => {
  [rg, browser] = await Promise.all([startReplyGuard('freshdesk', { env: { DECISION_TIMEOUT_MS: '500' }, slowWorkerMs: 1500 }), launchBrowser()]);
  host = await startHost({
    kind: 'freshdesk',
    app: buildApp('freshdesk'),
    iparams: { replyguard_host: new URL(rg.url).host, replyguard_api_key: rg.apiKey },
    protocol: 'http',
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await host?.close();
  await rg?.close();
});

async function ticket(): Promise<TicketPage> {
  const page = await openTicket(browser, host.url, 'freshdesk');
  pages.push(page);
  return page;
}

describe('Freshdesk app (ticket.sendReply intercept)', () => {
  it("approve: done() and the reply is sent as written (the customer's own phone number may be in it)", async () => {
    const t = await ticket();
    const reply = '<p>Hi Farai, we will call you back on +263 77 123 4567 tomorrow morning.</p>';
    await t.type(reply);
    expect(await t.send()).toEqual({ sent: true, text: reply });
    expect(await t.editorText()).toBe(reply);
    expect(await t.panelState()).toBe('approve');
    expect(host.proxied.some((c) => c.method === 'POST' && c.url === `${rg.url}/v1/drafts`)).toBe(true);
    const recorded = (await rg.store.audit.list()).filter((e) => e.kind === 'decision.recorded');
    expect(recorded.at(-1)?.details).toMatchObject({ action: 'approve', ticketId: '5150' });
    // A Freshdesk reply goes out by e-mail: the draft says so, for the policy's channel overrides.
    const draftId = (recorded.at(-1)?.details as { draftId: string }).draftId;
    expect(await rg.store.latestForDraft(draftId)).toMatchObject({ channel: 'email' });
  });

  it('apply redaction: fail(message), the prompt shows masked values, Apply sets the editor and the next send passes', async () => {
    const t = await ticket();
    await t.type(`<p>Hi Farai, the card we refunded is <b>${CARD}</b>.</p>`);
    const first = await t.send();
    expect(first.sent).toBe(false);
    expect(first.message).toContain(MASKED);
    expect(first.message).not.toContain(CARD);
    expect(await t.panelState()).toBe('redact');
    const panel = await t.panelText();
    expect(panel).toContain('Card number');
    expect(panel).toContain(MASKED);
    expect(panel).not.toContain(CARD);
    expect(await activeElement(t)).toMatchObject({ tag: 'button', text: 'Apply redaction' });
    await t.page.locator('#app').screenshot({ path: SCREENSHOT });

    await t.app.getByRole('button', { name: 'Apply redaction' }).click();
    await t.app.getByText('Redaction applied').waitFor();
    const redacted = await t.editorText();
    expect(redacted).toBe(`<p>Hi Farai, the card we refunded is <b>${MASKED}</b>.</p>`);
    expect(await t.calls()).toContainEqual(['interface.trigger', 'setValue']);
    expect(await t.send()).toEqual({ sent: true, text: redacted });
  });

  it('block with review request: fail(message), the justification is filed with the agent and the time, the reply stays unsent', async () => {
    const t = await ticket();
    await t.type('<p>Hi Farai, please send us the one-time code from your SMS so we can unlock the card.</p>');
    const outcome = await t.send();
    expect(outcome.sent).toBe(false);
    expect(outcome.message).toMatch(/one-time code|never ask/);
    expect(await t.panelState()).toBe('block');
    expect(await activeElement(t)).toMatchObject({ tag: 'textarea', id: 'rg-justification' });

    const before = Date.now();
    const justification = 'Card unlock over e-mail is the documented fallback when the app is unavailable.';
    await t.app.getByLabel('Why must this reply be sent as it is?').fill(justification);
    await t.app.getByRole('button', { name: 'Request review' }).click();
    const filed = t.app.locator('.rg-filed');
    await filed.waitFor();
    const review = await rg.store.reviewRequest(Number(await filed.getAttribute('data-review-id')));
    expect(review).toMatchObject({ agentId: '42', agentEmail: 'chipo@acme.example', justification });
    expect(review!.draftId).toMatch(/^fd-5150-[0-9a-f]{24}$/);
    expect(review!.requestedAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect((await rg.store.latestForDraft(review!.draftId))?.action).toBe('block');
    expect(await t.page.evaluate('window.FreshdeskHost.outcomes.filter((o) => o.sent).length')).toBe(0);
  });

  it('server down: fail("still checking") within the budget, never sent', async () => {
    await rg.stop();
    const t = await ticket();
    await t.type('<p>Hi Farai, your new card is on its way.</p>');
    const budgetMs = (await t.frame().evaluate('ReplyGuard.BUDGET_MS')) as number;
    const started = Date.now();
    const outcome = await t.send();
    expect(Date.now() - started).toBeLessThan(budgetMs);
    expect(outcome).toMatchObject({ sent: false, message: HOLD_PROMPT });
    expect(await t.panelState()).toBe('hold');
    expect(host.proxied.at(-1)).toMatchObject({ url: `${rg.url}/v1/drafts`, status: 0 });
  });

  it('polled GET /v1/decisions/:id after the holds, through the getDecision template', () => {
    const polls = host.proxied.filter((c) => c.method === 'GET' && c.url.startsWith(`${rg.url}/v1/decisions/fd-5150-`));
    // 200: a decision the app got by polling (202 while it was still hold).
    expect(polls.some((c) => c.status === 200)).toBe(true);
  });

  it('kept the API key out of the browser, stayed offline, and never logged a card number', () => {
    const sent = pages.flatMap((p) => p.sent);
    expect(pages.flatMap((p) => p.external)).toEqual([]);
    expect(sent.some((s) => s.includes(rg.apiKey))).toBe(false);
    expect(sent.some((s) => s.includes('"name":"checkDraft"'))).toBe(true);
    expect(rg.logs.some((l) => l.includes('5555'))).toBe(false);
  });
});
