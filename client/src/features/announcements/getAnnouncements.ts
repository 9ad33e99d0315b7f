import { announcementListSchema } from '@contracts/announcements';
import { getJson } from '../../lib/api';

export function getAnnouncements(signal?: AbortSignal) {
  return getJson('/api/announcements', announcementListSchema, signal);
}
