import { tieEndpoints } from '@contracts/ties';
import { useState } from 'react';
import { useWrite } from '../../lib/queries';
import { useChange } from '../../lib/useChange';

/** "I know them": asks the other partner to confirm a tie (it counts once they do). */
export function KnowThem({ partner, name }: { partner: string; name: string }) {
  const write = useWrite();
  const change = useChange();
  const [asked, setAsked] = useState(false);
  const ask = () =>
    void change
      .run(() => write(tieEndpoints.requestTie, { body: { to: partner } }))
      .then((result) => {
        if (result.ok) setAsked(true);
      });
  if (asked)
    return (
      <p className="banner" role="status">
        Asked {name} to confirm that you know each other.
      </p>
    );
  return (
    <>
      <button type="button" disabled={change.pending} onClick={ask}>
        I know them
      </button>
      {change.error && (
        <p className="banner banner-error" role="alert">
          {change.error}
        </p>
      )}
    </>
  );
}
