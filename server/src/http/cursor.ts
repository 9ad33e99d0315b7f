import { badRequest } from '../errors';

/**
 * Opaque page cursors. Today a cursor carries an offset; because clients only ever hand back what
 * they were given, it can become a keyset cursor later without changing the API.
 */
export function encodeCursor(offset: number): string {
  return Buffer.from(JSON.stringify({ o: offset })).toString('base64url');
}

/** Far past any page a person would reach; beyond it a cursor is forged (1e300 once gave a 500). */
const MAX_OFFSET = 10_000_000;

export function decodeCursor(cursor: string | undefined): number {
  if (cursor === undefined) return 0;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    const offset = (parsed as { o?: unknown }).o;
    if (typeof offset === 'number' && Number.isSafeInteger(offset) && offset >= 0 && offset <= MAX_OFFSET) return offset;
  } catch {
    // fall through to the error below
  }
  throw badRequest('cursor: not a cursor this API gave out', 'cursor');
}

/** Fetch one more than asked to learn whether another page follows. */
export function pageOf<T>(rows: T[], limit: number, offset: number): { items: T[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  return { items, nextCursor: rows.length > limit ? encodeCursor(offset + limit) : null };
}
