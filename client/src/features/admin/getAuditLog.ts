import { auditListSchema, type AuditEntry } from '@contracts/auth';
import { getJson, query } from '../../lib/api';

export async function getAuditLog(filters: { user?: string; action?: string; limit?: number }, signal?: AbortSignal): Promise<AuditEntry[]> {
  return (await getJson(`/api/audit${query(filters)}`, auditListSchema, signal)).items;
}
