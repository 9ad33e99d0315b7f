import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiSuite } from '../../../test/support/api-suite';
import { createFixture } from '../../../test/support/fixture';
import { startTestApp, type ApiClient } from '../../../test/support/http';
import { sampleNetwork } from '../../../seed/sample';
import { loadNetwork } from '../network/repository';
import { freePort, startLocalNeo4j, type LocalNeo4j } from '../db/local-neo4j';
import { createDatabase, type Database } from '../db/neo4j';
import { applySchema } from '../db/schema';

const { fx, api } = apiSuite();
const id = fx.id;

beforeAll(async () => {
  const north = await fx.area('north');
  await fx.specialty('azure');
  await fx.partner('known', { area: north });
  await fx.partner('pal', { area: north });
  await fx.pal(id('pal'), north);
  await fx.group('group', north, id('pal'), []);
});

const csv = (...lines: string[]) => ({ csv: lines.join('\n') });

describe('CSV imports', () => {
  it('imports good partner rows in one go and refuses each bad row with its line and field', async () => {
    const header = 'id,name,company,tier,managed,city,area,email,offers,seeks';
    const { status, body } = await api.post(
      '/api/admin/import/partners',
      csv(
        header,
        `${id('new1')},Nia Obi,Obi IT,silver,no,Leeds,${id('north')},nia@obi.example,${id('azure')},`,
        `${id('new2')},Sam Lee,Lee Ltd,platinum,no,Leeds,${id('north')},,,`,
        `${id('new3')},Ada Ray,Ray Co,gold,yes,York,no-such-area,,,`,
        `${id('new4')},Eve Kim,Kim Co,community,no,York,${id('north')},,,no-such-specialty`,
        `${id('new1')},Nia Again,Obi IT,silver,no,Leeds,${id('north')},,,`,
        `${id('new5')},,Nameless Ltd,community,no,York,${id('north')},,,`,
        `${id('new6')},Tom Ash,Ash & Co,community,yes,Hull,${id('north')},not-an-email,,`,
      ),
    );
    expect(status).toBe(200);
    expect(body).toMatchObject({ rows: 7, accepted: 1 });
    expect(body.refused.map((r: { line: number; field: string }) => [r.line, r.field])).toEqual([
      [3, 'tier'],
      [4, 'area'],
      [5, 'seeks'],
      [6, 'id'],
      [7, 'name'],
      [8, 'email'],
    ]);
    const created = await api.get(`/api/partners/${id('new1')}`);
    expect(created.body).toMatchObject({ name: 'Nia Obi', tier: 'silver', area: { id: id('north') }, offers: [{ id: id('azure') }], email: 'nia@obi.example' });
    for (const refused of ['new2', 'new3', 'new4', 'new5', 'new6']) expect((await api.get(`/api/partners/${id(refused)}`)).status).toBe(404);
  });

  it('checks website and phone as the API does', async () => {
    const { body } = await api.post(
      '/api/admin/import/partners',
      csv(
        'id,name,company,city,area,website,phone',
        `${id('web1')},Ok Web,Ok Co,Leeds,${id('north')},https://ok.example,+44 113 496 0000`,
        `${id('web2')},Bad Web,Bad Co,Leeds,${id('north')},javascript:alert(1),`,
        `${id('web3')},Bad Phone,Phone Co,Leeds,${id('north')},,call me maybe`,
      ),
    );
    expect(body).toMatchObject({ rows: 3, accepted: 1 });
    expect(body.refused.map((r: { line: number; field: string }) => [r.line, r.field])).toEqual([
      [3, 'website'],
      [4, 'phone'],
    ]);
    expect((await api.get(`/api/partners/${id('web2')}`)).status).toBe(404);
  });

  it('imports ties and attendance, refusing rows that name nobody', async () => {
    const ties = await api.post(
      '/api/admin/import/ties',
      csv('from,to,strength,since', `${id('known')},${id('new1')},4,2025-03-01`, `${id('known')},${id('ghost')},2,`, `${id('known')},${id('known')},2,`),
    );
    expect(ties.body).toMatchObject({
      rows: 3,
      accepted: 1,
      refused: [
        { line: 3, field: 'to' },
        { line: 4, field: 'to' },
      ],
    });
    const neighbours = await api.get(`/api/graph/neighborhood/${id('known')}`);
    expect(neighbours.body.elements.nodes.map((node: { data: { id: string } }) => node.data.id)).toContain(id('new1'));

    const meeting = (await api.post(`/api/groups/${id('group')}/meetings`, { title: 'Kick-off', startsAt: '2026-01-15T18:00:00Z', place: 'Leeds' })).body.id;
    const attendance = await api.post(
      '/api/admin/import/attendance',
      csv('meeting,partner', `${meeting},${id('known')}`, `${meeting},${id('new1')}`, `no-such-meeting,${id('known')}`),
    );
    expect(attendance.body).toMatchObject({ rows: 3, accepted: 2, refused: [{ line: 4, field: 'meeting' }] });
    expect((await api.get(`/api/meetings/${meeting}`)).body.attended).toBe(2);
  });

  it('says what is wrong with a file that is not CSV of the expected columns', async () => {
    const { status, body } = await api.post('/api/admin/import/ties', csv('from,to,colour', `${id('known')},${id('new1')},blue`));
    expect(status).toBe(200);
    expect(body.refused).toEqual([{ line: 2, field: 'colour', message: expect.any(String) }]);
    expect((await api.post('/api/admin/import/ties', csv('from,to'))).status).toBe(400);
  });

  it('refuses to import a graph into a database that holds a community', async () => {
    const { status, body } = await api.post('/api/admin/import/graph', {
      format: 'partner-graph-export/1',
      exportedAt: '2026-01-01T00:00:00Z',
      nodes: [],
      relationships: [],
    });
    expect(status).toBe(409);
    expect(body.error.code).toBe('not_empty');
  });
});

