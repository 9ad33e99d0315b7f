import { createdUserSchema, type Role } from '@contracts/auth';
import { sendJson } from '../../lib/api';

/** Without a password, the answer carries an invitation token for the person to choose one. */
export function createUser(body: { email: string; role: Role; partner: string | null; password?: string }) {
  return sendJson('POST', '/api/users', body, createdUserSchema);
}
