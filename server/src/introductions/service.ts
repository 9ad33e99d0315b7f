import neo4j from 'neo4j-driver';
import {
  introductionStatuses,
  introductionTransitions,
  INTRODUCTION_REQUESTS_PER_DAY,
  movesByHand,
  openIntroductionStatuses,
  type AnswerIntroduction,
  type Pipeline,
  type PipelineItem,
  type CreateIntroduction,
  type Introduction,
  type IntroductionListQuery,
  type UpdateIntroduction,
  type IntroductionStatus,
} from '../contracts/introductions';
import { AppError, conflict, notFound, tooMany } from '../errors';
import type { CatalogService } from '../catalog/service';
import type { AnswerState, IntroductionRepository, IntroductionPairState } from './repository';
import type { NotificationEvent } from '../notifications/service';
import type { MailToQueue } from '../mail/repository';
import { introductionMail, introductionNotices } from './notices';
import { newId } from '../ids';
import { DAY_MS, wholeDaysSince } from '../time';

/** Why a request to be introduced is refused, from the state found (in the order a person would want to hear it). */
function requestRefusal(state: IntroductionPairState): AppError {
  if (state.known) return conflict('already_acquainted', 'They already know each other', 'to');
  if (state.underWay) return conflict('already_requested', 'An introduction between them is already under way (or was declined recently)', 'to');
  if (!state.open) return conflict('not_open', 'This partner is not taking introductions at the moment', 'to');
  return tooMany('too_many_requests', `At most ${INTRODUCTION_REQUESTS_PER_DAY} introduction requests a day; try again tomorrow`, 3600, 'to');
}

/** How the service tells people: notifications, and mail that is not one notification. */
export interface IntroductionMessenger {
  notify(event: NotificationEvent): Promise<unknown>;
  queue(mails: MailToQueue[]): Promise<void>;
  publicUrl: string;
}

/** When an unanswered introduction is reminded and lapses, and when its sides are asked how it went. */
export interface IntroductionTimings {
  remindAfterDays: number;
  lapseAfterDays: number;
  outcomeAfterDays: number;
}

export const defaultIntroductionTimings: IntroductionTimings = { remindAfterDays: 7, lapseAfterDays: 14, outcomeAfterDays: 60 };

const silentMessenger: IntroductionMessenger = { notify: async () => 0, queue: async () => undefined, publicUrl: 'http://127.0.0.1:3000' };

const now = () => neo4j.types.DateTime.fromStandardDate(new Date());

/** What one side's answer changes, or why it may not be given. */
function answerChanges(state: AnswerState, by: string, body: AnswerIntroduction): { changes: Record<string, unknown> } | { refusal: AppError } {
  const side = state.from === by ? 'from' : state.to === by ? 'to' : null;
  if (!side) return { refusal: conflict('not_a_side', 'Only the two partners of an introduction answer it', 'by') };
  if (state.status !== 'made') {
    const why = state.status === 'proposed' ? 'it has not been sent to you yet' : `it is ${state.status} already`;
    return { refusal: conflict('not_waiting', `This introduction takes no answer: ${why}`, 'answer') };
  }
  if (state[`${side}Answer`] !== null) return { refusal: conflict('already_answered', 'You have answered this introduction already', 'answer') };
  const other = state[side === 'from' ? 'toAnswer' : 'fromAnswer'];
  const outcome =
    body.answer === 'no'
      ? { status: 'declined', declinedAt: now(), declinedBy: by }
      : other === 'yes'
        ? { status: 'accepted', acceptedAt: now(), acceptedBy: by }
        : {};
  return {
    changes: {
      [`${side}Answer`]: body.answer,
      [`${side}AnsweredAt`]: now(),
      [`${side}Message`]: body.message ?? null,
      [`${side}Reason`]: body.reason ?? null,
      ...outcome,
    },
  };
}

/** The sides that have not answered yet. */
const unansweredSides = (introduction: Introduction) =>
  (['from', 'to'] as const).filter((side) => introduction.answers[side].answer === null).map((side) => introduction[side].id);

/**
 * `changed` is told of every write, so that what is learnt from introductions (match outcomes) is
 * computed afresh. Every step tells the people it concerns through `messenger`, in the same unit of
 * work as the step.
 */
