import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { NetworkHealth, PartnerRef, ReachCounts } from '../contracts/network-health';
import { tiers } from '../contracts/partners';
import {
  averageClustering,
  betweenness,
  communities,
  components,
  degreeOf,
  logBinnedDegrees,
  multiSourceDistances,
  toCsr,
  toGraphology,
  type Csr,
} from './graph-metrics';
import type { HealthOptions, NetworkSnapshot, SnapshotIntroduction, SnapshotPartner } from './snapshot';
import { DAY_MS, wholeDaysSince } from '../time';

const UNSERVED_SHOWN = 500;
const ISOLATED_SHOWN = 200;
const COMMUNITIES_SHOWN = 30;
const BROKERS_SHOWN = 20;

type Ref = { id: string; name: string };

const median = (values: number[]): number | null => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const ratio = (part: number, whole: number) => (whole === 0 ? null : part / whole);
const round = (value: number, places = 4) => Math.round(value * 10 ** places) / 10 ** places;
const daysBetween = (from: string | null, to: string | null) => (from && to ? (Date.parse(to) - Date.parse(from)) / DAY_MS : null);

function pushTo<K, V>(groups: Map<K, V[]>, key: K, value: V): void {
  const list = groups.get(key);
  if (list) list.push(value);
  else groups.set(key, [value]);
}

function countBy<T>(items: Iterable<T>, key: (item: T) => string | null): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) {
    const k = key(item);
    if (k !== null) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}

/**
 * The whole health report from one snapshot: pure, so each metric is checked against hand-built
 * networks in compute.test.ts, and run in a worker thread so the API keeps answering meanwhile.
 */
export function computeHealth(snapshot: NetworkSnapshot, options: HealthOptions, probe: (stage: string) => void = () => undefined): NetworkHealth {
  const started = performance.now();
  const rng = xoroshiro128plus(options.seed);
  const random = () => uniformFloat64(rng);
  const { partners } = snapshot;
  const index = new Map(partners.map((partner, i) => [partner.id, i]));
  const areaById = new Map(snapshot.areas.map((area) => [area.id, area]));
  const areaRef = (id: string | null): Ref | null => (id && areaById.has(id) ? { id, name: areaById.get(id)!.name } : null);
  const partnerRef = (i: number): PartnerRef => {
    const partner = partners[i]!;
    return { id: partner.id, name: partner.name, company: partner.company, area: areaRef(partner.area), tier: partner.tier, managed: partner.managed };
  };
  const nameOf = (id: string): Ref => ({ id, name: partners[index.get(id) ?? -1]?.name ?? id });
  const csr = toCsr(partners.map((partner) => partner.knows));
  const graph = toGraphology(csr);
  probe('graph built');
  const size = sizeOf(snapshot, csr, areaRef);
  const coverage = coverageOf(snapshot, csr, index, partnerRef, nameOf);
  probe('coverage');
  const found = components(graph);
  const clustering = averageClustering(csr);
  probe('components and clustering');
  const communityResult = communities(graph, random);
  probe('communities');
  const brokers = brokersOf(csr, options, random, partnerRef);
  probe('brokers');

  const report: Omit<NetworkHealth, 'durationMs'> = {
    computedAt: snapshot.now,
    size,
    coverage,
    structure: {
      ...isolatedAndDegrees(csr, partnerRef),
      components: componentSummary(found),
      averageClustering: round(clustering),
      communities: communitySummary(snapshot, csr, communityResult, areaRef),
      brokers,
    },
    introductions: introductionsOf(snapshot, options, index, nameOf, areaRef),
    pals: palsOf(snapshot, nameOf, areaRef),
    supplyDemand: supplyDemandOf(snapshot, areaRef),
    engagement: engagementOf(snapshot, options, areaRef, nameOf),
    feedback: feedbackOf(snapshot),
  };
  probe('the rest');
  return { ...report, durationMs: Math.round(performance.now() - started) };
}

