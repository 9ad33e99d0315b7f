import { useState } from 'react';
import { Link } from 'react-router';
import { introductionStatusLabels } from '@contracts/introductions';
import type { Match, RouteStep } from '@contracts/matches';
import { ErrorBanner } from '../../components/ErrorBanner';
import { formatDate } from '../../lib/dates';
import { ApiError } from '../../lib/api';
import { matchEndpoints } from '@contracts/matches';
import { useEndpoint, useWrite } from '../../lib/queries';

interface Props {
  partnerId: string;
  partnerName: string;
  onFocus(id: string): void;
  onHoverRoute(route: RouteStep[] | null): void;
}

/** Who this partner could work with, why, and how an introduction could reach them. */
export function MatchesTab({ partnerId, partnerName, onFocus, onHoverRoute }: Props) {
  const matches = useEndpoint(matchEndpoints.listMatches, { params: { id: partnerId }, query: { limit: 10 } }, { select: (page) => page.items });
  const retry = () => void matches.refetch();
  if (matches.status === 'error') return <ErrorBanner error={matches.error} onRetry={retry} />;
  if (matches.status !== 'success')
    return (
      <p className="muted" role="status">
        Finding matches…
      </p>
    );
  if (matches.data.length === 0) {
    return <p className="muted">No matches for {partnerName} yet: add what they offer and seek to their profile, or a few acquaintances.</p>;
  }
  return (
    <ol className="match-list" aria-label={`Matches for ${partnerName}`}>
      {matches.data.map((match) => (
        <MatchCard key={match.partner.id} match={match} partnerId={partnerId} onFocus={onFocus} onHoverRoute={onHoverRoute} />
      ))}
    </ol>
  );
}

function chipsOf(match: Match): string[] {
  const { reasons } = match;
  const chips: string[] = [];
  for (const s of reasons.theyOfferWhatYouSeek) chips.push(`Offers ${s.name}, which you seek`);
  for (const s of reasons.youOfferWhatTheySeek) chips.push(`Seeks ${s.name}, which you offer`);
  if (reasons.mutualCount) {
    const names = reasons.mutualAcquaintances.map((m) => (m.isPal ? `${m.name} (PAL)` : m.name)).join(', ');
    chips.push(`${reasons.mutualCount} mutual: ${names}${reasons.mutualCount > reasons.mutualAcquaintances.length ? '…' : ''}`);
  }
  chips.push(reasons.sameArea ? 'Same area' : reasons.distanceKm !== null ? `${reasons.distanceKm} km away` : 'Another area');
  for (const group of reasons.sharedGroups) chips.push(`Both in ${group.name}`);
  for (const meeting of reasons.metAt) chips.push(`Met at ${meeting.title} (${formatDate(meeting.date)})`);
  for (const past of reasons.pastSuccess) chips.push(`${past.collaborations} of ${past.introductions} past ${past.specialty.name} introductions worked out`);
  return chips;
}

function MatchCard({
  match,
  partnerId,
  onFocus,
  onHoverRoute,
}: {
  match: Match;
  partnerId: string;
  onFocus(id: string): void;
  onHoverRoute(route: RouteStep[] | null): void;
}) {
  const write = useWrite();
  const [request, setRequest] = useState<{ state: 'idle' | 'sending' } | { state: 'sent'; to: string } | { state: 'failed'; message: string }>({
    state: 'idle',
  });
  const ask = async () => {
    setRequest({ state: 'sending' });
    try {
      const introduction = await write(matchEndpoints.requestIntroduction, { params: { id: partnerId }, body: { to: match.partner.id } }, ['Introductions']);
      setRequest({ state: 'sent', to: introduction.introducer?.name ?? 'a PAL' });
    } catch (error) {
      setRequest({ state: 'failed', message: error instanceof ApiError ? error.message : 'The request could not be sent' });
    }
  };
  const route = match.warmRoute;
  return (
    <li
      className="match-card"
      onMouseEnter={() => route && onHoverRoute(route)}
      onMouseLeave={() => onHoverRoute(null)}
      onFocus={() => route && onHoverRoute(route)}
      onBlur={() => onHoverRoute(null)}
    >
      <div className="match-head">
        <button type="button" className="link" onClick={() => onFocus(match.partner.id)}>
          {match.partner.name}
        </button>
        {match.partner.isPal && <span className="badge badge-pal">PAL</span>}
        <span className="score" role="img" aria-label={`Match score ${Math.round(match.score * 100)} out of 100`}>
          <span className="score-bar" style={{ width: `${Math.round(match.score * 100)}%` }} />
        </span>
      </div>
      <p className="muted">
        {match.partner.company} · {match.partner.area?.name ?? 'no area'}
      </p>
      <ul className="chips" aria-label="Why">
        {chipsOf(match).map((chip) => (
          <li key={chip} className="chip">
            {chip}
          </li>
        ))}
      </ul>
      <p className="route">
        {route ? (
          <>Warm route: {route.map((step) => (step.isPal ? `${step.name} (PAL)` : step.name)).join(' → ')}</>
        ) : (
          'No chain of acquaintance within four hops.'
        )}
        {match.reasons.introducer && <> · {match.reasons.introducer.name} could introduce you</>}
      </p>
      {request.state === 'sent' ? (
        <p className="success" role="status">
          Request sent to {request.to}.
        </p>
      ) : match.introduction && match.introduction.status !== 'declined' && match.introduction.status !== 'lapsed' ? (
        <p className="muted">
          Introduction already {introductionStatusLabels[match.introduction.status].toLowerCase()}.{' '}
          <Link to={`/introductions/${encodeURIComponent(match.introduction.id)}`}>Open it</Link>
        </p>
      ) : (
        <button type="button" onClick={() => void ask()} disabled={request.state === 'sending'}>
          {request.state === 'sending' ? 'Sending…' : 'Ask for an introduction'}
        </button>
      )}
      {request.state === 'failed' && (
        <p className="error-text" role="alert">
          {request.message}
        </p>
      )}
    </li>
  );
}
