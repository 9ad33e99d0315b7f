import type { User } from '@contracts/auth';
import { isAdmin } from './permissions';

const roleLabels: Record<User['role'], string> = { partner: 'Partner', pal: 'PAL', admin: 'Admin' };

/** Who is signed in, and where they can go: their account, the admin pages, sign out. */
export function AccountMenu({ user, onNavigate, onSignOut }: { user: User; onNavigate(path: string): void; onSignOut(): void }) {
  const link = (path: string, label: string) => (
    <a href={path} onClick={(event) => { event.preventDefault(); onNavigate(path); }}>{label}</a>
  );
  return (
    <nav className="account-menu" aria-label="Account">
      <span className="who">
        {user.partner?.name ?? user.email} <span className={`badge badge-role badge-${user.role}`}>{roleLabels[user.role]}</span>
      </span>
      {link('/community', 'Community')}
      {link('/feedback', 'Feedback')}
      {isAdmin(user) && link('/admin/health', 'Network health')}
      {isAdmin(user) && link('/admin', 'Admin')}
      {link('/account', 'Account')}
      <button type="button" className="link" onClick={onSignOut}>Sign out</button>
    </nav>
  );
}
