import { generate } from 'otplib';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiSuite } from '../../../test/support/api-suite';
import type { ApiClient, TestResponse } from '../../../test/support/http';
import { buildApi } from '../routes';

/**
 * The role × endpoint matrix: every route the API serves, called by an anonymous visitor, a partner,
 * a PAL and an admin, with the answer each must get — 401, 403, or success ('ok'); public routes
 * answer neither 401 nor 403 ('open'). The rows are checked against the route list, so a route
 * added without a row here fails the suite.
 *
 * The network: area A led by `pal`, with partners `me` (the partner account) and `other`; area B led
 * by `pal2`, with `far`. Requests target what is NOT the partner's own, so a partner's 403s here
 * are boundaries (their own things are tried in boundaries.int.test.ts).
 */
type Role = 'anonymous' | 'partner' | 'pal' | 'admin';
type Expected = 401 | 403 | 'ok' | 'open';
const roles: Role[] = ['anonymous', 'partner', 'pal', 'admin'];

interface Call {
  path: string;
  body?: unknown;
  /** Make the call with a session of its own (sign-out and password change end the one they use). */
  throwaway?: boolean;
}
interface Row {
  call: (role: Role) => Call | Promise<Call>;
  expect: [anonymous: Expected, partner: Expected, pal: Expected, admin: Expected];
}

const { db, fx, signIn, anonymous } = apiSuite();
const id = fx.id;
let counter = 0;
const unique = (label: string) => `${label}-${++counter}`;

const accounts: Partial<Record<Role, { email: string; password: string }>> = {};
const sessions: Partial<Record<Role, ApiClient>> = {};
const partnerOf: Record<Role, string | null> = { anonymous: null, partner: null, pal: null, admin: null };
const admin = () => sessions.admin!;

/** An object of each kind per role, so that one role's success does not change another's call. */
async function introductionFor(role: Role, status: 'proposed' | 'made' = 'proposed') {
  const from = await fx.partner(unique(`intro-from-${role}`), { area: id('area-a') });
  return fx.introduction(unique(`intro-${role}`), { introducer: id('pal'), from, to: id('far'), status });
}
/** A message in the outbox (written directly: which event queues one is the notifications tests' business). */
async function queuedMail() {
  const mailId = id(unique('mail'));
  await db.write(
    "CREATE (:Mail {id: $id, userId: $user, to: [$to], cc: [], subject: 'Hello', text: 'Hello', html: '<p>Hello</p>', kind: 'announcement', status: 'queued', attempts: 0, createdAt: datetime(), nextAttemptAt: datetime() + duration('P365D')})",
    { id: mailId, user: id('u-partner'), to: `${id('mail')}@example.com` },
  );
  return mailId;
}
async function queryFor(role: Role) {
  const { body } = await admin().post('/api/questions', { partner: id('other'), specialty: id('unclaimed'), text: `A question for ${role}` });
  return body.id as string;
}

