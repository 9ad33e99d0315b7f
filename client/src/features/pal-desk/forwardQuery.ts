import { querySchema, type Query } from '@contracts/queries';
import { sendJson } from '../../lib/api';

export function forwardQuery(id: string, by: string, to: string, note: string): Promise<Query> {
  return sendJson('POST', `/api/queries/${encodeURIComponent(id)}/forward`, { by, to, ...(note ? { note } : {}) }, querySchema);
}
