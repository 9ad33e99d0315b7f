import { palListSchema, type Pal } from '@contracts/catalog';
import { getJson } from '../../lib/api';

export async function getPals(signal?: AbortSignal): Promise<Pal[]> {
  return (await getJson('/api/pals', palListSchema, signal)).items;
}
