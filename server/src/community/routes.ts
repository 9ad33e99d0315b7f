import { z } from 'zod';
import {
  activityListSchema,
  activitySchema,
  areaHappeningsSchema,
  attendanceSchema,
  createActivitySchema,
  createMeetingSchema,
  groupListQuerySchema,
  groupListSchema,
  groupSchema,
  idParams,
  meetingSchema,
  periodQuerySchema,
  registrationSchema,
} from '../contracts/community';
import { partnerIdParams } from '../contracts/partners';
import { actingAs, isPalOrAdmin, palOrAdmin, signedIn } from '../http/access';
import { defineRoute, Reply, requireActor } from '../http/route';
import type { CommunityService } from './service';

const CALENDAR = 'text/calendar; charset=utf-8';

export function communityRoutes(community: CommunityService, baseUrl: () => string) {
  const tag = 'Community';
  const runnerOf = async (groupId: string) => [(await community.group(groupId)).runBy?.id];
  return [
    defineRoute({
      method: 'get', path: '/groups', tag, access: signedIn,
      summary: 'User groups, with who runs them, their members and next meeting',
      query: groupListQuerySchema, response: groupListSchema,
      handle: ({ query }) => community.groups(query.area ?? null),
    }),
    defineRoute({
      method: 'get', path: '/groups/:id', tag, access: signedIn, errors: [404],
      summary: 'One user group with its members and meetings',
      params: idParams, response: groupSchema,
      handle: ({ params }) => community.group(params.id),
    }),
    defineRoute({
      method: 'post', path: '/groups/:id/meetings', tag, status: 201, errors: [404],
      // PALs, admins, and whoever runs the group.
      access: { ...palOrAdmin, owners: ({ params }) => runnerOf(params.id) },
      summary: 'Plan a meeting of a group: date, place or online link, topics',
      params: idParams, body: createMeetingSchema, response: meetingSchema,
      handle: ({ params, body }) => community.createMeeting(params.id, body),
    }),
    defineRoute({
      method: 'get', path: '/groups/:id/calendar.ics', tag, access: signedIn, errors: [404], produces: CALENDAR,
      summary: "A group's upcoming meetings as iCalendar, for a calendar app",
      params: idParams, response: z.string(),
      handle: async ({ params }) => new Reply(200, await community.calendar({ group: params.id }, baseUrl()), CALENDAR),
    }),
    defineRoute({
      method: 'get', path: '/areas/:id/calendar.ics', tag, access: signedIn, errors: [404], produces: CALENDAR,
      summary: "Upcoming meetings of every group in an area as iCalendar",
      params: idParams, response: z.string(),
      handle: async ({ params }) => new Reply(200, await community.calendar({ area: params.id }, baseUrl()), CALENDAR),
    }),
    defineRoute({
      method: 'get', path: '/meetings/:id', tag, access: signedIn, errors: [404],
      summary: 'One meeting with who registered and who attended',
      params: idParams, response: meetingSchema,
      handle: ({ params }) => community.meeting(params.id),
    }),
    defineRoute({
      method: 'post', path: '/meetings/:id/registrations', tag, access: signedIn, status: 201, errors: [404],
      summary: 'Register for a meeting (yourself; PALs and admins may register anyone)',
      params: idParams, body: registrationSchema, response: meetingSchema,
      handle: ({ params, body }, context) => {
        const actor = requireActor(context);
        const partner = isPalOrAdmin(actor) && body.partner ? body.partner : actingAs(actor, body.partner, 'partner');
        return community.register(params.id, partner);
      },
    }),
    defineRoute({
      method: 'post', path: '/meetings/:id/attendance', tag, access: palOrAdmin, errors: [404],
      summary: 'Record who attended: they are shown as having met (MET_AT through the meeting, dated)',
      params: idParams, body: attendanceSchema, response: meetingSchema,
      before: ({ params }) => community.meeting(params.id),
      handle: ({ params, body }) => community.attend(params.id, body.partners),
    }),
    defineRoute({
      method: 'post', path: '/activities', tag, access: palOrAdmin, status: 201, errors: [404],
      summary: 'Record a PAL activity: a group visit, webinar, post or conference, with what it covered and reached',
      body: createActivitySchema, response: activitySchema,
      handle: ({ body }, context) => community.createActivity(actingAs(requireActor(context), body.pal, 'pal'), body),
    }),
    defineRoute({
      method: 'get', path: '/pals/:id/activities', tag, access: signedIn, errors: [404],
      summary: "A PAL's activities, newest first",
      params: partnerIdParams, response: activityListSchema,
      handle: ({ params }) => community.palActivities(params.id),
    }),
    defineRoute({
      method: 'get', path: '/areas/:id/happenings', tag, access: signedIn, errors: [404],
      summary: 'What happened in an area in a period: PAL activities there and its groups’ meetings',
      params: idParams, query: periodQuerySchema, response: areaHappeningsSchema,
      handle: ({ params, query }) => community.areaHappenings(params.id, query.from ?? null, query.to ?? null),
    }),
  ];
}
