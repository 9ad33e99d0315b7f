import { useMemo, useState, type ReactNode } from 'react';
import { toCsv } from '../lib/csv';
import { download } from '../lib/download';

export interface Column<T> {
  key: string;
  label: string;
  /** The value sorted on and written to CSV. */
  value(row: T): string | number | null;
  /** How the cell looks, when not just the value (a link into the explorer, say). */
  render?(row: T): ReactNode;
  numeric?: boolean;
}

interface Props<T> {
  caption: string;
  rows: T[];
  columns: Column<T>[];
  /** File name of the CSV export, without extension. */
  exportName: string;
  rowKey(row: T): string;
  highlight?(row: T): boolean;
  empty?: string;
}

/** A table sortable by any column (click or Enter on its header) with a CSV export of its rows. */
export function DataTable<T>({ caption, rows, columns, exportName, rowKey, highlight, empty = 'Nothing to show.' }: Props<T>) {
  const [sort, setSort] = useState<{ key: string; descending: boolean } | null>(null);
  const sorted = useMemo(() => {
    const column = columns.find((candidate) => candidate.key === sort?.key);
    if (!column || !sort) return rows;
    const direction = sort.descending ? -1 : 1;
    return [...rows].sort((a, b) => {
      const [x, y] = [column.value(a), column.value(b)];
      if (x === y) return 0;
      if (x === null) return 1;
      if (y === null) return -1;
      return (typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y))) * direction;
    });
  }, [rows, columns, sort]);

  const exportCsv = () => {
    const csv = toCsv({ fields: columns.map((column) => column.label), data: sorted.map((row) => columns.map((column) => column.value(row) ?? '')) });
    download(new Blob([csv], { type: 'text/csv' }), `${exportName}.csv`);
  };

  const toggle = (key: string) => setSort((current) => (current?.key === key ? { key, descending: !current.descending } : { key, descending: true }));

  return (
    <div className="data-table">
      <div className="data-table-bar">
        <span className="muted">
          {rows.length} row{rows.length === 1 ? '' : 's'}
        </span>
        <button type="button" className="link" onClick={exportCsv} disabled={rows.length === 0}>
          Export CSV
        </button>
      </div>
      {rows.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <div className="table-wrap">
          <table className="partner-table">
            <caption className="visually-hidden">{caption}</caption>
            <thead>
              <tr>
                {columns.map((column) => (
                  <th
                    key={column.key}
                    aria-sort={sort?.key === column.key ? (sort.descending ? 'descending' : 'ascending') : 'none'}
                    className={column.numeric ? 'numeric' : undefined}
                  >
                    <button type="button" className="sort" onClick={() => toggle(column.key)}>
                      {column.label}
                      {sort?.key === column.key ? (sort.descending ? ' ▼' : ' ▲') : ''}
                    </button>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {sorted.map((row) => (
                <tr key={rowKey(row)} className={highlight?.(row) ? 'highlight' : undefined}>
                  {columns.map((column) => (
                    <td key={column.key} className={column.numeric ? 'numeric' : undefined}>
                      {column.render ? column.render(row) : (column.value(row) ?? '—')}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
