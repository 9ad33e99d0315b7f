import { beforeAll, describe, expect, it } from 'vitest';
import { apiSuite } from '../../../test/support/api-suite';
import type { ApiClient } from '../../../test/support/http';

/** North (PAL pam): gold partner ann who offers backup; South: community partner bob. */
const { fx, signIn } = apiSuite();
const id = fx.id;
const as: Record<string, ApiClient> = {};

beforeAll(async () => {
  const north = await fx.area('north');
  const south = await fx.area('south');
  const backup = await fx.specialty('backup');
  await fx.partner('pam', { area: north, tier: 'silver' });
  await fx.pal(id('pam'), north);
  await fx.partner('ann', { area: north, tier: 'gold', offers: [backup] });
  await fx.partner('bob', { area: south, tier: 'community' });
  as.pam = await signIn(await fx.user('pam', 'pal', id('pam')));
  as.ann = await signIn(await fx.user('ann', 'partner', id('ann')));
  as.bob = await signIn(await fx.user('bob', 'partner', id('bob')));
});

const titles = async (who: string) =>
  ((await as[who]!.get('/api/announcements')).body.items as { title: string }[]).map((item) => item.title).filter((title) => title.includes(fx.prefix));

describe('announcements', () => {
  it('are shown to the partners they are meant for, newest first', async () => {
    const post = (title: string, audience: object) => as.pam!.post('/api/announcements', { title: `${title} ${fx.prefix}`, body: 'From the vendor', audience });
    expect((await post('Everyone', { kind: 'everyone' })).status).toBe(201);
    const north = await post('North', { kind: 'area', area: id('north') });
    expect(north.body.audience.label).toMatch(/^Partners in /);
    await post('Gold', { kind: 'tier', tier: 'gold' });
    await post('Backup', { kind: 'specialty', specialty: id('backup') });
    expect(await titles('ann')).toEqual([`Backup ${fx.prefix}`, `Gold ${fx.prefix}`, `North ${fx.prefix}`, `Everyone ${fx.prefix}`]);
    expect(await titles('bob')).toEqual([`Everyone ${fx.prefix}`]);
  });

  it('can be marked read, by those they are meant for', async () => {
    const gold = (await as.ann!.get('/api/announcements')).body.items.find((item: { title: string }) => item.title === `Gold ${fx.prefix}`);
    expect(gold.read).toBe(false);
    const read = await as.ann!.post(`/api/announcements/${gold.id}/read`, {});
    expect(read.body.read).toBe(true);
    expect((await as.ann!.get('/api/announcements?unread=true')).body.items.map((item: { id: string }) => item.id)).not.toContain(gold.id);
    expect((await as.bob!.post(`/api/announcements/${gold.id}/read`, {})).status).toBe(404);
  });

  it('are posted by PALs and admins only, to an audience that exists', async () => {
    expect((await as.ann!.post('/api/announcements', { title: 'Mine', body: 'x', audience: { kind: 'everyone' } })).status).toBe(403);
    const unknown = await as.pam!.post('/api/announcements', { title: 'Nowhere', body: 'x', audience: { kind: 'area', area: 'no-such-area' } });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.field).toBe('audience.area');
  });
});
