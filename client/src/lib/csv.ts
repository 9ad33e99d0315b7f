import Papa from 'papaparse';

/**
 * CSV as the app writes it, everywhere: a cell that a spreadsheet would run as a formula (one
 * starting with =, +, -, @, a tab or a carriage return — a partner named `=HYPERLINK(…)`, say) is
 * written with a leading apostrophe, so opening an export never runs what someone typed.
 */
export function toCsv(data: Papa.UnparseObject<unknown> | object[], columns?: string[]): string {
  return Papa.unparse(data as never, { escapeFormulae: true, ...(columns ? { columns } : {}) });
}
