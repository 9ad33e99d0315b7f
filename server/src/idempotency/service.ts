import { createHash } from 'node:crypto';
import { AppError, badRequest } from '../errors';
import type { IdempotencyRepository } from './repository';

export const IDEMPOTENCY_HEADER = 'Idempotency-Key';

export interface IdempotencySettings {
  /** How long an answer is replayed to a retry with the same key. */
  rememberMs: number;
  /** A claim with no answer this old was abandoned (the process died mid-request): a retry runs again. */
  abandonedAfterMs: number;
  /** How long a retry waits for the first request with its key to finish before answering 409. */
  waitMs: number;
  pollMs: number;
}

export const defaultIdempotencySettings: IdempotencySettings = { rememberMs: 24 * 3600_000, abandonedAfterMs: 120_000, waitMs: 10_000, pollMs: 100 };

/** Who sent it, to which route and path: the same key from another person or for another thing is another request. */
export interface IdempotencyScope {
  actorId: string;
  route: string;
  path: string;
}

export type Idempotent =
  | { kind: 'replay'; status: number; body: unknown }
  | { kind: 'first'; answered(status: number, body: unknown): Promise<void>; failed(): Promise<void> };

/** Tags whose answers carry secrets (passwords, invitation tokens, second-factor keys): never stored to replay. */
const NO_REPLAY_TAGS = new Set(['Accounts', 'Users']);

/** Creates by a signed-in person honour Idempotency-Key; elsewhere the header is ignored. */
export const takesIdempotencyKey = (route: { method: string; tag: string }) => route.method === 'post' && !NO_REPLAY_TAGS.has(route.tag);

/** 1–255 visible ASCII characters: a UUID, as our client sends, or any client's own. */
const KEY_SHAPE = /^[\x21-\x7e]{1,255}$/;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Idempotency-Key on creates: the first request with a key runs and its answer is remembered for a
 * day; a retry with the same key (same person, route and path) gets that answer replayed and
 * creates nothing, also while the first is still running (it waits for it). The same key with
 * another body is a mistake the client must hear of (422). A request that fails or is refused
 * lets go of its key, so its retry runs afresh (a refused write changed nothing).
 */
export function idempotencyService(repository: IdempotencyRepository, settings: IdempotencySettings = defaultIdempotencySettings) {
  return {
    async begin(scope: IdempotencyScope, sentKey: string, body: unknown): Promise<Idempotent> {
      if (!KEY_SHAPE.test(sentKey)) throw badRequest(`${IDEMPOTENCY_HEADER}: 1 to 255 visible ASCII characters, such as a UUID`, IDEMPOTENCY_HEADER);
      const key = sha256([scope.actorId, scope.route, scope.path, sentKey].join('\n'));
      const digest = sha256(JSON.stringify(body ?? null));
      const giveUpAt = Date.now() + settings.waitMs;
      for (;;) {
        const now = new Date();
        const claim = await repository.claim(
          key,
          digest,
          now,
          new Date(now.getTime() - settings.rememberMs),
          new Date(now.getTime() - settings.abandonedAfterMs),
        );
        if (claim.claimed) {
          return {
            kind: 'first',
            answered: (status, answer) => repository.complete(key, status, JSON.stringify(answer ?? null)),
            failed: () => repository.release(key),
          };
        }
        if (claim.digest !== digest) {
          throw new AppError(
            422,
            'idempotency_key_reused',
            `${IDEMPOTENCY_HEADER} was already used for a different request; send a new key`,
            IDEMPOTENCY_HEADER,
          );
        }
        if (claim.state === 'done' && claim.status !== null) return { kind: 'replay', status: claim.status, body: JSON.parse(claim.body ?? 'null') };
        if (Date.now() >= giveUpAt) {
          throw new AppError(409, 'request_in_progress', 'The first request with this key is still running; try again shortly', IDEMPOTENCY_HEADER, {
            retryAfterSeconds: 1,
          });
        }
        await pause(settings.pollMs);
      }
    },
    sweep: () => repository.sweep(new Date(Date.now() - settings.rememberMs)),
  };
}

export type IdempotencyService = ReturnType<typeof idempotencyService>;
