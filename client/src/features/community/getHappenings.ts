import { areaHappeningsSchema } from '@contracts/community';
import { getJson, query } from '../../lib/api';

export function getHappenings(area: string, from: string, to: string, signal?: AbortSignal) {
  return getJson(`/api/areas/${encodeURIComponent(area)}/happenings${query({ from, to })}`, areaHappeningsSchema, signal);
}
