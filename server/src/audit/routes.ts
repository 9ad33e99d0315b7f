import { auditEndpoints } from '../contracts/audit';
import { adminOnly } from '../http/access';
import { defineRoute } from '../http/route';
import type { AuditRepository } from './repository';

export function auditRoutes(audit: AuditRepository) {
  return [
    defineRoute({
      ...auditEndpoints.listAuditEntries,
      access: adminOnly,
      handle: async ({ query }) => ({ items: await audit.list(query) }),
    }),
  ];
}
