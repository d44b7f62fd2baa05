/**
 * Outbound HTTP for remediation (helpdesk APIs) and alerts: JSON, a timeout on every call, no
 * redirects followed (credentials never go to another host), and one rule for what is worth
 * retrying: network errors, timeouts, 408, 429 and 5xx. Any other 4xx is permanent: the request
 * itself is refused, and sending it again changes nothing. Errors carry the status, never the
 * response body (it may quote what was sent).
 */
import type { PlatformAccess, PlatformClient } from '../webhooks/remediation.js';

export class PlatformError extends Error {
  constructor(
    /** "Zendesk", "the alert receiver". */
    readonly target: string,
    /** Undefined: no answer (network error or timeout). */
    readonly status: number | undefined,
  ) {
    super(status === undefined ? `${target} did not answer in time` : `${target} answered HTTP ${status}`);
    this.name = 'PlatformError';
  }

  get retryable(): boolean {
    return this.status === undefined || this.status === 408 || this.status === 429 || this.status >= 500;
  }
}

export interface JsonRequest {
  readonly method: 'GET' | 'POST' | 'PUT';
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: unknown;
  readonly timeoutMs: number;
  readonly target: string;
}

export async function requestJson(request: JsonRequest): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(request.url, {
      method: request.method,
      headers: { accept: 'application/json', ...(request.body === undefined ? {} : { 'content-type': 'application/json' }), ...request.headers },
      ...(request.body === undefined ? {} : { body: typeof request.body === 'string' ? request.body : JSON.stringify(request.body) }),
      redirect: 'error',
      signal: AbortSignal.timeout(request.timeoutMs),
    });
  } catch {
    throw new PlatformError(request.target, undefined);
  }
  let text: string;
  try {
    text = await response.text();
  } catch {
    throw new PlatformError(request.target, undefined);
  }
  if (!response.ok) throw new PlatformError(request.target, response.status);
  try {
    return text ? (JSON.parse(text) as unknown) : undefined;
  } catch {
    return undefined; // a 2xx whose body is not JSON: done all the same
  }
}

/** A PlatformClient on a helpdesk's base URL, with its headers. */
export function platformClient(access: PlatformAccess, target: string, timeoutMs: number): PlatformClient {
  return {
    call: (method, path, body) => requestJson({ method, url: `${access.baseUrl}${path}`, headers: access.headers, body, timeoutMs, target }),
  };
}
