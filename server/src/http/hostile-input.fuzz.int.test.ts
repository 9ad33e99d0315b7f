import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { testDatabase } from '../../../test/support/database';
import { createFixture } from '../../../test/support/fixture';
import { startTestApp, type ApiClient, type TestApp } from '../../../test/support/http';
import { buildApi } from '../routes';

/**
 * Property: whatever a client sends to any route, as anyone, the answer is never a 5xx, never
 * carries a stack trace or driver text, and a refused write changes nothing. 1,000 seeded cases in
 * `npm test`; `npm run fuzz` runs 10,000 (FUZZ_RUNS and FUZZ_SEED choose).
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
const SEED = Number(process.env.FUZZ_SEED ?? 20261203);

const db = testDatabase();
const fx = createFixture(db);
let app: TestApp;
const sessions: Partial<Record<'partner' | 'pal' | 'admin', ApiClient>> = {};
let knownIds: string[] = [];

beforeAll(async () => {
  app = await startTestApp(db, { apiRequestsPerMinute: 1_000_000, loginAttemptsPerMinute: 1_000_000 });
  const area = await fx.area('fuzz-area');
  const specialty = await fx.specialty('fuzz-skill');
  const pal = await fx.partner('fuzz-pal', { area });
  await fx.pal(pal, area);
  const me = await fx.partner('fuzz-me', { area, offers: [specialty] });
  const other = await fx.partner('fuzz-other', { area, seeks: [specialty] });
  await fx.ties([
    [me, pal],
    [pal, other],
  ]);
  const introduction = await fx.introduction('fuzz-intro', { introducer: pal, from: other, to: me, status: 'made' });
  const group = await fx.group('fuzz-group', area, other, [me, other]);
  knownIds = [area, specialty, pal, me, other, introduction, group];
  sessions.partner = await app.signIn(await fx.user('fuzz-partner', 'partner', me));
  sessions.pal = await app.signIn(await fx.user('fuzz-pal-user', 'pal', pal));
  sessions.admin = await app.signIn(await fx.user('fuzz-admin', 'admin'));
}, 120_000);

afterAll(async () => {
  await fx.cleanup();
  await app?.close();
  await db.close();
});

/** Everything about this fixture's nodes and the relationships touching them, in one comparable string. */
async function fingerprint(): Promise<string> {
  const [row] = await db.read(
    `MATCH (n) WHERE n.id STARTS WITH $prefix
     OPTIONAL MATCH (n)-[r]-(m) WHERE NOT m:AuditEntry AND NOT m:Session
     WITH n, collect(DISTINCT [type(r), startNode(r).id, endNode(r).id, properties(r)]) AS rels
     WITH n, rels ORDER BY n.id
     RETURN collect([labels(n), properties(n), rels]) AS state`,
    { prefix: fx.prefix },
  );
  return JSON.stringify(row?.state ?? null, (_key, value) => (typeof value === 'bigint' ? String(value) : value));
}

// Sign-out would end the session the run goes on with; the rest are all fair game.
const routes = buildApi(db, 'fuzz').routes.filter((route) => route.path !== '/auth/logout');
const shapeKeys = (schema: z.ZodType | undefined): string[] => Object.keys((schema as { shape?: Record<string, unknown> } | undefined)?.shape ?? {});

const nasty = fc.constantFrom(
  '',
  ' ',
  '%E0%A4%A',
  '%',
  '__proto__',
  'constructor',
  'prototype',
  '\ud800x',
  '\udfff',
  '😀',
  '\u0000',
  '../../../etc/passwd',
  "' OR 1=1 //",
  '}) MATCH (n) DETACH DELETE n //',
  '$id',
  '1e300',
  '-1',
  'NaN',
  'true',
  'null',
  'x'.repeat(5000),
  '2026-02-30',
  'javascript:alert(1)',
);
const text = fc.oneof(nasty, fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ maxLength: 20 }));
const value: fc.Arbitrary<unknown> = fc.oneof(
  { depthSize: 'small' },
  text,
  fc.constant('KNOWN'),
  fc.integer(),
  fc.double(),
  fc.constantFrom(1e300, -0, Number.MAX_SAFE_INTEGER + 2),
  fc.boolean(),
  fc.constant(null),
  fc.array(text, { maxLength: 3 }),
  fc.dictionary(text, text, { maxKeys: 3 }),
);

/** Any generated value as query text (objects without a prototype have no toString). */
const asText = (raw: unknown) => (typeof raw === 'string' ? raw : (JSON.stringify(raw) ?? ''));

