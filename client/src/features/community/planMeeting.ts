import { meetingSchema, type CreateMeeting, type Meeting } from '@contracts/community';
import { sendJson } from '../../lib/api';

export function planMeeting(group: string, body: CreateMeeting): Promise<Meeting> {
  return sendJson('POST', `/api/groups/${encodeURIComponent(group)}/meetings`, body, meetingSchema);
}
