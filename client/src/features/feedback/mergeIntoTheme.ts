import { themeSchema, type CreateTheme, type Theme } from '@contracts/feedback';
import { sendJson } from '../../lib/api';

export function mergeIntoTheme(body: CreateTheme): Promise<Theme> {
  return sendJson('POST', '/api/feedback-themes', body, themeSchema);
}
