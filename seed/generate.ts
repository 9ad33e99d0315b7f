import { generateCommunityLife } from './community';
import type { IntroductionStatus } from '../server/src/contracts/introductions';
import type { Tier } from '../server/src/contracts/partners';
import type {
  GroupRecord,
  IntroductionRecord,
  NetworkRecords,
  PalRecord,
  PartnerRecord,
  QuestionHop,
  QuestionRecord,
  TieRecord,
} from '../server/src/network/records';
import { companySuffixes, companyWords, firstNames, specialties, surnames, ukAreas, type AreaSeed } from './catalog';
import { Random } from './random';

/**
 * A deterministic generator of partner communities: the same options always give the same network.
 * The sample network is one of its outputs (see sample.ts); `npm run seed` loads bigger ones.
 */

/** A PAL whose name and expertise are fixed rather than generated (the sample's three). */
export interface PalPersona {
  area: string;
  name: string;
  company: string;
  expertIn: string[];
}

export interface GenerateOptions {
  partners: number;
  seed?: number;
  /** How many of the UK areas to use; by default 3 for small networks, all 12 for larger ones. */
  areas?: number;
  /** Average KNOWS ties per partner (each tie counts once). */
  tiesPerPartner?: number;
  personas?: PalPersona[];
}

const TIERS: Tier[] = ['community', 'registered', 'silver', 'gold'];
const TIER_WEIGHTS = [45, 30, 17, 8];
/** Share of each tier with a vendor account manager: most partners have none. */
const MANAGED_SHARE: Record<Tier, number> = { community: 0.02, registered: 0.1, silver: 0.4, gold: 0.75 };
const STRENGTHS = [1, 2, 3, 4, 5];
const STRENGTH_WEIGHTS = [20, 30, 25, 15, 10];
const SPECIALTY_IDS = specialties.map((specialty) => specialty.id);
const SPECIALTY_WEIGHTS = specialties.map((specialty) => specialty.weight);
const SPECIALTY_NAMES = new Map(specialties.map((specialty) => [specialty.id, specialty.name]));
/** Questions on these go to the Office 365 expert PAL, wherever they were asked. */
const MICROSOFT_365 = new Set(['office-365', 'sharepoint', 'teams-voice', 'intune', 'copilot']);
const FIRST_DAY = '2012-01-01';
const LAST_DAY = '2026-10-31';

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
const later = (a: string, b: string) => (a > b ? a : b);
const atTime = (date: string, hour: number) => `${date}T${String(hour).padStart(2, '0')}:00:00.000Z`;

export function partnerId(index: number, total: number): string {
  return `p-${String(index + 1).padStart(total < 10_000 ? 4 : 6, '0')}`;
}

export function generateNetwork(options: GenerateOptions): NetworkRecords {
  const random = new Random(options.seed ?? 2024);
  const areaCount = options.areas ?? (options.partners <= 300 ? 3 : ukAreas.length);
  const areas = ukAreas.slice(0, Math.max(1, Math.min(areaCount, ukAreas.length)));
  const partners = generatePartners(random, options.partners, areas);
  const pals = choosePals(random, partners, areas, options.personas ?? []);
  const ties = generateTies(random, partners, pals, options.tiesPerPartner ?? 10);
  const groups = generateGroups(random, partners, pals, areas);
  const introductions = generateIntroductions(random, partners, pals, ties);
  const questions = generateQuestions(random, partners, pals);
  const community = generateCommunityLife(options.seed ?? 2024, partners, pals, groups, SPECIALTY_IDS);
  return {
    ...community,
    areas: areas.map(({ towns: _towns, ...area }) => area),
    specialties: specialties.map(({ weight: _weight, ...specialty }) => specialty),
    partners,
    pals,
    ties,
    groups,
    introductions,
    questions,
  };
}

