/**
 * A host page as a test drives it, the same way for both helpdesks: type a reply into the
 * helpdesk's editor, press its send button, read what happened (sent, or cancelled with the
 * notification), and work the ReplyGuard panel in the app's iframe.
 */
import type { Browser, Frame, FrameLocator } from 'playwright-core';
import { openPage, type OfflinePage } from './browser.js';

export interface SendOutcome {
  /** The helpdesk went on with the save or send. */
  readonly sent: boolean;
  readonly text: string;
  /** The notification the helpdesk showed when it was cancelled. */
  readonly message?: string;
}

interface Platform {
  /** window.<global> is the stand-in host (zendesk-host.js / freshdesk-host.js). */
  readonly global: 'ZendeskHost' | 'FreshdeskHost';
  readonly editor: string;
  readonly sendButton: string;
  /** The client call that means the app has registered its send hook. */
  readonly registered: string;
}

const PLATFORMS: Record<'zendesk' | 'freshdesk', Platform> = {
  zendesk: { global: 'ZendeskHost', editor: '#comment', sendButton: '#submit', registered: 'on' },
  freshdesk: { global: 'FreshdeskHost', editor: '#editor', sendButton: '#send', registered: 'events.on' },
};

export interface TicketPage extends OfflinePage {
  readonly app: FrameLocator;
  frame(): Frame;
  type(text: string): Promise<void>;
  editorText(): Promise<string>;
  /** Presses the helpdesk's send button and waits for the helpdesk's verdict. */
  send(): Promise<SendOutcome>;
  /** The panel's data-state: idle, checking, approve, redact, block, hold, unread. */
  panelState(): Promise<string>;
  panelText(): Promise<string>;
  /** The client calls the app made, as [method, argument]. */
  calls(): Promise<unknown[][]>;
  /** Changes the stand-in's ticket state (window.<host>.state) before a send. */
  setState(path: string, value: unknown): Promise<void>;
}

export async function openTicket(browser: Browser, hostUrl: string, kind: 'zendesk' | 'freshdesk'): Promise<TicketPage> {
  const platform = PLATFORMS[kind];
  const offline = await openPage(browser, `${hostUrl}/${kind}/`);
  const { page } = offline;
  const host = (expression: string) => `window.${platform.global}.${expression}`;
  await page.waitForFunction(`${host('calls')}.some((c) => c[0] === ${JSON.stringify(platform.registered)})`, undefined, { timeout: 10_000 });
  const frame = (): Frame => {
    const found = page.frames().find((f) => f !== page.mainFrame());
    if (!found) throw new Error('the app iframe is not loaded');
    return found;
  };
  return {
    ...offline,
    app: page.frameLocator('#app'),
    frame,
    type: (text) => page.fill(platform.editor, text),
    editorText: () => page.inputValue(platform.editor),
    async send() {
      const before = (await page.evaluate(`${host('outcomes')}.length`)) as number;
      await page.click(platform.sendButton);
      await page.waitForFunction(`${host('outcomes')}.length > ${before}`, undefined, { timeout: 15_000 });
      const outcome = (await page.evaluate(`${host('outcomes')}[${before}]`)) as { saved?: boolean; sent?: boolean; text: string; message?: string };
      return { sent: Boolean(outcome.saved ?? outcome.sent), text: outcome.text, ...(outcome.message !== undefined ? { message: outcome.message } : {}) };
    },
    panelState: () => frame().evaluate(`document.querySelector('.rg-panel')?.getAttribute('data-state') ?? 'none'`) as Promise<string>,
    panelText: () => frame().evaluate(`document.querySelector('#replyguard').innerText`) as Promise<string>,
    calls: () => page.evaluate(host('calls')) as Promise<unknown[][]>,
    setState: (path, value) => page.evaluate(`${host('state')}.${path} = ${JSON.stringify(value)}`).then(() => undefined),
  };
}

export async function activeElement(page: TicketPage): Promise<{ tag: string; text: string; id: string }> {
  return page.frame().evaluate(`(() => {
    const el = document.activeElement;
    return { tag: el ? el.tagName.toLowerCase() : '', text: el ? el.textContent : '', id: el ? el.id : '' };
  })()`) as Promise<{ tag: string; text: string; id: string }>;
}

