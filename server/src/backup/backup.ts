import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { createGunzip, createGzip } from 'node:zlib';
import { BACKUP_FORMAT, backupHeaderSchema, backupLineSchema, type BackupNode, type BackupRelationship } from './format';
import type { BackupRepository } from './repository';

export interface BackupCounts {
  nodes: number;
  relationships: number;
}

/** A restore refused before it changed anything, with the reason in plain words. */
export class RestoreRefused extends Error {
  override name = 'RestoreRefused';
}

/** Writes the whole database (passing nodes aside) to `file`, online: the app may keep serving. */
export async function writeBackup(repository: BackupRepository, file: string, now = new Date()): Promise<BackupCounts> {
  const nodes = await repository.nodes();
  const relationships = await repository.relationships();
  const header = { format: BACKUP_FORMAT, takenAt: now.toISOString(), nodes: nodes.length, relationships: relationships.length };
  function* lines() {
    yield `${JSON.stringify(header)}\n`;
    for (const node of nodes) yield `${JSON.stringify({ node })}\n`;
    for (const relationship of relationships) yield `${JSON.stringify({ relationship })}\n`;
  }
  await pipeline(Readable.from(lines()), createGzip(), createWriteStream(file, { mode: 0o600 }));
  return { nodes: nodes.length, relationships: relationships.length };
}

/**
 * Restores `file` into the database: into an empty one, or, with `replace`, after deleting
 * everything. Lines are checked and written a batch at a time. A restore that fails half-way leaves
 * part of the backup in place: run it again with `replace`.
 */
export async function restoreBackup(repository: BackupRepository, file: string, options: { replace?: boolean } = {}): Promise<BackupCounts> {
  const input = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  try {
    return await restoreLines(repository, file, input[Symbol.asyncIterator](), options);
  } finally {
    input.close();
  }
}

async function restoreLines(
  repository: BackupRepository,
  file: string,
  lines: AsyncIterableIterator<string>,
  options: { replace?: boolean },
): Promise<BackupCounts> {
  const first = await lines.next();
  const header = backupHeaderSchema.safeParse(first.done ? null : safeJson(first.value));
  if (!header.success) throw new RestoreRefused(`${file} is not a Partner Graph backup (${BACKUP_FORMAT})`);
  if (!(await repository.isEmpty())) {
    if (!options.replace) throw new RestoreRefused('The database is not empty: restore into an empty one, or pass --replace to delete everything in it first');
    await repository.wipe();
  }

  const counts: BackupCounts = { nodes: 0, relationships: 0 };
  let nodes: BackupNode[] = [];
  let relationships: BackupRelationship[] = [];
  const flush = async () => {
    if (nodes.length) await repository.createNodes(nodes);
    if (relationships.length) await repository.createRelationships(relationships);
    nodes = [];
    relationships = [];
  };
  let lineNumber = 1;
  for await (const text of { [Symbol.asyncIterator]: () => lines }) {
    lineNumber++;
    if (!text.trim()) continue;
    const line = backupLineSchema.safeParse(safeJson(text));
    if (!line.success)
      throw new RestoreRefused(`Line ${lineNumber} of ${file} is not a node or a relationship: ${line.error.issues[0]?.message ?? 'unreadable'}`);
    if ('node' in line.data) {
      nodes.push(line.data.node);
      counts.nodes++;
    } else {
      // Every node comes before the first relationship: they are all in place once it arrives.
      if (nodes.length) await flush();
      relationships.push(line.data.relationship);
      counts.relationships++;
    }
    if (nodes.length + relationships.length >= repository.batchSize) await flush();
  }
  await flush();
  await repository.finish();
  if (counts.nodes !== header.data.nodes || counts.relationships !== header.data.relationships) {
    throw new RestoreRefused(
      `${file} is incomplete: its header promises ${header.data.nodes} nodes and ${header.data.relationships} relationships, it holds ${counts.nodes} and ${counts.relationships}`,
    );
  }
  return counts;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
