import type { CreateTie, Tie } from '../contracts/ties';
import { AppError, conflict } from '../errors';
import type { CatalogService } from '../catalog/service';
import type { TieRepository } from './repository';

export function tieService(ties: TieRepository, catalog: CatalogService) {
  return {
    async create(tie: CreateTie): Promise<Tie> {
      await catalog.requirePartners({ from: tie.from, to: tie.to });
      const created = await ties.create(tie);
      if (!created) throw conflict('tie_exists', `${tie.from} and ${tie.to} already know each other`, 'to');
      return created;
    },
    async remove(from: string, to: string): Promise<void> {
      await catalog.requirePartners({ from, to });
      if (!(await ties.remove(from, to))) {
        throw new AppError(404, 'not_found', `${from} and ${to} have no tie to remove`, 'to');
      }
    },
  };
}

export type TieService = ReturnType<typeof tieService>;
