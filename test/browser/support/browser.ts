/**
 * Debian's Chromium, driven by playwright-core: one browser per test file, a fresh context (and
 * profile: launch() gives each browser an empty temporary user-data-dir) per page. Pages are
 * offline: anything not on 127.0.0.1 is refused and recorded, except the ZAF SDK's CDN URL, which
 * is answered with the stand-in SDK.
 */
import { existsSync, readFileSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const ZAF_SDK_URL = 'https://static.zdassets.com/zendesk_app_framework_sdk/2.0/zaf_sdk.min.js';
const ZAF_SDK_STANDIN = readFileSync(new URL('./standin/zaf-sdk.js', import.meta.url));

// The machine's network is closed: without these Chromium keeps trying Google's hosts.
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium); .ci/run does`);
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
}

export interface OfflinePage {
  readonly page: Page;
  /** Requests refused because they left 127.0.0.1. */
  readonly external: string[];
  /** Every URL and request body the page sent, to check no secret ever passed through the browser. */
  readonly sent: string[];
  close(): Promise<void>;
}

export async function openPage(browser: Browser, url: string): Promise<OfflinePage> {
  const context = await browser.newContext({ viewport: { width: 960, height: 640 } });
  const external: string[] = [];
  const sent: string[] = [];
  await context.route('**/*', (route) => {
    const target = route.request().url();
    if (target === ZAF_SDK_URL) return route.fulfill({ status: 200, contentType: 'text/javascript', body: ZAF_SDK_STANDIN });
    if (new URL(target).hostname === '127.0.0.1') return route.continue();
    external.push(target);
    return route.abort();
  });
  const page = await context.newPage();
  page.on('request', (request) => sent.push(`${request.url()} ${request.postData() ?? ''}`));
  await page.goto(url);
  return { page, external, sent, close: () => context.close() };
}
