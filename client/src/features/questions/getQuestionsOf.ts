import { questionListSchema, type Question } from '@contracts/questions';
import { getJson } from '../../lib/api';

export async function getQuestionsOf(partner: string, signal?: AbortSignal): Promise<Question[]> {
  return (await getJson(`/api/partners/${encodeURIComponent(partner)}/queries?limit=20`, questionListSchema, signal)).items;
}
