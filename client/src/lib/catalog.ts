import { catalogEndpoints } from '@contracts/catalog';
import { useEndpoint } from './queries';

/** The catalogue's lists, read once and shared by every page that shows them. */
export const useAreas = () => useEndpoint(catalogEndpoints.listAreas, {}, { select: (list) => list.items });
export const useSpecialties = () => useEndpoint(catalogEndpoints.listSpecialties, {}, { select: (list) => list.items });
export const usePals = () => useEndpoint(catalogEndpoints.listPals, {}, { select: (list) => list.items });