const rows: Record<string, Row> = {
  'GET /status': { call: () => ({ path: '/api/status' }), expect: ['open', 'open', 'open', 'open'] },
  'GET /status/ready': { call: () => ({ path: '/api/status/ready' }), expect: ['open', 'open', 'open', 'open'] },
  'GET /status/live': { call: () => ({ path: '/api/status/live' }), expect: ['open', 'open', 'open', 'open'] },
  'POST /auth/login': {
    call: () => ({ path: '/api/auth/login', body: { email: accounts.partner!.email, password: accounts.partner!.password }, throwaway: true }),
    expect: ['open', 'open', 'open', 'open'],
  },
  'POST /auth/logout': { call: () => ({ path: '/api/auth/logout', body: undefined, throwaway: true }), expect: [401, 'ok', 'ok', 'ok'] },
  'GET /auth/me': { call: () => ({ path: '/api/auth/me' }), expect: [401, 'ok', 'ok', 'ok'] },
  'POST /auth/password': {
    call: async (role) => ({
      path: '/api/auth/password',
      body: { currentPassword: (await throwawayAccount(role)).password, newPassword: 'a brand new passphrase' },
      throwaway: true,
    }),
    expect: [401, 'ok', 'ok', 'ok'],
  },
  'POST /auth/mfa/setup': { call: () => ({ path: '/api/auth/mfa/setup', body: undefined, throwaway: true }), expect: [401, 'ok', 'ok', 'ok'] },
  'POST /auth/mfa/confirm': {
    call: async (role) => {
      if (role === 'anonymous') return { path: '/api/auth/mfa/confirm', body: { code: '123456' } };
      // A setup begun in another session of the same account: the pending secret is the user's.
      const starter = await signIn(await throwawayAccount(role));
      const { secret } = (await starter.post('/api/auth/mfa/setup', undefined)).body;
      return { path: '/api/auth/mfa/confirm', body: { code: await generate({ secret }) }, throwaway: true };
    },
    expect: [401, 'ok', 'ok', 'ok'],
  },
  'POST /auth/mfa/disable': {
    call: async (role) => ({ path: '/api/auth/mfa/disable', body: { password: (await throwawayAccount(role)).password }, throwaway: true }),
    expect: [401, 'ok', 'ok', 'ok'],
  },
  'POST /auth/invitations/accept': {
    call: () => ({ path: '/api/auth/invitations/accept', body: { token: 'x'.repeat(43), password: 'a brand new passphrase' } }),
    expect: ['open', 'open', 'open', 'open'],
  },
  'GET /users': { call: () => ({ path: '/api/users' }), expect: [401, 403, 403, 'ok'] },
  'POST /users': {
    call: (role) => ({ path: '/api/users', body: { email: `${id(unique(role))}@accounts.example`, role: 'partner', partner: id('other') } }),
    expect: [401, 403, 403, 'ok'],
  },
  'GET /users/:id': { call: () => ({ path: `/api/users/${id('u-partner')}` }), expect: [401, 403, 403, 'ok'] },
  'DELETE /users/:id/invitation': {
    call: async (role) => ({ path: `/api/users/${(await invitedAccount(role)).id}/invitation` }),
    expect: [401, 403, 403, 'ok'],
  },
  'PATCH /users/:id': {
    call: async (role) => ({ path: `/api/users/${(await throwawayAccount(role)).id}`, body: { disabled: true } }),
    expect: [401, 403, 403, 'ok'],
  },
  'GET /audit': { call: () => ({ path: '/api/audit' }), expect: [401, 403, 403, 'ok'] },
  'GET /partners': { call: () => ({ path: '/api/partners?limit=5' }), expect: [401, 'ok', 'ok', 'ok'] },
  'POST /partners': {
    call: (role) => ({
      path: '/api/partners',
      body: { id: id(unique(`new-${role}`)), name: 'New Partner', company: 'New Co', city: 'Testford', area: id('area-a') },
    }),
    expect: [401, 403, 403, 'ok'],
  },
  'GET /partners/:id': { call: () => ({ path: `/api/partners/${id('other')}` }), expect: [401, 'ok', 'ok', 'ok'] },
  'PATCH /partners/:id': { call: () => ({ path: `/api/partners/${id('other')}`, body: { company: 'Renamed Co' } }), expect: [401, 403, 'ok', 'ok'] },
  'DELETE /partners/:id': {
    call: async (role) => ({ path: `/api/partners/${await fx.partner(unique(`doomed-${role}`), { area: id('area-a') })}` }),
    expect: [401, 403, 403, 'ok'],
  },
  'GET /specialties': { call: () => ({ path: '/api/specialties' }), expect: [401, 'ok', 'ok', 'ok'] },
  'GET /areas': { call: () => ({ path: '/api/areas' }), expect: [401, 'ok', 'ok', 'ok'] },
  'GET /pals': { call: () => ({ path: '/api/pals' }), expect: [401, 'ok', 'ok', 'ok'] },
  'POST /ties': {
    call: async (role) => ({
      path: '/api/ties',
      body: { from: id('other'), to: await fx.partner(unique(`tie-${role}`), { area: id('area-a') }), strength: 2 },
    }),
    expect: [401, 403, 'ok', 'ok'],
  },
  'DELETE /ties': {
    call: async (role) => {
      const end = await fx.partner(unique(`untie-${role}`), { area: id('area-a') });
      await fx.ties([[id('other'), end]]);
      return { path: `/api/ties?from=${id('other')}&to=${end}` };
    },
    expect: [401, 403, 'ok', 'ok'],
  },
  'POST /tie-requests': {
    call: async (role) => ({
      path: '/api/tie-requests',
      body: { ...(role === 'admin' ? { from: id('other') } : {}), to: await fx.partner(unique(`asked-${role}`), { area: id('area-a') }) },
    }),
    expect: [401, 'ok', 'ok', 'ok'],
  },
  'GET /partners/:id/tie-requests': { call: () => ({ path: `/api/partners/${id('me')}/tie-requests` }), expect: [401, 'ok', 403, 'ok'] },
  'PATCH /tie-requests/:id': {
    call: async (role) => ({ path: `/api/tie-requests/${await tieRequestToMe(role)}`, body: { answer: 'accepted' } }),
    expect: [401, 'ok', 403, 'ok'],
  },
  'POST /introductions': {
    call: async (role) => ({
      path: '/api/introductions',
      body: { introducer: id('pal'), from: await fx.partner(unique(`introduced-${role}`), { area: id('area-a') }), to: id('far'), reason: 'Both do Azure' },
    }),
    expect: [401, 403, 'ok', 'ok'],
  },
  'GET /introductions': { call: () => ({ path: '/api/introductions' }), expect: [401, 403, 'ok', 'ok'] },
  'GET /introductions/:id': { call: async (role) => ({ path: `/api/introductions/${await introductionFor(role)}` }), expect: [401, 403, 'ok', 'ok'] },
  'PATCH /introductions/:id': {
    call: async (role) => ({ path: `/api/introductions/${await introductionFor(role)}`, body: { status: 'made', by: id('pal') } }),
    expect: [401, 403, 'ok', 'ok'],
  },
  'POST /introductions/:id/answer': {
    // The sides answer, each for itself; an admin records a side's answer. Here no role but the admin is a side.
    call: async (role) => ({ path: `/api/introductions/${await introductionFor(role, 'made')}/answer`, body: { answer: 'yes', by: id('far') } }),
    expect: [401, 403, 403, 'ok'],
  },
  'POST /introductions/:id/reminders': {
    call: async (role) => ({ path: `/api/introductions/${await introductionFor(role, 'made')}/reminders`, body: undefined }),
    expect: [401, 403, 'ok', 'ok'],
  },
  'GET /pals/:id/introductions/pipeline': { call: () => ({ path: `/api/pals/${id('pal')}/introductions/pipeline` }), expect: [401, 403, 'ok', 'ok'] },
  'GET /notifications': { call: () => ({ path: '/api/notifications' }), expect: [401, 'ok', 'ok', 'ok'] },
  'GET /notifications/unread': { call: () => ({ path: '/api/notifications/unread' }), expect: [401, 'ok', 'ok', 'ok'] },
  'POST /notifications/read': { call: () => ({ path: '/api/notifications/read', body: {} }), expect: [401, 'ok', 'ok', 'ok'] },
  'GET /account/notifications': { call: () => ({ path: '/api/account/notifications' }), expect: [401, 'ok', 'ok', 'ok'] },
  'PATCH /account/notifications': {
    call: () => ({ path: '/api/account/notifications', body: { timeZone: 'Europe/London' } }),
    expect: [401, 'ok', 'ok', 'ok'],
  },
  // A token is the authority; this one is not ours, so everyone gets the same 404.
  'GET /unsubscribe': { call: () => ({ path: '/api/unsubscribe?token=u-nobody.announcement.not-a-signature' }), expect: ['open', 'open', 'open', 'open'] },
  'POST /unsubscribe': {
    call: () => ({ path: '/api/unsubscribe?token=u-nobody.announcement.not-a-signature', body: undefined }),
    expect: ['open', 'open', 'open', 'open'],
  },
  'GET /admin/outbox': { call: () => ({ path: '/api/admin/outbox' }), expect: [401, 403, 403, 'ok'] },
  'GET /admin/outbox/:id': { call: async () => ({ path: `/api/admin/outbox/${await queuedMail()}` }), expect: [401, 403, 403, 'ok'] },
  'GET /partners/:id/matches': { call: () => ({ path: `/api/partners/${id('other')}/matches` }), expect: [401, 403, 'ok', 'ok'] },
  'POST /partners/:id/introduction-requests': {
    call: async (role) => ({
      path: `/api/partners/${id('other')}/introduction-requests`,
      body: { to: await fx.partner(unique(`wanted-${role}`), { area: id('area-b') }) },
    }),
    expect: [401, 403, 403, 'ok'],
  },
  'GET /pals/:id/suggested-introductions': { call: () => ({ path: `/api/pals/${id('pal')}/suggested-introductions` }), expect: [401, 403, 'ok', 'ok'] },
  'GET /graph/neighborhood/:id': { call: () => ({ path: `/api/graph/neighborhood/${id('other')}` }), expect: [401, 403, 'ok', 'ok'] },
  'GET /graph/path': { call: () => ({ path: `/api/graph/path?from=${id('other')}&to=${id('far')}` }), expect: [401, 403, 'ok', 'ok'] },
  'POST /questions': {
    call: (role) => ({
      path: '/api/questions',
      body: { ...(role === 'admin' ? { partner: id('other') } : {}), specialty: id('azure'), text: 'Who knows Azure landing zones?' },
    }),
    expect: [401, 'ok', 'ok', 'ok'],
  },
  'GET /questions/:id': { call: async (role) => ({ path: `/api/questions/${await queryFor(role)}` }), expect: [401, 403, 'ok', 'ok'] },
  'POST /questions/:id/forward': {
    call: async (role) => ({ path: `/api/questions/${await queryFor(role)}/forward`, body: { by: id('pal'), to: id('pal2') } }),
    expect: [401, 403, 'ok', 'ok'],
  },
  'POST /questions/:id/answer': {
    call: async (role) => ({ path: `/api/questions/${await queryFor(role)}/answer`, body: { by: id('pal'), answer: 'Talk to pal2.' } }),
    expect: [401, 403, 'ok', 'ok'],
  },
  'GET /partners/:id/questions': { call: () => ({ path: `/api/partners/${id('other')}/questions` }), expect: [401, 403, 'ok', 'ok'] },
  'POST /feedback': {
    call: () => ({ path: '/api/feedback', body: { partner: id('other'), programme: 'portal', text: 'Slow', sentiment: 'negative' } }),
    expect: [401, 403, 403, 'ok'],
  },
  'GET /feedback': { call: () => ({ path: '/api/feedback' }), expect: [401, 'ok', 'ok', 'ok'] },
  'GET /feedback-themes': { call: () => ({ path: '/api/feedback-themes' }), expect: [401, 'ok', 'ok', 'ok'] },
  'POST /feedback-themes': {
    call: async () => ({ path: '/api/feedback-themes', body: { title: 'Slow portal', feedback: [await feedbackFor()] } }),
    expect: [401, 403, 'ok', 'ok'],
  },
  'GET /feedback-themes/:id': { call: async () => ({ path: `/api/feedback-themes/${await themeFor()}` }), expect: [401, 'ok', 'ok', 'ok'] },
  'POST /feedback-themes/:id/feedback': {
    call: async () => ({ path: `/api/feedback-themes/${await themeFor()}/feedback`, body: { feedback: [await feedbackFor()] } }),
    expect: [401, 403, 'ok', 'ok'],
  },
  'POST /feedback-themes/:id/voices': {
    call: async (role) => ({ path: `/api/feedback-themes/${await themeFor()}/voices`, body: role === 'admin' ? { partner: id('far') } : {} }),
    expect: [401, 'ok', 'ok', 'ok'],
  },
  'PATCH /feedback-themes/:id': {
    call: async (role) => ({
      path: `/api/feedback-themes/${await themeFor(role === 'pal' ? sessions.pal! : admin())}`,
      body: { status: 'raised', raisedWhere: 'Quarterly call' },
    }),
    expect: [401, 403, 'ok', 'ok'],
  },
  'GET /groups': { call: () => ({ path: '/api/groups' }), expect: [401, 'ok', 'ok', 'ok'] },
  'GET /groups/:id': { call: () => ({ path: `/api/groups/${id('group')}` }), expect: [401, 'ok', 'ok', 'ok'] },
  'POST /groups/:id/meetings': {
    call: () => ({ path: `/api/groups/${id('group')}/meetings`, body: { title: 'Meet-up', startsAt: '2030-02-01T18:00:00Z', place: 'Library' } }),
    expect: [401, 403, 'ok', 'ok'],
  },
  'GET /groups/:id/calendar.ics': { call: () => ({ path: `/api/groups/${id('group')}/calendar.ics` }), expect: [401, 'ok', 'ok', 'ok'] },
  'GET /areas/:id/calendar.ics': { call: () => ({ path: `/api/areas/${id('area-a')}/calendar.ics` }), expect: [401, 'ok', 'ok', 'ok'] },
  'GET /meetings/:id': { call: async () => ({ path: `/api/meetings/${await meetingFor()}` }), expect: [401, 'ok', 'ok', 'ok'] },
  'POST /meetings/:id/registrations': {
    call: async (role) => ({ path: `/api/meetings/${await meetingFor()}/registrations`, body: role === 'admin' ? { partner: id('other') } : {} }),
    expect: [401, 'ok', 'ok', 'ok'],
  },
  'DELETE /meetings/:id/registrations/:partner': {
    call: async () => ({ path: `/api/meetings/${await meetingFor()}/registrations/${id('other')}` }),
    expect: [401, 403, 'ok', 'ok'],
  },
  'GET /partners/:id/meetings': { call: () => ({ path: `/api/partners/${id('other')}/meetings` }), expect: [401, 403, 'ok', 'ok'] },
  'POST /meetings/:id/attendance': {
    call: async () => ({ path: `/api/meetings/${await meetingFor()}/attendance`, body: { partners: [id('other')] } }),
    expect: [401, 403, 'ok', 'ok'],
  },
  'POST /activities': {
    call: () => ({ path: '/api/activities', body: { pal: id('pal'), kind: 'post', title: 'Tips', date: '2030-01-01' } }),
    expect: [401, 403, 'ok', 'ok'],
  },
  'GET /pals/:id/activities': { call: () => ({ path: `/api/pals/${id('pal')}/activities` }), expect: [401, 'ok', 'ok', 'ok'] },
  'GET /areas/:id/happenings': { call: () => ({ path: `/api/areas/${id('area-a')}/happenings` }), expect: [401, 'ok', 'ok', 'ok'] },
  'POST /announcements': {
    call: () => ({ path: '/api/announcements', body: { title: 'News', body: 'From the vendor', audience: { kind: 'everyone' } } }),
    expect: [401, 403, 'ok', 'ok'],
  },
  'GET /announcements': { call: () => ({ path: '/api/announcements' }), expect: [401, 'ok', 'ok', 'ok'] },
  'POST /announcements/:id/read': {
    call: async (role) => ({
      path: `/api/announcements/${(await admin().post('/api/announcements', { title: 'News', body: 'x', audience: { kind: 'everyone' } })).body.id}/read`,
      body: role === 'admin' ? { partner: id('other') } : {},
    }),
    expect: [401, 'ok', 'ok', 'ok'],
  },
  'POST /admin/import/partners': {
    call: (role) => ({
      path: '/api/admin/import/partners',
      body: { csv: `id,name,company,city,area\n${id(unique(`csv-${role}`))},Csv Partner,Csv Co,Leeds,${id('area-a')}` },
    }),
    expect: [401, 403, 403, 'ok'],
  },
  'POST /admin/import/ties': {
    call: () => ({ path: '/api/admin/import/ties', body: { csv: `from,to\n${id('other')},${id('far')}` } }),
    expect: [401, 403, 403, 'ok'],
  },
  'POST /admin/import/attendance': {
    call: async () => ({ path: '/api/admin/import/attendance', body: { csv: `meeting,partner\n${await meetingFor()},${id('other')}` } }),
    expect: [401, 403, 403, 'ok'],
  },
  'GET /admin/export': { call: () => ({ path: '/api/admin/export' }), expect: [401, 403, 403, 'ok'] },
  // The shared test database is never empty: the admin's import is refused (409), not forbidden.
  'POST /admin/import/graph': {
    call: () => ({
      path: '/api/admin/import/graph',
      body: { format: 'partner-graph-export/1', exportedAt: '2026-01-01T00:00:00Z', nodes: [], relationships: [] },
    }),
    expect: [401, 403, 403, 'open'],
  },
  'GET /admin/health': { call: () => ({ path: '/api/admin/health' }), expect: [401, 403, 403, 'ok'] },
  'POST /admin/health/refresh': { call: () => ({ path: '/api/admin/health/refresh' }), expect: [401, 403, 403, 'ok'] },
  'GET /pals/:id/questions': { call: () => ({ path: `/api/pals/${id('pal2')}/questions` }), expect: [401, 403, 403, 'ok'] },
};

