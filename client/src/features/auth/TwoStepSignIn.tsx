import { useState } from 'react';
import { renderSVG } from 'uqr';
import type { Session } from '@contracts/auth';
import { authEndpoints } from '@contracts/auth';
import { useSession } from '../../lib/session';
import { useWrite } from '../../lib/queries';
import { useChange } from '../../lib/useChange';

type Step = { kind: 'idle' } | { kind: 'scanning'; secret: string; uri: string } | { kind: 'codes'; recoveryCodes: string[] };

/** Two-step sign-in on the Account page: set up with an authenticator app, see recovery codes once, turn off. */
export function TwoStepSignIn({ required, onSession, onEnabled }: { required: boolean; onSession(session: Session): void; onEnabled(): void }) {
  const write = useWrite();
  const { user } = useSession();
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [code, setCode] = useState('');
  const [password, setPassword] = useState('');
  const change = useChange();

  const begin = () =>
    void change
      .run(() => write(authEndpoints.beginMfaSetup, {}))
      .then((result) => {
        if (result.ok) setStep({ kind: 'scanning', ...result.value });
      });
  const confirm = change.submit(
    () => write(authEndpoints.confirmMfaSetup, { body: { code } }),
    ({ recoveryCodes }) => {
      setCode('');
      setStep({ kind: 'codes', recoveryCodes });
    },
  );
  const disable = change.submit(
    () => write(authEndpoints.disableMfa, { body: { password } }),
    (session) => {
      setPassword('');
      onSession(session);
    },
  );
  const error = change.error && (
    <p className="banner banner-error" role="alert">
      {change.error}
    </p>
  );

  return (
    <section className="account-section" aria-labelledby="two-step-title">
      <h3 id="two-step-title">Two-step sign-in</h3>
      {step.kind === 'codes' ? (
        <>
          <p role="status" className="banner">
            Two-step sign-in is on. Keep these recovery codes somewhere safe: each signs you in once if you lose your phone. They are shown only now.
          </p>
          <ul className="recovery-codes" aria-label="Recovery codes">
            {step.recoveryCodes.map((recoveryCode) => (
              <li key={recoveryCode}>
                <code>{recoveryCode}</code>
              </li>
            ))}
          </ul>
          <button type="button" className="primary" onClick={onEnabled}>
            I have kept them
          </button>
        </>
      ) : step.kind === 'scanning' ? (
        <form className="stacked-form" onSubmit={confirm} aria-label="Confirm two-step sign-in">
          <p>Scan this with an authenticator app (or type the key into it), then enter the 6 digits it shows.</p>
          <img
            className="qr"
            alt="QR code for your authenticator app"
            width={180}
            height={180}
            src={`data:image/svg+xml;utf8,${encodeURIComponent(renderSVG(step.uri))}`}
          />
          <p>
            Key: <code className="secret">{step.secret}</code>
          </p>
          <label>
            Code from the app
            <input
              inputMode="numeric"
              autoComplete="one-time-code"
              pattern="\d{6}"
              required
              value={code}
              onChange={(event) => setCode(event.target.value.trim())}
            />
          </label>
          {error}
          <button type="submit" className="primary" disabled={change.pending}>
            Turn on
          </button>
        </form>
      ) : user.mfa ? (
        <form className="stacked-form" onSubmit={disable} aria-label="Turn two-step sign-in off">
          <p>On: signing in asks for a code from your authenticator app.</p>
          {!required && (
            <>
              <label>
                Your password, to turn it off
                <input type="password" autoComplete="current-password" required value={password} onChange={(event) => setPassword(event.target.value)} />
              </label>
              {error}
              <button type="submit">Turn off</button>
            </>
          )}
        </form>
      ) : (
        <>
          <p>
            {required
              ? 'Your role must sign in with a code from an authenticator app. Set it up to carry on.'
              : 'Off. Add a code from an authenticator app to your sign-in.'}
          </p>
          {error}
          <button type="button" className="primary" onClick={begin} disabled={change.pending}>
            Set up two-step sign-in
          </button>
        </>
      )}
    </section>
  );
}
