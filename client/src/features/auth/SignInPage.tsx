import { useState } from 'react';
import type { Session } from '@contracts/auth';
import { authEndpoints } from '@contracts/auth';
import { ApiError } from '../../lib/api';
import { useWrite } from '../../lib/queries';
import { useChange } from '../../lib/useChange';

interface Props {
  onSignedIn(session: Session): void;
  /** Set when the link from an invitation was opened: the person chooses a password instead. */
  invitation: string | null;
  /** Why the person is here again (their session ended), if they were signed in. */
  notice?: string | null;
}

/** The sign-in gate, and the page where an invited person chooses their password. */
export function SignInPage({ onSignedIn, invitation, notice }: Props) {
  const write = useWrite();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  // Asked for once the password is right and the account has two-step sign-in on.
  const [needsCode, setNeedsCode] = useState(false);
  const [code, setCode] = useState('');
  const { submit: submitWith, pending: busy, error } = useChange();
  const signIn = async () => {
    try {
      return await write(authEndpoints.signIn, { body: { email, password, ...(needsCode && code ? { code } : {}) } });
    } catch (failure) {
      if (failure instanceof ApiError && failure.code === 'mfa_required') setNeedsCode(true);
      throw failure;
    }
  };
  const submit = submitWith(() => (invitation ? write(authEndpoints.acceptInvitation, { body: { token: invitation, password } }) : signIn()), onSignedIn);

  return (
    <div className="app">
      <header className="topbar">
        <h1>Partner Graph</h1>
      </header>
      <main className="content sign-in">
        <form className="sign-in-form" onSubmit={submit} aria-labelledby="sign-in-title">
          <h2 id="sign-in-title">{invitation ? 'Choose your password' : 'Sign in'}</h2>
          {notice && !error && (
            <p className="banner" role="status">
              {notice}
            </p>
          )}
          {!invitation && (
            <label>
              Email
              <input type="email" name="email" autoComplete="username" required autoFocus value={email} onChange={(event) => setEmail(event.target.value)} />
            </label>
          )}
          <label>
            {invitation ? 'New password (at least 12 characters)' : 'Password'}
            <input
              type="password"
              name="password"
              autoComplete={invitation ? 'new-password' : 'current-password'}
              required
              minLength={invitation ? 12 : 1}
              autoFocus={!!invitation}
              value={password}
              onChange={(event) => setPassword(event.target.value)}
            />
          </label>
          {needsCode && (
            <label>
              Code from your authenticator app (or a recovery code)
              <input name="code" autoComplete="one-time-code" autoFocus required value={code} onChange={(event) => setCode(event.target.value.trim())} />
            </label>
          )}
          {error && (
            <p className="banner banner-error" role="alert">
              {error}
            </p>
          )}
          <button type="submit" className="primary" disabled={busy}>
            {busy ? 'Signing in…' : invitation ? 'Set password and sign in' : 'Sign in'}
          </button>
          <p className="muted">
            Partner Graph is for the partner community: partners, their Partner Area Leads and the vendor’s admins. Ask your PAL or an admin for an account.
          </p>
        </form>
      </main>
    </div>
  );
}
