/**
 * The after-the-fact helpdesk integrations, one entry per helpdesk folder: its webhook adapter
 * (when its secret is configured), its API access (when its credentials are) and its remediation.
 */
import type { HelpdeskSettings } from '../src/helpdesk-config.js';
import type { HelpdeskAdapter, HelpdeskProvider } from './adapter.js';
import { freshdeskAdapter } from './freshdesk/adapter.js';
import { freshdeskAccess, freshdeskRemediation } from './freshdesk/remediation.js';
import { intercomAdapter } from './intercom/adapter.js';
import { intercomAccess, intercomRemediation } from './intercom/remediation.js';
import type { HelpdeskRemediation, PlatformAccess } from './remediation.js';
import { zendeskAdapter } from './zendesk/adapter.js';
import { zendeskAccess, zendeskRemediation } from './zendesk/remediation.js';

export interface Helpdesk {
  readonly provider: HelpdeskProvider;
  /** For messages: "Zendesk". */
  readonly label: string;
  /** The variable that turns its webhook route on. */
  readonly secretVariable: string;
  adapter(settings: HelpdeskSettings): HelpdeskAdapter | undefined;
  access(settings: HelpdeskSettings): PlatformAccess | undefined;
  readonly remediation: HelpdeskRemediation<unknown>;
}

export const HELPDESKS: Readonly<Record<HelpdeskProvider, Helpdesk>> = {
  zendesk: {
    provider: 'zendesk',
    label: 'Zendesk',
    secretVariable: 'ZENDESK_WEBHOOK_SECRET',
    adapter: (s) => (s.zendesk.webhookSecret ? zendeskAdapter(s.zendesk.webhookSecret) : undefined),
    access: (s) => s.zendesk.api && zendeskAccess(s.zendesk.api),
    remediation: zendeskRemediation as HelpdeskRemediation<unknown>,
  },
  intercom: {
    provider: 'intercom',
    label: 'Intercom',
    secretVariable: 'INTERCOM_CLIENT_SECRET',
    adapter: (s) => (s.intercom.webhookSecret ? intercomAdapter(s.intercom.webhookSecret) : undefined),
    access: (s) => s.intercom.api && intercomAccess(s.intercom.api),
    remediation: intercomRemediation as HelpdeskRemediation<unknown>,
  },
  freshdesk: {
    provider: 'freshdesk',
    label: 'Freshdesk',
    secretVariable: 'FRESHDESK_WEBHOOK_SECRET',
    adapter: (s) => (s.freshdesk.webhookSecret ? freshdeskAdapter(s.freshdesk.webhookSecret) : undefined),
    access: (s) => s.freshdesk.api && freshdeskAccess(s.freshdesk.api),
    remediation: freshdeskRemediation as HelpdeskRemediation<unknown>,
  },
};

export const isHelpdesk = (provider: string): provider is HelpdeskProvider => Object.hasOwn(HELPDESKS, provider);

/** Whether any helpdesk webhook is on (then the remediation and alert workers run). */
export const anyHelpdesk = (settings: HelpdeskSettings): boolean => Object.values(HELPDESKS).some((h) => h.adapter(settings) !== undefined);
