import { introductionSchema, type Introduction } from '@contracts/introductions';
import { sendJson } from '../../lib/api';

export function requestIntroduction(partner: string, to: string, note?: string): Promise<Introduction> {
  return sendJson('POST', `/api/partners/${encodeURIComponent(partner)}/introduction-requests`, { to, ...(note ? { note } : {}) }, introductionSchema);
}