const encode = (raw: string) => {
  try {
    return encodeURIComponent(raw);
  } catch {
    return '%ED%A0%80';
  }
};

const caseArbitrary = fc.record({
  route: fc.integer({ min: 0, max: routes.length - 1 }),
  role: fc.constantFrom('anonymous', 'partner', 'pal', 'admin'),
  pathValues: fc.array(fc.oneof(text, fc.constant('KNOWN'), fc.constant('%E0%A4%A')), { minLength: 3, maxLength: 3 }),
  query: fc.array(fc.tuple(fc.boolean(), text, value), { maxLength: 4 }),
  body: fc.array(fc.tuple(fc.boolean(), text, value), { maxLength: 5 }),
  rawBody: fc.option(fc.constantFrom('{', '[]', 'null', '"x"', '1e999', '{"a":1,"a":2}', '{"__proto__":{"admin":true}}', ' '.repeat(100)), { nil: undefined }),
  contentType: fc.constantFrom(
    'application/json',
    'application/json',
    'application/json; charset=latin1',
    'text/plain',
    'application/x-www-form-urlencoded',
    'none',
  ),
  contentEncoding: fc.constantFrom('none', 'none', 'none', 'gzip', 'br', 'x-unknown'),
  known: fc.integer({ min: 0, max: 1000 }),
});

const stackOrDriverText = /Neo4jError|neo4j-driver|\bat [\w.<>]+ \(|\.ts:\d+:\d+|Cypher|SyntaxError: Unexpected/;

describe('hostile input over every route, as everyone', () => {
  it(
    `never answers 5xx or a stack trace, and a refused write changes nothing (${RUNS} cases, seed ${SEED})`,
    async () => {
      const statuses = new Map<number, number>();
      let refusedWithChanges = 0;
      await fc.assert(
        fc.asyncProperty(caseArbitrary, async (input) => {
          const route = routes[input.route]!;
          const pick = (raw: unknown) => (raw === 'KNOWN' ? knownIds[input.known % knownIds.length] : raw);
          let index = 0;
          const path = route.path.replace(/:(\w+)/g, () => {
            const raw = pick(input.pathValues[index++ % 3]) as string;
            return raw === '%E0%A4%A' ? raw : encode(raw);
          });
          const queryKeys = shapeKeys(route.query);
          const query = input.query
            .map(
              ([useKnownKey, key, raw]) =>
                `${encode(useKnownKey && queryKeys.length ? queryKeys[key.length % queryKeys.length]! : key)}=${encode(asText(pick(raw)))}`,
            )
            .join('&');
          const bodyKeys = shapeKeys(route.body);
          const body = Object.fromEntries(
            input.body.map(([useKnownKey, key, raw]) => [useKnownKey && bodyKeys.length ? bodyKeys[key.length % bodyKeys.length]! : key, pick(raw)]),
          );
          const isWrite = route.method !== 'get';
          const session = input.role === 'anonymous' ? null : sessions[input.role as 'partner' | 'pal' | 'admin']!;
          const headers: Record<string, string> = {};
          if (session?.sessionToken) headers.cookie = `pg_session=${session.sessionToken}`;
          if (session?.csrfToken && isWrite) headers['x-csrf-token'] = session.csrfToken;
          if (isWrite && input.contentType !== 'none') headers['content-type'] = input.contentType;
          if (isWrite && input.contentEncoding !== 'none') headers['content-encoding'] = input.contentEncoding;
          const before = isWrite ? await fingerprint() : '';
          const response = await fetch(`${app.url}/api${path}${query ? `?${query}` : ''}`, {
            method: route.method.toUpperCase(),
            headers,
            ...(isWrite ? { body: input.rawBody ?? JSON.stringify(body) } : {}),
          });
          const answer = await response.text();
          statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
          const described = `${input.role} ${route.method.toUpperCase()} ${path}?${query} → ${response.status} ${answer.slice(0, 300)}`;
          expect(response.status, described).toBeLessThan(500);
          expect(stackOrDriverText.test(answer), described).toBe(false);
          if (isWrite && response.status >= 400) {
            const after = await fingerprint();
            if (after !== before) refusedWithChanges++;
            expect(after, `a refused write changed the data: ${described}`).toBe(before);
          }
        }),
        { numRuns: RUNS, seed: SEED, endOnFailure: true },
      );
      console.log(
        `fuzz: ${RUNS} cases, seed ${SEED}; statuses ${JSON.stringify(Object.fromEntries([...statuses].sort(([a], [b]) => a - b)))}; refused writes with changes: ${refusedWithChanges}`,
      );
    },
    30 * 60_000,
  );
});
