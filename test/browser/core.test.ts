/**
 * webhooks/app-core/replyguard-core.js, the script both apps load, run as it is in a vm context
 * with the browser globals it uses (WebCrypto, TextEncoder, btoa, timers): the budget and polling
 * rules of the send gate with short budgets, and the pure helpers. The browser tests cover the panel.
 */
import { webcrypto } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { HOLD_PROMPT } from '../../src/decisions.js';

interface Decision {
  action: string;
  findings: { type: string; masked: string; source?: string }[];
  prompt?: string;
}
interface Core {
  BUDGET_MS: number;
  HOLD_PROMPT: string;
  decideWithinBudget(check: () => unknown, poll: () => unknown, options?: { budgetMs?: number; pollMs?: number }): Promise<Decision>;
  draftId(prefix: string, ticketId: unknown, content: unknown): Promise<string>;
  isBlank(body: string): boolean;
  messageFor(decision: Decision): string;
  summarize(findings: Decision['findings']): { type: string; label: string; count: number; values: string[] }[];
  textBase64(text: string): string;
}

const sandbox: Record<string, unknown> = { crypto: webcrypto, TextEncoder, btoa, setTimeout, clearTimeout };
sandbox.window = sandbox;
runInNewContext(readFileSync(new URL('../../webhooks/app-core/replyguard-core.js', import.meta.url), 'utf8'), sandbox);
const core = sandbox.ReplyGuard as Core;

const approve: Decision = { action: 'approve', findings: [] };
const hold: Decision = { action: 'hold', findings: [], prompt: core.HOLD_PROMPT };
const fast = { budgetMs: 400, pollMs: 40 };
const never = () => new Promise(() => undefined);

describe('decideWithinBudget: only a decision in time is an answer', () => {
  it("keeps the budget under the Apps framework's 10 s promise timeout, and the service's hold prompt", () => {
    expect(core.BUDGET_MS).toBeLessThan(10_000);
    expect(core.HOLD_PROMPT).toBe(HOLD_PROMPT);
  });

  it('answers the first decision when it is final, without polling', async () => {
    let polls = 0;
    expect(await core.decideWithinBudget(() => approve, () => polls++, fast)).toMatchObject({ action: 'approve' });
    expect(polls).toBe(0);
  });

  it('polls after a hold until the decision is made', async () => {
    const answers = [hold, hold, { action: 'redact', findings: [] }];
    let polls = 0;
    const decision = await core.decideWithinBudget(() => hold, () => answers[polls++], fast);
    expect(decision.action).toBe('redact');
    expect(polls).toBe(3);
  });

  it('stops polling when the budget is spent and answers hold', async () => {
    const started = Date.now();
    let polls = 0;
    const decision = await core.decideWithinBudget(() => hold, () => (polls++, hold), fast);
    expect(decision).toMatchObject({ action: 'hold', prompt: core.HOLD_PROMPT });
    expect(Date.now() - started).toBeLessThan(fast.budgetMs + 200);
    expect(polls).toBeGreaterThan(2);
  });

  it.each([
    ['no answer at all', never],
    ['a request that fails', () => Promise.reject(Object.assign(new Error('proxy'), { status: 502 }))],
    ['a check that throws', () => { throw new Error('boom'); }],
    ['an answer that is not a decision', () => ({ status: 'ok' })],
    ['an unknown action', () => ({ action: 'allow', findings: [] })],
  ])('answers hold for %s, within the budget', async (_name, check) => {
    const started = Date.now();
    expect(await core.decideWithinBudget(check, never, fast)).toMatchObject({ action: 'hold', prompt: core.HOLD_PROMPT });
    expect(Date.now() - started).toBeLessThan(fast.budgetMs + 200);
  });

  it('answers hold when polling fails', async () => {
    expect((await core.decideWithinBudget(() => hold, () => Promise.reject(new Error('down')), fast)).action).toBe('hold');
  });
});

describe('helpers', () => {
  it('summarizes findings by type with distinct masked values and where they are', () => {
    const groups = core.summarize([
      { type: 'CARD_NUMBER', masked: '•••• 1111', source: 'body' },
      { type: 'PHONE_NUMBER', masked: '+••• 67', source: 'body' },
      { type: 'CARD_NUMBER', masked: '•••• 1111', source: 'body' },
      { type: 'CARD_NUMBER', masked: '•••• 4242', source: 'attachment:list.csv' },
      { type: 'CARD_NUMBER', masked: '•••• 5555', source: 'subject' },
    ]);
    expect(groups.map((g) => [g.label, g.count, g.values])).toEqual([
      ['Card number', 3, ['•••• 1111', '•••• 4242 (in list.csv)', '•••• 5555 (in subject)']],
      ['Phone number', 1, ['+••• 67']],
    ]);
  });

  it('gives the same draft id to the same content and a new one to changed content', async () => {
    const a = await core.draftId('zd', 4711, ['Hi', []]);
    expect(a).toMatch(/^zd-4711-[0-9a-f]{24}$/);
    expect(await core.draftId('zd', 4711, ['Hi', []])).toBe(a);
    expect(await core.draftId('zd', 4711, ['Hi!', []])).not.toBe(a);
    expect(await core.draftId('zd', undefined, ['Hi', []])).toMatch(/^zd-new-/);
  });

  it('tells an empty editor from a reply', () => {
    expect(core.isBlank('')).toBe(true);
    expect(core.isBlank('<p><br></p>')).toBe(true);
    expect(core.isBlank('<p>&nbsp;</p>')).toBe(true);
    expect(core.isBlank('<p>Hi</p>')).toBe(false);
    expect(core.isBlank('<p><img src="cid:scan"></p>')).toBe(false);
  });

  it('encodes UTF-8 text as base64', () => {
    expect(Buffer.from(core.textBase64('naïve •••• 1111'), 'base64').toString('utf8')).toBe('naïve •••• 1111');
  });

  it("tells the agent the decision's prompt, or the hold prompt", () => {
    expect(core.messageFor({ action: 'block', findings: [], prompt: 'Remove it.' })).toBe('Remove it.');
    expect(core.messageFor({ action: 'hold', findings: [] })).toBe(core.HOLD_PROMPT);
  });
});
