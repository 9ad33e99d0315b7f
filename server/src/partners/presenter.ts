import type { Partner } from '../contracts/partners';
import { locationFor, seesContactsOf, type Actor } from '../http/access';

/**
 * Contact details are business information: only the partner, PALs and admins see them; other
 * partners see where a partner is only roughly.
 */
export function presentPartner(partner: Partner, actor: Actor | null): Partner {
  if (seesContactsOf(actor, partner.id)) return partner;
  return { ...partner, email: null, phone: null, location: locationFor(actor, partner.id, partner.location) };
}
