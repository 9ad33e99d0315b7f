import { describe, expect, it } from 'vitest';
import { computeHealth } from './compute';
import {
  defaultHealthOptions,
  type HealthOptions,
  type NetworkSnapshot,
  type SnapshotIntroduction,
  type SnapshotPartner,
  type SnapshotQuestion,
} from './snapshot';
import { DAY_MS, HOUR_MS } from '../time';

const NOW = '2026-06-01T00:00:00.000Z';
const day = (n: number) => new Date(Date.parse('2026-04-01T00:00:00.000Z') + n * DAY_MS).toISOString();

interface Spec {
  partners: (string | { id: string; area?: string; managed?: boolean; pal?: boolean; offers?: string[]; seeks?: string[]; joinedAt?: string })[];
  ties?: [string, string][];
  areas?: { id: string; pal: string | null }[];
  expertIn?: Record<string, string[]>;
  introductions?: Partial<SnapshotIntroduction>[];
  questions?: Partial<SnapshotQuestion>[];
  meetings?: NetworkSnapshot['meetings'];
  activities?: NetworkSnapshot['activities'];
  themes?: NetworkSnapshot['themes'];
}

/** A snapshot from a compact description: partners in area "a" unless said otherwise. */
function network(spec: Spec): NetworkSnapshot {
  const partners: SnapshotPartner[] = spec.partners.map((entry) => {
    const p = typeof entry === 'string' ? { id: entry } : entry;
    return {
      id: p.id,
      name: p.id.toUpperCase(),
      company: `${p.id} Ltd`,
      tier: 'community',
      managed: p.managed ?? false,
      isPal: p.pal ?? false,
      area: p.area ?? 'a',
      joinedAt: p.joinedAt ?? '2025-01-15',
      knows: [],
      offers: p.offers ?? [],
      seeks: p.seeks ?? [],
    };
  });
  const index = new Map(partners.map((p, i) => [p.id, i]));
  for (const [a, b] of spec.ties ?? []) {
    partners[index.get(a)!]!.knows.push(index.get(b)!);
    partners[index.get(b)!]!.knows.push(index.get(a)!);
  }
  const areas = (spec.areas ?? [{ id: 'a', pal: partners.find((p) => p.isPal)?.id ?? null }]).map((area) => ({
    ...area,
    name: `Area ${area.id}`,
    latitude: 52,
    longitude: -1,
  }));
  return {
    now: NOW,
    partners,
    areas,
    specialties: [
      { id: 's1', name: 'S1' },
      { id: 's2', name: 'S2' },
    ],
    pals: partners.filter((p) => p.isPal).map((p) => ({ id: p.id, expertIn: spec.expertIn?.[p.id] ?? [] })),
    introductions: (spec.introductions ?? []).map((i, k) => ({
      id: `i${k}`,
      status: 'proposed',
      from: 'x',
      to: 'y',
      introducer: null,
      proposedAt: day(0),
      madeAt: null,
      acceptedAt: null,
      declinedAt: null,
      collaboratingAt: null,
      lapsedAt: null,
      ...i,
    })),
    questions: (spec.questions ?? []).map((q, k) => ({
      id: `q${k}`,
      asker: 'x',
      specialty: 's1',
      status: 'open',
      askedAt: day(0),
      answeredAt: null,
      hops: [],
      ...q,
    })),
    meetings: spec.meetings ?? [],
    activities: spec.activities ?? [],
    themes: spec.themes ?? [],
  };
}

const health = (spec: Spec, options: Partial<HealthOptions> = {}) => computeHealth(network(spec), { ...defaultHealthOptions, ...options });
const brokerScores = (report: ReturnType<typeof health>) => Object.fromEntries(report.structure.brokers.items.map((item) => [item.id, item.betweenness]));

