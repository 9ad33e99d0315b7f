import {
  announcementIdParams,
  announcementListQuerySchema,
  announcementListSchema,
  announcementSchema,
  createAnnouncementSchema,
} from '../contracts/announcements';
import { asPartnerSchema } from '../contracts/common';
import { actingAs, palOrAdmin, signedIn } from '../http/access';
import { defineRoute, requireActor } from '../http/route';
import type { AnnouncementService } from './service';

export function announcementRoutes(announcements: AnnouncementService) {
  const tag = 'Announcements';
  return [
    defineRoute({
      method: 'post', path: '/announcements', tag, access: palOrAdmin, status: 201, errors: [404],
      summary: 'Post a message from the vendor to an area, a tier, a specialty or everyone',
      body: createAnnouncementSchema, response: announcementSchema,
      handle: ({ body }, context) => announcements.post(requireActor(context).partnerId, body),
    }),
    defineRoute({
      method: 'get', path: '/announcements', tag, access: signedIn,
      summary: 'The announcements meant for you, newest first, with whether you have read them',
      query: announcementListQuerySchema, response: announcementListSchema,
      handle: ({ query }, context) => announcements.forReader(requireActor(context).partnerId, query.unread ?? false, query.limit),
    }),
    defineRoute({
      method: 'post', path: '/announcements/:id/read', tag, access: signedIn, errors: [404],
      summary: 'Mark an announcement read',
      params: announcementIdParams, body: asPartnerSchema, response: announcementSchema,
      handle: ({ params, body }, context) => announcements.markRead(params.id, actingAs(requireActor(context), body.partner, 'partner')),
    }),
  ];
}
