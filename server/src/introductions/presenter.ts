import type { Introduction } from '../contracts/introductions';
import { isPalOrAdmin, type Actor } from '../http/access';

/** The private note is the introducer's (and admins') alone: to keep, and to read. */
export const keepsPrivateNote = (introduction: Introduction, actor: Actor) =>
  actor.role === 'admin' || (actor.partnerId !== null && introduction.introducer?.id === actor.partnerId);

/** Once both said yes, each side may reach the other (and read what the other said). */
const exchangedWith = (introduction: Introduction, actor: Actor) =>
  (introduction.status === 'accepted' || introduction.status === 'collaborating') &&
  (actor.partnerId === introduction.from.id || actor.partnerId === introduction.to.id);

/**
 * One side's answer as `actor` may read it: PALs and admins read it all, the side itself its own; the
 * other side reads the message once both said yes, and never the reason for a no.
 */
function answerFor(introduction: Introduction, side: 'from' | 'to', actor: Actor): Introduction['answers']['from'] {
  const answer = introduction.answers[side];
  if (isPalOrAdmin(actor) || actor.partnerId === introduction[side].id) return answer;
  return { ...answer, reason: null, message: exchangedWith(introduction, actor) ? answer.message : null };
}

/** One side's contact details: PALs and admins; the other side once contacts are exchanged (a side's own are on its profile). */
function contactFor(introduction: Introduction, side: 'from' | 'to', actor: Actor): Introduction['contacts']['from'] {
  if (isPalOrAdmin(actor)) return introduction.contacts[side];
  if (actor.partnerId === introduction[side].id) return null;
  return exchangedWith(introduction, actor) ? introduction.contacts[side] : null;
}

/** An introduction as `actor` may read it. */
export function presentIntroduction(introduction: Introduction, actor: Actor): Introduction {
  return {
    ...introduction,
    privateNote: keepsPrivateNote(introduction, actor) ? introduction.privateNote : null,
    answers: { from: answerFor(introduction, 'from', actor), to: answerFor(introduction, 'to', actor) },
    contacts: { from: contactFor(introduction, 'from', actor), to: contactFor(introduction, 'to', actor) },
  };
}
