import { CALENDAR, communityEndpoints } from '../contracts/community';
import { actingAs, isPalOrAdmin, palOrAdmin, signedIn } from '../http/access';
import { defineRoute, Reply, requireActor } from '../http/route';
import type { CommunityService } from './service';

export function communityRoutes(community: CommunityService, baseUrl: () => string) {
  // A group's meetings and attendance (attendance makes MET_AT ties that feed matches) are kept by
  // whoever runs the group and the PAL of its area; admins keep every group's.
  const keepers = { roles: ['admin'], ownerRoles: ['partner', 'pal'] } as const;
  return [
    defineRoute({
      ...communityEndpoints.listGroups,
      access: signedIn,
      handle: ({ query }) => community.groups(query.area ?? null),
    }),
    defineRoute({
      ...communityEndpoints.getGroup,
      access: signedIn,
      handle: ({ params }) => community.group(params.id),
    }),
    defineRoute({
      ...communityEndpoints.planMeeting,
      access: { ...keepers, owners: ({ params }) => community.keepersOfGroup(params.id) },
      handle: ({ params, body }, context) => community.createMeeting(params.id, body, context.actor?.partnerId ?? null, context.actor?.role === 'admin'),
    }),
    defineRoute({
      ...communityEndpoints.getGroupCalendar,
      access: signedIn,
      handle: async ({ params }) => new Reply(200, await community.calendar({ group: params.id }, baseUrl()), CALENDAR),
    }),
    defineRoute({
      ...communityEndpoints.getAreaCalendar,
      access: signedIn,
      handle: async ({ params }) => new Reply(200, await community.calendar({ area: params.id }, baseUrl()), CALENDAR),
    }),
    defineRoute({
      ...communityEndpoints.getMeeting,
      access: signedIn,
      handle: ({ params }) => community.meeting(params.id),
    }),
    defineRoute({
      ...communityEndpoints.registerForMeeting,
      access: signedIn,
      handle: ({ params, body }, context) => {
        const actor = requireActor(context);
        const partner = isPalOrAdmin(actor) && body.partner ? body.partner : actingAs(actor, body.partner, 'partner');
        return community.register(params.id, partner);
      },
    }),
    defineRoute({
      ...communityEndpoints.cancelRegistration,
      // One's own registration; PALs and admins may cancel anyone's.
      access: { roles: ['admin', 'pal'], owners: ({ params }) => [params.partner] },
      handle: ({ params }) => community.unregister(params.id, params.partner),
    }),
    defineRoute({
      ...communityEndpoints.listMeetingsOf,
      access: { roles: ['admin', 'pal'], owners: ({ params }) => [params.id] },
      handle: ({ params, query }) => community.meetingsOf(params.id, query.when),
    }),
    defineRoute({
      ...communityEndpoints.recordAttendance,
      access: { ...keepers, owners: async ({ params }) => community.keepersOfGroup((await community.meeting(params.id)).group.id) },
      handle: ({ params, body }) => community.attend(params.id, body.partners),
    }),
    defineRoute({
      ...communityEndpoints.recordActivity,
      access: palOrAdmin,
      handle: ({ body }, context) => community.createActivity(actingAs(requireActor(context), body.pal, 'pal'), body),
    }),
    defineRoute({
      ...communityEndpoints.listPalActivities,
      access: signedIn,
      handle: ({ params }) => community.palActivities(params.id),
    }),
    defineRoute({
      ...communityEndpoints.getAreaHappenings,
      access: signedIn,
      handle: ({ params, query }) => community.areaHappenings(params.id, query.from ?? null, query.to ?? null),
    }),
  ];
}