describe('network health on a star (a PAL and four partners who know only them)', () => {
  const report = health({
    partners: [{ id: 'hub', pal: true }, 'l1', 'l2', 'l3', 'l4'],
    ties: [
      ['hub', 'l1'],
      ['hub', 'l2'],
      ['hub', 'l3'],
      ['hub', 'l4'],
    ],
  });

  it('counts one component, no isolated partner, and log-binned degrees', () => {
    expect(report.size).toMatchObject({ partners: 5, pals: 1, ties: 4 });
    expect(report.structure.components).toEqual({ count: 1, largest: 5, sizes: [{ size: 5, components: 1 }] });
    expect(report.structure.isolated.total).toBe(0);
    expect(report.structure.degree).toEqual({
      mean: 1.6,
      max: 4,
      bins: [
        { from: 0, to: 0, partners: 0 },
        { from: 1, to: 1, partners: 4 },
        { from: 2, to: 3, partners: 0 },
        { from: 4, to: 7, partners: 1 },
      ],
    });
  });

  it('has no clustering, and the hub carries every shortest path (betweenness 1)', () => {
    expect(report.structure.averageClustering).toBe(0);
    expect(report.structure.brokers.method).toBe('exact');
    expect(brokerScores(report)).toEqual({ hub: 1 });
  });

  it('covers everyone within one hop of the area PAL, and leaves nobody unserved', () => {
    expect(report.coverage.overall).toMatchObject({ partners: 5, withinOneOfAreaPal: 5, withinTwoOfAreaPal: 5, shareWithinTwoOfAreaPal: 1 });
    expect(report.coverage.unserved).toEqual({ total: 0, items: [] });
  });
});

describe('network health on a chain a — b — c — d — e led from a', () => {
  const report = health({
    partners: [{ id: 'a', pal: true }, 'b', 'c', { id: 'd', managed: true }, 'e'],
    ties: [
      ['a', 'b'],
      ['b', 'c'],
      ['c', 'd'],
      ['d', 'e'],
    ],
  });

  it('covers a, b and c within two hops; d and e are unserved, nearest first', () => {
    expect(report.coverage.overall).toMatchObject({ partners: 5, withinOneOfAreaPal: 2, withinTwoOfAreaPal: 3, shareWithinTwoOfAreaPal: 0.6 });
    expect(report.coverage.unmanaged).toMatchObject({ partners: 4, withinTwoOfAreaPal: 3, shareWithinTwoOfAreaPal: 0.75 });
    expect(report.coverage.unserved.items.map((item) => [item.id, item.hopsToPal, item.nearestPal?.id])).toEqual([
      ['d', 3, 'a'],
      ['e', 4, 'a'],
    ]);
  });

  it('ranks the middle partner as the main broker, with exact betweenness', () => {
    // c lies on the shortest paths a–d, a–e, b–d, b–e: 4 of the 6 pairs it is not part of.
    expect(brokerScores(report)).toEqual({ c: 0.666667, b: 0.5, d: 0.5 });
  });
});

describe('network health on two components and an isolated partner', () => {
  const report = health({
    partners: ['x', 'y', 'z', 'p', 'q', 'r'],
    ties: [
      ['x', 'y'],
      ['y', 'z'],
      ['z', 'x'],
      ['p', 'q'],
    ],
  });

  it('finds three components (one a lone partner) and one isolated partner', () => {
    expect(report.structure.components).toEqual({
      count: 3,
      largest: 3,
      sizes: [
        { size: 3, components: 1 },
        { size: 2, components: 1 },
        { size: 1, components: 1 },
      ],
    });
    expect(report.structure.isolated.items.map((item) => item.id)).toEqual(['r']);
  });

  it('averages local clustering over everyone: the triangle scores 1, the rest 0', () => {
    expect(report.structure.averageClustering).toBe(0.5);
  });

  it('with no PAL at all, counts everyone unserved, those with most ties first', () => {
    expect(report.coverage.unserved.total).toBe(6);
    expect(report.coverage.unserved.items.map((item) => item.id)).toEqual(['X', 'Y', 'Z', 'P', 'Q', 'R'].map((name) => name.toLowerCase()));
    expect(report.coverage.unserved.items.every((item) => item.hopsToPal === null)).toBe(true);
  });
});

