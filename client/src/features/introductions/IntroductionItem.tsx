import { Link } from 'react-router';
import { introductionStatusLabels, type Introduction } from '@contracts/introductions';
import { statusLine } from './IntroductionPage';

interface Props {
  introduction: Introduction;
  /** The partner whose details these are: the introduction is told from their side. */
  partnerId: string;
  /** That partner is the one signed in, and the introduction waits for their answer. */
  waitsForMe?: boolean;
}

/** Sent to both sides, and this side has not answered yet. */
export const waitsForAnswerOf = (introduction: Introduction, partnerId: string): boolean =>
  introduction.status === 'made' && introduction.answers[introduction.from.id === partnerId ? 'from' : 'to'].answer === null;

/** One introduction in a partner's details: where it stands, what was said, and the way to it (where each side answers). */
export function IntroductionItem({ introduction, partnerId, waitsForMe = false }: Props) {
  return (
    <li>
      <span className={`status status-${introduction.status}`}>{introductionStatusLabels[introduction.status]}</span>{' '}
      {introduction.from.id === partnerId ? <>to {introduction.to.name}</> : <>from {introduction.from.name}</>}
      {introduction.introducer && <span className="muted"> · by {introduction.introducer.name}</span>}
      <span className="muted"> · {statusLine(introduction)}</span>{' '}
      <Link to={`/introductions/${encodeURIComponent(introduction.id)}`} className={waitsForMe ? 'button primary' : undefined}>
        {waitsForMe ? 'Answer' : 'Open'}
      </Link>
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
    </li>
  );
}
