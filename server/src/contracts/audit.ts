import { endpoints } from './endpoint';
import { auditListSchema, auditQuerySchema } from './auth';

/** The Audit endpoints: one description each, served by the server and called by the client. */
export const auditEndpoints = endpoints('Audit', {
  listAuditEntries: {
    method: 'get',
    path: '/audit',
    summary: 'Every write: who, what, when, the body sent, and the state before and after; newest first',
    query: auditQuerySchema,
    response: auditListSchema,
  },
});
