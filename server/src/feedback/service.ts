import {
  themeStatuses,
  themeTransitions,
  type CreateFeedback,
  type CreateTheme,
  type Feedback,
  type MoveTheme,
  type Theme,
  type ThemeList,
  type ThemeStatus,
} from '../contracts/feedback';
import { conflict, notFound } from '../errors';
import { forbidden, ownPartner, type Actor } from '../http/access';
import type { CatalogService } from '../catalog/service';
import { presentTheme } from './presenter';
import type { FeedbackRepository } from './repository';
import { newId } from '../ids';
import type { Notify } from '../notifications/service';

const OUTCOMES: ThemeStatus[] = ['acted', 'declined'];
const statusesLeadingTo = (to: ThemeStatus) => themeStatuses.filter((from) => themeTransitions[from].includes(to));

/** What each step records besides the status ('now' becomes the time of the move; dates become datetimes). */
function stampFor(change: MoveTheme): Record<string, unknown> {
  switch (change.status) {
    case 'raised':
      return { raisedAt: change.raisedOn ? new Date(`${change.raisedOn}T00:00:00.000Z`) : 'now', raisedWhere: change.raisedWhere ?? null };
    case 'answered':
      return { vendorAnswer: change.vendorAnswer ?? null, answeredAt: 'now' };
    case 'acted':
    case 'declined':
      return { outcomeAt: 'now', outcomeNote: change.note ?? null };
    default:
      return {};
  }
}

/**
 * Partners' feedback, merged by their PAL into themes that are followed to an outcome with the
 * vendor. Partners see their own feedback and every theme; PALs the feedback given to them;
 * admins everything.
 */
export function feedbackService(feedback: FeedbackRepository, catalog: CatalogService, notify: Notify = async () => 0) {
  async function theme(id: string, viewer: string | null): Promise<Theme> {
    const [row] = await feedback.themes([id], null, viewer);
    if (!row) throw notFound('feedback theme', id);
    return presentTheme(row);
  }

  /** A PAL may merge only feedback given to them; an admin any. */
  async function requireMergeable(actor: Actor, ids: string[]): Promise<void> {
    const found = await feedback.list({ ids }, ids.length);
    const missing = ids.find((id) => !found.some((item) => item.id === id));
    if (missing) throw notFound('feedback', missing, 'feedback');
    if (actor.role !== 'admin' && found.some((item) => item.pal?.id !== actor.partnerId)) {
      throw forbidden('feedback: you can merge only feedback given to you', 'feedback');
    }
  }

  return {
    theme,

    async give(partner: string, body: CreateFeedback): Promise<Feedback> {
      await catalog.requirePartners({ partner });
      if (body.specialty) await catalog.requireSpecialties('specialty', [body.specialty]);
      const id = newId('f');
      await feedback.create(id, partner, body.specialty ?? null, { text: body.text, sentiment: body.sentiment, programme: body.programme ?? null });
      const [created] = await feedback.list({ ids: [id] }, 1);
      return created!;
    },

    /** What the actor may see: their own (partners), what was given to them (PALs), all (admins). */
    async visibleTo(actor: Actor, unthemed: boolean, limit: number): Promise<{ items: Feedback[] }> {
      if (actor.role === 'admin') return { items: await feedback.list({ unthemed }, limit) };
      const own = ownPartner(actor);
      const filters = actor.role === 'pal' ? { pal: own } : { partner: own };
      return { items: await feedback.list({ ...filters, unthemed }, limit) };
    },

    async merge(actor: Actor, body: CreateTheme): Promise<Theme> {
      await requireMergeable(actor, body.feedback);
      const id = await feedback.createTheme(newId('th'), actor.partnerId, { title: body.title, summary: body.summary }, body.feedback);
      return theme(id, actor.partnerId);
    },

    async addToTheme(actor: Actor, id: string, ids: string[]): Promise<Theme> {
      await theme(id, null);
      await requireMergeable(actor, ids);
      await feedback.addToTheme(id, ids);
      return theme(id, actor.partnerId);
    },

    async addVoice(id: string, partner: string): Promise<Theme> {
      const already = await feedback.voice(id, partner);
      if (already === null) throw notFound('feedback theme', id);
      if (already) throw conflict('already_raised', 'You have raised this theme already', 'id');
      return theme(id, partner);
    },

    /** Its curator (the PAL who merged it) or an admin moves a theme along; no other PAL. */
    async move(actor: Actor, id: string, change: MoveTheme): Promise<Theme> {
      const viewer = ownPartner(actor);
      const current = await theme(id, viewer);
      if (actor.role !== 'admin' && current.curator?.id !== viewer) throw forbidden('id: only the PAL who curates this theme, or an admin, can move it', 'id');
      const outcome = await feedback.move(id, change.status, statusesLeadingTo(change.status), stampFor(change));
      if (!outcome.found) throw notFound('feedback theme', id);
      if (!outcome.allowed) {
        const next = themeTransitions[outcome.before];
        const options = next.length ? `it can only become ${next.join(' or ')}` : 'it has reached its outcome';
        throw conflict('illegal_transition', `This theme is ${outcome.before}; ${options}`, 'status');
      }
      const moved = await theme(id, viewer);
      await notify({
        kind: 'feedback_status',
        audience: { theme: id },
        except: viewer,
        title: `Feedback you raised is now ${moved.status}: ${moved.title}`,
        body: moved.vendorAnswer ?? moved.outcomeNote ?? moved.summary,
        link: `/feedback?theme=${encodeURIComponent(id)}`,
      });
      return moved;
    },

    async list(viewer: string | null, query: { sort: 'voices' | 'age' | 'recent'; status?: ThemeStatus; limit: number }): Promise<ThemeList> {
      const all = (await feedback.themes(null, null, viewer)).map((row) => presentTheme(row));
      const chosen = query.status ? all.filter((item) => item.status === query.status) : all;
      const order = {
        voices: (a: Theme, b: Theme) => b.voices - a.voices || b.ageDays - a.ageDays,
        age: (a: Theme, b: Theme) => b.ageDays - a.ageDays,
        recent: (a: Theme, b: Theme) => a.ageDays - b.ageDays,
      }[query.sort];
      const withOutcome = all.filter((item) => OUTCOMES.includes(item.status)).length;
      return { summary: { themes: all.length, withOutcome, open: all.length - withOutcome }, items: [...chosen].sort(order).slice(0, query.limit) };
    },
  };
}

export type FeedbackService = ReturnType<typeof feedbackService>;
