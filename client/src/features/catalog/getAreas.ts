import { areaListSchema, type Area } from '@contracts/catalog';
import { getJson } from '../../lib/api';

export async function getAreas(signal?: AbortSignal): Promise<Area[]> {
  return (await getJson('/api/areas', areaListSchema, signal)).items;
}