function generatePartners(random: Random, count: number, areas: AreaSeed[]): PartnerRecord[] {
  const partners: PartnerRecord[] = [];
  for (let i = 0; i < count; i++) {
    const area = areas[i % areas.length]!;
    const first = random.pick(firstNames);
    const last = random.pick(surnames);
    const city = random.pick(area.towns);
    const company = random.chance(0.3)
      ? `${last.replace(/'/g, '')} ${random.pick(companySuffixes)}`
      : `${random.pick(companyWords)} ${random.pick(companySuffixes)}`;
    const domain = `${slug(company)}-${(i + 1).toString(36)}.example`;
    const tier = random.weighted(TIERS, TIER_WEIGHTS);
    const offers = uniqueSpecialties(random, random.int(1, 3), []);
    partners.push({
      id: partnerId(i, count),
      name: `${first} ${last}`,
      company,
      tier,
      managed: random.chance(MANAGED_SHARE[tier]),
      city,
      area: area.id,
      location: {
        latitude: round(area.center.latitude + (random.float() - 0.5) * 0.3),
        longitude: round(area.center.longitude + (random.float() - 0.5) * 0.5),
      },
      website: `https://${domain}`,
      email: `${slug(first)}.${slug(last)}@${domain}`,
      // Ofcom's range for drama (020 7946 0000–0999): realistic, and nobody's real number.
      phone: `+44 20 7946 0${String(i % 1000).padStart(3, '0')}`,
      joinedAt: random.date(FIRST_DAY, '2026-09-30'),
      openToIntroductions: random.chance(0.93),
      offers,
      seeks: uniqueSpecialties(random, random.int(0, 2), offers),
    });
  }
  return partners;
}

/** The list kept under `key`, created empty the first time. */
function listIn<K, V>(map: Map<K, V[]>, key: K): V[] {
  let list = map.get(key);
  if (!list) {
    list = [];
    map.set(key, list);
  }
  return list;
}

const round = (value: number) => Math.round(value * 10_000) / 10_000;

/** `count` different specialties, common ones more likely, none of `excluded`. */
export function uniqueSpecialties(random: Random, count: number, excluded: string[]): string[] {
  const chosen = new Set<string>();
  for (let attempts = 0; chosen.size < count && attempts < 50; attempts++) {
    const id = random.weighted(SPECIALTY_IDS, SPECIALTY_WEIGHTS);
    if (!excluded.includes(id)) chosen.add(id);
  }
  return [...chosen];
}

/** One PAL per area: the area's first partner, made a well-connected silver or gold partner. */
function choosePals(random: Random, partners: PartnerRecord[], areas: AreaSeed[], personas: PalPersona[]): PalRecord[] {
  return areas.map((area, index) => {
    const partner = partners.find((candidate) => candidate.area === area.id)!;
    const persona = personas.find((candidate) => candidate.area === area.id);
    // The first area's PAL is always the Office 365 expert the other PALs forward to.
    const expertIn = persona?.expertIn ?? (index === 0 ? ['office-365', 'sharepoint'] : [SPECIALTY_IDS[(index * 5) % SPECIALTY_IDS.length]!]);
    if (persona) {
      partner.name = persona.name;
      partner.company = persona.company;
      const domain = `${slug(persona.company)}.example`;
      partner.website = `https://${domain}`;
      partner.email = `${slug(persona.name.split(' ')[0]!)}@${domain}`;
    }
    partner.tier = random.chance(0.5) ? 'gold' : 'silver';
    partner.openToIntroductions = true;
    partner.offers = [...new Set([...expertIn, ...partner.offers])].slice(0, 4);
    partner.seeks = partner.seeks.filter((id) => !partner.offers.includes(id));
    return { partner: partner.id, area: area.id, expertIn };
  });
}

