/**
 * Where the store and the policy plug into the service: the ONE function the CLI (serve, worker)
 * calls to get its DraftProcessor and DecisionSink (interfaces in src/decisions.ts).
 *
 * The policy file is read (and validated, every error at file:line:col) before anything starts;
 * the store is PostgreSQL at DATABASE_URL or the embedded store in the data directory, with the
 * same sealing key the queue uses.
 */
import type { Config } from './config.js';
import { loadSealingKey } from './crypto.js';
import type { DraftProcessor } from './decisions.js';
import { decide, defaultPolicy, loadPolicyFile, scanOptionsFor, type Policy } from './policy/index.js';
import { scanDraft } from './scan-draft.js';
import type { Components } from './service.js';
import { openStore } from './store/index.js';
import { storeEventLog, storeSink } from './store-sink.js';

/** scanDraft with the options the policy sets for the draft's brand and channel, then decide. */
export function policyProcessor(policy: Policy): DraftProcessor {
  return async (draft) => {
    const { findings, uninspected, texts } = scanDraft(draft, scanOptionsFor(policy, draft));
    const verdict = decide({ draft, findings, uninspected, texts }, policy);
    return {
      action: verdict.action,
      findings: verdict.findings,
      ...(verdict.redactedBody !== undefined ? { redactedBody: verdict.redactedBody } : {}),
      ...(verdict.prompt ? { prompt: verdict.prompt } : {}),
      policyVersion: verdict.policyVersion,
      ...(verdict.bulk ? { bulk: true } : {}),
    };
  };
}

export async function openComponents(config: Config, env: Readonly<Record<string, string | undefined>> = process.env): Promise<Components> {
  const policy = config.policyFile ? loadPolicyFile(config.policyFile) : defaultPolicy();
  const { key } = loadSealingKey(env, config.dataDir);
  const store = await openStore({ ...(config.databaseUrl ? { databaseUrl: config.databaseUrl } : {}), dataDir: config.dataDir, key });
  return { processor: policyProcessor(policy), sink: storeSink(store), events: storeEventLog(store) };
}
