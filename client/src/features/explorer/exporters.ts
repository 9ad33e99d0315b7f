import Papa from 'papaparse';
import type { GraphNode } from '@contracts/graph';

/** Hands a file to the browser's downloads. */
export function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The partners in view as CSV, one row each, PALs and tiers spelled out. */
export function partnersCsv(nodes: GraphNode[]): string {
  const rows = nodes.flatMap((node) =>
    node.data.kind === 'partner'
      ? [{
          id: node.data.id,
          name: node.data.label,
          company: node.data.company,
          tier: node.data.tier,
          managed: node.data.managed ? 'yes' : 'no',
          pal: node.data.isPal ? 'yes' : 'no',
          area: node.data.areaName ?? '',
          hops: node.data.distance,
          ties: node.data.degree,
        }]
      : [],
  );
  return Papa.unparse(rows, { columns: ['id', 'name', 'company', 'tier', 'managed', 'pal', 'area', 'hops', 'ties'] });
}

export const exportName = (center: string, extension: string) => `partner-graph-${center}-${new Date().toISOString().slice(0, 10)}.${extension}`;
