import { themeListSchema, type ThemeList } from '@contracts/feedback';
import { getJson, query } from '../../lib/api';

export function getThemes(sort: 'voices' | 'age' | 'recent', signal?: AbortSignal): Promise<ThemeList> {
  return getJson(`/api/feedback-themes${query({ sort })}`, themeListSchema, signal);
}
