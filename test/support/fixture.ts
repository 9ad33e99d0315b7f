import { randomUUID } from 'node:crypto';
import type { Role } from '../../server/src/contracts/auth';
import type { Tier } from '../../server/src/contracts/partners';
import { hashPassword } from '../../server/src/auth/passwords';
import { authRepository } from '../../server/src/auth/repository';
import type { Database } from '../../server/src/db/neo4j';
import type { IntroductionRecord, NetworkRecords, PartnerRecord } from '../../server/src/network/records';
import { loadNetwork } from '../../server/src/network/repository';

/** Every fixture account's password unless a test says otherwise. */
export const USER_PASSWORD = 'correct horse battery staple';

const emptyNetwork = (): NetworkRecords => ({
  areas: [],
  specialties: [],
  partners: [],
  pals: [],
  ties: [],
  groups: [],
  introductions: [],
  questions: [],
  meetings: [],
  activities: [],
  announcements: [],
  themes: [],
  feedback: [],
});

export interface PartnerOptions {
  name?: string;
  company?: string;
  area?: string;
  tier?: Tier;
  managed?: boolean;
  offers?: string[];
  seeks?: string[];
  openToIntroductions?: boolean;
}

/**
 * Test data with ids unique to one fixture (every id starts with its prefix), written through the
 * same loader as the seed, and removed again by `cleanup` — only what this fixture made, so test
 * files can share the database and run in parallel.
 */
export function createFixture(db: Database) {
  const prefix = `t${randomUUID().replaceAll('-', '').slice(0, 10)}`;
  const id = (key: string) => `${prefix}-${key}`;
  const write = (part: Partial<NetworkRecords>) => loadNetwork(db, { ...emptyNetwork(), ...part });

  return {
    prefix,
    id,

    async area(key = 'area', name = `Area ${key} ${prefix}`): Promise<string> {
      await write({ areas: [{ id: id(key), name, region: 'Test region', center: { latitude: 52.5, longitude: -1.9 } }] });
      return id(key);
    },

    async specialty(key: string, name = `${key} ${prefix}`): Promise<string> {
      await write({ specialties: [{ id: id(key), name, category: 'Test' }] });
      return id(key);
    },

    /** A partner in `options.area` (an area id; one is made when left out). */
    async partner(key: string, options: PartnerOptions = {}): Promise<string> {
      const area = options.area ?? (await this.area(`${key}-area`));
      const record: PartnerRecord = {
        id: id(key),
        name: options.name ?? `${key} ${prefix}`,
        company: options.company ?? `${key} Company`,
        tier: options.tier ?? 'community',
        managed: options.managed ?? false,
        city: 'Testford',
        area,
        location: { latitude: 52.5, longitude: -1.9 },
        website: `https://${id(key)}.example`,
        email: `${id(key)}@example.com`,
        phone: '+44 20 7946 0999',
        joinedAt: '2024-01-15',
        openToIntroductions: options.openToIntroductions ?? true,
        offers: options.offers ?? [],
        seeks: options.seeks ?? [],
      };
      await write({ partners: [record] });
      return record.id;
    },

    async pal(partnerId: string, areaId: string, expertIn: string[] = []): Promise<void> {
      await write({ pals: [{ partner: partnerId, area: areaId, expertIn }] });
    },

    /**
     * The browser tests' usual community: an area led by PAL `pam`, and partners `me` and `other`
     * who each know her (me — pam — other), named by `nameOf`; returns the area's id.
     */
    async meAndOtherThroughPam(areaName: string, nameOf: (key: string) => string, more: (key: string) => PartnerOptions = () => ({})): Promise<string> {
      const area = await this.area('area', areaName);
      for (const key of ['me', 'other', 'pam']) await this.partner(key, { area, name: nameOf(key), ...more(key) });
      await this.pal(id('pam'), area);
      await this.ties([
        [id('me'), id('pam')],
        [id('pam'), id('other')],
      ]);
      return area;
    },

    async group(key: string, areaId: string, runBy: string, members: string[]): Promise<string> {
      await write({ groups: [{ id: id(key), name: `Group ${key} ${prefix}`, area: areaId, runBy, members }] });
      return id(key);
    },

    /** Ties given as [a, b] or [a, b, strength]. */
    async ties(pairs: [string, string, number?][]): Promise<void> {
      await write({ ties: pairs.map(([a, b, strength]) => ({ a, b, since: '2023-05-01', strength: strength ?? 3 })) });
    },

    async introduction(key: string, fields: Pick<IntroductionRecord, 'introducer' | 'from' | 'to'> & Partial<IntroductionRecord>): Promise<string> {
      await write({
        introductions: [
          {
            id: id(key),
            reason: 'Test reason',
            privateNote: null,
            status: 'proposed',
            proposedAt: '2026-01-01T09:00:00.000Z',
            madeAt: null,
            acceptedAt: null,
            declinedAt: null,
            collaboratingAt: null,
            ...fields,
          },
        ],
      });
      return id(key);
    },

    /**
     * An account of `role`, linked to `partner` when given; returns what signing in needs. The
     * email starts with the prefix, so cleanup finds it.
     */
    async user(key: string, role: Role, partner: string | null = null, password = USER_PASSWORD): Promise<{ id: string; email: string; password: string }> {
      const email = `${id(key)}@accounts.example`.toLowerCase();
      await authRepository(db).create({
        id: id(`u-${key}`),
        email,
        role,
        partner,
        passwordHash: await hashPassword(password),
        invitationHash: null,
        invitationSeconds: null,
      });
      return { id: id(`u-${key}`), email, password };
    },

    /** Deletes this fixture's nodes, the introductions made through the API between its partners, and its accounts' notifications and mail. */
    async cleanup(): Promise<void> {
      await db.write(
        `MATCH (n) WHERE n.id STARTS WITH $prefix OR (n:User AND n.email STARTS WITH $prefix)
         OPTIONAL MATCH (n)<-[:FROM|TO]-(introduction:Introduction)
         OPTIONAL MATCH (n)<-[:OF]-(session:Session)
         OPTIONAL MATCH (n)<-[:FOR]-(notification:Notification)
         DETACH DELETE introduction, session, notification, n`,
        { prefix },
      );
      await db.write(`MATCH (m:Mail) WHERE m.userId STARTS WITH $prefix OR any(to IN m.to WHERE to STARTS WITH $prefix) DETACH DELETE m`, { prefix });
      await db.write(`MATCH (e:AuditEntry) WHERE e.userId STARTS WITH $prefix OR e.email STARTS WITH $prefix DETACH DELETE e`, { prefix });
    },
  };
}

export type Fixture = ReturnType<typeof createFixture>;