function generateTies(random: Random, partners: PartnerRecord[], pals: PalRecord[], tiesPerPartner: number): TieRecord[] {
  const indexOf = new Map(partners.map((partner, index) => [partner.id, index]));
  const byArea = new Map<string, number[]>();
  partners.forEach((partner, index) => {
    listIn(byArea, partner.area).push(index);
  });
  const neighbours: number[][] = partners.map(() => []);
  const seen = new Set<number>();
  const ties: TieRecord[] = [];
  const n = partners.length;
  // A few partners know nobody yet: the isolated ones network health should find.
  const isolated = new Set(
    random.sample(
      [...Array(n).keys()].filter((i) => !pals.some((pal) => pal.partner === partners[i]!.id)),
      Math.floor(n * 0.03),
    ),
  );

  const add = (a: number, b: number) => {
    if (a === b || isolated.has(a) || isolated.has(b)) return;
    const key = Math.min(a, b) * n + Math.max(a, b);
    if (seen.has(key)) return;
    seen.add(key);
    neighbours[a]!.push(b);
    neighbours[b]!.push(a);
    const since = random.date(later(partners[a]!.joinedAt, partners[b]!.joinedAt), LAST_DAY);
    ties.push({ a: partners[a]!.id, b: partners[b]!.id, since, strength: random.weighted(STRENGTHS, STRENGTH_WEIGHTS) });
  };

  // PALs are connectors: each knows a good share of their area.
  for (const pal of pals) {
    const members = byArea.get(pal.area) ?? [];
    const palIndex = indexOf.get(pal.partner)!;
    for (const member of random.sample(members, Math.min(Math.ceil(members.length * 0.35), 300))) add(palIndex, member);
  }
  // PALs know each other.
  for (const a of pals) for (const b of pals) if (a.partner < b.partner) add(indexOf.get(a.partner)!, indexOf.get(b.partner)!);

  const target = Math.round(n * tiesPerPartner);
  for (let attempts = 0; ties.length < target && attempts < target * 4; attempts++) {
    const a = random.int(0, n - 1);
    const roll = random.float();
    let b: number;
    if (roll < 0.55) {
      b = random.pick(byArea.get(partners[a]!.area)!);
    } else if (roll < 0.8 && neighbours[a]!.length > 0) {
      // Friends of friends meet: this gives the network its clustering.
      const friend = random.pick(neighbours[a]!);
      b = neighbours[friend]!.length ? random.pick(neighbours[friend]!) : friend;
    } else if (roll < 0.9 && ties.length > 0) {
      // Well-known partners get to know more people (preferential attachment).
      const tie = random.pick(ties);
      b = indexOf.get(random.chance(0.5) ? tie.a : tie.b)!;
    } else {
      b = random.int(0, n - 1);
    }
    add(a, b);
  }
  return ties;
}

function generateGroups(random: Random, partners: PartnerRecord[], pals: PalRecord[], areas: AreaSeed[]): GroupRecord[] {
  return pals.flatMap((pal) => {
    const area = areas.find((candidate) => candidate.id === pal.area)!;
    const town = area.towns[0]!;
    const members = partners.filter((partner) => partner.area === pal.area && partner.id !== pal.partner);
    const expertise = SPECIALTY_NAMES.get(pal.expertIn[0]!) ?? 'Partner';
    return [
      {
        id: `g-${area.id}`,
        name: `${town} Partner User Group`,
        area: area.id,
        runBy: pal.partner,
        members: random.sample(members, Math.ceil(members.length * 0.25)).map((partner) => partner.id),
      },
      {
        id: `g-${area.id}-${slug(expertise)}`,
        name: `${town} ${expertise} Circle`,
        area: area.id,
        runBy: pal.partner,
        members: random.sample(members, Math.ceil(members.length * 0.1)).map((partner) => partner.id),
      },
    ];
  });
}

const INTRODUCTION_STATUSES: IntroductionStatus[] = ['proposed', 'made', 'accepted', 'declined', 'collaborating'];
const INTRODUCTION_WEIGHTS = [12, 13, 15, 15, 45];

function generateIntroductions(random: Random, partners: PartnerRecord[], pals: PalRecord[], ties: TieRecord[]): IntroductionRecord[] {
  const known = new Set(ties.map((tie) => `${tie.a}|${tie.b}`));
  const knows = (a: string, b: string) => known.has(`${a}|${b}`) || known.has(`${b}|${a}`);
  const offering = new Map<string, PartnerRecord[]>();
  for (const partner of partners) for (const id of partner.offers) listIn(offering, id).push(partner);
  const palOf = new Map(pals.map((pal) => [pal.area, pal.partner]));
  const seekers = partners.filter((partner) => partner.seeks.length > 0);
  const count = Math.max(40, Math.round(partners.length / 20));
  const introductions: IntroductionRecord[] = [];
  const pairs = new Set<string>();

  for (let attempts = 0; introductions.length < count && attempts < count * 10 && seekers.length; attempts++) {
    const from = random.pick(seekers);
    const specialty = random.pick(from.seeks);
    const candidates = (offering.get(specialty) ?? []).filter((partner) => partner.id !== from.id && partner.openToIntroductions);
    if (!candidates.length) continue;
    // Prefer someone nearby, as PALs do.
    const local = candidates.filter((partner) => partner.area === from.area);
    const to = random.pick(local.length && random.chance(0.75) ? local : candidates);
    const pair = [from.id, to.id].sort().join('|');
    if (pairs.has(pair) || knows(from.id, to.id)) continue;
    pairs.add(pair);
    introductions.push(introductionRecord(random, introductions.length, palOf.get(from.area)!, from, to, specialty));
  }
  return introductions;
}

