import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject } from 'zod-openapi';
import { z } from 'zod';
import { errorSchema } from '../contracts/common';
import { IDEMPOTENCY_HEADER, takesIdempotencyKey } from '../idempotency/service';
import type { RouteDefinition } from '../http/route';

/** What each error status means, and the `error.code` values it comes with. */
const errorDescriptions: Record<number, string> = {
  400: 'Invalid input; `error.field` names the input to blame. Code: `invalid_input`',
  401: 'Not signed in (or the session has ended). Codes: `unauthenticated`, `invalid_credentials`',
  403: 'Signed in, but your role does not allow this, it belongs to someone else, your account has no partner, or the CSRF token is missing. Codes: `forbidden`, `no_partner`, `csrf_failed`',
  404: 'Something the request names does not exist; `error.field` names the input that held it. Code: `not_found`',
  409: 'The request conflicts with the current state. Codes: `request_in_progress` (the first request with this Idempotency-Key still runs), `already_exists`, `already_acquainted`, `already_requested`, `already_raised`, `illegal_transition`, `not_assignee`, `question_closed`, `invitation_accepted`, `already_answered`, `no_pal`, `tie_exists`, `not_empty`',
  422: 'The Idempotency-Key was already used for a different request. Code: `idempotency_key_reused`',
  429: 'Too many attempts; wait and try again (Retry-After). Codes: `rate_limited`, `sign_in_throttled`, `too_many_at_once`, `import_running`, `too_many_requests`',
  503: 'The database cannot be reached, or took too long. Codes: `database_unavailable`, `took_too_long`',
};

const jsonContent = (schema: unknown) => ({ 'application/json': { schema } }) as never;

const idempotencyHeader = z.object({
  [IDEMPOTENCY_HEADER]: z
    .string()
    .min(1)
    .max(255)
    .optional()
    .meta({ description: 'A key of your own (a UUID) per intended create: a retry with it within 24 h replays the first answer and creates nothing' }),
});

/** `/partners/:id` in Express is `/partners/{id}` in OpenAPI. */
const openApiPath = (path: string) => `/api${path.replace(/:(\w+)/g, '{$1}')}`;

function operationOf(route: RouteDefinition, deprecatedPath = false): ZodOpenApiOperationObject {
  const status = route.status ?? 200;
  const success =
    status === 204 || !route.response
      ? { description: 'Done' }
      : { description: 'Success', content: route.produces ? ({ [route.produces]: { schema: route.response } } as never) : jsonContent(route.response) };
  const errors = Object.fromEntries(
    [
      400,
      ...('public' in route.access ? [] : [401, 403]),
      ...new Set([...(route.errors ?? []), ...(route.costly || route.bodyLimit ? [429] : []), ...(takesIdempotencyKey(route) ? [409, 422] : [])]),
      503,
    ].map((code) => [code, { description: errorDescriptions[code]!, content: jsonContent(errorSchema) }]),
  );
  return {
    // operationIds are unique: an older path's copy of an operation says so in its id.
    operationId: deprecatedPath ? `${route.operationId}AtDeprecatedPath` : route.operationId,
    ...(deprecatedPath ? { deprecated: true } : {}),
    summary: route.summary,
    description: accessDescription(route),
    tags: [route.tag],
    requestParams: {
      ...(route.params ? { path: route.params as never } : {}),
      ...(route.query ? { query: route.query as never } : {}),
      ...(takesIdempotencyKey(route) ? { header: idempotencyHeader as never } : {}),
    },
    ...(route.body ? { requestBody: { content: jsonContent(route.body) } } : {}),
    responses: { [status]: success, ...errors },
  };
}

/** Who may call a route, in one sentence (the OpenAPI description and the README's API table). */
export function accessDescription({ access }: RouteDefinition): string {
  if ('public' in access) return 'Open to anyone.';
  const owners = access.owners ? ` Also the partner${access.ownerRoles ? ` (as ${access.ownerRoles.join(' or ')})` : ''} it belongs to.` : '';
  return `Roles: ${access.roles.join(', ')}.${owners} Writes with a session cookie send X-CSRF-Token.`;
}

/** The OpenAPI document, generated from the same route definitions Express serves. */
export function buildOpenApiDocument(routes: RouteDefinition[], version: string) {
  const paths: ZodOpenApiPathsObject = {};
  const add = (path: string, operation: ZodOpenApiOperationObject, method: RouteDefinition['method']) => {
    paths[openApiPath(path)] = { ...paths[openApiPath(path)], [method]: operation };
  };
  for (const route of routes) {
    add(route.path, operationOf(route), route.method);
    for (const path of route.deprecatedPaths ?? []) add(path, operationOf(route, true), route.method);
  }
  return createDocument({
    openapi: '3.1.0',
    info: {
      title: 'Partner Graph API',
      version,
      description: 'Partners, the PALs who connect them, their specialties and the introductions between them.',
    },
    servers: [{ url: '/', description: 'This Partner Graph server (paths start /api)' }],
    paths,
    components: {
      securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'pg_session' } },
    },
    security: [{ session: [] }],
  });
}
