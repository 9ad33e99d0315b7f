import type { GraphNode } from '@contracts/graph';
import { toCsv } from '../../lib/csv';

/** The partners in view as CSV, one row each, PALs and tiers spelled out. */
export function partnersCsv(nodes: GraphNode[]): string {
  const rows = nodes.flatMap((node) =>
    node.data.kind === 'partner'
      ? [
          {
            id: node.data.id,
            name: node.data.label,
            company: node.data.company,
            tier: node.data.tier,
            managed: node.data.managed ? 'yes' : 'no',
            pal: node.data.isPal ? 'yes' : 'no',
            area: node.data.areaName ?? '',
            hops: node.data.distance,
            ties: node.data.degree,
          },
        ]
      : [],
  );
  return toCsv(rows, ['id', 'name', 'company', 'tier', 'managed', 'pal', 'area', 'hops', 'ties']);
}

export const exportName = (center: string, extension: string) => `partner-graph-${center}-${new Date().toISOString().slice(0, 10)}.${extension}`;
