import type {
  ActivityRecord,
  AnnouncementRecord,
  CommunityLife,
  FeedbackRecord,
  GroupRecord,
  MeetingRecord,
  PalRecord,
  PartnerRecord,
  ThemeRecord,
} from '../server/src/network/records';
import { Random } from './random';
import { DAY_MS, HOUR_MS } from '../server/src/time';

/** Community life in the generated networks: meetings, PAL activities, announcements, feedback. */

/** The generated history ends here; meetings after it are the upcoming ones. */
const HISTORY_ENDS = Date.parse('2026-10-31T00:00:00Z');
const dayOffset = (days: number, hour = 18) => new Date(HISTORY_ENDS + days * DAY_MS + hour * HOUR_MS).toISOString();

/** What meetings, webinars and posts are about: each title with the specialties it covers. */
const TOPICS: { title: string; specialties: string[] }[] = [
  { title: 'Licensing changes this year', specialties: ['licensing', 'office-365'] },
  { title: 'A security baseline for small clients', specialties: ['cyber-security', 'cyber-essentials'] },
  { title: 'Migration war stories', specialties: ['office-365', 'aws'] },
  { title: 'Co-selling with other partners', specialties: ['licensing'] },
  { title: 'Copilot roadmap briefing', specialties: ['copilot'] },
  { title: 'Hands-on lab: Intune and Autopilot', specialties: ['intune'] },
  { title: 'Teams telephony in practice', specialties: ['teams-voice', 'voip'] },
  { title: 'Backup and recovery clinic', specialties: ['backup-dr', 'azure'] },
];

/** Feedback themes partners raise, with what they say and how far the vendor has taken them. */
const THEMES = [
  {
    title: 'Partner portal logs people out too often',
    programme: 'partner portal',
    sentiment: 'negative' as const,
    texts: ['The portal logs me out every few minutes', 'Session timeouts on the portal are far too short', 'I have to sign in to the portal again and again'],
    status: 'acted' as const,
    where: 'Partner conference 2026',
    answer: 'Sessions will last eight hours from the spring release',
    note: 'Shipped in the April release',
  },
  {
    title: 'Deal registration takes too long to approve',
    programme: 'deal registration',
    sentiment: 'negative' as const,
    texts: ['Deal registrations wait a week for approval', 'We lost a deal waiting for registration approval'],
    status: 'answered' as const,
    where: 'Quarterly PAL call, September',
    answer: 'A two-day approval target is being trialled in two regions',
    note: null,
  },
  {
    title: 'More hands-on labs at user groups',
    programme: 'user groups',
    sentiment: 'suggestion' as const,
    texts: ['User groups would be better with hands-on labs', 'Could the vendor send lab kits to user groups?'],
    status: 'raised' as const,
    where: 'PAL summit',
    answer: null,
    note: null,
  },
  {
    title: 'Co-selling with larger partners works well',
    programme: 'co-selling',
    sentiment: 'positive' as const,
    texts: ['The co-selling introductions have won us two deals', 'Working with a gold partner through the PAL was great'],
    status: 'collected' as const,
    where: null,
    answer: null,
    note: null,
  },
];

