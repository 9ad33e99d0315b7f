import { areaListSchema, palListSchema, specialtyListSchema } from '../contracts/catalog';
import { signedIn } from '../http/access';
import { defineRoute } from '../http/route';
import type { CatalogService } from './service';

/** Reference lists with nothing to decide, straight from the catalogue. */
export function catalogRoutes(catalog: CatalogService) {
  return [
    defineRoute({
      method: 'get', path: '/specialties', tag: 'Catalog', access: signedIn,
      summary: 'Every specialty, with how many partners offer and seek it',
      response: specialtyListSchema,
      handle: async () => ({ items: await catalog.specialties() }),
    }),
    defineRoute({
      method: 'get', path: '/areas', tag: 'Catalog', access: signedIn,
      summary: 'Every area, with its PAL and partner count',
      response: areaListSchema,
      handle: async () => ({ items: await catalog.areas() }),
    }),
    defineRoute({
      method: 'get', path: '/pals', tag: 'Catalog', access: signedIn,
      summary: 'Every PAL, with the area they lead and their expertise',
      response: palListSchema,
      handle: async () => ({ items: await catalog.pals() }),
    }),
  ];
}
