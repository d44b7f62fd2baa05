/**
 * The store (src/store/) as the service's DecisionSink (src/decisions.ts): the service speaks in
 * Decisions and Drafts, the store in rows. The raw draft is kept (sealed) only for blocked drafts
 * and holds, for compliance review; approved and redacted drafts keep only masked findings and the
 * sealed redacted body.
 */
import { holdDecision, pollPath, type DecisionRecord, type DecisionSink, type EventLog, type HoldRecord, type ReviewRequestRecord } from './decisions.js';
import type { Decision } from './draft.js';
import type { Store, StoredDecision } from './store/index.js';

export function storeSink(store: Store): DecisionSink {
  return {
    async recordDecision(record: DecisionRecord) {
      const { decision, draft, receivedAt } = record;
      if (decision.action === 'hold') throw new Error('a hold is not a final decision');
      const decidedAt = new Date();
      const result = await store.recordDecision({
        jobKey: record.jobKey,
        draftId: decision.draftId,
        provider: draft?.provider ?? 'unknown',
        ...(draft?.ticketId ? { ticketId: draft.ticketId } : {}),
        ...(draft?.brand ? { brand: draft.brand } : {}),
        ...(draft?.channel ? { channel: draft.channel } : {}),
        ...(draft?.agent?.id ? { agentId: draft.agent.id } : {}),
        ...(draft?.agent?.email ? { agentEmail: draft.agent.email } : {}),
        action: decision.action,
        findings: decision.findings,
        policyVersion: decision.policyVersion,
        ...(decision.prompt ? { prompt: decision.prompt } : {}),
        ...(decision.redactedBody !== undefined ? { redactedBody: decision.redactedBody } : {}),
        ...(decision.action === 'block' && draft ? { rawContent: JSON.stringify(draft) } : {}),
        receivedAt,
        decidedAt,
        timings: {
          queueMs: record.timings?.queueMs ?? 0,
          processMs: record.timings?.processMs ?? 0,
          totalMs: decidedAt.getTime() - receivedAt.getTime(),
        },
      });
      return { created: result.created, decision: toDecision(result.decision) };
    },
    async recordHold(record: HoldRecord) {
      await store.recordHold({ jobKey: record.jobKey, draftId: record.draft.id, provider: record.draft.provider, rawContent: JSON.stringify(record.draft), at: record.receivedAt });
    },
    async findByJobKey(jobKey) {
      const stored = await store.findByJobKey(jobKey);
      return stored && toDecision(stored);
    },
    async latestForDraft(draftId) {
      const [stored, heldAt] = await Promise.all([store.latestForDraft(draftId), store.latestHoldAt(draftId)]);
      // A hold newer than the last decision is a new content of the draft still being decided.
      if (heldAt && (!stored || heldAt > stored.receivedAt)) return holdDecision(draftId, pollPath(draftId));
      return stored && toDecision(stored);
    },
    requestReview: (r: ReviewRequestRecord) =>
      store.requestReview({
        draftId: r.draftId,
        justification: r.justification,
        ...(r.agent?.id ? { agentId: r.agent.id } : {}),
        ...(r.agent?.email ? { agentEmail: r.agent.email } : {}),
        at: r.requestedAt,
      }),
    ping: () => store.ping(),
    close: () => store.close(),
  };
}

/** Remediation and alert outcomes as audit entries, chained like every other. */
export function storeEventLog(store: Store): EventLog {
  return {
    async append(event) {
      await store.audit.append({ kind: event.kind, subject: event.subject, details: { ...event.details } });
    },
  };
}

/** The Decision of CONTRACT.md from a stored row (masked findings; the redacted body opened). */
function toDecision(d: Omit<StoredDecision, 'rawContent'>): Decision {
  return {
    draftId: d.draftId,
    action: d.action,
    findings: d.findings,
    ...(d.redactedBody !== undefined ? { redactedBody: d.redactedBody } : {}),
    ...(d.prompt ? { prompt: d.prompt } : {}),
    policyVersion: d.policyVersion,
  };
}
