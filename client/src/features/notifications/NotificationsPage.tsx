import { useState } from 'react';
import { Link } from 'react-router';
import { notificationEndpoints, type Notification } from '@contracts/notifications';
import { ErrorBanner } from '../../components/ErrorBanner';
import { formatDateTime } from '../../lib/dates';
import { useEndpoint, useWrite } from '../../lib/queries';
import { useChange } from '../../lib/useChange';

/** My notifications, newest first, a page at a time: each links to the thing itself. */
export function NotificationsPage() {
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const [unreadOnly, setUnreadOnly] = useState(false);
  const cursor = cursors.at(-1);
  const page = useEndpoint(notificationEndpoints.listNotifications, {
    query: { limit: 20, unreadOnly: unreadOnly ? 'true' : 'false', ...(cursor ? { cursor } : {}) },
  });
  const write = useWrite();
  const { run, pending, error } = useChange();
  const markRead = (ids?: string[]) => run(() => write(notificationEndpoints.markNotificationsRead, { body: ids ? { ids } : {} }));
  const restart = (only: boolean) => {
    setUnreadOnly(only);
    setCursors([undefined]);
  };

  return (
    <section className="page notifications-page">
      <div className="page-heading">
        <h2>Notifications</h2>
        <label className="inline">
          <input type="checkbox" checked={unreadOnly} onChange={(event) => restart(event.target.checked)} /> Unread only
        </label>
        <button type="button" disabled={pending || !page.data?.unread} onClick={() => void markRead()}>
          Mark all read
        </button>
      </div>
      {error && (
        <p className="banner banner-error" role="alert">
          {error}
        </p>
      )}
      {page.isPending && (
        <p className="status" role="status">
          Loading notifications…
        </p>
      )}
      {page.isError && <ErrorBanner error={page.error} onRetry={() => void page.refetch()} />}
      {page.data && (
        <>
          <p className="muted" role="status">
            {page.data.unread === 0 ? 'Nothing unread.' : `${page.data.unread} unread.`}
          </p>
          {page.data.items.length === 0 ? (
            <p className="empty">{unreadOnly ? 'No unread notifications.' : 'Nothing yet: requests, answers and introductions will show here.'}</p>
          ) : (
            <ul className="notification-list" aria-label="Notifications">
              {page.data.items.map((item) => (
                <NotificationRow key={item.id} item={item} onOpen={() => (item.readAt ? undefined : void markRead([item.id]))} />
              ))}
            </ul>
          )}
          <nav className="pager" aria-label="Pages">
            <button type="button" disabled={cursors.length === 1} onClick={() => setCursors(cursors.slice(0, -1))}>
              Newer
            </button>
            <button type="button" disabled={!page.data.nextCursor} onClick={() => page.data.nextCursor && setCursors([...cursors, page.data.nextCursor])}>
              Older
            </button>
          </nav>
        </>
      )}
    </section>
  );
}

function NotificationRow({ item, onOpen }: { item: Notification; onOpen(): void }) {
  return (
    <li className={item.readAt ? 'notification' : 'notification unread'}>
      <Link to={item.link} onClick={onOpen}>
        <strong>{item.title}</strong>
      </Link>
      {!item.readAt && <span className="badge badge-unread">new</span>}
      <p>{item.body}</p>
      <time className="muted" dateTime={item.createdAt}>
        {formatDateTime(item.createdAt)}
      </time>
    </li>
  );
}
