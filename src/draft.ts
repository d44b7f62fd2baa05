/**
 * The shapes the service passes between its parts: a Draft (what a helpdesk adapter makes of a
 * request), the Decision of ../shared/CONTRACT.md (what the helpdesk gets back) and the record the
 * store keeps. Decision is fixed by the contract: change it only together with every caller.
 */
import type { Finding } from '../detectors/index.js';

export type BodyFormat = 'text' | 'html';

export interface Attachment {
  /** File name as the helpdesk gave it; used in finding sources ("attachment:<name>"). */
  filename: string;
  /** MIME type as declared by the helpdesk, if any. */
  contentType?: string;
  /** Inline content, base64. Attachments without content cannot be inspected (fail closed). */
  contentBase64?: string;
  /** Declared size in bytes, if known. */
  size?: number;
}

export interface Draft {
  /** The helpdesk's id of this draft reply (unique per ticket and attempt, as the helpdesk sees it). */
  id: string;
  /** Which adapter produced it: "generic", "zendesk", "freshdesk", "intercom". */
  provider: string;
  ticketId?: string;
  brand?: string;
  /** "email", "chat", "web", "sms", ... as the helpdesk names it; policies override per channel. */
  channel?: string;
  agent?: { id?: string; email?: string; name?: string };
  /** The customer this reply goes to: their own contact details are allowed in the reply. */
  customer?: { email?: string; phone?: string };
  subject?: string;
  body: string;
  bodyFormat: BodyFormat;
  attachments?: Attachment[];
  /**
   * Set only by the after-the-fact helpdesk webhooks (webhooks/zendesk, intercom, freshdesk): the
   * reply was already sent, and where it is on the helpdesk, for remediation (src/remediation.ts).
   * `commentId` is the Zendesk comment id or the Intercom conversation part id (ticketId is then the
   * ticket or conversation id); Freshdesk's automation webhook names no comment.
   */
  sent?: { commentId?: string };
}

export type Action = 'approve' | 'redact' | 'block' | 'hold';

/** What the pre-send webhook answers (../shared/CONTRACT.md). */
export interface Decision {
  draftId: string;
  action: Action;
  /** Masked only. */
  findings: Finding[];
  /** Present when action is "redact". */
  redactedBody?: string;
  /** One or two sentences for the agent, no raw values. */
  prompt?: string;
  /** Where the agent / compliance sees the item. */
  reviewUrl?: string;
  policyVersion: string;
}
