import { questionSchema, type Question } from '@contracts/questions';
import { sendJson } from '../../lib/api';

export function answerQuestion(id: string, by: string, answer: string): Promise<Question> {
  return sendJson('POST', `/api/queries/${encodeURIComponent(id)}/answer`, { by, answer }, questionSchema);
}
