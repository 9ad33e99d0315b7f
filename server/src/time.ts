/** Durations in milliseconds, defined once for the server, the seed and the tests. */
export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

/** Whole days from an ISO date-time to `now` (in epoch milliseconds), rounded down. */
export const wholeDaysSince = (iso: string, now: number): number => Math.floor((now - Date.parse(iso)) / DAY_MS);
