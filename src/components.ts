/**
 * Where the store and the policy plug into the service: the ONE function the CLI (serve, worker)
 * calls to get its DraftProcessor and DecisionSink (interfaces in src/decisions.ts).
 *
 * The store (src/store/, openStore) and the policy (src/policy/, loadPolicyFile, scanOptionsFor,
 * decide) are built on their own branches; once merged, this body becomes:
 *
 *   const key = loadSealingKey(process.env, config.dataDir).key;
 *   const sink = await openStore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, key });
 *   const policy = config.policyFile ? loadPolicyFile(config.policyFile) : defaultPolicy();
 *   const processor: DraftProcessor = async (draft) => {
 *     const { findings, uninspected } = scanDraft(draft, scanOptionsFor(policy, draft));
 *     return decide({ draft, findings, uninspected }, policy);
 *   };
 *   return { processor, sink };
 *
 * Until then the service is exercised with the test components in test/service/support/.
 */
import type { Config } from './config.js';
import { ReplyGuardError } from './errors.js';
import type { Components } from './service.js';

export function openComponents(_config: Config): Promise<Components> {
  return Promise.reject(
    new ReplyGuardError('RG_ERR_CONFIG', 'this build has no decision store and policy wired in yet (src/components.ts): merge the store and policy branches'),
  );
}
