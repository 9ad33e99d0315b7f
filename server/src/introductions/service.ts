import { randomUUID } from 'node:crypto';
import {
  introductionTransitions,
  statusesLeadingTo,
  type CreateIntroduction,
  type Introduction,
  type IntroductionListQuery,
  type UpdateIntroduction,
} from '../contracts/introductions';
import { conflict, notFound } from '../errors';
import type { ReferenceService } from '../references/service';
import type { IntroductionRepository } from './repository';

export function introductionService(introductions: IntroductionRepository, references: ReferenceService) {
  async function get(id: string): Promise<Introduction> {
    const introduction = await introductions.findById(id);
    if (!introduction) throw notFound('introduction', id);
    return introduction;
  }

  return {
    get,

    async create(body: CreateIntroduction): Promise<Introduction> {
      await references.requirePartners({ introducer: body.introducer, from: body.from, to: body.to });
      const id = `i-${randomUUID().slice(0, 8)}`;
      await introductions.create(id, body);
      return get(id);
    },

    async list(query: IntroductionListQuery): Promise<{ items: Introduction[] }> {
      const filters = { pal: query.pal ?? null, partner: query.partner ?? null, status: query.status ?? null };
      return { items: await introductions.list(filters, query.limit) };
    },

    async update(id: string, change: UpdateIntroduction): Promise<Introduction> {
      const outcome = await introductions.transition(id, change.status, statusesLeadingTo(change.status), change.notes ?? null);
      if (!outcome.found) throw notFound('introduction', id);
      if (!outcome.allowed) {
        const next = introductionTransitions[outcome.before];
        const options = next.length ? `it can only become ${next.join(' or ')}` : 'it cannot change any more';
        throw conflict('illegal_transition', `This introduction is ${outcome.before}; ${options}`, 'status');
      }
      return get(id);
    },
  };
}

export type IntroductionService = ReturnType<typeof introductionService>;
