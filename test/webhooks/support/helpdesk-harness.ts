/**
 * The real service with the helpdesk webhooks on, for a test file: real Redis under a unique
 * prefix, real HTTP on port 0, the real workers (drafts, remediation, alerts), the real components
 * (the default policy, the store in PGlite in a temporary directory, its audit log), and a
 * stand-in HTTP server playing Zendesk, Intercom, Freshdesk and the alert receiver. Deliveries are
 * signed the way each helpdesk signs them. `close()` stops everything and deletes the Redis keys
 * and the directory.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { policyProcessor } from '../../../src/components.js';
import { loadConfig, type Config } from '../../../src/config.js';
import { loadSealingKey, type SealingKey } from '../../../src/crypto.js';
import { defaultPolicy } from '../../../src/policy/index.js';
import { startService, type RunningService } from '../../../src/service.js';
import { storeEventLog, storeSink } from '../../../src/store-sink.js';
import { openStore, type AuditEntry, type AuditKind, type Store } from '../../../src/store/index.js';
import { formatWebhookSecret } from '../../../webhooks/standard-webhooks.js';
import { intercomSignature } from '../../../webhooks/intercom/adapter.js';
import { zendeskSignature } from '../../../webhooks/zendesk/adapter.js';
import { capturedLogger, deleteKeys, SHARED_REDIS, until } from '../../service/support/harness.js';
import { seedPgliteDir } from '../../store/engines.js';
import { startStandIn, type StandIn } from './stand-in.js';

/** Migrating the embedded store and starting the workers takes seconds; more on a loaded machine. */
export const START_TIMEOUT_MS = 60_000;

export interface HelpdeskHarness {
  readonly url: string;
  readonly config: Config;
  readonly service: RunningService;
  readonly store: Store;
  /** The sealing key the service uses (for tests that queue jobs themselves). */
  readonly key: SealingKey;
  readonly standIn: StandIn;
  readonly prefix: string;
  readonly logs: string[];
  readonly secrets: { readonly zendesk: string; readonly intercom: string; readonly freshdesk: string; readonly alert: Buffer; readonly apiKey: string };
  deliver: {
    zendesk(body: string, options?: { invocationId?: string; timestamp?: string; secret?: string }): Promise<Response>;
    intercom(body: string, options?: { secret?: string }): Promise<Response>;
    freshdesk(body: string, options?: { secret?: string }): Promise<Response>;
  };
  /** Audit entries of a kind, oldest first. */
  audit(kind: AuditKind): Promise<AuditEntry[]>;
  /** Polls `probe` every 50 ms until it gives a value. */
  until<T>(probe: () => Promise<T | undefined> | T | undefined, timeoutMs?: number): Promise<T>;
  close(): Promise<void>;
}

export interface HelpdeskHarnessOptions {
  readonly name: string;
  /** Added to (or, with "", removing from) the environment. */
  readonly env?: Record<string, string>;
  readonly redisUrl?: string;
  readonly followUps?: { backoffMs?: number; attempts?: number; timeoutMs?: number };
}

