import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../../../test/support/database';
import { createFixture } from '../../../test/support/fixture';
import { startTestApp, type ApiClient, type TestApp } from '../../../test/support/http';
import type { Database } from './neo4j';
import { cypher } from './queries';

/**
 * A database that fails one named query on demand (a fault injected at the query, not a fake
 * database: every other query, and the data, are the real Neo4j's).
 */
const real = testDatabase();
let failing: string | null = null;
const fail = (query: string) => {
  if (failing && query === cypher(failing as never)) return Promise.reject(new Error(`injected failure of ${failing}`));
  return null;
};
const faulty: Database = {
  driver: real.driver,
  read: (query, params, options) => fail(query) ?? real.read(query, params, options),
  write: (query, params) => fail(query) ?? real.write(query, params),
  inUnitOfWork: (work) => real.inUnitOfWork(work),
  writeTransaction: (work, options) => real.writeTransaction(work, options),
  check: () => real.check(),
  get circuitState() {
    return real.circuitState;
  },
  close: () => real.close(),
};

const fx = createFixture(real);
let app: TestApp;
let partner: ApiClient;

beforeAll(async () => {
  const area = await fx.area('unit');
  await fx.specialty('unit-topic');
  await fx.partner('unit-pal', { area });
  await fx.pal(fx.id('unit-pal'), area);
  app = await startTestApp(faulty);
  partner = await app.signIn(await fx.user('unit-asker', 'partner', await fx.partner('unit-asker', { area })));
});
afterAll(async () => {
  await fx.cleanup();
  await app.close();
  await real.close();
});

const questionsAbout = async (text: string) => (await real.read('MATCH (q:Question {text: $text}) RETURN q.id AS id', { text })).length;
const auditEntriesFor = async (id: string) =>
  (await real.read("MATCH (a:AuditEntry) WHERE a.action = 'POST /questions' AND a.after CONTAINS $id RETURN a.id AS id", { id })).length;

describe('a write, its read-back and its audit entry', () => {
  it('are made together: an acknowledged write has its audit entry', async () => {
    const { status, body } = await partner.post('/api/questions', { specialty: fx.id('unit-topic'), text: 'Made with its entry' });
    expect(status).toBe(201);
    expect(await auditEntriesFor(body.id)).toBe(1);
  });

  it('roll back together when the audit entry cannot be written: not acknowledged, nothing made', async () => {
    failing = 'audit-create';
    try {
      const { status } = await partner.post('/api/questions', { specialty: fx.id('unit-topic'), text: 'Its entry failed' });
      expect(status).toBeGreaterThanOrEqual(500);
    } finally {
      failing = null;
    }
    expect(await questionsAbout('Its entry failed')).toBe(0);
  });

  it('roll back together when the read-back fails: never a committed write answered with an error', async () => {
    failing = 'question-list';
    try {
      const { status } = await partner.post('/api/questions', { specialty: fx.id('unit-topic'), text: 'Its read-back failed' });
      expect(status).toBeGreaterThanOrEqual(500);
    } finally {
      failing = null;
    }
    expect(await questionsAbout('Its read-back failed')).toBe(0);
  });
});