describe('the JSON export of the sample network', () => {
  let local: LocalNeo4j;
  let dataDir: string;
  let own: Database;
  let admin: ApiClient;
  let close: () => Promise<void>;

  beforeAll(async () => {
    // An empty database of its own, since this test wipes it.
    dataDir = mkdtempSync(join(tmpdir(), 'partner-graph-roundtrip-'));
    local = await startLocalNeo4j({ port: await freePort(), dataDir, password: 'round-trip-password', heap: '384m', pageCache: '64m' });
    own = createDatabase({ uri: local.uri, user: 'neo4j', password: 'round-trip-password' });
    await applySchema(own);
    await loadNetwork(own, sampleNetwork());
    const app = await startTestApp(own);
    close = app.close;
    admin = await app.signIn(await createFixture(own).user('exporter', 'admin'));
    // Kinds of data the sample lacks so far, written as users would.
    await admin.post('/api/feedback', { partner: 'p-0004', programme: 'portal', text: 'Slow', sentiment: 'negative' });
    await admin.post('/api/announcements', { title: 'Hello', body: 'From the vendor', audience: { kind: 'everyone' } });
  }, 120_000);

  afterAll(async () => {
    await close?.();
    await own?.close();
    await local?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('imports back into an empty database unchanged: export, wipe, import, export again', async () => {
    const first = await admin.get('/api/admin/export');
    expect(first.status).toBe(200);
    expect(first.body.nodes.length).toBeGreaterThan(200);
    const partner = first.body.nodes.find((node: { properties: { id: string } }) => node.properties.id === 'p-0001');
    expect(partner.labels).toEqual(['PAL', 'Partner']);
    expect(partner.properties.joinedAt).toHaveProperty('$date');
    expect(partner.properties.location).toHaveProperty('$point');
    expect(JSON.stringify(first.body)).not.toMatch(/passwordHash|csrfToken|AuditEntry/);

    await own.write('MATCH (n) WHERE NOT (n:User OR n:Session OR n:AuditEntry) DETACH DELETE n');
    const imported = await admin.post('/api/admin/import/graph', first.body);
    expect(imported.status).toBe(201);
    expect(imported.body).toEqual({ nodes: first.body.nodes.length, relationships: first.body.relationships.length });

    const second = await admin.get('/api/admin/export');
    const { exportedAt: _a, ...before } = first.body;
    const { exportedAt: _b, ...after } = second.body;
    expect(after).toEqual(before);
    // And the app works on the imported graph.
    expect((await admin.get('/api/graph/neighborhood/p-0001')).body.elements.nodes.length).toBeGreaterThan(1);
    expect((await own.read('MATCH (n:Restoring) RETURN count(n) AS marked'))[0]!.marked).toBe(0);
  });

  it('leaves nothing behind when an import fails half-way, written batch by batch', async () => {
    const graph = (await admin.get('/api/admin/export')).body;
    await own.write('MATCH (n) WHERE NOT (n:User OR n:Session OR n:AuditEntry) DETACH DELETE n');
    // Past the first batch of 5,000 nodes, one that breaks a constraint (a second "area-x").
    const filler = Array.from({ length: 5200 }, (_, index) => ({ labels: ['Specialty'], properties: { id: `s-filler-${index}`, name: `Filler ${index}` } }));
    const broken = {
      ...graph,
      nodes: [
        ...graph.nodes,
        ...filler,
        { labels: ['Area'], properties: { id: 'area-x', name: 'X' } },
        { labels: ['Area'], properties: { id: 'area-x', name: 'X again' } },
      ],
    };
    const refused = await admin.post('/api/admin/import/graph', broken);
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({ code: 'already_exists' });
    // Accounts, the audit log and the app's own passing records (rate counts) aside, nothing is there.
    const [left] = await own.read('MATCH (n) WHERE NOT (n:User OR n:Session OR n:AuditEntry OR n:RateWindow) RETURN count(n) AS left');
    expect(left!.left).toBe(0);
    // The same file, whole, imports afterwards.
    expect((await admin.post('/api/admin/import/graph', graph)).status).toBe(201);
  });
});
