import { introductionSchema, type Introduction } from '@contracts/introductions';
import { sendJson } from '../../lib/api';

export function proposeIntroduction(introducer: string, from: string, to: string, reason: string): Promise<Introduction> {
  return sendJson('POST', '/api/introductions', { introducer, from, to, reason }, introductionSchema);
}
