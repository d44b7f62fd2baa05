/**
 * The HTTP API (documented in openapi.ts, served at /openapi.json):
 * - POST /v1/drafts: authenticate (webhooks/generic.ts), parse, decide (src/decide.ts), answer the Decision;
 * - GET /v1/decisions/:draftId: the recorded decision, for a `hold` that resolved later;
 * - POST /v1/reviews: an agent files a stopped draft for compliance review (src/http/reviews.ts);
 * - POST /v1/scan: text in, findings out, nothing stored;
 * - POST /webhooks/:provider: the helpdesk webhooks, when configured (src/http/webhooks.ts);
 * - GET /healthz, /readyz, /metrics, /openapi.json.
 * Errors are JSON {"error": {"code", "message"}} with the catalogue's status; messages never echo
 * the request. Security headers are helmet's defaults; bodies are limited to REPLYGUARD_MAX_BODY_BYTES.
 */
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import { scan } from '../../detectors/index.js';
import type { Config } from '../config.js';
import type { Decider } from '../decide.js';
import { pollPath, type DecisionSink } from '../decisions.js';
import { ReplyGuardError } from '../errors.js';
import { countByType, type Logger } from '../logger.js';
import type { ServiceMetrics } from '../metrics.js';
import type { ClaimDelivery } from '../replay.js';
import type { AdapterResponse, WebhookAdapter } from '../../webhooks/adapter.js';
import { openApiDocument } from './openapi.js';
import { parseReviewRequest } from './reviews.js';

export interface Readiness {
  readonly redis: boolean;
  readonly store: boolean;
}

export interface AppServices {
  readonly adapter: WebhookAdapter;
  readonly decide: Decider;
  readonly sink: DecisionSink;
  readonly claimDelivery: ClaimDelivery;
  readonly readiness: () => Promise<Readiness>;
  readonly metrics: ServiceMetrics;
  readonly log: Logger;
  readonly version: string;
  /** POST /webhooks/:provider, the after-the-fact helpdesk webhooks (src/http/webhooks.ts). */
  readonly webhooks?: express.Router;
}

const unauthorized = (reason: string): ReplyGuardError => new ReplyGuardError('RG_ERR_UNAUTHORIZED', reason);

export function createApp(config: Config, services: AppServices): express.Express {
  const { adapter, metrics, log } = services;
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false); // answers are decisions, never cached: no hashing of every body
  const headers = securityHeaders();
  app.use((_req, res, next) => {
    res.locals.receivedAt = new Date();
    res.setHeaders(headers);
    next();
  });

  const rawJson = express.raw({ type: () => true, limit: config.maxBodyBytes });
  const pollUrl = (req: Request, draftId: string): string => `${config.publicUrl ?? `${req.protocol}://${req.get('host') ?? `${config.host}:${config.port}`}`}${pollPath(draftId)}`;
  const authenticate = (req: Request, rawBody: Buffer) => {
    const verification = adapter.verify({ method: req.method, headers: req.headers, rawBody, nowSeconds: Math.floor(Date.now() / 1000) });
    if (!verification.ok) throw unauthorized(verification.reason);
    return verification;
  };
  /** For requests the decider does not see: a signed delivery is accepted once. */
  const authenticateOnce = async (req: Request, rawBody: Buffer) => {
    const verification = authenticate(req, rawBody);
    if (verification.deliveryId !== undefined && !(await claimOrUnavailable(services.claimDelivery, verification.deliveryId))) {
      throw unauthorized('webhook-id was already delivered: a replayed request is refused');
    }
    return verification;
  };
  const send = (res: Response, answer: AdapterResponse, status = answer.status): void => {
    res.status(status).set(answer.headers ?? {}).json(answer.body);
  };

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });

  app.get('/readyz', async (_req, res) => {
    const checks = await services.readiness();
    const ready = checks.redis && checks.store;
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'not ready', checks: { redis: checks.redis ? 'ok' : 'down', store: checks.store ? 'ok' : 'down' } });
  });

  app.get('/metrics', async (_req, res) => {
    res.set('content-type', metrics.registry.contentType).send(await metrics.registry.metrics());
  });

  const document = openApiDocument(services.version);
  app.get('/openapi.json', (_req, res) => {
    res.json(document);
  });

  app.post('/v1/drafts', requireJson, rawJson, async (req: Request, res: Response) => {
    const receivedAt = res.locals.receivedAt as Date;
    const rawBody = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    const verification = authenticate(req, rawBody);
    const draft = adapter.toDraft(parseJson(rawBody));
    const outcome = await services.decide(draft, pollUrl(req, draft.id), receivedAt, verification.deliveryId);
    if (outcome.kind === 'replayed') throw unauthorized('webhook-id was already delivered: a replayed request is refused');
    const seconds = (Date.now() - receivedAt.getTime()) / 1000;
    metrics.observeDecision(outcome.decision, seconds);
    log.info(
      {
        draftId: draft.id,
        jobKey: outcome.jobKey,
        action: outcome.decision.action,
        ...(outcome.kind === 'hold' ? { hold: outcome.reason } : { from: outcome.from }),
        findings: countByType(outcome.decision.findings),
        ms: Math.round(seconds * 1e5) / 100,
      },
      'answered',
    );
    const answer = adapter.toResponse(outcome.decision);
    // Nothing was queued: 503 tells an automatic sender to retry the delivery later.
    send(res, answer, outcome.kind === 'hold' && outcome.reason === 'unavailable' ? 503 : answer.status);
  });

  app.get('/v1/decisions/:draftId', async (req: Request, res: Response) => {
    await authenticateOnce(req, Buffer.alloc(0));
    const draftId = String(req.params.draftId);
    let decision;
    try {
      decision = await services.sink.latestForDraft(draftId);
    } catch {
      throw new ReplyGuardError('RG_ERR_UNAVAILABLE', 'the decision store cannot be reached: try again later');
    }
    if (!decision) throw new ReplyGuardError('RG_ERR_NOT_FOUND', 'no decision for this draft id');
    send(res, adapter.toResponse(decision));
  });

  app.post('/v1/reviews', requireJson, rawJson, async (req: Request, res: Response) => {
    const rawBody = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    await authenticateOnce(req, rawBody);
    const request = parseReviewRequest(parseJson(rawBody));
    const { sink } = services;
    if (!sink.requestReview) throw new ReplyGuardError('RG_ERR_NOT_FOUND', 'review requests are not kept by this decision store');
    let filed;
    try {
      filed = await sink.requestReview({ ...request, requestedAt: res.locals.receivedAt as Date });
    } catch (err) {
      if (err instanceof ReplyGuardError) throw err;
      throw new ReplyGuardError('RG_ERR_UNAVAILABLE', 'the decision store cannot be reached: try again later');
    }
    log.info({ draftId: request.draftId, reviewId: filed.id, created: filed.created }, 'review requested');
    res.status(filed.created ? 201 : 200).json({ reviewId: filed.id, created: filed.created });
  });

  app.post('/v1/scan', requireJson, express.json({ limit: config.maxBodyBytes, strict: true }), (req: Request, res: Response) => {
    const body = req.body as { text?: unknown; region?: unknown; minScore?: unknown } | undefined;
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      throw new ReplyGuardError('RG_ERR_BAD_REQUEST', 'body must be a JSON object {"text": "..."}');
    }
    if (typeof body.text !== 'string') throw new ReplyGuardError('RG_ERR_BAD_REQUEST', '"text" must be a string');
    if (body.region !== undefined && (typeof body.region !== 'string' || !/^[A-Za-z]{2}$/.test(body.region))) {
      throw new ReplyGuardError('RG_ERR_BAD_REQUEST', '"region" must be a two-letter country code');
    }
    if (body.minScore !== undefined && (typeof body.minScore !== 'number' || body.minScore < 0 || body.minScore > 1)) {
      throw new ReplyGuardError('RG_ERR_BAD_REQUEST', '"minScore" must be a number from 0 to 1');
    }
    const findings = scan(body.text, {
      region: typeof body.region === 'string' ? body.region : config.region,
      minScore: typeof body.minScore === 'number' ? body.minScore : config.minScore,
    });
    res.json({ findings });
  });

  if (services.webhooks) app.use('/webhooks', services.webhooks);

  app.use((_req, _res, next) => next(new ReplyGuardError('RG_ERR_NOT_FOUND', 'no such route')));
  app.use(errorHandler(services));
  return app;
}

