import { sessionSchema, type Session } from '@contracts/auth';
import { getJson } from '../../lib/api';

export function getSession(signal?: AbortSignal): Promise<Session> {
  return getJson('/api/auth/me', sessionSchema, signal);
}
