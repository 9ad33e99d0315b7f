import { notFound } from '../errors';
import type { ReferenceRepository } from './repository';

/**
 * Checks that every id an input names exists, and answers 404 naming the field that holds the
 * first unknown one, before anything is written.
 */
export function referenceService(references: ReferenceRepository) {
  return {
    /** `partners` maps a field name to the partner id it holds. */
    async requirePartners(partners: Record<string, string | undefined>): Promise<void> {
      const entries = Object.entries(partners).filter((entry): entry is [string, string] => entry[1] !== undefined);
      const missing = new Set(await references.missingPartners([...new Set(entries.map(([, id]) => id))]));
      const blamed = entries.find(([, id]) => missing.has(id));
      if (blamed) throw notFound('partner', blamed[1], blamed[0]);
    },
    async requireSpecialties(field: string, ids: string[] | undefined): Promise<void> {
      const [first] = await references.missingSpecialties(ids ?? []);
      if (first) throw notFound('specialty', first, field);
    },
    isPal: (id: string) => references.isPal(id),
    /** The PAL who leads the partner's area, if it has one. */
    areaPalOf: (id: string) => references.areaPalOf(id),
    async requireArea(field: string, id: string | undefined): Promise<void> {
      if (id !== undefined && !(await references.areaExists(id))) throw notFound('area', id, field);
    },
  };
}

export type ReferenceService = ReturnType<typeof referenceService>;
