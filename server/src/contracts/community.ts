import { z } from 'zod';
import { idSchema, isoDate, isoDateTime, namedRefSchema, idParams } from './common';
import { asPartnerSchema } from './common';
import { endpoints } from './endpoint';

/** Shared with the client: no server imports here. */

const ids = z
  .array(idSchema)
  .max(500)
  .refine((list) => new Set(list).size === list.length, 'must not repeat an id');

export const meetingSummarySchema = z
  .object({
    id: z.string(),
    title: z.string(),
    group: namedRefSchema,
    area: namedRefSchema.nullable(),
    startsAt: z.string(),
    endsAt: z.string().nullable(),
    place: z.string().nullable(),
    onlineUrl: z.string().nullable(),
    specialties: z.array(namedRefSchema),
    registered: z.number().int(),
    attended: z.number().int(),
  })
  .meta({ id: 'MeetingSummary' });

export const meetingSchema = meetingSummarySchema
  .extend({
    registeredPartners: z.array(namedRefSchema),
    attendedPartners: z.array(namedRefSchema),
  })
  .meta({ id: 'Meeting' });

export const groupSummarySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    area: namedRefSchema.nullable(),
    runBy: namedRefSchema.nullable(),
    members: z.number().int(),
    nextMeeting: z.object({ id: z.string(), title: z.string(), startsAt: z.string() }).nullable(),
  })
  .meta({ id: 'GroupSummary' });

export const groupSchema = groupSummarySchema.extend({ memberList: z.array(namedRefSchema), meetings: z.array(meetingSummarySchema) }).meta({ id: 'Group' });

export const groupListQuerySchema = z.strictObject({ area: idSchema.optional() });
export const groupListSchema = z.object({ items: z.array(groupSummarySchema) }).meta({ id: 'Groups' });

export const createMeetingSchema = z
  .strictObject({
    title: z.string().trim().min(1).max(200),
    startsAt: isoDateTime,
    endsAt: isoDateTime.optional(),
    place: z.string().trim().min(1).max(200).optional(),
    onlineUrl: z
      .url({ protocol: /^https?$/ })
      .max(400)
      .optional(),
    specialties: ids.default([]),
  })
  .refine((body) => body.place !== undefined || body.onlineUrl !== undefined, { message: 'give a place or an online link', path: ['place'] })
  .refine((body) => !body.endsAt || Date.parse(body.endsAt) > Date.parse(body.startsAt), { message: 'must be after startsAt', path: ['endsAt'] })
  .meta({ id: 'CreateMeeting' });

export const registrationSchema = asPartnerSchema;
export const registrationParams = z.strictObject({ id: idSchema, partner: idSchema });
export const partnerMeetingsQuerySchema = z.strictObject({
  when: z.enum(['upcoming', 'past']).default('upcoming').meta({ description: 'Coming meetings, soonest first, or past ones, latest first' }),
});
export const meetingListSchema = z.object({ items: z.array(meetingSummarySchema) }).meta({ id: 'Meetings' });

export const attendanceSchema = z
  .strictObject({ partners: ids.min(1).meta({ description: 'The partners who attended: each MET_AT the meeting, so they are shown as having met' }) })
  .meta({ id: 'Attendance' });

export const activityKinds = ['group-visit', 'webinar', 'post', 'conference'] as const;
export const activityKindSchema = z.enum(activityKinds);

export const activitySchema = z
  .object({
    id: z.string(),
    kind: activityKindSchema,
    title: z.string(),
    date: z.string(),
    url: z.string().nullable(),
    pal: namedRefSchema,
    area: namedRefSchema.nullable(),
    group: namedRefSchema.nullable(),
    specialties: z.array(namedRefSchema),
    reached: z.array(namedRefSchema),
  })
  .meta({ id: 'Activity' });

export const createActivitySchema = z
  .strictObject({
    pal: idSchema.optional().meta({ description: 'The PAL who did it: yourself (left out), or anyone for an admin' }),
    kind: activityKindSchema,
    title: z.string().trim().min(1).max(200),
    date: isoDate,
    url: z
      .url({ protocol: /^https?$/ })
      .max(400)
      .optional(),
    area: idSchema.optional(),
    group: idSchema.optional().meta({ description: 'The user group visited' }),
    specialties: ids.default([]),
    reached: ids.default([]).meta({ description: 'Partners it reached' }),
  })
  .refine((body) => body.kind !== 'group-visit' || body.group !== undefined, { message: 'name the group visited', path: ['group'] })
  .meta({ id: 'CreateActivity' });

export const periodQuerySchema = z
  .strictObject({ from: isoDate.optional(), to: isoDate.optional() })
  .refine((query) => !query.from || !query.to || query.from <= query.to, { message: 'must not be before from', path: ['to'] });

