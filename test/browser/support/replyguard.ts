/**
 * The real ReplyGuard service for a browser test file: HTTP on port 0, the shared Redis with a
 * queue prefix of its own, the real policy (the built-in default) and the real store (PGlite in a
 * temporary directory), wired as src/components.ts wires them. `store` stays readable until
 * `stop()` (the server going down, as in the "server down" flow) or `close()`. One draft is decided
 * before the tests start: the first one pays for loading the NLP model and the first store write,
 * which on a busy machine could take longer than the apps' budget.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { policyProcessor } from '../../../src/components.js';
import { loadConfig } from '../../../src/config.js';
import type { DraftProcessor } from '../../../src/decisions.js';
import { createLogger } from '../../../src/logger.js';
import { defaultPolicy, type Policy } from '../../../src/policy/index.js';
import { startService } from '../../../src/service.js';
import { storeSink } from '../../../src/store-sink.js';
import type { Store } from '../../../src/store/index.js';
import { deleteKeys, SHARED_REDIS } from '../../service/support/harness.js';
import { pgliteCase } from '../../store/engines.js';

export interface RealReplyGuard {
  readonly url: string;
  readonly apiKey: string;
  readonly store: Store;
  /** Every log line so far. */
  readonly logs: string[];
  /** The server goes down: stops taking requests and closes the store. */
  stop(): Promise<void>;
  /** stop(), then removes its Redis keys and files. */
  close(): Promise<void>;
}

export interface ReplyGuardOptions {
  /** Overrides the service's settings (environment variables). */
  readonly env?: Record<string, string>;
  /** The policy (default: the built-in one). */
  readonly policy?: Policy;
  /** The worker takes this long before the real policy decides: a slow worker, for `hold` answers. */
  readonly slowWorkerMs?: number;
}

export async function startReplyGuard(name: string, options: ReplyGuardOptions = {}): Promise<RealReplyGuard> {
  const prefix = `rgtest-browser-${name}-${randomBytes(4).toString('hex')}`;
  const dataDir = mkdtempSync(join(tmpdir(), `rg-browser-${name}-`));
  const apiKey = `rg_test_${randomBytes(16).toString('hex')}`;
  const env = {
    PORT: '0',
    REDIS_URL: SHARED_REDIS,
    REPLYGUARD_DATA_DIR: dataDir,
    REPLYGUARD_QUEUE_PREFIX: prefix,
    REPLYGUARD_API_KEYS: apiKey,
    REPLYGUARD_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    LOG_LEVEL: 'info',
    ...options.env,
  };
  const config = loadConfig(env);
  const engine = pgliteCase(`browser-${name}`);
  const store = await engine.open();
  const logs: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logs.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  });
  const service = await startService({
    config,
    role: 'serve',
    components: { processor: slowed(policyProcessor(options.policy ?? defaultPolicy()), options.slowWorkerMs ?? 0), sink: storeSink(store) },
    log: createLogger(config.logLevel, destination),
    env,
  });
  await warmUp(service.url as string, apiKey);
  return {
    url: service.url as string,
    apiKey,
    store,
    logs,
    stop: () => service.close(),
    async close() {
      await service.close();
      await deleteKeys(SHARED_REDIS, prefix).catch(() => undefined);
      await engine.cleanup();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function warmUp(url: string, apiKey: string): Promise<void> {
  const res = await fetch(`${url}/v1/drafts`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${apiKey}` },
    body: JSON.stringify({ id: 'warm-up', body: 'Please reply with your PIN so we can verify you.' }),
  });
  if (!res.ok) throw new Error(`the service did not decide the warm-up draft: ${res.status}`);
  await res.arrayBuffer();
}

function slowed(processor: DraftProcessor, ms: number): DraftProcessor {
  if (!ms) return processor;
  return async (draft) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    return processor(draft);
  };
}