/** A tie request to the partner `me`, from a new partner, for `role` to answer. */
async function tieRequestToMe(role: Role) {
  const asking = await fx.partner(unique(`asking-${role}`), { area: id('area-a') });
  return (await admin().post('/api/tie-requests', { from: asking, to: id('me') })).body.id as string;
}

async function meetingFor() {
  return (await admin().post(`/api/groups/${id('group')}/meetings`, { title: 'Meet-up', startsAt: '2030-02-01T18:00:00Z', place: 'Library' })).body
    .id as string;
}

/** Feedback from `other`, given to `pal`, for the theme rows. */
async function feedbackFor() {
  return (await admin().post('/api/feedback', { partner: id('other'), programme: 'portal', text: 'Slow', sentiment: 'negative' })).body.id as string;
}
/** A theme merged by the admin, or by the PAL (only its curator, or an admin, may move it). */
async function themeFor(by: ApiClient = admin()) {
  return (await by.post('/api/feedback-themes', { title: 'Slow portal', feedback: [await feedbackFor()] })).body.id as string;
}

/** A second account of the role (same partner), for calls that end or change the one they use. */
/** An account invited by the admin and not yet accepted, one per role that tries to revoke it. */
async function invitedAccount(role: Role): Promise<{ id: string }> {
  const { body } = await admin().post('/api/users', { email: `${id(unique(`invited-${role}`))}@accounts.example`, role: 'partner', partner: id('other') });
  return body.user;
}

