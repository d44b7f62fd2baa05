/**
 * Outbound HTTP (src/platform.ts) against a real local server: what counts as done, what is
 * retried (no answer, timeouts, 408, 429, 5xx) and what is permanent (any other 4xx), redirects
 * never followed, and errors that never carry the response body.
 */
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PlatformError, platformClient, requestJson } from '../../src/platform.js';

let server: Server;
let url: string;
beforeAll(async () => {
  server = createServer((req, res) => {
    const [, kind, arg] = (req.url ?? '').split('/');
    if (kind === 'status') {
      res.writeHead(Number(arg), { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: 'the request quoted 4111 1111 1111 1111' }));
    } else if (kind === 'slow') setTimeout(() => res.end('{}'), 500);
    else if (kind === 'redirect') {
      res.writeHead(302, { location: 'http://127.0.0.1:1/elsewhere' });
      res.end();
    } else if (kind === 'echo') {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => res.end(JSON.stringify({ method: req.method, auth: req.headers.authorization, type: req.headers['content-type'], body })));
    } else res.end(kind === 'text' ? 'ok' : '');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const get = (path: string, timeoutMs = 2000) => requestJson({ method: 'GET', url: `${url}${path}`, headers: {}, timeoutMs, target: 'the stand-in' });

async function failure(path: string, timeoutMs?: number): Promise<PlatformError> {
  try {
    await get(path, timeoutMs);
  } catch (err) {
    return err as PlatformError;
  }
  throw new Error('expected a failure');
}

describe('requestJson', () => {
  it('sends JSON with the client headers and reads JSON back; an empty or non-JSON 2xx is done too', async () => {
    const client = platformClient({ baseUrl: url, headers: { authorization: 'Bearer t' } }, 'the stand-in', 2000);
    expect(await client.call('PUT', '/echo', { a: 1 })).toEqual({ method: 'PUT', auth: 'Bearer t', type: 'application/json', body: '{"a":1}' });
    expect(await get('/empty')).toBeUndefined();
    expect(await get('/text')).toBeUndefined();
  });

  it.each([
    [400, false],
    [401, false],
    [404, false],
    [422, false],
    [408, true],
    [429, true],
    [500, true],
    [503, true],
  ])('HTTP %i is retryable: %s, and the message has the status only', async (status, retryable) => {
    const err = await failure(`/status/${status}`);
    expect(err).toBeInstanceOf(PlatformError);
    expect([err.status, err.retryable]).toEqual([status, retryable]);
    expect(err.message).toBe(`the stand-in answered HTTP ${status}`);
  });

  it('gives up at the timeout, and on no answer at all: both retryable', async () => {
    const slow = await failure('/slow', 100);
    expect([slow.status, slow.retryable, slow.message]).toEqual([undefined, true, 'the stand-in did not answer in time']);
    const refused = await requestJson({ method: 'GET', url: 'http://127.0.0.1:1/', headers: {}, timeoutMs: 500, target: 'nobody' }).catch((err: unknown) => err as PlatformError);
    expect(refused).toMatchObject({ status: undefined, retryable: true });
  });

  it('never follows a redirect (credentials stay with the host they are for)', async () => {
    expect(await failure('/redirect')).toMatchObject({ status: undefined });
  });
});
