import type { Theme } from '../contracts/feedback';
import type { ThemeRow } from './repository';
import { wholeDaysSince } from '../time';

function tally<T>(values: T[], key: (value: T) => string): [string, { value: T; count: number }][] {
  const counts = new Map<string, { value: T; count: number }>();
  for (const value of values) {
    const entry = counts.get(key(value)) ?? { value, count: 0 };
    entry.count++;
    counts.set(key(value), entry);
  }
  return [...counts].sort((a, b) => b[1].count - a[1].count);
}

/** A theme with its raisers counted by area and tier, and its age. */
export function presentTheme(row: ThemeRow, now = Date.now()): Theme {
  const areas = tally(
    row.areas.filter((area): area is { id: string; name: string } => area !== null),
    (area) => area.id,
  );
  const tiers = tally(row.tiers, (tier) => tier);
  return {
    ...row,
    areas: areas.map(([, { value, count }]) => ({ ...value, voices: count })),
    tiers: tiers.map(([, { value, count }]) => ({ tier: value, voices: count })),
    ageDays: wholeDaysSince(row.createdAt, now),
  };
}
