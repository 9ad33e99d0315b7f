import { notificationKindLabels, type NotificationKind } from '../contracts/notifications';

/** Text made safe to put in HTML. */
export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);

/** An app path (`/introductions/i-…`) as a link people can follow from their mail. */
export const absolute = (publicUrl: string, link: string): string => new URL(link, publicUrl).toString();

/** Paragraphs of plain text as HTML paragraphs. */
const paragraphs = (text: string) =>
  text
    .split(/\n{2,}/)
    .map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, '<br>')}</p>`)
    .join('\n');

/** The one HTML frame of every message: readable without images, styles inline. */
function htmlPage(title: string, content: string): string {
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>
<body style="font-family: system-ui, sans-serif; line-height: 1.5; color: #1d2330; max-width: 40rem;">
${content}
</body></html>
`;
}

export interface ComposedMail {
  subject: string;
  text: string;
  html: string;
}

/** One notification sent at once: what happened, the link to it, and how to stop this kind. */
export function notificationMail(
  input: { name: string; kind: NotificationKind; title: string; body: string; link: string },
  links: { publicUrl: string; unsubscribePage: string },
): ComposedMail {
  const url = absolute(links.publicUrl, input.link);
  const account = absolute(links.publicUrl, '/account');
  const why = `You get this e-mail because “${notificationKindLabels[input.kind]}” is set to come by e-mail.`;
  const text = [
    `Hello ${input.name},`,
    input.body,
    `Open it in Partner Graph: ${url}`,
    '—',
    why,
    `Stop these e-mails: ${links.unsubscribePage}`,
    `Choose what you receive: ${account}`,
  ].join('\n\n');
  const html = htmlPage(
    input.title,
    `<p>Hello ${escapeHtml(input.name)},</p>
${paragraphs(input.body)}
<p><a href="${escapeHtml(url)}">Open it in Partner Graph</a></p>
<hr>
<p style="font-size: 0.85em; color: #555;">${escapeHtml(why)}
<a href="${escapeHtml(links.unsubscribePage)}">Stop these e-mails</a> ·
<a href="${escapeHtml(account)}">Choose what you receive</a></p>`,
  );
  return { subject: input.title, text, html };
}

/** The daily digest: everything that waited for it, oldest first, each with its link. */
export function digestMail(input: { name: string; notifications: { title: string; body: string; link: string }[] }, publicUrl: string): ComposedMail {
  const count = input.notifications.length;
  const subject = `Partner Graph: ${count} ${count === 1 ? 'thing' : 'things'} since your last digest`;
  const account = absolute(publicUrl, '/account');
  const items = input.notifications.map((item) => ({ ...item, url: absolute(publicUrl, item.link) }));
  const text = [
    `Hello ${input.name},`,
    'Since your last digest:',
    ...items.map((item) => `• ${item.title}\n  ${item.body}\n  ${item.url}`),
    '—',
    `You chose a daily digest for these. Choose what you receive: ${account}`,
  ].join('\n\n');
  const html = htmlPage(
    subject,
    `<p>Hello ${escapeHtml(input.name)},</p>
<p>Since your last digest:</p>
<ul>
${items.map((item) => `<li><a href="${escapeHtml(item.url)}"><strong>${escapeHtml(item.title)}</strong></a><br>${escapeHtml(item.body)}</li>`).join('\n')}
</ul>
<hr>
<p style="font-size: 0.85em; color: #555;">You chose a daily digest for these. <a href="${escapeHtml(account)}">Choose what you receive</a></p>`,
  );
  return { subject, text, html };
}

/** A section of a message: a heading and plain-text lines (made safe for HTML here). */
export interface MailSection {
  heading: string;
  lines: string[];
}

/** A message of several sections (the introduction e-mail), in both parts. */
export function sectionedMail(subject: string, opening: string, sections: MailSection[], closing: string): ComposedMail {
  const text = [opening, ...sections.map((section) => `${section.heading}\n${section.lines.join('\n')}`), closing].join('\n\n');
  const html = htmlPage(
    subject,
    [
      paragraphs(opening),
      ...sections.map((section) => `<h3>${escapeHtml(section.heading)}</h3>\n<p>${section.lines.map(escapeHtml).join('<br>')}</p>`),
      paragraphs(closing),
    ].join('\n'),
  );
  return { subject, text, html };
}
