/**
 * A DraftProcessor for tests (the real one is scanDraft + the policy, src/policy/): it really scans
 * the draft (src/scan-draft.ts) and applies a tiny fixed rule: anything uninspected or a CREDENTIAL
 * blocks, a CARD_NUMBER redacts (the body's cards replaced by their masked form), else approve.
 * Options let a test slow it down, make it fail, or count its calls.
 */
import type { DecisionParts, DraftProcessor } from '../../../src/decisions.js';
import type { Draft } from '../../../src/draft.js';
import { scanDraft } from '../../../src/scan-draft.js';

export const TEST_POLICY_VERSION = 'test-rule-1';

export interface TestProcessorOptions {
  /** Wait this long before deciding. */
  delayMs?: number;
}

export interface CountingProcessor extends DraftProcessor {
  /** Calls so far. */
  calls: number;
  /** The next N calls throw, with the draft body in the message (it must not reach Redis or logs). */
  failNext: number;
}

export function testProcessor(options: TestProcessorOptions = {}): CountingProcessor {
  const processor = (async (draft: Draft): Promise<DecisionParts> => {
    processor.calls++;
    if (options.delayMs) await new Promise((resolve) => setTimeout(resolve, options.delayMs));
    if (processor.failNext > 0) {
      processor.failNext--;
      throw new Error(`processor failure for ${draft.body}`);
    }
    return fixedRule(draft);
  }) as CountingProcessor;
  processor.calls = 0;
  processor.failNext = 0;
  return processor;
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
