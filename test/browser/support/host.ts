/**
 * The test pages' HTTP server (127.0.0.1, port 0). It serves:
 * - /<platform>/            the host page: a small stand-in for the helpdesk's ticket view (the
 *                           editor, its send button, the notification line) around the app's iframe;
 * - /<platform>/app/<file>  the app's files exactly as `replyguard app package` archives them;
 * - /standin/<file>         the stand-in platform clients (test/browser/support/standin/);
 * - /attachments/<name>     files a test attaches to the draft;
 * and plays the platform's server-side request proxy, which is where the secret lives:
 * - POST /proxy/zendesk     a ZAF client.request: `{{setting.NAME}}` placeholders in headers are
 *                           replaced with the secure settings only for `secure: true` requests to a
 *                           host in the manifest's domainWhitelist;
 * - POST /proxy/freshworks  a Freshworks invokeTemplate: the named template of config/requests.json
 *                           (declared in the manifest) rendered with the iparams (secure ones
 *                           included) and the call's context.
 * The browser never receives a secure setting; the proxies forward to the real ReplyGuard server.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname } from 'node:path';
import type { AppBuild } from '../../../src/app-package.js';

const SUPPORT = new URL('./', import.meta.url);
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};
/** The platform proxies give up eventually too; the app's own budget is shorter. */
const PROXY_TIMEOUT_MS = 20_000;

export interface ZendeskPlatform {
  readonly kind: 'zendesk';
  readonly app: AppBuild;
  /** What client.metadata() shows the app (no secure setting is ever in it). */
  readonly settings: Record<string, string>;
  readonly secureSettings: Record<string, string>;
}

export interface FreshworksPlatform {
  readonly kind: 'freshdesk';
  readonly app: AppBuild;
  /** Installation parameters, secure ones included: only the proxy reads them. */
  readonly iparams: Record<string, string>;
  /** The templates say https; the test's ReplyGuard server speaks plain HTTP on 127.0.0.1. */
  readonly protocol: 'http';
}

export interface ProxiedCall {
  readonly url: string;
  readonly method: string;
  /** 0: no answer (connection refused, timed out). */
  readonly status: number;
}

export interface HostServer {
  readonly url: string;
  readonly proxied: ProxiedCall[];
  close(): Promise<void>;
}

