import type { z } from 'zod';

/**
 * One API endpoint, described once for both sides: the server adds who may call it and what it
 * does (`defineRoute({ ...endpoint, access, handle })`), the client calls it through
 * `call(endpoint, input)`, and the OpenAPI document, the access matrix and the README's API table
 * are all made from the same list. Shared with the client: no server imports here.
 */
export interface EndpointShape {
  method: 'get' | 'post' | 'patch' | 'delete';
  /** Express-style path below /api, such as `/partners/:id`. */
  path: string;
  /** Older paths still served, for one release, by the same handler (marked deprecated in OpenAPI). */
  deprecatedPaths?: readonly string[];
  summary: string;
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  /** The success status; 204 sends no body. */
  status?: 200 | 201 | 202 | 204;
  response?: z.ZodType;
  /** The media type of the response when it is not JSON. */
  produces?: string;
  /** The largest body it reads (default 100kb); read only after the caller is let in. */
  bodyLimit?: '50mb';
  /**
   * A read that can cost the database much (graph walks, paths, matches): each person may have only
   * a few in flight at once; one more gets 429 with Retry-After.
   */
  costly?: true;
  /**
   * Also takes an HTML form's body (application/x-www-form-urlencoded), as a mail client's one-click
   * unsubscribe (RFC 8058) sends; the body is not read.
   */
  acceptsForm?: true;
  /** Error statuses this endpoint can answer with, besides 400, 503 (and 401/403 when not public). */
  errors?: readonly (404 | 409 | 429)[];
}

export type Endpoint<S extends EndpointShape = EndpointShape> = S & { operationId: string; tag: string };

/** A group of endpoints under one tag; each one's key is its operationId. */
export function endpoints<const T extends Record<string, EndpointShape>>(
  tag: string,
  shapes: T,
): { [K in keyof T & string]: T[K] & { operationId: K; tag: string } } {
  return Object.fromEntries(Object.entries(shapes).map(([operationId, shape]) => [operationId, { ...shape, operationId, tag }])) as never;
}
