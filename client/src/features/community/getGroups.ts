import { groupListSchema, type GroupSummary } from '@contracts/community';
import { getJson, query } from '../../lib/api';

export async function getGroups(area: string | null, signal?: AbortSignal): Promise<GroupSummary[]> {
  return (await getJson(`/api/groups${query({ area: area ?? undefined })}`, groupListSchema, signal)).items;
}
