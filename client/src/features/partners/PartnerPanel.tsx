import type { Partner } from '@contracts/partners';
import type { Neighborhood } from '@contracts/graph';

interface Props {
  partner: Partner | null;
  neighborhood: Neighborhood;
  onFocus(id: string): void;
}

/** The focused partner's profile, and the partners in view as a list (the canvas's accessible twin). */
export function PartnerPanel({ partner, neighborhood, onFocus }: Props) {
  const others = neighborhood.elements.nodes.filter((node) => node.data.id !== neighborhood.center);
  return (
    <aside className="panel" aria-label="Focused partner">
      {partner ? (
        <section>
          <h2>
            {partner.name} {partner.isPal && <span className="badge badge-pal">PAL</span>}
          </h2>
          <p className="muted">
            {partner.company} · {partner.city} · {partner.area?.name ?? 'no area'}
          </p>
          <dl className="facts">
            <dt>Tier</dt>
            <dd>{partner.tier}</dd>
            <dt>Account manager</dt>
            <dd>{partner.managed ? 'Managed' : 'None (unmanaged)'}</dd>
            {partner.leads && (
              <>
                <dt>Leads</dt>
                <dd>{partner.leads.name}</dd>
              </>
            )}
            <dt>Offers</dt>
            <dd>{partner.offers.map((s) => s.name).join(', ') || '—'}</dd>
            <dt>Seeks</dt>
            <dd>{partner.seeks.map((s) => s.name).join(', ') || '—'}</dd>
            <dt>Knows</dt>
            <dd>{partner.knowsCount} partners</dd>
          </dl>
        </section>
      ) : (
        <p className="muted">Loading profile…</p>
      )}
      <section>
        <h3>In view ({others.length})</h3>
        {others.length === 0 ? (
          <p className="muted">This partner has no ties yet: a PAL could introduce them to someone.</p>
        ) : (
          <ul className="neighbour-list">
            {others.map((node) => (
              <li key={node.data.id}>
                <button type="button" className="link" onClick={() => onFocus(node.data.id)}>
                  {node.data.label}
                </button>
                {node.data.isPal && <span className="badge badge-pal">PAL</span>}
                <span className="muted"> {node.data.company} · {node.data.distance} hop{node.data.distance === 1 ? '' : 's'}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </aside>
  );
}
