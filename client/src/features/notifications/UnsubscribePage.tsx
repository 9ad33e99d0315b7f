import { useLocation } from 'react-router';
import { notificationEndpoints } from '@contracts/notifications';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useEndpoint, useWrite } from '../../lib/queries';
import { useChange } from '../../lib/useChange';

/** From an e-mail's "Stop these e-mails" link, signed in or not: the token says who and what. */
export function UnsubscribePage() {
  const token = new URLSearchParams(useLocation().search).get('token') ?? '';
  const target = useEndpoint(notificationEndpoints.readUnsubscribe, token ? { query: { token } } : null);
  const write = useWrite();
  const { run, pending, error } = useChange();
  const stopped = target.data?.delivery === 'in_app' || target.data?.delivery === 'off';

  return (
    <main className="content scrolling">
      <section className="page unsubscribe-page">
        <h2>Stop these e-mails</h2>
        {!token && <p className="banner banner-error">This link has no token: open it from the e-mail again.</p>}
        {target.isPending && token && (
          <p className="status" role="status">
            Reading the link…
          </p>
        )}
        {target.isError && <ErrorBanner error={target.error} onRetry={() => void target.refetch()} />}
        {error && (
          <p className="banner banner-error" role="alert">
            {error}
          </p>
        )}
        {target.data &&
          (stopped ? (
            <p className="banner" role="status">
              Done: no more e-mails for “{target.data.label}”. They still show under the bell in Partner Graph, and you can change this on your Account page.
            </p>
          ) : (
            <>
              <p>You receive e-mails for “{target.data.label}”.</p>
              <button
                type="button"
                className="primary"
                disabled={pending}
                onClick={() => void run(() => write(notificationEndpoints.unsubscribe, { query: { token } }, ['Notifications']).then(() => target.refetch()))}
              >
                Stop these e-mails
              </button>
            </>
          ))}
      </section>
    </main>
  );
}
