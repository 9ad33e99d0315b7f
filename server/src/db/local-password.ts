import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The file in a local data directory that holds its database password (readable by its owner only). */
export const localPasswordFile = (dataDir: string) => join(dataDir, 'partner-graph.password');

/**
 * The password of the local database in `dataDir`: made at random the first time and kept in the
 * data directory, so no two checkouts share a published one. The launcher sets the database's
 * password to this one at every start, so a data directory made before it had a file moves to it.
 */
export function localDatabasePassword(dataDir: string): string {
  const file = localPasswordFile(dataDir);
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const password = randomBytes(24).toString('base64url');
  writeFileSync(file, `${password}\n`, { mode: 0o600 });
  return password;
}
