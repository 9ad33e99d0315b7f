import { networkHealthReportSchema, type NetworkHealthReport } from '@contracts/network-health';
import { sendJson } from '../../lib/api';

export function refreshNetworkHealth(): Promise<NetworkHealthReport> {
  return sendJson('POST', '/api/admin/health/refresh', {}, networkHealthReportSchema);
}