export const activityListSchema = z.object({ items: z.array(activitySchema) }).meta({ id: 'Activities' });
export const areaHappeningsSchema = z
  .object({
    area: namedRefSchema,
    from: z.string().nullable(),
    to: z.string().nullable(),
    activities: z.array(activitySchema),
    meetings: z.array(meetingSummarySchema),
  })
  .meta({ id: 'AreaHappenings' });

export type MeetingSummary = z.infer<typeof meetingSummarySchema>;
export type Meeting = z.infer<typeof meetingSchema>;
export type GroupSummary = z.infer<typeof groupSummarySchema>;
export type Group = z.infer<typeof groupSchema>;
export type CreateMeeting = z.infer<typeof createMeetingSchema>;
export type Activity = z.infer<typeof activitySchema>;
export type CreateActivity = z.infer<typeof createActivitySchema>;

/** The community page showing an area's groups with one group's meetings open (links in calendars). */
export function communityPageHref({ area, group }: { area?: string | null; group?: string | null }): string {
  const params = new URLSearchParams();
  if (area) params.set('area', area);
  if (group) params.set('group', group);
  const text = params.toString();
  return `/community${text ? `?${text}` : ''}`;
}

/** iCalendar feeds' media type. */
export const CALENDAR = 'text/calendar; charset=utf-8';

/** The Community endpoints: one description each, served by the server and called by the client. */
export const communityEndpoints = endpoints('Community', {
  listGroups: {
    method: 'get',
    path: '/groups',
    summary: 'User groups, with who runs them, their members and next meeting',
    query: groupListQuerySchema,
    response: groupListSchema,
  },
  getGroup: {
    method: 'get',
    path: '/groups/:id',
    errors: [404],
    summary: 'One user group with its members and meetings',
    params: idParams,
    response: groupSchema,
  },
  planMeeting: {
    method: 'post',
    path: '/groups/:id/meetings',
    status: 201,
    errors: [404],
    summary: 'Plan a meeting of a group: date, place or online link, topics',
    params: idParams,
    body: createMeetingSchema,
    response: meetingSchema,
  },
  getGroupCalendar: {
    method: 'get',
    path: '/groups/:id/calendar.ics',
    errors: [404],
    produces: CALENDAR,
    summary: "A group's upcoming meetings as iCalendar, for a calendar app",
    params: idParams,
    response: z.string(),
  },
  getAreaCalendar: {
    method: 'get',
    path: '/areas/:id/calendar.ics',
    errors: [404],
    produces: CALENDAR,
    summary: 'Upcoming meetings of every group in an area as iCalendar',
    params: idParams,
    response: z.string(),
  },
  getMeeting: {
    method: 'get',
    path: '/meetings/:id',
    errors: [404],
    summary: 'One meeting with who registered and who attended',
    params: idParams,
    response: meetingSchema,
  },
  registerForMeeting: {
    method: 'post',
    path: '/meetings/:id/registrations',
    status: 201,
    errors: [404],
    summary: 'Register for a meeting (yourself; PALs and admins may register anyone)',
    params: idParams,
    body: registrationSchema,
    response: meetingSchema,
  },
  cancelRegistration: {
    method: 'delete',
    path: '/meetings/:id/registrations/:partner',
    errors: [404],
    summary: 'Cancel a registration (yours; PALs and admins anyone’s); cancelling one that is not there changes nothing',
    params: registrationParams,
    response: meetingSchema,
  },
  listMeetingsOf: {
    method: 'get',
    path: '/partners/:id/meetings',
    errors: [404],
    summary: 'The meetings a partner registered for: coming ones soonest first, or past ones',
    params: idParams,
    query: partnerMeetingsQuerySchema,
    response: meetingListSchema,
  },
  recordAttendance: {
    method: 'post',
    path: '/meetings/:id/attendance',
    errors: [404],
    summary: 'Record who attended: they are shown as having met (MET_AT through the meeting, dated)',
    params: idParams,
    body: attendanceSchema,
    response: meetingSchema,
  },
  recordActivity: {
    method: 'post',
    path: '/activities',
    status: 201,
    errors: [404],
    summary: 'Record a PAL activity: a group visit, webinar, post or conference, with what it covered and reached',
    body: createActivitySchema,
    response: activitySchema,
  },
  listPalActivities: {
    method: 'get',
    path: '/pals/:id/activities',
    errors: [404],
    summary: "A PAL's activities, newest first",
    params: idParams,
    response: activityListSchema,
  },
  getAreaHappenings: {
    method: 'get',
    path: '/areas/:id/happenings',
    errors: [404],
    summary: 'What happened in an area in a period: PAL activities there and its groups’ meetings',
    params: idParams,
    query: periodQuerySchema,
    response: areaHappeningsSchema,
  },
});
