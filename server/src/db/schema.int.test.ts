import { afterAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../../../test/support/database';
import { applySchema, schemaStatements } from './schema';

const db = testDatabase();
afterAll(() => db.close());

const schemaSnapshot = async () => {
  const constraints = await db.read('SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names');
  const indexes = await db.read("SHOW INDEXES YIELD name, state WHERE state = 'ONLINE' RETURN collect(name) AS names");
  return {
    constraints: (constraints[0]!.names as string[]).sort(),
    indexes: (indexes[0]!.names as string[]).sort(),
  };
};

describe('schema', () => {
  it('says IF NOT EXISTS in every statement', () => {
    for (const statement of schemaStatements()) expect(statement).toMatch(/IF NOT EXISTS/);
  });

  it('applied twice changes nothing', async () => {
    await applySchema(db);
    const once = await schemaSnapshot();
    await applySchema(db);
    expect(await schemaSnapshot()).toEqual(once);
    expect(once.constraints).toEqual(expect.arrayContaining(['partner_id', 'area_id', 'specialty_id', 'introduction_id', 'question_id', 'user_group_id']));
    expect(once.indexes).toEqual(expect.arrayContaining(['partner_search', 'partner_name', 'partner_location']));
  });

  it('migrates questions stored under the old :Query label, keeping them', async () => {
    const id = `schema-question-${Date.now()}`;
    await db.write('CREATE (:Query {id: $id, text: $text})', { id, text: 'Who knows Teams?' });
    await applySchema(db);
    const rows = await db.read('MATCH (q {id: $id}) RETURN labels(q) AS labels, q.text AS text', { id });
    await db.write('MATCH (q {id: $id}) DELETE q', { id });
    expect(rows).toEqual([{ labels: ['Question'], text: 'Who knows Teams?' }]);
  });

  it('refuses a second partner with the same id', async () => {
    const id = `schema-test-${Date.now()}`;
    await db.write('CREATE (:Partner {id: $id})', { id });
    try {
      await expect(db.write('CREATE (:Partner {id: $id})', { id })).rejects.toThrow(/already exists/);
    } finally {
      await db.write('MATCH (p:Partner {id: $id}) DELETE p', { id });
    }
  });
});
