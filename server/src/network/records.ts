import type { IntroductionStatus } from '../contracts/introductions';
import type { Tier } from '../contracts/partners';

/**
 * A whole network as plain records: what the seed generator writes, the bulk loader loads, and
 * test fixtures build. Ids are our own; dates are ISO strings.
 */

export interface AreaRecord {
  id: string;
  name: string;
  region: string;
  center: { latitude: number; longitude: number };
}

export interface PartnerRecord {
  id: string;
  name: string;
  company: string;
  tier: Tier;
  managed: boolean;
  city: string;
  area: string;
  location: { latitude: number; longitude: number };
  website: string;
  email: string;
  phone: string;
  joinedAt: string;
  openToIntroductions: boolean;
  offers: string[];
  seeks: string[];
}

export interface PalRecord {
  partner: string;
  area: string;
  expertIn: string[];
}

export interface TieRecord {
  a: string;
  b: string;
  since: string;
  strength: number;
}

export interface GroupRecord {
  id: string;
  name: string;
  area: string;
  runBy: string;
  members: string[];
}

export interface IntroductionRecord {
  id: string;
  introducer: string;
  from: string;
  to: string;
  reason: string;
  privateNote: string | null;
  status: IntroductionStatus;
  /** ISO date-times per step reached. */
  proposedAt: string;
  madeAt: string | null;
  acceptedAt: string | null;
  declinedAt: string | null;
  collaboratingAt: string | null;
}

export interface QuestionHop {
  to: string;
  at: string;
  by: string | null;
  note: string | null;
}

export interface QuestionRecord {
  id: string;
  asker: string;
  specialty: string;
  text: string;
  status: 'open' | 'answered';
  askedAt: string;
  answer: string | null;
  answeredAt: string | null;
  hops: QuestionHop[];
}

export interface NetworkRecords extends CommunityLife {
  areas: AreaRecord[];
  specialties: { id: string; name: string; category: string }[];
  partners: PartnerRecord[];
  pals: PalRecord[];
  ties: TieRecord[];
  groups: GroupRecord[];
  introductions: IntroductionRecord[];
  questions: QuestionRecord[];
}

export interface MeetingRecord {
  id: string;
  group: string;
  title: string;
  startsAt: string;
  endsAt: string;
  place: string | null;
  onlineUrl: string | null;
  specialties: string[];
  registered: string[];
  attended: string[];
}

export interface ActivityRecord {
  id: string;
  pal: string;
  kind: 'group-visit' | 'webinar' | 'post' | 'conference';
  title: string;
  date: string;
  url: string | null;
  area: string | null;
  group: string | null;
  specialties: string[];
  reached: string[];
}

export interface AnnouncementRecord {
  id: string;
  author: string;
  title: string;
  body: string;
  postedAt: string;
  audienceKind: 'everyone' | 'area' | 'tier' | 'specialty';
  audienceValue: string | null;
  audienceLabel: string;
}

export interface ThemeRecord {
  id: string;
  curator: string;
  title: string;
  summary: string;
  status: 'collected' | 'raised' | 'answered' | 'acted' | 'declined';
  createdAt: string;
  raisedAt: string | null;
  raisedWhere: string | null;
  vendorAnswer: string | null;
  answeredAt: string | null;
  outcomeAt: string | null;
  outcomeNote: string | null;
  voices: string[];
}

export interface FeedbackRecord {
  id: string;
  partner: string;
  pal: string | null;
  specialty: string | null;
  programme: string | null;
  text: string;
  sentiment: 'positive' | 'negative' | 'suggestion';
  createdAt: string;
  theme: string | null;
}

export interface CommunityLife {
  meetings: MeetingRecord[];
  activities: ActivityRecord[];
  announcements: AnnouncementRecord[];
  themes: ThemeRecord[];
  feedback: FeedbackRecord[];
}
