import { z } from 'zod';
import { endpoints } from './endpoint';

/** Shared with the client: no server imports here. */

export const csvImportSchema = z
  .strictObject({ csv: z.string().min(1).max(20_000_000).meta({ description: 'The CSV text, with a header row' }) })
  .meta({ id: 'CsvImport' });

export const importReportSchema = z
  .object({
    rows: z.number().int(),
    accepted: z.number().int().meta({ description: 'Rows written (all in one transaction)' }),
    refused: z.array(
      z.object({
        line: z.number().int().meta({ description: 'Line in the file, the header being line 1' }),
        field: z.string().nullable(),
        message: z.string(),
      }),
    ),
  })
  .meta({ id: 'ImportReport' });

/** Property values keep their Neo4j type: integers, dates, date-times and points are tagged. */
export const taggedValue = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.array(z.union([z.string(), z.number(), z.boolean()])),
  z.strictObject({ $int: z.number().int() }),
  z.strictObject({ $date: z.string() }),
  z.strictObject({ $datetime: z.string() }),
  z.strictObject({ $point: z.strictObject({ latitude: z.number(), longitude: z.number() }) }),
]);

export const exportableLabels = [
  'Partner',
  'PAL',
  'Area',
  'Specialty',
  'UserGroup',
  'Introduction',
  'Comment',
  'Question',
  'Meeting',
  'Activity',
  'Announcement',
  'Feedback',
  'FeedbackTheme',
] as const;
const labelSchema = z.enum(exportableLabels);
const nodeRefSchema = z.strictObject({ label: labelSchema, id: z.string().min(1) });

export const graphExportSchema = z
  .strictObject({
    format: z.literal('partner-graph-export/1'),
    exportedAt: z.string(),
    nodes: z.array(z.strictObject({ labels: z.array(labelSchema).min(1), properties: z.record(z.string(), taggedValue) })),
    relationships: z.array(
      z.strictObject({
        type: z.string().regex(/^[A-Z][A-Z_]*$/, 'a relationship type in capitals'),
        from: nodeRefSchema,
        to: nodeRefSchema,
        properties: z.record(z.string(), taggedValue),
      }),
    ),
  })
  .meta({ id: 'GraphExport', description: 'The community graph (not accounts, sessions or the audit log), with our own ids' });

export const graphImportReportSchema = z.object({ nodes: z.number().int(), relationships: z.number().int() }).meta({ id: 'GraphImportReport' });

export type ImportReport = z.infer<typeof importReportSchema>;
export type GraphExport = z.infer<typeof graphExportSchema>;
export type TaggedValue = z.infer<typeof taggedValue>;

/** The Import and export endpoints: one description each, served by the server and called by the client. */
export const importExportEndpoints = endpoints('Import and export', {
  importPartners: {
    method: 'post',
    bodyLimit: '50mb',
    path: '/admin/import/partners',
    summary:
      'Import partners from CSV (id,name,company,tier,managed,city,area,email,phone,website,joinedAt,openToIntroductions,latitude,longitude,offers,seeks): created or updated by id',
    body: csvImportSchema,
    response: importReportSchema,
  },
  importTies: {
    method: 'post',
    bodyLimit: '50mb',
    path: '/admin/import/ties',
    summary: 'Import ties from CSV (from,to,strength,since)',
    body: csvImportSchema,
    response: importReportSchema,
  },
  importAttendance: {
    method: 'post',
    bodyLimit: '50mb',
    path: '/admin/import/attendance',
    summary: 'Import meeting attendance from CSV (meeting,partner): attendees MET_AT the meeting',
    body: csvImportSchema,
    response: importReportSchema,
  },
  exportGraph: {
    method: 'get',
    path: '/admin/export',
    summary: 'The whole community graph as JSON, which imports back into an empty database unchanged',
    response: graphExportSchema,
  },
  importGraph: {
    method: 'post',
    bodyLimit: '50mb',
    path: '/admin/import/graph',
    status: 201,
    errors: [409],
    summary: 'Import an exported graph into an empty database',
    body: graphExportSchema,
    response: graphImportReportSchema,
  },
});