/** Every month from the first to the last of `months` (YYYY-MM), so a chart shows quiet months as 0. */
function everyMonth(months: string[]): string[] {
  if (months.length === 0) return [];
  const sorted = [...months].sort();
  let [year, month] = sorted[0]!.split('-').map(Number) as [number, number];
  const last = sorted.at(-1)!;
  const all: string[] = [];
  for (;;) {
    all.push(`${year}-${String(month).padStart(2, '0')}`);
    if (all.at(-1)! >= last) break;
    month = month === 12 ? 1 : month + 1;
    if (month === 1) year++;
  }
  return all;
}

function sizeOf(snapshot: NetworkSnapshot, csr: Csr, areaRef: (id: string | null) => Ref | null): NetworkHealth['size'] {
  const { partners } = snapshot;
  const byArea = new Map<string | null, { partners: number; unmanaged: number }>();
  for (const partner of partners) {
    const entry = byArea.get(partner.area) ?? { partners: 0, unmanaged: 0 };
    entry.partners++;
    if (!partner.managed) entry.unmanaged++;
    byArea.set(partner.area, entry);
  }
  const tierCounts = countBy(partners, (partner) => partner.tier);
  const joins = countBy(partners, (partner) => partner.joinedAt?.slice(0, 7) ?? null);
  const unmanaged = partners.filter((partner) => !partner.managed).length;
  return {
    partners: partners.length,
    pals: partners.filter((partner) => partner.isPal).length,
    ties: csr.targets.length / 2,
    introductions: snapshot.introductions.length,
    questions: snapshot.questions.length,
    byArea: [...byArea].map(([area, counts]) => ({ area: areaRef(area), ...counts })).sort((a, b) => b.partners - a.partners),
    byTier: tiers.map((tier) => ({ tier, partners: tierCounts.get(tier) ?? 0 })),
    managed: { managed: partners.length - unmanaged, unmanaged },
    joinsPerMonth: everyMonth([...joins.keys()]).map((month) => ({ month, joins: joins.get(month) ?? 0 })),
  };
}

function reach(members: number[], areaPalHops: Int32Array, anyPalHops: Int32Array): ReachCounts {
  const within = (hops: Int32Array, limit: number) => members.filter((i) => hops[i]! >= 0 && hops[i]! <= limit).length;
  const counts = {
    partners: members.length,
    withinOneOfAreaPal: within(areaPalHops, 1),
    withinTwoOfAreaPal: within(areaPalHops, 2),
    withinOneOfAnyPal: within(anyPalHops, 1),
    withinTwoOfAnyPal: within(anyPalHops, 2),
  };
  return {
    ...counts,
    shareWithinTwoOfAreaPal: round(ratio(counts.withinTwoOfAreaPal, counts.partners) ?? 0),
    shareWithinTwoOfAnyPal: round(ratio(counts.withinTwoOfAnyPal, counts.partners) ?? 0),
  };
}

/**
 * Coverage: hops from each partner to their own area's PAL (a search from each PAL, two hops deep)
 * and to the nearest PAL of any area (one search from all PALs at once, as deep as it goes).
 */
