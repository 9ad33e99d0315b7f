import { Link, useParams } from 'react-router';
import { introductionEndpoints, introductionStatusLabels, type Introduction } from '@contracts/introductions';
import { ErrorBanner } from '../../components/ErrorBanner';
import { ApiError } from '../../lib/api';
import { formatDateTime } from '../../lib/dates';
import { isPalOrAdmin } from '../../lib/permissions';
import { useEndpoint, useWrite } from '../../lib/queries';
import { useSession } from '../../lib/session';
import { useChange } from '../../lib/useChange';
import { AnswerForm } from './AnswerForm';
import { IntroductionActions } from './IntroductionActions';

/** Where an introduction stands, in words: who it waits for. */
export function statusLine(introduction: Introduction): string {
  if (introduction.status === 'proposed') {
    return introduction.requestedBy ? `Requested by ${introduction.requestedBy.name}: waiting for the PAL` : 'Proposed: not sent to the partners yet';
  }
  if (introduction.status === 'made') {
    const waiting = (['from', 'to'] as const).filter((side) => introduction.answers[side].answer === null).map((side) => introduction[side].name);
    return `Waiting for ${waiting.join(' and ')}`;
  }
  return afterAnswers[introduction.status];
}

/** The line beside the status once both sides have answered, or the time ran out. */
const afterAnswers: Record<Exclude<Introduction['status'], 'proposed' | 'made'>, string> = {
  accepted: 'Both said yes: each can reach the other.',
  collaborating: 'They are working together.',
  declined: 'Declined: it goes no further.',
  lapsed: 'Lapsed: not everyone answered in time.',
};

const answerText = (answer: Introduction['answers']['from']) =>
  answer.answer === null ? 'has not answered yet' : `said ${answer.answer}${answer.at ? ` on ${formatDateTime(answer.at)}` : ''}`;

/** One introduction, as whoever opens it may see it: its people, each side's answer, the contacts once exchanged, and what to do next. */
export function IntroductionPage() {
  const { id = '' } = useParams();
  const { user } = useSession();
  const introduction = useEndpoint(introductionEndpoints.getIntroduction, { params: { id } });
  const write = useWrite();
  const collaborate = useChange();

  if (introduction.isPending)
    return (
      <p className="status" role="status">
        Loading the introduction…
      </p>
    );
  if (introduction.isError) {
    const gone = introduction.error instanceof ApiError && (introduction.error.status === 404 || introduction.error.status === 403);
    return gone ? (
      <section className="page">
        <h2>Introduction not found</h2>
        <p>
          It does not exist, or it is not one of yours. <Link to="/notifications">Back to your notifications</Link>
        </p>
      </section>
    ) : (
      <ErrorBanner error={introduction.error} onRetry={() => void introduction.refetch()} />
    );
  }
  const item = introduction.data;
  const mySide = (['from', 'to'] as const).find((side) => item[side].id === user.partner?.id) ?? null;
  const other = mySide ? item[mySide === 'from' ? 'to' : 'from'] : null;
  const mayAct = isPalOrAdmin(user) && (user.role === 'admin' || item.introducer?.id === user.partner?.id);

  return (
    <section className="page introduction-page">
      <p className="muted">
        <Link to="/notifications">Notifications</Link> › Introduction
      </p>
      <h2>
        {item.from.name} and {item.to.name}
      </h2>
      <p>
        <span className={`status status-${item.status}`}>{introductionStatusLabels[item.status]}</span> {statusLine(item)}
      </p>
      <dl className="facts">
        <dt>Why they should meet</dt>
        <dd>{item.reason}</dd>
        <dt>Introduced by</dt>
        <dd>{item.introducer?.name ?? 'someone who has left'}</dd>
        {(['from', 'to'] as const).map((side) => (
          <div key={side} className="fact-pair">
            <dt>{item[side].name}</dt>
            <dd>
              {answerText(item.answers[side])}
              {item.answers[side].message && <q className="said">{item.answers[side].message}</q>}
              {item.answers[side].reason && <span className="muted"> · reason (PAL only): {item.answers[side].reason}</span>}
            </dd>
          </div>
        ))}
      </dl>

      {mySide && item.status === 'made' && item.answers[mySide].answer === null && other && <AnswerForm introduction={item} other={other.name} />}
      {mySide && item.status === 'made' && item.answers[mySide].answer === 'yes' && (
        <p className="banner" role="status">
          You said yes. You will see each other's details once {other?.name} says yes too.
        </p>
      )}

      {(item.contacts.from || item.contacts.to) && (
        <section aria-labelledby="contacts-heading">
          <h3 id="contacts-heading">How to reach each other</h3>
          <ul className="contact-cards">
            {(['from', 'to'] as const)
              .filter((side) => side !== mySide && item.contacts[side])
              .map((side) => (
                <li key={side}>
                  <strong>{item[side].name}</strong>
                  {item.contacts[side]?.email && (
                    <>
                      <br />
                      <a href={`mailto:${item.contacts[side].email}`}>{item.contacts[side].email}</a>
                    </>
                  )}
                  {item.contacts[side]?.phone && (
                    <>
                      <br />
                      <a href={`tel:${item.contacts[side].phone}`}>{item.contacts[side].phone}</a>
                    </>
                  )}
                  {item.contacts[side]?.website && (
                    <>
                      <br />
                      <a href={item.contacts[side].website} rel="noreferrer noopener" target="_blank">
                        {item.contacts[side].website}
                      </a>
                    </>
                  )}
                </li>
              ))}
          </ul>
        </section>
      )}

      {mySide && item.status === 'accepted' && (
        <p>
          Did it lead to work?{' '}
          <button
            type="button"
            disabled={collaborate.pending}
            onClick={() =>
              void collaborate.run(() =>
                write(introductionEndpoints.moveIntroduction, { params: { id: item.id }, body: { status: 'collaborating' } }, ['Matches', 'Graph']),
              )
            }
          >
            Mark collaborating
          </button>
          {collaborate.error && <span className="banner banner-error">{collaborate.error}</span>}
        </p>
      )}
      {mayAct && <IntroductionActions introduction={item} />}

      <h3>History</h3>
      <ol className="history">
        {item.history.map((step) => (
          <li key={`${step.status}-${step.at}`}>
            <span className={`status status-${step.status}`}>{introductionStatusLabels[step.status]}</span> {formatDateTime(step.at)}
            {step.by && <span className="muted"> · {step.by.name}</span>}
          </li>
        ))}
      </ol>
      {item.comments.length > 0 && (
        <>
          <h3>Notes</h3>
          <ul className="plain-list comments">
            {item.comments.map((said) => (
              <li key={`${said.at}-${said.text}`}>
                <span className="muted">
                  {said.by?.name ?? 'Someone who has left'}, {formatDateTime(said.at)}:
                </span>{' '}
                {said.text}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
