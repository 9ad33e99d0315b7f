import { z } from 'zod';
import { queryBoolean } from '../contracts/common';
import { healthStatusSchema } from '../contracts/network-health';
import { adminOnly } from '../http/access';
import { defineRoute } from '../http/route';
import type { NetworkHealthService } from './service';

const waitQuery = z.strictObject({
  wait: queryBoolean.optional().meta({ description: 'Answer when the running computation has finished' }),
});

export function networkHealthRoutes(health: NetworkHealthService) {
  const tag = 'Network health';
  return [
    defineRoute({
      method: 'get', path: '/admin/health', tag, access: adminOnly,
      summary: 'The health of the whole network, from cache, with when it was computed and whether it is stale',
      query: waitQuery, response: healthStatusSchema,
      handle: ({ query }) => health.current(query.wait ?? false),
    }),
    defineRoute({
      method: 'post', path: '/admin/health/refresh', tag, access: adminOnly, status: 202,
      summary: 'Compute the report again in the background',
      query: waitQuery, response: healthStatusSchema,
      handle: ({ query }) => health.refresh(query.wait ?? false),
    }),
  ];
}
