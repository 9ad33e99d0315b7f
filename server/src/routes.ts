import { auditRepository, type AuditRepository } from './audit/repository';
import { auditRoutes } from './audit/routes';
import { authRepository } from './auth/repository';
import { authRoutes } from './auth/routes';
import { authService, defaultAuthSettings, type AuthService, type AuthSettings } from './auth/service';
import { catalogRepository } from './catalog/repository';
import { catalogRoutes } from './catalog/routes';
import type { Database } from './db/neo4j';
import { graphRepository } from './graph/repository';
import { graphRoutes } from './graph/routes';
import { graphService } from './graph/service';
import { healthRoutes } from './health/routes';
import type { RouteDefinition } from './http/route';
import { introductionRepository } from './introductions/repository';
import { introductionRoutes } from './introductions/routes';
import { introductionService } from './introductions/service';
import { createOutcomeCache } from './matches/outcome-cache';
import { matchRepository } from './matches/repository';
import { matchRoutes } from './matches/routes';
import { matchService } from './matches/service';
import { partnerRepository } from './partners/repository';
import { queryRepository } from './queries/repository';
import { queryRoutes } from './queries/routes';
import { queryService } from './queries/service';
import { partnerRoutes } from './partners/routes';
import { partnerService } from './partners/service';
import { relationshipRoutes } from './relationships/routes';
import { tieRepository } from './relationships/repository';
import { tieService } from './relationships/service';
import { referenceRepository } from './references/repository';
import { referenceService } from './references/service';
import { userRoutes } from './users/routes';
import { transferRepository } from './transfer/repository';
import { transferRoutes } from './transfer/routes';
import { transferService } from './transfer/service';
import { announcementRepository } from './announcements/repository';
import { announcementRoutes } from './announcements/routes';
import { announcementService } from './announcements/service';
import { communityRepository } from './community/repository';
import { communityRoutes } from './community/routes';
import { communityService } from './community/service';
import { feedbackRepository } from './feedback/repository';
import { feedbackRoutes } from './feedback/routes';
import { feedbackService } from './feedback/service';
import { networkHealthRepository } from './network-health/repository';
import { networkHealthRoutes } from './network-health/routes';
import { defaultHealthServiceOptions, networkHealthService, type HealthServiceOptions } from './network-health/service';

export interface Api {
  routes: RouteDefinition[];
  auth: AuthService;
  audit: AuditRepository;
  /** Told of every successful write: one that changes the network makes the health report stale. */
  afterWrite(route: RouteDefinition): void;
}

export interface ApiOptions {
  auth?: Partial<AuthSettings>;
  health?: Partial<HealthServiceOptions>;
  /** Where people reach the app, for links in calendars. */
  publicUrl?: string;
  /** `useMeetings: false` leaves meetings out of matching (the evaluation compares both). */
  matches?: { useMeetings?: boolean };
}

/** Writes under these tags (sign-in, accounts, the report itself) leave the network as it was. */
const NOT_NETWORK_TAGS = new Set(['Accounts', 'Users', 'Network health']);

/** Wires each feature's repository → service → routes, and lists every route the API serves. */
export function buildApi(db: Database, version: string, options: ApiOptions = {}): Api {
  const references = referenceService(referenceRepository(db));
  const auth = authService(authRepository(db), references, { ...defaultAuthSettings, ...options.auth });
  const health = networkHealthService(networkHealthRepository(db), { ...defaultHealthServiceOptions, ...options.health });
  const audit = auditRepository(db);
  const outcomes = createOutcomeCache();
  const catalog = catalogRepository(db);
  const introductions = introductionService(introductionRepository(db), references, outcomes.invalidate);
  const graph = graphRepository(db);
  const matches = matchService(matchRepository(db, options.matches), references, outcomes, catalog, introductions, graph);
  const routes = [
    ...healthRoutes(db, version),
    ...authRoutes(auth),
    ...userRoutes(auth),
    ...auditRoutes(audit),
    ...partnerRoutes(partnerService(partnerRepository(db), references), references),
    ...catalogRoutes(catalog),
    ...relationshipRoutes(tieService(tieRepository(db), references)),
    ...introductionRoutes(introductions),
    ...matchRoutes(matches),
    ...graphRoutes(graphService(graph, references)),
    ...queryRoutes(queryService(queryRepository(db), references)),
    ...announcementRoutes(announcementService(announcementRepository(db), references, catalog)),
    ...feedbackRoutes(feedbackService(feedbackRepository(db), references)),
    ...communityRoutes(communityService(communityRepository(db), references, catalog), () => options.publicUrl ?? 'http://127.0.0.1:3000'),
    ...networkHealthRoutes(health),
    ...transferRoutes(transferService(transferRepository(db), catalog)),
  ];
  return {
    routes,
    auth,
    audit,
    afterWrite: (route) => {
      if (!NOT_NETWORK_TAGS.has(route.tag)) health.markStale();
    },
  };
}
