import { sessionSchema, type Session } from '@contracts/auth';
import { sendJson } from '../../lib/api';

export function acceptInvitation(token: string, password: string): Promise<Session> {
  return sendJson('POST', '/api/auth/invitations/accept', { token, password }, sessionSchema);
}
