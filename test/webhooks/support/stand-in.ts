/**
 * A local stand-in for the helpdesk APIs and the alert receiver: a real HTTP server on port 0
 * that records every call (method, path, headers, raw and parsed body) and answers 200 with `{}`,
 * unless told otherwise: `failNext` makes the next calls to a route answer given statuses (then
 * 200 again), `answer` sets the JSON a route answers (Freshdesk's GET ticket).
 */
import { createServer, type IncomingHttpHeaders } from 'node:http';

export interface RecordedCall {
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  readonly raw: string;
  readonly body: unknown;
  /** The status it was answered. */
  readonly status: number;
}

export interface StandIn {
  readonly url: string;
  readonly calls: RecordedCall[];
  /** Calls to `method path` (path exact), answered with any status. */
  callsTo(method: string, path: string): RecordedCall[];
  /** The next calls to `method path` answer these statuses, in order. */
  failNext(method: string, path: string, ...statuses: number[]): void;
  answer(method: string, path: string, body: unknown): void;
  /** Resolves once `count` calls to `method path` have been answered 2xx. */
  waitFor(method: string, path: string, count?: number, timeoutMs?: number): Promise<RecordedCall[]>;
  close(): Promise<void>;
}

export async function startStandIn(): Promise<StandIn> {
  const calls: RecordedCall[] = [];
  const failures = new Map<string, number[]>();
  const answers = new Map<string, unknown>();
  const listeners = new Set<() => void>();
  const route = (method: string, path: string): string => `${method.toUpperCase()} ${path}`;

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      let body: unknown;
      try {
        body = raw ? JSON.parse(raw) : undefined;
      } catch {
        body = undefined;
      }
      const key = route(req.method ?? 'GET', req.url ?? '/');
      const status = failures.get(key)?.shift() ?? 200;
      calls.push({ method: req.method ?? 'GET', path: req.url ?? '/', headers: req.headers, raw, body, status });
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(status < 300 ? (answers.get(key) ?? {}) : { error: 'stand-in failure' }));
      for (const listener of listeners) listener();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const callsTo = (method: string, path: string): RecordedCall[] => calls.filter((c) => route(c.method, c.path) === route(method, path));

  return {
    url,
    calls,
    callsTo,
    failNext: (method, path, ...statuses) => void failures.set(route(method, path), [...(failures.get(route(method, path)) ?? []), ...statuses]),
    answer: (method, path, body) => void answers.set(route(method, path), body),
    waitFor(method, path, count = 1, timeoutMs = 10_000) {
      const ok = (): RecordedCall[] => callsTo(method, path).filter((c) => c.status < 300);
      return new Promise((resolve, reject) => {
        const check = (): void => {
          if (ok().length < count) return;
          cleanup();
          resolve(ok());
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error(`${count} successful ${route(method, path)} calls did not arrive in ${timeoutMs} ms (calls: ${calls.map((c) => `${route(c.method, c.path)} ${c.status}`).join(', ') || 'none'})`));
        }, timeoutMs);
        const cleanup = (): void => {
          clearTimeout(timer);
          listeners.delete(check);
        };
        listeners.add(check);
        check();
      });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
