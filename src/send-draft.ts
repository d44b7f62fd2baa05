/**
 * `replyguard send-draft FILE`: signs a draft (JSON file) with the Standard Webhooks secret
 * (REPLYGUARD_WEBHOOK_SECRET, else the development one the server generated under the data
 * directory), posts it to POST /v1/drafts and prints the decision. On `hold` it polls the signed
 * GET /v1/decisions/:draftId until the decision is there.
 *
 * Exit status: 0 approve, 1 redact or block, 2 usage, input or HTTP error, 3 still hold.
 */
import { randomBytes } from 'node:crypto';
import type { Writable } from 'node:stream';
import type { Config } from './config.js';
import { clientWebhookSecret } from './credentials.js';
import type { Decision } from './draft.js';
import { ReplyGuardError } from './errors.js';
import { readTextFile } from './input.js';
import { signWebhook } from '../webhooks/standard-webhooks.js';

export interface SendDraftOptions {
  readonly file: string;
  /** The server; @defaultValue http://HOST:PORT from the configuration */
  readonly url?: string;
  /** How long to poll after a hold. @defaultValue 30000 */
  readonly waitMs?: number;
  readonly config: Config;
  readonly stdout: Writable;
  readonly stderr: Writable;
}

export async function sendDraft(options: SendDraftOptions): Promise<number> {
  const body = readTextFile(options.file);
  let draftId: unknown;
  try {
    const parsed = JSON.parse(body) as { id?: unknown; data?: { id?: unknown } };
    draftId = parsed.data?.id ?? parsed.id;
  } catch {
    throw new ReplyGuardError('RG_ERR_BAD_REQUEST', `${options.file} is not valid JSON`);
  }
  const base = (options.url ?? `http://${options.config.host === '0.0.0.0' ? '127.0.0.1' : options.config.host}:${options.config.port}`).replace(/\/+$/, '');
  const key = clientWebhookSecret(options.config);
  const signed = (payload: string): Record<string, string> => ({
    ...signWebhook(key, `msg_${randomBytes(12).toString('base64url')}`, Date.now() / 1000, payload),
    'content-type': 'application/json',
  });

  let res = await request(`${base}/v1/drafts`, { method: 'POST', headers: signed(body), body });
  let answer = await readAnswer(res, options.stderr);
  if (!answer) return 2;
  const deadline = Date.now() + (options.waitMs ?? 30_000);
  while (answer.action === 'hold' && typeof draftId === 'string' && Date.now() < deadline) {
    options.stderr.write('replyguard: hold: the decision is not ready yet, polling\n');
    await new Promise((resolve) => setTimeout(resolve, 500));
    res = await request(`${base}/v1/decisions/${encodeURIComponent(draftId)}`, { method: 'GET', headers: signed('') });
    const polled = await readAnswer(res, options.stderr);
    if (!polled) return 2;
    answer = polled;
  }
  options.stdout.write(JSON.stringify(answer, null, 2) + '\n');
  return answer.action === 'approve' ? 0 : answer.action === 'hold' ? 3 : 1;
}

async function request(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, { ...init, signal: AbortSignal.timeout(15_000) });
  } catch {
    throw new ReplyGuardError('RG_ERR_UNAVAILABLE', `no answer from ${new URL(url).origin}: is replyguard serve running (npm start)?`);
  }
}

async function readAnswer(res: Response, stderr: Writable): Promise<Decision | undefined> {
  const text = await res.text();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    stderr.write(`replyguard: the server answered ${res.status} with a body that is not JSON\n`);
    return undefined;
  }
  const error = (parsed as { error?: { code?: string; message?: string } }).error;
  if (error) {
    stderr.write(`replyguard: the server refused the draft (${res.status} ${error.code}): ${error.message}\n`);
    return undefined;
  }
  return parsed as Decision;
}
