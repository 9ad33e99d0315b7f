import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smtpTransport } from '../mail/transport';
import { createFixture } from '../../../test/support/fixture';
import { testDatabase } from '../../../test/support/database';
import { startTestApp, type ApiClient, type TestApp } from '../../../test/support/http';
import { startSmtpServer, type TestSmtpServer } from '../../../test/support/smtp';
import { digestJob, introductionFollowUpJob, meetingReminderJob } from '../schedule/jobs';

const db = testDatabase();
const fx = createFixture(db);
let smtp: TestSmtpServer;
let app: TestApp;
let admin: ApiClient;

let area: string;
let pal: string;
let palAccount: { id: string; email: string; password: string };
let palClient: ApiClient;
let asker: string;
let askerAccount: { id: string; email: string; password: string };
let askerClient: ApiClient;
let met: string;
let metClient: ApiClient;
let bystander: ApiClient;
let specialty: string;

const DAY = 86_400_000;

beforeAll(async () => {
  smtp = await startSmtpServer();
  app = await startTestApp(db, { loginAttemptsPerMinute: 200, mail: { transport: smtpTransport(smtp.url), from: 'Partner Graph <pg@test.example>' } });
  admin = await app.signIn(await fx.user('admin', 'admin'));
  area = await fx.area();
  specialty = await fx.specialty('cloud');
  pal = await fx.partner('pal', { area });
  await fx.pal(pal, area, [specialty]);
  asker = await fx.partner('asker', { area });
  met = await fx.partner('met', { area });
  const outsider = await fx.partner('bystander', { area });
  palAccount = await fx.user('pal', 'pal', pal);
  askerAccount = await fx.user('asker', 'partner', asker);
  palClient = await app.signIn(palAccount);
  askerClient = await app.signIn(askerAccount);
  metClient = await app.signIn(await fx.user('met', 'partner', met));
  bystander = await app.signIn(await fx.user('bystander', 'partner', outsider));
});

afterAll(async () => {
  await fx.cleanup();
  await app.close();
  await smtp.stop();
  await db.close();
});

const unread = async (client: ApiClient) => (await client.get('/api/notifications/unread')).body.unread as number;
const kindsOf = async (client: ApiClient) =>
  ((await client.get('/api/notifications?limit=100')).body.items as { kind: string; title: string; link: string }[]).map((item) => item.kind);
/** Sends what waits for these addresses (the suites share one database: others' mail stays queued). */
const deliver = (addresses: string[], now = new Date()) => app.background.mail.sendDue(now, addresses);

/** A partner asks for an introduction to `to`; routed to the area PAL. */
const requestIntroduction = (client: ApiClient, to: string) => client.post(`/api/partners/${asker}/introduction-requests`, { to, note: 'We should talk' });

