import { meetingSchema, type Meeting } from '@contracts/community';
import { sendJson } from '../../lib/api';

export function recordAttendance(meeting: string, partners: string[]): Promise<Meeting> {
  return sendJson('POST', `/api/meetings/${encodeURIComponent(meeting)}/attendance`, { partners }, meetingSchema);
}
