import { auditRepository, securityEvent, type AuditRepository } from './audit/repository';
import { auditRoutes } from './audit/routes';
import { authRepository } from './auth/repository';
import { authRoutes } from './auth/routes';
import { authService, defaultAuthSettings, type AuthService, type AuthSettings } from './auth/service';
import { catalogRepository } from './catalog/repository';
import { catalogService } from './catalog/service';
import { catalogRoutes } from './catalog/routes';
import type { Database } from './db/neo4j';
import { graphRepository } from './graph/repository';
import { graphRoutes } from './graph/routes';
import { graphService } from './graph/service';
import { statusRoutes } from './status/routes';
import { idempotencyRepository } from './idempotency/repository';
import { idempotencyService, type IdempotencyService } from './idempotency/service';
import { statusRepository } from './status/repository';
import { statusService } from './status/service';
import { changesTheNetwork, type RouteDefinition } from './http/route';
import { introductionRepository } from './introductions/repository';
import { introductionRoutes } from './introductions/routes';
import { defaultIntroductionTimings, introductionService, type IntroductionService, type IntroductionTimings } from './introductions/service';
import { mailRepository } from './mail/repository';
import { notificationRepository } from './notifications/repository';
import { notificationRoutes } from './notifications/routes';
import { notificationService, type NotificationService } from './notifications/service';
import { createOutcomeCache } from './matches/outcome-cache';
import { matchRepository } from './matches/repository';
import { matchRoutes } from './matches/routes';
import { matchService } from './matches/service';
import { partnerRepository } from './partners/repository';
import { questionRepository } from './questions/repository';
import { questionRoutes } from './questions/routes';
import { questionService } from './questions/service';
import { partnerRoutes } from './partners/routes';
import { partnerService } from './partners/service';
import { tieRoutes } from './ties/routes';
import { tieRepository } from './ties/repository';
import { tieService } from './ties/service';
import { userRoutes } from './users/routes';
import { importExportRepository } from './import-export/repository';
import { importExportRoutes } from './import-export/routes';
import { importExportService } from './import-export/service';
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
import { defaultHealthServiceOptions, networkHealthService, type HealthServiceOptions, type NetworkHealthService } from './network-health/service';

export interface Api {
  routes: RouteDefinition[];
  notifications: NotificationService;
  introductions: IntroductionService;
  auth: AuthService;
  audit: AuditRepository;
  /** Told of every successful write: one that changes the network makes the health report stale. */
  afterWrite(route: RouteDefinition): void;
  health: NetworkHealthService;
  idempotency: IdempotencyService;
  unitOfWork<T>(work: () => Promise<T>): Promise<T>;
}

export interface ApiOptions {
  auth?: Partial<AuthSettings>;
  health?: Partial<HealthServiceOptions>;
  /** Where people reach the app, for links in calendars. */
  publicUrl?: string;
  /** `useMeetings: false` leaves meetings out of matching (the evaluation compares both). */
  matches?: { useMeetings?: boolean };
  notifications?: { digestHour?: number; mailQueued?: () => void; mailDelivery?: 'smtp' | 'folder' };
  introductions?: Partial<IntroductionTimings>;
}

/** Wires each feature's repository → service → routes, and lists every route the API serves. */
export function buildApi(db: Database, version: string, options: ApiOptions = {}): Api {
  const catalog = catalogService(catalogRepository(db));
  const audit = auditRepository(db);
  const mail = mailRepository(db);
  const notifications = notificationService(notificationRepository(db), mail, {
    publicUrl: options.publicUrl ?? 'http://127.0.0.1:3000',
    digestHour: options.notifications?.digestHour ?? 8,
    ...(options.notifications?.mailQueued ? { mailQueued: options.notifications.mailQueued } : {}),
  });
  const notify = notifications.notify;
  const auth = authService(
    authRepository(db),
    catalog,
    { ...defaultAuthSettings, ...options.auth },
    (event) => {
      // Admins read the attack in the audit log; the account's owner is told.
      void audit
        .record(securityEvent('sign_in_throttled', { userId: event.userId, email: event.email }, { address: event.address, failures: event.failures }))
        .catch(() => undefined);
      void notify({
        kind: 'sign_in_throttled',
        audience: { users: [event.userId] },
        title: 'Failed sign-ins to your account',
        body: `There were ${event.failures} failed attempts to sign in to your account, so sign-in is slowed down for a while. If it was not you, change your password on your Account page.`,
        link: '/account',
      }).catch(() => undefined);
    },
    { queue: notifications.queue, publicUrl: notifications.settings.publicUrl },
  );
  const health = networkHealthService(networkHealthRepository(db), { ...defaultHealthServiceOptions, ...options.health });
  const outcomes = createOutcomeCache();
  const introductions = introductionService(
    introductionRepository(db),
    catalog,
    outcomes.invalidate,
    { notify, queue: notifications.queue, publicUrl: notifications.settings.publicUrl },
    { ...defaultIntroductionTimings, ...options.introductions },
  );
  const graph = graphRepository(db);
  const matches = matchService(matchRepository(db, options.matches), catalog, outcomes, introductions, graph);
  const community = communityService(communityRepository(db), catalog, notify);
  const routes = [
    ...statusRoutes(statusService(statusRepository(db), version)),
    ...authRoutes(auth),
    ...userRoutes(auth),
    ...auditRoutes(audit),
    ...partnerRoutes(partnerService(partnerRepository(db), catalog), catalog),
    ...catalogRoutes(catalog),
    ...tieRoutes(tieService(tieRepository(db), catalog)),
    ...introductionRoutes(introductions),
    ...matchRoutes(matches),
    ...graphRoutes(graphService(graph, catalog)),
    ...questionRoutes(questionService(questionRepository(db), catalog, notify)),
    ...announcementRoutes(announcementService(announcementRepository(db), catalog, notify)),
    ...feedbackRoutes(feedbackService(feedbackRepository(db), catalog, notify)),
    ...communityRoutes(community, () => options.publicUrl ?? 'http://127.0.0.1:3000'),
    ...networkHealthRoutes(health),
    ...importExportRoutes(importExportService(importExportRepository(db), catalog)),
    ...notificationRoutes(notifications, mail, () => options.notifications?.mailDelivery ?? 'folder'),
  ];
  return {
    routes,
    notifications,
    introductions,
    auth,
    audit,
    health,
    idempotency: idempotencyService(idempotencyRepository(db)),
    unitOfWork: (work) => db.inUnitOfWork(work),
    afterWrite: (route) => {
      if (changesTheNetwork(route)) health.markStale();
    },
  };
}
