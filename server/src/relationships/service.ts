import type { CreateTie, Tie } from '../contracts/relationships';
import { AppError, conflict } from '../errors';
import type { ReferenceService } from '../references/service';
import type { TieRepository } from './repository';

export function tieService(ties: TieRepository, references: ReferenceService) {
  return {
    async create(tie: CreateTie): Promise<Tie> {
      await references.requirePartners({ from: tie.from, to: tie.to });
      const created = await ties.create(tie);
      if (!created) throw conflict('tie_exists', `${tie.from} and ${tie.to} already know each other`, 'to');
      return created;
    },
    async remove(from: string, to: string): Promise<void> {
      await references.requirePartners({ from, to });
      if (!(await ties.remove(from, to))) {
        throw new AppError(404, 'not_found', `${from} and ${to} have no tie to remove`, 'to');
      }
    },
  };
}

export type TieService = ReturnType<typeof tieService>;
