/**
 * POST /v1/scan over real HTTP: the service runs in-process on port 0 (test/service/support/harness.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { START_TIMEOUT_MS, startHarness, type Harness } from '../service/support/harness.js';

let server: Harness;

beforeAll(async () => {
  server = await startHarness({ name: 'scan', env: { REPLYGUARD_MAX_BODY_BYTES: '4096' } });
}, START_TIMEOUT_MS);
afterAll(() => server?.close(), START_TIMEOUT_MS);

function post(body: string, contentType = 'application/json'): Promise<Response> {
  return fetch(`${server.url}/v1/scan`, { method: 'POST', headers: { 'content-type': contentType }, body });
}

describe('POST /v1/scan', () => {
  it('returns the same findings as the CLI', async () => {
    const res = await post(JSON.stringify({ text: 'card 4111 1111 1111 1111, call +263 77 123 4567' }));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { findings: { type: string; start: number; end: number; masked: string }[] };
    expect(body.findings.map((f) => [f.type, f.start, f.end])).toEqual([['CARD_NUMBER', 5, 24], ['PHONE_NUMBER', 31, 47]]);
    expect(JSON.stringify(body)).not.toContain('4111 1111');
  });

  it('honours region and minScore', async () => {
    const res = await post(JSON.stringify({ text: 'call 020 7946 0958', region: 'GB', minScore: 0.1 }));
    const body = (await res.json()) as { findings: { subtype: string }[] };
    expect(body.findings[0]?.subtype).toBe('gb');
  });

  it.each([
    ['malformed JSON', '{"text": "4111 1111', 400, 'RG_ERR_BAD_REQUEST', 'not valid JSON'],
    ['no text', '{"body": "x"}', 400, 'RG_ERR_BAD_REQUEST', '"text" must be a string'],
    ['array', '["x"]', 400, 'RG_ERR_BAD_REQUEST', 'body must be a JSON object'],
    ['bad region', '{"text":"x","region":"Zimbabwe"}', 400, 'RG_ERR_BAD_REQUEST', 'two-letter'],
    ['bad minScore', '{"text":"x","minScore":7}', 400, 'RG_ERR_BAD_REQUEST', 'minScore'],
    ['too large', JSON.stringify({ text: '4111111111111111 '.repeat(400) }), 413, 'RG_ERR_INPUT_TOO_LARGE', 'size limit'],
  ])('rejects %s with a clear error that does not echo the body', async (_name, body, status, code, message) => {
    const res = await post(body);
    expect(res.status).toBe(status);
    const text = await res.text();
    const parsed = JSON.parse(text) as { error: { code: string; message: string } };
    expect(parsed.error.code).toBe(code);
    expect(parsed.error.message).toContain(message);
    expect(text).not.toContain('4111');
  });

  it('rejects a non-JSON content type with 415', async () => {
    const res = await post('text=hello', 'application/x-www-form-urlencoded');
    expect(res.status).toBe(415);
  });
});

describe('other routes', () => {
  it('answers health checks', async () => {
    const res = await fetch(`${server.url}/healthz`);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('answers 404 in the error format', async () => {
    const res = await fetch(`${server.url}/nope`);
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: { code: 'RG_ERR_NOT_FOUND' } });
  });
});

describe('config', () => {
  it.each([
    [{ PORT: 'eighty' }, /PORT must be an integer/],
    [{ REPLYGUARD_REGION: 'XX' }, /REPLYGUARD_REGION must be a two-letter country code/],
    [{ REPLYGUARD_MIN_SCORE: '1.5' }, /REPLYGUARD_MIN_SCORE must be a number from 0 to 1/],
  ])('rejects %j', (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('has working defaults with nothing set', () => {
    expect(loadConfig({})).toMatchObject({ port: 8080, host: '127.0.0.1', region: 'ZW', minScore: 0.5 });
  });
});
