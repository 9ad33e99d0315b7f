import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import type { Session } from '@contracts/auth';
import { ApiError, SESSION_ENDED_EVENT, setCsrfToken } from './lib/api';
import { AdminPage } from './features/admin/AdminPage';
import { AccountMenu } from './features/auth/AccountMenu';
import { AccountPage } from './features/auth/AccountPage';
import { getSession } from './features/auth/getSession';
import { isAdmin } from './features/auth/permissions';
import { SessionContext } from './features/auth/session';
import { SignInPage } from './features/auth/SignInPage';
import { signOut } from './features/auth/signOut';
import { ExplorerPage } from './features/explorer/ExplorerPage';
import { FeedbackPage } from './features/feedback/FeedbackPage';
import { CommunityPage } from './features/community/CommunityPage';

// Charts load only for the admins who open the health page.
const HealthPage = lazy(() => import('./features/network-health/HealthPage').then((module) => ({ default: module.HealthPage })));

type Gate =
  | { status: 'checking' }
  | { status: 'signed-out'; notice: string | null }
  | { status: 'unreachable' }
  | { status: 'signed-in'; session: Session };

const invitationInUrl = () => new URLSearchParams(window.location.search).get('invitation');

/** The sign-in gate, then the page the path names: the explorer, your account, or the admin pages. */
export function App() {
  const [gate, setGate] = useState<Gate>({ status: 'checking' });
  const [path, setPath] = useState(window.location.pathname);
  const [invitation, setInvitation] = useState(invitationInUrl);

  const signedIn = useCallback((session: Session) => {
    setCsrfToken(session.csrfToken);
    setGate({ status: 'signed-in', session });
  }, []);
  const signedOut = useCallback((notice: string | null) => {
    setCsrfToken(null);
    setGate({ status: 'signed-out', notice });
  }, []);

  const check = useCallback(() => {
    setGate({ status: 'checking' });
    getSession()
      .then(signedIn)
      .catch((error: unknown) => (error instanceof ApiError && error.status === 401 ? signedOut(null) : setGate({ status: 'unreachable' })));
  }, [signedIn, signedOut]);
  useEffect(check, [check]);

  useEffect(() => {
    const ended = () => signedOut('Your session has ended. Sign in again to carry on.');
    const popped = () => setPath(window.location.pathname);
    window.addEventListener(SESSION_ENDED_EVENT, ended);
    window.addEventListener('popstate', popped);
    return () => {
      window.removeEventListener(SESSION_ENDED_EVENT, ended);
      window.removeEventListener('popstate', popped);
    };
  }, [signedOut]);

  const navigateTo = (next: string) => {
    window.history.pushState(null, '', next);
    setPath(new URL(next, window.location.origin).pathname);
  };

  if (gate.status === 'checking') return <p className="status page-status" role="status">Loading Partner Graph…</p>;
  if (gate.status === 'unreachable') {
    return (
      <div className="banner banner-error page-status" role="alert">
        <span>The server cannot be reached right now.</span>
        <button type="button" onClick={check}>Try again</button>
      </div>
    );
  }
  if (gate.status === 'signed-out' || invitation) {
    return (
      <SignInPage
        invitation={invitation}
        notice={gate.status === 'signed-out' ? gate.notice : null}
        onSignedIn={(session) => {
          if (invitation) window.history.replaceState(null, '', '/');
          setInvitation(null);
          signedIn(session);
        }}
      />
    );
  }

  const { user } = gate.session;
  const end = () => void signOut().finally(() => signedOut(null));
  const account = <AccountMenu user={user} onNavigate={navigateTo} onSignOut={end} />;
  const page =
    path === '/admin' && isAdmin(user) ? <AdminPage />
    : path === '/admin/health' && isAdmin(user) ? (
      <Suspense fallback={<p className="status" role="status">Loading…</p>}><HealthPage onOpen={navigateTo} /></Suspense>
    )
    : path === '/account' ? <AccountPage onSession={signedIn} />
    : path === '/feedback' ? <FeedbackPage />
    : path === '/community' ? <CommunityPage />
    : null;

  return (
    <SessionContext.Provider value={{ user, signOut: end }}>
      {page ? (
        <div className="app">
          <header className="topbar">
            <h1><a href="/" onClick={(event) => { event.preventDefault(); navigateTo('/'); }}>Partner Graph</a></h1>
            <span className="spacer" />
            {account}
          </header>
          <main className="content scrolling">{page}</main>
        </div>
      ) : (
        <ExplorerPage account={account} />
      )}
    </SessionContext.Provider>
  );
}
