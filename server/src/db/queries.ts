import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { projectRoot } from '../paths';
import { queryParameters, type QueryName } from './query-list.generated';

/**
 * Every named query the application runs. Each is a file `cypher/queries/<name>.cypher` whose header
 * comment names its parameters; query-list.generated.ts lists them (npm run generate). The files
 * are read once, at start-up, and a missing or unlisted file fails loudly.
 */
export const queryNames = Object.keys(queryParameters) as QueryName[];

export type { QueryName };

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
