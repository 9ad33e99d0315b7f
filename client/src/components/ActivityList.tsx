import type { Activity } from '@contracts/community';

/** PAL activities, newest first: what kind, what, who and whom it reached. */
export function ActivityList({ items }: { items: Activity[] }) {
  return (
    <ul className="plain-list">
      {items.map((activity) => (
        <li key={activity.id}>
          <span className="badge badge-role">{activity.kind}</span>{' '}
          {activity.url ? (
            <a href={activity.url} rel="noreferrer" target="_blank">
              {activity.title}
            </a>
          ) : (
            activity.title
          )}
          <span className="muted">
            {' '}
            · {activity.pal.name} · {activity.date}
            {activity.reached.length ? ` · reached ${activity.reached.length}` : ''}
          </span>
        </li>
      ))}
    </ul>
  );
}
