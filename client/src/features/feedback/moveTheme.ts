import { themeSchema, type MoveTheme, type Theme } from '@contracts/feedback';
import { sendJson } from '../../lib/api';

export function moveTheme(id: string, change: MoveTheme): Promise<Theme> {
  return sendJson('PATCH', `/api/feedback-themes/${encodeURIComponent(id)}`, change, themeSchema);
}