describe('in the app', () => {
  it('tells the PAL, and nobody else, when a partner asks for an introduction; the bell counts it until read', async () => {
    const [palBefore, askerBefore, bystanderBefore] = [await unread(palClient), await unread(askerClient), await unread(bystander)];
    const target = await fx.partner('wanted', { area });
    const requested = await requestIntroduction(askerClient, target);
    expect(requested.status).toBe(201);
    expect(await unread(palClient)).toBe(palBefore + 1);
    expect(await unread(askerClient)).toBe(askerBefore);
    expect(await unread(bystander)).toBe(bystanderBefore);

    const { body } = await palClient.get('/api/notifications?unreadOnly=true');
    expect(body.items[0]).toMatchObject({ kind: 'introduction_requested', link: `/introductions/${requested.body.id}`, readAt: null });
    expect(body.items[0].title).toContain('asks to be introduced');
    const marked = await palClient.post('/api/notifications/read', {});
    expect(marked.body.unread).toBe(0);
    expect(await unread(palClient)).toBe(0);
    expect((await palClient.get('/api/notifications?limit=1')).body.items[0].readAt).toEqual(expect.any(String));
  });

  it('pages newest first, and marks only the notifications named (and only its own)', async () => {
    for (const key of ['page-1', 'page-2', 'page-3']) await requestIntroduction(askerClient, await fx.partner(key, { area }));
    const first = await palClient.get('/api/notifications?limit=2');
    expect(first.body.items).toHaveLength(2);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await palClient.get(`/api/notifications?limit=2&cursor=${first.body.nextCursor}`);
    expect(second.body.items[0].id).not.toBe(first.body.items[1].id);
    expect(Date.parse(first.body.items[0].createdAt)).toBeGreaterThanOrEqual(Date.parse(first.body.items[1].createdAt));

    const before = await unread(palClient);
    // Someone else's id marks nothing.
    await askerClient.post('/api/notifications/read', { ids: [first.body.items[0].id] });
    expect(await unread(palClient)).toBe(before);
    await palClient.post('/api/notifications/read', { ids: [first.body.items[0].id] });
    expect(await unread(palClient)).toBe(before - 1);
  });

  it('routes a question to the expert PAL and tells the asker of the answer, no one else', async () => {
    const [askerBefore, bystanderBefore] = [await unread(askerClient), await unread(bystander)];
    const asked = await askerClient.post('/api/questions', { specialty, text: 'How do we size a landing zone?' });
    expect(asked.status).toBe(201);
    expect(await kindsOf(palClient)).toContain('question_routed');
    expect(await unread(bystander)).toBe(bystanderBefore);
    expect(await unread(askerClient)).toBe(askerBefore);
    await palClient.post(`/api/questions/${asked.body.id}/answer`, { answer: 'Start from the workloads' });
    const { body } = await askerClient.get('/api/notifications?limit=1');
    expect(body.items[0]).toMatchObject({ kind: 'question_answered' });
    expect(body.items[0].body).toContain('Start from the workloads');
    expect(await unread(bystander)).toBe(bystanderBefore);
  });

  it("tells a group and its area of a planned meeting, and the partners in an announcement's audience", async () => {
    const elsewhere = await fx.area('elsewhere');
    const far = await fx.partner('far', { area: elsewhere });
    const farClient = await app.signIn(await fx.user('far', 'partner', far));
    const group = await fx.group('group', area, pal, [asker]);
    const planned = await palClient.post(`/api/groups/${group}/meetings`, {
      title: 'Winter meet-up',
      startsAt: new Date(Date.now() + 7 * DAY).toISOString(),
      place: 'The library',
    });
    expect(planned.status).toBe(201);
    expect(await kindsOf(askerClient)).toContain('meeting_planned');
    expect(await kindsOf(metClient)).toContain('meeting_planned');
    expect(await kindsOf(farClient)).not.toContain('meeting_planned');
    expect(await kindsOf(palClient)).not.toContain('meeting_planned');

    await admin.post('/api/announcements', { title: 'Only for the area', body: 'News for you', audience: { kind: 'area', area: elsewhere } });
    expect(await kindsOf(farClient)).toContain('announcement');
    expect(await kindsOf(askerClient)).not.toContain('announcement');
  });

  it('tells the partners who raised or voiced a feedback theme when it moves on', async () => {
    const given = await askerClient.post('/api/feedback', { specialty, text: 'The portal times out', sentiment: 'negative' });
    const theme = await palClient.post('/api/feedback-themes', { title: 'Portal timeouts', feedback: [given.body.id] });
    expect(theme.status).toBe(201);
    await metClient.post(`/api/feedback-themes/${theme.body.id}/voices`, {});
    const before = await unread(bystander);
    expect((await palClient.patch(`/api/feedback-themes/${theme.body.id}`, { status: 'raised', raisedWhere: 'Partner council' })).status).toBe(200);
    expect(await kindsOf(askerClient)).toContain('feedback_status');
    expect(await kindsOf(metClient)).toContain('feedback_status');
    expect(await unread(bystander)).toBe(before);
  });

  it("tells an account's owner when failed sign-ins throttle it", async () => {
    const owner = await fx.user('throttled', 'partner', await fx.partner('throttled', { area }));
    let retryAfterSeconds = 0;
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const failed = await app.anonymous.post('/api/auth/login', { email: owner.email, password: 'wrong password here' });
      retryAfterSeconds = failed.body.error.details?.retryAfterSeconds ?? retryAfterSeconds;
    }
    await new Promise((resolve) => setTimeout(resolve, (retryAfterSeconds + 1) * 1000));
    const client = await app.signIn(owner);
    expect(await kindsOf(client)).toContain('sign_in_throttled');
  });
});

