import type { Announcement } from '../contracts/announcements';
import { cypher } from '../db/queries';
import { int, type Database } from '../db/neo4j';
import { announcementSchema } from '../contracts/announcements';
import { parseColumn } from '../db/rows';

export interface AudienceProps {
  audienceKind: string;
  audienceValue: string | null;
  audienceLabel: string;
}

export function announcementRepository(db: Database) {
  return {
    async create(id: string, author: string | null, props: { title: string; body: string } & AudienceProps): Promise<void> {
      await db.write(cypher('announcement-create'), { id, author, props });
    },
    async list(reader: string | null, ids: string[] | null, limit: number): Promise<Announcement[]> {
      const rows = await db.read(cypher('announcement-list'), { partner: reader, ids, limit: int(limit) });
      return parseColumn('announcement-list', 'announcement', announcementSchema, rows);
    },
    async markRead(id: string, partner: string): Promise<boolean> {
      return (await db.write(cypher('announcement-read'), { id, partner })).length > 0;
    },
  };
}

export type AnnouncementRepository = ReturnType<typeof announcementRepository>;
