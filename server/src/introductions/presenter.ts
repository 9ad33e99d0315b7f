import type { Introduction } from '../contracts/introductions';
import type { Actor } from '../http/access';

/** The private note is the introducer's (and admins') alone: to keep, and to read. */
export const keepsPrivateNote = (introduction: Introduction, actor: Actor) =>
  actor.role === 'admin' || (actor.partnerId !== null && introduction.introducer?.id === actor.partnerId);

/** An introduction as `actor` may read it. */
export function presentIntroduction(introduction: Introduction, actor: Actor): Introduction {
  return keepsPrivateNote(introduction, actor) ? introduction : { ...introduction, privateNote: null };
}
