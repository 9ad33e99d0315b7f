import { announcementSchema, type Announcement, type CreateAnnouncement } from '@contracts/announcements';
import { sendJson } from '../../lib/api';

export function postAnnouncement(body: CreateAnnouncement): Promise<Announcement> {
  return sendJson('POST', '/api/announcements', body, announcementSchema);
}
