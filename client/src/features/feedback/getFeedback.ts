import { feedbackListSchema, type Feedback } from '@contracts/feedback';
import { getJson, query } from '../../lib/api';

export async function getFeedback(unthemed: boolean, signal?: AbortSignal): Promise<Feedback[]> {
  return (await getJson(`/api/feedback${query({ unthemed: unthemed ? 'true' : undefined })}`, feedbackListSchema, signal)).items;
}
