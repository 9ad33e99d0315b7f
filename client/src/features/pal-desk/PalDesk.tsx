import { useState } from 'react';
import type { Pal } from '@contracts/catalog';
import { introductionTransitions, type IntroductionStatus, type PipelineItem } from '@contracts/introductions';
import type { Suggestion } from '@contracts/matches';
import type { Question } from '@contracts/questions';
import { ErrorBanner } from '../../components/ErrorBanner';
import { ApiError } from '../../lib/api';
import { useAsync } from '../../lib/useAsync';
import { answerQuestion } from './answerQuestion';
import { forwardQuestion } from './forwardQuestion';
import { getInbox } from './getInbox';
import { getPipeline } from './getPipeline';
import { getSuggestions } from './getSuggestions';
import { moveIntroduction } from './moveIntroduction';
import { proposeIntroduction } from './proposeIntroduction';

interface Props {
  pal: { id: string; name: string };
  pals: Pal[];
  onFocus(id: string): void;
}

const errorText = (error: unknown) => (error instanceof ApiError ? error.message : 'That did not work; try again.');

/** A PAL's work: introductions to suggest, introductions under way, questions to answer. */
export function PalDesk({ pal, pals, onFocus }: Props) {
  const [suggestions, retrySuggestions] = useAsync((signal) => getSuggestions(pal.id, signal), [pal.id]);
  const [pipeline, retryPipeline] = useAsync((signal) => getPipeline(pal.id, signal), [pal.id]);
  const [inbox, retryInbox] = useAsync((signal) => getInbox(pal.id, signal), [pal.id]);
  const [failure, setFailure] = useState<string | null>(null);

  const act = async (work: () => Promise<unknown>, refresh: (() => void)[]) => {
    setFailure(null);
    try {
      await work();
      refresh.forEach((run) => run());
    } catch (error) {
      setFailure(errorText(error));
    }
  };

  return (
    <section className="pal-desk" aria-label={`PAL desk of ${pal.name}`}>
      {failure && <p className="error-text" role="alert">{failure}</p>}
      <h3>Suggested introductions</h3>
      {suggestions.status === 'error' && <ErrorBanner error={suggestions.error} onRetry={retrySuggestions} />}
      {suggestions.status === 'loading' && <p className="muted" role="status">Looking for pairs…</p>}
      {suggestions.status === 'success' &&
        (suggestions.data.length === 0 ? (
          <p className="muted">No pairs to suggest right now.</p>
        ) : (
          <ul className="plain-list suggestions">
            {suggestions.data.map((suggestion: Suggestion) => (
              <li key={`${suggestion.from.id}-${suggestion.to.id}`}>
                <button type="button" className="link" onClick={() => onFocus(suggestion.from.id)}>{suggestion.from.name}</button> and{' '}
                <button type="button" className="link" onClick={() => onFocus(suggestion.to.id)}>{suggestion.to.name}</button>
                <span className="muted"> · {Math.round(suggestion.score * 100)}</span>
                <p className="muted small">{suggestion.reason}</p>
                <button type="button" onClick={() => void act(() => proposeIntroduction(pal.id, suggestion.from.id, suggestion.to.id, suggestion.reason), [retrySuggestions, retryPipeline])}>
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
          <p className="muted">{pipeline.data.staleCount} waiting longer than {pipeline.data.staleAfterDays} days.</p>
          <div className="pipeline" role="list" aria-label="Introductions by status">
            {(Object.entries(pipeline.data.columns) as [IntroductionStatus, PipelineItem[]][]).map(([status, items]) => (
              <div key={status} role="listitem" className="pipeline-column" aria-label={`${status}: ${items.length}`}>
                <h4><span className={`status status-${status}`}>{status}</span> {items.length}</h4>
                <ul className="plain-list">
                  {items.slice(0, 6).map((item) => (
                    <li key={item.id} className={item.stale ? 'stale' : undefined}>
                      {item.from.name} → {item.to.name}
                      {item.requestedBy && <span className="muted"> · asked by {item.requestedBy.name}</span>}
                      <span className="muted"> · {item.waitingDays} d{item.stale ? ' · waiting too long' : ''}</span>
                      <span className="row-actions">
                        {introductionTransitions[item.status].map((next) => (
                          <button key={next} type="button" onClick={() => void act(() => moveIntroduction(item.id, next, pal.id), [retryPipeline])}>
                            {next}
                          </button>
                        ))}
                      </span>
                    </li>
                  ))}
                  {items.length > 6 && <li className="muted">and {items.length - 6} more</li>}
                </ul>
              </div>
            ))}
          </div>
        </>
      )}

      <h3>Questions</h3>
      {inbox.status === 'error' && <ErrorBanner error={inbox.error} onRetry={retryInbox} />}
      {inbox.status === 'success' && (
        <>
          <QueryList title="Open" queries={inbox.data.open} pal={pal} pals={pals} onDone={(work) => void act(work, [retryInbox])} />
          <QueryList title="Forwarded to me" queries={inbox.data.forwardedToMe} pal={pal} pals={pals} onDone={(work) => void act(work, [retryInbox])} />
          <QueryList title="Answered" queries={inbox.data.answered.slice(0, 5)} pal={pal} pals={pals} onDone={(work) => void act(work, [retryInbox])} />
        </>
      )}
    </section>
  );
}

function QueryList({ title, queries, pal, pals, onDone }: { title: string; queries: Question[]; pal: { id: string }; pals: Pal[]; onDone(work: () => Promise<unknown>): void }) {
  return (
    <div className="query-list">
      <h4>{title} ({queries.length})</h4>
      {queries.length === 0 ? <p className="muted small">None.</p> : (
        <ul className="plain-list">
          {queries.map((query) => <QueryItem key={query.id} query={query} pal={pal} pals={pals} onDone={onDone} />)}
        </ul>
      )}
    </div>
  );
}

function QueryItem({ query, pal, pals, onDone }: { query: Question; pal: { id: string }; pals: Pal[]; onDone(work: () => Promise<unknown>): void }) {
  const [answer, setAnswer] = useState('');
  const [forwardTo, setForwardTo] = useState('');
  const mine = query.status === 'open' && query.assignee.id === pal.id;
  const lastHop = query.hops.at(-1);
  return (
    <li className="query">
      <p><strong>{query.asker.name}</strong> on {query.specialty.name}: {query.text}</p>
      {lastHop?.by && <p className="muted small">Forwarded by {lastHop.by.name}{lastHop.note ? `: “${lastHop.note}”` : ''}</p>}
      {query.answer && <p className="small">Answer{query.answeredBy ? ` from ${query.answeredBy.name}` : ''}: {query.answer}</p>}
      {mine && (
        <div className="query-actions">
          <label className="visually-hidden" htmlFor={`answer-${query.id}`}>Answer</label>
          <textarea id={`answer-${query.id}`} rows={2} value={answer} onChange={(event) => setAnswer(event.target.value)} placeholder="Your answer…" />
          <button type="button" disabled={!answer.trim()} onClick={() => onDone(() => answerQuestion(query.id, pal.id, answer.trim()))}>Answer</button>
          <label>
            Forward to{' '}
            <select value={forwardTo} onChange={(event) => setForwardTo(event.target.value)}>
              <option value="">choose a PAL</option>
              {pals.filter((other) => other.id !== pal.id).map((other) => (
                <option key={other.id} value={other.id}>{other.name} ({other.expertIn.map((s) => s.name).join(', ') || 'no expertise listed'})</option>
              ))}
            </select>
          </label>
          <button type="button" disabled={!forwardTo} onClick={() => onDone(() => forwardQuestion(query.id, pal.id, forwardTo, ''))}>Forward</button>
        </div>
      )}
    </li>
  );
}
