import { pathListSchema, type WarmPaths } from '@contracts/graph';
import { getJson, query } from '../../lib/api';

export function getPath(from: string, to: string, signal?: AbortSignal): Promise<WarmPaths> {
  return getJson(`/api/graph/path${query({ from, to, maxHops: 6, limit: 5 })}`, pathListSchema, signal);
}
