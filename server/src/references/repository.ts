import { cypher } from '../db/queries';
import type { Database } from '../db/neo4j';

/** Looks up whether the things an input refers to exist. */
export function referenceRepository(db: Database) {
  async function missing(query: 'partners-exist' | 'specialties-exist', ids: string[]): Promise<string[]> {
    if (ids.length === 0) return [];
    const rows = await db.read(cypher(query), { ids });
    return rows.filter((row) => !row.exists).map((row) => String(row.id));
  }
  return {
    missingPartners: (ids: string[]) => missing('partners-exist', ids),
    missingSpecialties: (ids: string[]) => missing('specialties-exist', ids),
    async isPal(id: string): Promise<boolean> {
      return (await db.read(cypher('pal-exists'), { id })).length > 0;
    },
    async areaPalOf(id: string): Promise<string | null> {
      const [row] = await db.read(cypher('area-pal-of'), { ids: [id] });
      return row ? (row.pal as { id: string }).id : null;
    },
    async areaExists(id: string): Promise<boolean> {
      return (await db.read(cypher('area-exists'), { id })).length > 0;
    },
  };
}

export type ReferenceRepository = ReturnType<typeof referenceRepository>;
