import { useId, useState } from 'react';
import type { Introduction } from '@contracts/introductions';

interface Props {
  introduction: Introduction;
  /** The partner whose details these are: the introduction is told from their side. */
  partnerId: string;
  /** Set when that partner is the one signed in and may answer it. */
  onAnswer?: (status: 'accepted' | 'declined', comment: string | undefined) => Promise<unknown>;
}

/** One introduction in a partner's details: where it stands, what was said, and (for its side) the answer. */
export function IntroductionItem({ introduction, partnerId, onAnswer }: Props) {
  const [comment, setComment] = useState('');
  const commentId = useId();
  const answer = (status: 'accepted' | 'declined') => void onAnswer?.(status, comment.trim() || undefined).then(() => setComment(''));
  return (
    <li>
      <span className={`status status-${introduction.status}`}>{introduction.status}</span>{' '}
      {introduction.from.id === partnerId ? <>to {introduction.to.name}</> : <>from {introduction.from.name}</>}
      {introduction.introducer && <span className="muted"> · by {introduction.introducer.name}</span>}
      {introduction.privateNote && (
        <p className="muted">
          <strong>Private note (only the introducer and admins read it):</strong> {introduction.privateNote}
        </p>
      )}
      {introduction.comments.length > 0 && (
        <ul className="plain-list comments" aria-label="Comments">
          {introduction.comments.map((said) => (
            <li key={`${said.at}-${said.text}`}>
              <span className="muted">{said.by?.name ?? 'Someone who has left'}:</span> {said.text}
            </li>
          ))}
        </ul>
      )}
      {onAnswer && introduction.status === 'made' && (
        <div className="answer">
          <label htmlFor={commentId}>A word with your answer (optional)</label>
          <input id={commentId} value={comment} maxLength={2000} onChange={(event) => setComment(event.target.value)} />
          <span className="row-actions">
            <button type="button" onClick={() => answer('accepted')}>
              Accept
            </button>
            <button type="button" onClick={() => answer('declined')}>
              Decline
            </button>
          </span>
        </div>
      )}
    </li>
  );
}
