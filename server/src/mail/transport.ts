import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer from 'nodemailer';

/** A message as it goes out. */
export interface OutgoingMail {
  id: string;
  from: string;
  to: string[];
  cc: string[];
  subject: string;
  text: string;
  html: string;
  unsubscribeUrl: string | null;
}

/** Where mail goes: `send` resolves with the Message-ID once the message is accepted, or throws. */
export interface MailTransport {
  kind: 'smtp' | 'folder';
  send(mail: OutgoingMail): Promise<string>;
  close(): void;
}

/** The one-click unsubscribe headers of RFC 8058 (and the older List-Unsubscribe of RFC 2369). */
function unsubscribeHeaders(url: string | null): Record<string, string> {
  return url ? { 'List-Unsubscribe': `<${url}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' } : {};
}

/** How many messages go to the SMTP server at once (nodemailer's pool); one sender round sends this many together. */
export const SMTP_CONNECTIONS = 4;

function messageOf(mail: OutgoingMail) {
  return {
    from: mail.from,
    to: mail.to,
    cc: mail.cc,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    headers: unsubscribeHeaders(mail.unsubscribeUrl),
    // Our id in the Message-ID: a message resent after a crash carries the same one.
    messageId: `<${mail.id}@partner-graph>`,
  };
}

/**
 * Real SMTP: `smtp://user:pass@host:587` or `smtps://…`. Pooled: a connection (and its TLS and
 * AUTH) is kept for many messages rather than opened for each, a few at a time.
 */
export function smtpTransport(url: string): MailTransport {
  const transporter = nodemailer.createTransport({ url, pool: true, maxConnections: SMTP_CONNECTIONS });
  return {
    kind: 'smtp',
    async send(mail) {
      const info = await transporter.sendMail(messageOf(mail));
      return info.messageId;
    },
    close: () => transporter.close(),
  };
}

/**
 * No SMTP server configured (development, the two-command start): each message is written as an
 * .eml file to the outbox folder, so a newcomer reads exactly what would have been sent.
 */
export function folderTransport(directory: string): MailTransport {
  const transporter = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    kind: 'folder',
    async send(mail) {
      const info = await transporter.sendMail(messageOf(mail));
      await mkdir(directory, { recursive: true });
      await writeFile(join(directory, `${mail.id}.eml`), info.message as Buffer);
      return info.messageId;
    },
    close: () => transporter.close(),
  };
}
