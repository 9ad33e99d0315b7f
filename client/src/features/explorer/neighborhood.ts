import type { graphEndpoints } from '@contracts/graph';
import type { CallInput } from '../../lib/api';
import type { Filters } from '../../lib/explorer-url';

/** The neighbourhood call for a partner, at a depth and limit, with the explorer's filters. */
export function neighborhoodInput(partner: string, depth: number, limit: number, filters: Filters): CallInput<typeof graphEndpoints.getNeighborhood> {
  return {
    params: { id: partner },
    query: {
      depth,
      limit,
      minStrength: filters.minStrength,
      area: filters.area ?? undefined,
      tier: filters.tier ?? undefined,
      managed: filters.managed === null ? undefined : (String(filters.managed) as 'true' | 'false'),
      specialty: filters.specialty ?? undefined,
      specialtyMode: filters.specialty ? filters.specialtyMode : undefined,
      introductions: String(filters.showIntroductions) as 'true' | 'false',
      specialties: String(filters.showSpecialties) as 'true' | 'false',
      community: String(filters.showCommunity) as 'true' | 'false',
    },
  };
}
