import { describe, expect, it } from 'vitest';
import { sampleNetwork } from './sample';
import { daysUntil, shiftDates } from './shift-dates';

describe('telling a history as of another day', () => {
  it('moves every date and date-time by the days given, and nothing else', () => {
    const records = {
      meetings: [{ id: 'm-2026-1', title: 'Partner conference 2026', startsAt: '2026-11-05T18:00:00.000Z', ends: null, attended: ['p-1'] }],
      ties: [{ since: '2023-05-01', strength: 3 }],
    };
    expect(shiftDates(records, 35)).toEqual({
      meetings: [{ id: 'm-2026-1', title: 'Partner conference 2026', startsAt: '2026-12-10T18:00:00.000Z', ends: null, attended: ['p-1'] }],
      ties: [{ since: '2023-06-05', strength: 3 }],
    });
    expect(shiftDates(records, 0)).toBe(records);
  });

  it('counts the whole days since the history ended, and never goes back', () => {
    expect(daysUntil('2026-10-31', new Date('2026-12-04T10:00:00Z'))).toBe(34);
    expect(daysUntil('2026-10-31', new Date('2026-01-01T00:00:00Z'))).toBe(0);
  });
});

describe('the sample network, loaded on a later day', () => {
  it('still has meetings to come in every group, and recent announcements', () => {
    const today = new Date('2027-05-20T12:00:00Z');
    const sample = sampleNetwork(today);
    for (const group of sample.groups) {
      const coming = sample.meetings.filter((meeting) => meeting.group === group.id && Date.parse(meeting.startsAt) > today.getTime());
      expect(coming.length, group.id).toBeGreaterThanOrEqual(1);
    }
    const newest = Math.max(...sample.announcements.map((announcement) => Date.parse(announcement.postedAt)));
    expect(today.getTime() - newest).toBeLessThan(7 * 86_400_000);
  });
});
