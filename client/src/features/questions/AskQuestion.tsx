import { useId, useState } from 'react';
import type { Specialty } from '@contracts/catalog';
import type { Question } from '@contracts/questions';
import { ApiError } from '../../lib/api';
import { questionEndpoints } from '@contracts/questions';
import { useWrite } from '../../lib/queries';

interface Props {
  partnerId: string;
  specialties: Specialty[];
  /** Specialties to offer first: what the partner seeks. */
  suggested: string[];
}

/** A partner asks the PALs a question; it goes to the PAL who knows the answer. */
export function AskQuestion({ partnerId, specialties, suggested }: Props) {
  const write = useWrite();
  const id = useId();
  // No topic is chosen for the partner: a silently picked one would route the question to the wrong PAL.
  const [specialty, setSpecialty] = useState('');
  const [text, setText] = useState('');
  const [state, setState] = useState<{ kind: 'idle' | 'sending' } | { kind: 'sent'; question: Question } | { kind: 'failed'; message: string }>({
    kind: 'idle',
  });
  const ordered = [...specialties].sort((a, b) => Number(suggested.includes(b.id)) - Number(suggested.includes(a.id)) || a.name.localeCompare(b.name));

  const submit = async () => {
    setState({ kind: 'sending' });
    try {
      setState({
        kind: 'sent',
        question: await write(questionEndpoints.askQuestion, { body: { partner: partnerId, specialty: specialty, text: text.trim() } }),
      });
      setText('');
    } catch (error) {
      setState({ kind: 'failed', message: error instanceof ApiError ? error.message : 'The question could not be sent' });
    }
  };

  return (
    <form
      className="ask"
      aria-label="Ask a PAL"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h3>Ask a PAL</h3>
      <label htmlFor={`${id}-specialty`}>About</label>
      <select id={`${id}-specialty`} value={specialty} onChange={(event) => setSpecialty(event.target.value)}>
        <option value="" disabled>
          Choose a topic
        </option>
        {ordered.map((option) => (
          <option key={option.id} value={option.id}>
            {option.name}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-text`}>Question</label>
      <textarea id={`${id}-text`} rows={3} value={text} onChange={(event) => setText(event.target.value)} />
      <button type="submit" disabled={!specialty || !text.trim() || state.kind === 'sending'}>
        {state.kind === 'sending' ? 'Sending…' : 'Send question'}
      </button>
      {state.kind === 'sent' && (
        <p className="success" role="status">
          Sent to {state.question.assignee.name}. {state.question.hops[0]?.note}
        </p>
      )}
      {state.kind === 'failed' && (
        <p className="error-text" role="alert">
          {state.message}
        </p>
      )}
    </form>
  );
}