describe('preferences', () => {
  it('gives each kind its default, and honours off, digest and e-mail', async () => {
    const account = await fx.user('prefs', 'pal', pal);
    const client = await app.signIn(account);
    const defaults = (await client.get('/api/account/notifications')).body;
    expect(defaults).toMatchObject({ timeZone: 'Europe/London', deliveries: { introduction_requested: 'email', announcement: 'digest' } });

    const refused = await client.patch('/api/account/notifications', { deliveries: { introduction_requested: 'pigeon' } });
    expect(refused.status).toBe(400);
    expect(refused.body.error.field).toContain('introduction_requested');
    expect((await client.patch('/api/account/notifications', { timeZone: 'Mars/Olympus' })).body.error.field).toBe('timeZone');

    await client.patch('/api/account/notifications', { deliveries: { introduction_requested: 'off' } });
    const before = await unread(client);
    await requestIntroduction(askerClient, await fx.partner('pref-off', { area }));
    expect(await unread(client)).toBe(before);

    await client.patch('/api/account/notifications', { deliveries: { introduction_requested: 'digest' }, timeZone: 'America/New_York' });
    await requestIntroduction(askerClient, await fx.partner('pref-digest', { area }));
    expect(await unread(client)).toBe(before + 1);
    const [pending] = await db.read('MATCH (n:Notification)-[:FOR]->(:User {id: $user}) RETURN n.pendingDigest AS pending ORDER BY n.createdAt DESC LIMIT 1', {
      user: account.id,
    });
    expect(pending?.pending).toBe(true);
    const queuedFor = await db.read('MATCH (m:Mail) WHERE $email IN m.to RETURN count(m) AS count', { email: account.email });
    expect(queuedFor[0]?.count).toBe(0);
    expect((await client.get('/api/account/notifications')).body).toMatchObject({
      timeZone: 'America/New_York',
      deliveries: { introduction_requested: 'digest' },
    });
  });
});

