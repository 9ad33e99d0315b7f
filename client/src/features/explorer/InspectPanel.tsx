import type { Area, Specialty } from '@contracts/catalog';
import type { GraphEdge, GraphNode } from '@contracts/graph';
import { ErrorBanner } from '../../components/ErrorBanner';
import { isAdmin, isSelf, mayEditProfile, mayExplore } from '../../lib/permissions';
import { Link } from 'react-router';
import { useSession } from '../../lib/session';
import { AskQuestion, MyQuestions } from '../questions';
import { IntroductionItem, waitsForAnswerOf } from '../introductions';
import { KnowThem } from '../ties';
import { ActivityList } from '../../components/ActivityList';
import type { Selection } from './GraphCanvas';
import { partnerEndpoints } from '@contracts/partners';
import { useEndpoint } from '../../lib/queries';
import { introductionEndpoints } from '@contracts/introductions';
import { communityEndpoints } from '@contracts/community';

interface Props {
  selection: Selection | null;
  centerId: string;
  nodes: ReadonlyMap<string, GraphNode>;
  edges: ReadonlyMap<string, GraphEdge>;
  areas: Area[];
  specialties: Specialty[];
  expanded: boolean;
  onFocus(id: string): void;
  onExpand(id: string): void;
  onCollapse(id: string): void;
  onRemove(id: string): void;
  onFindPath(id: string): void;
}

/** What is selected: a partner's profile, a tie, an introduction or a specialty. */
export function InspectPanel(props: Props) {
  const { selection, nodes, edges } = props;
  const partnerId = selection?.kind === 'node' ? selection.id : props.centerId;
  const node = nodes.get(partnerId);
  if (selection?.kind === 'edge') {
    const edge = edges.get(selection.id);
    return edge ? <EdgeDetails edge={edge} nodes={nodes} /> : null;
  }
  if (node?.data.kind === 'specialty') return <SpecialtyDetails node={node} edges={edges} nodes={nodes} onFocus={props.onFocus} />;
  if (node && node.data.kind !== 'partner') return <CommunityDetails node={node} edges={edges} nodes={nodes} onFocus={props.onFocus} />;
  return <PartnerDetails {...props} partnerId={partnerId} />;
}

const nameOf = (nodes: ReadonlyMap<string, GraphNode>, id: string) => nodes.get(id)?.data.label ?? id;

