import { neighborhoodSchema, type Neighborhood } from '@contracts/graph';
import { getJson, query } from '../../lib/api';

export function getNeighborhood(id: string, depth: number, signal?: AbortSignal): Promise<Neighborhood> {
  return getJson(`/api/graph/neighborhood/${encodeURIComponent(id)}${query({ depth, limit: 200 })}`, neighborhoodSchema, signal);
}
