import type { Area, Pal, Specialty } from '../contracts/catalog';
import { cypher, type QueryName } from '../db/queries';
import type { Database } from '../db/neo4j';

export function catalogRepository(db: Database) {
  async function all<T>(query: QueryName, column: string): Promise<T[]> {
    return (await db.read(cypher(query))).map((row) => row[column] as T);
  }
  return {
    specialties: () => all<Specialty>('specialty-list', 'specialty'),
    areas: () => all<Area>('area-list', 'area'),
    pals: () => all<Pal>('pal-list', 'pal'),
  };
}

export type CatalogRepository = ReturnType<typeof catalogRepository>;
