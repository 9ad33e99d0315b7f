import {
  defaultDeliveries,
  notificationKindLabels,
  notificationKinds,
  type Delivery,
  type Notification,
  type NotificationKind,
  type NotificationPreferences,
  type UpdateNotificationPreferences,
} from '../contracts/notifications';
import { afterCommit } from '../db/unit-of-work';
import { notFound } from '../errors';
import { decodeCursor, pageOf } from '../http/cursor';
import { newId } from '../ids';
import type { MailRepository, MailToQueue } from '../mail/repository';
import { absolute, notificationMail, type ComposedMail } from './compose';
import type { Audience, NotificationRecord, NotificationRepository, Recipient } from './repository';
import { newSecret, unsubscribeTokens } from './unsubscribe';

export const DEFAULT_TIME_ZONE = 'Europe/London';

/** Something that happened, for the people it concerns. */
export interface NotificationEvent {
  kind: NotificationKind;
  audience: Audience;
  /** The partner who made it happen is not told of it. */
  except?: string | null;
  title: string;
  body: string;
  /** The app's path to the thing itself. */
  link: string;
}

export interface NotificationSettings {
  /** Where people reach the app: the links in e-mails. */
  publicUrl: string;
  /** The hour of the day, in each person's time zone, when digests go. */
  digestHour: number;
  /** Told when mail was queued, so that it goes now rather than at the next poll. */
  mailQueued?: () => void;
}

const deliveryOf = (recipient: Recipient, kind: NotificationKind): Delivery => recipient.delivery ?? defaultDeliveries[kind];

export function notificationService(notifications: NotificationRepository, mail: MailRepository, settings: NotificationSettings) {
  let secret: Promise<string> | null = null;
  const tokens = unsubscribeTokens(() => {
    secret ??= notifications.secret('unsubscribe', newSecret()).catch((error: unknown) => {
      secret = null;
      throw error;
    });
    return secret;
  });

  /** The unsubscribe links of one kind for one account: the page people open, and the RFC 8058 one-click address. */
  async function unsubscribeLinks(userId: string, kind: NotificationKind) {
    const token = encodeURIComponent(await tokens.make(userId, kind));
    return { page: absolute(settings.publicUrl, `/unsubscribe?token=${token}`), oneClick: absolute(settings.publicUrl, `/api/unsubscribe?token=${token}`) };
  }

  async function mailFor(recipient: Recipient, event: NotificationEvent): Promise<MailToQueue> {
    const links = await unsubscribeLinks(recipient.userId, event.kind);
    const composed = notificationMail({ ...event, name: recipient.name }, { publicUrl: settings.publicUrl, unsubscribePage: links.page });
    return { id: newId('mail'), userId: recipient.userId, to: [recipient.email], cc: [], ...composed, kind: event.kind, unsubscribeUrl: links.oneClick };
  }

  async function preferences(userId: string): Promise<NotificationPreferences> {
    const chosen = await notifications.preferences(userId);
    if (!chosen) throw notFound('account', userId);
    return {
      deliveries: { ...defaultDeliveries, ...chosen.deliveries },
      timeZone: chosen.timeZone ?? DEFAULT_TIME_ZONE,
      digestHour: settings.digestHour,
    };
  }

  return {
    /**
     * Tells everyone an event concerns, each as they chose for its kind: in the app, and by e-mail at
     * once or in the digest. Runs in the caller's unit of work, so a change that rolls back tells nobody.
     */
    async notify(event: NotificationEvent): Promise<number> {
      const recipients = (await notifications.recipients(event.kind, event.audience, event.except ?? null)).filter(
        (recipient) => deliveryOf(recipient, event.kind) !== 'off',
      );
      const records: NotificationRecord[] = recipients.map((recipient) => ({
        id: newId('n'),
        userId: recipient.userId,
        kind: event.kind,
        title: event.title,
        body: event.body,
        link: event.link,
        pendingDigest: deliveryOf(recipient, event.kind) === 'digest',
      }));
      await notifications.create(records);
      const mails = await Promise.all(
        recipients.filter((recipient) => deliveryOf(recipient, event.kind) === 'email').map((recipient) => mailFor(recipient, event)),
      );
      await queue(mails);
      return records.length;
    },

    /** Queues a message that is not one notification (the introduction e-mail, a digest). */
    queue,

    async list(userId: string, query: { cursor?: string | undefined; limit: number; unreadOnly: boolean }) {
      const offset = decodeCursor(query.cursor);
      const rows: Notification[] = await notifications.list(userId, query.unreadOnly, offset, query.limit + 1);
      return { ...pageOf(rows, query.limit, offset), unread: await notifications.unread(userId) };
    },
    unread: async (userId: string) => ({ unread: await notifications.unread(userId) }),
    async markRead(userId: string, ids: string[] | null) {
      await notifications.markRead(userId, ids);
      return { unread: await notifications.unread(userId) };
    },

    preferences,
    async updatePreferences(userId: string, change: UpdateNotificationPreferences): Promise<NotificationPreferences> {
      await preferences(userId);
      const deliveries = Object.fromEntries(Object.entries(change.deliveries ?? {}).filter(([, delivery]) => delivery !== undefined));
      await notifications.setPreferences(userId, deliveries, change.timeZone);
      return preferences(userId);
    },

    /** What an unsubscribe token is for; stopping it moves that kind to the app only. */
    async unsubscribeTarget(token: string, stop: boolean) {
      const target = await tokens.read(token);
      if (!target) throw notFound('unsubscribe link', 'this token', 'token');
      if (stop) await notifications.setPreferences(target.userId, { [target.kind]: 'in_app' }, undefined);
      const current = await preferences(target.userId);
      return { kind: target.kind, label: notificationKindLabels[target.kind], delivery: current.deliveries[target.kind] };
    },
    kinds: notificationKinds,
    settings,
  };

  async function queue(mails: (MailToQueue | (ComposedMail & Omit<MailToQueue, keyof ComposedMail>))[]): Promise<void> {
    if (!mails.length) return;
    await mail.enqueue(mails);
    // Sent once the change commits (before, the sender would find nothing to send).
    afterCommit(() => settings.mailQueued?.());
  }
}

export type NotificationService = ReturnType<typeof notificationService>;
export type Notify = NotificationService['notify'];
