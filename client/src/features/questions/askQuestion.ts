import { questionSchema, type Question } from '@contracts/questions';
import { sendJson } from '../../lib/api';

export function askQuestion(partner: string, specialty: string, text: string): Promise<Question> {
  return sendJson('POST', '/api/queries', { partner, specialty, text }, questionSchema);
}
