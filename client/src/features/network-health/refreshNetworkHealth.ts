import { healthStatusSchema, type HealthStatus } from '@contracts/network-health';
import { sendJson } from '../../lib/api';

export function refreshNetworkHealth(): Promise<HealthStatus> {
  return sendJson('POST', '/api/admin/health/refresh', {}, healthStatusSchema);
}
