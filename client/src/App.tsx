import { hashKey, QueryClientProvider, useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { BrowserRouter, Link, Navigate, Route, Routes, useLocation, useNavigate } from 'react-router';
import { authEndpoints, type Session } from '@contracts/auth';
import { AccountMenu } from './features/auth/AccountMenu';
import { AccountPage } from './features/auth/AccountPage';
import { SignInPage } from './features/auth/SignInPage';
import { AdminPage } from './features/admin/AdminPage';
import { CommunityPage } from './features/community/CommunityPage';
import { ExplorerPage } from './features/explorer/ExplorerPage';
import { FeedbackPage } from './features/feedback/FeedbackPage';
import { HomePage } from './features/home';
import { EditPartnerPage, NewPartnerPage } from './features/partners';
import { IntroductionPage } from './features/introductions';
import { NotificationsPage, UnsubscribePage } from './features/notifications';
import { OutboxPage } from './features/admin/OutboxPage';
import { ApiError, call, SESSION_ENDED_EVENT, setCsrfToken } from './lib/api';
import { isAdmin } from './lib/permissions';
import { createQueryClient, endpointKey, useEndpoint } from './lib/queries';
import { SessionContext } from './lib/session';

// Charts load only for the admins who open the network health page.
const NetworkHealthPage = lazy(() => import('./features/network-health/HealthPage').then((module) => ({ default: module.HealthPage })));

export function App() {
  const [client] = useState(createQueryClient);
  return (
    <QueryClientProvider client={client}>
      <BrowserRouter>
        <SessionGate />
      </BrowserRouter>
    </QueryClientProvider>
  );
}

const sessionKey = endpointKey(authEndpoints.getSession, {});
const sessionHash = hashKey(sessionKey);

/** The sign-in gate: who is signed in (GET /auth/me), then the pages. */
function SessionGate() {
  const client = useQueryClient();
  // The invitation token rides in the fragment (#invitation=…), which browsers never send to a
  // server: it stays out of access logs, proxies and Referer headers.
  const location = useLocation();
  const navigate = useNavigate();
  const invitation = new URLSearchParams(location.hash.slice(1)).get('invitation');
  const [notice, setNotice] = useState<string | null>(null);
  const [landingHome, setLandingHome] = useState(false);
  const session = useEndpoint(authEndpoints.getSession, {});
  // The CSRF token goes with every write of this session.
  useEffect(() => setCsrfToken(session.data?.csrfToken ?? null), [session.data]);

  const signedIn = useCallback(
    (next: Session) => {
      setCsrfToken(next.csrfToken);
      client.setQueryData(sessionKey, next);
    },
    [client],
  );
  const signedOut = useCallback(
    (why: string | null) => {
      setCsrfToken(null);
      setNotice(why);
      client.setQueryData(sessionKey, null);
      // Nothing read for one person is shown to the next. (The session entry stays: the gate
      // watches it, and clearing it would leave the gate watching a query no longer cached.)
      client.removeQueries({ predicate: (query) => query.queryHash !== sessionHash });
    },
    [client],
  );
  useEffect(() => {
    const ended = () => signedOut('Your session has ended. Sign in again to carry on.');
    window.addEventListener(SESSION_ENDED_EVENT, ended);
    return () => window.removeEventListener(SESSION_ENDED_EVENT, ended);
  }, [signedOut]);

  const unauthenticated = session.error instanceof ApiError && session.error.status === 401;
  // An e-mail's unsubscribe link works signed out: its token is the authority.
  if (location.pathname === '/unsubscribe') return <UnsubscribePage />;
  if (session.isLoading)
    return (
      <p className="status page-status" role="status">
        Loading Partner Graph…
      </p>
    );
  if (session.isError && !unauthenticated) {
    return (
      <div className="banner banner-error page-status" role="alert">
        <span>The server cannot be reached right now.</span>
        <button type="button" onClick={() => void session.refetch()}>
          Try again
        </button>
      </div>
    );
  }
  if (!session.data || invitation) {
    return (
      <SignInPage
        invitation={invitation}
        notice={notice}
        onSignedIn={(next) => {
          // Signing in at the front door lands on one's home; a link to something opens that thing.
          setLandingHome(location.pathname === '/' && !location.search);
          if (invitation) navigate({ pathname: location.pathname, hash: '' }, { replace: true });
          setNotice(null);
          signedIn(next);
        }}
      />
    );
  }
  return (
    <SignedIn
      session={session.data}
      landingHome={landingHome}
      onLanded={() => setLandingHome(false)}
      onSession={signedIn}
      onSignedOut={() => signedOut(null)}
    />
  );
}

/** Every page, in one place: the explorer at `/`, and the pages beside it. */
interface SignedInProps {
  session: Session;
  /** Just signed in at `/`: the home is shown rather than the explorer (which would open a partner's own network at once). */
  landingHome: boolean;
  onLanded(): void;
  onSession(session: Session): void;
  onSignedOut(): void;
}

function SignedIn({ session, landingHome, onLanded, onSession, onSignedOut }: SignedInProps) {
  const { user } = session;
  const navigate = useNavigate();
  const signOut = useCallback(() => void call(authEndpoints.signOut, {}).finally(onSignedOut), [onSignedOut]);
  const value = useMemo(() => ({ user, signOut }), [user, signOut]);
  const account = <AccountMenu user={user} onSignOut={signOut} accountOnly={session.mfaSetupRequired} />;
  const page = (content: ReactNode) => <Page account={account}>{content}</Page>;
  const queryClient = useQueryClient();
  // While two-step sign-in must be set up, the Account page is the only page; it stays so until the
  // person has seen their recovery codes, even once the session already allows more.
  const [setupUnderWay, setSetupUnderWay] = useState(session.mfaSetupRequired);
  useEffect(() => {
    if (session.mfaSetupRequired) setSetupUnderWay(true);
  }, [session.mfaSetupRequired]);
  const setupDone = useCallback(() => {
    setSetupUnderWay(false);
    void queryClient.invalidateQueries({ queryKey: sessionKey });
  }, [queryClient]);
  const accountPage = <AccountPage onSession={onSession} mfaSetupRequired={setupUnderWay} onMfaEnabled={setupDone} />;
  if (setupUnderWay) {
    // The server refuses everything else until then; the one page is the way through.
    return <SessionContext.Provider value={value}>{page(accountPage)}</SessionContext.Provider>;
  }
  return (
    <SessionContext.Provider value={value}>
      <Routes>
        <Route path="/" element={landingHome ? <Navigate to="/home" replace /> : <ExplorerPage account={account} />} />
        <Route path="/home" element={page(<HomePage onShown={landingHome ? onLanded : undefined} />)} />
        <Route path="/partners/new" element={page(<NewPartnerPage />)} />
        <Route path="/partners/:id/edit" element={page(<EditPartnerPage />)} />
        <Route path="/account" element={page(accountPage)} />
        <Route path="/feedback" element={page(<FeedbackPage />)} />
        <Route path="/community" element={page(<CommunityPage />)} />
        <Route path="/notifications" element={page(<NotificationsPage />)} />
        <Route path="/introductions/:id" element={page(<IntroductionPage />)} />
        {isAdmin(user) && <Route path="/admin" element={page(<AdminPage />)} />}
        {isAdmin(user) && <Route path="/admin/outbox" element={page(<OutboxPage />)} />}
        {isAdmin(user) && (
          <Route
            path="/admin/health"
            element={page(
              <Suspense
                fallback={
                  <p className="status" role="status">
                    Loading…
                  </p>
                }
              >
                <NetworkHealthPage onOpen={(href) => navigate(href)} />
              </Suspense>,
            )}
          />
        )}
        <Route path="*" element={<Navigate to="/" replace />} />
      </Routes>
    </SessionContext.Provider>
  );
}

function Page({ account, children }: { account: ReactNode; children: ReactNode }) {
  return (
    <div className="app">
      <header className="topbar">
        <h1>
          <Link to="/home">Partner Graph</Link>
        </h1>
        <span className="spacer" />
        {account}
      </header>
      <main className="content scrolling">{children}</main>
    </div>
  );
}
