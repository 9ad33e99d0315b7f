import {
  introductionStatuses,
  introductionTransitions,
  openIntroductionStatuses,
  statusesLeadingTo,
  type Pipeline,
  type PipelineItem,
  type CreateIntroduction,
  type Introduction,
  type IntroductionListQuery,
  type UpdateIntroduction,
} from '../contracts/introductions';
import { conflict, notFound } from '../errors';
import type { CatalogService } from '../catalog/service';
import type { IntroductionRepository } from './repository';
import { newId } from '../ids';
import { wholeDaysSince } from '../time';

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
      await introductions.create(id, body, body.introducer);
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
     * when the pair already knows each other or an introduction between them is under way or was
     * declined recently (checked under lock, so two requests at once make one).
     */
    async request(requester: string, to: string, introducer: string, reason: string): Promise<Introduction> {
      const id = newId('i');
      const made = await introductions.create(id, { introducer, from: requester, to, reason }, requester, { requestedBy: requester, exclusive: true });
      if (!made) throw conflict('already_requested', 'An introduction between them is already under way (or was declined recently)', 'to');
      changed();
      return get(id);
    },

    async list(query: IntroductionListQuery): Promise<{ items: Introduction[] }> {
      const filters = { pal: query.pal ?? null, partner: query.partner ?? null, status: query.status ?? null };
      return { items: await introductions.list(filters, query.limit) };
    },

    async update(id: string, change: UpdateIntroduction & { by: string }): Promise<Introduction> {
      await catalog.requirePartners({ by: change.by });
      const outcome = await introductions.transition(id, change.status, statusesLeadingTo(change.status), change.by, change.notes ?? null);
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
