import { z } from 'zod';
import { idSchema, limitSchema, namedRefSchema, idParams } from './common';
import { tierSchema } from './partners';
import { endpoints } from './endpoint';
import { asPartnerSchema } from './common';

/** Shared with the client: no server imports here. */

export const audienceSchema = z
  .discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('everyone') }),
    z.strictObject({ kind: z.literal('area'), area: idSchema }),
    z.strictObject({ kind: z.literal('tier'), tier: tierSchema }),
    z.strictObject({ kind: z.literal('specialty'), specialty: idSchema.meta({ description: 'Partners who offer or seek it' }) }),
  ])
  .meta({ id: 'Audience' });

export const announcementSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    body: z.string(),
    postedAt: z.string(),
    postedBy: namedRefSchema.nullable(),
    audience: z.object({ kind: z.enum(['everyone', 'area', 'tier', 'specialty']), value: z.string().nullable(), label: z.string() }),
    read: z.boolean().meta({ description: 'You have marked it read' }),
  })
  .meta({ id: 'Announcement' });

export const createAnnouncementSchema = z
  .strictObject({ title: z.string().trim().min(1).max(200), body: z.string().trim().min(1).max(8000), audience: audienceSchema })
  .meta({ id: 'CreateAnnouncement' });

export const announcementListQuerySchema = z.strictObject({
  unread: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional(),
  limit: limitSchema(50, 200),
});
export const announcementListSchema = z.object({ unread: z.number().int(), items: z.array(announcementSchema) }).meta({ id: 'Announcements' });

export type Announcement = z.infer<typeof announcementSchema>;
export type CreateAnnouncement = z.infer<typeof createAnnouncementSchema>;
export type Audience = z.infer<typeof audienceSchema>;

/** The Announcements endpoints: one description each, served by the server and called by the client. */
export const announcementEndpoints = endpoints('Announcements', {
  postAnnouncement: {
    method: 'post',
    path: '/announcements',
    status: 201,
    errors: [404],
    summary: 'Post a message from the vendor to an area, a tier, a specialty or everyone',
    body: createAnnouncementSchema,
    response: announcementSchema,
  },
  listAnnouncements: {
    method: 'get',
    path: '/announcements',
    summary: 'The announcements meant for you, newest first, with whether you have read them',
    query: announcementListQuerySchema,
    response: announcementListSchema,
  },
  markAnnouncementRead: {
    method: 'post',
    path: '/announcements/:id/read',
    errors: [404],
    summary: 'Mark an announcement read',
    params: idParams,
    body: asPartnerSchema,
    response: announcementSchema,
  },
});
