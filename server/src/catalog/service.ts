import { notFound } from '../errors';
import type { CatalogRepository } from './repository';

/**
 * The catalogue's lists, and the checks that every id an input names exists: they answer 404
 * naming the field that holds the first unknown one, before anything is written.
 */
export function catalogService(catalog: CatalogRepository) {
  return {
    specialties: () => catalog.specialties(),
    areas: () => catalog.areas(),
    pals: () => catalog.pals(),
    /** `partners` maps a field name to the partner id it holds. */
    async requirePartners(partners: Record<string, string | undefined>): Promise<void> {
      const entries = Object.entries(partners).filter((entry): entry is [string, string] => entry[1] !== undefined);
      const missing = new Set(await catalog.missingPartners([...new Set(entries.map(([, id]) => id))]));
      const blamed = entries.find(([, id]) => missing.has(id));
      if (blamed) throw notFound('partner', blamed[1], blamed[0]);
    },
    async requireSpecialties(field: string, ids: string[] | undefined): Promise<void> {
      const [first] = await catalog.missingSpecialties(ids ?? []);
      if (first) throw notFound('specialty', first, field);
    },
    isPal: (id: string) => catalog.isPal(id),
    /** The PAL who leads the partner's area, if it has one. */
    areaPalOf: (id: string) => catalog.areaPalOf(id),
    async requireArea(field: string, id: string | undefined): Promise<void> {
      if (id !== undefined && !(await catalog.areaExists(id))) throw notFound('area', id, field);
    },
  };
}

export type CatalogService = ReturnType<typeof catalogService>;
