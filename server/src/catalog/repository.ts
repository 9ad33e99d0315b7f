import type { Area, Pal, Specialty } from '../contracts/catalog';
import { cypher, type QueryName } from '../db/queries';
import type { Database } from '../db/neo4j';

/**
 * The catalogue: the reference lists (specialties, areas, PALs) and whether the things an input
 * refers to exist.
 */
export function catalogRepository(db: Database) {
  async function all<T>(query: QueryName, column: string): Promise<T[]> {
    return (await db.read(cypher(query))).map((row) => row[column] as T);
  }
  async function missing(query: 'partners-exist' | 'specialties-exist', ids: string[]): Promise<string[]> {
    if (ids.length === 0) return [];
    const rows = await db.read(cypher(query), { ids });
    return rows.filter((row) => !row.exists).map((row) => String(row.id));
  }
  return {
    specialties: () => all<Specialty>('specialty-list', 'specialty'),
    areas: () => all<Area>('area-list', 'area'),
    pals: () => all<Pal>('pal-list', 'pal'),
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

export type CatalogRepository = ReturnType<typeof catalogRepository>;
