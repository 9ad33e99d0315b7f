import type { Partner } from '../contracts/partners';
import { seesContactsOf, type Actor } from '../http/access';

/** Contact details are business information: only the partner, PALs and admins see them. */
export function presentPartner(partner: Partner, actor: Actor | null): Partner {
  return seesContactsOf(actor, partner.id) ? partner : { ...partner, email: null, phone: null };
}
