import { introductionListSchema, type Introduction } from '@contracts/introductions';
import { getJson, query } from '../../lib/api';

export async function getIntroductionsOf(partner: string, signal?: AbortSignal): Promise<Introduction[]> {
  return (await getJson(`/api/introductions${query({ partner, limit: 50 })}`, introductionListSchema, signal)).items;
}
