import type { Role } from '../contracts/auth';
import { AppError } from '../errors';

/** The person behind a request, from their session. */
export interface Actor {
  userId: string;
  email: string;
  role: Role;
  /** The partner this person is (null for an admin who is not a partner). */
  partnerId: string | null;
}

/**
 * Who may call a route. Every route states one (TypeScript requires it), and the role × endpoint
 * matrix test enumerates them, so a new route cannot ship without a rule.
 *
 * - `public`: anyone, signed in or not.
 * - `roles`: these roles may call it on anything.
 * - `beforeMfa`: may be called by someone whose role requires two-step sign-in before they have set
 *   it up (seeing who they are, setting it up, signing out); every other route refuses them.
 * - `owners`: the partners a particular call belongs to (the partner whose profile it is, the two
 *   sides of an introduction…); a signed-in person of `ownerRoles` (default: any role) whose partner
 *   is among them may call it too.
 */
export type Access<I = unknown> =
  | { public: true }
  | {
      roles: readonly Role[];
      owners?: (input: I) => Promise<readonly (string | null | undefined)[]> | readonly (string | null | undefined)[];
      ownerRoles?: readonly Role[];
      beforeMfa?: true;
    };

export const anyone = { public: true } as const;
export const signedIn = { roles: ['partner', 'pal', 'admin'] } as const;
/** Your own account, even before two-step sign-in is set up where it is required. */
export const ownAccount = { roles: ['partner', 'pal', 'admin'], beforeMfa: true } as const;
export const palOrAdmin = { roles: ['pal', 'admin'] } as const;
export const adminOnly = { roles: ['admin'] } as const;

export const unauthenticated = () => new AppError(401, 'unauthenticated', 'Sign in first');
export const forbidden = (message = 'Your role does not allow this', field?: string) => new AppError(403, 'forbidden', message, field);

/**
 * The part of the access rule that needs no input, checked before the body is even read (so an
 * outsider cannot make the server read and parse a large body): `in` when the actor may call the
 * route on anything, `owners` when it depends on whose the call is; otherwise 401 or 403.
 */
export function admit(access: Access<never>, actor: Actor | null): 'in' | 'owners' {
  if ('public' in access) return 'in';
  if (!actor) throw unauthenticated();
  if (access.roles.includes(actor.role)) return 'in';
  const ownerRoles = access.ownerRoles ?? ['partner', 'pal', 'admin'];
  if (!access.owners || !actor.partnerId || !ownerRoles.includes(actor.role)) throw forbidden();
  return 'owners';
}

/**
 * Checks the access rule and returns the parsed input. Anonymous callers and roles with no way in
 * are refused before the input is even read (so a 400 never tells an outsider about a route's
 * shape); the owners check, which needs the input, comes after parsing.
 */
export async function authorize<I>(access: Access<I>, actor: Actor | null, parse: () => I): Promise<I> {
  if (admit(access, actor) === 'in') return parse();
  const input = parse();
  if ('public' in access || !access.owners || !actor?.partnerId) throw forbidden();
  const owners = await access.owners(input);
  if (!owners.includes(actor.partnerId)) throw forbidden('This belongs to someone else');
  return input;
}

/** Two decimals of a degree: about a kilometre, enough to draw a partner in their town. */
const ROUNDED_DECIMALS = 2;

/**
 * Where a partner is, as `actor` may see it: exact for themselves, PALs and admins (who meet them);
 * rounded for other partners, so a map of the community does not hand out everyone's address.
 */
export function locationFor<L extends { latitude: number; longitude: number } | null>(actor: Actor | null, partnerId: string, location: L): L {
  if (!location || seesContactsOf(actor, partnerId)) return location;
  const round = (value: number) => Number(value.toFixed(ROUNDED_DECIMALS));
  return { ...location, latitude: round(location.latitude), longitude: round(location.longitude) };
}

/** PALs and admins see everyone's contact details; others only their own. */
export function seesContactsOf(actor: Actor | null, partnerId: string): boolean {
  return !!actor && (actor.role === 'pal' || actor.role === 'admin' || actor.partnerId === partnerId);
}

/**
 * The partner a write is made as: the actor's own partner, or — for an admin recording something
 * done offline — the one named in `field`. Anyone else naming another partner is refused.
 */
export function actingAs(actor: Actor, named: string | undefined, field: string): string {
  if (named === undefined) {
    if (!actor.partnerId) throw new AppError(400, 'invalid_input', `${field}: name the partner this is done as`, field);
    return actor.partnerId;
  }
  if (named !== actor.partnerId && actor.role !== 'admin') throw forbidden(`${field}: you can only act as yourself`, field);
  return named;
}

/**
 * The partner a partner or PAL reads and writes as, wherever their partner is a filter. An account
 * of those roles whose partner is gone is refused, never taken as one that may see everything; an
 * admin may be no partner at all (null: no filter).
 */
export function ownPartner(actor: Actor): string | null {
  if (actor.role === 'admin') return actor.partnerId;
  if (!actor.partnerId) throw new AppError(403, 'no_partner', 'Your account is not linked to a partner any more; ask an admin');
  return actor.partnerId;
}

export const isPalOrAdmin = (actor: Actor) => actor.role === 'pal' || actor.role === 'admin';
