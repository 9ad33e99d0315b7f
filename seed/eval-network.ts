import type { IntroductionRecord, NetworkRecords, PartnerRecord } from '../server/src/network/records';
import { generateNetwork, uniqueSpecialties } from './generate';
import { Random } from './random';

/**
 * A network for judging matches honestly. Every partner has hidden needs; what it declares it SEEKS
 * is a noisy view of them (each real need declared half the time, plus a decoy now and then).
 * Collaborations then form between partners whose hidden needs and capabilities fit, more often
 * when they share acquaintances, work in the same area and both gain. Most collaborations are
 * recorded (an introduction that became a collaboration, and a tie); the rest are held out, and a
 * ranker is judged on finding them. No single field reveals a held-out pair: the declared specialties
 * are noisy, and structure or area alone fit many pairs that never collaborate.
 */
export interface EvalNetwork {
  network: NetworkRecords;
  /** Partner id → the collaborators held out for it (both directions are listed). */
  heldOut: Map<string, Set<string>>;
  hiddenNeeds: Map<string, string[]>;
  trainingCollaborations: number;
  heldOutCollaborations: number;
}

export interface EvalOptions {
  partners?: number;
  seed?: number;
  heldOutShare?: number;
}

const key = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

export function generateEvalNetwork(options: EvalOptions = {}): EvalNetwork {
  const seed = options.seed ?? 7;
  const random = new Random(seed * 7919 + 1);
  const base = generateNetwork({ partners: options.partners ?? 2000, seed, areas: 3, tiesPerPartner: 5 });
  const partners = base.partners;
  const byId = new Map(partners.map((partner) => [partner.id, partner]));

  // Hidden needs, and declared seeks as a noisy view of them.
  const hiddenNeeds = new Map<string, string[]>();
  for (const partner of partners) {
    const needs = uniqueSpecialties(random, random.int(1, 2), partner.offers);
    hiddenNeeds.set(partner.id, needs);
    const declared = needs.filter(() => random.chance(0.5));
    if (random.chance(0.35)) declared.push(...uniqueSpecialties(random, 1, [...partner.offers, ...needs]));
    partner.seeks = [...new Set(declared)];
  }

  const neighbours = new Map<string, Set<string>>(partners.map((partner) => [partner.id, new Set()]));
  for (const tie of base.ties) {
    neighbours.get(tie.a)!.add(tie.b);
    neighbours.get(tie.b)!.add(tie.a);
  }
  const byArea = new Map<string, PartnerRecord[]>();
  for (const partner of partners) {
    const members = byArea.get(partner.area);
    if (members) members.push(partner);
    else byArea.set(partner.area, [partner]);
  }

  const fit = (a: PartnerRecord, b: PartnerRecord) => hiddenNeeds.get(a.id)!.filter((need) => b.offers.includes(need)).length;
  const collaborations = new Set<string>();
  const target = Math.round(partners.length * 0.6);
  for (let attempts = 0; collaborations.size < target && attempts < target * 20; attempts++) {
    const a = random.pick(partners);
    if (!a.openToIntroductions) continue;
    const friendsOfFriends = [...neighbours.get(a.id)!].flatMap((friend) => [...neighbours.get(friend)!]);
    const pool = [...new Set([...friendsOfFriends, ...random.sample(byArea.get(a.area)!, 60).map((partner) => partner.id)])].filter(
      (id) => id !== a.id && !neighbours.get(a.id)!.has(id) && byId.get(id)!.openToIntroductions && !collaborations.has(key(a.id, id)),
    );
    if (!pool.length) continue;
    const weights = pool.map((id) => {
      const b = byId.get(id)!;
      const ab = fit(a, b);
      const ba = fit(b, a);
      if (ab + ba === 0) return 0.02;
      const mutual = [...neighbours.get(a.id)!].filter((friend) => neighbours.get(id)!.has(friend)).length;
      return (ab + ba + (ab > 0 && ba > 0 ? 2 : 0)) * (1 + 1.5 * mutual) * (a.area === b.area ? 2 : 1);
    });
    collaborations.add(key(a.id, random.weighted(pool, weights)));
  }

  // Hold out a share; the rest become introductions that turned into collaborations, and ties.
  const shuffled = random.sample([...collaborations], collaborations.size);
  const heldOutCount = Math.round(shuffled.length * (options.heldOutShare ?? 0.3));
  const heldOut = new Map<string, Set<string>>();
  for (const pair of shuffled.slice(0, heldOutCount)) {
    const [a, b] = pair.split('|') as [string, string];
    heldOut.set(a, (heldOut.get(a) ?? new Set()).add(b));
    heldOut.set(b, (heldOut.get(b) ?? new Set()).add(a));
  }
  const palOf = new Map(base.pals.map((pal) => [pal.area, pal.partner]));
  const introductions: IntroductionRecord[] = [];
  const ties = [...base.ties];
  shuffled.slice(heldOutCount).forEach((pair, index) => {
    const [a, b] = pair.split('|') as [string, string];
    // The seeker is the side whose declared seeks the other offers, where there is one.
    const [from, to] = byId.get(b)!.offers.some((id) => byId.get(a)!.seeks.includes(id)) ? [a, b] : [b, a];
    introductions.push(pastIntroduction(`i-eval-${index}`, palOf.get(byId.get(from)!.area)!, from, to, 'collaborating'));
    ties.push({ a, b, since: '2025-06-01', strength: 4 });
  });
  // Introductions made on declared specialties alone that went nowhere: the decoys' cost.
  for (let index = 0; index < Math.round(partners.length * 0.1); index++) {
    const a = random.pick(partners);
    const decoys = a.seeks.filter((id) => !hiddenNeeds.get(a.id)!.includes(id));
    const offerers = decoys.length ? partners.filter((b) => b.id !== a.id && b.offers.includes(decoys[0]!) && !collaborations.has(key(a.id, b.id))) : [];
    if (!offerers.length) continue;
    const b = random.pick(offerers);
    introductions.push(pastIntroduction(`i-eval-declined-${index}`, palOf.get(a.area)!, a.id, b.id, 'declined'));
  }

  // Who attends user group meetings: partners of the area with a real interest in a meeting's
  // topics (a hidden need, or something they offer), as people go to meetings about what they need
  // or sell. Drawn with a generator of its own, so everything above stays as it was.
  const attendance = new Random(seed * 31 + 5);
  const meetings = base.meetings.map((meeting) => {
    if (meeting.attended.length === 0) return meeting;
    const area = base.groups.find((group) => group.id === meeting.group)!.area;
    const interested = (byArea.get(area) ?? []).filter((partner) =>
      meeting.specialties.some((specialty) => hiddenNeeds.get(partner.id)!.includes(specialty) || partner.offers.includes(specialty)),
    );
    const attended = attendance.sample(interested, Math.min(interested.length, 20)).map((partner) => partner.id);
    return { ...meeting, attended, registered: attended };
  });

  return {
    network: { ...base, ties, introductions, questions: [], meetings },
    heldOut,
    hiddenNeeds,
    trainingCollaborations: shuffled.length - heldOutCount,
    heldOutCollaborations: heldOutCount,
  };
}

function pastIntroduction(id: string, introducer: string, from: string, to: string, status: 'collaborating' | 'declined'): IntroductionRecord {
  const collaborating = status === 'collaborating';
  return {
    id,
    introducer,
    from,
    to,
    reason: 'Evaluation history',
    privateNote: null,
    status,
    proposedAt: '2025-05-01T09:00:00.000Z',
    madeAt: '2025-05-03T09:00:00.000Z',
    acceptedAt: collaborating ? '2025-05-10T09:00:00.000Z' : null,
    declinedAt: collaborating ? null : '2025-05-10T09:00:00.000Z',
    collaboratingAt: collaborating ? '2025-06-01T09:00:00.000Z' : null,
  };
}
