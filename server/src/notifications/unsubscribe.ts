import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { notificationKindSchema, type NotificationKind } from '../contracts/notifications';

/**
 * Unsubscribe tokens: `<account id>.<kind>.<signature>`, signed with a secret kept in the database
 * (so every process signs alike and a link keeps working after a restart). Whoever holds one may
 * stop that kind of e-mail for that account, and nothing else: no sign-in is needed, as RFC 8058 asks.
 */
export function unsubscribeTokens(secret: () => Promise<string>) {
  const sign = async (payload: string) =>
    createHmac('sha256', await secret())
      .update(payload)
      .digest('base64url');
  return {
    async make(userId: string, kind: NotificationKind): Promise<string> {
      const payload = `${userId}.${kind}`;
      return `${payload}.${await sign(payload)}`;
    },
    /** The account and kind a token is for, or null when it was not signed by us. */
    async read(token: string): Promise<{ userId: string; kind: NotificationKind } | null> {
      const [userId, kind, signature, ...rest] = token.split('.');
      const parsedKind = notificationKindSchema.safeParse(kind);
      if (!userId || !signature || rest.length || !parsedKind.success) return null;
      const expected = Buffer.from(await sign(`${userId}.${kind}`));
      const given = Buffer.from(signature);
      if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
      return { userId, kind: parsedKind.data };
    },
  };
}

/** A new secret for the database to keep, if it has none yet. */
export const newSecret = () => randomBytes(32).toString('base64url');

export type UnsubscribeTokens = ReturnType<typeof unsubscribeTokens>;
