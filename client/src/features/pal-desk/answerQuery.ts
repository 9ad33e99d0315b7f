import { querySchema, type Query } from '@contracts/queries';
import { sendJson } from '../../lib/api';

export function answerQuery(id: string, by: string, answer: string): Promise<Query> {
  return sendJson('POST', `/api/queries/${encodeURIComponent(id)}/answer`, { by, answer }, querySchema);
}
