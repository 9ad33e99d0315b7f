import { Link } from 'react-router';
import { useState } from 'react';
import type { Pal } from '@contracts/catalog';
import { type IntroductionStatus, type PipelineItem, introductionEndpoints, introductionStatusLabels } from '@contracts/introductions';
import { IntroductionActions, statusLine } from '../introductions';
import type { Suggestion } from '@contracts/matches';
import type { Question } from '@contracts/questions';
import { ErrorBanner } from '../../components/ErrorBanner';
import { ApiError } from '../../lib/api';
import { matchEndpoints } from '@contracts/matches';
import { useEndpoint, useWrite } from '../../lib/queries';
import { questionEndpoints } from '@contracts/questions';

interface Props {
  pal: { id: string; name: string };
  pals: Pal[];
  onFocus(id: string): void;
}

const errorText = (error: unknown) => (error instanceof ApiError ? error.message : 'That did not work; try again.');

/** A PAL's work: introductions to suggest, introductions under way, questions to answer. */
export function PalDesk({ pal, pals, onFocus }: Props) {
  const write = useWrite();
  const suggestions = useEndpoint(matchEndpoints.listSuggestedIntroductions, { params: { id: pal.id }, query: { limit: 8 } }, { select: (page) => page.items });
  const retrySuggestions = () => void suggestions.refetch();
  const pipeline = useEndpoint(introductionEndpoints.getPipeline, { params: { id: pal.id } });
  const retryPipeline = () => void pipeline.refetch();
  const inbox = useEndpoint(questionEndpoints.getQuestionInbox, { params: { id: pal.id } });
  const retryInbox = () => void inbox.refetch();
  const [failure, setFailure] = useState<string | null>(null);

  // Every write refreshes the lists it changes (their queries are invalidated), so nothing is reloaded here.
  const act = async (work: () => Promise<unknown>) => {
    setFailure(null);
    try {
      await work();
    } catch (error) {
      setFailure(errorText(error));
    }
  };

  return (
    <section className="pal-desk" aria-label={`PAL desk of ${pal.name}`}>
      {failure && (
        <p className="error-text" role="alert">
          {failure}
        </p>
      )}
      <h3>Suggested introductions</h3>
      {suggestions.status === 'error' && <ErrorBanner error={suggestions.error} onRetry={retrySuggestions} />}
      {suggestions.isLoading && (
        <p className="muted" role="status">
          Looking for pairs…
        </p>
      )}
      {suggestions.status === 'success' &&
        (suggestions.data.length === 0 ? (
          <p className="muted">No pairs to suggest right now.</p>
        ) : (
          <ul className="plain-list suggestions">
            {suggestions.data.map((suggestion: Suggestion) => (
              <li key={`${suggestion.from.id}-${suggestion.to.id}`}>
                <button type="button" className="link" onClick={() => onFocus(suggestion.from.id)}>
                  {suggestion.from.name}
                </button>{' '}
                and{' '}
                <button type="button" className="link" onClick={() => onFocus(suggestion.to.id)}>
                  {suggestion.to.name}
                </button>
                <span className="muted"> · {Math.round(suggestion.score * 100)}</span>
                <p className="muted small">{suggestion.reason}</p>
                <button
                  type="button"
                  onClick={() =>
                    void act(() =>
                      write(
                        introductionEndpoints.proposeIntroduction,
                        { body: { introducer: pal.id, from: suggestion.from.id, to: suggestion.to.id, reason: suggestion.reason } },
                        ['Matches', 'Graph'],
                      ),
                    )
                  }
                >
                  Propose this introduction
                </button>
              </li>
            ))}
          </ul>
        ))}

      <h3>Introductions pipeline</h3>
      {pipeline.status === 'error' && <ErrorBanner error={pipeline.error} onRetry={retryPipeline} />}
      {pipeline.status === 'success' && (
        <>
          <p className="muted">
            {pipeline.data.staleCount} waiting longer than {pipeline.data.staleAfterDays} days.
          </p>
          <ul className="pipeline" aria-label="Introductions by status">
            {(Object.entries(pipeline.data.columns) as [IntroductionStatus, PipelineItem[]][]).map(([status, items]) => (
              <li key={status} className="pipeline-column" aria-label={`${introductionStatusLabels[status]}: ${items.length}`}>
                <h4>
                  <span className={`status status-${status}`}>{introductionStatusLabels[status]}</span> {items.length}
                </h4>
                <ul className="plain-list">
                  {items.slice(0, 6).map((item) => (
                    <li key={item.id} className={item.stale ? 'stale' : undefined}>
                      {item.from.name} → {item.to.name}
                      {item.requestedBy && <span className="muted"> · asked by {item.requestedBy.name}</span>}
                      <span className="muted">
                        {' '}
                        · {item.waitingDays} d{item.stale ? ' · waiting too long' : ''}
                      </span>
                      <br />
                      <span className="muted">{statusLine(item)}</span> <Link to={`/introductions/${encodeURIComponent(item.id)}`}>Open</Link>
                      <IntroductionActions introduction={item} compact />
                    </li>
                  ))}
                  {items.length > 6 && <li className="muted">and {items.length - 6} more</li>}
                </ul>
              </li>
            ))}
          </ul>
        </>
      )}

      <h3>Questions</h3>
      {inbox.status === 'error' && <ErrorBanner error={inbox.error} onRetry={retryInbox} />}
      {inbox.status === 'success' && (
        <>
          <QuestionList title="Open" questions={inbox.data.open} pal={pal} pals={pals} onDone={(work) => void act(work)} />
          <QuestionList title="Forwarded to me" questions={inbox.data.forwardedToMe} pal={pal} pals={pals} onDone={(work) => void act(work)} />
          <QuestionList title="Answered" questions={inbox.data.answered.slice(0, 5)} pal={pal} pals={pals} onDone={(work) => void act(work)} />
          <QuestionList title="Forwarded by me" questions={inbox.data.forwardedByMe.slice(0, 10)} pal={pal} pals={pals} onDone={(work) => void act(work)} />
        </>
      )}
    </section>
  );
}

