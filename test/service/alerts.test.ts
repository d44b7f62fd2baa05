/**
 * Alerts (src/alerts.ts): the message (Slack-compatible, masked values only, ids that cannot
 * become Slack links or mentions), and the worker delivering it over real HTTP with real Redis,
 * signed with Standard Webhooks headers: the signature checked here against an HMAC computed
 * independently with the spec's test secret, a refused delivery recorded.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alertId, alertMessage, createAlertQueue, enqueueAlert, startAlertWorker, type AlertFacts } from '../../src/alerts.js';
import type { LoggedEvent } from '../../src/decisions.js';
import { connectRedis } from '../../src/redis.js';
import { parseWebhookSecret } from '../../webhooks/standard-webhooks.js';
import { capturedLogger, deleteKeys, SHARED_REDIS } from './support/harness.js';
import { loadConfig } from '../../src/config.js';

const facts: AlertFacts = {
  kind: 'sent_unredacted',
  jobKey: '0123456789abcdef0123456789abcdef',
  provider: 'zendesk',
  draftId: 'zendesk:5158:9876543210',
  ticketId: '5158',
  action: 'block',
  findings: [
    { type: 'CARD_NUMBER', masked: '•••• •••• •••• 1111' },
    { type: 'CREDENTIAL', masked: '••••••' },
  ],
  bulk: false,
  credentials: true,
  remediation: 'redacting 2 values in the comment (Zendesk comment redaction)',
};

describe('the message', () => {
  it('says where, what (masked) and what remediation does, as Slack text and blocks', () => {
    const message = alertMessage(facts);
    expect(message.text).toBe(
      'ReplyGuard: a reply sent on Zendesk ticket 5158 should not have been sent: card number: •••• •••• •••• 1111, credential: ••••••. It holds credentials: have them changed. Remediation: redacting 2 values in the comment (Zendesk comment redaction).',
    );
    expect(message.blocks).toEqual([
      { type: 'section', text: { type: 'mrkdwn', text: message.text } },
      { type: 'context', elements: [{ type: 'mrkdwn', text: 'sent_unredacted · draft zendesk:5158:9876543210 · action block · job 0123456789abcdef0123456789abcdef' }] },
    ]);
    expect(message.replyguard).toEqual({ id: alertId('sent_unredacted', facts.jobKey), ...facts });
  });

  it('lets no id become a Slack link or mention', () => {
    const message = alertMessage({ ...facts, draftId: '<!channel> <https://evil.example|click>' });
    expect(JSON.stringify(message.blocks)).not.toMatch(/<!channel>|<https:/);
    expect(JSON.stringify(message.blocks)).toContain('&lt;!channel&gt;');
  });

  it('lists ten values at most', () => {
    const many = Array.from({ length: 12 }, () => ({ type: 'PHONE_NUMBER' as const, masked: '+•• •• ••• ••67' }));
    expect(alertMessage({ ...facts, kind: 'blocked', findings: many, bulk: true, credentials: false }).text).toMatch(/and 2 more\. Bulk disclosure\.$/);
  });

  it('has one id per kind and decision', () => {
    expect(alertId('sent_unredacted', facts.jobKey)).toBe(alertId('sent_unredacted', facts.jobKey));
    expect(alertId('remediation_failed', facts.jobKey)).not.toBe(alertId('sent_unredacted', facts.jobKey));
    expect(alertId('blocked', facts.jobKey)).toMatch(/^alert-[0-9a-f]{32}$/);
  });
});

describe('delivery', () => {
  const SPEC_SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
  const received: { headers: IncomingHttpHeaders; raw: string }[] = [];
  let status = 200;
  let server: Server;
  let url: string;
  const prefix = `rgtest-alerts-${randomBytes(4).toString('hex')}`;
  const connection = connectRedis(SHARED_REDIS, 'worker');
  const events: LoggedEvent[] = [];
  const { logs, log } = capturedLogger(loadConfig({ LOG_LEVEL: 'debug' }));
  let worker: ReturnType<typeof startAlertWorker>;
  const queue = createAlertQueue(connection, prefix, { attempts: 2, backoff: { type: 'fixed', delay: 20 } });

  beforeAll(async () => {
    server = createServer((req, res) => {
      let raw = '';
      req.on('data', (c: Buffer) => (raw += c.toString()));
      req.on('end', () => {
        received.push({ headers: req.headers, raw });
        res.writeHead(status).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/alerts`;
    worker = startAlertWorker({ connection, prefix, settings: { url, secret: parseWebhookSecret(SPEC_SECRET) }, events: { append: async (e) => void events.push(e) }, log, timeoutMs: 1000 });
  });
  afterAll(async () => {
    await worker.close();
    await queue.close();
    connection.disconnect();
    await deleteKeys(SHARED_REDIS, prefix);
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  const until = async (probe: () => boolean): Promise<void> => {
    const deadline = Date.now() + 5000;
    while (!probe()) {
      if (Date.now() > deadline) throw new Error('condition not met in time');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };

  it('posts the message with webhook-id, webhook-timestamp and a v1 signature of "{id}.{timestamp}.{body}"', async () => {
    await enqueueAlert(queue, facts);
    await enqueueAlert(queue, facts); // the same alert again: queued once
    await until(() => received.length === 1);
    const [{ headers, raw }] = received as [{ headers: IncomingHttpHeaders; raw: string }];
    expect(JSON.parse(raw)).toEqual(JSON.parse(JSON.stringify(alertMessage(facts))));
    expect(headers['webhook-id']).toBe(alertId('sent_unredacted', facts.jobKey));
    const expected = createHmac('sha256', Buffer.from('MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', 'base64')).update(`${headers['webhook-id']}.${headers['webhook-timestamp']}.${raw}`).digest('base64');
    expect(headers['webhook-signature']).toBe(`v1,${expected}`);
    expect(Math.abs(Number(headers['webhook-timestamp']) - Date.now() / 1000)).toBeLessThan(10);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(received).toHaveLength(1);
  });

  it('retries a receiver that fails, and records one that keeps failing', async () => {
    status = 503;
    await enqueueAlert(queue, { ...facts, kind: 'remediation_failed', remediation: 'Zendesk refused the comment redaction (HTTP 422)' });
    await until(() => events.length === 1);
    expect(received.slice(1)).toHaveLength(2);
    expect(events[0]).toEqual({
      kind: 'alert.failed',
      subject: facts.jobKey,
      details: { alertId: alertId('remediation_failed', facts.jobKey), alert: 'remediation_failed', provider: 'zendesk', draftId: facts.draftId, status: 503, attempts: 2 },
    });
    expect(logs.some((l) => l.includes('"alert not delivered"'))).toBe(true);
  });
});
