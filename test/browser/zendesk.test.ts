/**
 * The Zendesk app in a real browser (Debian's Chromium): the host page stands in for the ticket
 * view and the ZAF client (test/browser/support/standin/), the app's files are the packaged
 * archive's, and every request goes through the stand-in proxy to the real ReplyGuard service
 * (real Redis, the default policy, the PGlite store). The four flows of the issue, in order:
 * approve, apply redaction, block with a review request, server down.
 */
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app-package.js';
import { HOLD_PROMPT } from '../../src/decisions.js';
import { parsePolicy } from '../../src/policy/index.js';
import { launchBrowser } from './support/browser.js';
import { startHost, type HostServer } from './support/host.js';
import { startReplyGuard, type RealReplyGuard } from './support/replyguard.js';
import { activeElement, openTicket, type TicketPage } from './support/ticket-page.js';

const CARD = '4111 1111 1111 1111';
const MASKED = '•••• •••• •••• 1111';
const SCREENSHOT = fileURLToPath(new URL('../../webhooks/zendesk/app/prompt.png', import.meta.url));
const STATEMENT = `date,description,card\n2026-03-01,refund,${CARD}\n`;
// The default policy, but cards block in chat: the override the draft's channel selects.
const POLICY = parsePolicy('channels:\n  chat:\n    rules:\n      CARD_NUMBER: { action: block }\n', 'browser-channels.yaml');

let rg: RealReplyGuard;
let host: HostServer;
let browser: Browser;
const pages: TicketPage[] = [];

beforeAll(async () => {
  [rg, browser] = await Promise.all([startReplyGuard('zendesk', { policy: POLICY }), launchBrowser()]);
  host = await startHost(
    {
      kind: 'zendesk',
      app: buildApp('zendesk', { domain: '127.0.0.1' }),
      settings: { replyguard_url: rg.url },
      secureSettings: { replyguard_api_key: rg.apiKey },
    },
    new Map([['statement.csv', STATEMENT]]),
  );
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await host?.close();
  await rg?.close();
});

async function ticket(): Promise<TicketPage> {
  const page = await openTicket(browser, host.url, 'zendesk');
  pages.push(page);
  return page;
}

/** The recorded decision of the ticket's latest draft, as the store has it. */
async function lastRecorded() {
  const recorded = (await rg.store.audit.list()).filter((e) => e.kind === 'decision.recorded');
  const draftId = (recorded.at(-1)?.details as { draftId?: string } | undefined)?.draftId;
  return draftId === undefined ? undefined : rg.store.latestForDraft(draftId);
}

const draftsPosted = (): number => host.proxied.filter((c) => c.method === 'POST' && c.url.endsWith('/v1/drafts')).length;

