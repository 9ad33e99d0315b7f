import { useEffect, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useSession } from '../../lib/session';
import { AdminHome } from './AdminHome';
import { PalHome } from './PalHome';
import { PartnerHome } from './PartnerHome';

/** Where each role lands after signing in: what waits for them, each item one step from the thing itself. */
export function HomePage({ onShown }: { onShown?: () => void }) {
  const { user } = useSession();
  useEffect(() => onShown?.(), [onShown]);
  if (user.role === 'admin') return <AdminHome />;
  if (!user.partner)
    return (
      <section className="home">
        <h2>Welcome to Partner Graph</h2>
        <p className="muted">Your account is not linked to a partner yet: ask an admin to link it.</p>
        <Link to="/">Open the explorer</Link>
      </section>
    );
  if (user.role === 'pal') return <PalHome pal={user.partner} />;
  return <PartnerHome partner={user.partner} />;
}

interface TallyProps {
  label: string;
  /** null while it is being read. */
  count: number | null;
  to: string;
  /** A count of things someone must see to (marked when not zero), rather than a plain figure. */
  work?: boolean;
}

/** One figure at the top of a home, linking to the list or page it counts. */
export function Tally({ label, count, to, work = true }: TallyProps) {
  const content = (
    <>
      <span className="figure-value">{count === null ? '…' : count}</span>
      <span className="figure-label">{label}</span>
    </>
  );
  const className = `figure tally${work && count ? ' tally-waiting' : ''}`;
  return to.startsWith('#') ? (
    <a className={className} href={to}>
      {content}
    </a>
  ) : (
    <Link className={className} to={to}>
      {content}
    </Link>
  );
}

/** A titled part of a home, reachable by its anchor from the tallies. */
export function HomeSection({ id, title, children, action }: { id: string; title: string; children: ReactNode; action?: ReactNode }) {
  return (
    <section className="home-section" id={id} aria-labelledby={`${id}-title`}>
      <div className="home-section-head">
        <h3 id={`${id}-title`}>{title}</h3>
        {action}
      </div>
      {children}
    </section>
  );
}
