import { graphExportSchema, type GraphExport } from '@contracts/import-export';
import { getJson } from '../../lib/api';

export function exportGraph(): Promise<GraphExport> {
  return getJson('/api/admin/export', graphExportSchema);
}
