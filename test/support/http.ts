import { listen, type RequestTimeouts } from '../../server/src/http/listen';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { backgroundOf, createApp, clientBuildDir, type AppDependencies } from '../../server/src/app';
import type { Database } from '../../server/src/db/neo4j';
import { createLogger } from '../../server/src/logger';

export interface TestResponse<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

/** A caller of the API: anonymous, or carrying a session cookie and its CSRF token like a browser. */
export interface ApiClient {
  url: string;
  get<T = any>(path: string): Promise<TestResponse<T>>;
  post<T = any>(path: string, body: unknown): Promise<TestResponse<T>>;
  patch<T = any>(path: string, body: unknown): Promise<TestResponse<T>>;
  delete<T = any>(path: string): Promise<TestResponse<T>>;
  /** Any method, with extra headers (or without the CSRF token: `{ csrf: false }`). */
  request<T = any>(method: string, path: string, body?: unknown, options?: { headers?: Record<string, string>; csrf?: boolean }): Promise<TestResponse<T>>;
  /** The session cookie's value, or null when anonymous. */
  readonly sessionToken: string | null;
  readonly csrfToken: string | null;
}

export interface Credentials {
  email: string;
  password: string;
}

const SESSION_COOKIE = 'pg_session';

/** The session cookie a response sets (a value), clears (''), or leaves alone (undefined). */
function sessionCookieFrom(headers: Headers): string | undefined {
  for (const line of headers.getSetCookie()) {
    const [pair] = line.split(';');
    const [name, ...value] = pair!.split('=');
    if (name?.trim() === SESSION_COOKIE) return value.join('=');
  }
  return undefined;
}

export function apiClient(url: string, session: { token: string | null; csrf: string | null } = { token: null, csrf: null }): ApiClient {
  const state = { ...session };
  async function request<T>(
    method: string,
    path: string,
    body?: unknown,
    options: { headers?: Record<string, string>; csrf?: boolean } = {},
  ): Promise<TestResponse<T>> {
    const headers: Record<string, string> = { ...(body === undefined ? {} : { 'content-type': 'application/json' }) };
    if (state.token) headers.cookie = `${SESSION_COOKIE}=${state.token}`;
    if (state.csrf && options.csrf !== false && method !== 'GET') headers['x-csrf-token'] = state.csrf;
    const response = await fetch(`${url}${path}`, {
      method,
      headers: { ...headers, ...options.headers },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await response.text();
    const isJson = (response.headers.get('content-type') ?? '').includes('json');
    const parsed = text ? (isJson ? JSON.parse(text) : text) : null;
    const cookie = sessionCookieFrom(response.headers);
    if (cookie !== undefined) state.token = cookie || null;
    if (parsed && typeof parsed === 'object' && typeof parsed.csrfToken === 'string') state.csrf = parsed.csrfToken;
    return { status: response.status, body: parsed, headers: response.headers };
  }
  return {
    url,
    request,
    get: (path) => request('GET', path),
    post: (path, body) => request('POST', path, body),
    patch: (path, body) => request('PATCH', path, body),
    delete: (path) => request('DELETE', path),
    get sessionToken() {
      return state.token;
    },
    get csrfToken() {
      return state.csrf;
    },
  };
}

/** Signs in through the API and returns a client carrying the new session. */
export async function signIn(url: string, credentials: Credentials): Promise<ApiClient> {
  const client = apiClient(url);
  const { status, body } = await client.post('/api/auth/login', { email: credentials.email, password: credentials.password });
  if (status !== 200) throw new Error(`sign-in as ${credentials.email} failed: ${status} ${JSON.stringify(body)}`);
  return client;
}

/** The real app on a free port, talking to the given database. */
export async function startTestApp(db: Database, options: Omit<Partial<AppDependencies>, 'db'> & { timeouts?: RequestTimeouts } = {}) {
  const { timeouts, ...dependencies } = options;
  // The suites share one database and one address, with writers no deployment would have beside
  // it: each test app counts its rate limits apart, and its health report goes stale on its own
  // writes only (the two-process test turns both back on).
  const app = createApp({
    db,
    logger: createLogger('silent'),
    clientDir: clientBuildDir,
    rateLimitScope: `test-${randomUUID()}`,
    health: { sharedStaleness: false },
    ...dependencies,
  });
  const { server, drain } = await listen(app, 0, '127.0.0.1', timeouts);
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    /** A new client with no session each time (one that signs in keeps its cookie). */
    get anonymous() {
      return apiClient(url);
    },
    signIn: (credentials: Credentials) => signIn(url, credentials),
    /** Its mail sender and hourly jobs, which a test app never starts by itself: tests drive them. */
    background: backgroundOf(app),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
    /** Shuts down as the server does on SIGTERM. */
    drain,
  };
}

export type TestApp = Awaited<ReturnType<typeof startTestApp>>;
