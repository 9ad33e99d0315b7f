import { meetingSchema, type Meeting } from '@contracts/community';
import { getJson } from '../../lib/api';

export function getMeeting(id: string, signal?: AbortSignal): Promise<Meeting> {
  return getJson(`/api/meetings/${encodeURIComponent(id)}`, meetingSchema, signal);
}
