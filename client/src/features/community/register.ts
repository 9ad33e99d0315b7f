import { meetingSchema, type Meeting } from '@contracts/community';
import { sendJson } from '../../lib/api';

export function register(meeting: string): Promise<Meeting> {
  return sendJson('POST', `/api/meetings/${encodeURIComponent(meeting)}/registrations`, {}, meetingSchema);
}