async function throwawayAccount(role: Role) {
  const account = await fx.user(unique(`throwaway-${role}`), role === 'anonymous' ? 'partner' : role, partnerOf[role] ?? (role === 'admin' ? null : id('me')));
  throwaways.set(role, account);
  return account;
}
const throwaways = new Map<Role, { email: string; password: string }>();

async function clientFor(role: Role, call: Call): Promise<ApiClient> {
  if (role === 'anonymous') return anonymous();
  if (!call.throwaway) return sessions[role]!;
  const account = throwaways.get(role) ?? (await throwawayAccount(role));
  throwaways.delete(role);
  return signIn(account);
}

beforeAll(async () => {
  const areaA = await fx.area('area-a');
  const areaB = await fx.area('area-b');
  await fx.specialty('azure');
  await fx.specialty('unclaimed');
  await fx.partner('pal', { area: areaA });
  await fx.pal(id('pal'), areaA);
  await fx.partner('pal2', { area: areaB });
  await fx.pal(id('pal2'), areaB, [id('azure')]);
  await fx.partner('me', { area: areaA });
  await fx.partner('other', { area: areaA });
  await fx.partner('far', { area: areaB });
  await fx.ties([
    [id('me'), id('pal')],
    [id('other'), id('pal')],
    [id('pal'), id('pal2')],
    [id('pal2'), id('far')],
  ]);
  await fx.group('group', areaA, id('other'), [id('me'), id('other')]);
  // What the partner account (me) must never read in any answer: an introduction between others
  // (its reason and note), the PAL's private note on one of mine, others' contact details.
  await fx.introduction('others-intro', {
    introducer: id('pal'),
    from: id('other'),
    to: id('far'),
    status: 'made',
    reason: `${SECRET} reason`,
    privateNote: `${SECRET} note`,
  });
  await fx.introduction('my-intro', { introducer: id('pal'), from: id('other'), to: id('me'), status: 'made', privateNote: `${SECRET} private` });
  partnerOf.partner = id('me');
  partnerOf.pal = id('pal');
  accounts.partner = await fx.user('partner', 'partner', id('me'));
  accounts.pal = await fx.user('pal', 'pal', id('pal'));
  accounts.admin = await fx.user('admin', 'admin');
  for (const role of ['partner', 'pal', 'admin'] as const) sessions[role] = await signIn(accounts[role]!);
});

