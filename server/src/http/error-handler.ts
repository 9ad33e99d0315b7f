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
/** What body-parser's errors mean to a client, by their `type`. */
const bodyErrors: Record<string, () => AppError> = {
  'entity.parse.failed': () => badRequest('The body is not valid JSON', 'body'),
  'entity.too.large': () => new AppError(413, 'body_too_large', 'The body is too large', 'body'),
  'encoding.unsupported': () => new AppError(415, 'unsupported_encoding', 'Content-Encoding must be gzip, deflate, br or none', 'content-encoding'),
  'charset.unsupported': () => new AppError(415, 'unsupported_charset', 'Send the body as UTF-8 JSON', 'content-type'),
  'request.aborted': () => badRequest('The body did not arrive whole', 'body'),
  'request.size.invalid': () => badRequest('The body is not as long as Content-Length says', 'body'),
};

/**
 * Errors from Express and body-parser that carry a 4xx status (a body not encoded as its
 * Content-Encoding says, a malformed %-escape in the path…) are the client's: they keep their status
 * with a stable code, never a 500.
 */
function fromRequestReading(error: { status?: unknown; statusCode?: unknown; type?: unknown }): AppError | undefined {
  const known = typeof error.type === 'string' ? bodyErrors[error.type] : undefined;
  if (known) return known();
  const status = Number(error.status ?? error.statusCode);
  if (Number.isInteger(status) && status >= 400 && status < 500) {
    if (status === 415) return new AppError(415, 'unsupported_media_type', 'This body cannot be read: send UTF-8 JSON', 'body');
    if (status === 413) return bodyErrors['entity.too.large']!();
    return new AppError(status, 'unreadable_request', 'The request could not be read (check its path escapes, headers and body)');
  }
  return undefined;
}

/** Turns every error into the one JSON error shape; never sends a stack trace or a driver message. */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error, req, res, _next) => {
    const appError = error instanceof AppError ? error : error instanceof ZodError ? fromZod(error) : fromRequestReading(error);
    if (appError) {
      const retryAfter = (appError.details as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds;
      if (retryAfter) res.setHeader('Retry-After', String(retryAfter));
      res.locals.errorCode = appError.code;
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
export const requireJsonBody =
  (acceptsForm = false): RequestHandler =>
  (req, res, next) => {
    const hasBody = Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;
    if (hasBody && !req.is('application/json') && !(acceptsForm && req.is('application/x-www-form-urlencoded'))) {
      res.status(415).json({ error: { code: 'unsupported_media_type', message: 'Send the body as application/json', field: 'body' } });
      return;
    }
    next();
  };

/** A high surrogate with no low one after it, or a low one with no high one before it. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The path to the first string (or key) in `value` that is not well-formed UTF-16, or null. */
export function malformedTextAt(value: unknown, path: string[] = []): string[] | null {
  if (typeof value === 'string') return LONE_SURROGATE.test(value) ? path : null;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = malformedTextAt(item, [...path, String(index)]);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (LONE_SURROGATE.test(key)) return [...path, '(a key)'];
      const found = malformedTextAt(item, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}

/**
 * Text with a lone surrogate ("\ud800x" in JSON) cannot be stored as it came (the database would
 * silently replace it): it is refused, naming the field, before anything reads it.
 */
export const requireWellFormedText: RequestHandler = (req, _res, next) => {
  for (const [part, value] of [
    ['body', req.body],
    ['query', req.query],
    ['params', req.params],
  ] as const) {
    const at = malformedTextAt(value);
    if (at) {
      const field = at.length ? at.join('.') : part;
      throw badRequest(`${field}: not well-formed text (a lone surrogate)`, field);
    }
  }
  next();
};
