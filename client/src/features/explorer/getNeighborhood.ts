import { neighborhoodSchema, type Neighborhood } from '@contracts/graph';
import { getJson, query } from '../../lib/api';
import type { Filters } from './explorerState';

export interface NeighborhoodRequest {
  partner: string;
  depth: number;
  limit: number;
  filters: Filters;
}

export function getNeighborhood({ partner, depth, limit, filters }: NeighborhoodRequest, signal?: AbortSignal): Promise<Neighborhood> {
  const search = query({
    depth,
    limit,
    minStrength: filters.minStrength,
    area: filters.area ?? undefined,
    tier: filters.tier ?? undefined,
    managed: filters.managed === null ? undefined : String(filters.managed),
    specialty: filters.specialty ?? undefined,
    specialtyMode: filters.specialty ? filters.specialtyMode : undefined,
    introductions: String(filters.showIntroductions),
    specialties: String(filters.showSpecialties),
    community: String(filters.showCommunity),
  });
  return getJson(`/api/graph/neighborhood/${encodeURIComponent(partner)}${search}`, neighborhoodSchema, signal);
}
