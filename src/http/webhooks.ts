/**
 * POST /webhooks/:provider: the after-the-fact helpdesk webhooks (webhooks/zendesk, intercom,
 * freshdesk). In order:
 * - an unknown provider is 404; a known one whose secret is not configured is 404 naming the variable;
 * - not JSON is 415, over the body limit 413;
 * - the signature (Zendesk, Intercom) or shared secret (Freshdesk) is checked over the raw bytes:
 *   forged, stale or missing is 401, and nothing is queued;
 * - a body that is not JSON, or not the event's documented shape, is 400 naming the field;
 * - an event that is not a public agent reply (another event type, a private note, a customer's
 *   comment, Intercom's ping) is 200 `{"status": "ignored", "reason"}`, never decided;
 * - a reply is queued for its decision (src/intake.ts): 202 `{"status": "accepted", "draftId"}`
 *   once it is durably queued, 200 `{"status": "duplicate"}` for a delivery already taken, 503 when
 *   Redis cannot take it (the helpdesk delivers again).
 * Every delivery is counted in replyguard_webhook_events_total{provider, outcome}.
 */
import express, { type NextFunction, type Request, type Response } from 'express';
import { ReplyGuardError } from '../errors.js';
import type { Intake } from '../intake.js';
import type { Logger } from '../logger.js';
import type { ServiceMetrics } from '../metrics.js';
import type { HelpdeskAdapter, HelpdeskProvider } from '../../webhooks/adapter.js';
import { HELPDESKS, isHelpdesk } from '../../webhooks/helpdesks.js';
import { parseJson, requireJson } from './app.js';

export interface HelpdeskWebhookServices {
  /** The configured ones only. */
  readonly adapters: Partial<Record<HelpdeskProvider, HelpdeskAdapter>>;
  readonly intake: Intake;
  readonly metrics: ServiceMetrics;
  readonly log: Logger;
  readonly maxBodyBytes: number;
}

type Outcome = 'accepted' | 'duplicate' | 'ignored' | 'unauthorized' | 'malformed' | 'unavailable' | 'not_configured';

function outcomeOf(err: unknown): Outcome {
  if (!(err instanceof ReplyGuardError)) return 'malformed'; // body-parser: too large, unreadable
  if (err.code === 'RG_ERR_UNAUTHORIZED') return 'unauthorized';
  if (err.code === 'RG_ERR_UNAVAILABLE') return 'unavailable';
  if (err.code === 'RG_ERR_NOT_FOUND') return 'not_configured';
  return 'malformed';
}

export function helpdeskWebhooks(services: HelpdeskWebhookServices): express.Router {
  const { adapters, metrics, log } = services;
  const router = express.Router();
  const count = (res: Response, outcome: Outcome): void => {
    const provider = res.locals.provider as HelpdeskProvider | undefined;
    if (provider) metrics.webhookEvents.inc({ provider, outcome });
  };

  const configured = (req: Request, res: Response, next: NextFunction): void => {
    const provider = String(req.params.provider);
    if (!isHelpdesk(provider)) return next(new ReplyGuardError('RG_ERR_NOT_FOUND', 'no such route'));
    res.locals.provider = provider;
    const helpdesk = HELPDESKS[provider];
    if (!adapters[provider]) return next(new ReplyGuardError('RG_ERR_NOT_FOUND', `the ${helpdesk.label} webhook is not configured: set ${helpdesk.secretVariable}`));
    next();
  };

  router.post('/:provider', configured, requireJson, express.raw({ type: () => true, limit: services.maxBodyBytes }), async (req: Request, res: Response) => {
    const provider = res.locals.provider as HelpdeskProvider;
    const adapter = adapters[provider]!;
    const receivedAt = res.locals.receivedAt as Date;
    const rawBody = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    const verification = adapter.verify({ method: req.method, headers: req.headers, rawBody, nowSeconds: Math.floor(Date.now() / 1000) });
    if (!verification.ok) throw new ReplyGuardError('RG_ERR_UNAUTHORIZED', verification.reason);
    const event = adapter.toEvent(parseJson(rawBody));
    if (event.kind === 'ignored') {
      count(res, 'ignored');
      log.info({ provider, reason: event.reason }, 'webhook ignored');
      res.status(200).json({ status: 'ignored', reason: event.reason });
      return;
    }
    const outcome = await services.intake(event.draft, receivedAt, verification.deliveryId ?? event.deliveryId);
    if (outcome.kind === 'unavailable') throw new ReplyGuardError('RG_ERR_UNAVAILABLE', 'Redis cannot take the delivery right now: nothing was queued, deliver it again');
    count(res, outcome.kind);
    log.info({ provider, draftId: event.draft.id, jobKey: outcome.jobKey, outcome: outcome.kind }, 'webhook');
    res.status(outcome.kind === 'accepted' ? 202 : 200).json({ status: outcome.kind, draftId: event.draft.id });
  });

  // Count refusals, then let the app's error handler answer them.
  router.use((err: unknown, _req: Request, res: Response, next: NextFunction) => {
    count(res, outcomeOf(err));
    next(err);
  });
  return router;
}
