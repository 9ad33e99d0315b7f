import { z } from 'zod';
import { cursorQuery, idParams, limitSchema, queryBoolean } from './common';
import { endpoints } from './endpoint';

/** Every kind of event that tells someone something. */
export const notificationKinds = [
  'introduction_requested',
  'introduction_asked',
  'introduction_answered',
  'introduction_accepted',
  'introduction_declined',
  'introduction_reminder',
  'introduction_lapsed',
  'introduction_outcome',
  'question_routed',
  'question_answered',
  'feedback_status',
  'meeting_planned',
  'meeting_reminder',
  'announcement',
  'sign_in_throttled',
] as const;
export const notificationKindSchema = z.enum(notificationKinds);
export type NotificationKind = z.infer<typeof notificationKindSchema>;

/** What each kind is called on the Account page and in e-mails. */
export const notificationKindLabels: Record<NotificationKind, string> = {
  introduction_requested: 'A partner asks you for an introduction',
  introduction_asked: 'You are asked whether you would like an introduction',
  introduction_answered: 'A side answers an introduction',
  introduction_accepted: 'An introduction is made: contacts exchanged',
  introduction_declined: 'An introduction is declined',
  introduction_reminder: 'Reminders of introductions waiting for your answer',
  introduction_lapsed: 'An introduction lapses',
  introduction_outcome: 'Whether an introduction led to work',
  question_routed: 'A question is routed or forwarded to you',
  question_answered: 'Your question is answered',
  feedback_status: 'Feedback you raised or voiced moves on',
  meeting_planned: 'A meeting is planned in your group or area',
  meeting_reminder: 'The day before a meeting you registered for',
  announcement: 'An announcement meant for you',
  sign_in_throttled: 'Your account is throttled after failed sign-ins',
};

/** How a person receives one kind: in the app only, by e-mail at once, in a daily digest, or not at all. */
export const deliveries = ['in_app', 'email', 'digest', 'off'] as const;
export const deliverySchema = z.enum(deliveries);
export type Delivery = z.infer<typeof deliverySchema>;

/**
 * The defaults: what someone must act on or is waiting for comes by e-mail at once (requests and
 * questions for PALs, answers and introductions for partners, a security warning for anyone); what
 * is good to know waits for the digest.
 */
export const defaultDeliveries: Record<NotificationKind, Delivery> = {
  introduction_requested: 'email',
  introduction_asked: 'email',
  introduction_answered: 'email',
  introduction_accepted: 'email',
  introduction_declined: 'email',
  introduction_reminder: 'email',
  introduction_lapsed: 'email',
  introduction_outcome: 'email',
  question_routed: 'email',
  question_answered: 'email',
  feedback_status: 'digest',
  meeting_planned: 'digest',
  meeting_reminder: 'email',
  announcement: 'digest',
  sign_in_throttled: 'email',
};

export const notificationSchema = z
  .object({
    id: z.string(),
    kind: notificationKindSchema,
    title: z.string(),
    body: z.string(),
    link: z.string().meta({ description: "The app's own path to the thing itself, such as /introductions/i-…" }),
    createdAt: z.string(),
    readAt: z.string().nullable(),
  })
  .meta({ id: 'Notification' });
export type Notification = z.infer<typeof notificationSchema>;

export const notificationListQuerySchema = z.strictObject({
  ...cursorQuery,
  limit: limitSchema(20, 100),
  unreadOnly: queryBoolean.default(false),
});

export const notificationListSchema = z
  .object({ items: z.array(notificationSchema), nextCursor: z.string().nullable(), unread: z.number().int() })
  .meta({ id: 'NotificationList' });
export const unreadCountSchema = z.object({ unread: z.number().int() }).meta({ id: 'UnreadCount' });

export const markReadSchema = z
  .strictObject({
    ids: z.array(z.string().max(100)).max(100).optional().meta({ description: 'These notifications; left out: every one (mark all read)' }),
  })
  .meta({ id: 'MarkNotificationsRead' });

