import { activityListSchema, type Activity } from '@contracts/community';
import { getJson } from '../../lib/api';

export async function getPalActivities(pal: string, signal?: AbortSignal): Promise<Activity[]> {
  return (await getJson(`/api/pals/${encodeURIComponent(pal)}/activities`, activityListSchema, signal)).items;
}
