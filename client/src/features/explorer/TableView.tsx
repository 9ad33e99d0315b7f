import type { GraphNode } from '@contracts/graph';

interface Props {
  nodes: GraphNode[];
  selectedId: string | null;
  onSelect(id: string): void;
  onFocus(id: string): void;
  onExpand(id: string): void;
}

/** The partners in view as a table: the canvas's accessible, keyboard-friendly twin. */
export function TableView({ nodes, selectedId, onSelect, onFocus, onExpand }: Props) {
  const partners = nodes
    .flatMap((node) => (node.data.kind === 'partner' ? [node.data] : []))
    .sort((a, b) => a.distance - b.distance || a.label.localeCompare(b.label));
  return (
    <div className="table-wrap">
      <table className="partner-table">
        <caption className="visually-hidden">Partners in view</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Company</th>
            <th scope="col">Tier</th>
            <th scope="col">Area</th>
            <th scope="col">Managed</th>
            <th scope="col">Hops</th>
            <th scope="col">Ties</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {partners.map((partner) => (
            <tr key={partner.id} aria-selected={partner.id === selectedId} className={partner.id === selectedId ? 'selected' : undefined}>
              <th scope="row">
                <button type="button" className="link" onClick={() => onSelect(partner.id)}>
                  {partner.label}
                </button>
                {partner.isPal && <span className="badge badge-pal">PAL</span>}
              </th>
              <td>{partner.company}</td>
              <td>{partner.tier}</td>
              <td>{partner.areaName ?? '—'}</td>
              <td>{partner.managed ? 'yes' : 'no'}</td>
              <td>{partner.distance}</td>
              <td>{partner.degree}</td>
              <td className="row-actions">
                <button type="button" onClick={() => onFocus(partner.id)} aria-label={`Focus ${partner.label}`}>
                  Focus
                </button>
                <button type="button" onClick={() => onExpand(partner.id)} aria-label={`Expand ${partner.label}`}>
                  Expand
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
