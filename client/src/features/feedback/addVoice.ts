import { themeSchema, type Theme } from '@contracts/feedback';
import { sendJson } from '../../lib/api';

export function addVoice(id: string): Promise<Theme> {
  return sendJson('POST', `/api/feedback-themes/${encodeURIComponent(id)}/voices`, {}, themeSchema);
}
