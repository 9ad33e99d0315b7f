import { useId, useState } from 'react';
import { introductionEndpoints, type Introduction } from '@contracts/introductions';
import { useWrite } from '../../lib/queries';
import { useChange } from '../../lib/useChange';

/** A side's own answer: yes, with a word for the other; or no, with a reason only the PAL reads. */
export function AnswerForm({ introduction, other }: { introduction: Introduction; other: string }) {
  const write = useWrite();
  const { submit, pending, error } = useChange();
  const [answer, setAnswer] = useState<'yes' | 'no'>('yes');
  const [text, setText] = useState('');
  const textId = useId();
  const said = text.trim() || undefined;
  const body = answer === 'yes' ? { answer, ...(said ? { message: said } : {}) } : { answer, ...(said ? { reason: said } : {}) };

  return (
    <form
      className="stacked-form answer-form"
      onSubmit={submit(() => write(introductionEndpoints.answerIntroduction, { params: { id: introduction.id }, body }, ['Notifications', 'Matches']))}
    >
      <h3>Would you like to meet {other}?</h3>
      <fieldset className="choices">
        <legend className="visually-hidden">Your answer</legend>
        <label>
          <input type="radio" name="answer" checked={answer === 'yes'} onChange={() => setAnswer('yes')} /> Yes, introduce us
        </label>
        <label>
          <input type="radio" name="answer" checked={answer === 'no'} onChange={() => setAnswer('no')} /> No, thank you
        </label>
      </fieldset>
      <label htmlFor={textId}>{answer === 'yes' ? `A word for ${other} (they read it once you both said yes)` : 'Why not? (only your PAL reads this)'}</label>
      <textarea id={textId} rows={3} maxLength={answer === 'yes' ? 2000 : 1000} value={text} onChange={(event) => setText(event.target.value)} />
      {error && (
        <p className="banner banner-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="primary" disabled={pending}>
        {answer === 'yes' ? 'Say yes' : 'Say no'}
      </button>
    </form>
  );
}
