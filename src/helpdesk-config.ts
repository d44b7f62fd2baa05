/**
 * The helpdesk webhooks, their APIs (for remediation) and the outbound alerts: environment
 * variables, all optional, validated at start-up with src/config.ts (a bad value stops the service
 * with a message naming the variable, never its value).
 *
 * A webhook route answers only when its secret is set. API credentials go together (all of a
 * helpdesk's, or none): without them that helpdesk's replies are decided and alerted, not remediated.
 */
import { ReplyGuardError } from './errors.js';
import { parseWebhookSecret } from '../webhooks/standard-webhooks.js';
import { DEFAULT_INTERCOM_BASE_URL, type IntercomApiSettings } from '../webhooks/intercom/remediation.js';
import type { FreshdeskApiSettings } from '../webhooks/freshdesk/remediation.js';
import type { ZendeskApiSettings } from '../webhooks/zendesk/remediation.js';

export interface HelpdeskSettings {
  readonly zendesk: { readonly webhookSecret?: string; readonly api?: ZendeskApiSettings };
  /** Intercom signs with the app's client secret. */
  readonly intercom: { readonly webhookSecret?: string; readonly api?: IntercomApiSettings };
  /** Freshdesk signs nothing: the secret is the X-ReplyGuard-Secret header value the rule sends. */
  readonly freshdesk: { readonly webhookSecret?: string; readonly api?: FreshdeskApiSettings };
}

export interface AlertSettings {
  readonly url: string;
  /** Standard Webhooks key (decoded from whsec_...): every alert is signed. */
  readonly secret: Buffer;
}

type Env = Readonly<Record<string, string | undefined>>;

const configError = (message: string): ReplyGuardError => new ReplyGuardError('RG_ERR_CONFIG', message);
const value = (env: Env, name: string): string | undefined => (env[name] === undefined || env[name] === '' ? undefined : env[name]);

function secret(env: Env, name: string): string | undefined {
  const raw = value(env, name);
  if (raw !== undefined && (raw.length < 16 || /\s/.test(raw))) throw configError(`${name} must be at least 16 characters without spaces`);
  return raw;
}

/** An http(s) base URL without a trailing slash; never echoed (it may hold credentials). */
function baseUrl(env: Env, name: string): string | undefined {
  const raw = value(env, name);
  if (raw === undefined) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw configError(`${name} must be a URL starting with https:// or http://`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw configError(`${name} must be a URL starting with https:// or http://`);
  return raw.replace(/\/+$/, '');
}

/** All of `names` or none; the values in order. */
function together(env: Env, names: readonly string[], read: (name: string) => string | undefined): string[] | undefined {
  const values = names.map(read);
  const missing = names.filter((_, i) => values[i] === undefined);
  if (missing.length === names.length) return undefined;
  if (missing.length) throw configError(`${names.join(', ')} go together: ${missing.join(' and ')} ${missing.length === 1 ? 'is' : 'are'} not set`);
  return values as string[];
}

export function loadHelpdeskSettings(env: Env): HelpdeskSettings {
  const zendeskApi = together(env, ['ZENDESK_BASE_URL', 'ZENDESK_EMAIL', 'ZENDESK_API_TOKEN'], (n) => (n === 'ZENDESK_BASE_URL' ? baseUrl(env, n) : value(env, n)));
  const intercomToken = value(env, 'INTERCOM_ACCESS_TOKEN');
  const intercomBase = baseUrl(env, 'INTERCOM_BASE_URL');
  if (intercomBase && !intercomToken) throw configError('INTERCOM_BASE_URL is set but INTERCOM_ACCESS_TOKEN is not');
  const freshdeskApi = together(env, ['FRESHDESK_BASE_URL', 'FRESHDESK_API_KEY'], (n) => (n === 'FRESHDESK_BASE_URL' ? baseUrl(env, n) : value(env, n)));
  return {
    zendesk: { webhookSecret: secret(env, 'ZENDESK_WEBHOOK_SECRET'), api: zendeskApi && { baseUrl: zendeskApi[0]!, email: zendeskApi[1]!, apiToken: zendeskApi[2]! } },
    intercom: { webhookSecret: secret(env, 'INTERCOM_CLIENT_SECRET'), api: intercomToken ? { baseUrl: intercomBase ?? DEFAULT_INTERCOM_BASE_URL, accessToken: intercomToken } : undefined },
    freshdesk: { webhookSecret: secret(env, 'FRESHDESK_WEBHOOK_SECRET'), api: freshdeskApi && { baseUrl: freshdeskApi[0]!, apiKey: freshdeskApi[1]! } },
  };
}

export function loadAlertSettings(env: Env): AlertSettings | undefined {
  const urls = together(env, ['REPLYGUARD_ALERT_URL', 'REPLYGUARD_ALERT_SECRET'], (n) => (n === 'REPLYGUARD_ALERT_URL' ? baseUrl(env, n) : value(env, n)));
  if (!urls) return undefined;
  try {
    return { url: urls[0]!, secret: parseWebhookSecret(urls[1]!) };
  } catch (err) {
    throw configError(`REPLYGUARD_ALERT_SECRET ${(err as Error).message}`);
  }
}
