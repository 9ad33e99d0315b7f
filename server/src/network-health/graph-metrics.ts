import Graph from 'graphology';
import { connectedComponents } from 'graphology-components';
import louvain from 'graphology-communities-louvain';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';

/**
 * The acquaintance network in compressed sparse rows: the neighbours of partner `i` are
 * `targets[offsets[i] .. offsets[i + 1])`. Typed arrays keep a million ties in a few megabytes and
 * make the breadth-first searches below fast.
 */
export interface Csr {
  size: number;
  offsets: Int32Array;
  targets: Int32Array;
}

export function toCsr(neighbours: readonly (readonly number[])[]): Csr {
  const size = neighbours.length;
  const offsets = new Int32Array(size + 1);
  for (let i = 0; i < size; i++) offsets[i + 1] = offsets[i]! + neighbours[i]!.length;
  const targets = new Int32Array(offsets[size]!);
  for (let i = 0; i < size; i++) targets.set(neighbours[i]!, offsets[i]!);
  return { size, offsets, targets };
}

export const degreeOf = (csr: Csr, node: number) => csr.offsets[node + 1]! - csr.offsets[node]!;

/** The same network as a graphology graph (keys are indices), for the library algorithms. */
export function toGraphology(csr: Csr): Graph {
  const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (let node = 0; node < csr.size; node++) graph.addNode(String(node));
  for (let node = 0; node < csr.size; node++) {
    for (let k = csr.offsets[node]!; k < csr.offsets[node + 1]!; k++) {
      const other = csr.targets[k]!;
      if (other > node) graph.mergeEdge(String(node), String(other));
    }
  }
  return graph;
}

/** Hops from the nearest of `sources` to every partner (-1: unreachable), and which source is nearest. */
export function multiSourceDistances(csr: Csr, sources: readonly number[], maxHops = Infinity): { hops: Int32Array; nearest: Int32Array } {
  const hops = new Int32Array(csr.size).fill(-1);
  const nearest = new Int32Array(csr.size).fill(-1);
  let frontier: number[] = [];
  for (const source of sources) {
    if (hops[source] === -1) {
      hops[source] = 0;
      nearest[source] = source;
      frontier.push(source);
    }
  }
  for (let depth = 1; frontier.length > 0 && depth <= maxHops; depth++) {
    const next: number[] = [];
    for (const node of frontier) {
      for (let k = csr.offsets[node]!; k < csr.offsets[node + 1]!; k++) {
        const other = csr.targets[k]!;
        if (hops[other] === -1) {
          hops[other] = depth;
          nearest[other] = nearest[node]!;
          next.push(other);
        }
      }
    }
    frontier = next;
  }
  return { hops, nearest };
}

/**
 * The mean of local clustering coefficients (the share of a partner's acquaintances who know each
 * other), partners with fewer than two ties counting as 0, as networkx's average_clustering does.
 * graphology-metrics has no clustering coefficient; this is the textbook count of links among
 * neighbours, marking each partner's neighbours once.
 */
export function averageClustering(csr: Csr): number {
  if (csr.size === 0) return 0;
  const mark = new Int32Array(csr.size).fill(-1);
  let total = 0;
  for (let node = 0; node < csr.size; node++) {
    const degree = degreeOf(csr, node);
    if (degree < 2) continue;
    for (let k = csr.offsets[node]!; k < csr.offsets[node + 1]!; k++) mark[csr.targets[k]!] = node;
    let links = 0;
    for (let k = csr.offsets[node]!; k < csr.offsets[node + 1]!; k++) {
      const neighbour = csr.targets[k]!;
      for (let j = csr.offsets[neighbour]!; j < csr.offsets[neighbour + 1]!; j++) if (mark[csr.targets[j]!] === node) links++;
    }
    total += links / (degree * (degree - 1));
  }
  return total / csr.size;
}

/**
 * Betweenness centrality normalised as graphology-metrics does it (so the two agree). On networks
 * up to `exactUpTo` partners it is graphology-metrics' exact Brandes; above, Brandes' algorithm from
 * `sources` randomly chosen sources with the sums scaled by n / sources (Brandes & Pich 2007), since
 * exact betweenness of a 100k-partner network would take hours and no maintained package samples.
 */
