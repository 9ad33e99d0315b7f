import { healthStatusSchema, type HealthStatus } from '@contracts/network-health';
import { getJson } from '../../lib/api';

export function getNetworkHealth(signal?: AbortSignal): Promise<HealthStatus> {
  return getJson('/api/admin/health', healthStatusSchema, signal);
}