export async function startHelpdeskHarness(options: HelpdeskHarnessOptions): Promise<HelpdeskHarness> {
  const prefix = `rgtest-${options.name}-${randomBytes(4).toString('hex')}`;
  const dataDir = mkdtempSync(join(tmpdir(), `rg-${options.name}-`));
  const standIn = await startStandIn();
  const secrets = {
    zendesk: `zd_${randomBytes(24).toString('base64')}`,
    intercom: `ic_${randomBytes(16).toString('hex')}`,
    freshdesk: `fd_${randomBytes(16).toString('hex')}`,
    alert: randomBytes(32),
    apiKey: `rg_test_${randomBytes(16).toString('hex')}`,
  };
  const redisUrl = options.redisUrl ?? SHARED_REDIS;
  const env = {
    PORT: '0',
    REDIS_URL: redisUrl,
    REPLYGUARD_DATA_DIR: dataDir,
    REPLYGUARD_QUEUE_PREFIX: prefix,
    REPLYGUARD_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    REPLYGUARD_API_KEYS: secrets.apiKey,
    LOG_LEVEL: 'debug',
    ZENDESK_WEBHOOK_SECRET: secrets.zendesk,
    ZENDESK_BASE_URL: `${standIn.url}/zendesk`,
    ZENDESK_EMAIL: 'replyguard@acme.example',
    ZENDESK_API_TOKEN: 'zendesk-api-token',
    INTERCOM_CLIENT_SECRET: secrets.intercom,
    INTERCOM_BASE_URL: `${standIn.url}/intercom`,
    INTERCOM_ACCESS_TOKEN: 'intercom-access-token',
    FRESHDESK_WEBHOOK_SECRET: secrets.freshdesk,
    FRESHDESK_BASE_URL: `${standIn.url}/freshdesk`,
    FRESHDESK_API_KEY: 'freshdesk-api-key',
    REPLYGUARD_ALERT_URL: `${standIn.url}/alerts`,
    REPLYGUARD_ALERT_SECRET: formatWebhookSecret(secrets.alert),
    ...options.env,
  };
  const config = loadConfig(env);
  const { logs, log } = capturedLogger(config);
  await seedPgliteDir(dataDir); // a copy of an initialised database: initdb takes seconds
  const { key } = loadSealingKey(env, dataDir);
  const store = await openStore({ dataDir, key });
  const components = { processor: policyProcessor(defaultPolicy()), sink: storeSink(store), events: storeEventLog(store) };
  const service = await startService({ config, role: 'serve', components, log, env, followUps: { backoffMs: 50, attempts: 4, timeoutMs: 1000, ...options.followUps } }).catch(async (err: unknown) => {
    await store.close();
    throw err;
  });
  const url = service.url as string;
  const post = (provider: string, body: string, headers: Record<string, string>): Promise<Response> =>
    fetch(`${url}/webhooks/${provider}`, { method: 'POST', headers: { 'content-type': 'application/json; charset=utf-8', ...headers }, body });

  return {
    url,
    config,
    service,
    store,
    key,
    standIn,
    prefix,
    logs,
    secrets,
    deliver: {
      zendesk(body, o = {}) {
        const timestamp = o.timestamp ?? new Date().toISOString().replace(/\.\d+Z$/, 'Z');
        return post('zendesk', body, {
          'x-zendesk-webhook-id': '01HZXW8Q6T3N4E5R6Y7U8I9O0P',
          'x-zendesk-webhook-invocation-id': o.invocationId ?? String(Date.now()) + randomBytes(3).toString('hex'),
          'x-zendesk-webhook-signature-timestamp': timestamp,
          'x-zendesk-webhook-signature': zendeskSignature(o.secret ?? secrets.zendesk, timestamp, body),
        });
      },
      intercom: (body, o = {}) => post('intercom', body, { 'x-hub-signature': intercomSignature(o.secret ?? secrets.intercom, body) }),
      freshdesk: (body, o = {}) => post('freshdesk', body, { 'x-replyguard-secret': o.secret ?? secrets.freshdesk }),
    },
    audit: (kind) => store.audit.list({ kind, limit: 1000 }),
    until: (probe, timeoutMs = 10_000) => until(probe, timeoutMs),
    async close() {
      await service.close(); // closes the store too (the sink)
      await standIn.close();
      await deleteKeys(redisUrl, prefix).catch(() => undefined);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A Zendesk comment_added delivery body for a public agent comment (the documented envelope, §8.1). */
export function zendeskComment(ticketId: string, commentId: string, body: string, extra: { isPublic?: boolean; isStaff?: boolean } = {}): string {
  return JSON.stringify({
    account_id: 22129848,
    detail: { id: ticketId, brand_id: '8447346621310', is_public: true, status: 'OPEN', via: { channel: 'web_service' } },
    event: { comment: { id: commentId, body, is_public: extra.isPublic ?? true, author: { id: '8447388090495', is_staff: extra.isStaff ?? true, name: 'Support Agent' } } },
    id: `evt-${ticketId}-${commentId}`,
    subject: `zen:ticket:${ticketId}`,
    time: new Date().toISOString(),
    type: 'zen:event-type:ticket.comment_added',
    zendesk_event_version: '2022-11-06',
  });
}

/** An Intercom conversation.admin.replied body (the documented envelope, §8.7). */
export function intercomReply(conversationId: string, partId: string, body: string, attachments: unknown[] = []): string {
  return JSON.stringify({
    type: 'notification_event',
    app_id: 'abc123',
    id: `notif_${conversationId}_${partId}`,
    topic: 'conversation.admin.replied',
    delivery_attempts: 1,
    created_at: 1760000000,
    data: {
      type: 'notification_event_data',
      item: {
        type: 'conversation',
        id: conversationId,
        conversation_parts: {
          type: 'conversation_part.list',
          total_count: 1,
          conversation_parts: [{ type: 'conversation_part', id: partId, part_type: 'comment', body, author: { type: 'admin', id: '814860', name: 'Mark Strong', email: 'mk@acmeinc.org' }, attachments }],
        },
      },
    },
  });
}

/** A Freshdesk agent-reply rule body (the README template). */
export function freshdeskReply(ticketId: string, text: string): string {
  return JSON.stringify({ event: 'agent_reply', ticket_id: ticketId, text, agent_email: 'ola@acme.example', agent_name: 'Ola', contact_email: 'klient@example.pl', contact_phone: '' });
}
