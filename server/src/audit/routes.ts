import { auditListSchema, auditQuerySchema } from '../contracts/auth';
import { adminOnly } from '../http/access';
import { defineRoute } from '../http/route';
import type { AuditRepository } from './repository';

export function auditRoutes(audit: AuditRepository) {
  return [
    defineRoute({
      method: 'get', path: '/audit', tag: 'Audit', access: adminOnly,
      summary: 'Every write: who, what, when, the body sent, and the state before and after; newest first',
      query: auditQuerySchema, response: auditListSchema,
      handle: async ({ query }) => ({ items: await audit.list(query) }),
    }),
  ];
}
