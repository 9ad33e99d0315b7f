import { Link } from 'react-router';
import { notificationEndpoints } from '@contracts/notifications';
import { useEndpoint } from '../../lib/queries';

/** How often the bell asks for the unread count: new notifications show within this. */
const POLL_MS = 30_000;

/** The bell in the top bar of every page: the unread count, and the way to the notifications. */
export function NotificationBell() {
  const count = useEndpoint(notificationEndpoints.countUnreadNotifications, {}, { refetchInterval: POLL_MS });
  const unread = count.data?.unread ?? 0;
  const label = unread === 0 ? 'Notifications, none unread' : `Notifications, ${unread} unread`;
  return (
    <Link to="/notifications" className="bell" aria-label={label} title={label}>
      <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20">
        <path
          fill="currentColor"
          d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3a1.5 1.5 0 0 0-3 0v1.16A7 7 0 0 0 5 11v5l-2 2v1h18v-1Z"
        />
      </svg>
      {unread > 0 && <span className="bell-count">{unread > 99 ? '99+' : unread}</span>}
    </Link>
  );
}
