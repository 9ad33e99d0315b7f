import { announcementEndpoints } from './announcements';
import { auditEndpoints } from './audit';
import { authEndpoints } from './auth';
import { catalogEndpoints } from './catalog';
import { communityEndpoints } from './community';
import type { Endpoint } from './endpoint';
import { feedbackEndpoints } from './feedback';
import { graphEndpoints } from './graph';
import { importExportEndpoints } from './import-export';
import { introductionEndpoints } from './introductions';
import { matchEndpoints } from './matches';
import { networkHealthEndpoints } from './network-health';
import { notificationEndpoints } from './notifications';
import { partnerEndpoints } from './partners';
import { questionEndpoints } from './questions';
import { statusEndpoints } from './status';
import { tieEndpoints } from './ties';
import { userEndpoints } from './users';

/** Every endpoint of the API, as the shared contracts describe them. */
export const allEndpoints: readonly Endpoint[] = [
  announcementEndpoints,
  auditEndpoints,
  authEndpoints,
  catalogEndpoints,
  communityEndpoints,
  feedbackEndpoints,
  graphEndpoints,
  importExportEndpoints,
  introductionEndpoints,
  matchEndpoints,
  networkHealthEndpoints,
  notificationEndpoints,
  partnerEndpoints,
  questionEndpoints,
  statusEndpoints,
  tieEndpoints,
  userEndpoints,
].flatMap((group) => Object.values(group) as Endpoint[]);

/** How the audit log names an action ("POST /questions/:id/forward"): the endpoint's summary, up to its first colon or dash. */
export function actionInWords(action: string): string {
  const endpoint = allEndpoints.find((candidate) => `${candidate.method.toUpperCase()} ${candidate.path}` === action);
  if (!endpoint) return action;
  return endpoint.summary.split(/[:(—]| - /)[0]!.trim();
}

/** Every write the audit log can hold, in words, for choosing one. */
export const auditableActions = allEndpoints
  .filter((endpoint) => endpoint.method !== 'get')
  .map((endpoint) => ({
    action: `${endpoint.method.toUpperCase()} ${endpoint.path}`,
    words: actionInWords(`${endpoint.method.toUpperCase()} ${endpoint.path}`),
  }))
  .sort((a, b) => a.words.localeCompare(b.words));
