import { partnerPageSchema, type PartnerPage } from '@contracts/partners';
import { getJson, query } from '../../lib/api';

export function searchPartners(text: string, signal?: AbortSignal): Promise<PartnerPage> {
  return getJson(`/api/partners${query({ q: text, limit: 8 })}`, partnerPageSchema, signal);
}
