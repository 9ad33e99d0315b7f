import type { CatalogService } from '../catalog/service';
import type { GraphExport, ImportReport } from '../contracts/import-export';
import { AppError, conflict } from '../errors';
import type { PartnerRecord } from '../network/records';
import { attendanceRowSchema, parseCsv, partnerRowSchema, tieRowSchema, type ParsedRow, type Refusal } from './csv';
import type { ImportExportRepository } from './repository';

const report = (rows: number, accepted: number, refused: Refusal[]): ImportReport => ({ rows, accepted, refused: refused.sort((a, b) => a.line - b.line) });

/**
 * Admins' imports and exports. CSV imports check every row first, refuse the bad ones with their
 * line and field, and write the good ones in one transaction (so nothing is half-written). The JSON
 * export is the whole community graph, and imports back into an empty database unchanged.
 */
export function importExportService(transfer: ImportExportRepository, catalog: CatalogService) {
  return {
    async exportGraph(now = new Date()): Promise<GraphExport> {
      return { format: 'partner-graph-export/1', exportedAt: now.toISOString(), ...(await transfer.exportGraph()) };
    },

    async importGraph(graph: GraphExport): Promise<{ nodes: number; relationships: number }> {
      if (!(await transfer.isEmpty())) throw conflict('not_empty', 'The database already holds a community: import a graph only into an empty one', 'nodes');
      const ids = new Set(graph.nodes.map((node) => `${node.labels.find((label) => label !== 'PAL') ?? node.labels[0]}:${String(node.properties.id)}`));
      const dangling = graph.relationships.findIndex((r) => !ids.has(`${r.from.label}:${r.from.id}`) || !ids.has(`${r.to.label}:${r.to.id}`));
      if (dangling >= 0)
        throw new AppError(400, 'invalid_input', `relationships.${dangling}: names a node the file does not hold`, `relationships.${dangling}`);
      await transfer.importGraph(graph);
      return { nodes: graph.nodes.length, relationships: graph.relationships.length };
    },

    async importPartners(csv: string): Promise<ImportReport> {
      const { rows, refused } = parseCsv(csv, partnerRowSchema);
      const [areas, specialties] = await Promise.all([catalog.areas(), catalog.specialties()]);
      const areaIds = new Set(areas.map((area) => area.id));
      const specialtyIds = new Set(specialties.map((specialty) => specialty.id));
      const seen = new Set<string>();
      const good: PartnerRecord[] = [];
      for (const { line, value } of rows) {
        const unknownSpecialty = [...value.offers.map((id) => ['offers', id]), ...value.seeks.map((id) => ['seeks', id])].find(
          ([, id]) => !specialtyIds.has(id!),
        );
        if (seen.has(value.id)) refused.push({ line, field: 'id', message: `${value.id} appears twice in the file` });
        else if (!areaIds.has(value.area)) refused.push({ line, field: 'area', message: `No area with id "${value.area}"` });
        else if (unknownSpecialty) refused.push({ line, field: unknownSpecialty[0]!, message: `No specialty with id "${unknownSpecialty[1]}"` });
        else {
          seen.add(value.id);
          const { latitude, longitude, joinedAt, ...fields } = value;
          // The seed's writer takes a null location as "unknown".
          const location = latitude !== null && longitude !== null ? { latitude, longitude } : null;
          good.push({ ...fields, location, joinedAt: joinedAt ?? new Date().toISOString().slice(0, 10) } as unknown as PartnerRecord);
        }
      }
      await transfer.write({ partners: good });
      return report(countLines(rows, refused), good.length, refused);
    },

    async importTies(csv: string): Promise<ImportReport> {
      const { rows, refused } = parseCsv(csv, tieRowSchema);
      const { partners } = await transfer.existing([...new Set(rows.flatMap(({ value }) => [value.from, value.to]))], []);
      const good = rows.filter(({ line, value }) => {
        const missing = (['from', 'to'] as const).find((field) => !partners.has(value[field]));
        if (missing) refused.push({ line, field: missing, message: `No partner with id "${value[missing]}"` });
        return !missing;
      });
      await transfer.write({
        ties: good.map(({ value }) => ({ a: value.from, b: value.to, strength: value.strength, since: value.since ?? new Date().toISOString().slice(0, 10) })),
      });
      return report(countLines(rows, refused), good.length, refused);
    },

    async importAttendance(csv: string): Promise<ImportReport> {
      const { rows, refused } = parseCsv(csv, attendanceRowSchema);
      const existing = await transfer.existing([...new Set(rows.map(({ value }) => value.partner))], [...new Set(rows.map(({ value }) => value.meeting))]);
      const good = rows.filter(({ line, value }) => {
        if (!existing.meetings.has(value.meeting)) refused.push({ line, field: 'meeting', message: `No meeting with id "${value.meeting}"` });
        else if (!existing.partners.has(value.partner)) refused.push({ line, field: 'partner', message: `No partner with id "${value.partner}"` });
        else return true;
        return false;
      });
      const byMeeting = new Map<string, string[]>();
      for (const { value } of good) {
        const partners = byMeeting.get(value.meeting);
        if (partners) partners.push(value.partner);
        else byMeeting.set(value.meeting, [value.partner]);
      }
      await transfer.write({ attendance: [...byMeeting].map(([meeting, partners]) => ({ meeting, partners })) });
      return report(countLines(rows, refused), good.length, refused);
    },
  };
}

/** Data rows in the file: those parsed plus those refused before parsing. */
function countLines(rows: ParsedRow<unknown>[], refused: Refusal[]): number {
  return new Set([...rows.map((row) => row.line), ...refused.map((refusal) => refusal.line)]).size;
}

export type ImportExportService = ReturnType<typeof importExportService>;
