import { useId, useState } from 'react';
import { deliveries, notificationEndpoints, notificationKindLabels, notificationKinds, type Delivery } from '@contracts/notifications';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useEndpoint, useWrite } from '../../lib/queries';
import { useChange } from '../../lib/useChange';

const deliveryLabels: Record<Delivery, string> = { in_app: 'In the app only', email: 'E-mail at once', digest: 'Daily digest', off: 'Off' };

/** Time zones offered for the digest (the browser's own first). */
const timeZones = (): string[] => {
  const own = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const all = (Intl as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf?.('timeZone') ?? ['Europe/London'];
  return [...new Set([own, 'Europe/London', ...all])];
};

/** On the Account page: how each kind of notification reaches me, and when my digest comes. */
export function NotificationPreferences() {
  const preferences = useEndpoint(notificationEndpoints.getNotificationPreferences, {});
  const write = useWrite();
  const { run, pending, error } = useChange();
  const zoneId = useId();
  const [saved, setSaved] = useState(false);
  const change = (body: Parameters<typeof write<typeof notificationEndpoints.updateNotificationPreferences>>[1]['body']) => {
    setSaved(false);
    void run(() => write(notificationEndpoints.updateNotificationPreferences, { body })).then((result) => setSaved(result.ok));
  };

  return (
    <section className="stacked-form notification-preferences" aria-labelledby="notification-preferences-heading">
      <h3 id="notification-preferences-heading">Notifications</h3>
      {preferences.isPending && (
        <p className="status" role="status">
          Loading…
        </p>
      )}
      {preferences.isError && <ErrorBanner error={preferences.error} onRetry={() => void preferences.refetch()} />}
      {error && (
        <p className="banner banner-error" role="alert">
          {error}
        </p>
      )}
      {saved && (
        <p className="banner" role="status">
          Saved.
        </p>
      )}
      {preferences.data && (
        <>
          <p className="muted">
            Everything shows under the bell. Choose what also comes by e-mail, at once or in one daily digest at {preferences.data.digestHour}:00.
          </p>
          <label htmlFor={zoneId}>Your time zone (for the digest)</label>
          <select id={zoneId} value={preferences.data.timeZone} disabled={pending} onChange={(event) => change({ timeZone: event.target.value })}>
            {timeZones().map((zone) => (
              <option key={zone} value={zone}>
                {zone}
              </option>
            ))}
          </select>
          <table className="preferences">
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">How</th>
              </tr>
            </thead>
            <tbody>
              {notificationKinds.map((kind) => (
                <tr key={kind}>
                  <th scope="row">{notificationKindLabels[kind]}</th>
                  <td>
                    <select
                      aria-label={notificationKindLabels[kind]}
                      value={preferences.data.deliveries[kind]}
                      disabled={pending}
                      onChange={(event) => change({ deliveries: { [kind]: event.target.value as Delivery } })}
                    >
                      {deliveries.map((delivery) => (
                        <option key={delivery} value={delivery}>
                          {deliveryLabels[delivery]}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
