import { buildApi } from '../../server/src/routes';
import { adminContext } from '../support/context';
import type { RouteDefinition } from '../../server/src/http/route';
import { matchesQuerySchema, suggestionsQuerySchema } from '../../server/src/contracts/matches';
import { connectToBigNetwork, percentile } from './big-network';

/**
 * npm run bench:matches — on the generated 100k-partner network (npm run seed -- --partners 100000):
 * latency of matches for 200 random partners and of suggested introductions for every PAL, through
 * the same route handlers the API serves (no HTTP), after one warm-up call each.
 */
const { db, uri, stopLocal, partners } = await connectToBigNetwork();

const routes = buildApi(db, 'bench').routes;
const route = (method: string, path: string) => routes.find((candidate) => candidate.method === method && candidate.path === path) as RouteDefinition;
const matchesRoute = route('get', '/partners/:id/matches');
const suggestionsRoute = route('get', '/pals/:id/suggested-introductions');

async function time(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

const sample = (await db.read('MATCH (p:Partner) WITH p, rand() AS r ORDER BY r LIMIT 200 RETURN p.id AS id')).map((row) => String(row.id));
const pals = (await db.read('MATCH (p:PAL) RETURN p.id AS id ORDER BY id')).map((row) => String(row.id));

const matchesQuery = matchesQuerySchema.parse({});
await matchesRoute.handle({ params: { id: sample[0] }, query: matchesQuery, body: undefined }, adminContext);
const matchTimes: number[] = [];
for (const id of sample) matchTimes.push(await time(() => matchesRoute.handle({ params: { id }, query: matchesQuery, body: undefined }, adminContext)));

const suggestionsQuery = suggestionsQuerySchema.parse({});
await suggestionsRoute.handle({ params: { id: pals[0] }, query: suggestionsQuery, body: undefined }, adminContext);
const suggestionTimes: number[] = [];
for (const id of pals)
  suggestionTimes.push(await time(() => suggestionsRoute.handle({ params: { id }, query: suggestionsQuery, body: undefined }, adminContext)));

const row = (values: number[]) => ({
  runs: values.length,
  'p50 (ms)': Number(percentile(values, 50).toFixed(1)),
  'p95 (ms)': Number(percentile(values, 95).toFixed(1)),
  'p99 (ms)': Number(percentile(values, 99).toFixed(1)),
  'max (ms)': Number(Math.max(...values).toFixed(1)),
});
console.log(`\nMatches benchmark — ${partners} partners at ${uri} (local Neo4j, ${process.platform} ${process.arch})\n`);
console.table({ 'matches (200 random partners, limit 10)': row(matchTimes), 'suggested introductions (every PAL, limit 10)': row(suggestionTimes) });

await db.close();
await stopLocal();
