import { announcementSchema, type Announcement } from '@contracts/announcements';
import { sendJson } from '../../lib/api';

export function markRead(id: string): Promise<Announcement> {
  return sendJson('POST', `/api/announcements/${encodeURIComponent(id)}/read`, {}, announcementSchema);
}
