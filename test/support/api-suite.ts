import { afterAll, beforeAll } from 'vitest';
import { testDatabase } from './database';
import { createFixture } from './fixture';
import { startTestApp, type ApiClient, type Credentials, type TestApp } from './http';

/**
 * The usual set-up of an API test file: a connection to the test database, a fixture for this
 * file's data, and the real app on a free port; all three are torn down after the file, the
 * fixture's data deleted first.
 *
 * `api` is signed in as an admin of the fixture (admins may do everything, so feature tests test the
 * feature); `anonymous` has no session, and `signIn` gives a client for any other account.
 */
export function apiSuite() {
  const db = testDatabase();
  const fx = createFixture(db);
  let app: TestApp | undefined;
  let admin: ApiClient | undefined;
  const started = <T>(value: T | undefined): T => {
    if (!value) throw new Error('the test app starts in beforeAll');
    return value;
  };

  beforeAll(async () => {
    // Suites sign in as many people from one address; the per-address sign-in limit has its own test.
    app = await startTestApp(db, { loginAttemptsPerMinute: 200 });
    admin = await app.signIn(await fx.user('suite-admin', 'admin'));
  });
  afterAll(async () => {
    await fx.cleanup();
    await app?.close();
    await db.close();
  });

  const api: ApiClient = {
    get url() {
      return started(app).url;
    },
    get sessionToken() {
      return started(admin).sessionToken;
    },
    get csrfToken() {
      return started(admin).csrfToken;
    },
    get: (path) => started(admin).get(path),
    post: (path, body) => started(admin).post(path, body),
    patch: (path, body) => started(admin).patch(path, body),
    delete: (path) => started(admin).delete(path),
    request: (method, path, body, options) => started(admin).request(method, path, body, options),
  };
  return {
    db,
    fx,
    api,
    anonymous: () => started(app).anonymous,
    signIn: (credentials: Credentials) => started(app).signIn(credentials),
  };
}
