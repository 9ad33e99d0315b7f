import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { randomBytes } from 'node:crypto';
import { matchesQuerySchema } from '../../server/src/contracts/matches';
import { freePort, startLocalNeo4j } from '../../server/src/db/local-neo4j';
import { createDatabase } from '../../server/src/db/neo4j';
import { applySchema } from '../../server/src/db/schema';
import { buildApi } from '../../server/src/routes';
import { adminContext } from '../support/context';
import { generateEvalNetwork } from '../../seed/eval-network';
import { loadNetwork } from '../../server/src/network/repository';
import { Random } from '../../seed/random';

/**
 * npm run eval:matches [-- --partners 2000 --seed 7 --evaluate 300]
 *
 * Generates a network whose collaborations follow hidden needs (seed/eval-network.ts), loads the
 * recorded part into a throwaway Neo4j, and asks the real matches endpoint to rank candidates for
 * partners with held-out collaborations. Baselines rank the same candidate universe: partners in
 * the same area or two hops away, not already known, open to introductions (hard negatives: they
 * share an area or an acquaintance with the partner).
 */
const { values } = parseArgs({
  options: {
    partners: { type: 'string', default: '2000' },
    seed: { type: 'string', default: '7' },
    evaluate: { type: 'string', default: '300' },
  },
});
const partnersCount = Number(values.partners);
const seed = Number(values.seed);

const generated = generateEvalNetwork({ partners: partnersCount, seed });
const { network, heldOut } = generated;
const byId = new Map(network.partners.map((partner) => [partner.id, partner]));
const neighbours = new Map<string, Set<string>>(network.partners.map((partner) => [partner.id, new Set()]));
for (const tie of network.ties) {
  neighbours.get(tie.a)!.add(tie.b);
  neighbours.get(tie.b)!.add(tie.a);
}

