import { Link } from 'react-router';
import { communityEndpoints, communityPageHref } from '@contracts/community';
import { ErrorBanner } from '../../components/ErrorBanner';
import { formatDateTime } from '../../lib/dates';
import { useEndpoint } from '../../lib/queries';

/** The next meeting of each group in an area, soonest first: the groups' pages are one click away. */
export function useUpcomingMeetings(area: string | null) {
  return useEndpoint(communityEndpoints.listGroups, area ? { query: { area } } : null, {
    select: (list) =>
      list.items
        .flatMap((group) => (group.nextMeeting ? [{ ...group.nextMeeting, group: { id: group.id, name: group.name } }] : []))
        .sort((a, b) => a.startsAt.localeCompare(b.startsAt)),
  });
}

export function UpcomingMeetings({ area }: { area: string | null }) {
  const meetings = useUpcomingMeetings(area);
  if (!area) return <p className="muted">No area yet, so no groups to show.</p>;
  if (meetings.status === 'error') return <ErrorBanner error={meetings.error} onRetry={() => void meetings.refetch()} />;
  if (meetings.status !== 'success')
    return (
      <p className="muted" role="status">
        Loading meetings…
      </p>
    );
  if (meetings.data.length === 0) return <p className="muted">No meetings planned in your area’s groups.</p>;
  return (
    <ul className="plain-list">
      {meetings.data.map((meeting) => (
        <li key={meeting.id}>
          <strong>{meeting.title}</strong> · {formatDateTime(meeting.startsAt)} ·{' '}
          <Link to={communityPageHref({ area, group: meeting.group.id })}>{meeting.group.name}</Link>
        </li>
      ))}
    </ul>
  );
}

/** The coming meetings a partner registered for, soonest first. */
export function RegisteredMeetings({ partner }: { partner: string }) {
  const meetings = useEndpoint(communityEndpoints.listMeetingsOf, { params: { id: partner }, query: {} }, { select: (list) => list.items });
  if (meetings.status === 'error') return <ErrorBanner error={meetings.error} onRetry={() => void meetings.refetch()} />;
  if (meetings.status !== 'success')
    return (
      <p className="muted" role="status">
        Loading your meetings…
      </p>
    );
  if (meetings.data.length === 0) return <p className="muted">You have not registered for a coming meeting.</p>;
  return (
    <ul className="plain-list" aria-label="Meetings you registered for">
      {meetings.data.map((meeting) => (
        <li key={meeting.id}>
          <strong>{meeting.title}</strong> · {formatDateTime(meeting.startsAt)} · {meeting.place ?? 'online'} ·{' '}
          <Link to={communityPageHref({ area: meeting.area?.id ?? null, group: meeting.group.id })}>{meeting.group.name}</Link>
        </li>
      ))}
    </ul>
  );
}
