import type { z } from 'zod';
import type { ErrorResponse } from '@contracts/common';
import type { Endpoint } from '@contracts/endpoint';
import { forgetSucceededKeys, idempotencyKeyFor, outcomeOf, settleIdempotencyKey } from './idempotency';

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
export const messageOf = (error: unknown): string => (error instanceof ApiError ? error.message : 'The server cannot be reached. Try again.');

/** A part the schema requires must be given; one whose every field is optional may be left out. */
type Part<E, K extends 'params' | 'query' | 'body'> = E extends { [P in K]: infer S extends z.ZodType }
  ? object extends z.input<S>
    ? { [P in K]?: z.input<S> }
    : { [P in K]: z.input<S> }
  : { [P in K]?: never };

/** What a call of this endpoint sends: its path parameters, query string and body, as its schemas take them. */
export type CallInput<E extends Endpoint> = Part<E, 'params'> & Part<E, 'query'> & Part<E, 'body'>;

/** What a call of this endpoint answers with, parsed by its response schema (nothing for a 204). */
export type CallOutput<E extends Endpoint> = E extends { status: 204 }
  ? undefined
  : E extends { response: infer S extends z.ZodType }
    ? z.output<S>
    : undefined;

/** `/partners/:id` with `{ id: 'p 1' }` is `/api/partners/p%201`. */
function urlOf(endpoint: Endpoint, params: Record<string, unknown> | undefined, query: Record<string, unknown> | undefined): string {
  const path = endpoint.path.replace(/:(\w+)/g, (_match, name: string) => encodeURIComponent(String(params?.[name] ?? '')));
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return `/api${path}${text ? `?${text}` : ''}`;
}

/** The API address of an endpoint, for links (calendar feeds) rather than calls. */
export const endpointUrl = <E extends Endpoint>(endpoint: E, input: CallInput<E>): string =>
  urlOf(endpoint, input.params as Record<string, unknown> | undefined, input.query as Record<string, unknown> | undefined);

/**
 * Calls one endpoint of the shared contracts: builds its URL, sends the body as JSON with the CSRF
 * token on writes, parses the answer with the endpoint's own response schema, and turns the API's
 * error shape into an ApiError.
 */
export async function call<E extends Endpoint>(endpoint: E, input: CallInput<E>, signal?: AbortSignal): Promise<CallOutput<E>> {
  const isWrite = endpoint.method !== 'get';
  const hasBody = input.body !== undefined;
  const headers: Record<string, string> = { accept: 'application/json' };
  if (hasBody) headers['content-type'] = 'application/json';
  if (isWrite && csrfToken) headers['x-csrf-token'] = csrfToken;
  const url = endpointUrl(endpoint, input);
  const bodyText = hasBody ? JSON.stringify(input.body) : undefined;
  // Every create carries a key, so that a double click or a retry makes one thing (see idempotency.ts).
  const intent = endpoint.method === 'post' ? `${url} ${bodyText ?? ''}` : null;
  if (intent) headers['idempotency-key'] = idempotencyKeyFor(intent);
  let response: Response;
  try {
    response = await fetch(url, { method: endpoint.method.toUpperCase(), headers, signal, ...(bodyText !== undefined ? { body: bodyText } : {}) });
  } catch (error) {
    if (intent) settleIdempotencyKey(intent, 'unanswered');
    if (signal?.aborted) throw error;
    throw new ApiError(0, 'network', 'The server cannot be reached. Check your connection and try again.');
  }
  if (intent) settleIdempotencyKey(intent, outcomeOf(response.status));
  else if (isWrite && response.ok) forgetSucceededKeys();
  const body: unknown = response.status === 204 ? null : await response.json().catch(() => null);
  if (!response.ok) {
    const error = (body as ErrorResponse | null)?.error;
    // Sign-in's own 401 (a wrong password) is an answer, and so is "nobody is signed in"; neither ends a session.
    if (response.status === 401 && endpoint.operationId !== 'signIn' && endpoint.operationId !== 'getSession')
      window.dispatchEvent(new Event(SESSION_ENDED_EVENT));
    throw new ApiError(response.status, error?.code ?? 'unknown', error?.message ?? `The server answered ${response.status}`, error?.field);
  }
  if (endpoint.status === 204 || !endpoint.response) return undefined as CallOutput<E>;
  return endpoint.response.parse(body) as CallOutput<E>;
}