function introductionRecord(random: Random, index: number, introducer: string, from: PartnerRecord, to: PartnerRecord, specialty: string): IntroductionRecord {
  const status = random.weighted(INTRODUCTION_STATUSES, INTRODUCTION_WEIGHTS);
  const proposed = random.date(later(from.joinedAt, to.joinedAt), '2026-09-01');
  // Each later step happens some days after the one before.
  const step = (after: string) => new Date(Date.parse(after) + random.int(2, 30) * 86_400_000).toISOString().slice(0, 10);
  const reached = (target: IntroductionStatus) => {
    const order: Record<IntroductionStatus, number> = { proposed: 0, made: 1, accepted: 2, declined: 2, lapsed: 2, collaborating: 3 };
    return status === target || (order[status] > order[target] && !(target === 'declined' || status === 'declined'));
  };
  const made = reached('made') || status === 'declined' ? step(proposed) : null;
  const accepted = made && reached('accepted') ? step(made) : null;
  const declined = made && status === 'declined' ? step(made) : null;
  const collaborating = accepted && status === 'collaborating' ? step(accepted) : null;
  const name = SPECIALTY_NAMES.get(specialty)!;
  return {
    id: `i-${String(index + 1).padStart(5, '0')}`,
    introducer,
    from: from.id,
    to: to.id,
    reason: `${from.name} (${from.company}) is looking for ${name}; ${to.company} offers it.`,
    privateNote: status === 'declined' ? 'Timing was not right for them.' : null,
    status,
    proposedAt: atTime(proposed, 9),
    madeAt: made ? atTime(made, 10) : null,
    acceptedAt: accepted ? atTime(accepted, 11) : null,
    declinedAt: declined ? atTime(declined, 11) : null,
    collaboratingAt: collaborating ? atTime(collaborating, 12) : null,
  };
}

const QUESTION_TEMPLATES = [
  'Has anyone handled {s} for a client of about 50 seats? Looking for lessons learned.',
  'A customer has asked us about {s}. Who could we partner with on it?',
  'What is the current best practice for {s} in a small business?',
  'Any recommendations for tooling around {s}?',
];

function generateQuestions(random: Random, partners: PartnerRecord[], pals: PalRecord[]): QuestionRecord[] {
  const palOf = new Map(pals.map((pal) => [pal.area, pal]));
  const microsoftExpert = pals.find((pal) => pal.expertIn.includes('office-365'));
  const askers = partners.filter((partner) => partner.seeks.length > 0 && !pals.some((pal) => pal.partner === partner.id));
  const count = Math.max(15, Math.round(partners.length / 50));
  return random.sample(askers, count).map((asker, index) => {
    const specialty = random.pick(asker.seeks);
    const areaPal = palOf.get(asker.area)!;
    const askedAt = random.date('2026-06-01', '2026-11-15');
    const hops: QuestionHop[] = [{ to: areaPal.partner, at: atTime(askedAt, 9), by: null, note: null }];
    // Office 365 questions travel on to the PAL who is the expert, as the community does today.
    if (MICROSOFT_365.has(specialty) && microsoftExpert && microsoftExpert.partner !== areaPal.partner) {
      hops.push({ to: microsoftExpert.partner, at: atTime(askedAt, 14), by: areaPal.partner, note: 'Forwarding to our Microsoft 365 expert PAL.' });
    }
    const answered = random.chance(0.4);
    return {
      id: `q-${String(index + 1).padStart(5, '0')}`,
      asker: asker.id,
      specialty,
      text: random.pick(QUESTION_TEMPLATES).replace('{s}', SPECIALTY_NAMES.get(specialty)!.toLowerCase()),
      status: answered ? 'answered' : 'open',
      askedAt: atTime(askedAt, 8),
      answer: answered ? 'Shared a checklist and introduced two partners who have done this.' : null,
      answeredAt: answered ? atTime(askedAt, 17) : null,
      hops,
    };
  });
}
