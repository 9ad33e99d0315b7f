import { useState, type FormEvent } from 'react';
import { formatDateTime } from '../../lib/dates';
import { useSearchParams } from 'react-router';
import { endpointUrl } from '../../lib/api';
import { type Group, type MeetingSummary, activityKinds, communityEndpoints } from '@contracts/community';
import { ErrorBanner } from '../../components/ErrorBanner';
import { messageOf as failure } from '../../lib/api';
import { useChange } from '../../lib/useChange';
import { Announcements } from '../announcements';
import { isPalOrAdmin, isSelf } from '../../lib/permissions';
import { useSession } from '../../lib/session';
import { ActivityList } from '../../components/ActivityList';
import { partnerEndpoints } from '@contracts/partners';
import { useEndpoint, useWrite } from '../../lib/queries';
import { useAreas, useSpecialties } from '../../lib/catalog';
import { SpecialtyPicker } from '../../components/SpecialtyPicker';
import { NamedOptions } from '../../components/NamedOptions';

const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

/** Community life: announcements, user groups and their meetings, and what happened in an area. */
export function CommunityPage() {
  const { user } = useSession();
  const me = useEndpoint(partnerEndpoints.getPartner, user.partner ? { params: { id: user.partner!.id } } : null);
  const myArea = me.status === 'success' ? (me.data.area?.id ?? null) : null;
  const areas = useAreas();
  // The area and the open group live in the URL, so a calendar's link opens this page on them.
  const [params, setParams] = useSearchParams();
  const area = params.get('area');
  const setArea = (next: string) => setParams({ area: next });
  const chosenArea = area ?? myArea ?? (areas.status === 'success' ? (areas.data[0]?.id ?? null) : null);
  return (
    <section className="page community-page" aria-labelledby="community-title">
      <h2 id="community-title">Community</h2>
      <Announcements />
      <div className="page-head">
        <h3>User groups</h3>
        <label>
          Area{' '}
          <select value={chosenArea ?? ''} onChange={(event) => setArea(event.target.value)}>
            <NamedOptions items={areas.data ?? []} />
          </select>
        </label>
        {chosenArea && (
          <a href={endpointUrl(communityEndpoints.getAreaCalendar, { params: { id: chosenArea } })} download>
            Area calendar (iCalendar)
          </a>
        )}
      </div>
      {chosenArea && <Groups area={chosenArea} />}
      {isPalOrAdmin(user) && <RecordActivity area={chosenArea} />}
      {chosenArea && <Happenings area={chosenArea} />}
    </section>
  );
}

function Groups({ area }: { area: string }) {
  const [params] = useSearchParams();
  const groups = useEndpoint(communityEndpoints.listGroups, { query: { area: area } }, { select: (page) => page.items });
  const retry = () => void groups.refetch();
  const [open, setOpen] = useState<string | null>(params.get('group'));
  if (groups.status === 'error') return <ErrorBanner error={groups.error} onRetry={retry} />;
  if (groups.status !== 'success')
    return (
      <p className="muted" role="status">
        Loading groups…
      </p>
    );
  if (groups.data.length === 0) return <p className="muted">No user group in this area yet.</p>;
  return (
    <ul className="theme-list">
      {groups.data.map((group) => (
        <li key={group.id} className="theme" aria-label={group.name}>
          <h4>{group.name}</h4>
          <p className="muted">
            Run by {group.runBy?.name ?? '—'} · {group.members} members ·{' '}
            {group.nextMeeting ? `next: ${group.nextMeeting.title}, ${formatDateTime(group.nextMeeting.startsAt)}` : 'no meeting planned'}
          </p>
          <button type="button" aria-expanded={open === group.id} onClick={() => setOpen(open === group.id ? null : group.id)}>
            {open === group.id ? 'Hide meetings' : 'Meetings'}
          </button>{' '}
          <a href={endpointUrl(communityEndpoints.getGroupCalendar, { params: { id: group.id } })} download>
            Add to calendar
          </a>
          {open === group.id && <GroupMeetings id={group.id} />}
        </li>
      ))}
    </ul>
  );
}

