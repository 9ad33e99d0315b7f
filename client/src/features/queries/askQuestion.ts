import { querySchema, type Query } from '@contracts/queries';
import { sendJson } from '../../lib/api';

export function askQuestion(partner: string, specialty: string, text: string): Promise<Query> {
  return sendJson('POST', '/api/queries', { partner, specialty, text }, querySchema);
}
