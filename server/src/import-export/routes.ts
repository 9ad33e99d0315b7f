import { importExportEndpoints } from '../contracts/import-export';
import { adminOnly } from '../http/access';
import { defineRoute } from '../http/route';
import type { ImportExportService } from './service';

export function importExportRoutes(importExport: ImportExportService) {
  return [
    defineRoute({
      ...importExportEndpoints.importPartners,
      access: adminOnly,
      ownTransactions: true,
      handle: ({ body }) => importExport.importPartners(body.csv),
    }),
    defineRoute({ ...importExportEndpoints.importTies, access: adminOnly, ownTransactions: true, handle: ({ body }) => importExport.importTies(body.csv) }),
    defineRoute({
      ...importExportEndpoints.importAttendance,
      access: adminOnly,
      ownTransactions: true,
      handle: ({ body }) => importExport.importAttendance(body.csv),
    }),
    defineRoute({
      ...importExportEndpoints.exportGraph,
      access: adminOnly,
      handle: () => importExport.exportGraph(),
    }),
    defineRoute({
      ...importExportEndpoints.importGraph,
      access: adminOnly,
      ownTransactions: true,
      handle: ({ body }) => importExport.importGraph(body),
    }),
  ];
}
