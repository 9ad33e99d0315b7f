import type { Tier } from '../contracts/partners';

/**
 * Everything the health report is computed from, read from Neo4j in one go and handed to a worker
 * thread as plain data. Ties are each partner's neighbours as indices into `partners`.
 */
export interface NetworkSnapshot {
  now: string;
  partners: SnapshotPartner[];
  areas: { id: string; name: string; pal: string | null; latitude: number | null; longitude: number | null }[];
  specialties: { id: string; name: string }[];
  pals: { id: string; expertIn: string[] }[];
  introductions: SnapshotIntroduction[];
  questions: SnapshotQuestion[];
  meetings: { id: string; area: string | null; startsAt: string; attended: string[] }[];
  activities: { id: string; pal: string; date: string; reached: string[] }[];
  themes: { id: string; title: string; status: string; createdAt: string; voices: number }[];
}

export interface SnapshotPartner {
  id: string;
  name: string;
  tier: Tier;
  managed: boolean;
  isPal: boolean;
  area: string | null;
  joinedAt: string | null;
  knows: number[];
  offers: string[];
  seeks: string[];
}

export interface SnapshotIntroduction {
  id: string;
  status: 'proposed' | 'made' | 'accepted' | 'declined' | 'collaborating' | 'lapsed';
  from: string;
  to: string;
  introducer: string | null;
  proposedAt: string | null;
  madeAt: string | null;
  acceptedAt: string | null;
  declinedAt: string | null;
  collaboratingAt: string | null;
  lapsedAt: string | null;
}

export interface SnapshotQuestion {
  id: string;
  asker: string;
  specialty: string;
  status: 'open' | 'answered';
  askedAt: string | null;
  answeredAt: string | null;
  hops: { to: string; by: string | null; at: string | null }[];
}

export interface HealthOptions {
  /** Betweenness is exact up to this many partners, sampled above. */
  exactBetweennessUpTo: number;
  /** Shortest-path sources sampled for betweenness on bigger networks. */
  betweennessSources: number;
  staleAfterDays: number;
  activeWindowDays: number;
  seed: number;
}

export const defaultHealthOptions: HealthOptions = {
  exactBetweennessUpTo: 2000,
  betweennessSources: 128,
  staleAfterDays: 14,
  activeWindowDays: 90,
  seed: 2024,
};