describe('network health on two groups joined only through a broker', () => {
  const left = ['l1', 'l2', 'l3', 'l4'];
  const right = ['r1', 'r2', 'r3', 'r4'];
  const clique = (ids: string[]) => ids.flatMap((a, i) => ids.slice(i + 1).map((b) => [a, b] as [string, string]));
  const spec: Spec = {
    partners: [...left.map((id) => ({ id, area: 'a' })), ...right.map((id) => ({ id, area: 'b', offers: ['s2'] })), { id: 'broker', area: 'a' }],
    ties: [...clique(left), ...clique(right), ['l1', 'broker'], ['broker', 'r1']],
    areas: [
      { id: 'a', pal: null },
      { id: 'b', pal: null },
    ],
  };

  it('names the broker as the partner whose removal splits the network', () => {
    const report = health(spec);
    expect(report.structure.brokers.items[0]!.id).toBe('broker');
  });

  it('gives the same betweenness sampled from every partner as exact', () => {
    const exact = brokerScores(health(spec));
    const sampled = health(spec, { exactBetweennessUpTo: 0, betweennessSources: 9 });
    expect(sampled.structure.brokers).toMatchObject({ method: 'sampled', sources: 9 });
    for (const [id, score] of Object.entries(brokerScores(sampled))) expect(score).toBeCloseTo(exact[id]!, 5);
  });

  it('finds the two groups as Louvain communities, with their area and specialty', () => {
    const { communities } = health(spec).structure;
    expect(communities.count).toBe(2);
    expect(communities.modularity).toBeGreaterThan(0.3);
    const areas = communities.items.map((item) => item.dominantArea?.id).sort();
    expect(areas).toEqual(['a', 'b']);
    expect(communities.items.find((item) => item.dominantArea?.id === 'b')!.topSpecialties[0]).toMatchObject({ id: 's2', partners: 4 });
  });
});

describe('introductions, PALs, supply and demand, engagement', () => {
  const report = health({
    partners: [
      { id: 'pal1', pal: true },
      { id: 'pal2', pal: true, area: 'b' },
      { id: 'x', seeks: ['s1', 's2'], joinedAt: '2025-02-03' },
      { id: 'y', offers: ['s2'], joinedAt: '2025-02-20' },
      { id: 'quiet' },
    ],
    areas: [
      { id: 'a', pal: 'pal1' },
      { id: 'b', pal: 'pal2' },
    ],
    expertIn: { pal2: ['s1'] },
    introductions: [
      { introducer: 'pal1', status: 'proposed', proposedAt: day(0) },
      { introducer: 'pal1', status: 'made', proposedAt: day(0), madeAt: day(2) },
      { introducer: 'pal1', status: 'accepted', proposedAt: day(0), madeAt: day(2), acceptedAt: day(5) },
      { introducer: 'pal1', status: 'collaborating', proposedAt: day(0), madeAt: day(4), acceptedAt: day(6), collaboratingAt: day(10) },
      { introducer: 'pal1', status: 'declined', proposedAt: day(0), madeAt: day(1), declinedAt: day(3) },
    ],
    questions: [
      {
        asker: 'x',
        status: 'answered',
        askedAt: day(20),
        answeredAt: new Date(Date.parse(day(20)) + 24 * HOUR_MS).toISOString(),
        hops: [{ to: 'pal1', by: null, at: day(20) }],
      },
      {
        asker: 'x',
        status: 'open',
        askedAt: day(-100),
        hops: [
          { to: 'pal1', by: null, at: day(-100) },
          { to: 'pal2', by: 'pal1', at: day(-99) },
        ],
      },
    ],
  });

  it('follows introductions through the funnel with conversion and median days per step', () => {
    expect(report.introductions.funnel).toEqual([
      { stage: 'proposed', reached: 5, conversion: null },
      { stage: 'made', reached: 4, conversion: 0.8 },
      { stage: 'accepted', reached: 2, conversion: 0.5 },
      { stage: 'collaborating', reached: 1, conversion: 0.5 },
    ]);
    expect(report.introductions.medianDays).toEqual({ proposedToMade: 2, madeToAccepted: 2.5, acceptedToCollaborating: 4 });
    expect(report.introductions.byPal).toEqual([
      { pal: { id: 'pal1', name: 'PAL1' }, proposed: 5, collaborating: 1, declined: 1, lapsed: 0, open: 3, conversion: 0.2 },
    ]);
  });

  it('flags open introductions waiting longer than the limit, longest first', () => {
    expect(report.introductions.stale.items.map((item) => item.waitingDays)).toEqual([61, 59, 56]);
  });

  it("measures PALs' load, answer time and forwards to the expert", () => {
    const [pal1, pal2] = ['pal1', 'pal2'].map((id) => report.pals.items.find((item) => item.pal.id === id)!);
    expect(pal1).toMatchObject({ partners: 4, openQuestions: 0, answered: 1, medianHoursToAnswer: 24, forwardedToExpertShare: 1 });
    expect(pal2).toMatchObject({ partners: 1, openQuestions: 1, forwardedToThem: 1, answered: 0, medianHoursToAnswer: null, forwardedToExpertShare: null });
    expect(report.pals.forwardedToExpertShare).toBe(1);
  });

  it('shows specialties sought in an area and offered by nobody there as gaps', () => {
    expect(report.supplyDemand.gaps).toBe(1);
    expect(report.supplyDemand.items).toEqual([
      { area: { id: 'a', name: 'Area a' }, specialty: { id: 's1', name: 'S1' }, seekers: 1, offerers: 0, gap: true },
      { area: { id: 'a', name: 'Area a' }, specialty: { id: 's2', name: 'S2' }, seekers: 1, offerers: 1, gap: false },
    ]);
  });

  it('counts partners active in the last 90 days', () => {
    // Everyone in an introduction (from x to y, by pal1, steps within 90 days) or who asked lately.
    expect(report.engagement).toMatchObject({ windowDays: 90, active: 3, dormant: 2 });
  });

  it('counts joins per month and partners by tier', () => {
    expect(report.size.joinsPerMonth).toEqual([
      { month: '2025-01', joins: 3 },
      { month: '2025-02', joins: 2 },
    ]);
    const spread = health({
      partners: [
        { id: 'early', joinedAt: '2024-11-02' },
        { id: 'late', joinedAt: '2025-02-10' },
      ],
    });
    expect(spread.size.joinsPerMonth).toEqual([
      { month: '2024-11', joins: 1 },
      { month: '2024-12', joins: 0 },
      { month: '2025-01', joins: 0 },
      { month: '2025-02', joins: 1 },
    ]);
    expect(report.size.byTier.find((entry) => entry.tier === 'community')!.partners).toBe(5);
  });
});

