/**
 * The HTTP API: POST /v1/scan runs the same scan() as the CLI; GET /healthz for probes. Errors
 * are JSON {"error": {"code", "message"}} with the catalogue's status; messages never echo the
 * request body.
 */
import express, { type NextFunction, type Request, type Response } from 'express';
import { scan } from '../../detectors/index.js';
import type { Config } from '../config.js';
import { ReplyGuardError } from '../errors.js';

export function createApp(config: Config): express.Express {
  const app = express();
  app.disable('x-powered-by');

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });

  app.post(
    '/v1/scan',
    requireJson,
    express.json({ limit: config.maxBodyBytes, strict: true }),
    (req: Request, res: Response) => {
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
    },
  );

  app.use((_req, _res, next) => next(new ReplyGuardError('RG_ERR_NOT_FOUND', 'no such route')));
  app.use(errorHandler);
  return app;
}

function requireJson(req: Request, _res: Response, next: NextFunction): void {
  if (!req.is('application/json')) {
    next(new ReplyGuardError('RG_ERR_UNSUPPORTED_MEDIA_TYPE', 'Content-Type must be application/json'));
    return;
  }
  next();
}

/** Maps every error to the catalogue; body-parser errors carry a status and type, never the body. */
function errorHandler(err: unknown, _req: Request, res: Response, _next: NextFunction): void {
  let error: ReplyGuardError;
  if (err instanceof ReplyGuardError) error = err;
  else if (isBodyParserError(err) && err.type === 'entity.too.large') error = new ReplyGuardError('RG_ERR_INPUT_TOO_LARGE', 'request body is over the size limit');
  else if (isBodyParserError(err) && err.type === 'entity.parse.failed') error = new ReplyGuardError('RG_ERR_BAD_REQUEST', 'request body is not valid JSON');
  else if (isBodyParserError(err) && err.status >= 400 && err.status < 500) error = new ReplyGuardError('RG_ERR_BAD_REQUEST', 'request body could not be read');
  else {
    res.status(500).json({ error: { code: 'RG_ERR_INTERNAL', message: 'internal error' } });
    return;
  }
  res.status(error.httpStatus).json({ error: { code: error.code, message: error.message } });
}

function isBodyParserError(err: unknown): err is { type: string; status: number } {
  return typeof err === 'object' && err !== null && 'type' in err && 'status' in err;
}
