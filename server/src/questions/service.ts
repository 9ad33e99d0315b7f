import type { AnswerQuestion, CreateQuestion, ForwardQuestion, Inbox, Question } from '../contracts/questions';
import { AppError, badRequest, conflict, notFound } from '../errors';
import type { CatalogService } from '../catalog/service';
import type { GuardedOutcome } from '../db/guarded-change';
import type { QuestionRepository, QuestionState } from './repository';
import { newId } from '../ids';
import type { Notify } from '../notifications/service';

/** Only an open question, and only by the PAL who has it now, may be forwarded or answered. */
const heldOpenBy = (pal: string) => (state: QuestionState) => state.status === 'open' && state.assignee === pal;

/** A change not found answers 404, a refused one 409 saying why. */
function requireAllowed(id: string, outcome: GuardedOutcome<QuestionState>, by: string): void {
  if (!outcome.found) throw notFound('question', id);
  if (outcome.allowed) return;
  if (outcome.state.status !== 'open') throw conflict('question_closed', 'This question has been answered already', 'by');
  throw conflict('not_assignee', `The question is with ${outcome.state.assignee}, not ${by}`, 'by');
}

/** Where a question is read: the desk of the PAL who has it, or the asker's own page. */
const deskOf = (pal: string) => `/?partner=${encodeURIComponent(pal)}&tab=desk`;
const pageOf = (partner: string) => `/?partner=${encodeURIComponent(partner)}`;

export function questionService(repository: QuestionRepository, catalog: CatalogService, notify: Notify = async () => 0) {
  const routedTo = (question: Question, how: string) =>
    notify({
      kind: 'question_routed',
      audience: { partners: [question.assignee.id] },
      title: `${how}: ${question.specialty.name}`,
      body: `${question.asker.name} asks: “${question.text}”`,
      link: deskOf(question.assignee.id),
    });

  async function get(id: string): Promise<Question> {
    const question = await repository.findById(id);
    if (!question) throw notFound('question', id);
    return question;
  }

  async function requirePal(field: string, id: string): Promise<void> {
    await catalog.requirePartners({ [field]: id });
    if (!(await repository.isPal(id))) throw badRequest(`${field}: ${id} is not a PAL`, field);
  }

  return {
    get,

    async ask(asker: string, body: CreateQuestion): Promise<Question> {
      await catalog.requirePartners({ partner: asker });
      await catalog.requireSpecialties('specialty', [body.specialty]);
      const target = await repository.routeTarget(asker, body.specialty);
      if (!target) throw new AppError(409, 'no_pal', 'No PAL can take this question: the partner has no area PAL and nobody is expert in it', 'partner');
      const id = newId('q');
      const note = target.isExpert ? `Routed to ${target.name}, the expert PAL for this specialty` : `Routed to ${target.name}, the area's PAL`;
      await repository.create(id, asker, body.specialty, body.text, target.pal, note);
      const question = await get(id);
      await routedTo(question, 'A question for you');
      return question;
    },

    async forward(id: string, by: string, body: ForwardQuestion): Promise<Question> {
      if (by === body.to) throw badRequest('to: forward to another PAL', 'to');
      await requirePal('to', body.to);
      requireAllowed(id, await repository.forward(id, by, body.to, body.note ?? null, heldOpenBy(by)), by);
      const question = await get(id);
      await routedTo(question, 'A question forwarded to you');
      return question;
    },

    async answer(id: string, by: string, body: AnswerQuestion): Promise<Question> {
      requireAllowed(id, await repository.answer(id, by, body.answer, heldOpenBy(by)), by);
      const question = await get(id);
      await notify({
        kind: 'question_answered',
        audience: { partners: [question.asker.id] },
        title: `Your question on ${question.specialty.name} is answered`,
        body: `${question.answeredBy?.name ?? 'A PAL'} answered: “${question.answer ?? ''}”`,
        link: pageOf(question.asker.id),
      });
      return question;
    },

    async askedBy(partner: string, limit: number): Promise<{ items: Question[] }> {
      await catalog.requirePartners({ id: partner });
      return { items: await repository.askedBy(partner, limit) };
    },

    async inbox(pal: string, limit: number): Promise<Inbox> {
      await requirePal('id', pal);
      const all = await repository.passedThrough(pal, limit * 3);
      const withMe = all.filter((question) => question.status === 'open' && question.assignee.id === pal);
      return {
        open: withMe.filter((question) => question.hops.length === 1).slice(0, limit),
        forwardedToMe: withMe.filter((question) => question.hops.length > 1).slice(0, limit),
        answered: all.filter((question) => question.status === 'answered').slice(0, limit),
        forwardedByMe: all.filter((question) => question.assignee.id !== pal && question.hops.some((hop) => hop.by?.id === pal)).slice(0, limit),
      };
    },
  };
}

export type QuestionService = ReturnType<typeof questionService>;
