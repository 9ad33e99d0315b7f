import { catalogEndpoints } from '../contracts/catalog';
import { signedIn } from '../http/access';
import { defineRoute } from '../http/route';
import type { CatalogService } from './service';

/** Reference lists with nothing to decide, straight from the catalogue. */
export function catalogRoutes(catalog: CatalogService) {
  return [
    defineRoute({
      ...catalogEndpoints.listSpecialties,
      access: signedIn,
      handle: async () => ({ items: await catalog.specialties() }),
    }),
    defineRoute({
      ...catalogEndpoints.listAreas,
      access: signedIn,
      handle: async () => ({ items: await catalog.areas() }),
    }),
    defineRoute({
      ...catalogEndpoints.listPals,
      access: signedIn,
      handle: async () => ({ items: await catalog.pals() }),
    }),
  ];
}
