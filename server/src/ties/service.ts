import { TIE_REQUESTS_PER_DAY, type CreateTie, type Tie, type TieRequest, type TieRequestList } from '../contracts/ties';
import { AppError, badRequest, conflict, notFound, tooMany } from '../errors';
import type { CatalogService } from '../catalog/service';
import { newId } from '../ids';
import type { TieRepository, TieRequestState } from './repository';

/** Why a tie request is refused, from the state found (in the order a person would want to hear it). */
function refusalOf(state: TieRequestState): AppError {
  if (state.known) return conflict('tie_exists', 'You already know each other', 'to');
  if (state.pending) return conflict('already_requested', 'A tie request between you is already waiting for an answer', 'to');
  return tooMany('too_many_requests', `At most ${TIE_REQUESTS_PER_DAY} tie requests a day; try again tomorrow`, 3600, 'to');
}

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

    /** A partner's word that they know someone: a tie only once the other side confirms it. */
    async request(from: string, to: string): Promise<TieRequest> {
      if (from === to) throw badRequest('to: you cannot ask for a tie to yourself', 'to');
      await catalog.requirePartners({ from, to });
      const id = newId('tr');
      const outcome = await ties.request(id, from, to, (state) => !state.known && !state.pending && state.today < TIE_REQUESTS_PER_DAY);
      if (!outcome.found) throw notFound('partner', to, 'to');
      if (!outcome.allowed) throw refusalOf(outcome.state);
      return requireRequest(id);
    },

    async answer(id: string, answer: 'accepted' | 'declined'): Promise<TieRequest> {
      const outcome = await ties.answer(id, answer);
      if (!outcome.found) throw notFound('tie request', id, 'id');
      if (!outcome.allowed) throw conflict('already_answered', 'This tie request has been answered already', 'answer');
      return requireRequest(id);
    },

    /** The asked partner of a request (who may answer it), or null when there is no such request. */
    askedOf: async (id: string): Promise<string | null> => (await ties.byId(id))?.to.id ?? null,

    async waitingFor(partner: string): Promise<TieRequestList> {
      await catalog.requirePartners({ partner });
      const all = await ties.waitingFor(partner);
      return { incoming: all.filter((request) => request.to.id === partner), outgoing: all.filter((request) => request.from.id === partner) };
    },
  };

  async function requireRequest(id: string): Promise<TieRequest> {
    const found = await ties.byId(id);
    if (!found) throw notFound('tie request', id, 'id');
    return found;
  }
}

export type TieService = ReturnType<typeof tieService>;