describe('by e-mail', () => {
  it('sends a notification at once with both parts, its link, and one-click unsubscribe for that kind', async () => {
    const requested = await requestIntroduction(askerClient, await fx.partner('mailed', { area }));
    expect(await deliver([palAccount.email])).toMatchObject({ waiting: 0 });
    const mails = smtp.to(palAccount.email);
    const mail = mails.find((candidate) => candidate.parsed.text?.includes(requested.body.id));
    expect(mail).toBeDefined();
    const parsed = mail!.parsed;
    expect(parsed.subject).toContain('asks to be introduced');
    expect(parsed.from?.text).toContain('pg@test.example');
    expect(parsed.text).toContain(`/introductions/${requested.body.id}`);
    expect(parsed.html).toContain(`/introductions/${requested.body.id}`);
    expect(parsed.html).toContain('Stop these e-mails');
    // The headers as sent (RFC 8058): the address to POST to, and that one POST is enough.
    const unfolded = mail!.raw.replace(/\r?\n[ \t]+/g, ' ');
    const header = (name: string) => unfolded.match(new RegExp(`^${name}: (.+)$`, 'im'))?.[1]?.trim();
    expect(header('List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    const unsubscribe = header('List-Unsubscribe')?.replace(/^<|>$/g, '') ?? '';
    expect(unsubscribe).toMatch(/\/api\/unsubscribe\?token=/);

    // Signed out, as a mail client does it: a form POST to the header's address.
    const path = new URL(unsubscribe).pathname + new URL(unsubscribe).search;
    const anonymous = app.anonymous;
    const read = await anonymous.get(path);
    expect(read.body).toMatchObject({ kind: 'introduction_requested', delivery: 'email' });
    const oneClick = await fetch(`${app.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(oneClick.status).toBe(200);
    const prefs = (await palClient.get('/api/account/notifications')).body.deliveries;
    expect(prefs.introduction_requested).toBe('in_app');
    expect(prefs.question_routed).toBe('email');

    // A token changed to another kind is not ours.
    const token = new URL(unsubscribe).searchParams.get('token')!;
    const forged = token.replace('introduction_requested', 'question_routed');
    expect((await anonymous.post(`/api/unsubscribe?token=${encodeURIComponent(forged)}`, {})).status).toBe(404);
    expect((await palClient.get('/api/account/notifications')).body.deliveries.question_routed).toBe('email');
    await palClient.patch('/api/account/notifications', { deliveries: { introduction_requested: 'email' } });
  });

  it('keeps mail queued while the SMTP server is down, and delivers it once when it is back', async () => {
    const requested = await requestIntroduction(askerClient, await fx.partner('smtp-down', { area }));
    const mine = () => smtp.to(palAccount.email).filter((mail) => mail.parsed.text?.includes(requested.body.id));
    await smtp.stop();
    const now = new Date();
    expect(await deliver([palAccount.email], now)).toEqual({ sent: 0, waiting: 1 });
    const outbox = (await admin.get('/api/admin/outbox?status=queued&limit=100')).body;
    const waiting = outbox.items.find((item: { text: string }) => item.text.includes(requested.body.id));
    expect(waiting).toMatchObject({ status: 'queued', attempts: 1, lastError: expect.any(String) });
    expect(waiting.lastError).not.toContain('smtp://');
    // Not due again before its back-off.
    expect(await deliver([palAccount.email], new Date(now.getTime() + 5_000))).toEqual({ sent: 0, waiting: 0 });

    await smtp.restart();
    expect(await deliver([palAccount.email], new Date(now.getTime() + 120_000))).toEqual({ sent: 1, waiting: 0 });
    expect(await deliver([palAccount.email], new Date(now.getTime() + 240_000))).toEqual({ sent: 0, waiting: 0 });
    expect(mine()).toHaveLength(1);
    const sent = (await admin.get(`/api/admin/outbox/${waiting.id}`)).body;
    expect(sent).toMatchObject({ status: 'sent', messageId: expect.stringContaining(waiting.id), lastError: null });
  });

  it('lets only admins read the outbox', async () => {
    expect((await palClient.get('/api/admin/outbox')).status).toBe(403);
    const outbox = await admin.get('/api/admin/outbox?limit=5');
    expect(outbox.body).toMatchObject({ delivery: 'smtp', queued: expect.any(Number) });
  });
});

describe('the daily digest', () => {
  it("gathers what waited, at the hour in the person's time zone, once a day; nothing when nothing waited", async () => {
    const account = await fx.user('digest', 'pal', pal);
    const client = await app.signIn(account);
    const quiet = await fx.user('digest-quiet', 'pal', pal);
    const quietClient = await app.signIn(quiet);
    await client.patch('/api/account/notifications', { deliveries: { introduction_requested: 'digest' }, timeZone: 'Asia/Tokyo' });
    await quietClient.patch('/api/account/notifications', { deliveries: { introduction_requested: 'off' } });
    await requestIntroduction(askerClient, await fx.partner('digest-1', { area }));
    await requestIntroduction(askerClient, await fx.partner('digest-2', { area }));

    const job = digestJob({ ...app.background.jobs, only: { users: [account.id, quiet.id] } });
    // 08:00 in Tokyo is 23:00 UTC the day before; at 08:00 in London nothing goes to Tokyo.
    expect(await job.run(new Date('2031-03-04T08:10:00Z'))).toBe('0 digests queued');
    expect(await job.run(new Date('2031-03-04T23:10:00Z'))).toBe('1 digest queued');
    expect(await job.run(new Date('2031-03-04T23:40:00Z'))).toBe('0 digests queued');

    await deliver([account.email, quiet.email]);
    const [digest] = smtp.to(account.email).filter((mail) => mail.parsed.subject?.includes('since your last digest'));
    expect(digest?.parsed.subject).toContain('2 things');
    expect(digest?.parsed.text).toContain('asks to be introduced');
    expect(digest?.parsed.html).toContain('<li>');
    expect(smtp.to(quiet.email)).toHaveLength(0);
  });
});

describe('scheduled work', () => {
  it('runs each slot once when two app processes share the database', async () => {
    const second = await startTestApp(testDatabase(), { mail: { transport: smtpTransport(smtp.url), from: 'pg@test.example' } });
    try {
      const { scheduleRepository } = await import('../schedule/repository');
      const { scheduler } = await import('../schedule/scheduler');
      let runs = 0;
      const job = { name: `test-job-${fx.prefix}`, run: async () => `${++runs} run` };
      const one = scheduler(scheduleRepository(db), [job]);
      const other = scheduler(scheduleRepository(testDatabase()), [job]);
      const now = new Date();
      const outcomes = await Promise.all([one.tick(now), other.tick(now), one.tick(now), other.tick(now)]);
      expect(runs).toBe(1);
      expect(outcomes.flatMap((outcome) => Object.values(outcome)).sort()).toEqual(['elsewhere', 'ran']);
      const [recorded] = await db.read('MATCH (r:ScheduledRun {job: $job}) RETURN count(r) AS runs, collect(r.summary)[0] AS summary', { job: job.name });
      expect(recorded).toMatchObject({ runs: 1, summary: '1 run' });
      await db.write('MATCH (r:ScheduledRun {job: $job}) DELETE r', { job: job.name });
    } finally {
      await second.close();
    }
  });

  it('reminds the registered partners the day before a meeting, once', async () => {
    const group = await fx.group('reminded-group', area, pal, [asker]);
    const startsAt = new Date(Date.now() + 30 * DAY);
    const planned = await palClient.post(`/api/groups/${group}/meetings`, { title: 'Spring meet-up', startsAt: startsAt.toISOString(), place: 'Town hall' });
    await askerClient.post(`/api/meetings/${planned.body.id}/registrations`, {});
    const job = meetingReminderJob({ ...app.background.jobs, only: { meetings: [planned.body.id] } });
    expect(await job.run(new Date(startsAt.getTime() - 3 * DAY))).toBe('0 meetings reminded');
    expect(await job.run(new Date(startsAt.getTime() - 20 * 3_600_000))).toBe('1 meeting reminded');
    expect(await job.run(new Date(startsAt.getTime() - 10 * 3_600_000))).toBe('0 meetings reminded');
    expect(await kindsOf(askerClient)).toContain('meeting_reminder');
    expect(await kindsOf(metClient)).not.toContain('meeting_reminder');
  });
});

describe('introductions both sides agree to', () => {
  /** An introduction of asker and a new partner `key`, sent to both by the PAL. */
  async function sentToBoth(key: string) {
    const other = await fx.partner(key, { area });
    const otherAccount = await fx.user(key, 'partner', other);
    const otherClient = await app.signIn(otherAccount);
    const proposed = await palClient.post('/api/introductions', { from: asker, to: other, reason: 'Both work on landing zones' });
    const sent = await palClient.patch(`/api/introductions/${proposed.body.id}`, { status: 'made', comment: 'You two should talk' });
    expect(sent.body.status).toBe('made');
    return { id: proposed.body.id as string, other, otherAccount, otherClient };
  }

  it('asks each side for itself, and shows contact details only once both said yes', async () => {
    const { id, other, otherClient } = await sentToBoth('both-yes');
    expect(await kindsOf(askerClient)).toContain('introduction_asked');
    expect(await kindsOf(otherClient)).toContain('introduction_asked');

    const answered = await askerClient.post(`/api/introductions/${id}/answer`, { answer: 'yes', message: 'Keen to compare notes' });
    expect(answered.body).toMatchObject({ status: 'made', answers: { from: { answer: 'yes' }, to: { answer: null } } });
    // One side cannot answer for the other, nor twice.
    expect((await askerClient.post(`/api/introductions/${id}/answer`, { answer: 'yes', by: other })).status).toBe(403);
    expect((await askerClient.post(`/api/introductions/${id}/answer`, { answer: 'no' })).body.error.code).toBe('already_answered');
    expect((await bystander.post(`/api/introductions/${id}/answer`, { answer: 'yes' })).status).toBe(403);
    const waiting = (await otherClient.get(`/api/introductions/${id}`)).body;
    expect(waiting.contacts.from).toBeNull();
    expect(waiting.answers.from.message).toBeNull();
    expect(JSON.stringify(waiting)).not.toContain(`${asker}@example.com`);

    const accepted = await otherClient.post(`/api/introductions/${id}/answer`, { answer: 'yes', message: 'Likewise' });
    expect(accepted.body.status).toBe('accepted');
    const seenByOther = (await otherClient.get(`/api/introductions/${id}`)).body;
    expect(seenByOther.contacts.from).toMatchObject({ email: `${asker}@example.com` });
    expect(seenByOther.answers.from.message).toBe('Keen to compare notes');
    expect((await askerClient.get(`/api/introductions/${id}`)).body.contacts.to).toMatchObject({ email: `${other}@example.com` });
    expect(await kindsOf(palClient)).toContain('introduction_accepted');

    await deliver([`${asker}@example.com`]);
    const [mail] = smtp.to(`${asker}@example.com`).filter((candidate) => candidate.parsed.subject?.startsWith('Introduction:'));
    expect(mail).toBeDefined();
    expect(mail!.envelopeTo.sort()).toEqual([`${asker}@example.com`, `${other}@example.com`, `${pal}@example.com`].sort());
    expect(mail!.parsed.cc && 'text' in mail!.parsed.cc ? mail!.parsed.cc.text : '').toContain(`${pal}@example.com`);
    expect(mail!.parsed.text).toContain('Both work on landing zones');
    expect(mail!.parsed.text).toContain('Keen to compare notes');
    expect(mail!.parsed.text).toContain('Likewise');
    expect(mail!.parsed.html).toContain(`${other}@example.com`);
  });

  it('declines on either no, tells the other side without the reason, and keeps the reason for the PAL', async () => {
    const { id, otherClient } = await sentToBoth('one-no');
    await askerClient.post(`/api/introductions/${id}/answer`, { answer: 'yes' });
    const no = await otherClient.post(`/api/introductions/${id}/answer`, { answer: 'no', reason: 'We compete on most bids' });
    expect(no.body.status).toBe('declined');
    const askerView = (await askerClient.get(`/api/introductions/${id}`)).body;
    expect(askerView.answers.to).toMatchObject({ answer: 'no', reason: null });
    expect(askerView.contacts.to).toBeNull();
    expect(JSON.stringify(askerView)).not.toContain('compete');
    const notices = (await askerClient.get('/api/notifications?limit=5')).body.items;
    expect(notices[0].kind).toBe('introduction_declined');
    expect(JSON.stringify(notices)).not.toContain('compete');
    expect((await palClient.get(`/api/introductions/${id}`)).body.answers.to.reason).toBe('We compete on most bids');
    expect((await askerClient.post(`/api/introductions/${id}/answer`, { answer: 'yes' })).status).toBe(409);
  });

  it('takes no answer before the PAL sends it, and a partner cannot send it', async () => {
    const other = await fx.partner('early', { area });
    const proposed = await palClient.post('/api/introductions', { from: asker, to: other, reason: 'Early' });
    expect((await askerClient.post(`/api/introductions/${proposed.body.id}/answer`, { answer: 'yes' })).body.error.code).toBe('not_waiting');
    expect((await askerClient.patch(`/api/introductions/${proposed.body.id}`, { status: 'made' })).status).toBe(403);
  });

  it('reminds an unanswered side once, then lapses it and tells both sides and the PAL (a fake clock)', async () => {
    const { id, otherClient } = await sentToBoth('lapsing');
    await askerClient.post(`/api/introductions/${id}/answer`, { answer: 'yes' });
    const madeAt = Date.parse((await palClient.get(`/api/introductions/${id}`)).body.madeAt);
    const job = introductionFollowUpJob({ ...app.background.jobs, only: { introductions: [id] } });
    expect(await job.run(new Date(madeAt + 6 * DAY))).toBe('0 reminded, 0 lapsed, 0 asked about the outcome');
    expect(await job.run(new Date(madeAt + 8 * DAY))).toBe('1 reminded, 0 lapsed, 0 asked about the outcome');
    expect(await job.run(new Date(madeAt + 9 * DAY))).toBe('0 reminded, 0 lapsed, 0 asked about the outcome');
    expect(await kindsOf(otherClient)).toContain('introduction_reminder');
    expect(await kindsOf(askerClient)).not.toContain('introduction_reminder');
    expect(await job.run(new Date(madeAt + 15 * DAY))).toBe('0 reminded, 1 lapsed, 0 asked about the outcome');
    expect((await palClient.get(`/api/introductions/${id}`)).body.status).toBe('lapsed');
    for (const client of [askerClient, otherClient, palClient]) expect(await kindsOf(client)).toContain('introduction_lapsed');
  });

  it('asks both sides once, long after they were introduced, whether it led to work', async () => {
    const { id, otherClient } = await sentToBoth('outcome');
    await askerClient.post(`/api/introductions/${id}/answer`, { answer: 'yes' });
    await otherClient.post(`/api/introductions/${id}/answer`, { answer: 'yes' });
    const acceptedAt = Date.parse((await palClient.get(`/api/introductions/${id}`)).body.acceptedAt);
    const job = introductionFollowUpJob({ ...app.background.jobs, only: { introductions: [id] } });
    expect(await job.run(new Date(acceptedAt + 61 * DAY))).toBe('0 reminded, 0 lapsed, 1 asked about the outcome');
    expect(await job.run(new Date(acceptedAt + 90 * DAY))).toBe('0 reminded, 0 lapsed, 0 asked about the outcome');
    expect(await kindsOf(otherClient)).toContain('introduction_outcome');
    const marked = await otherClient.patch(`/api/introductions/${id}`, { status: 'collaborating', comment: 'We are bidding together' });
    expect(marked.body.status).toBe('collaborating');
  });

  it('lets the PAL remind the sides at most once a day', async () => {
    const { id, otherClient } = await sentToBoth('manual-remind');
    expect((await palClient.post(`/api/introductions/${id}/reminders`, {})).status).toBe(200);
    expect(await kindsOf(otherClient)).toContain('introduction_reminder');
    const again = await palClient.post(`/api/introductions/${id}/reminders`, {});
    expect(again.status).toBe(409);
    expect((await askerClient.post(`/api/introductions/${id}/reminders`, {})).status).toBe(403);
  });
});
