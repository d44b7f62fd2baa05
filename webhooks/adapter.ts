/**
 * The shapes helpdesk adapters share. WebhookAdapter (generic.ts, the pre-send API): verify the
 * request, turn its body into a Draft, turn a Decision into the helpdesk's answer. HelpdeskAdapter
 * (zendesk/, intercom/, freshdesk/, the after-the-fact webhooks): verify, then say what the
 * delivery is: a public agent reply to decide, or anything else, acknowledged and never decided
 * (there is no answer to shape: the reply is already sent). Adapters are pure: the HTTP layer
 * reads the raw body, keeps the replay store (Redis) and queues the decision.
 */
import type { Decision, Draft } from '../src/draft.js';

/** What an adapter sees of an HTTP request: node lowercases header names. */
export interface InboundRequest {
  readonly method: string;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  /** The exact bytes received: signatures are computed over them, never over re-serialised JSON. */
  readonly rawBody: Buffer;
  /** Receiver clock, unix seconds (a parameter so tests can move it). */
  readonly nowSeconds: number;
}

export type Verification =
  /** `deliveryId` is set when the scheme has one: the HTTP layer rejects a second delivery with it. */
  | { readonly ok: true; readonly via: 'signature' | 'api-key' | 'shared-secret'; readonly deliveryId?: string }
  | { readonly ok: false; readonly reason: string };

export interface AdapterResponse {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body: unknown;
}

export interface WebhookAdapter {
  /** Stored in Draft.provider and part of the job key. */
  readonly provider: string;
  verify(request: InboundRequest): Verification;
  /** Throws ReplyGuardError RG_ERR_BAD_REQUEST, naming the field, never echoing a value. */
  toDraft(body: unknown): Draft;
  toResponse(decision: Decision): AdapterResponse;
}

export type HelpdeskProvider = 'zendesk' | 'intercom' | 'freshdesk';

/** Why a delivery is acknowledged without a decision (a metrics and log value). */
export type IgnoredReason =
  | 'event_type' // another event or topic than the agent-reply one
  | 'ping' // Intercom's subscription handshake
  | 'private_note' // an internal note: it never reached the customer
  | 'not_agent'; // written by the customer (or a bot), not by an agent

export type HelpdeskEvent =
  /** `deliveryId`: the payload's own delivery id (Intercom's notification id), for replay protection. */
  | { readonly kind: 'reply'; readonly draft: Draft; readonly deliveryId?: string }
  | { readonly kind: 'ignored'; readonly reason: IgnoredReason };

export interface HelpdeskAdapter {
  readonly provider: HelpdeskProvider;
  verify(request: InboundRequest): Verification;
  /** Throws ReplyGuardError RG_ERR_BAD_REQUEST, naming the field, never echoing a value. */
  toEvent(body: unknown): HelpdeskEvent;
}