function coverageOf(
  snapshot: NetworkSnapshot,
  csr: Csr,
  index: Map<string, number>,
  partnerRef: (i: number) => PartnerRef,
  nameOf: (id: string) => Ref,
): NetworkHealth['coverage'] {
  const { partners } = snapshot;
  const palIndices = partners.flatMap((partner, i) => (partner.isPal ? [i] : []));
  const any = multiSourceDistances(csr, palIndices);
  const areaPalHops = new Int32Array(csr.size).fill(-1);
  for (const area of snapshot.areas) {
    const pal = area.pal === null ? undefined : index.get(area.pal);
    if (pal === undefined) continue;
    const { hops } = multiSourceDistances(csr, [pal], 2);
    partners.forEach((partner, i) => {
      if (partner.area === area.id && hops[i]! >= 0) areaPalHops[i] = hops[i]!;
    });
  }
  const all = partners.map((_, i) => i);
  const unserved = all
    .filter((i) => any.hops[i] === -1 || any.hops[i]! > 2)
    .sort(
      (a, b) =>
        (any.hops[a] === -1 ? 1e9 : any.hops[a]!) - (any.hops[b] === -1 ? 1e9 : any.hops[b]!) ||
        degreeOf(csr, b) - degreeOf(csr, a) ||
        partners[a]!.name.localeCompare(partners[b]!.name),
    );
  return {
    overall: reach(all, areaPalHops, any.hops),
    unmanaged: reach(
      all.filter((i) => !partners[i]!.managed),
      areaPalHops,
      any.hops,
    ),
    byArea: snapshot.areas.map((area) => ({
      area: { id: area.id, name: area.name },
      pal: area.pal ? nameOf(area.pal) : null,
      center: area.latitude === null || area.longitude === null ? null : { latitude: area.latitude, longitude: area.longitude },
      ...reach(
        all.filter((i) => partners[i]!.area === area.id),
        areaPalHops,
        any.hops,
      ),
    })),
    unserved: {
      total: unserved.length,
      items: unserved.slice(0, UNSERVED_SHOWN).map((i) => ({
        ...partnerRef(i),
        hopsToPal: any.hops[i] === -1 ? null : any.hops[i]!,
        nearestPal: any.nearest[i] === -1 ? null : nameOf(partners[any.nearest[i]!]!.id),
        ties: degreeOf(csr, i),
      })),
    },
  };
}

function isolatedAndDegrees(csr: Csr, partnerRef: (i: number) => PartnerRef) {
  const isolated: number[] = [];
  let max = 0;
  for (let i = 0; i < csr.size; i++) {
    const degree = degreeOf(csr, i);
    if (degree === 0) isolated.push(i);
    max = Math.max(max, degree);
  }
  return {
    isolated: { total: isolated.length, items: isolated.slice(0, ISOLATED_SHOWN).map(partnerRef) },
    degree: { mean: round(csr.size ? csr.targets.length / csr.size : 0, 2), max, bins: logBinnedDegrees(csr) },
  };
}

function componentSummary(found: number[][]): NetworkHealth['structure']['components'] {
  const bySize = countBy(found, (component) => String(component.length));
  return {
    count: found.length,
    largest: found[0]?.length ?? 0,
    sizes: [...bySize].map(([size, count]) => ({ size: Number(size), components: count })).sort((a, b) => b.size - a.size),
  };
}

function communitySummary(
  snapshot: NetworkSnapshot,
  csr: Csr,
  found: { of: Int32Array; count: number; modularity: number },
  areaRef: (id: string | null) => Ref | null,
): NetworkHealth['structure']['communities'] {
  const members = new Map<number, number[]>();
  found.of.forEach((community, i) => {
    if (community >= 0 && degreeOf(csr, i) > 0) pushTo(members, community, i);
  });
  const specialtyName = new Map(snapshot.specialties.map((s) => [s.id, s.name]));
  const items = [...members.values()]
    .sort((a, b) => b.length - a.length)
    .slice(0, COMMUNITIES_SHOWN)
    .map((list) => {
      const partners = list.map((i) => snapshot.partners[i]!);
      const [area, inArea] = [...countBy(partners, (p) => p.area)].sort((a, b) => b[1] - a[1])[0] ?? [null, 0];
      const specialties = [
        ...countBy(
          partners.flatMap((p) => p.offers),
          (id) => id,
        ),
      ]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 3);
      const hub = list.reduce((best, i) => (degreeOf(csr, i) > degreeOf(csr, best) ? i : best), list[0]!);
      return {
        id: `c-${snapshot.partners[hub]!.id}`,
        size: list.length,
        dominantArea: areaRef(area),
        dominantAreaShare: round(inArea / list.length),
        topSpecialties: specialties.map(([id, count]) => ({ id, name: specialtyName.get(id) ?? id, partners: count })),
        hub: { id: snapshot.partners[hub]!.id, name: snapshot.partners[hub]!.name },
      };
    });
  return { count: members.size, modularity: round(found.modularity), items };
}

