import { groupSchema, type Group } from '@contracts/community';
import { getJson } from '../../lib/api';

export function getGroup(id: string, signal?: AbortSignal): Promise<Group> {
  return getJson(`/api/groups/${encodeURIComponent(id)}`, groupSchema, signal);
}
