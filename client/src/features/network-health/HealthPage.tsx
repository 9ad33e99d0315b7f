import { useMemo, useState, type ReactNode } from 'react';
import { collaboratingShare, percent } from '../../lib/health-figures';
import { formatDateTime } from '../../lib/dates';
import type { NetworkHealth, PartnerRef } from '@contracts/network-health';
import { BarChart } from '../../components/BarChart';
import { DataTable, type Column } from '../../components/DataTable';
import { ErrorBanner } from '../../components/ErrorBanner';
import { AreaMap } from './AreaMap';
import { networkHealthEndpoints } from '@contracts/network-health';
import { useEndpoint, useWrite } from '../../lib/queries';
import { explorerHref } from '../../lib/explorer-url';

const POLL_MS = 1500;
const since = (iso: string) => {
  const minutes = Math.round((Date.now() - Date.parse(iso)) / 60_000);
  return minutes < 1 ? 'just now' : minutes < 60 ? `${minutes} min ago` : `${Math.round(minutes / 60)} h ago`;
};

type Open = (href: string) => void;

/** Links into the explorer, focused on what was clicked. */
const explorerLinks = (open: Open) => ({
  partner: (ref: { id: string; name: string }, extra: Parameters<typeof explorerHref>[0] = {}) => (
    <a
      href={explorerHref({ partner: ref.id, ...extra })}
      onClick={(event) => {
        event.preventDefault();
        open(explorerHref({ partner: ref.id, ...extra }));
      }}
    >
      {ref.name}
    </a>
  ),
});

