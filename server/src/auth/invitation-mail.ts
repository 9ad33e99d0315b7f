import type { MailToQueue } from '../mail/repository';
import { absolute, sectionedMail } from '../notifications/compose';
import { newId } from '../ids';

/** Where an invitation goes: the mail queue, and the address people open the app at. */
export interface InvitationMailer {
  queue(mails: MailToQueue[]): Promise<void>;
  publicUrl: string;
}

/**
 * The e-mail that carries an invitation: the link with its token in the fragment (#invitation=…,
 * which browsers never send to a server), and how long it works.
 */
export function invitationMail(email: string, token: string, validSeconds: number, publicUrl: string): MailToQueue {
  const link = absolute(publicUrl, `/#invitation=${token}`);
  const days = Math.max(1, Math.round(validSeconds / 86_400));
  const composed = sectionedMail(
    'You are invited to Partner Graph',
    'You are invited to Partner Graph, where the partner community finds who knows whom, asks for introductions and asks its Partner Area Leads questions.',
    [{ heading: 'Choose your password', lines: [link, `The link works for ${days} day${days === 1 ? '' : 's'}, once.`] }],
    'If you did not expect this, ignore it: nothing happens until the link is used.',
  );
  return { id: newId('mail'), userId: null, to: [email], cc: [], ...composed, kind: 'invitation', unsubscribeUrl: null };
}
