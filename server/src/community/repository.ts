import { z } from 'zod';
import type { Activity, CreateActivity, CreateMeeting, Group, GroupSummary, Meeting, MeetingSummary } from '../contracts/community';
import { cypher } from '../db/queries';
import type { Database } from '../db/neo4j';
import { activitySchema, groupSchema, groupSummarySchema, meetingSchema, meetingSummarySchema } from '../contracts/community';
import { parseColumn } from '../db/rows';

export interface MeetingFilters {
  group?: string | null;
  area?: string | null;
  from?: string | null;
  to?: string | null;
  /** Only the meetings this partner registered for. */
  registrant?: string | null;
  latestFirst?: boolean;
}

export interface ActivityFilters {
  ids?: string[] | null;
  pal?: string | null;
  area?: string | null;
  from?: string | null;
  to?: string | null;
}

/** User groups, their meetings with registration and attendance, and PALs' activities. */
export function communityRepository(db: Database) {
  return {
    async groups(area: string | null): Promise<GroupSummary[]> {
      return parseColumn('group-list', 'group', groupSummarySchema, await db.read(cypher('group-list'), { area }));
    },

    async group(id: string): Promise<Group | null> {
      return parseColumn('group-by-id', 'group', groupSchema, await db.read(cypher('group-by-id'), { id }))[0] ?? null;
    },

    /** The partners who keep a group (its runner, its area's PAL), or null when there is no such group. */
    async keepers(id: string): Promise<string[] | null> {
      return parseColumn('group-keepers', 'keepers', z.array(z.string()), await db.read(cypher('group-keepers'), { id }))[0] ?? null;
    },

    async createMeeting(id: string, group: string, body: CreateMeeting): Promise<void> {
      await db.write(cypher('meeting-create'), {
        id,
        group,
        props: { title: body.title, place: body.place ?? null, onlineUrl: body.onlineUrl ?? null },
        startsAt: body.startsAt,
        endsAt: body.endsAt ?? null,
        specialties: body.specialties,
      });
    },

    async meeting(id: string): Promise<Meeting | null> {
      return parseColumn('meeting-by-id', 'meeting', meetingSchema, await db.read(cypher('meeting-by-id'), { id }))[0] ?? null;
    },

    async meetings(filters: MeetingFilters): Promise<MeetingSummary[]> {
      const rows = await db.read(cypher('meeting-list'), {
        group: filters.group ?? null,
        area: filters.area ?? null,
        from: filters.from ?? null,
        to: filters.to ?? null,
        registrant: filters.registrant ?? null,
        latestFirst: filters.latestFirst ?? false,
      });
      return parseColumn('meeting-list', 'meeting', meetingSummarySchema, rows);
    },

    async register(id: string, partner: string): Promise<boolean> {
      return (await db.write(cypher('meeting-register'), { id, partner })).length > 0;
    },

    /** False when there is no such meeting; a registration that is not there is no error. */
    async unregister(id: string, partner: string): Promise<boolean> {
      return (await db.write(cypher('meeting-unregister'), { id, partner })).length > 0;
    },

    async attend(id: string, partners: string[]): Promise<void> {
      await db.write(cypher('meeting-attend'), { id, partners });
    },

    async createActivity(id: string, pal: string, body: CreateActivity): Promise<void> {
      await db.write(cypher('activity-create'), {
        id,
        pal,
        props: { kind: body.kind, title: body.title, url: body.url ?? null },
        date: body.date,
        area: body.area ?? null,
        group: body.group ?? null,
        specialties: body.specialties,
        reached: body.reached,
      });
    },

    async activities(filters: ActivityFilters): Promise<Activity[]> {
      const rows = await db.read(cypher('activity-list'), {
        ids: filters.ids ?? null,
        pal: filters.pal ?? null,
        area: filters.area ?? null,
        from: filters.from ?? null,
        to: filters.to ?? null,
      });
      return parseColumn('activity-list', 'activity', activitySchema, rows);
    },
  };
}

export type CommunityRepository = ReturnType<typeof communityRepository>;
