import { importReportSchema, type ImportReport } from '@contracts/import-export';
import { sendJson } from '../../lib/api';

export type CsvKind = 'partners' | 'ties' | 'attendance';

export function importCsv(kind: CsvKind, csv: string): Promise<ImportReport> {
  return sendJson('POST', `/api/admin/import/${kind}`, { csv }, importReportSchema);
}
