import { sessionSchema, type Session } from '@contracts/auth';
import { sendJson } from '../../lib/api';

export function signIn(email: string, password: string): Promise<Session> {
  return sendJson('POST', '/api/auth/login', { email, password }, sessionSchema);
}
