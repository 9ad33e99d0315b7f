import { feedbackSchema, type CreateFeedback, type Feedback } from '@contracts/feedback';
import { sendJson } from '../../lib/api';

export function giveFeedback(body: CreateFeedback): Promise<Feedback> {
  return sendJson('POST', '/api/feedback', body, feedbackSchema);
}
