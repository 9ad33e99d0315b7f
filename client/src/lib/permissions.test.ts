import { describe, expect, it } from 'vitest';
import type { User } from '@contracts/auth';
import { mayExplore, mayUseDesk } from './permissions';

const user = (role: User['role'], partner: string | null): User => ({
  id: 'u-1',
  email: 'someone@example.com',
  role,
  partner: partner ? { id: partner, name: 'Someone' } : null,
  disabled: false,
  invited: false,
  createdAt: '',
  lastSignInAt: null,
  mfa: false,
});

describe('permissions', () => {
  it('lets a partner explore only their own network', () => {
    expect(mayExplore(user('partner', 'p-1'), 'p-1')).toBe(true);
    expect(mayExplore(user('partner', 'p-1'), 'p-2')).toBe(false);
    expect(mayExplore(user('pal', 'p-1'), 'p-2')).toBe(true);
    expect(mayExplore(user('admin', null), 'p-2')).toBe(true);
  });

  it("opens a PAL's desk to that PAL and admins only", () => {
    expect(mayUseDesk(user('pal', 'p-1'), 'p-1')).toBe(true);
    expect(mayUseDesk(user('pal', 'p-1'), 'p-2')).toBe(false);
    expect(mayUseDesk(user('partner', 'p-1'), 'p-1')).toBe(false);
    expect(mayUseDesk(user('admin', null), 'p-2')).toBe(true);
  });
});
