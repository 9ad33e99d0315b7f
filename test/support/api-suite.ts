import { afterAll, beforeAll } from 'vitest';
import { testDatabase } from './database';
import { createFixture } from './fixture';
import { startTestApp, type TestApp } from './http';

/**
 * The usual set-up of an API test file: a connection to the test database, a fixture for this
 * file's data, and the real app on a free port; all three are torn down after the file, the
 * fixture's data deleted first.
 */
export function apiSuite() {
  const db = testDatabase();
  const fx = createFixture(db);
  let app: TestApp | undefined;
  const started = () => {
    if (!app) throw new Error('the test app starts in beforeAll');
    return app;
  };

  beforeAll(async () => {
    app = await startTestApp(db);
  });
  afterAll(async () => {
    await fx.cleanup();
    await app?.close();
    await db.close();
  });

  const api: TestApp = {
    get url() {
      return started().url;
    },
    get: (path) => started().get(path),
    post: (path, body) => started().post(path, body),
    patch: (path, body) => started().patch(path, body),
    delete: (path) => started().delete(path),
    close: () => started().close(),
  };
  return { db, fx, api };
}