export function generateCommunityLife(
  seed: number,
  partners: PartnerRecord[],
  pals: PalRecord[],
  groups: GroupRecord[],
  specialtyIds: string[],
): CommunityLife {
  // A generator of its own, so adding community life leaves the rest of the network as it was.
  const random = new Random(seed + 7919);
  const byArea = new Map<string, PartnerRecord[]>();
  for (const partner of partners) {
    const list = byArea.get(partner.area);
    if (list) list.push(partner);
    else byArea.set(partner.area, [partner]);
  }
  const palOfArea = new Map(pals.map((pal) => [pal.area, pal.partner]));

  const meetings: MeetingRecord[] = groups.flatMap((group) => {
    const locals = byArea.get(group.area) ?? [];
    return Array.from({ length: 8 }, (_, index) => {
      // Monthly, from six months before the history ends to a month after it: one or two to come.
      const days = -6 * 30 + index * 30 + random.int(-5, 5);
      const upcoming = days > 0;
      const attended = upcoming
        ? []
        : [
            ...new Set([
              ...random.sample(group.members, Math.ceil(group.members.length * (0.3 + random.float() * 0.3))),
              ...random.sample(locals, 2).map((p) => p.id),
            ]),
          ];
      const noShows = random.sample(
        group.members.filter((id) => !attended.includes(id)),
        3,
      );
      const online = random.chance(0.3);
      const topic = random.pick(TOPICS);
      return {
        id: `m-${group.id}-${index + 1}`,
        group: group.id,
        title: topic.title,
        startsAt: dayOffset(days),
        endsAt: dayOffset(days, 20),
        place: online ? null : `${group.name.split(' ')[0]} Innovation Centre`,
        onlineUrl: online ? `https://meet.example/${group.id}-${index + 1}` : null,
        specialties: topic.specialties.filter((id) => specialtyIds.includes(id)),
        registered: [...new Set([...attended, ...noShows])],
        attended,
      };
    });
  });

  const activities: ActivityRecord[] = pals.flatMap((pal) => {
    const locals = (byArea.get(pal.area) ?? []).map((partner) => partner.id).filter((id) => id !== pal.partner);
    const visited = groups.filter((group) => group.area !== pal.area);
    return Array.from({ length: 8 }, (_, index) => {
      const kind = (['group-visit', 'webinar', 'post', 'conference'] as const)[index % 4]!;
      const group = kind === 'group-visit' && visited.length ? random.pick(visited) : null;
      const specialty = random.pick(pal.expertIn.length ? pal.expertIn : specialtyIds);
      return {
        id: `act-${pal.partner}-${index + 1}`,
        pal: pal.partner,
        kind,
        title:
          kind === 'group-visit'
            ? `Talk at ${group?.name ?? 'a user group'}`
            : kind === 'webinar'
              ? `Webinar: ${random.pick(TOPICS).title}`
              : kind === 'post'
                ? `Blog post: ${random.pick(TOPICS).title}`
                : 'Partner conference',
        date: dayOffset(-random.int(1, 240)).slice(0, 10),
        url: kind === 'post' || kind === 'webinar' ? `https://blog.example/${pal.partner}/${index + 1}` : null,
        area: group ? group.area : pal.area,
        group: group?.id ?? null,
        specialties: [specialty],
        reached: random.sample(group ? group.members : locals, random.int(5, 15)),
      };
    });
  });

  const firstPal = pals[0]!;
  const announcements: AnnouncementRecord[] = [
    {
      id: 'an-1',
      author: firstPal.partner,
      title: 'New partner incentives from January',
      body: 'The vendor doubles the co-selling incentive for unmanaged partners from January.',
      postedAt: dayOffset(-3, 9),
      audienceKind: 'everyone',
      audienceValue: null,
      audienceLabel: 'Everyone',
    },
    {
      id: 'an-2',
      author: firstPal.partner,
      title: 'Gold partner briefing',
      body: 'Gold partners are invited to the roadmap briefing next month.',
      postedAt: dayOffset(-10, 9),
      audienceKind: 'tier',
      audienceValue: 'gold',
      audienceLabel: 'Gold partners',
    },
    ...pals.map((pal, index) => ({
      id: `an-area-${index + 1}`,
      author: pal.partner,
      title: 'Your area user group is back',
      body: 'The next user group meeting is in the calendar; register from the Community page.',
      postedAt: dayOffset(-20 - index, 9),
      audienceKind: 'area' as const,
      audienceValue: pal.area,
      audienceLabel: `Partners in the area`,
    })),
    {
      id: 'an-3',
      author: firstPal.partner,
      title: 'Office 365 licensing changes',
      body: 'Licensing for Office 365 changes in the spring: read the vendor’s guide.',
      postedAt: dayOffset(-30, 9),
      audienceKind: 'specialty',
      audienceValue: 'office-365',
      audienceLabel: 'Partners working with Office 365 migration',
    },
  ];

  const themes: ThemeRecord[] = [];
  const feedback: FeedbackRecord[] = [];
  const voiceCount = Math.max(3, Math.round(partners.length / 40));
  THEMES.forEach((theme, index) => {
    const curator = pals[index % pals.length]!.partner;
    const created = -200 + index * 40;
    const givers = random.sample(
      partners.filter((partner) => partner.id !== curator),
      theme.texts.length + random.int(0, 2),
    );
    const id = `th-${index + 1}`;
    const reached = ['raised', 'answered', 'acted', 'declined'].includes(theme.status);
    const answered = ['answered', 'acted', 'declined'].includes(theme.status);
    themes.push({
      id,
      curator,
      title: theme.title,
      summary: theme.texts[0]!,
      status: theme.status,
      createdAt: dayOffset(created, 10),
      raisedAt: reached ? dayOffset(created + 20, 10) : null,
      raisedWhere: theme.where,
      vendorAnswer: answered ? theme.answer : null,
      answeredAt: answered ? dayOffset(created + 50, 10) : null,
      outcomeAt: theme.status === 'acted' ? dayOffset(created + 90, 10) : null,
      outcomeNote: theme.note,
      voices: random
        .sample(
          partners.filter((partner) => !givers.includes(partner)),
          voiceCount,
        )
        .map((partner) => partner.id),
    });
    givers.forEach((giver, k) => {
      feedback.push({
        id: `f-${index + 1}-${k + 1}`,
        partner: giver.id,
        pal: palOfArea.get(giver.area) ?? null,
        specialty: null,
        programme: theme.programme,
        text: theme.texts[k % theme.texts.length]!,
        sentiment: theme.sentiment,
        createdAt: dayOffset(created - 10 + k, 11),
        theme: id,
      });
    });
  });
  // And some feedback still waiting for its PAL to merge it.
  for (const [index, giver] of random.sample(partners, Math.max(4, Math.round(partners.length / 30))).entries()) {
    const specialty = random.pick(giver.offers.length ? giver.offers : specialtyIds);
    feedback.push({
      id: `f-new-${index + 1}`,
      partner: giver.id,
      pal: palOfArea.get(giver.area) ?? null,
      specialty,
      programme: null,
      text: random.pick([
        'The certification exam is out of date',
        'Training vouchers ran out too early',
        'The new licensing guide is very clear',
        'Please add a partner-to-partner marketplace',
      ]),
      sentiment: random.pick(['positive', 'negative', 'suggestion'] as const),
      createdAt: dayOffset(-random.int(1, 60), 12),
      theme: null,
    });
  }
  return { meetings, activities, announcements, themes, feedback };
}
