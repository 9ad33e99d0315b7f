import { inboxSchema, type Inbox } from '@contracts/questions';
import { getJson } from '../../lib/api';

export function getInbox(pal: string, signal?: AbortSignal): Promise<Inbox> {
  return getJson(`/api/pals/${encodeURIComponent(pal)}/queries`, inboxSchema, signal);
}
