import { useState } from 'react';
import type { Session } from '@contracts/auth';
import { useSession } from '../../lib/session';
import { authEndpoints } from '@contracts/auth';
import { useWrite } from '../../lib/queries';
import { useChange } from '../../lib/useChange';
import { TieRequests } from '../ties';
import { TwoStepSignIn } from './TwoStepSignIn';
import { NotificationPreferences } from '../notifications';

/**
 * Your account: who you are, changing your password (which signs out your other sessions) and
 * two-step sign-in. With `mfaSetupRequired` it is the only page until two-step sign-in is on.
 */
export function AccountPage({
  onSession,
  mfaSetupRequired = false,
  onMfaEnabled,
}: {
  onSession(session: Session): void;
  mfaSetupRequired?: boolean;
  onMfaEnabled?(): void;
}) {
  const write = useWrite();
  const { user } = useSession();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [changed, setChanged] = useState(false);

  const change = useChange();
  const submit = change.submit(
    () => write(authEndpoints.changePassword, { body: { currentPassword: current, newPassword: next } }),
    (session) => {
      onSession(session);
      setCurrent('');
      setNext('');
      setChanged(true);
    },
  );
  const message = change.error
    ? { ok: false, text: change.error }
    : changed
      ? { ok: true, text: 'Password changed. Your other sessions have been signed out.' }
      : null;

  return (
    <section className="page account-page">
      <h2>Your account</h2>
      <dl className="facts">
        <dt>Email</dt>
        <dd>{user.email}</dd>
        <dt>Role</dt>
        <dd>{user.role}</dd>
        <dt>Partner</dt>
        <dd>{user.partner?.name ?? '—'}</dd>
      </dl>
      {mfaSetupRequired && !user.mfa && (
        <p className="banner banner-error" role="alert">
          Your role must use two-step sign-in. Set it up below; the rest of Partner Graph opens once it is on.
        </p>
      )}
      <TwoStepSignIn required={mfaSetupRequired} onSession={onSession} onEnabled={() => onMfaEnabled?.()} />
      <form className="stacked-form" onSubmit={submit}>
        <h3>Change password</h3>
        <label>
          Current password
          <input type="password" autoComplete="current-password" required value={current} onChange={(event) => setCurrent(event.target.value)} />
        </label>
        <label>
          New password (at least 12 characters)
          <input type="password" autoComplete="new-password" required minLength={12} value={next} onChange={(event) => setNext(event.target.value)} />
        </label>
        {message && (
          <p className={message.ok ? 'banner' : 'banner banner-error'} role={message.ok ? 'status' : 'alert'}>
            {message.text}
          </p>
        )}
        <button type="submit" className="primary">
          Change password
        </button>
      </form>
      {!mfaSetupRequired && <NotificationPreferences />}
      {user.partner && <TieRequests partner={user.partner.id} />}
    </section>
  );
}
