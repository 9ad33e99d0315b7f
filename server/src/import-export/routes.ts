import { csvImportSchema, graphExportSchema, graphImportReportSchema, importReportSchema } from '../contracts/import-export';
import { adminOnly } from '../http/access';
import { defineRoute } from '../http/route';
import type { ImportExportService } from './service';

export function importExportRoutes(transfer: ImportExportService) {
  const tag = 'Import and export';
  const csvRoute = (path: string, summary: string, run: (csv: string) => ReturnType<ImportExportService['importPartners']>) =>
    defineRoute({
      method: 'post', path, tag, access: adminOnly, summary,
      body: csvImportSchema, response: importReportSchema,
      handle: ({ body }) => run(body.csv),
    });
  return [
    csvRoute('/admin/import/partners', 'Import partners from CSV (id,name,company,tier,managed,city,area,email,phone,website,joinedAt,openToIntroductions,latitude,longitude,offers,seeks): created or updated by id', (csv) => transfer.importPartners(csv)),
    csvRoute('/admin/import/ties', 'Import ties from CSV (from,to,strength,since)', (csv) => transfer.importTies(csv)),
    csvRoute('/admin/import/attendance', 'Import meeting attendance from CSV (meeting,partner): attendees MET_AT the meeting', (csv) => transfer.importAttendance(csv)),
    defineRoute({
      method: 'get', path: '/admin/export', tag, access: adminOnly,
      summary: 'The whole community graph as JSON, which imports back into an empty database unchanged',
      response: graphExportSchema,
      handle: () => transfer.exportGraph(),
    }),
    defineRoute({
      method: 'post', path: '/admin/import/graph', tag, access: adminOnly, status: 201, errors: [409],
      summary: 'Import an exported graph into an empty database',
      body: graphExportSchema, response: graphImportReportSchema,
      handle: ({ body }) => transfer.importGraph(body),
    }),
  ];
}