function QuestionList({
  title,
  questions,
  pal,
  pals,
  onDone,
}: {
  title: string;
  questions: Question[];
  pal: { id: string };
  pals: Pal[];
  onDone(work: () => Promise<unknown>): void;
}) {
  return (
    <div className="question-list">
      <h4>
        {title} ({questions.length})
      </h4>
      {questions.length === 0 ? (
        <p className="muted small">None.</p>
      ) : (
        <ul className="plain-list">
          {questions.map((question) => (
            <QuestionItem key={question.id} question={question} pal={pal} pals={pals} onDone={onDone} />
          ))}
        </ul>
      )}
    </div>
  );
}

function QuestionItem({ question, pal, pals, onDone }: { question: Question; pal: { id: string }; pals: Pal[]; onDone(work: () => Promise<unknown>): void }) {
  const write = useWrite();
  const [answer, setAnswer] = useState('');
  const [forwardTo, setForwardTo] = useState('');
  const [forwardNote, setForwardNote] = useState('');
  const mine = question.status === 'open' && question.assignee.id === pal.id;
  const lastHop = question.hops.at(-1);
  return (
    <li className="question">
      <p>
        <strong>{question.asker.name}</strong> on {question.specialty.name}: {question.text}
      </p>
      {lastHop?.by && lastHop.by.id !== pal.id && (
        <p className="muted small">
          Forwarded by {lastHop.by.name}
          {lastHop.note ? `: “${lastHop.note}”` : ''}
        </p>
      )}
      {question.hops.some((hop) => hop.by?.id === pal.id) && question.assignee.id !== pal.id && (
        <p className="muted small">
          You forwarded it; {question.status === 'answered' ? `${question.answeredBy?.name ?? 'a PAL'} answered it.` : `it is with ${question.assignee.name}.`}
        </p>
      )}
      {question.answer && (
        <p className="small">
          Answer{question.answeredBy ? ` from ${question.answeredBy.name}` : ''}: {question.answer}
        </p>
      )}
      {mine && (
        <div className="question-actions">
          <label className="visually-hidden" htmlFor={`answer-${question.id}`}>
            Answer
          </label>
          <textarea id={`answer-${question.id}`} rows={2} value={answer} onChange={(event) => setAnswer(event.target.value)} placeholder="Your answer…" />
          <button
            type="button"
            disabled={!answer.trim()}
            onClick={() => onDone(() => write(questionEndpoints.answerQuestion, { params: { id: question.id }, body: { by: pal.id, answer: answer.trim() } }))}
          >
            Answer
          </button>
          <label>
            Forward to{' '}
            <select value={forwardTo} onChange={(event) => setForwardTo(event.target.value)}>
              <option value="">choose a PAL</option>
              {pals
                .filter((other) => other.id !== pal.id)
                .map((other) => (
                  <option key={other.id} value={other.id}>
                    {other.name} ({other.expertIn.map((s) => s.name).join(', ') || 'no expertise listed'})
                  </option>
                ))}
            </select>
          </label>
          <label className="visually-hidden" htmlFor={`forward-note-${question.id}`}>
            Note for the PAL you forward to
          </label>
          <input
            id={`forward-note-${question.id}`}
            value={forwardNote}
            maxLength={1000}
            onChange={(event) => setForwardNote(event.target.value)}
            placeholder="Why them (they read it)…"
          />
          <button
            type="button"
            disabled={!forwardTo}
            onClick={() =>
              onDone(() =>
                write(questionEndpoints.forwardQuestion, {
                  params: { id: question.id },
                  body: { by: pal.id, to: forwardTo, ...(forwardNote.trim() ? { note: forwardNote.trim() } : {}) },
                }),
              )
            }
          >
            Forward
          </button>
        </div>
      )}
    </li>
  );
}
