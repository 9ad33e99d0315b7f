import { afterCommit } from '../db/unit-of-work';
import type { OutcomeRate } from './rows';
/**
 * What past introductions teach changes only when an introduction is created or moves, so it is
 * computed once and kept until then. The introductions service calls `invalidate` on every write;
 * the time limit covers writes made by another instance of the app (a cluster of app servers).
 */
export type { OutcomeRate } from './rows';

export function createOutcomeCache(maxAgeMs = 5 * 60_000) {
  let cached: { at: number; rates: Map<string, OutcomeRate> } | null = null;
  let pending: Promise<Map<string, OutcomeRate>> | null = null;
  let generation = 0;
  return {
    async get(load: () => Promise<OutcomeRate[]>): Promise<Map<string, OutcomeRate>> {
      if (cached && Date.now() - cached.at < maxAgeMs) return cached.rates;
      if (!pending) {
        const startedIn = generation;
        pending = load()
          .then((rows) => {
            const rates = new Map(rows.map((row) => [row.specialty, row]));
            // A write that happened while loading makes this answer old already: do not keep it.
            if (startedIn === generation) cached = { at: Date.now(), rates };
            return rates;
          })
          .finally(() => {
            pending = null;
          });
      }
      return pending;
    },
    invalidate(): void {
      const forget = () => {
        generation++;
        cached = null;
      };
      forget();
      // Again once the change has committed: a read racing the transaction saw the old outcomes.
      afterCommit(forget);
    },
  };
}

export type OutcomeCache = ReturnType<typeof createOutcomeCache>;
