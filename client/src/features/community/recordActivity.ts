import { activitySchema, type Activity, type CreateActivity } from '@contracts/community';
import { sendJson } from '../../lib/api';

export function recordActivity(body: CreateActivity): Promise<Activity> {
  return sendJson('POST', '/api/activities', body, activitySchema);
}