function PartnerDetails({
  partnerId,
  centerId,
  edges,
  areas,
  specialties,
  expanded,
  onFocus,
  onExpand,
  onCollapse,
  onRemove,
  onFindPath,
}: Props & { partnerId: string }) {
  const { user } = useSession();
  // Partners see their own introductions and network; PALs and admins anyone's.
  const allowed = mayExplore(user, partnerId);
  const self = isSelf(user, partnerId);
  const profile = useEndpoint(partnerEndpoints.getPartner, { params: { id: partnerId } });
  const retry = () => void profile.refetch();
  const introductions = useEndpoint(introductionEndpoints.listIntroductions, allowed ? { query: { partner: partnerId, limit: 50 } } : null, {
    select: (page) => page.items,
  });
  if (profile.status === 'error') return <ErrorBanner error={profile.error} onRetry={retry} />;
  if (profile.status !== 'success')
    return (
      <p className="muted" role="status">
        Loading profile…
      </p>
    );
  const partner = profile.data;
  const areaPal = areas.find((area) => area.id === partner.area?.id)?.pal;
  const isCenter = partner.id === centerId;
  const mine = user.partner?.id ?? null;
  // Anyone with a partner may say they know someone they have no tie with yet.
  const tiedToMe = [...edges.values()].some(
    ({ data }) => data.kind === 'KNOWS' && ((data.source === mine && data.target === partner.id) || (data.target === mine && data.source === partner.id)),
  );
  return (
    <section aria-label="Selected partner">
      <h2>
        {partner.name} {partner.isPal && <span className="badge badge-pal">PAL</span>}
      </h2>
      <p className="muted">
        {partner.company} · {partner.city}
        {mayEditProfile(user, partner.id, areaPal?.id) && (
          <>
            {' · '}
            <Link to={`/partners/${encodeURIComponent(partner.id)}/edit`}>Edit profile</Link>
          </>
        )}
      </p>
      <div className="actions">
        {!isCenter && allowed && (
          <button type="button" onClick={() => onFocus(partner.id)}>
            Focus
          </button>
        )}
        {expanded ? (
          <button type="button" onClick={() => onCollapse(partner.id)}>
            Collapse
          </button>
        ) : (
          allowed && (
            <button type="button" onClick={() => onExpand(partner.id)}>
              Expand
            </button>
          )
        )}
        {!isCenter && (
          <button type="button" onClick={() => onRemove(partner.id)}>
            Remove from view
          </button>
        )}
        {!isCenter && (
          <button type="button" onClick={() => onFindPath(partner.id)}>
            Way in from the focused partner
          </button>
        )}
        {mine && !self && !tiedToMe && <KnowThem key={partner.id} partner={partner.id} name={partner.name} />}
      </div>
      <dl className="facts">
        <dt>Tier</dt>
        <dd>{partner.tier}</dd>
        <dt>Account manager</dt>
        <dd>{partner.managed ? 'Managed' : 'None (unmanaged)'}</dd>
        <dt>Area</dt>
        <dd>
          {partner.area?.name ?? '—'}
          {areaPal && areaPal.id !== partner.id && (
            <>
              {' '}
              · PAL{' '}
              <button type="button" className="link" onClick={() => onFocus(areaPal.id)}>
                {areaPal.name}
              </button>
            </>
          )}
        </dd>
        {partner.leads && (
          <>
            <dt>Leads</dt>
            <dd>{partner.leads.name}</dd>
          </>
        )}
        {partner.expertIn.length > 0 && (
          <>
            <dt>Expert in</dt>
            <dd>{partner.expertIn.map((s) => s.name).join(', ')}</dd>
          </>
        )}
        <dt>Offers</dt>
        <dd>{partner.offers.map((s) => s.name).join(', ') || '—'}</dd>
        <dt>Seeks</dt>
        <dd>{partner.seeks.map((s) => s.name).join(', ') || '—'}</dd>
        <dt>User groups</dt>
        <dd>{partner.groups.map((g) => g.name).join(', ') || '—'}</dd>
        <dt>Knows</dt>
        <dd>{partner.knowsCount} partners</dd>
        {partner.email && (
          <>
            <dt>Email</dt>
            <dd>
              <a href={`mailto:${partner.email}`}>{partner.email}</a>
            </dd>
          </>
        )}
        {partner.phone && (
          <>
            <dt>Phone</dt>
            <dd>{partner.phone}</dd>
          </>
        )}
        {partner.website && (
          <>
            <dt>Website</dt>
            <dd>
              <a href={partner.website} rel="noreferrer" target="_blank">
                {partner.website.replace(/^https?:\/\//, '')}
              </a>
            </dd>
          </>
        )}
        <dt>Open to introductions</dt>
        <dd>{partner.openToIntroductions ? 'Yes' : 'No'}</dd>
      </dl>
      {partner.isPal && <PalActivities palId={partner.id} />}
      {allowed && <h3>Introductions</h3>}
      {introductions.isLoading && <p className="muted">Loading…</p>}
      {introductions.status === 'success' &&
        (introductions.data.length === 0 ? (
          <p className="muted">None yet.</p>
        ) : (
          <ul className="plain-list">
            {introductions.data.map((introduction) => (
              <IntroductionItem
                key={introduction.id}
                introduction={introduction}
                partnerId={partner.id}
                waitsForMe={self && waitsForAnswerOf(introduction, partner.id)}
              />
            ))}
          </ul>
        ))}
      {(self || isAdmin(user)) && <AskQuestion key={partner.id} partnerId={partner.id} specialties={specialties} suggested={partner.seeks.map((s) => s.id)} />}
      {(self || isAdmin(user) || user.role === 'pal') && (
        <MyQuestions key={`q-${partner.id}`} partnerId={partner.id} title={self ? 'Your questions' : 'Questions asked'} />
      )}
    </section>
  );
}

/** What the details of a node in view are drawn from: the node, the view, and a way to focus a partner. */
interface NodeDetailsProps {
  node: GraphNode;
  nodes: ReadonlyMap<string, GraphNode>;
  edges: ReadonlyMap<string, GraphEdge>;
  onFocus(id: string): void;
}

const communityKinds = { group: 'User group', meeting: 'Meeting', activity: 'PAL activity' } as const;

/** A user group, meeting or activity: the partners in view it links. */
function CommunityDetails({ node, nodes, edges, onFocus }: NodeDetailsProps) {
  if (node.data.kind !== 'group' && node.data.kind !== 'meeting' && node.data.kind !== 'activity') return null;
  const linked = [...edges.values()].filter((edge) => edge.data.target === node.data.id).map((edge) => edge.data.source);
  return (
    <section aria-label={`Selected ${communityKinds[node.data.kind].toLowerCase()}`}>
      <h2>{node.data.label}</h2>
      <p className="muted">
        {communityKinds[node.data.kind]}
        {node.data.date ? ` · ${node.data.date}` : ''}
      </p>
      <h3>Partners in view</h3>
      <ul className="plain-list">
        {[...new Set(linked)].map((id) => (
          <li key={id}>
            <button type="button" className="link" onClick={() => onFocus(id)}>
              {nameOf(nodes, id)}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** A PAL's user group visits, webinars, posts and conferences. */
function PalActivities({ palId }: { palId: string }) {
  const activities = useEndpoint(communityEndpoints.listPalActivities, { params: { id: palId } }, { select: (page) => page.items });
  if (activities.status !== 'success') return null;
  return (
    <section aria-label="PAL activities">
      <h3>Activities</h3>
      {activities.data.length === 0 ? <p className="muted">None recorded yet.</p> : <ActivityList items={activities.data.slice(0, 8)} />}
    </section>
  );
}

function EdgeDetails({ edge, nodes }: { edge: GraphEdge; nodes: ReadonlyMap<string, GraphNode> }) {
  const { data } = edge;
  const ends = `${nameOf(nodes, data.source)} and ${nameOf(nodes, data.target)}`;
  if (data.kind === 'KNOWS') {
    return (
      <section aria-label="Selected tie">
        <h2>Tie</h2>
        <p>{ends} know each other.</p>
        <dl className="facts">
          <dt>Since</dt>
          <dd>{data.since ?? 'unknown'}</dd>
          <dt>Strength</dt>
          <dd>{data.strength} of 5</dd>
        </dl>
      </section>
    );
  }
  if (data.kind === 'INTRODUCTION') {
    return (
      <section aria-label="Selected introduction">
        <h2>Introduction</h2>
        <p>
          {nameOf(nodes, data.source)} introduced to {nameOf(nodes, data.target)}
          {data.introducer ? ` by ${data.introducer}` : ''}.
        </p>
        <dl className="facts">
          <dt>Status</dt>
          <dd>
            <span className={`status status-${data.status}`}>{data.status}</span>
          </dd>
          <dt>Why</dt>
          <dd>{data.reason}</dd>
          <dt>Proposed</dt>
          <dd>{data.proposedAt.slice(0, 10)}</dd>
        </dl>
      </section>
    );
  }
  return (
    <section aria-label="Selected link">
      <h2>{data.kind === 'OFFERS' ? 'Offers' : 'Seeks'}</h2>
      <p>
        {nameOf(nodes, data.source)} {data.kind === 'OFFERS' ? 'offers' : 'seeks'} {nameOf(nodes, data.target)}.
      </p>
    </section>
  );
}

function SpecialtyDetails({ node, nodes, edges, onFocus }: NodeDetailsProps) {
  const links = [...edges.values()].filter((edge) => edge.data.target === node.data.id);
  const list = (kind: 'OFFERS' | 'SEEKS') => links.filter((edge) => edge.data.kind === kind).map((edge) => edge.data.source);
  return (
    <section aria-label="Selected specialty">
      <h2>{node.data.label}</h2>
      {(['OFFERS', 'SEEKS'] as const).map((kind) => (
        <div key={kind}>
          <h3>{kind === 'OFFERS' ? 'Offered' : 'Sought'} by, in view</h3>
          <ul className="plain-list">
            {list(kind).map((id) => (
              <li key={id}>
                <button type="button" className="link" onClick={() => onFocus(id)}>
                  {nameOf(nodes, id)}
                </button>
              </li>
            ))}
            {list(kind).length === 0 && <li className="muted">Nobody in view</li>}
          </ul>
        </div>
      ))}
    </section>
  );
}
