import { useId, useState } from 'react';
import { introductionEndpoints, type Introduction, type IntroductionStatus } from '@contracts/introductions';
import { useWrite } from '../../lib/queries';
import { useChange } from '../../lib/useChange';

/** The PAL's actions on an introduction, named as actions; a step that cannot be undone asks first. */
const actionsByStatus: Record<IntroductionStatus, { label: string; to: IntroductionStatus | 'remind'; confirm?: string; requestOnly?: true }[]> = {
  proposed: [
    { label: 'Send to both', to: 'made', confirm: 'Both partners are asked, by notification and e-mail. Send it?' },
    { label: 'Decline the request', to: 'declined', confirm: 'The partner who asked is told, with your note. Decline it?', requestOnly: true },
    { label: 'Mark lapsed', to: 'lapsed', confirm: 'A lapsed introduction cannot be reopened. Mark it lapsed?' },
  ],
  made: [
    { label: 'Remind', to: 'remind' },
    { label: 'Mark lapsed', to: 'lapsed', confirm: 'A lapsed introduction cannot be reopened. Mark it lapsed?' },
  ],
  accepted: [
    { label: 'Mark collaborating', to: 'collaborating', confirm: 'They work together now: this is final. Mark it collaborating?' },
    { label: 'Mark lapsed', to: 'lapsed', confirm: 'A lapsed introduction cannot be reopened. Mark it lapsed?' },
  ],
  declined: [],
  collaborating: [],
  lapsed: [],
};

/** What the PAL (or an admin, acting as its introducer) can do next, with a note for both partners. */
export function IntroductionActions({ introduction, compact = false }: { introduction: Introduction; compact?: boolean }) {
  const write = useWrite();
  const { run, pending, error } = useChange();
  const [note, setNote] = useState('');
  const [confirming, setConfirming] = useState<(typeof actionsByStatus)[IntroductionStatus][number] | null>(null);
  const noteId = useId();
  const actions = actionsByStatus[introduction.status].filter((action) => !action.requestOnly || introduction.requestedBy);
  if (!actions.length) return null;
  const by = introduction.introducer?.id;

  const perform = (action: (typeof actions)[number]) => {
    setConfirming(null);
    const comment = note.trim() || undefined;
    void run(() =>
      action.to === 'remind'
        ? write(introductionEndpoints.remindIntroduction, { params: { id: introduction.id } }, ['Notifications'])
        : write(
            introductionEndpoints.moveIntroduction,
            { params: { id: introduction.id }, body: { status: action.to, ...(by ? { by } : {}), ...(comment ? { comment } : {}) } },
            ['Matches', 'Graph', 'Notifications'],
          ),
    ).then((result) => {
      if (result.ok) setNote('');
    });
  };

  return (
    <div className="introduction-actions">
      {!compact && (
        <>
          <label htmlFor={noteId}>A note with this step (both partners read it)</label>
          <input id={noteId} value={note} maxLength={2000} onChange={(event) => setNote(event.target.value)} />
        </>
      )}
      <span className="row-actions">
        {actions.map((action) => (
          <button key={action.label} type="button" disabled={pending} onClick={() => (action.confirm ? setConfirming(action) : perform(action))}>
            {action.label}
          </button>
        ))}
      </span>
      {confirming && (
        <div className="confirm" role="alertdialog" aria-label={confirming.label}>
          <span>{confirming.confirm}</span>
          <button type="button" className="primary" onClick={() => perform(confirming)}>
            {confirming.label}
          </button>
          <button type="button" onClick={() => setConfirming(null)}>
            Cancel
          </button>
        </div>
      )}
      {error && (
        <p className="banner banner-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
