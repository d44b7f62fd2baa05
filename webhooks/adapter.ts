/**
 * The shape every helpdesk adapter shares (generic.ts now; Zendesk, Freshdesk and Intercom next):
 * verify the request, turn its body into a Draft, turn a Decision into the helpdesk's answer.
 * Adapters are pure: the HTTP layer reads the raw body, keeps the replay store (Redis) and runs
 * the decision.
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
  | { readonly ok: true; readonly via: 'signature' | 'api-key'; readonly deliveryId?: string }
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