const dataDir = mkdtempSync(join(tmpdir(), 'partner-graph-eval-'));
const password = randomBytes(12).toString('hex');
const local = await startLocalNeo4j({ port: await freePort(), dataDir, password, heap: '512m', pageCache: '64m' });
const db = createDatabase({ uri: local.uri, user: 'neo4j', password });
try {
  await applySchema(db);
  await loadNetwork(db, network);
  const matchesRouteOf = (useMeetings: boolean) =>
    buildApi(db, 'eval', { matches: { useMeetings } }).routes.find((route) => route.path === '/partners/:id/matches')!;
  const matchesRoute = matchesRouteOf(true);
  const withoutMeetingsRoute = matchesRouteOf(false);

  const random = new Random(seed);
  const evaluated = random.sample(
    [...heldOut.keys()].filter((id) => byId.get(id)!.openToIntroductions),
    Number(values.evaluate),
  );

  /** Same area or two hops away, not known, open to introductions. */
  function universe(id: string): string[] {
    const me = byId.get(id)!;
    const known = neighbours.get(id)!;
    const twoHops = [...known].flatMap((friend) => [...neighbours.get(friend)!]);
    const sameArea = network.partners.filter((partner) => partner.area === me.area).map((partner) => partner.id);
    return [...new Set([...twoHops, ...sameArea])].filter((other) => other !== id && !known.has(other) && byId.get(other)!.openToIntroductions);
  }

  const common = (a: string, b: string) => [...neighbours.get(a)!].filter((friend) => neighbours.get(b)!.has(friend)).length;
  const overlap = (a: string, b: string) => {
    const pa = byId.get(a)!;
    const pb = byId.get(b)!;
    return pa.seeks.filter((id) => pb.offers.includes(id)).length + pb.seeks.filter((id) => pa.offers.includes(id)).length;
  };
  const byScore = (candidates: string[], score: (other: string) => number, tieBreak: Random) => {
    const jitter = new Map(candidates.map((other) => [other, tieBreak.float()]));
    return [...candidates].sort((x, y) => score(y) - score(x) || jitter.get(x)! - jitter.get(y)!);
  };

  /** The app's ranking through the real route, then the rest of the universe in random order. */
  async function rankWith(route: typeof matchesRoute, id: string, candidates: string[]): Promise<string[]> {
    const result = (await route.handle({ params: { id }, query: matchesQuerySchema.parse({ limit: '50' }), body: undefined }, adminContext)) as {
      items: { partner: { id: string } }[];
    };
    const ranked = result.items.map((item) => item.partner.id).filter((other) => candidates.includes(other));
    const rest = new Set(candidates.filter((other) => !ranked.includes(other)));
    return [...ranked, ...random.sample([...rest], rest.size)];
  }

  const rankers: Record<string, (id: string, candidates: string[]) => Promise<string[]> | string[]> = {
    random: (_id, candidates) => random.sample(candidates, candidates.length),
    'preferential attachment': (id, candidates) => byScore(candidates, (other) => neighbours.get(id)!.size * neighbours.get(other)!.size, random),
    'common neighbours': (id, candidates) => byScore(candidates, (other) => common(id, other), random),
    'specialty overlap': (id, candidates) => byScore(candidates, (other) => overlap(id, other), random),
    'Partner Graph matches, without meetings': (id, candidates) => rankWith(withoutMeetingsRoute, id, candidates),
    'Partner Graph matches': (id, candidates) => rankWith(matchesRoute, id, candidates),
  };

  const metrics: Record<string, { precision: number; recall: number; mrr: number; ndcg: number }> = {};
  for (const [name, rank] of Object.entries(rankers)) {
    let precision = 0;
    let recall = 0;
    let mrr = 0;
    let ndcg = 0;
    for (const id of evaluated) {
      const relevant = heldOut.get(id)!;
      const ranking = await rank(id, universe(id));
      const top = ranking.slice(0, 10);
      const hits = top.filter((other) => relevant.has(other)).length;
      precision += hits / 10;
      recall += hits / relevant.size;
      const first = ranking.findIndex((other) => relevant.has(other));
      mrr += first >= 0 ? 1 / (first + 1) : 0;
      const dcg = top.reduce((sum, other, index) => sum + (relevant.has(other) ? 1 / Math.log2(index + 2) : 0), 0);
      const ideal = Array.from({ length: Math.min(10, relevant.size) }, (_, index) => 1 / Math.log2(index + 2)).reduce((a, b) => a + b, 0);
      ndcg += dcg / ideal;
    }
    const n = evaluated.length;
    metrics[name] = { precision: precision / n, recall: recall / n, mrr: mrr / n, ndcg: ndcg / n };
  }

  const universeSize = evaluated.reduce((sum, id) => sum + universe(id).length, 0) / evaluated.length;
  console.log(
    `\nMatch evaluation — seed ${seed}; ${partnersCount} partners, ${network.ties.length} ties in 3 areas; ${generated.trainingCollaborations} recorded collaborations, ${generated.heldOutCollaborations} held out; ${evaluated.length} partners evaluated, about ${Math.round(universeSize)} candidates each (same area or two hops, unknown, open)\n`,
  );
  console.table(
    Object.fromEntries(
      Object.entries(metrics).map(([name, m]) => [
        name,
        { 'precision@10': m.precision.toFixed(4), 'recall@10': m.recall.toFixed(4), MRR: m.mrr.toFixed(4), 'nDCG@10': m.ndcg.toFixed(4) },
      ]),
    ),
  );
  const ours = metrics['Partner Graph matches']!;
  const baselines = Object.entries(metrics).filter(([name]) => !name.startsWith('Partner Graph matches'));
  for (const metric of ['precision', 'recall', 'mrr', 'ndcg'] as const) {
    const [bestName, best] = baselines.sort((a, b) => b[1][metric] - a[1][metric])[0]!;
    const randomValue = metrics.random![metric];
    console.log(
      `${metric.padEnd(9)} ours ${ours[metric].toFixed(4)} vs best baseline (${bestName}) ${best[metric].toFixed(4)}: ×${(ours[metric] / best[metric]).toFixed(2)}; ×${(ours[metric] / randomValue).toFixed(1)} over random`,
    );
  }
} finally {
  await db.close();
  await local.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
