import { specialtyListSchema, type Specialty } from '@contracts/catalog';
import { getJson } from '../../lib/api';

export async function getSpecialties(signal?: AbortSignal): Promise<Specialty[]> {
  return (await getJson('/api/specialties', specialtyListSchema, signal)).items;
}
