import { ErrorBanner } from '../../components/ErrorBanner';
import { questionEndpoints } from '@contracts/questions';
import { useEndpoint } from '../../lib/queries';

/** The questions a partner has asked: where each is now, and the answer when there is one. */
export function MyQuestions({ partnerId, title }: { partnerId: string; title: string }) {
  const questions = useEndpoint(questionEndpoints.listQuestionsAsked, { params: { id: partnerId }, query: { limit: 20 } }, { select: (page) => page.items });
  const retry = () => void questions.refetch();
  return (
    <section aria-label={title}>
      <h3>{title}</h3>
      {questions.isLoading && (
        <p className="muted" role="status">
          Loading…
        </p>
      )}
      {questions.status === 'error' && <ErrorBanner error={questions.error} onRetry={retry} />}
      {questions.status === 'success' && questions.data.length === 0 && <p className="muted">No questions yet.</p>}
      {questions.status === 'success' && questions.data.length > 0 && (
        <ul className="plain-list">
          {questions.data.map((question) => (
            <li key={question.id}>
              <span className={`status status-${question.status === 'answered' ? 'accepted' : 'proposed'}`}>{question.status}</span> {question.text}
              <div className="muted">
                {question.specialty.name} ·{' '}
                {question.status === 'answered' ? (
                  <>
                    answered by {question.answeredBy?.name}: “{question.answer}”
                  </>
                ) : (
                  <>with {question.assignee.name}</>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
