/**
 * The policy: a YAML file (default-policy.yaml documents every key) → decide(findings, draft) →
 * verdict. The CLI, the HTTP API and the worker use these and nothing below them.
 */
export { decide, type DecideInput, type Verdict } from './decide.js';
export { defaultPolicy, defaultPolicySource, loadPolicyFile, parsePolicy } from './load.js';
export { HOLD_PROMPT } from './prompt.js';
export { scanOptionsFor, settingsFor } from './resolve.js';
export type { Policy, Rule, RuleAction, Settings } from './schema.js';