export function introductionService(
  introductions: IntroductionRepository,
  catalog: CatalogService,
  changed: () => void = () => undefined,
  messenger: IntroductionMessenger = silentMessenger,
  timings: IntroductionTimings = defaultIntroductionTimings,
) {
  async function get(id: string): Promise<Introduction> {
    const introduction = await introductions.findById(id);
    if (!introduction) throw notFound('introduction', id);
    return introduction;
  }

  async function tell(events: NotificationEvent | NotificationEvent[]): Promise<void> {
    for (const event of [events].flat()) await messenger.notify(event);
  }

  /** Sends the introduction e-mail to both sides, the PAL in copy. */
  async function sendIntroductionMail(introduction: Introduction): Promise<void> {
    const details = await introductions.mailDetails(introduction.id);
    const mail = details && introductionMail(details, messenger.publicUrl, introduction);
    if (mail) await messenger.queue([mail]);
  }

  /** Reminds the sides that have not answered, once (the scheduler) or when the PAL asks (at most daily). */
  async function remind(id: string, now = new Date(), minimumGapMs = DAY_MS): Promise<Introduction> {
    const outcome = await introductions.changeAnswers(id, (state) => {
      if (state.status !== 'made') return null;
      if (state.remindedAt && now.getTime() - Date.parse(state.remindedAt) < minimumGapMs) return null;
      return { remindedAt: neo4j.types.DateTime.fromStandardDate(now) };
    });
    if (!outcome.found) throw notFound('introduction', id);
    if (!outcome.allowed) {
      throw conflict(
        'not_waiting',
        outcome.state.status === 'made' ? 'The sides were reminded less than a day ago' : 'Only an introduction waiting for answers is reminded',
        'id',
      );
    }
    const introduction = await get(id);
    await tell(introductionNotices.reminder(introduction, unansweredSides(introduction)));
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
      const introduction = await get(id);
      await tell(introductionNotices.requested(introduction));
      return introduction;
    },

    async list(query: IntroductionListQuery): Promise<{ items: Introduction[] }> {
      const filters = { pal: query.pal ?? null, partner: query.partner ?? null, status: query.status ?? null };
      return { items: await introductions.list(filters, query.limit) };
    },

    async update(id: string, change: UpdateIntroduction & { by: string }): Promise<Introduction> {
      await catalog.requirePartners({ by: change.by });
      const outcome = await introductions.transition(id, { ...change, allowedFrom: [...movesByHand[change.status]] });
      if (!outcome.found) throw notFound('introduction', id);
      if (!outcome.allowed) throw moveRefusal(outcome.before, change.status);
      changed();
      const introduction = await get(id);
      if (change.status === 'made') await tell(introductionNotices.asked(introduction));
      if (change.status === 'declined') await tell(introductionNotices.requestDeclined(introduction, change.comment));
      if (change.status === 'lapsed') await tell(introductionNotices.lapsed(introduction));
      return introduction;
    },

    /** One side's answer, for itself: both yes → accepted (contacts exchanged, the e-mail sent); a no → declined. */
    async answer(id: string, body: AnswerIntroduction & { by: string }): Promise<Introduction> {
      const refused: { error?: AppError } = {};
      const outcome = await introductions.changeAnswers(id, (state) => {
        const decided = answerChanges(state, body.by, body);
        if ('refusal' in decided) refused.error = decided.refusal;
        return 'changes' in decided ? decided.changes : null;
      });
      if (!outcome.found) throw notFound('introduction', id);
      if (refused.error) throw refused.error;
      changed();
      const introduction = await get(id);
      if (introduction.status === 'declined') await tell(introductionNotices.declined(introduction, body.by));
      else if (introduction.status === 'accepted') {
        await tell(introductionNotices.accepted(introduction));
        await sendIntroductionMail(introduction);
      } else await tell(introductionNotices.answeredYes(introduction, body.by));
      return introduction;
    },

    remind: (id: string) => remind(id),

    /**
     * The scheduled round, as of `now`: one reminder for an unanswered introduction, lapsing one still
     * unanswered after that, and asking both sides, once, whether an accepted one led to work.
     */
    async followUp(now: Date, only: string[] | null = null): Promise<{ reminded: number; lapsed: number; askedOutcome: number }> {
      const done = { reminded: 0, lapsed: 0, askedOutcome: 0 };
      for (const { id, due } of await introductions.due(now, timings, only)) {
        if (due === 'remind') {
          await remind(id, now).then(() => (done.reminded += 1), ignoreConflict);
        } else if (due === 'lapse') {
          const outcome = await introductions.transition(id, { status: 'lapsed', allowedFrom: ['made'], by: null });
          if (outcome.found && outcome.allowed) {
            done.lapsed += 1;
            changed();
            await tell(introductionNotices.lapsed(await get(id)));
          }
        } else {
          const outcome = await introductions.changeAnswers(id, (state) =>
            state.status === 'accepted' ? { outcomeAskedAt: neo4j.types.DateTime.fromStandardDate(now) } : null,
          );
          if (outcome.found && outcome.allowed) {
            done.askedOutcome += 1;
            await tell(introductionNotices.askOutcome(await get(id)));
          }
        }
      }
      return done;
    },
  };
}

/** Someone else moved it first (a PAL, another process): nothing to do. */
function ignoreConflict(error: unknown): void {
  if (!(error instanceof AppError && error.status === 409)) throw error;
}

/** Why a move by hand is refused, in the words of the person who tried it. */
function moveRefusal(before: IntroductionStatus, to: IntroductionStatus): AppError {
  if (before === 'made' && (to === 'accepted' || to === 'declined')) {
    return conflict('answered_by_each_side', 'Each side answers for itself (POST /introductions/:id/answer): one cannot answer for the other', 'status');
  }
  if (to === 'accepted') return conflict('answered_by_each_side', 'An introduction is accepted when both sides have said yes', 'status');
  const next = introductionTransitions[before].filter((status) => movesByHand[status].includes(before));
  const options = next.length ? `it can only become ${next.join(' or ')}` : 'it cannot change any more';
  return conflict('illegal_transition', `This introduction is ${before}; ${options}`, 'status');
}

export type IntroductionService = ReturnType<typeof introductionService>;
