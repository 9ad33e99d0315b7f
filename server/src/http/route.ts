import type { z } from 'zod';
import type { EndpointShape } from '../contracts/endpoint';
import type { Access, Actor } from './access';

/**
 * One API route: an endpoint of the shared contracts (its shape) with who may call it and what it
 * does. Express serves it (validating every input with the endpoint's zod schemas) and the OpenAPI
 * document is generated from the same list, so the two cannot drift apart.
 */
export interface RouteInput<P, Q, B> {
  params: P;
  query: Q;
  body: B;
}

export interface RouteDefinition<P = unknown, Q = unknown, B = unknown, R = unknown> extends Omit<EndpointShape, 'params' | 'query' | 'body' | 'response'> {
  operationId: string;
  tag: string;
  params?: z.ZodType<P>;
  query?: z.ZodType<Q>;
  body?: z.ZodType<B>;
  response?: z.ZodType<R>;
  /** Who may call it; checked before the handler runs. */
  access: Access<RouteInput<P, Q, B>>;
  /**
   * A write that runs transactions of its own (an import, the health computation): it is not made
   * one unit with its audit entry, which is written after it.
   */
  ownTransactions?: true;
  /** For the audit log: the state a write changes, read just before it runs. */
  before?: (input: RouteInput<P, Q, B>) => Promise<unknown>;
  handle(input: RouteInput<P, Q, B>, context: RequestContext): Promise<R | Reply<R>>;
}

/** Writes under these tags (sign-in, accounts, the report itself) leave the network as it was. */
const NOT_NETWORK_TAGS = new Set(['Accounts', 'Users', 'Network health', 'Notifications']);

/** Whether a successful write of this route changes the network (and so makes health reports stale). */
export const changesTheNetwork = (route: { tag: string }) => !NOT_NETWORK_TAGS.has(route.tag);

/** What a handler knows of the request beyond its validated input. */
export interface RequestContext {
  actor: Actor | null;
  /** The session the cookie names, as the router resolved it (null on public routes). */
  session: { csrfToken: string; expiresAt: string } | null;
  /** The caller's address (the proxy's client address with TRUST_PROXY). */
  address: string;
  /** The session cookie's value, when one came. */
  sessionToken: string | null;
  /** Sets (or, with null, clears) the session cookie on the response. */
  setSessionCookie(token: string | null): void;
}

/** The actor of a route that is not public (the router has already refused anonymous calls). */
export function requireActor(context: RequestContext): Actor {
  if (!context.actor) throw new Error('requireActor on a public route');
  return context.actor;
}

// The generic parameters are inferred from the schemas, so handlers see typed input.
export function defineRoute<P = undefined, Q = undefined, B = undefined, R = void>(definition: RouteDefinition<P, Q, B, R>): RouteDefinition {
  return definition as unknown as RouteDefinition;
}

/**
 * A handler's answer with a status other than the route's usual one (health answers 503 this way),
 * or with a body that is not JSON (calendars are text/calendar).
 */
export class Reply<T> {
  constructor(
    readonly status: number,
    readonly body: T,
    readonly contentType?: string,
  ) {}
}
