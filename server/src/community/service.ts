import type { Activity, CreateActivity, CreateMeeting, Group, Meeting, MeetingSummary } from '../contracts/community';
import { badRequest, notFound } from '../errors';
import type { CatalogService } from '../catalog/service';
import { meetingsCalendar } from './calendar';
import type { CommunityRepository } from './repository';
import { newId } from '../ids';
import { DAY_MS } from '../time';
import type { Notify } from '../notifications/service';

/** A meeting's start as people in the community read it (the digest and e-mails are en-GB, London time). */
export const meetingDate = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', { dateStyle: 'full', timeStyle: 'short', timeZone: 'Europe/London' }).format(new Date(iso));

export function communityService(community: CommunityRepository, catalog: CatalogService, notify: Notify = async () => 0) {
  /** The area with this id, by name, or a 404 naming the field. */
  async function area(id: string, field: string): Promise<{ id: string; name: string }> {
    const found = (await catalog.areas()).find((candidate) => candidate.id === id);
    if (!found) throw notFound('area', id, field);
    return { id, name: found.name };
  }
  async function group(id: string): Promise<Group> {
    const found = await community.group(id);
    if (!found) throw notFound('user group', id);
    return found;
  }
  async function meeting(id: string): Promise<Meeting> {
    const found = await community.meeting(id);
    if (!found) throw notFound('meeting', id);
    return found;
  }

  return {
    group,
    meeting,
    /** Who may plan a group's meetings and record their attendance: its runner and its area's PAL. */
    async keepersOfGroup(id: string): Promise<string[]> {
      const keepers = await community.keepers(id);
      if (!keepers) throw notFound('user group', id);
      return keepers;
    },
    groups: async (area: string | null) => ({ items: await community.groups(area) }),

    /** `plannedBy`, the partner who planned it, is not told of it. */
    /** `recordsPast`: an admin may enter a meeting that already took place (history); others plan ahead. */
    async createMeeting(groupId: string, body: CreateMeeting, plannedBy: string | null = null, recordsPast = false, now = new Date()): Promise<Meeting> {
      if (!recordsPast && Date.parse(body.startsAt) < now.getTime()) throw badRequest('startsAt: a meeting is planned for a time still to come', 'startsAt');
      await group(groupId);
      await catalog.requireSpecialties('specialties', body.specialties);
      const id = newId('m');
      await community.createMeeting(id, groupId, body);
      const planned = await meeting(id);
      await notify({
        kind: 'meeting_planned',
        audience: { meeting: id },
        except: plannedBy,
        title: `Meeting planned: ${planned.title}`,
        body: `${planned.group.name} meets on ${meetingDate(planned.startsAt)}${planned.place ? ` at ${planned.place}` : ''}. Register on the community page.`,
        link: '/community',
      });
      return planned;
    },

    async register(id: string, partner: string): Promise<Meeting> {
      await catalog.requirePartners({ partner });
      if (!(await community.register(id, partner))) throw notFound('meeting', id);
      return meeting(id);
    },

    async unregister(id: string, partner: string): Promise<Meeting> {
      await catalog.requirePartners({ partner });
      if (!(await community.unregister(id, partner))) throw notFound('meeting', id);
      return meeting(id);
    },

    /** The meetings a partner registered for: coming ones soonest first, or past ones latest first. */
    async meetingsOf(partner: string, when: 'upcoming' | 'past', now = new Date()): Promise<{ items: MeetingSummary[] }> {
      await catalog.requirePartners({ id: partner });
      const at = now.toISOString();
      const items = await community.meetings(when === 'upcoming' ? { registrant: partner, from: at } : { registrant: partner, to: at, latestFirst: true });
      return { items };
    },

    /** Attendance: everyone listed MET_AT the meeting (and so met everyone else who attended). */
    async attend(id: string, partners: string[]): Promise<Meeting> {
      await meeting(id);
      await catalog.requirePartners(Object.fromEntries(partners.map((partner, i) => [`partners.${i}`, partner])));
      await community.attend(id, partners);
      return meeting(id);
    },

    /** Upcoming meetings of a group or an area, from today to a year ahead, as iCalendar text. */
    async calendar(scope: { group: string } | { area: string }, baseUrl: string, now = new Date()): Promise<string> {
      const from = new Date(now.getTime() - DAY_MS).toISOString();
      const to = new Date(now.getTime() + 366 * DAY_MS).toISOString();
      if ('group' in scope) {
        const found = await group(scope.group);
        return meetingsCalendar(found.name, await community.meetings({ group: scope.group, from, to }), baseUrl);
      }
      const { name } = await area(scope.area, 'id');
      return meetingsCalendar(`${name} meetings`, await community.meetings({ area: scope.area, from, to }), baseUrl);
    },

    async createActivity(pal: string, body: CreateActivity): Promise<Activity> {
      if (!(await catalog.isPal(pal))) throw badRequest('pal: activities are recorded for a PAL', 'pal');
      await catalog.requireArea('area', body.area);
      const visited = body.group ? await group(body.group) : null;
      await catalog.requireSpecialties('specialties', body.specialties);
      await catalog.requirePartners(Object.fromEntries(body.reached.map((partner, i) => [`reached.${i}`, partner])));
      // Where it happened, unless said: the group visited's area, else the area the PAL leads, so that
      // it shows under that area's "What happened".
      const area = body.area ?? visited?.area?.id ?? (await catalog.pals()).find((candidate) => candidate.id === pal)?.area?.id;
      const id = newId('act');
      await community.createActivity(id, pal, { ...body, ...(area ? { area } : {}) });
      const [created] = await community.activities({ ids: [id] });
      return created!;
    },

    palActivities: async (pal: string) => {
      await catalog.requirePartners({ id: pal });
      return { items: await community.activities({ pal }) };
    },

    /** What happened in an area in a period: PALs' activities there and its groups' meetings. */
    async areaHappenings(areaId: string, from: string | null, to: string | null) {
      const [named, activities, meetings] = await Promise.all([
        area(areaId, 'id'),
        community.activities({ area: areaId, from, to }),
        community.meetings({ area: areaId, from: from ? `${from}T00:00:00Z` : null, to: to ? `${to}T23:59:59Z` : null }),
      ]);
      return { area: named, from, to, activities, meetings };
    },
  };
}

export type CommunityService = ReturnType<typeof communityService>;
