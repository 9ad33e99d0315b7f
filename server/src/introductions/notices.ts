import type { Introduction } from '../contracts/introductions';
import { newId } from '../ids';
import type { MailToQueue } from '../mail/repository';
import { absolute, sectionedMail, type MailSection } from '../notifications/compose';
import type { NotificationEvent } from '../notifications/service';
import type { IntroductionMailDetails } from './repository';

/** Where an introduction is read and answered in the app. */
export const introductionLink = (introduction: { id: string }) => `/introductions/${encodeURIComponent(introduction.id)}`;

const sides = (introduction: Introduction) => [introduction.from.id, introduction.to.id];
const pal = (introduction: Introduction) => (introduction.introducer ? [introduction.introducer.id] : []);
const otherSide = (introduction: Introduction, side: string) => (introduction.from.id === side ? introduction.to : introduction.from);
const sideOf = (introduction: Introduction, side: string) => (introduction.from.id === side ? introduction.from : introduction.to);

/** What each step of an introduction tells, and whom. */
export const introductionNotices = {
  requested: (introduction: Introduction): NotificationEvent => ({
    kind: 'introduction_requested',
    audience: { partners: pal(introduction) },
    except: introduction.from.id,
    title: `${introduction.from.name} asks to be introduced to ${introduction.to.name}`,
    body: `${introduction.from.name} would like to meet ${introduction.to.name}: “${introduction.reason}”. Send it to both, or decline it with a note.`,
    link: introductionLink(introduction),
  }),

  /** Each side is asked for itself. */
  asked: (introduction: Introduction): NotificationEvent[] =>
    [introduction.from, introduction.to].map((side) => ({
      kind: 'introduction_asked',
      audience: { partners: [side.id] },
      title: `Would you like to meet ${otherSide(introduction, side.id).name}?`,
      body: `${introduction.introducer?.name ?? 'Your PAL'} would like to introduce you to ${otherSide(introduction, side.id).name}: “${introduction.reason}”. Say yes or no; they see your details only if you both say yes.`,
      link: introductionLink(introduction),
    })),

  answeredYes: (introduction: Introduction, by: string): NotificationEvent => ({
    kind: 'introduction_answered',
    audience: { partners: [...pal(introduction), otherSide(introduction, by).id] },
    except: by,
    title: `${sideOf(introduction, by).name} said yes to the introduction`,
    body: `${sideOf(introduction, by).name} would like to meet ${otherSide(introduction, by).name}. The introduction is made when both have said yes.`,
    link: introductionLink(introduction),
  }),

  accepted: (introduction: Introduction): NotificationEvent => ({
    kind: 'introduction_accepted',
    audience: { partners: [...sides(introduction), ...pal(introduction)] },
    title: `Introduced: ${introduction.from.name} and ${introduction.to.name}`,
    body: `Both said yes. ${introduction.from.name} and ${introduction.to.name} can now see each other's contact details; the introduction e-mail has gone to both.`,
    link: introductionLink(introduction),
  }),

  /** The other side is told politely, never why; the PAL reads the reason in the app. */
  declined: (introduction: Introduction, by: string): NotificationEvent[] => [
    {
      kind: 'introduction_declined',
      audience: { partners: [otherSide(introduction, by).id] },
      title: `The introduction to ${sideOf(introduction, by).name} will not go ahead`,
      body: `Thank you for being open to it. ${introduction.introducer?.name ?? 'Your PAL'} will keep you in mind for other introductions.`,
      link: introductionLink(introduction),
    },
    {
      kind: 'introduction_answered',
      audience: { partners: pal(introduction) },
      except: by,
      title: `${sideOf(introduction, by).name} said no to meeting ${otherSide(introduction, by).name}`,
      body: 'The introduction is declined. Their reason, if they gave one, is on the introduction.',
      link: introductionLink(introduction),
    },
  ],

  /** A PAL declining a partner's request: the asker is told, with the PAL's note. */
  requestDeclined: (introduction: Introduction, note: string | undefined): NotificationEvent => ({
    kind: 'introduction_declined',
    audience: { partners: introduction.requestedBy ? [introduction.requestedBy.id] : [] },
    title: `Your request to meet ${introduction.to.name}`,
    body: `${introduction.introducer?.name ?? 'Your PAL'} will not make this introduction.${note ? ` “${note}”` : ''}`,
    link: introductionLink(introduction),
  }),

  reminder: (introduction: Introduction, unanswered: string[]): NotificationEvent[] =>
    unanswered.map((side) => ({
      kind: 'introduction_reminder',
      audience: { partners: [side] },
      title: `Still waiting for your answer: meeting ${otherSide(introduction, side).name}`,
      body: `${introduction.introducer?.name ?? 'Your PAL'} asked whether you would like to meet ${otherSide(introduction, side).name}. Say yes or no; without an answer it lapses.`,
      link: introductionLink(introduction),
    })),

  lapsed: (introduction: Introduction): NotificationEvent => ({
    kind: 'introduction_lapsed',
    audience: { partners: [...sides(introduction), ...pal(introduction)] },
    title: `The introduction of ${introduction.from.name} and ${introduction.to.name} has lapsed`,
    body: 'It went without an answer for too long. The PAL may propose it again.',
    link: introductionLink(introduction),
  }),

  askOutcome: (introduction: Introduction): NotificationEvent => ({
    kind: 'introduction_outcome',
    audience: { partners: sides(introduction) },
    title: `Did meeting ${introduction.from.name} and ${introduction.to.name} lead to work?`,
    body: 'If you work together now, mark the introduction collaborating: it helps your PAL and the matches.',
    link: introductionLink(introduction),
  }),
};

const describeSide = (side: IntroductionMailDetails['sides'][number], message: string | null): MailSection => ({
  heading: `${side.name}${side.company && side.company !== side.name ? `, ${side.company}` : ''}`,
  lines: [
    `Offers: ${side.offers.join(', ') || 'not said yet'}`,
    `Seeks: ${side.seeks.join(', ') || 'not said yet'}`,
    ...[side.email && `E-mail: ${side.email}`, side.phone && `Phone: ${side.phone}`, side.website && `Website: ${side.website}`].filter(
      (line): line is string => !!line,
    ),
    ...(message ? [`In their words: “${message}”`] : []),
  ],
});

/**
 * The introduction e-mail, once both said yes: one message to both sides, the PAL in copy, as an
 * introduction by e-mail has always been. It is the introduction itself, so it goes whatever the
 * notification settings say.
 */
export function introductionMail(details: IntroductionMailDetails, publicUrl: string, introduction: { id: string }): MailToQueue | null {
  const [a, b] = details.sides;
  const to = [a.email, b.email].filter((email): email is string => !!email);
  if (!to.length) return null;
  const palName = details.pal?.name ?? 'Partner Graph';
  const composed = sectionedMail(
    `Introduction: ${a.name} and ${b.name}`,
    `${a.name}, meet ${b.name}. ${b.name}, meet ${a.name}.\n\n${palName} thinks you should talk: “${details.reason}”\n\nYou both said yes, so here is how to reach each other.`,
    [describeSide(a, details.messages[0]), describeSide(b, details.messages[1])],
    `Reply to all to start the conversation. When it leads to work, mark it in Partner Graph: ${absolute(publicUrl, introductionLink(introduction))}\n\n${palName}`,
  );
  return {
    id: newId('mail'),
    userId: null,
    to,
    cc: details.pal?.email ? [details.pal.email] : [],
    ...composed,
    kind: 'introduction',
    unsubscribeUrl: null,
  };
}
