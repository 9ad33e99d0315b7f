/**
 * The Idempotency-Key each create is sent with. One intent (the same create, to the same place,
 * with the same body) keeps its key while it is under way and when it went unanswered (a timeout,
 * a dropped connection, a 5xx), so a double click or a retry is recognised by the server and makes
 * nothing twice. Once the server has answered, the key is kept only for a double click's moment
 * after a success, and dropped at once after a refusal (the retry of a corrected form is new).
 */
const UNDER_WAY_MS = 10 * 60_000;
const AFTER_SUCCESS_MS = 10_000;

const keys = new Map<string, { key: string; until: number; succeeded?: boolean }>();

export type Outcome = 'succeeded' | 'refused' | 'unanswered';

export function idempotencyKeyFor(intent: string, now = Date.now()): string {
  const known = keys.get(intent);
  if (known && known.until > now) {
    known.until = Math.max(known.until, now + UNDER_WAY_MS);
    return known.key;
  }
  const key = crypto.randomUUID();
  keys.set(intent, { key, until: now + UNDER_WAY_MS });
  return key;
}

export function settleIdempotencyKey(intent: string, outcome: Outcome, now = Date.now()): void {
  const known = keys.get(intent);
  if (!known) return;
  if (outcome === 'refused') keys.delete(intent);
  else {
    known.until = now + (outcome === 'succeeded' ? AFTER_SUCCESS_MS : UNDER_WAY_MS);
    known.succeeded = outcome === 'succeeded';
  }
}

/**
 * Another change went through (a cancel, an edit): the same create sent again now means to make
 * it again (register, cancel, register), not a double click, so the keys of creates that succeeded
 * are dropped. Creates still unanswered keep theirs.
 */
export function forgetSucceededKeys(): void {
  for (const [intent, known] of keys) if (known.succeeded) keys.delete(intent);
}

/** The outcome of one answer, by its status (0: no answer at all). */
export const outcomeOf = (status: number): Outcome => (status >= 200 && status < 300 ? 'succeeded' : status >= 400 && status < 500 ? 'refused' : 'unanswered');
