import { introductionEndpoints } from '../contracts/introductions';
import type { IntroductionStatus } from '../contracts/introductions';
import { actingAs, forbidden, isPalOrAdmin, palOrAdmin } from '../http/access';
import { defineRoute, requireActor } from '../http/route';
import { keepsPrivateNote, presentIntroduction } from './presenter';
import type { IntroductionService } from './service';

/** What a partner on either side may move by hand: record that it led to work. */
const partnerMoves: readonly IntroductionStatus[] = ['collaborating'];

export function introductionRoutes(introductions: IntroductionService) {
  const sidesOf = async (id: string) => {
    const introduction = await introductions.get(id);
    return [introduction.from.id, introduction.to.id];
  };
  return [
    defineRoute({
      ...introductionEndpoints.proposeIntroduction,
      access: palOrAdmin,
      handle: async ({ body }, context) => {
        const actor = requireActor(context);
        return presentIntroduction(await introductions.create({ ...body, introducer: actingAs(actor, body.introducer, 'introducer') }), actor);
      },
    }),
    defineRoute({
      ...introductionEndpoints.listIntroductions,
      // PALs and admins list any; a partner lists those they are a side of (partner=<themselves>).
      access: { ...palOrAdmin, owners: ({ query }) => [query.partner] },
      handle: async ({ query }, context) => {
        const { items } = await introductions.list(query);
        return { items: items.map((introduction) => presentIntroduction(introduction, requireActor(context))) };
      },
    }),
    defineRoute({
      ...introductionEndpoints.getIntroduction,
      access: { ...palOrAdmin, owners: ({ params }) => sidesOf(params.id) },
      handle: async ({ params }, context) => presentIntroduction(await introductions.get(params.id), requireActor(context)),
    }),
    defineRoute({
      ...introductionEndpoints.moveIntroduction,
      // PALs and admins move it along; the partners it introduces mark it collaborating.
      access: { ...palOrAdmin, owners: ({ params }) => sidesOf(params.id) },
      before: ({ params }) => introductions.get(params.id),
      handle: async ({ params, body }, context) => {
        const actor = requireActor(context);
        if (!isPalOrAdmin(actor) && !partnerMoves.includes(body.status)) {
          throw forbidden('status: a partner answers an introduction (POST …/answer) or marks it collaborating, nothing else', 'status');
        }
        if (body.privateNote !== undefined && !keepsPrivateNote(await introductions.get(params.id), actor)) {
          throw forbidden('privateNote: only the introducer keeps a private note; say it in a comment', 'privateNote');
        }
        return presentIntroduction(await introductions.update(params.id, { ...body, by: actingAs(actor, body.by, 'by') }), actor);
      },
    }),
    defineRoute({
      ...introductionEndpoints.answerIntroduction,
      // Each side answers for itself; an admin may record a side's answer given offline.
      access: { roles: ['admin'], owners: ({ params }) => sidesOf(params.id) },
      before: ({ params }) => introductions.get(params.id),
      handle: async ({ params, body }, context) => {
        const actor = requireActor(context);
        return presentIntroduction(await introductions.answer(params.id, { ...body, by: actingAs(actor, body.by, 'by') }), actor);
      },
    }),
    defineRoute({
      ...introductionEndpoints.remindIntroduction,
      access: palOrAdmin,
      before: ({ params }) => introductions.get(params.id),
      handle: async ({ params }, context) => presentIntroduction(await introductions.remind(params.id), requireActor(context)),
    }),
    defineRoute({
      ...introductionEndpoints.getPipeline,
      access: { roles: ['admin'], owners: ({ params }) => [params.id], ownerRoles: ['pal'] },
      handle: ({ params, query }) => introductions.pipeline(params.id, query.staleAfterDays),
    }),
  ];
}
