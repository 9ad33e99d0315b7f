import { questionSchema, type Question } from '@contracts/questions';
import { sendJson } from '../../lib/api';

export function forwardQuestion(id: string, by: string, to: string, note: string): Promise<Question> {
  return sendJson('POST', `/api/queries/${encodeURIComponent(id)}/forward`, { by, to, ...(note ? { note } : {}) }, questionSchema);
}