describe('Zendesk app (ticket.save hook)', () => {
  it('approve: the save goes on and the reply is left as the agent wrote it', async () => {
    const t = await ticket();
    const reply = 'Hi Tendai, your refund went back to your card this morning. It can take a few working days to show.';
    await t.type(reply);
    const outcome = await t.send();
    expect(outcome).toEqual({ sent: true, text: reply });
    expect(await t.editorText()).toBe(reply);
    expect(await t.panelState()).toBe('approve');
    expect(host.proxied.at(-1)).toMatchObject({ method: 'POST', status: 200 });
    // The ticket's via channel travels with the draft.
    expect(await lastRecorded()).toMatchObject({ action: 'approve', ticketId: '4711', channel: 'email' });
  });

  it('skips internal notes and saves without a comment: nothing is sent to the customer', async () => {
    const t = await ticket();
    const posted = draftsPosted();
    expect(await t.send()).toMatchObject({ sent: true, text: '' });
    await t.setState('comment.type', 'internalNote');
    await t.type(`Note for the team: the customer read their card out, ${CARD}.`);
    expect((await t.send()).sent).toBe(true);
    expect(draftsPosted()).toBe(posted);
  });

  it('goes on when the platform refuses to resize the iframe (cosmetic), so a refusal never blocks replies', async () => {
    const t = await ticket();
    await t.page.evaluate(`window.ZendeskHost.connect().invoke = () => { throw new Error('resize refused'); }`);
    const reply = 'Hi Tendai, we have closed the duplicate ticket.';
    await t.type(reply);
    expect(await t.send()).toEqual({ sent: true, text: reply });
  });

  it('apply redaction: the save is cancelled, the prompt shows masked values, Apply writes the redacted text and the next save passes', async () => {
    const t = await ticket();
    await t.type(`Hi Tendai, the refund went back to the card on file, ${CARD}, this morning.`);
    const first = await t.send();
    expect(first.sent).toBe(false);
    expect(first.message).toMatch(/card number/);
    expect(first.message).toContain(MASKED);
    expect(first.message).not.toContain(CARD);

    expect(await t.panelState()).toBe('redact');
    const panel = await t.panelText();
    expect(panel).toContain('Redact before sending');
    expect(panel).toContain('Card number');
    expect(panel).toContain(MASKED);
    expect(panel).not.toContain(CARD);
    expect(await activeElement(t)).toMatchObject({ tag: 'button', text: 'Apply redaction' });
    await t.page.locator('#app').screenshot({ path: SCREENSHOT });

    await t.app.getByRole('button', { name: 'Apply redaction' }).click();
    await t.app.getByText('Redaction applied').waitFor();
    const redacted = await t.editorText();
    expect(redacted).toBe(`Hi Tendai, the refund went back to the card on file, ${MASKED}, this morning.`);
    expect(await t.calls()).toContainEqual(['set', 'ticket.comment.text']);

    const second = await t.send();
    expect(second).toEqual({ sent: true, text: redacted });
    expect(await t.panelState()).toBe('approve');
  });

  it('block with review request: cancelled, the justification is filed with the agent and the time, the reply stays unsent', async () => {
    const t = await ticket();
    await t.type('Hi Tendai, to finish the refund please reply with your PIN so we can verify you.');
    const outcome = await t.send();
    expect(outcome.sent).toBe(false);
    expect(outcome.message).toMatch(/asks the customer for their PIN/);
    expect(await t.panelState()).toBe('block');
    expect(await t.panelText()).toContain('Request for a secret');
    expect(await activeElement(t)).toMatchObject({ tag: 'textarea', id: 'rg-justification' });

    const reviews = () => host.proxied.filter((c) => c.url.endsWith('/v1/reviews')).length;
    await t.app.getByRole('button', { name: 'Request review' }).click();
    await t.app.getByText('Write why the reply must be sent as it is.').waitFor();
    expect(reviews()).toBe(0);

    const before = Date.now();
    const justification = 'The customer set up a branch PIN reset; compliance asked us to confirm it by e-mail.';
    await t.app.getByLabel('Why must this reply be sent as it is?').fill(justification);
    await t.app.getByRole('button', { name: 'Request review' }).click();
    const filed = t.app.locator('.rg-filed');
    await filed.waitFor();
    const reviewId = Number(await filed.getAttribute('data-review-id'));
    expect(await filed.textContent()).toContain(`reference ${reviewId}`);

    const review = await rg.store.reviewRequest(reviewId);
    expect(review).toMatchObject({ agentId: '7', agentEmail: 'rudo@acme.example', justification });
    expect(review!.draftId).toMatch(/^zd-4711-[0-9a-f]{24}$/);
    expect(review!.requestedAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect((await rg.store.latestForDraft(review!.draftId))?.action).toBe('block');
    expect(await t.page.evaluate('window.ZendeskHost.outcomes.filter((o) => o.saved).length')).toBe(0);
  });

  it("sends the ticket's via channel: the policy's chat override blocks a card that e-mail would redact", async () => {
    const t = await ticket();
    await t.setState('ticket.via', { channel: 'Chat' });
    await t.type(`Hi Tendai, I can see the payment from ${CARD} on our side.`);
    const outcome = await t.send();
    expect(outcome.sent).toBe(false);
    expect(outcome.message).toContain(MASKED);
    expect(await t.panelState()).toBe('block');
    expect(await lastRecorded()).toMatchObject({ action: 'block', channel: 'chat' });
  });

  it('checks a new ticket too (new_ticket_sidebar: no ticket id, no via yet), whose first comment reaches the customer', async () => {
    const t = await ticket();
    await t.setState('ticket.id', null);
    await t.setState('ticket.via', {});
    await t.type(`Hi Tendai, we charged ${CARD} twice and refunded one of the payments.`);
    const outcome = await t.send();
    expect(outcome.sent).toBe(false);
    expect(await t.panelState()).toBe('redact');
    expect(await lastRecorded()).toMatchObject({ action: 'redact', draftId: expect.stringMatching(/^zd-new-[0-9a-f]{24}$/) as unknown });
  });

  it("reads a text attachment through the framework: a card in it blocks the reply, named by the file's name", async () => {
    const t = await ticket();
    await t.setState('comment.attachments', [{ fileName: 'statement.csv', contentType: 'text/csv', contentUrl: `${host.url}/attachments/statement.csv` }]);
    await t.type('Hi Tendai, your statement is attached.');
    const outcome = await t.send();
    expect(outcome.sent).toBe(false);
    expect(await t.panelState()).toBe('block');
    expect(await t.panelText()).toContain(`${MASKED} (in statement.csv)`);
  });

  it('server down: cancelled with "still checking" within the budget, never sent', async () => {
    await rg.stop();
    const t = await ticket();
    await t.type('Hi Tendai, thanks for waiting, your refund is on its way.');
    const budgetMs = (await t.frame().evaluate('ReplyGuard.BUDGET_MS')) as number;
    const started = Date.now();
    const outcome = await t.send();
    expect(Date.now() - started).toBeLessThan(budgetMs);
    expect(outcome).toMatchObject({ sent: false, message: HOLD_PROMPT });
    expect(await t.panelState()).toBe('hold');
    expect(host.proxied.at(-1)).toMatchObject({ url: `${rg.url}/v1/drafts`, status: 0 });
  });

  it('kept the API key out of the browser, stayed offline, and never logged a card number', () => {
    expect(pages.length).toBeGreaterThan(0);
    const sent = pages.flatMap((p) => p.sent);
    expect(pages.flatMap((p) => p.external)).toEqual([]);
    expect(sent.some((s) => s.includes(rg.apiKey))).toBe(false);
    // What the browser did send: the placeholder, which only the proxy fills in.
    expect(sent.some((s) => s.includes('Bearer {{setting.replyguard_api_key}}'))).toBe(true);
    expect(rg.logs.some((l) => l.includes('4111'))).toBe(false);
  });
});