/** IANA time zones this runtime knows (Europe/London, America/New_York…). */
const timeZoneSchema = z
  .string()
  .max(64)
  .refine((zone) => {
    try {
      new Intl.DateTimeFormat('en-GB', { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  }, 'a time zone such as Europe/London');

export const notificationPreferencesSchema = z
  .object({
    deliveries: z.object(Object.fromEntries(notificationKinds.map((kind) => [kind, deliverySchema])) as Record<NotificationKind, typeof deliverySchema>),
    timeZone: z.string().meta({ description: 'Where the daily digest is timed (default Europe/London)' }),
    digestHour: z.number().int().meta({ description: 'The hour of the day, in that time zone, when the digest is sent' }),
  })
  .meta({ id: 'NotificationPreferences' });
export type NotificationPreferences = z.infer<typeof notificationPreferencesSchema>;

export const updateNotificationPreferencesSchema = z
  .strictObject({
    deliveries: z
      .strictObject(
        Object.fromEntries(notificationKinds.map((kind) => [kind, deliverySchema.optional()])) as Record<
          NotificationKind,
          z.ZodOptional<typeof deliverySchema>
        >,
      )
      .optional(),
    timeZone: timeZoneSchema.optional(),
  })
  .meta({ id: 'UpdateNotificationPreferences' });
export type UpdateNotificationPreferences = z.infer<typeof updateNotificationPreferencesSchema>;

export const mailStatuses = ['queued', 'sent'] as const;
export const outboxMessageSchema = z
  .object({
    id: z.string(),
    to: z.array(z.string()),
    cc: z.array(z.string()),
    subject: z.string(),
    kind: z.string().meta({ description: 'The notification kind, "digest" or "introduction"' }),
    status: z.enum(mailStatuses),
    attempts: z.number().int(),
    lastError: z.string().nullable(),
    createdAt: z.string(),
    sentAt: z.string().nullable(),
    messageId: z.string().nullable(),
    text: z.string(),
    html: z.string(),
  })
  .meta({ id: 'OutboxMessage' });
export type OutboxMessage = z.infer<typeof outboxMessageSchema>;
export const outboxSchema = z
  .object({
    items: z.array(outboxMessageSchema),
    nextCursor: z.string().nullable(),
    delivery: z.enum(['smtp', 'folder']).meta({ description: 'Where mail goes: an SMTP server, or the outbox folder (SMTP_URL not set)' }),
    queued: z.number().int(),
  })
  .meta({ id: 'Outbox' });
export type Outbox = z.infer<typeof outboxSchema>;
export const outboxQuerySchema = z.strictObject({ ...cursorQuery, limit: limitSchema(20, 100), status: z.enum(mailStatuses).optional() });

const tokenSchema = z
  .string()
  .min(10)
  .max(500)
  .regex(/^[A-Za-z0-9_.-]+$/, 'a token from an e-mail');
export const unsubscribeQuerySchema = z.strictObject({ token: tokenSchema });
export const unsubscribeSchema = z
  .object({ kind: notificationKindSchema, label: z.string(), delivery: deliverySchema })
  .meta({ id: 'Unsubscribe', description: 'The kind of e-mail a token is for, and how it is delivered now' });

export const notificationEndpoints = endpoints('Notifications', {
  listNotifications: {
    method: 'get',
    path: '/notifications',
    summary: 'My notifications, newest first, with how many are unread',
    query: notificationListQuerySchema,
    response: notificationListSchema,
  },
  countUnreadNotifications: {
    method: 'get',
    path: '/notifications/unread',
    summary: 'How many of my notifications are unread (the bell)',
    response: unreadCountSchema,
  },
  markNotificationsRead: {
    method: 'post',
    path: '/notifications/read',
    summary: 'Mark some of my notifications read, or all of them',
    body: markReadSchema,
    response: unreadCountSchema,
  },
  getNotificationPreferences: {
    method: 'get',
    path: '/account/notifications',
    summary: 'How I receive each kind of notification',
    response: notificationPreferencesSchema,
  },
  updateNotificationPreferences: {
    method: 'patch',
    path: '/account/notifications',
    summary: 'Change how I receive some kinds of notification, or my time zone',
    body: updateNotificationPreferencesSchema,
    response: notificationPreferencesSchema,
  },
  readUnsubscribe: {
    method: 'get',
    path: '/unsubscribe',
    errors: [404],
    summary: 'What an unsubscribe link from an e-mail is for (no sign-in)',
    query: unsubscribeQuerySchema,
    response: unsubscribeSchema,
  },
  unsubscribe: {
    method: 'post',
    path: '/unsubscribe',
    errors: [404],
    summary: 'One-click unsubscribe (RFC 8058) from one kind of e-mail; no sign-in, the signed token says who and what',
    query: unsubscribeQuerySchema,
    acceptsForm: true,
    response: unsubscribeSchema,
  },
  listOutbox: {
    method: 'get',
    path: '/admin/outbox',
    summary: 'Mail queued and sent, newest first: what went (or would have gone) to whom',
    query: outboxQuerySchema,
    response: outboxSchema,
  },
  getOutboxMessage: {
    method: 'get',
    path: '/admin/outbox/:id',
    errors: [404],
    summary: 'One message of the outbox',
    params: idParams,
    response: outboxMessageSchema,
  },
});
