import { useState } from 'react';
import { formatDate } from '../../lib/dates';
import type { Audience } from '@contracts/announcements';
import { tiers } from '@contracts/partners';
import { ErrorBanner } from '../../components/ErrorBanner';
import { isPalOrAdmin } from '../../lib/permissions';
import { useSession } from '../../lib/session';
import { announcementEndpoints } from '@contracts/announcements';
import { useEndpoint, useWrite } from '../../lib/queries';
import { useChange } from '../../lib/useChange';
import { useAreas, useSpecialties } from '../../lib/catalog';

/** Messages from the vendor meant for you, newest first; PALs and admins post them. */
export function Announcements() {
  const write = useWrite();
  const { user } = useSession();
  const list = useEndpoint(announcementEndpoints.listAnnouncements, {});
  const retry = () => void list.refetch();
  // The write refreshes the list (and its unread count) by itself.
  const read = (id: string) => write(announcementEndpoints.markAnnouncementRead, { params: { id }, body: {} });
  return (
    <section aria-labelledby="announcements-title">
      <h3 id="announcements-title">
        Announcements {list.status === 'success' && list.data.unread > 0 && <span className="badge badge-stale">{list.data.unread} unread</span>}
      </h3>
      {isPalOrAdmin(user) && <PostAnnouncement />}
      {list.isLoading && (
        <p className="muted" role="status">
          Loading…
        </p>
      )}
      {list.status === 'error' && <ErrorBanner error={list.error} onRetry={retry} />}
      {list.status === 'success' &&
        (list.data.items.length === 0 ? (
          <p className="muted">No announcements for you yet.</p>
        ) : (
          <ul className="theme-list">
            {list.data.items.map((item) => (
              <li key={item.id} className={item.read ? 'theme read' : 'theme'} aria-label={item.title}>
                <h4>
                  {item.title} {!item.read && <span className="badge badge-stale">new</span>}
                </h4>
                <p>{item.body}</p>
                <p className="muted">
                  {item.audience.label} · {item.postedBy?.name ?? 'the vendor'} · {formatDate(item.postedAt)}
                </p>
                {!item.read && user.partner && (
                  <button type="button" onClick={() => void read(item.id)}>
                    Mark read
                  </button>
                )}
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}

function PostAnnouncement() {
  const write = useWrite();
  const areas = useAreas();
  const specialties = useSpecialties();
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [kind, setKind] = useState<Audience['kind']>('everyone');
  const [value, setValue] = useState('');
  const { submit: submitWith, error } = useChange();
  const options =
    kind === 'area'
      ? areas.status === 'success'
        ? areas.data.map((a) => [a.id, a.name])
        : []
      : kind === 'tier'
        ? tiers.map((t) => [t, t])
        : kind === 'specialty'
          ? specialties.status === 'success'
            ? specialties.data.map((s) => [s.id, s.name])
            : []
          : [];
  const audience = (kind === 'everyone' ? { kind } : { kind, [kind]: value }) as Audience;
  const submit = submitWith(
    () => write(announcementEndpoints.postAnnouncement, { body: { title, body, audience } }),
    () => {
      setTitle('');
      setBody('');
    },
  );
  return (
    <form className="stacked-form wide" aria-label="Post an announcement" onSubmit={submit}>
      <div className="inline-form">
        <label>
          Title
          <input required value={title} onChange={(event) => setTitle(event.target.value)} />
        </label>
        <label>
          To
          <select
            value={kind}
            onChange={(event) => {
              setKind(event.target.value as Audience['kind']);
              setValue('');
            }}
          >
            <option value="everyone">everyone</option>
            <option value="area">an area</option>
            <option value="tier">a tier</option>
            <option value="specialty">a specialty</option>
          </select>
        </label>
        {kind !== 'everyone' && (
          <label>
            Which
            <select required value={value} onChange={(event) => setValue(event.target.value)}>
              <option value="">—</option>
              {options.map(([id, name]) => (
                <option key={id} value={id}>
                  {name}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      <label>
        Message
        <textarea required rows={2} value={body} onChange={(event) => setBody(event.target.value)} />
      </label>
      {error && (
        <p className="banner banner-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="primary">
        Post
      </button>
    </form>
  );
}
