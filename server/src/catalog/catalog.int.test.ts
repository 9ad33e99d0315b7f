import { beforeAll, describe, expect, it } from 'vitest';
import { apiSuite } from '../../../test/support/api-suite';

const { fx, api } = apiSuite();

beforeAll(async () => {
  const area = await fx.area('midlands', `Midlands ${fx.prefix}`);
  const o365 = await fx.specialty('o365', `Office 365 ${fx.prefix}`);
  const voice = await fx.specialty('voice');
  const lead = await fx.partner('lead', { area, offers: [o365] });
  await fx.pal(lead, area, [o365]);
  const member = await fx.partner('member', { area, offers: [o365], seeks: [voice] });
  await fx.ties([[lead, member]]);
});

describe('catalog', () => {
  it('lists specialties with how many offer and seek them', async () => {
    const { status, body } = await api.get('/api/specialties');
    expect(status).toBe(200);
    expect(body.items).toContainEqual({ id: fx.id('o365'), name: `Office 365 ${fx.prefix}`, category: 'Test', offeredBy: 2, soughtBy: 0 });
    expect(body.items).toContainEqual(expect.objectContaining({ id: fx.id('voice'), offeredBy: 0, soughtBy: 1 }));
  });

  it('lists areas with their PAL and partner count', async () => {
    const { body } = await api.get('/api/areas');
    expect(body.items).toContainEqual(
      expect.objectContaining({
        id: fx.id('midlands'),
        pal: { id: fx.id('lead'), name: `lead ${fx.prefix}` },
        partnerCount: 2,
        center: { latitude: 52.5, longitude: -1.9 },
      }),
    );
  });

  it('lists PALs with the area they lead and their expertise', async () => {
    const { body } = await api.get('/api/pals');
    const pal = body.items.find((item: { id: string }) => item.id === fx.id('lead'));
    expect(pal).toMatchObject({ area: { id: fx.id('midlands') }, expertIn: [{ id: fx.id('o365') }], knowsCount: 1 });
    expect(body.items.map((item: { id: string }) => item.id)).not.toContain(fx.id('member'));
  });

  it('shows a PAL as such on their profile', async () => {
    const { body } = await api.get(`/api/partners/${fx.id('lead')}`);
    expect(body).toMatchObject({ isPal: true, leads: { id: fx.id('midlands') }, expertIn: [{ id: fx.id('o365') }] });
  });
});
