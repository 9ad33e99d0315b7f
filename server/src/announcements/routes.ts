import { announcementEndpoints } from '../contracts/announcements';
import { actingAs, ownPartner, palOrAdmin, signedIn } from '../http/access';
import { defineRoute, requireActor } from '../http/route';
import type { AnnouncementService } from './service';

export function announcementRoutes(announcements: AnnouncementService) {
  return [
    defineRoute({
      ...announcementEndpoints.postAnnouncement,
      access: palOrAdmin,
      handle: ({ body }, context) => announcements.post(ownPartner(requireActor(context)), body),
    }),
    defineRoute({
      ...announcementEndpoints.listAnnouncements,
      access: signedIn,
      handle: ({ query }, context) => announcements.forReader(ownPartner(requireActor(context)), query.unread ?? false, query.limit),
    }),
    defineRoute({
      ...announcementEndpoints.markAnnouncementRead,
      access: signedIn,
      handle: ({ params, body }, context) => announcements.markRead(params.id, actingAs(requireActor(context), body.partner, 'partner')),
    }),
  ];
}
