import { inject } from 'vitest';
import { createDatabase, type Database } from '../../server/src/db/neo4j';

/** A connection to the run's throwaway Neo4j. */
export function testDatabase(): Database {
  return createDatabase(inject('neo4j'));
}
