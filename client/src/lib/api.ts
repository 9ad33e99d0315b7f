import type { z } from 'zod';
import type { ErrorResponse } from '@contracts/common';

/** An error the API answered with, carrying its stable code and the field to blame. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }

  get databaseDown(): boolean {
    return this.status === 503;
  }
}

/**
 * The session's CSRF token, sent with every write: the server refuses cookie-authenticated writes
 * without it. Set when a session starts or is found, cleared when it ends.
 */
let csrfToken: string | null = null;
export const setCsrfToken = (token: string | null) => {
  csrfToken = token;
};

/** Fired when the server says the session has ended (expired, signed out elsewhere, disabled). */
export const SESSION_ENDED_EVENT = 'partner-graph:session-ended';

/** What to tell the person when a call failed: the API's own sentence, or that it cannot be reached. */
export const messageOf = (error: unknown): string =>
  error instanceof ApiError ? error.message : 'The server cannot be reached. Try again.';

/** GETs an API path and checks the answer against the shared schema. */
export function getJson<T>(path: string, schema: z.ZodType<T>, signal?: AbortSignal): Promise<T> {
  return send(path, schema, { signal });
}

/** POSTs (or PATCHes) JSON and checks the answer against the shared schema. */
export function sendJson<T>(method: 'POST' | 'PATCH', path: string, body: unknown, schema: z.ZodType<T>): Promise<T> {
  return send(path, schema, { method, body: JSON.stringify(body), headers: { 'content-type': 'application/json', ...csrfHeader() } });
}

/** A write whose answer has no body (204). */
export async function sendEmpty(method: 'POST' | 'DELETE', path: string): Promise<void> {
  await send(path, null, { method, headers: csrfHeader() });
}

const csrfHeader = (): Record<string, string> => (csrfToken ? { 'x-csrf-token': csrfToken } : {});

async function send<T>(path: string, schema: z.ZodType<T> | null, init: RequestInit): Promise<T> {
  const signal = init.signal ?? undefined;
  let response: Response;
  try {
    response = await fetch(path, { ...init, headers: { accept: 'application/json', ...init.headers } });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError(0, 'network', 'The server cannot be reached. Check your connection and try again.');
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = (body as ErrorResponse | null)?.error;
    // Sign-in's own 401 (a wrong password) is an answer, not the end of a session.
    if (response.status === 401 && !path.startsWith('/api/auth/login')) window.dispatchEvent(new Event(SESSION_ENDED_EVENT));
    throw new ApiError(response.status, error?.code ?? 'unknown', error?.message ?? `The server answered ${response.status}`, error?.field);
  }
  return (schema ? schema.parse(body) : undefined) as T;
}

export const query = (params: Record<string, string | number | undefined>) => {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== '') search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
};
