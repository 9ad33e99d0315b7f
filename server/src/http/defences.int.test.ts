import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../../../test/support/database';
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
    expect(last!.body).toEqual({ error: { code: 'rate_limited', message: expect.any(String) } });
    expect(last!.headers.get('retry-after')).toMatch(/^\d+$/);
  });

  it('refuses an oversized body with a 413 naming the body', async () => {
    const fresh = await startTestApp(db);
    try {
      const response = await fresh.anonymous.post('/api/partners', { name: 'x'.repeat(200_000) });
      expect(response.status).toBe(413);
      expect(response.body.error).toMatchObject({ code: 'body_too_large', field: 'body' });
    } finally {
      await fresh.close();
    }
  });
});
