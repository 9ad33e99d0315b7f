import { notificationEndpoints } from '../contracts/notifications';
import { adminOnly, anyone, ownAccount } from '../http/access';
import { decodeCursor, pageOf } from '../http/cursor';
import { defineRoute, requireActor } from '../http/route';
import { notFound } from '../errors';
import type { MailRepository } from '../mail/repository';
import type { NotificationService } from './service';

export function notificationRoutes(notifications: NotificationService, mail: MailRepository, mailDelivery: () => 'smtp' | 'folder') {
  return [
    defineRoute({
      ...notificationEndpoints.listNotifications,
      access: ownAccount,
      handle: ({ query }, context) => notifications.list(requireActor(context).userId, query),
    }),
    defineRoute({
      ...notificationEndpoints.countUnreadNotifications,
      access: ownAccount,
      handle: (_input, context) => notifications.unread(requireActor(context).userId),
    }),
    defineRoute({
      ...notificationEndpoints.markNotificationsRead,
      access: ownAccount,
      handle: ({ body }, context) => notifications.markRead(requireActor(context).userId, body.ids ?? null),
    }),
    defineRoute({
      ...notificationEndpoints.getNotificationPreferences,
      access: ownAccount,
      handle: (_input, context) => notifications.preferences(requireActor(context).userId),
    }),
    defineRoute({
      ...notificationEndpoints.updateNotificationPreferences,
      access: ownAccount,
      handle: ({ body }, context) => notifications.updatePreferences(requireActor(context).userId, body),
    }),
    defineRoute({
      ...notificationEndpoints.readUnsubscribe,
      // The signed token is the authority: people unsubscribe from their mail without signing in.
      access: anyone,
      handle: ({ query }) => notifications.unsubscribeTarget(query.token, false),
    }),
    defineRoute({
      ...notificationEndpoints.unsubscribe,
      access: anyone,
      handle: ({ query }) => notifications.unsubscribeTarget(query.token, true),
    }),
    defineRoute({
      ...notificationEndpoints.listOutbox,
      access: adminOnly,
      handle: async ({ query }) => {
        const offset = decodeCursor(query.cursor);
        const rows = await mail.list({ ids: null, status: query.status ?? null }, offset, query.limit + 1);
        return { ...pageOf(rows, query.limit, offset), delivery: mailDelivery(), queued: await mail.queued() };
      },
    }),
    defineRoute({
      ...notificationEndpoints.getOutboxMessage,
      access: adminOnly,
      handle: async ({ params }) => {
        const [message] = await mail.list({ ids: [params.id], status: null }, 0, 1);
        if (!message) throw notFound('message', params.id);
        return message;
      },
    }),
  ];
}
