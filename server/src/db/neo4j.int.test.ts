import { afterAll, describe, expect, inject, it } from 'vitest';
import { AppError } from '../errors';
import { createDatabase } from './neo4j';
import { testDatabase } from '../../../test/support/database';
import { newId } from '../ids';

const db = testDatabase();
afterAll(() => db.close());

const bookmarks = async () => [...(await db.driver.executeQueryBookmarkManager.getBookmarks())];

describe('causal chaining (what keeps reads after writes right on a cluster)', () => {
  it('a write through a session leaves its bookmark where the next session and executeQuery find it', async () => {
    const id = newId('causal');
    const before = await bookmarks();
    await db.write('CREATE (:CausalProbe {id: $id})', { id });
    const afterWrite = await bookmarks();
    expect(afterWrite.length).toBeGreaterThan(0);
    expect(afterWrite).not.toEqual(before);

    // executeQuery uses the same manager, so it waits for the session's write …
    const { records } = await db.driver.executeQuery('MATCH (n:CausalProbe {id: $id}) RETURN count(n) AS n', { id }, { routing: 'READ' });
    expect(records[0]?.get('n').toNumber()).toBe(1);

    // … and a session's read waits for executeQuery's write.
    await db.driver.executeQuery('MATCH (n:CausalProbe {id: $id}) SET n.seen = true', { id });
    expect(await bookmarks()).not.toEqual(afterWrite);
    expect(await db.read('MATCH (n:CausalProbe {id: $id}) RETURN n.seen AS seen', { id })).toEqual([{ seen: true }]);
    await db.write('MATCH (n:CausalProbe {id: $id}) DELETE n', { id });
  });
});

describe('transaction timeouts', () => {
  it('end a read that runs too long, with a 503 the API can answer, and leave the database serving', async () => {
    const hasty = createDatabase({ ...inject('neo4j'), readTimeoutMs: 300 });
    try {
      const started = performance.now();
      const error = await hasty.read('UNWIND range(1, 200000000) AS x WITH x WHERE x % 7 = 0 RETURN count(*) AS n').catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(AppError);
      expect(error).toMatchObject({ status: 503, code: 'took_too_long' });
      expect(performance.now() - started).toBeLessThan(10_000);
      expect(await hasty.read('RETURN 1 AS one')).toEqual([{ one: 1 }]);
    } finally {
      await hasty.close();
    }
  });
});