/**
 * helmet's default headers, computed once: they do not depend on the request, and running
 * helmet's middleware chain on every answer was a measurable share of the CPU per draft.
 */
function securityHeaders(): Map<string, string> {
  const headers = new Map<string, string>();
  const recorder = { setHeader: (name: string, value: string) => void headers.set(name.toLowerCase(), String(value)), removeHeader: () => undefined };
  helmet()({} as Request, recorder as unknown as Response, () => undefined);
  return headers;
}

async function claimOrUnavailable(claim: ClaimDelivery, deliveryId: string): Promise<boolean> {
  try {
    return await claim(deliveryId);
  } catch {
    throw new ReplyGuardError('RG_ERR_UNAVAILABLE', 'Redis cannot be reached to check the webhook-id: try again later');
  }
}

/** JSON.parse's own message quotes the input: never pass it on. */
export function parseJson(raw: Buffer): unknown {
  try {
    return JSON.parse(raw.toString('utf8'));
  } catch {
    throw new ReplyGuardError('RG_ERR_BAD_REQUEST', 'request body is not valid JSON');
  }
}

export function requireJson(req: Request, _res: Response, next: NextFunction): void {
  if (!req.is('application/json')) {
    next(new ReplyGuardError('RG_ERR_UNSUPPORTED_MEDIA_TYPE', 'Content-Type must be application/json'));
    return;
  }
  next();
}

/** Maps every error to the catalogue; body-parser errors carry a status and type, never the body. */
function errorHandler(services: Pick<AppServices, 'metrics' | 'log'>) {
  return (err: unknown, req: Request, res: Response, _next: NextFunction): void => {
    let error: ReplyGuardError;
    if (err instanceof ReplyGuardError) error = err;
    else if (isBodyParserError(err) && err.type === 'entity.too.large') error = new ReplyGuardError('RG_ERR_INPUT_TOO_LARGE', 'request body is over the size limit');
    else if (isBodyParserError(err) && err.type === 'entity.parse.failed') error = new ReplyGuardError('RG_ERR_BAD_REQUEST', 'request body is not valid JSON');
    else if (isBodyParserError(err) && err.status >= 400 && err.status < 500) error = new ReplyGuardError('RG_ERR_BAD_REQUEST', 'request body could not be read');
    else {
      services.log.error({ method: req.method, path: req.route?.path ?? 'unmatched', error: { name: err instanceof Error ? err.name : typeof err } }, 'internal error');
      res.status(500).json({ error: { code: 'RG_ERR_INTERNAL', message: 'internal error' } });
      return;
    }
    services.metrics.rejected.inc({ code: error.code });
    if (error.httpStatus !== 404) services.log.warn({ method: req.method, path: req.route?.path ?? 'unmatched', status: error.httpStatus, code: error.code }, 'refused');
    res.status(error.httpStatus).json({ error: { code: error.code, message: error.message } });
  };
}

function isBodyParserError(err: unknown): err is { type: string; status: number } {
  return typeof err === 'object' && err !== null && 'type' in err && 'status' in err;
}
