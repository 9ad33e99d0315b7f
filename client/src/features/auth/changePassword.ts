import { sessionSchema, type Session } from '@contracts/auth';
import { sendJson } from '../../lib/api';

export function changePassword(currentPassword: string, newPassword: string): Promise<Session> {
  return sendJson('POST', '/api/auth/password', { currentPassword, newPassword }, sessionSchema);
}
