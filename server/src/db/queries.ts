import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { projectRoot } from '../paths';

/**
 * Every named query the application runs. Each is a file `cypher/queries/<name>.cypher` whose header
 * comment names its parameters; the files are read once, at start-up, and a missing or unlisted
 * file fails loudly.
 */
export const queryNames = [
  'audit-create',
  'audit-list',
  'session-create',
  'session-delete',
  'session-delete-expired',
  'session-resolve',
  'session-touch',
  'user-by-email',
  'user-by-id',
  'user-by-invitation',
  'user-create',
  'user-list',
  'user-record-failure',
  'user-record-sign-in',
  'user-set-password',
  'user-update',
  'activity-create',
  'activity-list',
  'announcement-create',
  'announcement-list',
  'announcement-read',
  'area-list',
  'area-pal-of',
  'area-exists',
  'community-is-empty',
  'database-is-empty',
  'export-nodes',
  'export-relationships',
  'feedback-create',
  'feedback-list',
  'graph-community-of',
  'graph-edges-among',
  'group-by-id',
  'group-list',
  'network-health-catalog',
  'network-health-community',
  'network-health-introductions',
  'network-health-partners',
  'network-health-questions',
  'graph-introductions-among',
  'graph-neighborhood',
  'graph-shortest-paths',
  'graph-specialties-of',
  'import-nodes',
  'import-relationships',
  'introduction-create',
  'introduction-list',
  'introduction-transition',
  'match-candidates',
  'match-outcome-rates',
  'match-warm-routes',
  'pal-exists',
  'pal-list',
  'meeting-attend',
  'meeting-by-id',
  'meeting-create',
  'meeting-list',
  'meeting-register',
  'partner-by-id',
  'partner-create',
  'partner-delete',
  'partner-list',
  'partner-search',
  'partner-update',
  'partners-and-meetings-exist',
  'partners-exist',
  'question-answer',
  'question-create',
  'question-forward',
  'question-list',
  'question-lock',
  'question-route-target',
  'seed-activities',
  'seed-announcements',
  'seed-areas',
  'seed-groups',
  'seed-feedback',
  'seed-introductions',
  'seed-meetings',
  'seed-pals',
  'seed-partners',
  'seed-questions',
  'seed-specialties',
  'seed-themes',
  'seed-ties',
  'specialties-exist',
  'suggestion-pool',
  'specialty-list',
  'theme-add-feedback',
  'theme-create',
  'theme-list',
  'theme-transition',
  'theme-voice',
  'tie-create',
  'tie-delete',
] as const;

export type QueryName = (typeof queryNames)[number];

export interface NamedQuery {
  name: QueryName;
  text: string;
  /** Parameters the header documents, without the `$`. */
  documentedParams: string[];
}

export const queriesDirectory = join(projectRoot, 'cypher', 'queries');

function parseHeader(text: string): string[] {
  const header = text.split('\n').filter((line) => line.startsWith('//'));
  return header.flatMap((line) => [...line.matchAll(/^\/\/\s*\$(\w+)/g)].map((match) => match[1]!));
}

function loadQueries(): Record<QueryName, NamedQuery> {
  const files = readdirSync(queriesDirectory).filter((file) => file.endsWith('.cypher'));
  const onDisk = new Set(files.map((file) => basename(file, '.cypher')));
  const unlisted = [...onDisk].filter((name) => !(queryNames as readonly string[]).includes(name));
  const missing = queryNames.filter((name) => !onDisk.has(name));
  if (unlisted.length || missing.length) {
    throw new Error(`Query files out of step with queryNames: missing ${missing.join(', ') || 'none'}; unlisted ${unlisted.join(', ') || 'none'}`);
  }
  const entries = queryNames.map((name) => {
    const text = readFileSync(join(queriesDirectory, `${name}.cypher`), 'utf8');
    return [name, { name, text, documentedParams: parseHeader(text) }] as const;
  });
  return Object.fromEntries(entries) as Record<QueryName, NamedQuery>;
}

export const queries = loadQueries();

/** The text of a named query. */
export const cypher = (name: QueryName): string => queries[name].text;
