import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiSuite } from '../../../test/support/api-suite';
import type { ApiClient } from '../../../test/support/http';
import { DAY_MS } from '../time';

/** North (PAL pam) with the group "North Azure" run by pam; partners ann, bob, cat. */
const { db, fx, api, signIn } = apiSuite();
const id = fx.id;
let ann: ApiClient;
let pam: ApiClient;
let group: string;
// Meetings a month ahead: the calendar feeds list the coming year.
const base = new Date(Date.now() + 30 * DAY_MS);
const soon = (days: number, hour = 18) => new Date(Date.UTC(base.getUTCFullYear(), base.getUTCMonth(), base.getUTCDate() + days, hour)).toISOString();
const meetingDay = soon(0).slice(0, 10);

beforeAll(async () => {
  const north = await fx.area('north');
  await fx.specialty('azure');
  for (const key of ['pam', 'ann', 'bob', 'cat']) await fx.partner(key, { area: north });
  await fx.pal(id('pam'), north);
  group = await fx.group('azure-group', north, id('pam'), [id('ann'), id('bob')]);
  ann = await signIn(await fx.user('ann', 'partner', id('ann')));
  pam = await signIn(await fx.user('pam', 'pal', id('pam')));
});

describe('meetings of user groups', () => {
  let meeting: string;

  it('the PAL who runs a group plans a meeting; a plain member cannot', async () => {
    const body = {
      title: 'Landing zones in practice',
      startsAt: soon(0),
      endsAt: soon(0, 20),
      place: 'Innovation Centre, Birmingham',
      specialties: [id('azure')],
    };
    expect((await ann.post(`/api/groups/${group}/meetings`, body)).status).toBe(403);
    const created = await pam.post(`/api/groups/${group}/meetings`, body);
    expect(created.status).toBe(201);
    meeting = created.body.id;
    expect(created.body).toMatchObject({
      title: 'Landing zones in practice',
      group: { id: group },
      area: { id: id('north') },
      specialties: [{ id: id('azure') }],
      registered: 0,
    });
    const missing = await pam.post(`/api/groups/${group}/meetings`, { title: 'Nowhere', startsAt: soon(1) });
    expect(missing.status).toBe(400);
    expect(missing.body.error.field).toBe('place');
  });

  it('refuses to plan a meeting in the past, naming the field, and plans nothing', async () => {
    const before = (await api.get(`/api/groups/${group}`)).body.meetings.length;
    const past = await pam.post(`/api/groups/${group}/meetings`, { title: 'Too late', startsAt: '2020-01-01T18:00:00Z', place: 'Library' });
    expect(past.status).toBe(400);
    expect(past.body.error.field).toBe('startsAt');
    expect((await api.get(`/api/groups/${group}`)).body.meetings).toHaveLength(before);
  });

  it('partners register themselves, only themselves, see their meetings, and cancel', async () => {
    expect((await ann.post(`/api/meetings/${meeting}/registrations`, {})).body.registeredPartners.map((p: { id: string }) => p.id)).toEqual([id('ann')]);
    expect((await ann.post(`/api/meetings/${meeting}/registrations`, { partner: id('bob') })).status).toBe(403);
    expect((await ann.get(`/api/partners/${id('ann')}/meetings`)).body.items.map((m: { id: string }) => m.id)).toEqual([meeting]);
    expect((await ann.get(`/api/partners/${id('ann')}/meetings?when=past`)).body.items).toEqual([]);
    expect((await ann.get(`/api/partners/${id('bob')}/meetings`)).status).toBe(403);
    // Cancelling twice is the same as once; then she registers again (attendance below counts her).
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const cancelled = await ann.delete(`/api/meetings/${meeting}/registrations/${id('ann')}`);
      expect(cancelled.status).toBe(200);
      expect(cancelled.body.registeredPartners).toEqual([]);
    }
    expect((await ann.get(`/api/partners/${id('ann')}/meetings`)).body.items).toEqual([]);
    expect((await ann.delete(`/api/meetings/${meeting}/registrations/${id('bob')}`)).status).toBe(403);
    expect((await ann.delete(`/api/meetings/${id('no-meeting')}/registrations/${id('ann')}`)).status).toBe(404);
    await ann.post(`/api/meetings/${meeting}/registrations`, {});
  });

  it('attendance makes the attendees MET_AT the meeting, dated, so they are shown as having met', async () => {
    const recorded = await pam.post(`/api/meetings/${meeting}/attendance`, { partners: [id('ann'), id('bob'), id('cat')] });
    expect(recorded.status).toBe(200);
    expect(recorded.body.attended).toBe(3);
    const rows = await db.read(
      `MATCH (a:Partner)-[r1:MET_AT]->(m:Meeting {id: $meeting})<-[r2:MET_AT]-(b:Partner)
       WHERE a.id < b.id RETURN a.id AS a, b.id AS b, toString(r1.date) AS date ORDER BY a, b`,
      { meeting },
    );
    expect(rows).toEqual([
      { a: id('ann'), b: id('bob'), date: meetingDay },
      { a: id('ann'), b: id('cat'), date: meetingDay },
      { a: id('bob'), b: id('cat'), date: meetingDay },
    ]);
    expect((await pam.post(`/api/meetings/${meeting}/attendance`, { partners: [id('nobody')] })).body.error.field).toBe('partners.0');
  });

  it("exports the group's and the area's upcoming meetings as iCalendar that a parser reads", async () => {
    for (const path of [`/api/groups/${group}/calendar.ics`, `/api/areas/${id('north')}/calendar.ics`]) {
      const response = await fetch(`${api.url}${path}`, { headers: { cookie: `pg_session=${ann.sessionToken}` } });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/calendar/);
      const calendar = new ICAL.Component(ICAL.parse(await response.text()));
      const events = calendar.getAllSubcomponents('vevent').map((event) => new ICAL.Event(event));
      const ours = events.find((event) => event.uid === `${meeting}@partner-graph`)!;
      expect(ours.summary).toContain('Landing zones in practice');
      expect(ours.location).toBe('Innovation Centre, Birmingham');
      expect(ours.startDate.toJSDate().toISOString()).toBe(soon(0));
      expect(ours.endDate.toJSDate().toISOString()).toBe(soon(0, 20));
    }
  });
});

