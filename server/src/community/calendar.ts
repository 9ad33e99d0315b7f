import ical from 'ical-generator';
import { communityPageHref, type MeetingSummary } from '../contracts/community';
import { HOUR_MS } from '../time';

/**
 * Meetings as an iCalendar feed (RFC 5545) that calendar apps subscribe to; events keep our meeting
 * ids as UIDs, so a re-download updates rather than duplicates them.
 */
export function meetingsCalendar(name: string, meetings: MeetingSummary[], baseUrl: string): string {
  const calendar = ical({ name, prodId: { company: 'Partner Graph', product: 'Partner Graph', language: 'EN' } });
  for (const meeting of meetings) {
    const start = new Date(meeting.startsAt);
    calendar.createEvent({
      id: `${meeting.id}@partner-graph`,
      start,
      end: meeting.endsAt ? new Date(meeting.endsAt) : new Date(start.getTime() + 2 * HOUR_MS),
      summary: `${meeting.group.name}: ${meeting.title}`,
      location: meeting.place ?? meeting.onlineUrl ?? undefined,
      url: meeting.onlineUrl ?? `${baseUrl}${communityPageHref({ area: meeting.area?.id, group: meeting.group.id })}`,
      description: meeting.specialties.length ? `Covers ${meeting.specialties.map((s) => s.name).join(', ')}` : undefined,
    });
  }
  return calendar.toString();
}
