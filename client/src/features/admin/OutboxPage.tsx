import { useState } from 'react';
import { notificationEndpoints, notificationKindLabels, type NotificationKind, type OutboxMessage } from '@contracts/notifications';
import { ErrorBanner } from '../../components/ErrorBanner';
import { formatDateTime } from '../../lib/dates';
import { useEndpoint } from '../../lib/queries';

/** What a message is, in words: a notification's kind, the introduction e-mail or a digest. */
const otherKinds: Record<string, string> = { introduction: 'the introduction e-mail', digest: 'daily digest', invitation: 'an invitation' };
const kindOf = (kind: string) => notificationKindLabels[kind as NotificationKind] ?? otherKinds[kind] ?? kind;

/** Every message queued and sent, newest first: with no SMTP server configured, exactly what would have gone. */
export function OutboxPage() {
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const [status, setStatus] = useState<'' | 'queued' | 'sent'>('');
  const [open, setOpen] = useState<string | null>(null);
  const cursor = cursors.at(-1);
  const page = useEndpoint(
    notificationEndpoints.listOutbox,
    { query: { limit: 20, ...(status ? { status } : {}), ...(cursor ? { cursor } : {}) } },
    { refetchInterval: 10_000 },
  );

  return (
    <section className="page outbox-page">
      <div className="page-heading">
        <h2>Outbox</h2>
        <label className="inline">
          Show{' '}
          <select
            value={status}
            onChange={(event) => {
              setStatus(event.target.value as typeof status);
              setCursors([undefined]);
            }}
          >
            <option value="">all messages</option>
            <option value="queued">waiting to be sent</option>
            <option value="sent">sent</option>
          </select>
        </label>
      </div>
      {page.isPending && (
        <p className="status" role="status">
          Loading the outbox…
        </p>
      )}
      {page.isError && <ErrorBanner error={page.error} onRetry={() => void page.refetch()} />}
      {page.data && (
        <>
          <p className="muted" role="status">
            {page.data.delivery === 'folder'
              ? 'No SMTP server is configured (SMTP_URL): messages are written as .eml files to the outbox folder instead of being sent.'
              : 'Messages go to the SMTP server configured by SMTP_URL.'}{' '}
            {page.data.queued} waiting to be sent.
          </p>
          {page.data.items.length === 0 ? (
            <p className="empty">No mail yet.</p>
          ) : (
            <ul className="outbox-list" aria-label="Messages">
              {page.data.items.map((message) => (
                <OutboxRow key={message.id} message={message} open={open === message.id} onToggle={() => setOpen(open === message.id ? null : message.id)} />
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

function OutboxRow({ message, open, onToggle }: { message: OutboxMessage; open: boolean; onToggle(): void }) {
  return (
    <li className="outbox-message">
      <button type="button" className="link" aria-expanded={open} onClick={onToggle}>
        <strong>{message.subject}</strong>
      </button>{' '}
      <span className={`badge badge-${message.status}`}>{message.status === 'sent' ? 'sent' : 'waiting'}</span>
      <div className="muted">
        To {message.to.join(', ')}
        {message.cc.length > 0 && <> · copy to {message.cc.join(', ')}</>} · {kindOf(message.kind)} · queued {formatDateTime(message.createdAt)}
        {message.sentAt && <> · sent {formatDateTime(message.sentAt)}</>}
        {message.lastError && (
          <>
            {' '}
            · tried {message.attempts} times, last: {message.lastError}
          </>
        )}
      </div>
      {open && <pre className="mail-text">{message.text}</pre>}
    </li>
  );
}
