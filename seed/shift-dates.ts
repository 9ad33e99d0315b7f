import { DAY_MS } from '../server/src/time';

/** A date (2026-10-31) or a date and time (2026-10-31T18:00:00.000Z), as the records hold them. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d{3})?Z)?$/;

function shifted(value: string, days: number): string {
  const moved = new Date(Date.parse(value.length === 10 ? `${value}T00:00:00Z` : value) + days * DAY_MS).toISOString();
  return value.length === 10 ? moved.slice(0, 10) : moved;
}

/** Every date in the records moved by `days`, the rest untouched: the same history, told as of another day. */
export function shiftDates<T>(records: T, days: number): T {
  if (days === 0) return records;
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') return ISO_DATE.test(value) ? shifted(value, days) : value;
    if (Array.isArray(value)) return value.map(walk);
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, walk(inner)]));
    return value;
  };
  return walk(records) as T;
}

/** Whole days from the day a history ends to `today` (never back in time). */
export function daysUntil(historyEnds: string, today: Date): number {
  return Math.max(0, Math.floor((today.getTime() - Date.parse(`${historyEnds}T00:00:00Z`)) / DAY_MS));
}
