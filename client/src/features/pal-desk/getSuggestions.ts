import { suggestionListSchema, type Suggestion } from '@contracts/matches';
import { getJson, query } from '../../lib/api';

export async function getSuggestions(pal: string, signal?: AbortSignal): Promise<Suggestion[]> {
  return (await getJson(`/api/pals/${encodeURIComponent(pal)}/suggested-introductions${query({ limit: 8 })}`, suggestionListSchema, signal)).items;
}
