/**
 * The helpdesk and alert settings (src/helpdesk-config.ts through loadConfig): all optional,
 * credentials that go together, and a message naming the variable for every bad value, never the
 * value itself.
 */
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { formatWebhookSecret } from '../../webhooks/standard-webhooks.js';

describe('helpdesk settings', () => {
  it('are all off with nothing set', () => {
    const config = loadConfig({});
    expect(config.helpdesks).toEqual({
      zendesk: { webhookSecret: undefined, api: undefined },
      intercom: { webhookSecret: undefined, api: undefined },
      freshdesk: { webhookSecret: undefined, api: undefined },
    });
    expect(config.alerts).toBeUndefined();
  });

  it('reads every variable; Intercom has a default API base URL; trailing slashes go', () => {
    const alertKey = randomBytes(32);
    const config = loadConfig({
      ZENDESK_WEBHOOK_SECRET: 'zendesk-secret-0123456789',
      ZENDESK_BASE_URL: 'https://acme.zendesk.com/',
      ZENDESK_EMAIL: 'ops@acme.example',
      ZENDESK_API_TOKEN: 'zd-token',
      INTERCOM_CLIENT_SECRET: 'intercom-client-secret-0123',
      INTERCOM_ACCESS_TOKEN: 'ic-token',
      FRESHDESK_WEBHOOK_SECRET: 'freshdesk-secret-0123456789',
      FRESHDESK_BASE_URL: 'https://acme.freshdesk.com',
      FRESHDESK_API_KEY: 'fd-key',
      REPLYGUARD_ALERT_URL: 'https://hooks.slack.com/services/T000/B000/XXXX',
      REPLYGUARD_ALERT_SECRET: formatWebhookSecret(alertKey),
    });
    expect(config.helpdesks).toEqual({
      zendesk: { webhookSecret: 'zendesk-secret-0123456789', api: { baseUrl: 'https://acme.zendesk.com', email: 'ops@acme.example', apiToken: 'zd-token' } },
      intercom: { webhookSecret: 'intercom-client-secret-0123', api: { baseUrl: 'https://api.intercom.io', accessToken: 'ic-token' } },
      freshdesk: { webhookSecret: 'freshdesk-secret-0123456789', api: { baseUrl: 'https://acme.freshdesk.com', apiKey: 'fd-key' } },
    });
    expect(config.alerts).toEqual({ url: 'https://hooks.slack.com/services/T000/B000/XXXX', secret: alertKey });
  });

  it.each([
    [{ ZENDESK_WEBHOOK_SECRET: 'short' }, /ZENDESK_WEBHOOK_SECRET must be at least 16 characters/],
    [{ FRESHDESK_WEBHOOK_SECRET: 'has a space in it somewhere' }, /FRESHDESK_WEBHOOK_SECRET must be at least 16 characters without spaces/],
    [{ ZENDESK_BASE_URL: 'https://acme.zendesk.com', ZENDESK_EMAIL: 'ops@acme.example' }, /ZENDESK_BASE_URL, ZENDESK_EMAIL, ZENDESK_API_TOKEN go together: ZENDESK_API_TOKEN is not set/],
    [{ ZENDESK_API_TOKEN: 'tok-secret-value' }, /ZENDESK_BASE_URL and ZENDESK_EMAIL are not set/],
    [{ ZENDESK_BASE_URL: 'ftp://acme', ZENDESK_EMAIL: 'e', ZENDESK_API_TOKEN: 't' }, /ZENDESK_BASE_URL must be a URL starting with https:\/\//],
    [{ INTERCOM_BASE_URL: 'https://api.eu.intercom.io' }, /INTERCOM_BASE_URL is set but INTERCOM_ACCESS_TOKEN is not/],
    [{ FRESHDESK_API_KEY: 'fd-key-secret-value' }, /FRESHDESK_BASE_URL, FRESHDESK_API_KEY go together: FRESHDESK_BASE_URL is not set/],
    [{ REPLYGUARD_ALERT_URL: 'https://alerts.example/hook' }, /REPLYGUARD_ALERT_SECRET is not set/],
    [{ REPLYGUARD_ALERT_URL: 'https://alerts.example/hook', REPLYGUARD_ALERT_SECRET: 'whsec_short' }, /REPLYGUARD_ALERT_SECRET must decode to 24 to 64 bytes/],
    [{ REPLYGUARD_ALERT_URL: 'not a url :pw-secret-value', REPLYGUARD_ALERT_SECRET: formatWebhookSecret(randomBytes(32)) }, /REPLYGUARD_ALERT_URL must be a URL/],
  ])('refuses %o, naming the variable and not the value', (env, message) => {
    let error: Error | undefined;
    try {
      loadConfig(env);
    } catch (err) {
      error = err as Error;
    }
    expect(error).toMatchObject({ code: 'RG_ERR_CONFIG' });
    expect(error?.message).toMatch(message);
    for (const v of Object.values(env)) if (v.includes('secret-value') || v === 'short') expect(error?.message).not.toContain(v);
  });
});
