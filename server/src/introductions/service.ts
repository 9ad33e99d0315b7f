import {
  introductionStatuses,
  introductionTransitions,
  INTRODUCTION_REQUESTS_PER_DAY,
  openIntroductionStatuses,
  statusesLeadingTo,
  type Pipeline,
  type PipelineItem,
  type CreateIntroduction,
  type Introduction,
  type IntroductionListQuery,
  type UpdateIntroduction,
} from '../contracts/introductions';
import { type AppError, conflict, notFound, tooMany } from '../errors';
import type { CatalogService } from '../catalog/service';
import type { IntroductionRepository, IntroductionPairState } from './repository';
import { newId } from '../ids';
import { wholeDaysSince } from '../time';

/** Why a request to be introduced is refused, from the state found (in the order a person would want to hear it). */
function requestRefusal(state: IntroductionPairState): AppError {
  if (state.known) return conflict('already_acquainted', 'They already know each other', 'to');
  if (state.underWay) return conflict('already_requested', 'An introduction between them is already under way (or was declined recently)', 'to');
  if (!state.open) return conflict('not_open', 'This partner is not taking introductions at the moment', 'to');
  return tooMany('too_many_requests', `At most ${INTRODUCTION_REQUESTS_PER_DAY} introduction requests a day; try again tomorrow`, 3600, 'to');
}

/**
 * `changed` is told of every write, so that what is learnt from introductions (match outcomes) is
 * computed afresh.
 */
export function introductionService(introductions: IntroductionRepository, catalog: CatalogService, changed: () => void = () => undefined) {
  async function get(id: string): Promise<Introduction> {
    const introduction = await introductions.findById(id);
    if (!introduction) throw notFound('introduction', id);
    return introduction;
  }

  return {
    get,

    async create(body: CreateIntroduction & { introducer: string }): Promise<Introduction> {
      await catalog.requirePartners({ introducer: body.introducer, from: body.from, to: body.to });
      const id = newId('i');
      // One open introduction per pair, whoever proposes it: fifty clicks make one.
      const outcome = await introductions.create(id, body, { by: body.introducer, requestedBy: null }, (state) => !state.openBetween);
      if (!outcome.found) throw notFound('partner', body.to, 'to');
      if (!outcome.allowed) throw conflict('already_open', 'An introduction between them is already open', 'to');
      changed();
      return get(id);
    },

    async pipeline(pal: string, staleAfterDays: number, now = new Date()): Promise<Pipeline> {
      await catalog.requirePartners({ id: pal });
      const items = await introductions.list({ pal, partner: null, status: null }, 1000);
      const columns = Object.fromEntries(introductionStatuses.map((status) => [status, [] as PipelineItem[]])) as Pipeline['columns'];
      for (const introduction of items) {
        const lastStep = introduction.history.at(-1)?.at ?? introduction.proposedAt;
        const waitingDays = wholeDaysSince(lastStep, now.getTime());
        const stale = openIntroductionStatuses.includes(introduction.status) && waitingDays > staleAfterDays;
        columns[introduction.status].push({ ...introduction, waitingDays, stale });
      }
      const staleCount = Object.values(columns)
        .flat()
        .filter((item) => item.stale).length;
      return { pal, staleAfterDays, columns, staleCount };
    },

    /**
     * A partner's request to be introduced, routed to `introducer` as a proposed introduction; refused
     * when the pair already knows each other, an introduction between them is under way or was
     * declined recently, the partner asked is not open to introductions, or the asking partner has
     * asked too often today (all checked under lock, so two requests at once make one).
     */
    async request(requester: string, to: string, introducer: string, reason: string): Promise<Introduction> {
      const id = newId('i');
      const outcome = await introductions.create(
        id,
        { introducer, from: requester, to, reason },
        { by: requester, requestedBy: requester },
        (state) => !state.known && !state.underWay && state.open && state.today < INTRODUCTION_REQUESTS_PER_DAY,
      );
      if (!outcome.found) throw notFound('partner', to, 'to');
      if (!outcome.allowed) throw requestRefusal(outcome.state);
      changed();
      return get(id);
    },

    async list(query: IntroductionListQuery): Promise<{ items: Introduction[] }> {
      const filters = { pal: query.pal ?? null, partner: query.partner ?? null, status: query.status ?? null };
      return { items: await introductions.list(filters, query.limit) };
    },

    async update(id: string, change: UpdateIntroduction & { by: string }): Promise<Introduction> {
      await catalog.requirePartners({ by: change.by });
      const outcome = await introductions.transition(id, { ...change, allowedFrom: statusesLeadingTo(change.status) });
      if (!outcome.found) throw notFound('introduction', id);
      if (!outcome.allowed) {
        const next = introductionTransitions[outcome.before];
        const options = next.length ? `it can only become ${next.join(' or ')}` : 'it cannot change any more';
        throw conflict('illegal_transition', `This introduction is ${outcome.before}; ${options}`, 'status');
      }
      changed();
      return get(id);
    },
  };
}

export type IntroductionService = ReturnType<typeof introductionService>;