/** Admins' view of the whole network: computed in the background, served from cache, refreshable. */
export function HealthPage({ onOpen }: { onOpen: Open }) {
  const write = useWrite();
  // Polls while the report is being computed, and stops when it is there.
  const current = useEndpoint(
    networkHealthEndpoints.getNetworkHealth,
    {},
    {
      refetchInterval: (report) => (report && (report.state === 'computing' || report.refreshing) ? POLL_MS : false),
    },
  );
  const [refreshError, setRefreshError] = useState<unknown>(null);
  const status = current.data ?? null;
  const error = refreshError ?? current.error;

  const refresh = async () => {
    setRefreshError(null);
    // The refresh answers with the report's new state; the write invalidates the read, which polls.
    await write(networkHealthEndpoints.refreshNetworkHealth, {}).catch(setRefreshError);
  };

  return (
    <section className="page health-page" aria-labelledby="health-title">
      <div className="page-head">
        <h2 id="health-title">Network health</h2>
        {status?.report && (
          <p className="freshness" role="status">
            Computed {since(status.report.computedAt)} ({formatDateTime(status.report.computedAt)}) in {(status.report.durationMs / 1000).toFixed(1)} s
            {status.stale && <span className="badge badge-stale">changed since</span>}
            {status.refreshing && <span className="muted"> · refreshing…</span>}
          </p>
        )}
        <button type="button" onClick={() => void refresh()} disabled={!status || status.refreshing}>
          Refresh
        </button>
      </div>
      {error && <ErrorBanner error={error} onRetry={() => void current.refetch()} />}
      {!status && !error && (
        <p className="status" role="status">
          Loading…
        </p>
      )}
      {status?.state === 'computing' && (
        <p className="status" role="status">
          Computing the network’s health for the first time; this page fills in when it is ready.
        </p>
      )}
      {status?.state === 'failed' && (
        <p className="banner banner-error" role="alert">
          {status.error}
        </p>
      )}
      {status?.report && <Report report={status.report} open={onOpen} />}
    </section>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = `health-${title.toLowerCase().replace(/[^a-z]+/g, '-')}`;
  return (
    <section className="health-section" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {children}
    </section>
  );
}

function Figure({ label, value, note }: { label: string; value: string | number; note?: string }) {
  return (
    <div className="figure">
      <span className="figure-value">{value}</span>
      <span className="figure-label">{label}</span>
      {note && <span className="muted">{note}</span>}
    </div>
  );
}

const partnerColumns = <T extends PartnerRef>(link: ReturnType<typeof explorerLinks>): Column<T>[] => [
  { key: 'name', label: 'Partner', value: (row) => row.name, render: (row) => link.partner(row) },
  { key: 'company', label: 'Company', value: (row) => row.company },
  { key: 'area', label: 'Area', value: (row) => row.area?.name ?? null },
  { key: 'tier', label: 'Tier', value: (row) => row.tier },
  { key: 'managed', label: 'Account manager', value: (row) => (row.managed ? 'managed' : 'unmanaged') },
];

interface Outcomes {
  proposed: number;
  open: number;
  collaborating: number;
  declined: number;
  lapsed: number;
  conversion: number | null;
}

/** How a set of introductions turned out: the same columns per PAL and per area. */
const outcomeColumns = <T extends Outcomes>(): Column<T>[] => [
  { key: 'proposed', label: 'Proposed', value: (row) => row.proposed, numeric: true },
  { key: 'open', label: 'Open', value: (row) => row.open, numeric: true },
  { key: 'collaborating', label: 'Collaborating', value: (row) => row.collaborating, numeric: true },
  { key: 'declined', label: 'Declined', value: (row) => row.declined, numeric: true },
  { key: 'lapsed', label: 'Lapsed', value: (row) => row.lapsed, numeric: true },
  { key: 'conversion', label: 'Conversion', value: (row) => row.conversion, render: (row) => percent(row.conversion), numeric: true },
];

/** What every report section is given: the report, links into the explorer, and a way to open one. */
interface SectionProps {
  report: NetworkHealth;
  link: ReturnType<typeof explorerLinks>;
  open: Open;
}

function Report({ report, open }: { report: NetworkHealth; open: Open }) {
  const link = useMemo(() => explorerLinks(open), [open]);
  const { size, coverage, structure, introductions, engagement } = report;

  return (
    <div className="health-report">
      <div className="figures">
        <Figure label="partners" value={size.partners} note={`${size.managed.unmanaged} unmanaged`} />
        <Figure label="PALs" value={size.pals} />
        <Figure label="ties" value={size.ties} />
        <Figure
          label="within two hops of their PAL"
          value={percent(coverage.overall.shareWithinTwoOfAreaPal)}
          note={`unmanaged: ${percent(coverage.unmanaged.shareWithinTwoOfAreaPal)}`}
        />
        <Figure label="unserved" value={coverage.unserved.total} note="no PAL within two hops" />
        <Figure label="isolated" value={structure.isolated.total} />
        <Figure label="introductions → collaborating" value={percent(collaboratingShare(introductions))} />
        <Figure label={`active in ${engagement.windowDays} days`} value={engagement.active} note={`${engagement.dormant} dormant`} />
      </div>

      <CoverageSection report={report} link={link} open={open} />
      <StructureSection report={report} link={link} open={open} />
      <IntroductionsSection report={report} link={link} open={open} />
      <PalsSection report={report} link={link} open={open} />
      <SupplyDemandSection report={report} link={link} open={open} />
      <FeedbackSection report={report} link={link} open={open} />
      <SizeAndEngagementSection report={report} link={link} open={open} />
    </div>
  );
}

function CoverageSection({ report, link, open }: SectionProps) {
  const { coverage } = report;
  const areaLink = (area: { id: string; name: string }, palId: string | null | undefined) =>
    palId ? link.partner({ id: palId, name: area.name }, { depth: 2, filters: { area: area.id } }) : area.name;
  return (
    <Section title="Coverage">
      <div className="two-columns">
        <AreaMap areas={coverage.byArea} onOpen={(area) => open(explorerHref({ partner: area.pal?.id ?? null, depth: 2, filters: { area: area.area.id } }))} />
        <DataTable
          caption="Coverage by area"
          exportName="coverage-by-area"
          rows={coverage.byArea}
          rowKey={(row) => row.area.id}
          columns={[
            { key: 'area', label: 'Area', value: (row) => row.area.name, render: (row) => areaLink(row.area, row.pal?.id) },
            { key: 'pal', label: 'PAL', value: (row) => row.pal?.name ?? null, render: (row) => (row.pal ? link.partner(row.pal, { tab: 'desk' }) : 'none') },
            { key: 'partners', label: 'Partners', value: (row) => row.partners, numeric: true },
            { key: 'one', label: '≤ 1 hop', value: (row) => row.withinOneOfAreaPal, numeric: true },
            { key: 'two', label: '≤ 2 hops', value: (row) => row.withinTwoOfAreaPal, numeric: true },
            {
              key: 'share',
              label: 'Covered',
              value: (row) => row.shareWithinTwoOfAreaPal,
              render: (row) => percent(row.shareWithinTwoOfAreaPal),
              numeric: true,
            },
            {
              key: 'any',
              label: 'Any PAL ≤ 2',
              value: (row) => row.shareWithinTwoOfAnyPal,
              render: (row) => percent(row.shareWithinTwoOfAnyPal),
              numeric: true,
            },
          ]}
        />
      </div>
      <h4>Unserved partners ({coverage.unserved.total}), easiest to reach first</h4>
      <DataTable
        caption="Unserved partners"
        exportName="unserved-partners"
        rows={coverage.unserved.items}
        rowKey={(row) => row.id}
        empty="Every partner has a PAL within two hops."
        columns={[
          ...partnerColumns<(typeof coverage.unserved.items)[number]>(link),
          { key: 'hops', label: 'Hops to a PAL', value: (row) => row.hopsToPal, render: (row) => row.hopsToPal ?? 'unreachable', numeric: true },
          {
            key: 'nearest',
            label: 'Nearest PAL',
            value: (row) => row.nearestPal?.name ?? null,
            render: (row) => (row.nearestPal ? link.partner(row.nearestPal, { pathTo: row.id }) : '—'),
          },
          { key: 'ties', label: 'Ties', value: (row) => row.ties, numeric: true },
        ]}
      />
    </Section>
  );
}

function StructureSection({ report, link }: SectionProps) {
  const { size, structure } = report;
  return (
    <Section title="Structure">
      <div className="figures">
        <Figure label="components" value={structure.components.count} note={`largest ${structure.components.largest}`} />
        <Figure label="average clustering" value={structure.averageClustering.toFixed(3)} />
        <Figure label="mean ties" value={structure.degree.mean} note={`most ${structure.degree.max}`} />
        <Figure label="communities" value={structure.communities.count} note={`modularity ${structure.communities.modularity}`} />
      </div>
      <div className="two-columns">
        <BarChart
          title="Partners by number of ties (log bins)"
          labels={structure.degree.bins.map((bin) => (bin.from === bin.to ? String(bin.from) : `${bin.from}–${bin.to}`))}
          series={[{ label: 'partners', values: structure.degree.bins.map((bin) => bin.partners), colour: '#0072b2' }]}
        />
        <BarChart
          title="Joins per month"
          kind="line"
          labels={size.joinsPerMonth.map((entry) => entry.month)}
          series={[{ label: 'joins', values: size.joinsPerMonth.map((entry) => entry.joins), colour: '#009e73' }]}
        />
      </div>
      <h4>
        Brokers: whose removal would split the network most (
        {structure.brokers.method === 'exact' ? 'exact betweenness' : `betweenness sampled from ${structure.brokers.sources} partners`})
      </h4>
      <DataTable
        caption="Brokers"
        exportName="brokers"
        rows={structure.brokers.items}
        rowKey={(row) => row.id}
        columns={[
          ...partnerColumns<(typeof structure.brokers.items)[number]>(link),
          { key: 'betweenness', label: 'Betweenness', value: (row) => row.betweenness, render: (row) => row.betweenness.toFixed(4), numeric: true },
          { key: 'ties', label: 'Ties', value: (row) => row.ties, numeric: true },
        ]}
      />
      <h4>Communities (Louvain)</h4>
      <DataTable
        caption="Communities"
        exportName="communities"
        rows={structure.communities.items}
        rowKey={(row) => row.id}
        columns={[
          { key: 'hub', label: 'Best-connected partner', value: (row) => row.hub.name, render: (row) => link.partner(row.hub, { depth: 2 }) },
          { key: 'size', label: 'Partners', value: (row) => row.size, numeric: true },
          { key: 'area', label: 'Mostly in', value: (row) => row.dominantArea?.name ?? null },
          { key: 'share', label: 'Share', value: (row) => row.dominantAreaShare, render: (row) => percent(row.dominantAreaShare), numeric: true },
          { key: 'specialties', label: 'Top specialties', value: (row) => row.topSpecialties.map((s) => s.name).join(', ') },
        ]}
      />
      <h4>Isolated partners ({structure.isolated.total})</h4>
      <DataTable
        caption="Isolated partners"
        exportName="isolated-partners"
        rows={structure.isolated.items}
        rowKey={(row) => row.id}
        columns={partnerColumns(link)}
        empty="No partner is isolated."
      />
    </Section>
  );
}

function IntroductionsSection({ report, link }: SectionProps) {
  const { introductions } = report;
  return (
    <Section title="Introductions">
      <div className="two-columns">
        <BarChart
          title="From proposed to collaborating"
          labels={introductions.funnel.map((step) => `${step.stage}${step.conversion === null ? '' : ` (${percent(step.conversion)})`}`)}
          series={[{ label: 'introductions', values: introductions.funnel.map((step) => step.reached), colour: '#56b4e9' }]}
        />
        <dl className="facts">
          <dt>Median days proposed → made</dt>
          <dd>{introductions.medianDays.proposedToMade ?? '—'}</dd>
          <dt>Made → accepted</dt>
          <dd>{introductions.medianDays.madeToAccepted ?? '—'}</dd>
          <dt>Accepted → collaborating</dt>
          <dd>{introductions.medianDays.acceptedToCollaborating ?? '—'}</dd>
          <dt>Waiting over {introductions.staleAfterDays} days</dt>
          <dd>{introductions.stale.total}</dd>
        </dl>
      </div>
      <h4>By PAL</h4>
      <DataTable
        caption="Introductions by PAL"
        exportName="introductions-by-pal"
        rows={introductions.byPal}
        rowKey={(row) => row.pal.id}
        columns={[
          { key: 'pal', label: 'PAL', value: (row) => row.pal.name, render: (row) => link.partner(row.pal, { tab: 'desk' }) },
          ...outcomeColumns<(typeof introductions.byPal)[number]>(),
        ]}
      />
      <h4>By area</h4>
      <DataTable
        caption="Introductions by area"
        exportName="introductions-by-area"
        rows={introductions.byArea}
        rowKey={(row) => row.area.id}
        columns={[{ key: 'area', label: 'Area', value: (row) => row.area.name }, ...outcomeColumns<(typeof introductions.byArea)[number]>()]}
      />
      <h4>Stale</h4>
      <DataTable
        caption="Stale introductions"
        exportName="stale-introductions"
        rows={introductions.stale.items}
        rowKey={(row) => row.id}
        empty="No introduction is waiting too long."
        columns={[
          { key: 'from', label: 'From', value: (row) => row.from.name, render: (row) => link.partner(row.from) },
          { key: 'to', label: 'To', value: (row) => row.to.name, render: (row) => link.partner(row.to) },
          { key: 'introducer', label: 'Introducer', value: (row) => row.introducer?.name ?? null },
          { key: 'status', label: 'Status', value: (row) => row.status },
          { key: 'waiting', label: 'Days waiting', value: (row) => row.waitingDays, numeric: true },
        ]}
      />
    </Section>
  );
}

function PalsSection({ report, link }: SectionProps) {
  const { pals } = report;
  return (
    <Section title="PALs">
      <p className="muted">Of the questions PALs forwarded, {percent(pals.forwardedToExpertShare)} went to a PAL expert in their specialty.</p>
      <DataTable
        caption="PAL load"
        exportName="pal-load"
        rows={pals.items}
        rowKey={(row) => row.pal.id}
        columns={[
          { key: 'pal', label: 'PAL', value: (row) => row.pal.name, render: (row) => link.partner(row.pal, { tab: 'desk' }) },
          { key: 'area', label: 'Area', value: (row) => row.area?.name ?? null },
          { key: 'partners', label: 'Partners', value: (row) => row.partners, numeric: true },
          { key: 'open', label: 'Open questions', value: (row) => row.openQuestions, numeric: true },
          { key: 'forwarded', label: 'Forwarded to them', value: (row) => row.forwardedToThem, numeric: true },
          { key: 'answered', label: 'Answered', value: (row) => row.answered, numeric: true },
          { key: 'hours', label: 'Median hours to answer', value: (row) => row.medianHoursToAnswer, numeric: true },
          {
            key: 'expert',
            label: 'Forwards to experts',
            value: (row) => row.forwardedToExpertShare,
            render: (row) => percent(row.forwardedToExpertShare),
            numeric: true,
          },
        ]}
      />
    </Section>
  );
}

function SupplyDemandSection({ report }: SectionProps) {
  const { supplyDemand } = report;
  const [gapsOnly, setGapsOnly] = useState(true);
  return (
    <Section title="Supply and demand">
      <label className="inline-check">
        <input type="checkbox" checked={gapsOnly} onChange={(event) => setGapsOnly(event.target.checked)} /> Only gaps: sought in the area, offered by nobody
        there ({supplyDemand.gaps})
      </label>
      <DataTable
        caption="Supply and demand of specialties by area"
        exportName="supply-and-demand"
        rows={gapsOnly ? supplyDemand.items.filter((row) => row.gap) : supplyDemand.items}
        rowKey={(row) => `${row.area.id}/${row.specialty.id}`}
        highlight={(row) => row.gap}
        empty="No gaps: every specialty sought in an area is offered there."
        columns={[
          { key: 'area', label: 'Area', value: (row) => row.area.name },
          { key: 'specialty', label: 'Specialty', value: (row) => row.specialty.name },
          { key: 'seekers', label: 'Seek it', value: (row) => row.seekers, numeric: true },
          { key: 'offerers', label: 'Offer it', value: (row) => row.offerers, numeric: true },
          { key: 'gap', label: 'Gap', value: (row) => (row.gap ? 'gap' : '') },
        ]}
      />
    </Section>
  );
}

function FeedbackSection({ report, open }: SectionProps) {
  const { feedback } = report;
  return (
    <Section title="Feedback to the vendor">
      <div className="figures">
        <Figure label="themes" value={feedback.themes} />
        <Figure label="reached an outcome" value={feedback.withOutcome} note="acted upon or declined" />
        <Figure label="open" value={feedback.open} />
      </div>
      <div className="two-columns">
        <DataTable
          caption="Top themes by voices"
          exportName="themes-by-voices"
          rows={feedback.topByVoices}
          rowKey={(row) => row.id}
          columns={[
            {
              key: 'title',
              label: 'Theme',
              value: (row) => row.title,
              render: (row) => (
                <a
                  href="/feedback"
                  onClick={(event) => {
                    event.preventDefault();
                    open('/feedback');
                  }}
                >
                  {row.title}
                </a>
              ),
            },
            { key: 'status', label: 'Status', value: (row) => row.status },
            { key: 'voices', label: 'Voices', value: (row) => row.voices, numeric: true },
          ]}
        />
        <DataTable
          caption="Oldest open themes"
          exportName="oldest-open-themes"
          rows={feedback.oldestOpen}
          rowKey={(row) => row.id}
          empty="Every theme has reached an outcome."
          columns={[
            { key: 'title', label: 'Theme', value: (row) => row.title },
            { key: 'status', label: 'Status', value: (row) => row.status },
            { key: 'age', label: 'Days open', value: (row) => row.ageDays, numeric: true },
          ]}
        />
      </div>
    </Section>
  );
}

function SizeAndEngagementSection({ report, link }: SectionProps) {
  const { size, engagement } = report;
  return (
    <Section title="Size and engagement">
      <div className="two-columns">
        <BarChart
          title="Partners by tier"
          labels={size.byTier.map((entry) => entry.tier)}
          series={[{ label: 'partners', values: size.byTier.map((entry) => entry.partners), colour: '#e69f00' }]}
        />
        <BarChart
          title={`Active and dormant partners by area (last ${engagement.windowDays} days)`}
          stacked
          labels={engagement.byArea.map((entry) => entry.area.name)}
          series={[
            { label: 'active', values: engagement.byArea.map((entry) => entry.active), colour: '#009e73' },
            { label: 'dormant', values: engagement.byArea.map((entry) => entry.dormant), colour: '#cc79a7' },
          ]}
        />
      </div>
      <h4>Meetings and PAL reach in the last {engagement.windowDays} days</h4>
      <div className="two-columns">
        <DataTable
          caption="Meetings by area"
          exportName="meetings-by-area"
          rows={engagement.byArea}
          rowKey={(row) => row.area.id}
          columns={[
            { key: 'area', label: 'Area', value: (row) => row.area.name },
            { key: 'meetings', label: 'Meetings', value: (row) => row.meetings, numeric: true },
            { key: 'attendances', label: 'Attendances', value: (row) => row.attendances, numeric: true },
            { key: 'active', label: 'Active', value: (row) => row.active, numeric: true },
            { key: 'dormant', label: 'Dormant', value: (row) => row.dormant, numeric: true },
          ]}
        />
        <DataTable
          caption="PAL reach"
          exportName="pal-reach"
          rows={engagement.palReach}
          rowKey={(row) => row.pal.id}
          columns={[
            { key: 'pal', label: 'PAL', value: (row) => row.pal.name, render: (row) => link.partner(row.pal, { tab: 'desk' }) },
            { key: 'activities', label: 'Activities', value: (row) => row.activities, numeric: true },
            { key: 'reached', label: 'Partners reached', value: (row) => row.partnersReached, numeric: true },
          ]}
        />
      </div>
      <DataTable
        caption="Partners by area"
        exportName="partners-by-area"
        rows={size.byArea}
        rowKey={(row) => row.area?.id ?? 'none'}
        columns={[
          { key: 'area', label: 'Area', value: (row) => row.area?.name ?? 'no area' },
          { key: 'partners', label: 'Partners', value: (row) => row.partners, numeric: true },
          { key: 'unmanaged', label: 'Unmanaged', value: (row) => row.unmanaged, numeric: true },
        ]}
      />
    </Section>
  );
}
