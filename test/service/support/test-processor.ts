/**
 * The bench's trivial DraftProcessor (bench/e2e-server.mjs loads its build; the tests use the real
 * policy, test/service/support/harness.ts): it really scans the draft (src/scan-draft.ts) and
 * applies a tiny fixed rule: anything uninspected or a CREDENTIAL blocks, a CARD_NUMBER redacts
 * (the body's cards replaced by their masked form), else approve. The reference figures
 * were measured with a trivial processor, so the bench keeps one.
 */
import type { DecisionParts, DraftProcessor } from '../../../src/decisions.js';
import type { Draft } from '../../../src/draft.js';
import { scanDraft } from '../../../src/scan-draft.js';

export const TEST_POLICY_VERSION = 'test-rule-1';

export function testProcessor(): DraftProcessor {
  return async (draft) => fixedRule(draft);
}

export function fixedRule(draft: Draft): DecisionParts {
  const { findings, uninspected } = scanDraft(draft);
  if (uninspected.length) return { action: 'block', findings, prompt: 'This reply has attachments ReplyGuard could not read.', policyVersion: TEST_POLICY_VERSION };
  if (findings.some((f) => f.type === 'CREDENTIAL')) {
    return { action: 'block', findings, prompt: 'This reply contains a credential: remove it.', policyVersion: TEST_POLICY_VERSION };
  }
  const cards = findings.filter((f) => f.type === 'CARD_NUMBER' && f.source === 'body').sort((a, b) => b.start - a.start);
  if (cards.length) {
    let redactedBody = draft.body;
    for (const f of cards) redactedBody = redactedBody.slice(0, f.start) + f.masked + redactedBody.slice(f.end);
    return { action: 'redact', findings, redactedBody, prompt: 'This reply contains a card number: apply the redaction.', policyVersion: TEST_POLICY_VERSION };
  }
  return { action: 'approve', findings, policyVersion: TEST_POLICY_VERSION };
}
