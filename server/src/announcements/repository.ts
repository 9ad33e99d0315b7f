import type { Announcement } from '../contracts/announcements';
import { cypher } from '../db/queries';
import { int, type Database } from '../db/neo4j';

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
      return (await db.read(cypher('announcement-list'), { partner: reader, ids, limit: int(limit) })).map((row) => row.announcement as Announcement);
    },
    async markRead(id: string, partner: string): Promise<boolean> {
      return (await db.write(cypher('announcement-read'), { id, partner })).length > 0;
    },
  };
}

export type AnnouncementRepository = ReturnType<typeof announcementRepository>;