function GroupMeetings({ id }: { id: string }) {
  const write = useWrite();
  const { user } = useSession();
  const group = useEndpoint(communityEndpoints.getGroup, { params: { id: id } });
  const mine = useEndpoint(communityEndpoints.listMeetingsOf, user.partner ? { params: { id: user.partner.id }, query: {} } : null);
  const retry = () => void group.refetch();
  const { run: act, error: message } = useChange();
  if (group.status === 'error') return <ErrorBanner error={group.error} onRetry={retry} />;
  if (group.status !== 'success')
    return (
      <p className="muted" role="status">
        Loading…
      </p>
    );
  const runs = isPalOrAdmin(user) || isSelf(user, group.data.runBy?.id);
  const registered = new Set(mine.data?.items.map((meeting) => meeting.id) ?? []);
  const now = Date.now();
  const upcoming = group.data.meetings.filter((meeting) => Date.parse(meeting.startsAt) >= now).reverse();
  const past = group.data.meetings.filter((meeting) => Date.parse(meeting.startsAt) < now);
  return (
    <div className="group-meetings">
      {message && (
        <p className="banner banner-error" role="alert">
          {message}
        </p>
      )}
      <h5>Upcoming</h5>
      {upcoming.length === 0 ? (
        <p className="muted">None planned.</p>
      ) : (
        <ul className="plain-list">
          {upcoming.map((meeting) => (
            <li key={meeting.id}>
              <MeetingLine meeting={meeting} />
              {user.partner &&
                (registered.has(meeting.id) ? (
                  <>
                    {' '}
                    <span className="badge badge-registered">You are registered</span>{' '}
                    <button
                      type="button"
                      className="link"
                      onClick={() => void act(() => write(communityEndpoints.cancelRegistration, { params: { id: meeting.id, partner: user.partner!.id } }))}
                    >
                      Cancel registration
                    </button>
                  </>
                ) : (
                  <button type="button" onClick={() => void act(() => write(communityEndpoints.registerForMeeting, { params: { id: meeting.id }, body: {} }))}>
                    Register
                  </button>
                ))}
            </li>
          ))}
        </ul>
      )}
      {runs && <PlanMeeting group={group.data} />}
      <h5>Past</h5>
      {past.length === 0 ? (
        <p className="muted">No meetings yet.</p>
      ) : (
        <ul className="plain-list">
          {past.map((meeting) => (
            <li key={meeting.id}>
              <MeetingLine meeting={meeting} /> · {meeting.attended} attended
              {runs && <Attendance meeting={meeting} members={group.data.memberList} />}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function MeetingLine({ meeting }: { meeting: MeetingSummary }) {
  return (
    <span>
      <strong>{meeting.title}</strong> · {formatDateTime(meeting.startsAt)} ·{' '}
      {meeting.place ??
        (meeting.onlineUrl && (
          <a href={meeting.onlineUrl} rel="noreferrer" target="_blank">
            online
          </a>
        ))}
      {meeting.specialties.length > 0 && <span className="muted"> · {meeting.specialties.map((s) => s.name).join(', ')}</span>}
      <span className="muted"> · {meeting.registered} registered</span>
    </span>
  );
}

function PlanMeeting({ group }: { group: Group }) {
  const write = useWrite();
  const [title, setTitle] = useState('');
  const [startsAt, setStartsAt] = useState('');
  const [place, setPlace] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await write(communityEndpoints.planMeeting, {
        params: { id: group.id },
        body: { title, startsAt: new Date(startsAt).toISOString(), place, specialties: [] },
      });
      setTitle('');
      setError(null);
    } catch (failed) {
      setError(failure(failed));
    }
  };
  return (
    <form className="inline-form" aria-label={`Plan a meeting of ${group.name}`} onSubmit={(event) => void submit(event)}>
      <label>
        Title
        <input required value={title} onChange={(event) => setTitle(event.target.value)} />
      </label>
      <label>
        Starts
        <input type="datetime-local" required value={startsAt} onChange={(event) => setStartsAt(event.target.value)} />
      </label>
      <label>
        Place
        <input required value={place} onChange={(event) => setPlace(event.target.value)} />
      </label>
      <button type="submit">Plan meeting</button>
      {error && (
        <span className="banner banner-error" role="alert">
          {error}
        </span>
      )}
    </form>
  );
}

function Attendance({ meeting, members }: { meeting: MeetingSummary; members: { id: string; name: string }[] }) {
  const write = useWrite();
  const [open, setOpen] = useState(false);
  const details = useEndpoint(communityEndpoints.getMeeting, open ? { params: { id: meeting.id } } : null);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  if (!open)
    return (
      <>
        {' '}
        <button type="button" className="link" onClick={() => setOpen(true)}>
          Record attendance
        </button>
      </>
    );
  const people = details.status === 'success' ? [...new Map([...details.data.registeredPartners, ...members].map((p) => [p.id, p])).values()] : [];
  const attended = new Set(details.status === 'success' ? details.data.attendedPartners.map((p) => p.id) : []);
  return (
    <form
      className="attendance"
      aria-label={`Attendance at ${meeting.title}`}
      onSubmit={(event) => {
        event.preventDefault();
        void write(communityEndpoints.recordAttendance, { params: { id: meeting.id }, body: { partners: [...chosen] } }, ['Graph']).then(() =>
          setChosen(new Set()),
        );
      }}
    >
      {people.map((person) => (
        <label key={person.id}>
          <input
            type="checkbox"
            disabled={attended.has(person.id)}
            checked={attended.has(person.id) || chosen.has(person.id)}
            onChange={() =>
              setChosen((current) => {
                const next = new Set(current);
                if (!next.delete(person.id)) next.add(person.id);
                return next;
              })
            }
          />{' '}
          {person.name}
        </label>
      ))}
      <button type="submit" disabled={chosen.size === 0}>
        Save attendance
      </button>
    </form>
  );
}

const activityKindLabels: Record<(typeof activityKinds)[number], string> = {
  'group-visit': 'Group visit',
  webinar: 'Webinar',
  post: 'Post',
  conference: 'Conference',
};

/** A PAL records what they did: a group visit (which group), a webinar, a post or a conference, and what it covered. */
function RecordActivity({ area }: { area: string | null }) {
  const write = useWrite();
  const groups = useEndpoint(communityEndpoints.listGroups, area ? { query: { area } } : null, { select: (list) => list.items });
  const specialties = useSpecialties();
  const [group, setGroup] = useState('');
  const [covered, setCovered] = useState<string[]>([]);
  const [kind, setKind] = useState<(typeof activityKinds)[number]>('webinar');
  const [title, setTitle] = useState('');
  const [date, setDate] = useState(isoDay(0));
  const [url, setUrl] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const visit = kind === 'group-visit' && group ? { group } : {};
      await write(communityEndpoints.recordActivity, {
        body: { kind, title, date, specialties: covered, reached: [], ...(area && !visit.group ? { area } : {}), ...visit, ...(url ? { url } : {}) },
      });
      setMessage({ ok: true, text: 'Recorded.' });
      setTitle('');
      setCovered([]);
    } catch (error) {
      setMessage({ ok: false, text: failure(error) });
    }
  };
  return (
    <form className="inline-form" aria-label="Record an activity" onSubmit={(event) => void submit(event)}>
      <h3>Record an activity</h3>
      <label>
        Kind
        <select value={kind} onChange={(event) => setKind(event.target.value as typeof kind)}>
          {activityKinds.map((k) => (
            <option key={k} value={k}>
              {activityKindLabels[k]}
            </option>
          ))}
        </select>
      </label>
      {kind === 'group-visit' && (
        <label>
          Group visited
          <select required value={group} onChange={(event) => setGroup(event.target.value)}>
            <option value="" disabled>
              Choose a group
            </option>
            <NamedOptions items={groups.data ?? []} />
          </select>
        </label>
      )}
      <label>
        Title
        <input required value={title} onChange={(event) => setTitle(event.target.value)} />
      </label>
      <label>
        Date
        <input type="date" required value={date} onChange={(event) => setDate(event.target.value)} />
      </label>
      <label>
        Link
        <input type="url" value={url} onChange={(event) => setUrl(event.target.value)} />
      </label>
      <SpecialtyPicker label="What it covered" catalogue={specialties.data ?? []} chosen={covered} onChange={setCovered} />
      <button type="submit">Record</button>
      {message && (
        <span className={message.ok ? 'banner' : 'banner banner-error'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </span>
      )}
    </form>
  );
}

function Happenings({ area }: { area: string }) {
  const [from, setFrom] = useState(isoDay(-90));
  const [to, setTo] = useState(isoDay(0));
  const happenings = useEndpoint(communityEndpoints.getAreaHappenings, { params: { id: area }, query: { from: from, to: to } });
  const retry = () => void happenings.refetch();
  return (
    <section aria-labelledby="happenings-title">
      <div className="page-head">
        <h3 id="happenings-title">What happened{happenings.status === 'success' ? ` in ${happenings.data.area.name}` : ''}</h3>
        <label>
          From <input type="date" value={from} onChange={(event) => setFrom(event.target.value)} />
        </label>
        <label>
          to <input type="date" value={to} onChange={(event) => setTo(event.target.value)} />
        </label>
      </div>
      {happenings.status === 'error' && <ErrorBanner error={happenings.error} onRetry={retry} />}
      {happenings.status === 'success' && (
        <div className="two-columns">
          <div>
            <h4>PAL activities ({happenings.data.activities.length})</h4>
            {happenings.data.activities.length === 0 ? <p className="muted">None in this period.</p> : <ActivityList items={happenings.data.activities} />}
          </div>
          <div>
            <h4>Meetings ({happenings.data.meetings.length})</h4>
            {happenings.data.meetings.length === 0 ? (
              <p className="muted">None in this period.</p>
            ) : (
              <ul className="plain-list">
                {happenings.data.meetings.map((meeting) => (
                  <li key={meeting.id}>
                    <MeetingLine meeting={meeting} /> · {meeting.group.name}
                  </li>
                ))}
              </ul>
            )}
          </div>
        </div>
      )}
    </section>
  );
}
