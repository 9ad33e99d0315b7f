import type { Announcement, Audience, CreateAnnouncement } from '../contracts/announcements';
import { notFound } from '../errors';
import type { CatalogService } from '../catalog/service';
import type { AnnouncementRepository, AudienceProps } from './repository';
import { newId } from '../ids';
import type { Notify } from '../notifications/service';

/** Messages from the vendor, each to an audience; partners see those meant for them. */
export function announcementService(announcements: AnnouncementRepository, catalog: CatalogService, notify: Notify = async () => 0) {
  /** Checks the audience names something real, and words it for the reader ("Partners in London"). */
  async function describe(audience: Audience): Promise<AudienceProps> {
    switch (audience.kind) {
      case 'everyone':
        return { audienceKind: 'everyone', audienceValue: null, audienceLabel: 'Everyone' };
      case 'tier':
        return { audienceKind: 'tier', audienceValue: audience.tier, audienceLabel: `${audience.tier[0]!.toUpperCase()}${audience.tier.slice(1)} partners` };
      case 'area': {
        await catalog.requireArea('audience.area', audience.area);
        const name = (await catalog.areas()).find((area) => area.id === audience.area)?.name ?? audience.area;
        return { audienceKind: 'area', audienceValue: audience.area, audienceLabel: `Partners in ${name}` };
      }
      case 'specialty': {
        await catalog.requireSpecialties('audience.specialty', [audience.specialty]);
        const name = (await catalog.specialties()).find((specialty) => specialty.id === audience.specialty)?.name ?? audience.specialty;
        return { audienceKind: 'specialty', audienceValue: audience.specialty, audienceLabel: `Partners working with ${name}` };
      }
    }
  }

  async function one(id: string, reader: string | null): Promise<Announcement> {
    const [found] = await announcements.list(reader, [id], 1);
    if (!found) throw notFound('announcement', id);
    return found;
  }

  return {
    async post(author: string | null, body: CreateAnnouncement): Promise<Announcement> {
      const audience = await describe(body.audience);
      const id = newId('an');
      await announcements.create(id, author, { title: body.title, body: body.body, ...audience });
      await notify({ kind: 'announcement', audience: { announcement: id }, except: author, title: body.title, body: body.body, link: '/community' });
      return one(id, null);
    },

    /** Those meant for the reader (all of them for an admin who is not a partner), newest first. */
    async forReader(reader: string | null, unreadOnly: boolean, limit: number) {
      const all = await announcements.list(reader, null, limit);
      return { unread: all.filter((item) => !item.read).length, items: unreadOnly ? all.filter((item) => !item.read) : all };
    },

    async markRead(id: string, reader: string): Promise<Announcement> {
      const meantForReader = (await announcements.list(reader, [id], 1)).length > 0;
      if (!meantForReader || !(await announcements.markRead(id, reader))) throw notFound('announcement', id);
      return one(id, reader);
    },
  };
}

export type AnnouncementService = ReturnType<typeof announcementService>;
