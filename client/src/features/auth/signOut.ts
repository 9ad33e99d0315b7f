import { sendEmpty } from '../../lib/api';

export function signOut(): Promise<void> {
  return sendEmpty('POST', '/api/auth/logout');
}
