import { afterAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../../../test/support/database';
import { queries } from './queries';

const db = testDatabase();
afterAll(() => db.close());

/** `$name` uses in the body of a query, comments left out. */
function usedParams(text: string): string[] {
  const body = text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n');
  return [...new Set([...body.matchAll(/\$(\w+)/g)].map((match) => match[1]!))].sort();
}

describe.each(Object.values(queries))('named query $name', (query) => {
  it('compiles against the real database (EXPLAIN)', async () => {
    await expect(db.read(`EXPLAIN ${query.text}`)).resolves.toBeDefined();
  });

  it('documents exactly the parameters it uses in its header', () => {
    expect([...new Set(query.documentedParams)].sort()).toEqual(usedParams(query.text));
  });
});
