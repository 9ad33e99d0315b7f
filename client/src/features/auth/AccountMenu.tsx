import { useEffect, useId, useState } from 'react';
import { NavLink, useLocation } from 'react-router';
import type { User } from '@contracts/auth';
import { isAdmin } from '../../lib/permissions';
import { NotificationBell } from '../notifications';

const roleLabels: Record<User['role'], string> = { partner: 'Partner', pal: 'PAL', admin: 'Admin' };

/**
 * Who is signed in, and where they can go: their home, the explorer, the pages beside it, sign
 * out. On a phone the links fold behind a Menu button (the bell stays in sight). `accountOnly`
 * (two-step sign-in still to set up) leaves only sign-out: nothing else would open.
 */
export function AccountMenu({ user, onSignOut, accountOnly = false }: { user: User; onSignOut(): void; accountOnly?: boolean }) {
  const linksId = useId();
  const [open, setOpen] = useState(false);
  const { pathname } = useLocation();
  // Choosing a page closes the menu.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the path changing is the trigger.
  useEffect(() => setOpen(false), [pathname]);
  return (
    <nav className={`account-menu${open ? ' open' : ''}`} aria-label="Account">
      <span className="who">
        {user.partner?.name ?? user.email} <span className={`badge badge-role badge-${user.role}`}>{roleLabels[user.role]}</span>
      </span>
      {!accountOnly && <NotificationBell />}
      <button type="button" className="menu-toggle" aria-expanded={open} aria-controls={linksId} onClick={() => setOpen((was) => !was)}>
        Menu
      </button>
      <div className="menu-links" id={linksId}>
        {!accountOnly && (
          <>
            <NavLink to="/home">Home</NavLink>
            <NavLink to="/" end>
              Explorer
            </NavLink>
            <NavLink to="/community">Community</NavLink>
            <NavLink to="/feedback">Feedback</NavLink>
            {isAdmin(user) && <NavLink to="/admin/health">Network health</NavLink>}
            {isAdmin(user) && (
              <NavLink to="/admin" end>
                Admin
              </NavLink>
            )}
            {isAdmin(user) && <NavLink to="/admin/outbox">Outbox</NavLink>}
            <NavLink to="/account">Account</NavLink>
          </>
        )}
        <button type="button" className="link" onClick={onSignOut}>
          Sign out
        </button>
      </div>
    </nav>
  );
}