/** Marks what a partner must not read; other partners' emails are the fixture's `<id>@example.com`. */
const SECRET = `never-for-partners-${Date.now()}`;
const partnerMustNotRead = () => [SECRET, `${id('other')}@example.com`, `${id('far')}@example.com`, `${id('pal')}@example.com`];

const routes = buildApi(db, 'matrix').routes;
const keyOf = (route: { method: string; path: string }) => `${route.method.toUpperCase()} ${route.path}`;

describe('the role × endpoint matrix', () => {
  it('has a row for every route the API serves, and no row for a route that does not exist', () => {
    expect(Object.keys(rows).sort()).toEqual(routes.map(keyOf).sort());
  });

  describe.each(routes.map(keyOf))('%s', (key) => {
    const row = rows[key];
    const method = key.split(' ')[0]!;
    it.each(roles.map((role, index) => [role, row?.expect[index]] as const))('as %s → %s', async (role, expected) => {
      expect(row, `no matrix row for ${key}: add one`).toBeDefined();
      const call = await row!.call(role);
      const client = await clientFor(role, call);
      const response: TestResponse = await client.request(method, call.path, call.body ?? (method === 'GET' || method === 'DELETE' ? undefined : {}));
      const described = `${role} ${key} answered ${response.status} ${JSON.stringify(response.body)?.slice(0, 200)}`;
      if (expected === 'ok') expect(response.status, described).toBeGreaterThanOrEqual(200);
      if (expected === 'ok') expect(response.status, described).toBeLessThan(300);
      if (expected === 'open') expect([401, 403], described).not.toContain(response.status);
      if (expected === 'open') expect(response.status, described).toBeLessThan(500);
      if (expected === 401 || expected === 403) {
        expect(response.status, described).toBe(expected);
        expect(response.body.error.code).toBe(expected === 401 ? 'unauthenticated' : 'forbidden');
      }
    });
  });
});

