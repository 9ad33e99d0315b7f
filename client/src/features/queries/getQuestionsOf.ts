import { queryListSchema, type Query } from '@contracts/queries';
import { getJson } from '../../lib/api';

export async function getQuestionsOf(partner: string, signal?: AbortSignal): Promise<Query[]> {
  return (await getJson(`/api/partners/${encodeURIComponent(partner)}/queries?limit=20`, queryListSchema, signal)).items;
}
