import { userSchema, type Role, type User } from '@contracts/auth';
import { sendJson } from '../../lib/api';

export function updateUser(id: string, changes: { role?: Role; disabled?: boolean }): Promise<User> {
  return sendJson('PATCH', `/api/users/${encodeURIComponent(id)}`, changes, userSchema);
}
