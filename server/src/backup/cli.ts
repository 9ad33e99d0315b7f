import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config';
import { connect, ConnectError } from '../db/connect';
import { applySchema } from '../db/schema';
import { createLogger } from '../logger';
import { projectRoot } from '../paths';
import { RestoreRefused, restoreBackup, writeBackup } from './backup';
import { backupRepository } from './repository';

/**
 * npm run db:backup [-- --out file.jsonl.gz]
 * npm run db:restore -- --from file.jsonl.gz [--replace]
 *
 * Online backups of the configured database (the local one, Aura or a cluster) in the app's own
 * format, accounts and audit log included; see docs/decisions/0021-backups.md.
 */
async function main() {
  const command = process.argv[2];
  const { values } = parseArgs({
    args: process.argv.slice(3),
    options: { out: { type: 'string' }, from: { type: 'string' }, replace: { type: 'boolean', default: false } },
  });
  if (command !== 'backup' && command !== 'restore') throw new UsageError('Say backup or restore');
  if (command === 'restore' && !values.from) throw new UsageError('--from: the backup file to restore');

  const config = loadConfig();
  const { db, uri, stopLocal } = await connect(config, createLogger('warn'));
  const repository = backupRepository(db);
  try {
    if (command === 'backup') {
      const stamp = new Date().toISOString().replace(/[:.]/g, '-');
      const file = values.out ?? join(projectRoot, 'backups', `partner-graph-${stamp}.jsonl.gz`);
      mkdirSync(dirname(file), { recursive: true });
      const started = performance.now();
      const counts = await writeBackup(repository, file);
      console.log(
        `Backed up ${counts.nodes} nodes and ${counts.relationships} relationships of ${uri} to ${file} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
      );
    } else {
      await applySchema(db);
      const started = performance.now();
      const counts = await restoreBackup(repository, values.from!, { replace: values.replace });
      console.log(
        `Restored ${counts.nodes} nodes and ${counts.relationships} relationships into ${uri} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
      );
      console.log('A running app keeps its cached network health report until it is refreshed; sessions were not restored, so everyone signs in again.');
    }
  } finally {
    await db.close();
    await stopLocal();
  }
}

class UsageError extends Error {}

main().catch((error: unknown) => {
  const known = error instanceof UsageError || error instanceof RestoreRefused || error instanceof ConfigError || error instanceof ConnectError;
  console.error(known ? error.message : error);
  if (error instanceof UsageError) console.error('Usage: npm run db:backup [-- --out FILE] | npm run db:restore -- --from FILE [--replace]');
  process.exit(1);
});
