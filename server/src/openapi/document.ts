import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject } from 'zod-openapi';
import { errorSchema } from '../contracts/common';
import type { RouteDefinition } from '../http/route';

const errorDescriptions: Record<number, string> = {
  400: 'Invalid input; `error.field` names the input to blame',
  401: 'Not signed in (or the session has ended)',
  403: 'Signed in, but your role does not allow this, it belongs to someone else, or the CSRF token is missing',
  404: 'Something the request names does not exist',
  409: 'The request conflicts with the current state',
  429: 'Too many attempts; wait and try again',
  503: 'The database cannot be reached',
};

const jsonContent = (schema: unknown) => ({ 'application/json': { schema } }) as never;

/** `/partners/:id` in Express is `/partners/{id}` in OpenAPI. */
const openApiPath = (path: string) => `/api${path.replace(/:(\w+)/g, '{$1}')}`;

function operationOf(route: RouteDefinition): ZodOpenApiOperationObject {
  const status = route.status ?? 200;
  const success =
    status === 204 || !route.response
      ? { description: 'Done' }
      : { description: 'Success', content: route.produces ? ({ [route.produces]: { schema: route.response } } as never) : jsonContent(route.response) };
  const errors = Object.fromEntries(
    [400, ...('public' in route.access ? [] : [401, 403]), ...(route.errors ?? []), 503].map((code) => [code, { description: errorDescriptions[code]!, content: jsonContent(errorSchema) }]),
  );
  return {
    summary: route.summary,
    description: accessDescription(route),
    tags: [route.tag],
    requestParams: {
      ...(route.params ? { path: route.params as never } : {}),
      ...(route.query ? { query: route.query as never } : {}),
    },
    ...(route.body ? { requestBody: { content: jsonContent(route.body) } } : {}),
    responses: { [status]: success, ...errors },
  };
}

function accessDescription({ access }: RouteDefinition): string {
  if ('public' in access) return 'Open to anyone.';
  const owners = access.owners ? ` Also the partner${access.ownerRoles ? ` (as ${access.ownerRoles.join(' or ')})` : ''} it belongs to.` : '';
  return `Roles: ${access.roles.join(', ')}.${owners} Writes with a session cookie send X-CSRF-Token.`;
}

/** The OpenAPI document, generated from the same route definitions Express serves. */
export function buildOpenApiDocument(routes: RouteDefinition[], version: string) {
  const paths: ZodOpenApiPathsObject = {};
  for (const route of routes) {
    const path = openApiPath(route.path);
    paths[path] = { ...paths[path], [route.method]: operationOf(route) };
  }
  return createDocument({
    openapi: '3.1.0',
    info: {
      title: 'Partner Graph API',
      version,
      description: 'Partners, the PALs who connect them, their specialties and the introductions between them.',
    },
    paths,
    components: {
      securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'pg_session' } },
    },
    security: [{ session: [] }],
  });
}
