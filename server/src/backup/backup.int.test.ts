import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSampleWhenEmpty } from '../../../seed/load';
import { createFixture } from '../../../test/support/fixture';
import { startTestApp } from '../../../test/support/http';
import { freePort, startLocalNeo4j, type LocalNeo4j } from '../db/local-neo4j';
import { createDatabase, type Database } from '../db/neo4j';
import { applySchema } from '../db/schema';
import { RestoreRefused, restoreBackup, writeBackup } from './backup';
import { backupRepository, type BackupRepository } from './repository';

/** A throwaway Neo4j of this file's own, since a backup takes the whole database. */
const folder = mkdtempSync(join(tmpdir(), 'partner-graph-backup-'));
let neo4j: LocalNeo4j;
let db: Database;
let repository: BackupRepository;

beforeAll(async () => {
  neo4j = await startLocalNeo4j({ port: await freePort(), dataDir: join(folder, 'data'), password: 'backup-test-password' });
  db = createDatabase({ uri: neo4j.uri, user: 'neo4j', password: 'backup-test-password' });
  await applySchema(db);
  await loadSampleWhenEmpty(db);
  // Accounts and the audit log are part of what a backup keeps: an admin makes a change.
  const fx = createFixture(db);
  const app = await startTestApp(db);
  const admin = await app.signIn(await fx.user('backup-admin', 'admin'));
  expect((await admin.post('/api/announcements', { title: 'Backups', body: 'Kept with everything', audience: { kind: 'everyone' } })).status).toBe(201);
  await app.close();
  repository = backupRepository(db);
}, 180_000);

afterAll(async () => {
  await db?.close();
  await neo4j?.stop();
  rmSync(folder, { recursive: true, force: true });
});

const everything = async () => {
  const key = (value: unknown) => JSON.stringify(value);
  const nodes = (await repository.nodes()).map(key).sort();
  const relationships = (await repository.relationships()).map(key).sort();
  return { nodes, relationships };
};

describe('a backup of the sample network', () => {
  it('restores identical, accounts and audit log included, after everything was deleted', async () => {
    const before = await everything();
    expect(before.nodes.some((node) => node.includes('"User"'))).toBe(true);
    expect(before.nodes.some((node) => node.includes('"AuditEntry"'))).toBe(true);
    const file = join(folder, 'sample.jsonl.gz');
    const written = await writeBackup(repository, file);
    expect(written).toEqual({ nodes: before.nodes.length, relationships: before.relationships.length });

    const restored = await restoreBackup(repository, file, { replace: true });
    expect(restored).toEqual(written);
    expect(await everything()).toEqual(before);
    expect((await db.read('MATCH (n:Restoring) RETURN count(n) AS left'))[0]!.left).toBe(0);
    expect((await db.read('MATCH (n:Session) RETURN count(n) AS sessions'))[0]!.sessions).toBe(0);
  }, 120_000);

  it('is refused into a database that holds data, unless told to replace it; nothing changes', async () => {
    const before = await everything();
    const file = join(folder, 'again.jsonl.gz');
    await writeBackup(repository, file);
    await expect(restoreBackup(repository, file)).rejects.toThrow(RestoreRefused);
    await expect(restoreBackup(repository, file)).rejects.toThrow(/not empty.*--replace/);
    expect(await everything()).toEqual(before);
  });

  it('refuses a file that is not a backup, or one cut short, by saying so', async () => {
    const notOne = join(folder, 'not-a-backup.jsonl.gz');
    writeFileSync(notOne, gzipSync('{"hello":"world"}\n'));
    await expect(restoreBackup(repository, notOne, { replace: true })).rejects.toThrow(/not a Partner Graph backup/);

    const cut = join(folder, 'cut.jsonl.gz');
    const header = { format: 'partner-graph-backup/1', takenAt: new Date().toISOString(), nodes: 2, relationships: 0 };
    writeFileSync(cut, gzipSync(`${JSON.stringify(header)}\n${JSON.stringify({ node: { labels: ['Area'], properties: { id: 'a-cut', name: 'Cut' } } })}\n`));
    const emptyFirst = createDatabase({ uri: neo4j.uri, user: 'neo4j', password: 'backup-test-password' });
    try {
      await expect(restoreBackup(backupRepository(emptyFirst), cut, { replace: true })).rejects.toThrow(/incomplete/);
    } finally {
      await emptyFirst.close();
    }
  });
});