function brokersOf(csr: Csr, options: HealthOptions, random: () => number, partnerRef: (i: number) => PartnerRef): NetworkHealth['structure']['brokers'] {
  const result = betweenness(csr, { exactUpTo: options.exactBetweennessUpTo, sources: options.betweennessSources, random });
  const ranked = Array.from(result.scores.keys())
    .filter((i) => result.scores[i]! > 0)
    .sort((a, b) => result.scores[b]! - result.scores[a]!)
    .slice(0, BROKERS_SHOWN);
  return {
    method: result.method,
    sources: result.sources,
    items: ranked.map((i) => ({ ...partnerRef(i), betweenness: round(result.scores[i]!, 6), ties: degreeOf(csr, i) })),
  };
}

const OPEN: SnapshotIntroduction['status'][] = ['proposed', 'made', 'accepted'];
const reachedMade = (i: SnapshotIntroduction) => i.madeAt !== null || ['made', 'accepted', 'collaborating'].includes(i.status);
const reachedAccepted = (i: SnapshotIntroduction) => i.acceptedAt !== null || ['accepted', 'collaborating'].includes(i.status);
const lastStep = (i: SnapshotIntroduction) =>
  [i.proposedAt, i.madeAt, i.acceptedAt, i.declinedAt, i.collaboratingAt, i.lapsedAt]
    .filter((at): at is string => at !== null)
    .sort()
    .at(-1) ?? null;

function outcomeCounts(list: SnapshotIntroduction[]) {
  const collaborating = list.filter((i) => i.status === 'collaborating').length;
  return {
    proposed: list.length,
    collaborating,
    declined: list.filter((i) => i.status === 'declined').length,
    lapsed: list.filter((i) => i.status === 'lapsed').length,
    open: list.filter((i) => OPEN.includes(i.status)).length,
    conversion: ratio(collaborating, list.length) === null ? null : round(collaborating / list.length),
  };
}

function introductionsOf(
  snapshot: NetworkSnapshot,
  options: HealthOptions,
  index: Map<string, number>,
  nameOf: (id: string) => Ref,
  areaRef: (id: string | null) => Ref | null,
): NetworkHealth['introductions'] {
  const all = snapshot.introductions;
  const now = Date.parse(snapshot.now);
  const stages = [all.length, all.filter(reachedMade).length, all.filter(reachedAccepted).length, all.filter((i) => i.status === 'collaborating').length];
  const names = ['proposed', 'made', 'accepted', 'collaborating'] as const;
  const durations = (from: keyof SnapshotIntroduction, to: keyof SnapshotIntroduction) =>
    all.flatMap((i) => {
      const days = daysBetween(i[from] as string | null, i[to] as string | null);
      return days === null ? [] : [days];
    });
  const medianDays = (from: keyof SnapshotIntroduction, to: keyof SnapshotIntroduction) => {
    const value = median(durations(from, to));
    return value === null ? null : round(value, 1);
  };
  const stale = all
    .flatMap((i) => {
      const last = lastStep(i);
      const waitingDays = last ? wholeDaysSince(last, now) : 0;
      return OPEN.includes(i.status) && waitingDays > options.staleAfterDays ? [{ i, waitingDays }] : [];
    })
    .sort((a, b) => b.waitingDays - a.waitingDays);
  const byIntroducer = new Map<string, SnapshotIntroduction[]>();
  const byArea = new Map<string, SnapshotIntroduction[]>();
  for (const introduction of all) {
    if (introduction.introducer) pushTo(byIntroducer, introduction.introducer, introduction);
    const area = snapshot.partners[index.get(introduction.from) ?? -1]?.area;
    if (area) pushTo(byArea, area, introduction);
  }
  const palIds = new Set(snapshot.pals.map((pal) => pal.id));
  return {
    funnel: names.map((stage, k) => ({
      stage,
      reached: stages[k]!,
      conversion: k === 0 ? null : ratio(stages[k]!, stages[k - 1]!) === null ? null : round(stages[k]! / stages[k - 1]!),
    })),
    medianDays: {
      proposedToMade: medianDays('proposedAt', 'madeAt'),
      madeToAccepted: medianDays('madeAt', 'acceptedAt'),
      acceptedToCollaborating: medianDays('acceptedAt', 'collaboratingAt'),
    },
    staleAfterDays: options.staleAfterDays,
    stale: {
      total: stale.length,
      items: stale.slice(0, 200).map(({ i, waitingDays }) => ({
        id: i.id,
        status: i.status,
        from: nameOf(i.from),
        to: nameOf(i.to),
        introducer: i.introducer ? nameOf(i.introducer) : null,
        waitingDays,
      })),
    },
    byPal: [...byIntroducer]
      .filter(([id]) => palIds.has(id))
      .map(([id, list]) => ({ pal: nameOf(id), ...outcomeCounts(list) }))
      .sort((a, b) => b.proposed - a.proposed),
    byArea: [...byArea]
      .flatMap(([id, list]) => {
        const area = areaRef(id);
        return area ? [{ area, ...outcomeCounts(list) }] : [];
      })
      .sort((a, b) => b.proposed - a.proposed),
  };
}

