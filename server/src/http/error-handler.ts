import type { ErrorRequestHandler, RequestHandler } from 'express';
import { ZodError } from 'zod';
import { AppError, badRequest } from '../errors';
import type { Logger } from '../logger';

/** Names the input to blame: the path of the first issue, or the first unknown key. */
function fieldOf(error: ZodError): string | undefined {
  const issue = error.issues[0];
  if (!issue) return undefined;
  if (issue.code === 'unrecognized_keys' && issue.keys.length) {
    return [...issue.path, issue.keys[0]].join('.');
  }
  return issue.path.length ? issue.path.join('.') : undefined;
}

function fromZod(error: ZodError): AppError {
  const field = fieldOf(error);
  const first = error.issues[0];
  const message = field ? `${field}: ${first?.message ?? 'invalid'}` : (first?.message ?? 'Invalid input');
  const details = error.issues.map((issue) => ({ field: issue.path.join('.'), message: issue.message }));
  return badRequest(message, field, details);
}

/** Express's body parser reports malformed JSON and oversized bodies with a status of its own. */
function fromBodyParser(error: { status?: number; type?: string }): AppError | undefined {
  if (error.type === 'entity.parse.failed') return badRequest('The body is not valid JSON', 'body');
  if (error.type === 'entity.too.large') return new AppError(413, 'body_too_large', 'The body is too large', 'body');
  return undefined;
}

/** Turns every error into the one JSON error shape; never sends a stack trace or a driver message. */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error, req, res, _next) => {
    const appError = error instanceof AppError ? error : error instanceof ZodError ? fromZod(error) : fromBodyParser(error);
    if (appError) {
      const retryAfter = (appError.details as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds;
      if (retryAfter) res.setHeader('Retry-After', String(retryAfter));
      res.status(appError.status).json(appError.toBody());
      return;
    }
    logger.error({ err: error, method: req.method, url: req.originalUrl }, 'unhandled error');
    res.status(500).json({ error: { code: 'internal', message: 'Something went wrong on our side' } });
  };
}

export const notFoundHandler: RequestHandler = (req, res) => {
  res.status(404).json({ error: { code: 'no_such_route', message: `No route ${req.method} ${req.path}` } });
};

/** Write requests must send JSON: anything else is refused before it reaches a handler. */
export const requireJsonBody: RequestHandler = (req, res, next) => {
  const hasBody = Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;
  if (hasBody && !req.is('application/json')) {
    res.status(415).json({ error: { code: 'unsupported_media_type', message: 'Send the body as application/json', field: 'body' } });
    return;
  }
  next();
};
