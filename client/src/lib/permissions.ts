import type { User } from '@contracts/auth';

/**
 * What the signed-in person may do, as the server's rules say (README, "Roles"): the UI hides what
 * a role may not do, the server enforces it.
 */
export const isAdmin = (user: User) => user.role === 'admin';
export const isPalOrAdmin = (user: User) => user.role === 'pal' || user.role === 'admin';
export const isSelf = (user: User, partnerId: string | null | undefined) => !!partnerId && user.partner?.id === partnerId;

/** Whose network, matches and routes this person may open: their own, or anyone's for PALs and admins. */
export const mayExplore = (user: User, partnerId: string) => isPalOrAdmin(user) || isSelf(user, partnerId);

/** A PAL's desk (inbox, pipeline, suggestions): the PAL themselves, or an admin. */
export const mayUseDesk = (user: User, palId: string) => isAdmin(user) || (user.role === 'pal' && isSelf(user, palId));

/** Who may edit a profile: the partner themselves, the PAL of their area, or an admin (the server checks the same). */
export const mayEditProfile = (user: User, partnerId: string, areaPalId: string | null | undefined) =>
  isAdmin(user) || isSelf(user, partnerId) || (user.role === 'pal' && isSelf(user, areaPalId));