describe('embedded data a partner gets', () => {
  // Every read a partner may make about themselves and what surrounds them, where others' data could
  // ride along embedded: none of it may carry an introduction between others, a PAL's private note
  // or another partner's contact details.
  const partnerReads = () => [
    `/api/partners/${id('me')}`,
    `/api/partners/${id('other')}`,
    `/api/partners/${id('pal')}`,
    `/api/partners?limit=50`,
    `/api/introductions?partner=${id('me')}`,
    `/api/introductions/${id('my-intro')}`,
    `/api/graph/neighborhood/${id('me')}?depth=2&introductions=true&community=true&specialties=true`,
    `/api/graph/path?from=${id('me')}&to=${id('far')}`,
    `/api/partners/${id('me')}/matches`,
    `/api/partners/${id('me')}/questions`,
    `/api/partners/${id('me')}/tie-requests`,
    `/api/pals`,
    `/api/areas`,
    `/api/groups`,
    `/api/groups/${id('group')}`,
    `/api/announcements`,
    `/api/feedback-themes`,
    `/api/auth/me`,
  ];

  it.each(partnerReads())('%s', async (path) => {
    const response = await sessions.partner!.get(path);
    expect(response.status, `${path} answered ${response.status}`).toBe(200);
    const text = JSON.stringify(response.body);
    for (const secret of partnerMustNotRead()) expect(text.includes(secret), `${path} gave a partner ${secret}`).toBe(false);
  });
});