describe('PAL activities', () => {
  it("records a group visit with what it covered and reached, listed on the PAL's page and the area's", async () => {
    const created = await pam.post('/api/activities', {
      kind: 'group-visit',
      title: 'Visited North Azure',
      date: meetingDay,
      group,
      area: id('north'),
      specialties: [id('azure')],
      reached: [id('ann'), id('bob')],
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ kind: 'group-visit', pal: { id: id('pam') }, group: { id: group }, reached: [{ id: id('ann') }, { id: id('bob') }] });
    expect((await ann.get(`/api/pals/${id('pam')}/activities`)).body.items.map((a: { id: string }) => a.id)).toEqual([created.body.id]);
    const inPeriod = await ann.get(`/api/areas/${id('north')}/happenings?from=${meetingDay}&to=${soon(3).slice(0, 10)}`);
    expect(inPeriod.body.activities.map((a: { id: string }) => a.id)).toEqual([created.body.id]);
    expect(inPeriod.body.meetings).toHaveLength(1);
    const before = await ann.get(`/api/areas/${id('north')}/happenings?from=2020-01-01&to=2020-12-31`);
    expect(before.body).toMatchObject({ activities: [], meetings: [] });
  });

  it("files an activity recorded without an area under the area the PAL leads, so it shows in that area's happenings", async () => {
    const day = soon(2).slice(0, 10);
    const webinar = await pam.post('/api/activities', { kind: 'webinar', title: 'Azure costs', date: day, specialties: [id('azure')] });
    expect(webinar.status).toBe(201);
    const happenings = await ann.get(`/api/areas/${id('north')}/happenings?from=${day}&to=${day}`);
    expect(happenings.body.activities.map((a: { id: string }) => a.id)).toContain(webinar.body.id);
  });

  it('needs the group for a visit, and a partner cannot record one', async () => {
    const noGroup = await pam.post('/api/activities', { kind: 'group-visit', title: 'Somewhere', date: '2030-01-11' });
    expect(noGroup.body.error.field).toBe('group');
    expect((await ann.post('/api/activities', { kind: 'post', title: 'My post', date: '2030-01-11' })).status).toBe(403);
  });
});