/** PAL load: partners led, questions open and forwarded to them, answer times, forwards to experts. */
function palsOf(snapshot: NetworkSnapshot, nameOf: (id: string) => Ref, areaRef: (id: string | null) => Ref | null): NetworkHealth['pals'] {
  const expertIn = new Map(snapshot.pals.map((pal) => [pal.id, new Set(pal.expertIn)]));
  const ledArea = new Map(snapshot.areas.flatMap((area) => (area.pal ? [[area.pal, area.id] as const] : [])));
  const partnersIn = countBy(snapshot.partners, (partner) => partner.area);
  const forwards = snapshot.questions.flatMap((question) => question.hops.slice(1).map((hop) => ({ question, hop })));
  const toExpert = (forward: (typeof forwards)[number]) => expertIn.get(forward.hop.to)?.has(forward.question.specialty) ?? false;
  const share = (list: typeof forwards) => (list.length === 0 ? null : round(list.filter(toExpert).length / list.length));
  const items = snapshot.pals.map((pal) => {
    const withThem = snapshot.questions.filter((question) => question.status === 'open' && question.hops.at(-1)?.to === pal.id);
    const answered = snapshot.questions.filter((question) => question.status === 'answered' && question.hops.at(-1)?.to === pal.id);
    const hours = answered.flatMap((question) => {
      const days = daysBetween(question.askedAt, question.answeredAt);
      return days === null ? [] : [days * 24];
    });
    const area = ledArea.get(pal.id) ?? null;
    const medianHours = median(hours);
    return {
      pal: nameOf(pal.id),
      area: areaRef(area),
      partners: area ? (partnersIn.get(area) ?? 0) : 0,
      openQuestions: withThem.length,
      forwardedToThem: withThem.filter((question) => question.hops.length > 1).length,
      answered: answered.length,
      medianHoursToAnswer: medianHours === null ? null : round(medianHours, 1),
      forwardedToExpertShare: share(forwards.filter((forward) => forward.hop.by === pal.id)),
    };
  });
  return { forwardedToExpertShare: share(forwards), items: items.sort((a, b) => b.partners - a.partners) };
}

function supplyDemandOf(snapshot: NetworkSnapshot, areaRef: (id: string | null) => Ref | null): NetworkHealth['supplyDemand'] {
  const counts = new Map<string, { seekers: number; offerers: number }>();
  const bump = (partner: SnapshotPartner, specialty: string, field: 'seekers' | 'offerers') => {
    if (!partner.area) return;
    const key = `${partner.area}\u0000${specialty}`;
    const entry = counts.get(key) ?? { seekers: 0, offerers: 0 };
    entry[field]++;
    counts.set(key, entry);
  };
  for (const partner of snapshot.partners) {
    for (const specialty of partner.seeks) bump(partner, specialty, 'seekers');
    for (const specialty of partner.offers) bump(partner, specialty, 'offerers');
  }
  const specialtyName = new Map(snapshot.specialties.map((s) => [s.id, s.name]));
  const items = [...counts].flatMap(([key, entry]) => {
    const [areaId, specialty] = key.split('\u0000') as [string, string];
    const area = areaRef(areaId);
    return area
      ? [{ area, specialty: { id: specialty, name: specialtyName.get(specialty) ?? specialty }, ...entry, gap: entry.seekers > 0 && entry.offerers === 0 }]
      : [];
  });
  items.sort((a, b) => Number(b.gap) - Number(a.gap) || b.seekers - a.seekers || a.area.name.localeCompare(b.area.name));
  return { gaps: items.filter((item) => item.gap).length, items };
}

