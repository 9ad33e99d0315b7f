import { networkHealthReportSchema, type NetworkHealthReport } from '@contracts/network-health';
import { getJson } from '../../lib/api';

export function getNetworkHealth(signal?: AbortSignal): Promise<NetworkHealthReport> {
  return getJson('/api/admin/health', networkHealthReportSchema, signal);
}
