import type { AddressInfo } from 'node:net';
import { createApp, clientBuildDir } from '../../server/src/app';
import type { Database } from '../../server/src/db/neo4j';
import { createLogger } from '../../server/src/logger';

export interface TestResponse<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

/** The real app on a free port, talking to the given database. */
export async function startTestApp(db: Database, options: { apiRequestsPerMinute?: number } = {}) {
  const app = createApp({ db, logger: createLogger('silent'), clientDir: clientBuildDir, ...options });
  const server = await new Promise<ReturnType<typeof app.listen>>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  async function call<T>(method: string, path: string, body?: unknown): Promise<TestResponse<T>> {
    const response = await fetch(`${url}${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : null, headers: response.headers };
  }

  return {
    url,
    get: <T = any>(path: string) => call<T>('GET', path),
    post: <T = any>(path: string, body: unknown) => call<T>('POST', path, body),
    patch: <T = any>(path: string, body: unknown) => call<T>('PATCH', path, body),
    delete: <T = any>(path: string) => call<T>('DELETE', path),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type TestApp = Awaited<ReturnType<typeof startTestApp>>;