/** Active: took an introduction step, asked a question or attended a meeting within the window. */
function engagementOf(
  snapshot: NetworkSnapshot,
  options: HealthOptions,
  areaRef: (id: string | null) => Ref | null,
  nameOf: (id: string) => Ref,
): NetworkHealth['engagement'] {
  const since = Date.parse(snapshot.now) - options.activeWindowDays * DAY_MS;
  const until = Date.parse(snapshot.now);
  const recent = (at: string | null) => at !== null && Date.parse(at) >= since && Date.parse(at) <= until;
  const active = new Set<string>();
  for (const introduction of snapshot.introductions) {
    if (
      [
        introduction.proposedAt,
        introduction.madeAt,
        introduction.acceptedAt,
        introduction.declinedAt,
        introduction.collaboratingAt,
        introduction.lapsedAt,
      ].some(recent)
    ) {
      for (const id of [introduction.from, introduction.to, introduction.introducer]) if (id) active.add(id);
    }
  }
  for (const question of snapshot.questions) if (recent(question.askedAt)) active.add(question.asker);
  const recentMeetings = snapshot.meetings.filter((meeting) => recent(meeting.startsAt));
  for (const meeting of recentMeetings) for (const id of meeting.attended) active.add(id);
  const byArea = snapshot.areas.map((area) => {
    const members = snapshot.partners.filter((partner) => partner.area === area.id);
    const count = members.filter((partner) => active.has(partner.id)).length;
    const meetings = recentMeetings.filter((meeting) => meeting.area === area.id);
    return {
      area: areaRef(area.id)!,
      active: count,
      dormant: members.length - count,
      meetings: meetings.length,
      attendances: meetings.reduce((sum, meeting) => sum + meeting.attended.length, 0),
    };
  });
  const palReach = snapshot.pals
    .map((pal) => {
      const activities = snapshot.activities.filter((activity) => activity.pal === pal.id && recent(`${activity.date}T12:00:00Z`));
      return { pal: nameOf(pal.id), activities: activities.length, partnersReached: new Set(activities.flatMap((activity) => activity.reached)).size };
    })
    .sort((a, b) => b.partnersReached - a.partnersReached);
  const activeCount = snapshot.partners.filter((partner) => active.has(partner.id)).length;
  return { windowDays: options.activeWindowDays, active: activeCount, dormant: snapshot.partners.length - activeCount, byArea, palReach };
}

/** Feedback carried to the vendor: how many themes reached an outcome, the loudest and the oldest open. */
function feedbackOf(snapshot: NetworkSnapshot): NetworkHealth['feedback'] {
  const now = Date.parse(snapshot.now);
  const themes = snapshot.themes.map((theme) => ({
    id: theme.id,
    title: theme.title,
    status: theme.status,
    voices: theme.voices,
    ageDays: wholeDaysSince(theme.createdAt, now),
  }));
  const finished = (status: string) => status === 'acted' || status === 'declined';
  const withOutcome = themes.filter((theme) => finished(theme.status)).length;
  return {
    themes: themes.length,
    withOutcome,
    open: themes.length - withOutcome,
    topByVoices: [...themes].sort((a, b) => b.voices - a.voices || b.ageDays - a.ageDays).slice(0, 10),
    oldestOpen: themes
      .filter((theme) => !finished(theme.status))
      .sort((a, b) => b.ageDays - a.ageDays)
      .slice(0, 10),
  };
}
