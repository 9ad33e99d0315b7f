import { z } from 'zod';
import { deliverySchema, notificationKinds, notificationSchema, type Delivery, type Notification, type NotificationKind } from '../contracts/notifications';
import { int, type Database } from '../db/neo4j';
import { cypher } from '../db/queries';
import { parseColumn, parseFirstRow, parseRows } from '../db/rows';

/** Who an event concerns: partners (their accounts), accounts, an announcement's audience, a meeting's people or a theme's voices. */
export interface Audience {
  partners?: readonly string[];
  users?: readonly string[];
  announcement?: string;
  meeting?: string;
  theme?: string;
}

const recipientSchema = z.object({ userId: z.string(), email: z.string(), name: z.string(), delivery: deliverySchema.nullable() });
export type Recipient = z.infer<typeof recipientSchema>;

export interface NotificationRecord {
  id: string;
  userId: string;
  kind: NotificationKind;
  title: string;
  body: string;
  link: string;
  pendingDigest: boolean;
}

const preferencesRowSchema = z.object({
  deliveries: z.array(z.tuple([z.string(), deliverySchema.nullable()])),
  timeZone: z.string().nullable(),
});

export function notificationRepository(db: Database) {
  return {
    async recipients(kind: NotificationKind, audience: Audience, exceptPartner: string | null): Promise<Recipient[]> {
      const rows = await db.read(cypher('notification-recipients'), {
        kind,
        partners: audience.partners ?? [],
        users: audience.users ?? [],
        announcement: audience.announcement ?? null,
        meeting: audience.meeting ?? null,
        theme: audience.theme ?? null,
        exceptPartner,
      });
      return parseRows('notification-recipients', recipientSchema, rows);
    },

    async create(items: NotificationRecord[]): Promise<void> {
      if (items.length) await db.write(cypher('notification-create'), { items });
    },

    async list(user: string, unreadOnly: boolean, skip: number, limit: number): Promise<Notification[]> {
      const rows = await db.read(cypher('notification-list'), { user, unreadOnly, skip: int(skip), limit: int(limit) });
      return parseColumn('notification-list', 'notification', notificationSchema, rows);
    },

    async unread(user: string): Promise<number> {
      const row = parseFirstRow(
        'notification-unread-count',
        z.object({ unread: z.number().int() }),
        await db.read(cypher('notification-unread-count'), { user }),
      );
      return row?.unread ?? 0;
    },

    async markRead(user: string, ids: string[] | null): Promise<void> {
      await db.write(cypher('notification-mark-read'), { user, ids });
    },

    /** Each kind's chosen delivery (null where the person kept the default), and the time zone. */
    async preferences(user: string): Promise<{ deliveries: Partial<Record<NotificationKind, Delivery>>; timeZone: string | null } | null> {
      const row = parseFirstRow(
        'notification-preferences',
        preferencesRowSchema,
        await db.read(cypher('notification-preferences'), { user, kinds: [...notificationKinds] }),
      );
      if (!row) return null;
      const chosen = row.deliveries.filter((pair): pair is [NotificationKind, Delivery] => pair[1] !== null);
      return { deliveries: Object.fromEntries(chosen), timeZone: row.timeZone };
    },

    /** The app's secret of this name, made on first use (the same for every process). */
    async secret(name: string, candidate: string): Promise<string> {
      const row = parseFirstRow('app-secret', z.object({ value: z.string() }), await db.write(cypher('app-secret'), { name, candidate }));
      if (!row) throw new Error(`app secret ${name} not kept`);
      return row.value;
    },

    async setPreferences(user: string, deliveries: Partial<Record<NotificationKind, Delivery>>, timeZone: string | undefined): Promise<void> {
      const props: Record<string, string> = Object.fromEntries(Object.entries(deliveries).map(([kind, delivery]) => [`notify_${kind}`, delivery]));
      if (timeZone) props.timeZone = timeZone;
      await db.write(cypher('notification-preferences-set'), { user, props });
    },
  };
}

export type NotificationRepository = ReturnType<typeof notificationRepository>;
