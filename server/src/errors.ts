/**
 * Every error the API returns has this shape: a stable machine-readable code, a sentence for people,
 * and, where one input is to blame, the name of that field.
 */
export interface ErrorBody {
  error: { code: string; message: string; field?: string; details?: unknown };
}

export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }

  toBody(): ErrorBody {
    const { code, message, field, details } = this;
    return { error: { code, message, ...(field ? { field } : {}), ...(details ? { details } : {}) } };
  }
}

export const badRequest = (message: string, field?: string, details?: unknown) => new AppError(400, 'invalid_input', message, field, details);

export const notFound = (what: string, id: string, field?: string) => new AppError(404, 'not_found', `No ${what} with id "${id}"`, field);

export const conflict = (code: string, message: string, field?: string) => new AppError(409, code, message, field);

/**
 * 429 with how long to wait: the error handler sends it as the Retry-After header too, so every
 * limit in the app answers alike.
 */
export const tooMany = (code: string, message: string, retryAfterSeconds: number, field?: string) =>
  new AppError(429, code, message, field, { retryAfterSeconds: Math.max(1, Math.ceil(retryAfterSeconds)) });

/** 503 with Retry-After: the circuit probes every second, so a couple of seconds is an honest wait. */
export const databaseUnavailable = () =>
  new AppError(503, 'database_unavailable', 'The database cannot be reached right now; try again shortly', undefined, { retryAfterSeconds: 2 });

export const tookTooLong = () => new AppError(503, 'took_too_long', 'This took the database too long; ask for less (fewer hops or partners) and try again');
