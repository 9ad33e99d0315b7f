import { partnerSchema, type Partner } from '@contracts/partners';
import { getJson } from '../../lib/api';

export function getPartner(id: string, signal?: AbortSignal): Promise<Partner> {
  return getJson(`/api/partners/${encodeURIComponent(id)}`, partnerSchema, signal);
}
