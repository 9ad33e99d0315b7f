import { userListSchema, type User } from '@contracts/auth';
import { getJson } from '../../lib/api';

export async function getUsers(signal?: AbortSignal): Promise<User[]> {
  return (await getJson('/api/users', userListSchema, signal)).items;
}
