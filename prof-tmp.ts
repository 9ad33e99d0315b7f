import { createDatabase } from './server/src/db/neo4j';
import { cypher } from './server/src/db/queries';
import neo4j from 'neo4j-driver';
const db = createDatabase({ uri: 'bolt://127.0.0.1:17691', user: 'neo4j', password: 'partner-graph-local' });
const base = { minStrength: neo4j.int(1), area: null, tier: null, managed: null, specialty: null, specialtyMode: 'offers', limit: neo4j.int(1000) };
for (const [id, depth] of [['p-000500', 1], ['p-000500', 1], ['p-000777', 1], ['p-000001', 1], ['p-000001', 1], ['p-000900', 2], ['p-000901', 3], ['p-099901', 2]] as const) {
  const t = performance.now();
  const rows = await db.read(cypher('graph-neighborhood'), { ...base, id, depth: neo4j.int(depth) });
  const t2 = performance.now();
  const ids = rows.map((r: any) => r.partner.id);
  const edges = await db.read(cypher('graph-edges-among'), { ids, minStrength: neo4j.int(1) });
  console.log(id, depth, rows.length, rows[0]?.total, Math.round(t2 - t), 'ms; edges', edges.length, Math.round(performance.now() - t2), 'ms');
}
await db.close();
