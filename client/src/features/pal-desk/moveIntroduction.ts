import { introductionSchema, type Introduction, type IntroductionStatus } from '@contracts/introductions';
import { sendJson } from '../../lib/api';

export function moveIntroduction(id: string, status: IntroductionStatus, by: string): Promise<Introduction> {
  return sendJson('PATCH', `/api/introductions/${encodeURIComponent(id)}`, { status, by }, introductionSchema);
}