export async function startHost(platform: ZendeskPlatform | FreshworksPlatform, attachments: ReadonlyMap<string, string> = new Map()): Promise<HostServer> {
  const proxied: ProxiedCall[] = [];
  const prefix = `/${platform.kind}/`;
  const server = createServer((req, res) => {
    route(req, res).catch((err: unknown) => send(res, 500, 'text/plain', String(err)));
  });

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? '/', 'http://host').pathname;
    if (req.method === 'GET' && path === prefix) return sendFile(res, new URL(`standin/${platform.kind}-host.html`, SUPPORT));
    if (req.method === 'GET' && path.startsWith('/standin/')) return sendFile(res, new URL(`standin/${path.slice('/standin/'.length).replace(/[^a-z0-9.-]/g, '')}`, SUPPORT));
    if (req.method === 'GET' && path.startsWith(`${prefix}app/`)) return sendAppFile(res, decodeURIComponent(path.slice(`${prefix}app/`.length)));
    if (req.method === 'GET' && path === '/zendesk/metadata' && platform.kind === 'zendesk') return send(res, 200, 'application/json', JSON.stringify({ settings: platform.settings }));
    if (req.method === 'GET' && path.startsWith('/attachments/')) {
      const name = decodeURIComponent(path.slice('/attachments/'.length));
      const body = attachments.get(name);
      return body === undefined ? send(res, 404, 'text/plain', 'no such attachment') : send(res, 200, CONTENT_TYPES[extname(name)] ?? 'application/octet-stream', body);
    }
    if (req.method === 'POST' && path === '/proxy/zendesk' && platform.kind === 'zendesk') return sendJson(res, await zendeskProxy(platform, JSON.parse(await readBody(req)) as ZafRequest));
    if (req.method === 'POST' && path === '/proxy/freshworks' && platform.kind === 'freshdesk') return sendJson(res, await freshworksProxy(platform, JSON.parse(await readBody(req)) as TemplateCall));
    send(res, 404, 'text/plain', 'not found');
  }

  function sendAppFile(res: ServerResponse, file: string): void {
    // Freshworks serves the app/ folder; Zendesk the whole archive (assets/...).
    const archivePath = platform.kind === 'freshdesk' ? `app/${file}` : file;
    const data = platform.app.files.get(archivePath);
    if (!data) return send(res, 404, 'text/plain', 'not in the archive');
    // The platform fills in its client script; here it is the stand-in.
    const body = platform.kind === 'freshdesk' && archivePath === 'app/index.html' ? data.toString('utf8').replaceAll('{{{appclient}}}', '/standin/freshworks-client.js') : data;
    send(res, 200, CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', body);
  }

  async function forward(url: string, method: string, headers: Record<string, string>, body: string | undefined): Promise<ProxyAnswer> {
    try {
      const res = await fetch(url, { method, headers, ...(body !== undefined && method !== 'GET' ? { body } : {}), signal: AbortSignal.timeout(PROXY_TIMEOUT_MS) });
      const text = await res.text();
      proxied.push({ url, method, status: res.status });
      return { status: res.status, body: text };
    } catch {
      proxied.push({ url, method, status: 0 });
      return { status: 502, body: '' };
    }
  }

  interface ZafRequest {
    url: string;
    type?: string;
    contentType?: string;
    data?: string;
    headers?: Record<string, string>;
    secure?: boolean;
  }

  async function zendeskProxy(p: ZendeskPlatform, request: ZafRequest): Promise<ProxyAnswer> {
    const target = new URL(request.url);
    const manifest = JSON.parse(p.app.files.get('manifest.json')!.toString('utf8')) as { domainWhitelist?: string[] };
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(request.headers ?? {})) {
      if (!/\{\{setting\.\w+\}\}/.test(value)) {
        headers[name] = value;
        continue;
      }
      if (request.secure !== true) return refuse('secure settings are substituted only in secure: true requests');
      if (!manifest.domainWhitelist?.includes(target.hostname)) return refuse(`${target.hostname} is not in the manifest's domainWhitelist`);
      const unknown = [...value.matchAll(/\{\{setting\.(\w+)\}\}/g)].map((m) => m[1]!).filter((s) => p.secureSettings[s] === undefined);
      if (unknown.length) return refuse(`no secure setting ${unknown.join(', ')}`);
      headers[name] = value.replace(/\{\{setting\.(\w+)\}\}/g, (_m, setting: string) => p.secureSettings[setting]!);
    }
    if (request.contentType) headers['content-type'] = request.contentType;
    return forward(target.href, (request.type ?? 'GET').toUpperCase(), headers, request.data);
  }

  interface TemplateCall {
    name: string;
    context?: Record<string, string>;
    body?: string;
  }

  async function freshworksProxy(p: FreshworksPlatform, call: TemplateCall): Promise<ProxyAnswer> {
    const manifest = JSON.parse(p.app.files.get('manifest.json')!.toString('utf8')) as { modules: { common: { requests: Record<string, unknown> } } };
    const templates = JSON.parse(p.app.files.get('config/requests.json')!.toString('utf8')) as Record<string, { schema: { method: string; host: string; path: string; headers?: Record<string, string> } }>;
    const template = templates[call.name];
    if (!template || !(call.name in manifest.modules.common.requests)) return refuse(`no request template ${call.name} declared in the manifest`);
    const render = (text: string): string => {
      const out = text.replace(/<%=\s*(iparam|context)\.(\w+)\s*%>/g, (_m, scope: string, key: string) => {
        const value = scope === 'iparam' ? p.iparams[key] : call.context?.[key];
        if (value === undefined) throw new Error(`template ${call.name}: no ${scope}.${key}`);
        return value;
      });
      if (out.includes('<%')) throw new Error(`template ${call.name}: unsupported placeholder`);
      return out;
    };
    const { schema } = template;
    const headers = Object.fromEntries(Object.entries(schema.headers ?? {}).map(([name, value]) => [name, render(value)]));
    return forward(`${p.protocol}://${render(schema.host)}${render(schema.path)}`, schema.method, headers, call.body);
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    proxied,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

interface ProxyAnswer {
  status: number;
  body: string;
}

/** A request the platform's proxy itself refuses (its status, as the app would see it). */
const refuse = (reason: string): ProxyAnswer => ({ status: 400, body: JSON.stringify({ proxyError: reason }) });

function send(res: ServerResponse, status: number, contentType: string, body: string | Buffer): void {
  res.writeHead(status, { 'content-type': contentType, 'cache-control': 'no-store' }).end(body);
}

function sendJson(res: ServerResponse, answer: ProxyAnswer): void {
  send(res, 200, 'application/json', JSON.stringify(answer));
}

function sendFile(res: ServerResponse, file: URL): void {
  let data: Buffer;
  try {
    data = readFileSync(file);
  } catch {
    return send(res, 404, 'text/plain', 'not found');
  }
  send(res, 200, CONTENT_TYPES[extname(file.pathname)] ?? 'application/octet-stream', data);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
