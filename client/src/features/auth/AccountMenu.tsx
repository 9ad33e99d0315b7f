import { NavLink } from 'react-router';
import type { User } from '@contracts/auth';
import { isAdmin } from '../../lib/permissions';
import { NotificationBell } from '../notifications';

const roleLabels: Record<User['role'], string> = { partner: 'Partner', pal: 'PAL', admin: 'Admin' };

/**
 * Who is signed in, and where they can go: their account, the admin pages, sign out. `accountOnly`
 * (two-step sign-in still to set up) leaves only sign-out: nothing else would open.
 */
export function AccountMenu({ user, onSignOut, accountOnly = false }: { user: User; onSignOut(): void; accountOnly?: boolean }) {
  return (
    <nav className="account-menu" aria-label="Account">
      <span className="who">
        {user.partner?.name ?? user.email} <span className={`badge badge-role badge-${user.role}`}>{roleLabels[user.role]}</span>
      </span>
      {!accountOnly && (
        <>
          <NotificationBell />
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
    </nav>
  );
}
