import { matchListSchema, type Match } from '@contracts/matches';
import { getJson, query } from '../../lib/api';

export async function getMatches(partner: string, signal?: AbortSignal): Promise<Match[]> {
  return (await getJson(`/api/partners/${encodeURIComponent(partner)}/matches${query({ limit: 10 })}`, matchListSchema, signal)).items;
}