export function betweenness(
  csr: Csr,
  options: { exactUpTo: number; sources: number; random: () => number },
): { scores: Float64Array; method: 'exact' | 'sampled'; sources: number } {
  if (csr.size <= options.exactUpTo) {
    const exact = betweennessCentrality(toGraphology(csr), { normalized: true });
    const scores = new Float64Array(csr.size);
    for (const [node, score] of Object.entries(exact)) scores[Number(node)] = score;
    return { scores, method: 'exact', sources: csr.size };
  }
  const chosen = sampleWithoutReplacement(csr.size, Math.min(options.sources, csr.size), options.random);
  const scores = brandes(csr, chosen);
  const n = csr.size;
  // graphology's normalisation for undirected graphs: 2 / ((n - 1)(n - 2)) over half the sums.
  const scale = (n / chosen.length) * (n > 2 ? 1 / ((n - 1) * (n - 2)) : 1);
  for (let i = 0; i < n; i++) scores[i]! *= scale;
  return { scores, method: 'sampled', sources: chosen.length };
}

/** Brandes' dependency accumulation from the given sources (unweighted). */
export function brandes(csr: Csr, sources: readonly number[]): Float64Array {
  const n = csr.size;
  const scores = new Float64Array(n);
  const sigma = new Float64Array(n);
  const distance = new Int32Array(n);
  const delta = new Float64Array(n);
  const order = new Int32Array(n);
  for (const source of sources) {
    sigma.fill(0);
    distance.fill(-1);
    delta.fill(0);
    sigma[source] = 1;
    distance[source] = 0;
    let head = 0;
    let tail = 0;
    order[tail++] = source;
    while (head < tail) {
      const node = order[head++]!;
      for (let k = csr.offsets[node]!; k < csr.offsets[node + 1]!; k++) {
        const other = csr.targets[k]!;
        if (distance[other] === -1) {
          distance[other] = distance[node]! + 1;
          order[tail++] = other;
        }
        if (distance[other] === distance[node]! + 1) sigma[other]! += sigma[node]!;
      }
    }
    for (let index = tail - 1; index > 0; index--) {
      const node = order[index]!;
      for (let k = csr.offsets[node]!; k < csr.offsets[node + 1]!; k++) {
        const previous = csr.targets[k]!;
        if (distance[previous] === distance[node]! - 1) delta[previous]! += (sigma[previous]! / sigma[node]!) * (1 + delta[node]!);
      }
      scores[node]! += delta[node]!;
    }
  }
  return scores;
}

function sampleWithoutReplacement(size: number, count: number, random: () => number): number[] {
  const chosen = new Set<number>();
  while (chosen.size < count) chosen.add(Math.floor(random() * size));
  return [...chosen];
}

/** Connected components (graphology-components), largest first, as lists of indices. */
export function components(graph: Graph): number[][] {
  return connectedComponents(graph)
    .map((component) => component.map(Number))
    .sort((a, b) => b.length - a.length);
}

/** Louvain communities (graphology-communities-louvain), with their modularity. */
export function communities(graph: Graph, random: () => number): { of: Int32Array; count: number; modularity: number } {
  const of = new Int32Array(graph.order).fill(-1);
  if (graph.size === 0) return { of, count: 0, modularity: 0 };
  const result = louvain.detailed(graph, { rng: random });
  for (const [node, community] of Object.entries(result.communities)) of[Number(node)] = community;
  return { of, count: result.count, modularity: result.modularity };
}

/** Log bins 0, 1, 2–3, 4–7, …: how many partners have a degree in each. */
export function logBinnedDegrees(csr: Csr): { from: number; to: number; partners: number }[] {
  const bins: { from: number; to: number; partners: number }[] = [{ from: 0, to: 0, partners: 0 }];
  for (let node = 0; node < csr.size; node++) {
    const degree = degreeOf(csr, node);
    const bin = degree === 0 ? 0 : Math.floor(Math.log2(degree)) + 1;
    while (bins.length <= bin) {
      const from = 2 ** (bins.length - 1);
      bins.push({ from, to: from * 2 - 1, partners: 0 });
    }
    bins[bin]!.partners++;
  }
  return bins;
}
