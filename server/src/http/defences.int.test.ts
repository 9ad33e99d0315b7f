import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../../../test/support/database';
import { createFixture } from '../../../test/support/fixture';
import { startTestApp, type TestApp } from '../../../test/support/http';

const db = testDatabase();
let api: TestApp;
beforeAll(async () => {
  api = await startTestApp(db, { apiRequestsPerMinute: 5 });
});
afterAll(async () => {
  await api.close();
  await db.close();
});

describe('defences', () => {
  it('sends security headers with a content security policy, on pages and on the API', async () => {
    for (const path of ['/', '/api/health']) {
      const response = await fetch(`${api.url}${path}`);
      const policy = response.headers.get('content-security-policy') ?? '';
      expect(policy).toContain("default-src 'self'");
      expect(policy).toContain("script-src 'self'");
      expect(policy).toContain("frame-ancestors 'none'");
      expect(policy).not.toContain('upgrade-insecure-requests');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-powered-by')).toBeNull();
    }
  });

  it('answers 429 in the API error shape once an address sends too many requests', async () => {
    const statuses: number[] = [];
    let last: Awaited<ReturnType<TestApp['anonymous']['get']>> | undefined;
    for (let i = 0; i < 7; i++) {
      last = await api.anonymous.get('/api/health');
      statuses.push(last.status);
    }
    expect(statuses.slice(0, 4).every((status) => status === 200)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
    expect(last!.body).toEqual({ error: { code: 'rate_limited', message: expect.any(String), details: { retryAfterSeconds: expect.any(Number) } } });
    expect(Number(last!.headers.get('retry-after'))).toBe(
      (last!.body as { error: { details: { retryAfterSeconds: number } } }).error.details.retryAfterSeconds,
    );
  });

  it('refuses an oversized body with a 413 naming the body', async () => {
    const fresh = await startTestApp(db);
    try {
      const fx = createFixture(db);
      const admin = await fresh.signIn(await fx.user('oversized', 'admin'));
      const response = await admin.post('/api/partners', { name: 'x'.repeat(200_000) });
      await fx.cleanup();
      expect(response.status).toBe(413);
      expect(response.body.error).toMatchObject({ code: 'body_too_large', field: 'body' });
    } finally {
      await fresh.close();
    }
  });
});

describe('caching', () => {
  it('no API answer may be stored by a browser or a proxy, errors included', async () => {
    for (const path of ['/api/health', '/api/partners', '/api/no-such-route', '/api/openapi.json']) {
      const response = await fetch(`${api.url}${path}`);
      expect(response.headers.get('cache-control'), path).toBe('no-store');
    }
  });
});

describe('large bodies', () => {
  /** Starts sending a body of `size` bytes slowly and says how much had been sent when the answer came. */
  function postSlowly(url: string, path: string, size: number, headers: Record<string, string> = {}) {
    return new Promise<{ status: number; sentBytes: number; body: string }>((resolve, reject) => {
      const request = http.request(`${url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': String(size), ...headers },
      });
      let sentBytes = 0;
      const chunk = Buffer.alloc(256 * 1024, 0x20);
      const timer = setInterval(() => {
        if (sentBytes + chunk.length > size) return;
        request.write(chunk);
        sentBytes += chunk.length;
      }, 20);
      request.on('response', (response) => {
        clearInterval(timer);
        let body = '';
        response.on('data', (part) => {
          body += part;
        });
        response.on('end', () => {
          request.destroy();
          resolve({ status: response.statusCode ?? 0, sentBytes, body });
        });
      });
      request.on('error', (error) => {
        clearInterval(timer);
        if (sentBytes > 0) resolve({ status: 0, sentBytes, body: String(error) });
        else reject(error);
      });
    });
  }

  it('refuses an anonymous 20 MB import before reading its body', async () => {
    const fresh = await startTestApp(db);
    try {
      const size = 20 * 1024 * 1024;
      for (const path of ['/api/admin/import/graph', '/api/admin/import/partners', '/api/admin/import/no-such-import']) {
        const answer = await postSlowly(fresh.url, path, size);
        expect(answer.status, path).toBeGreaterThanOrEqual(401);
        expect(answer.status, path).toBeLessThan(500);
        // Answered long before the body could have been read (it arrives at ~12 MB/s here).
        expect(answer.sentBytes, path).toBeLessThan(size / 4);
      }
    } finally {
      await fresh.close();
    }
  });

  it('refuses a partner the same way, and lets an admin send a large import', async () => {
    const fx = createFixture(db);
    const fresh = await startTestApp(db);
    try {
      const partner = await fx.partner('big-body');
      const client = await fresh.signIn(await fx.user('big-body', 'partner', partner));
      const refused = await postSlowly(fresh.url, '/api/admin/import/partners', 20 * 1024 * 1024, {
        cookie: `pg_session=${client.sessionToken}`,
        'x-csrf-token': client.csrfToken ?? '',
      });
      expect(refused.status).toBe(403);
      expect(refused.sentBytes).toBeLessThan(5 * 1024 * 1024);

      const admin = await fresh.signIn(await fx.user('big-body-admin', 'admin'));
      const csv = `id,name\n${'#'.repeat(300_000)}\n`;
      const large = await admin.post('/api/admin/import/partners', { csv });
      expect(large.status).not.toBe(413);
      expect(large.status).toBeLessThan(500);
    } finally {
      await fx.cleanup();
      await fresh.close();
    }
  });
});