describe('community life in the health report', () => {
  const report = health({
    partners: [{ id: 'pal1', pal: true }, 'ann', 'bob', 'cat'],
    meetings: [
      { id: 'm1', area: 'a', startsAt: day(50), attended: ['ann', 'bob'] },
      { id: 'm2', area: 'a', startsAt: day(-200), attended: ['cat'] },
    ],
    activities: [
      { id: 'a1', pal: 'pal1', date: day(40).slice(0, 10), reached: ['ann', 'cat'] },
      { id: 'a2', pal: 'pal1', date: day(45).slice(0, 10), reached: ['cat'] },
      { id: 'a3', pal: 'pal1', date: day(-300).slice(0, 10), reached: ['bob'] },
    ],
    themes: [
      { id: 't1', title: 'Old and loud', status: 'raised', createdAt: day(-100), voices: 9 },
      { id: 't2', title: 'Done', status: 'acted', createdAt: day(-50), voices: 12 },
      { id: 't3', title: 'New', status: 'collected', createdAt: day(55), voices: 1 },
    ],
  });

  it('counts attending a recent meeting as activity, and meetings per area in the window', () => {
    expect(report.engagement).toMatchObject({ active: 2, dormant: 2 });
    expect(report.engagement.byArea).toEqual([{ area: { id: 'a', name: 'Area a' }, active: 2, dormant: 2, meetings: 1, attendances: 2 }]);
  });

  it("measures each PAL's reach: distinct partners their recent activities reached", () => {
    expect(report.engagement.palReach).toEqual([{ pal: { id: 'pal1', name: 'PAL1' }, activities: 2, partnersReached: 2 }]);
  });

  it('counts themes that reached an outcome, the loudest and the oldest still open', () => {
    expect(report.feedback).toMatchObject({ themes: 3, withOutcome: 1, open: 2 });
    expect(report.feedback.topByVoices.map((theme) => theme.id)).toEqual(['t2', 't1', 't3']);
    expect(report.feedback.oldestOpen.map((theme) => [theme.id, theme.ageDays])).toEqual([
      ['t1', 161],
      ['t3', 6],
    ]);
  });
});
