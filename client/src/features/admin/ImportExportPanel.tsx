import { useState } from 'react';
import type { ImportReport } from '@contracts/import-export';
import { download } from '../../lib/download';
import { importExportEndpoints } from '@contracts/import-export';
import { call } from '../../lib/api';
import { useWrite } from '../../lib/queries';
import { useChange } from '../../lib/useChange';

type CsvKind = 'partners' | 'ties' | 'attendance';
const importOf = { partners: importExportEndpoints.importPartners, ties: importExportEndpoints.importTies, attendance: importExportEndpoints.importAttendance };
/** What an import may change: every list of partners, ties, groups and meetings. */
const IMPORTED = ['Partners', 'Ties', 'Graph', 'Community', 'Catalog', 'Matches'];

const columns: Record<CsvKind, string> = {
  partners:
    'id,name,company,tier,managed,city,area,email,phone,website,joinedAt,openToIntroductions,latitude,longitude,offers,seeks (offers and seeks: specialty ids separated by ;)',
  ties: 'from,to,strength,since',
  attendance: 'meeting,partner',
};

/** CSV imports with a report of the rows refused, and the whole graph as JSON. */
export function ImportExportPanel() {
  const write = useWrite();
  const [report, setReport] = useState<{ kind: CsvKind; report: ImportReport } | null>(null);
  const { run, pending: busy, error } = useChange();

  const upload = async (kind: CsvKind, file: File | undefined) => {
    if (!file) return;
    const result = await run(async () => write(importOf[kind], { body: { csv: await file.text() } }, IMPORTED));
    if (result.ok) setReport({ kind, report: result.value });
  };
  const exportAll = async () => {
    // A download, not state a page shows: it goes around the cache.
    const graph = await call(importExportEndpoints.exportGraph, {});
    download(new Blob([JSON.stringify(graph, null, 2)], { type: 'application/json' }), `partner-graph-${graph.exportedAt.slice(0, 10)}.json`);
  };

  return (
    <section aria-labelledby="transfer-title">
      <h3 id="transfer-title">Import and export</h3>
      <div className="inline-form">
        {(Object.keys(columns) as CsvKind[]).map((kind) => (
          <label key={kind} title={columns[kind]}>
            Import {kind} (CSV)
            <input type="file" accept=".csv,text/csv" disabled={busy} onChange={(event) => void upload(kind, event.target.files?.[0])} />
          </label>
        ))}
        <button type="button" onClick={() => void exportAll()}>
          Export the graph (JSON)
        </button>
      </div>
      <p className="muted">
        Columns —{' '}
        {Object.entries(columns)
          .map(([kind, list]) => `${kind}: ${list}`)
          .join(' · ')}
      </p>
      {error && (
        <p className="banner banner-error" role="alert">
          {error}
        </p>
      )}
      {report && (
        <div className="banner" role="status">
          <span>
            {report.kind}: {report.report.accepted} of {report.report.rows} rows imported
            {report.report.refused.length ? `; ${report.report.refused.length} refused:` : '.'}
          </span>
          {report.report.refused.length > 0 && (
            <ul className="plain-list">
              {report.report.refused.map((refusal) => (
                <li key={refusal.line}>
                  line {refusal.line}
                  {refusal.field ? `, ${refusal.field}` : ''}: {refusal.message}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
