import { z } from 'zod';
import { taggedValue } from '../contracts/import-export';

/**
 * A backup file is gzipped JSON Lines: a header, then one line per node, then one per relationship,
 * so that neither writing nor restoring holds more than a batch of lines at once.
 */
export const BACKUP_FORMAT = 'partner-graph-backup/1';

const properties = z.record(z.string(), taggedValue);

export const backupHeaderSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  takenAt: z.string(),
  nodes: z.number().int().min(0),
  relationships: z.number().int().min(0),
});

const labelName = z.string().regex(/^[A-Z][A-Za-z]*$/, 'a label');
/** A relationship's end: its label (PAL aside) and our own id, unique per label. */
const end = z.strictObject({ label: labelName, id: z.string().min(1) });

export const backupLineSchema = z.union([
  z.strictObject({ node: z.strictObject({ labels: z.array(labelName).min(1), properties }) }),
  z.strictObject({
    relationship: z.strictObject({ type: z.string().regex(/^[A-Z][A-Z_]*$/), from: end, to: end, properties }),
  }),
]);

export type BackupHeader = z.infer<typeof backupHeaderSchema>;
export type BackupNode = { labels: string[]; properties: z.infer<typeof properties> };
export type BackupRelationship = { type: string; from: z.infer<typeof end>; to: z.infer<typeof end>; properties: z.infer<typeof properties> };
